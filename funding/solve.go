package funding

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/shegong/shegong/metrics"
)

// solve shares budget fen over cs (in code order), writing each allotment's
// Fen and Bound, and returns the rate λ = num/den fen per unit of weight.
// Floors that take the whole budget (a zero budget included) give λ = 0,
// whatever the weights.
//
// The exact answer gives claimant i clamp(λ wᵢ, floorᵢ, capᵢ) where λ
// solves g(λ) = Σ clamp(λ wᵢ, floorᵢ, capᵢ) = budget. g is continuous,
// non-decreasing and piecewise linear, with a kink where a claimant leaves
// its floor (λ = floorᵢ/wᵢ) and where it reaches its cap (λ = capᵢ/wᵢ).
// Sorting the kinks and walking them finds the segment on which g reaches
// the budget in one pass, with every comparison an exact 128-bit product:
// no iteration over "fix the violators and share the rest again", which
// can take as many passes as there are claimants.
func solve(budget int64, cs []claim, allots []Allotment) (num, den int64, err error) {
	var weights, floors, most int64 // most: what the caps let the claimants take
	var overflow, tooHigh bool      // weights overflow; floors pass any budget
	for _, c := range cs {
		overflow = overflow || c.w > math.MaxInt64-weights
		tooHigh = tooHigh || c.floor > math.MaxInt64-floors
		if !overflow {
			weights += c.w
		}
		if !tooHigh {
			floors += c.floor
		}
		if c.w > 0 {
			most = addSat(most, c.cap)
		} else {
			most = addSat(most, c.floor)
		}
	}
	var errs []error
	switch {
	case overflow:
		errs = append(errs, fmt.Errorf("%w: %w: weights add up to more than %d", ErrAllocation, metrics.ErrOverflow, int64(math.MaxInt64)))
	case most < budget && weights == 0:
		errs = append(errs, fmt.Errorf("%w: every weight is zero, so nothing shares the %s yuan the floors leave of a budget of %s yuan",
			ErrInfeasible, metrics.FromFen(budget-floors).StringFixed(2), metrics.FromFen(budget).StringFixed(2)))
	case most < budget:
		errs = append(errs, fmt.Errorf("%w: caps allow %s yuan of a budget of %s yuan", ErrInfeasible, metrics.FromFen(most).StringFixed(2), metrics.FromFen(budget).StringFixed(2)))
	}
	switch {
	case tooHigh:
		errs = append(errs, fmt.Errorf("%w: floors add up to more than %s yuan", ErrInfeasible, metrics.FromFen(math.MaxInt64).StringFixed(2)))
	case floors > budget:
		errs = append(errs, fmt.Errorf("%w: floors add up to %s yuan, the budget is %s yuan", ErrInfeasible, metrics.FromFen(floors).StringFixed(2), metrics.FromFen(budget).StringFixed(2)))
	}
	if err := errors.Join(errs...); err != nil {
		return 0, 0, err
	}
	num, den = 0, 1
	if floors < budget {
		num, den = rate(budget, floors, cs)
	}
	given := int64(0)
	rems := make([]uint64, len(cs))
	for i, c := range cs {
		g := &allots[i]
		t := mul(num, c.w)
		switch {
		case c.w == 0 || c.floor > 0 && t.cmp(mul(c.floor, den)) <= 0:
			g.Fen = c.floor
			if c.floor > 0 {
				g.Bound = Floored
			}
		case c.cap != noCap && t.cmp(mul(c.cap, den)) >= 0:
			g.Fen, g.Bound = c.cap, Capped
		default:
			// λ wᵢ < capᵢ ≤ MaxInt64, so the quotient fits and Div64
			// cannot panic.
			q, r := bits.Div64(t.hi, t.lo, uint64(den))
			g.Fen, rems[i] = int64(q), r
		}
		given += g.Fen
	}
	if left := budget - given; left > 0 {
		giveLeftover(allots, rems, left)
	}
	return num, den, nil
}

