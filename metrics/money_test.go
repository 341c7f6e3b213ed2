package metrics

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestRoundingFen(t *testing.T) {
	for _, tc := range []struct {
		in                     string
		halfUp, even, down, up string
	}{
		{"0.005", "0.01", "0", "0", "0.01"},
		{"0.015", "0.02", "0.02", "0.01", "0.02"},
		{"-0.005", "-0.01", "0", "0", "-0.01"},
		// Ties: half to even goes down from an even fen, up from an odd one.
		{"0.025", "0.03", "0.02", "0.02", "0.03"},
		{"0.035", "0.04", "0.04", "0.03", "0.04"},
		{"-0.025", "-0.03", "-0.02", "-0.02", "-0.03"},
		{"-0.035", "-0.04", "-0.04", "-0.03", "-0.04"},
		{"333333.333333", "333333.33", "333333.33", "333333.33", "333333.34"},
		{"12.3", "12.3", "12.3", "12.3", "12.3"},
	} {
		for _, r := range []struct {
			rule Rounding
			want string
		}{{HalfUp, tc.halfUp}, {HalfEven, tc.even}, {Down, tc.down}, {Up, tc.up}} {
			assert.Equal(t, r.want, r.rule.Fen(dec(tc.in)).String(), "%s by %s", tc.in, r.rule)
		}
	}
}

func TestRoundingText(t *testing.T) {
	for _, r := range []Rounding{HalfUp, HalfEven, Down, Up} {
		assert.True(t, r.Valid())
		b, err := r.MarshalText()
		require.NoError(t, err)
		var got Rounding
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, r, got)
	}
	assert.Equal(t, "四舍五入", HalfUp.Label(language.SimplifiedChinese))
	var r Rounding
	require.NoError(t, r.UnmarshalText([]byte("四捨六入五成雙")))
	assert.Equal(t, HalfEven, r)
	assert.Error(t, r.UnmarshalText([]byte("nearest")))
	assert.False(t, Rounding(7).Valid())
	_, err := Rounding(7).MarshalText()
	assert.Error(t, err)
}

func TestFen(t *testing.T) {
	for _, tc := range []struct {
		yuan string
		fen  int64
	}{{"1000000", 100000000}, {"333333.34", 33333334}, {"-0.01", -1}, {"0", 0}} {
		f, err := ToFen(dec(tc.yuan))
		require.NoError(t, err)
		assert.Equal(t, tc.fen, f)
		assert.True(t, FromFen(f).Equal(dec(tc.yuan)))
	}
	assert.Equal(t, "12.30", FromFen(1230).StringFixed(2))
	_, err := ToFen(dec("0.001"))
	assert.ErrorIs(t, err, ErrMoney)
	assert.ErrorContains(t, err, "0.001 yuan is not a whole number of fen")
	_, err = ToFen(dec("100000000000000000"))
	assert.ErrorContains(t, err, "overflows")
}

