package metrics

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestRatioFormat(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n, m   int64
		scale  Scale
		places int32
		want   string
	}{
		// Chongqing: 4,350 rooms of 11,154 communities (38.9995%).
		{"chongqing rooms", 4350, 11154, Percent, 2, "39.00%"},
		// Suzhou: 90 of 96 townships have a station (93.75%).
		{"suzhou stations", 90, 96, Percent, 0, "94%"},
		{"suzhou stations exact", 90, 96, Percent, 2, "93.75%"},
		{"half away from zero", 1, 8, Percent, 1, "12.5%"},
		{"half away from zero up", 1, 16, Percent, 1, "6.3%"},
		{"per mille", 25, 10000, PerMille, 1, "2.5‰"},
		{"per ten thousand", 3, 10000, PerTenThousand, 0, "3‱"},
		{"negative", -1, 3, Percent, 2, "-33.33%"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := RatioOf(tc.n, tc.m)
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Format(tc.scale, tc.places))
		})
	}
}

func TestRatioBasics(t *testing.T) {
	r, err := NewRatio(dec("3"), dec("-4"))
	require.NoError(t, err)
	assert.Equal(t, "-3/4", r.String(), "sign moves to the numerator")
	assert.Equal(t, -1, r.Sign())
	assert.Equal(t, "-0.75", r.Value(2).String())

	_, err = RatioOf(1, 0)
	assert.ErrorIs(t, err, ErrRatio)

	var zero Ratio
	assert.True(t, zero.IsZero())
	assert.Equal(t, "1", zero.Den().String())
	assert.Equal(t, "0", zero.String())
	assert.True(t, zero.Equal(Fraction(decimal.Zero)))

	half, _ := RatioOf(1, 2)
	twoQuarters, _ := RatioOf(2, 4)
	assert.True(t, half.Equal(twoQuarters))
	assert.Equal(t, 1, half.Cmp(zero))
	assert.Equal(t, -1, zero.Cmp(half))
	assert.True(t, Scaled(dec("2.5"), PerMille).Equal(Fraction(dec("0.0025"))))
}

func TestScale(t *testing.T) {
	for _, tc := range []struct {
		s            Scale
		text, sign   string
		factor       int64
		wantUnmarsh  string
		unmarshalled Scale
	}{
		{Percent, "percent", "%", 100, "百分比", Percent},
		{PerMille, "per-mille", "‰", 1000, "per-mille", PerMille},
		{PerTenThousand, "per-ten-thousand", "‱", 10000, "萬分比", PerTenThousand},
	} {
		assert.Equal(t, tc.text, tc.s.String())
		assert.Equal(t, tc.sign, tc.s.Sign())
		assert.Equal(t, tc.factor, tc.s.factor().IntPart())
		b, err := tc.s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(b))
		var got Scale
		require.NoError(t, got.UnmarshalText([]byte(tc.wantUnmarsh)))
		assert.Equal(t, tc.unmarshalled, got)
	}
	var s Scale
	assert.Error(t, s.UnmarshalText([]byte("per-cent")))
	assert.Equal(t, "", Scale(9).Sign())
	assert.Equal(t, "1", Scale(9).factor().String())
}

func TestParseRatio(t *testing.T) {
	for _, tc := range []struct {
		in, num, den string
	}{
		{"39%", "39", "100"},
		{"2.5‰", "2.5", "1000"},
		{"3‱", "3", "10000"},
		{"３９％", "39", "100"},
		{" 80 % ", "80", "100"},
		{"4350/11154", "4350", "11154"},
		{"0.0025", "0.0025", "1"},
		{"-5%", "-5", "100"},
		{"1/-2", "-1", "2"},
	} {
		r, err := ParseRatio(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.num, r.Num().String(), tc.in)
		assert.Equal(t, tc.den, r.Den().String(), tc.in)
	}
	for _, in := range []string{"", "%", "abc", "1/0", "1/x", "1e5", "1.2.3%", "--1", "5%%"} {
		_, err := ParseRatio(in)
		assert.ErrorIs(t, err, ErrRatio, in)
		if err != nil {
			assert.Contains(t, err.Error(), in, "the error quotes the input")
		}
	}
}

func TestRatioJSON(t *testing.T) {
	type doc struct {
		R Ratio `json:"r"`
	}
	for _, in := range []string{`{"r":"4350/11154"}`, `{"r":"0.0025"}`, `{"r":"0"}`} {
		var d doc
		require.NoError(t, json.Unmarshal([]byte(in), &d), in)
		out, err := json.Marshal(d)
		require.NoError(t, err)
		assert.JSONEq(t, in, string(out))
	}
	var d doc
	require.NoError(t, json.Unmarshal([]byte(`{"r":"2.5‰"}`), &d))
	assert.Equal(t, "2.5/1000", d.R.String())
	assert.Error(t, json.Unmarshal([]byte(`{"r":"2.5 per mille"}`), &d))
}

func TestMulCeil(t *testing.T) {
	for _, tc := range []struct {
		r    Ratio
		n    int64
		want int64
	}{
		{Scaled(dec("2.5"), PerMille), 3_000_001, 7501},
		{Scaled(dec("2.5"), PerMille), 1_000_000, 2500},
		{Scaled(dec("2.5"), PerMille), 0, 0},
		{Scaled(dec("2.5"), PerMille), 1, 1},
		{Fraction(dec("-0.5")), 3, -1},
	} {
		got, err := tc.r.MulCeil(tc.n)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%s × %d", tc.r, tc.n)
	}
	_, err := Fraction(dec("10")).MulCeil(1 << 62)
	assert.ErrorIs(t, err, ErrRatio)
}

func TestTimes(t *testing.T) {
	r, _ := RatioOf(17, 31)
	x := r.Times(dec("300"))
	assert.Equal(t, "5100/31", x.String())
	assert.Equal(t, "164.52", HalfUp.FenOf(x).String())
	assert.Equal(t, "0", Ratio{}.Times(dec("5")).String())
}

// A sign may only lead the number: "5-" or "1+2" is not a number, where
// decimal.NewFromString alone would misread or refuse it with another
// message.
func TestParseDecimalSigns(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"+5", "5"}, {"-5", "-5"}, {"-.5", "-0.5"}, {"+0.25", "0.25"}, {"5", "5"}, {"-0", "0"},
	} {
		d, err := parseDecimal(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, d.String(), tc.in)
	}
	for _, in := range []string{"5-", "5+", "1-2", "1+2", "+-1", "-+1", "--1", "++1", "+", "-", "", ".", "-.", "1..2", "1.2.", "*1", "1e5"} {
		_, err := parseDecimal(in)
		assert.Error(t, err, in)
	}
	for _, tc := range []struct{ in, num, den string }{
		{"+5%", "5", "100"}, {"-2.5‰", "-2.5", "1000"}, {"+1/-4", "-1", "4"}, {"-3/+4", "-3", "4"},
	} {
		r, err := ParseRatio(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.num, r.Num().String(), tc.in)
		assert.Equal(t, tc.den, r.Den().String(), tc.in)
	}
	for _, in := range []string{"5-%", "1-/2", "1/2-", "5%-"} {
		_, err := ParseRatio(in)
		assert.ErrorIs(t, err, ErrRatio, in)
	}
}
