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
	var s sum128
	s.add(a, n)
	return s.div(d, r)
}

// A sum128 is a sum of products amount × days in 128 bits: a floor revised
// during a year is held for each version's days, and the sum of the parts
// is divided, and rounded, once. It cannot overflow for fewer than 2⁶⁴
// terms of non-negative amounts and day counts.
type sum128 struct{ hi, lo uint64 }

// add adds a × n, for a, n ≥ 0.
func (s *sum128) add(a int64, n int) {
	h, l := bits.Mul64(uint64(a), uint64(n))
	var carry uint64
	s.lo, carry = bits.Add64(s.lo, l, 0)
	s.hi += h + carry
}

// div returns s/d rounded by r. The quotient must fit 64 bits, which it
// does when s is a sum of amounts × days of at most d days in all.
func (s sum128) div(d int, r metrics.Rounding) int64 {
	return int64(divRound(s.hi, s.lo, uint64(d), r))
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