func TestToFenBounded(t *testing.T) {
	for _, tc := range []struct {
		yuan string
		fen  int64
		err  string
	}{
		{"1.000000000000000000000000000000", 100, ""},
		{"92233720368547758.07", 9223372036854775807, ""},
		{"92233720368547758.08", 0, "overflows"},
		{"123456789012345678e-16", 1234, "not a whole number"},
		{"1234500000000000000e-16", 12345, ""}, // many digits, whole fen
		{"-12345678901234567.8", -1234567890123456780, ""},
	} {
		got, err := ToFen(dec(tc.yuan))
		if tc.err != "" {
			assert.ErrorContains(t, err, tc.err, tc.yuan)
			assert.ErrorIs(t, err, ErrMoney, tc.yuan)
			assert.Equal(t, tc.err == "overflows", errors.Is(err, ErrOverflow), tc.yuan)
			continue
		}
		require.NoError(t, err, tc.yuan)
		assert.Equal(t, tc.fen, got, tc.yuan)
	}
	_, err := ToFen(decimal.New(1, 999_999_999))
	assert.ErrorContains(t, err, "overflows", "fails at once, without building the number")
	assert.ErrorIs(t, err, ErrOverflow)
	assert.EqualError(t, err, "invalid amount: 1e999999999 yuan overflows int64 fen")
	_, err = ToFen(decimal.New(1, -999_999_999))
	assert.ErrorContains(t, err, "not a whole number of fen")

	// Errors write an exponent beyond ±30 in scientific notation, a
	// shorter one in full.
	for _, tc := range []struct {
		yuan decimal.Decimal
		msg  string
	}{
		{decimal.New(1, 30), "invalid amount: 1000000000000000000000000000000 yuan overflows int64 fen"},
		{decimal.New(1, 31), "invalid amount: 1e31 yuan overflows int64 fen"},
		{decimal.New(1, -30), "invalid amount: 0.000000000000000000000000000001 yuan is not a whole number of fen"},
		{decimal.New(1, -31), "invalid amount: 1e-31 yuan is not a whole number of fen"},
	} {
		_, err := ToFen(tc.yuan)
		assert.EqualError(t, err, tc.msg)
	}
}

func TestFenOf(t *testing.T) {
	r := func(n, d string) Ratio {
		x, err := NewRatio(dec(n), dec(d))
		require.NoError(t, err)
		return x
	}
	for _, tc := range []struct {
		x                      Ratio
		halfUp, even, down, up string
	}{
		{r("5100", "31"), "164.52", "164.52", "164.51", "164.52"}, // 164.516…: 17 days of 300 a month
		{r("1", "200"), "0.01", "0", "0", "0.01"},                 // exactly half a fen
		{r("3", "200"), "0.02", "0.02", "0.01", "0.02"},           // 1.5 fen
		{r("5", "200"), "0.03", "0.02", "0.02", "0.03"},           // 2.5 fen: a tie at an even fen
		{r("7", "200"), "0.04", "0.04", "0.03", "0.04"},           // 3.5 fen: a tie at an odd fen
		{r("-5", "200"), "-0.03", "-0.02", "-0.02", "-0.03"},
		{r("-7", "200"), "-0.04", "-0.04", "-0.03", "-0.04"},
		{r("1005", "200"), "5.03", "5.02", "5.02", "5.03"},
		{r("1", "40"), "0.03", "0.02", "0.02", "0.03"}, // 0.025 as a quotient not over a power of ten
		{r("-1", "200"), "-0.01", "0", "0", "-0.01"},
		{r("-5100", "31"), "-164.52", "-164.52", "-164.51", "-164.52"},
		{r("4999999", "1000000000"), "0", "0", "0", "0.01"}, // just below half a fen
		{r("300", "1"), "300", "300", "300", "300"},
	} {
		for _, c := range []struct {
			rule Rounding
			want string
		}{{HalfUp, tc.halfUp}, {HalfEven, tc.even}, {Down, tc.down}, {Up, tc.up}} {
			assert.Equal(t, c.want, c.rule.FenOf(tc.x).String(), "%s by %s", tc.x, c.rule)
		}
	}
}

func TestQualifierArithmetic(t *testing.T) {
	for _, tc := range []struct{ a, b, sum Qualifier }{
		{Exact, Exact, Exact},
		{MoreThan, Exact, MoreThan},
		{Exact, About, About},
		{MoreThan, AtLeast, MoreThan},
		{AtMost, FewerThan, FewerThan},
		{MoreThan, FewerThan, About},
		{MoreThan, About, About},
		{AtLeast, AtLeast, AtLeast},
	} {
		assert.Equal(t, tc.sum, tc.a.Plus(tc.b), "%s + %s", tc.a, tc.b)
	}
	for q, o := range map[Qualifier]Qualifier{MoreThan: FewerThan, FewerThan: MoreThan, AtLeast: AtMost, AtMost: AtLeast, About: About, Exact: Exact} {
		assert.Equal(t, o, q.Opposite())
	}
}
