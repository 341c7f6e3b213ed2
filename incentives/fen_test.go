package incentives

import (
	"math"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"

	"github.com/shegong/shegong/metrics"
)

func TestShare(t *testing.T) {
	tests := []struct {
		a        int64
		n, d     int
		rounding metrics.Rounding
		want     int64
	}{
		{30000, 17, 31, metrics.HalfUp, 16452}, // 164.516… yuan
		{30000, 17, 31, metrics.Down, 16451},
		{30000, 31, 31, metrics.Down, 30000},
		{1, 1, 2, metrics.HalfUp, 1},   // half a fen rounds up
		{1, 1, 2, metrics.HalfEven, 0}, // to even
		{3, 1, 2, metrics.HalfEven, 2}, // 1.5 to even
		{1, 1, 2, metrics.Down, 0},
		{1, 1, 3, metrics.Up, 1},
		{1, 1, 3, metrics.HalfUp, 0},
		{0, 5, 30, metrics.Up, 0},
		{math.MaxInt64, 30, 31, metrics.Down, 8925843906633654006}, // no overflow in the product
		{math.MaxInt64, 31, 31, metrics.HalfUp, math.MaxInt64},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, share(tt.a, tt.n, tt.d, tt.rounding), "%d×%d/%d %s", tt.a, tt.n, tt.d, tt.rounding)
	}
}

func TestAddFen(t *testing.T) {
	s, ok := addFen(math.MaxInt64-1, 1)
	assert.True(t, ok)
	assert.Equal(t, int64(math.MaxInt64), s)
	_, ok = addFen(math.MaxInt64, 1)
	assert.False(t, ok)
	_, ok = addFen(math.MinInt64, -1)
	assert.False(t, ok)
	s, ok = addFen(5, 0)
	assert.True(t, ok)
	assert.Equal(t, int64(5), s)
}

// A national payroll holds millions of line items: keep them small.
func TestLineItemSize(t *testing.T) {
	assert.Equal(t, uintptr(32), unsafe.Sizeof(LineItem{}))
}

// TestSum128 adds products whose low words overflow, so the carry reaches
// the high word.
func TestSum128(t *testing.T) {
	var s sum128
	s.add(math.MaxInt64, 2) // 2⁶⁴ − 2
	s.add(1, 3)             // 2⁶⁴ + 1: the low word wraps
	assert.Equal(t, sum128{hi: 1, lo: 1}, s)
	assert.Equal(t, int64(1<<62), s.div(4, metrics.Down)) // (2⁶⁴ + 1) / 4
	assert.Equal(t, int64(1<<62+1), s.div(4, metrics.Up))
	s.add(math.MaxInt64, 4) // + 2⁶⁵ − 4 = 3 × 2⁶⁴ − 3
	assert.Equal(t, sum128{hi: 2, lo: math.MaxUint64 - 2}, s)
}
