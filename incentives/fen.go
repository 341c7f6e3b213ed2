package incentives

import (
	"math/bits"

	"github.com/shegong/shegong/metrics"
)

// addFen returns a+b and whether it did not overflow.
func addFen(a, b int64) (int64, bool) {
	s := a + b
	return s, (s > a) == (b > 0)
}

// share returns a×n/d in fen rounded by r, for a ≥ 0 and 0 ≤ n ≤ d: the
// part of a monthly or annual amount for n of d days. The product is
// taken in 128 bits, so it cannot overflow, and the result is at most a.
func share(a int64, n, d int, r metrics.Rounding) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(n))
	return int64(divRound(hi, lo, uint64(d), r))
}

// divRound returns the 128-bit hi:lo over d rounded by r. hi < d must hold,
// which it does when the quotient fits 64 bits.
func divRound(hi, lo, d uint64, r metrics.Rounding) uint64 {
	q, rem := bits.Div64(hi, lo, d)
	if rem == 0 {
		return q
	}
	var up bool
	switch r {
	case metrics.Down:
	case metrics.Up:
		up = true
	case metrics.HalfEven:
		up = 2*rem > d || (2*rem == d && q%2 == 1)
	default: // metrics.HalfUp
		up = 2*rem >= d
	}
	if up {
		q++
	}
	return q
}
