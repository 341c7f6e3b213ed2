package metrics

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/internal/enum"
)

func TestRoundingFen(t *testing.T) {
	for _, tc := range []struct {
		in                     string
		halfUp, even, down, up string
	}{
		{"0.005", "0.01", "0", "0", "0.01"},
		{"0.015", "0.02", "0.02", "0.01", "0.02"},
		{"-0.005", "-0.01", "0", "0", "-0.01"},
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
	assert.Equal(t, "四舍五入", HalfUp.Label(enum.Hans))
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