// rate returns λ = num/den at which the clamped shares of cs add up to
// budget, given floors < budget ≤ what the caps allow and some weight.
func rate(budget, floors int64, cs []claim) (num, den int64) {
	type kink struct {
		at, w int64 // λ = at/w
		rise  bool  // leaves its floor (true) or reaches its cap
	}
	var kinks []kink
	slope := int64(0) // Σ wᵢ of the claimants between floor and cap
	for _, c := range cs {
		switch {
		case c.w == 0:
			continue
		case c.floor > 0:
			kinks = append(kinks, kink{c.floor, c.w, true})
		default:
			slope += c.w
		}
		if c.cap != noCap {
			kinks = append(kinks, kink{c.cap, c.w, false})
		}
	}
	// Rises before caps at one point keep the running constant below the
	// budget, so it cannot overflow.
	slices.SortFunc(kinks, func(a, b kink) int {
		if c := mul(a.at, b.w).cmp(mul(b.at, a.w)); c != 0 {
			return c
		}
		switch {
		case a.rise == b.rise:
			return 0
		case a.rise:
			return -1
		}
		return 1
	})
	// On the current segment g(λ) = λ slope + constant, and g < budget at
	// its left end.
	constant := floors
	for k := 0; k < len(kinks); {
		at, w := kinks[k].at, kinks[k].w
		if mul(at, slope).cmp(mul(budget-constant, w)) >= 0 {
			break // g reaches the budget by this kink
		}
		for ; k < len(kinks) && mul(kinks[k].at, w).cmp(mul(at, kinks[k].w)) == 0; k++ {
			if kinks[k].rise {
				slope += kinks[k].w
				constant -= kinks[k].at
			} else {
				slope -= kinks[k].w
				constant += kinks[k].at
			}
		}
	}
	return budget - constant, slope
}

// giveLeftover gives left fen, one each, to the shared claimants with the
// largest remainders, smaller index (code) first among equals. It finds the
// left-th largest remainder by selection rather than sorting every
// claimant.
func giveLeftover(allots []Allotment, rems []uint64, left int64) {
	pos := make([]uint64, 0, len(rems))
	for _, r := range rems {
		if r > 0 {
			pos = append(pos, r)
		}
	}
	cut := kthLargest(pos, int(left))
	above := int64(0)
	for _, r := range rems {
		if r > cut {
			above++
		}
	}
	ties := left - above // how many remainders equal to cut get a fen
	for i, r := range rems {
		if r > cut || r == cut && ties > 0 {
			if r == cut {
				ties--
			}
			allots[i].Fen++
		}
	}
}

// kthLargest returns the k-th largest of xs (1 ≤ k ≤ len(xs)), reordering
// xs: a most-significant-byte radix selection, linear and free of
// pivot choices, so that no input makes it slow.
func kthLargest(xs []uint64, k int) uint64 {
	var all uint64
	for _, x := range xs {
		all |= x
	}
	var v uint64
	for shift := (bits.Len64(all) - 1) / 8 * 8; shift >= 0; shift -= 8 {
		var count [256]int
		for _, x := range xs {
			count[byte(x>>shift)]++
		}
		d := 255
		for ; k > count[d]; d-- {
			k -= count[d]
		}
		v |= uint64(d) << shift
		n := 0
		for _, x := range xs {
			if byte(x>>shift) == byte(d) {
				xs[n] = x
				n++
			}
		}
		xs = xs[:n]
	}
	return v
}

// addSat returns a + b for non-negative a and b, or MaxInt64 when that
// overflows.
func addSat(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

// A u128 is an unsigned 128-bit product.
type u128 struct{ hi, lo uint64 }

// mul returns a × b for non-negative a and b.
func mul(a, b int64) u128 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	return u128{hi, lo}
}

func (x u128) cmp(y u128) int {
	if x.hi != y.hi {
		return cmpU64(x.hi, y.hi)
	}
	return cmpU64(x.lo, y.lo)
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
