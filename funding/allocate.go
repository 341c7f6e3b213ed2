package funding

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"math"
	"math/bits"
	"slices"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/metrics"
)

// A Method says how a budget is shared among claimants.
type Method uint8

// The methods. Equal, the zero value, ignores weights.
const (
	Equal        Method = iota // the same to each claimant
	ByPopulation               // in proportion to Weight, a population
	ByWeight                   // in proportion to Weight, any other weight
)

var methodNames = enum.New[Method]("allocation method",
	enum.Name{Text: "equal", En: "equal shares", Hans: "平均分配", Hant: "平均分配"},
	enum.Name{Text: "population", En: "by population", Hans: "按人口分配", Hant: "按人口分配"},
	enum.Name{Text: "weight", En: "by weight", Hans: "按权重分配", Hant: "按權重分配"},
)

// Methods lists the methods in order.
func Methods() []Method { return methodNames.Listed() }

// String returns m's machine name, such as "population".
func (m Method) String() string { return methodNames.String(m) }

// Label returns m's name in the language closest to l.
func (m Method) Label(l language.Tag) string { return methodNames.Label(m, l) }

// Valid reports whether m is one of the named methods.
func (m Method) Valid() bool { return methodNames.Valid(m) }

// MarshalText encodes m as its machine name, such as "population".
func (m Method) MarshalText() ([]byte, error) { return methodNames.Marshal(m) }

// UnmarshalText decodes a machine name or a Chinese label.
func (m *Method) UnmarshalText(b []byte) error {
	return enum.Unmarshal(methodNames, m, b)
}

// A Bound says which rule set a claimant's allotment.
type Bound uint8

// The bounds. Shared, the zero value, is the ordinary case.
const (
	Shared  Bound = iota // its share of what floors and caps leave
	Floored              // raised to its floor
	Capped               // held at its cap
)

var boundNames = enum.New[Bound]("allocation bound",
	enum.Name{Text: "shared", En: "shared", Hans: "按比例", Hant: "按比例"},
	enum.Name{Text: "floor", En: "raised to floor", Hans: "保底", Hant: "保底"},
	enum.Name{Text: "cap", En: "held at cap", Hans: "封顶", Hant: "封頂"},
)

// Bounds lists the bounds in order.
func Bounds() []Bound { return boundNames.Listed() }

// String returns b's machine name, such as "cap".
func (b Bound) String() string { return boundNames.String(b) }

// Label returns b's name in the language closest to l.
func (b Bound) Label(l language.Tag) string { return boundNames.Label(b, l) }

// Valid reports whether b is one of the named bounds.
func (b Bound) Valid() bool { return boundNames.Valid(b) }

// MarshalText encodes b as its machine name, such as "cap".
func (b Bound) MarshalText() ([]byte, error) { return boundNames.Marshal(b) }

// UnmarshalText decodes a machine name or a Chinese label.
func (b *Bound) UnmarshalText(text []byte) error {
	return enum.Unmarshal(boundNames, b, text)
}

// A Claimant is one unit a budget is shared among, named by its division
// code. Codes are unique; on a tie for the last fen the smaller code wins.
type Claimant struct {
	Code   hierarchy.Code
	Weight int64               // population or other weight, never negative; Equal ignores it. See IntegerWeights for decimal weights.
	Floor  decimal.Decimal     // yuan guaranteed whatever the weight; zero means none
	Cap    decimal.NullDecimal // yuan never exceeded; not Valid means none
}

// An Allotment is what one claimant receives from an Allocation.
type Allotment struct {
	Code  hierarchy.Code
	Fen   int64
	Bound Bound
}

// Yuan returns the allotment in yuan.
func (a Allotment) Yuan() decimal.Decimal { return metrics.FromFen(a.Fen) }

// An Allocation is a budget shared out to the fen. Its allotments are in
// code order and add up to the budget exactly. It is immutable: every
// method returns copies, so any number of goroutines may read one
// Allocation at once.
type Allocation struct {
	budget   int64
	method   Method
	num, den int64 // fen per unit of weight of a shared claimant, before the last fen
	allots   []Allotment
}

// Budget returns the budget shared, in yuan.
func (a Allocation) Budget() decimal.Decimal { return metrics.FromFen(a.budget) }

// Method returns how the budget was shared.
func (a Allocation) Method() Method { return a.method }

// Rate returns the yuan per unit of weight (per resident when by
// population, per claimant when equal) that every shared claimant got
// before rounding to the fen; zero when the floors take the whole budget.
func (a Allocation) Rate() metrics.Ratio {
	r, _ := metrics.NewRatio(metrics.FromFen(a.num), decimal.NewFromInt(a.den)) // den ≥ 1
	return r
}

// Len returns the number of allotments.
func (a Allocation) Len() int { return len(a.allots) }

// All yields the allotments in code order.
func (a Allocation) All() iter.Seq[Allotment] {
	return func(yield func(Allotment) bool) {
		for _, g := range a.allots {
			if !yield(g) {
				return
			}
		}
	}
}

// Of returns the allotment of the claimant with code c.
func (a Allocation) Of(c hierarchy.Code) (Allotment, bool) {
	i, ok := slices.BinarySearchFunc(a.allots, c, func(g Allotment, c hierarchy.Code) int { return cmp.Compare(g.Code, c) })
	if !ok {
		return Allotment{}, false
	}
	return a.allots[i], true
}

// Errors of Allocate. ErrAllocation is wrapped by every error about the
// input itself: a budget that is not money (with metrics.ErrMoney), an
// unknown method, no claimants, weights adding up past an int64 (with
// metrics.ErrOverflow) and every *ClaimantError. ErrInfeasible is wrapped
// by errors about valid input that no allocation satisfies: floors that add
// up to more than the budget, or weights and caps that cannot take all of
// it (a budget above the floors with no weight to share it by).
var (
	ErrAllocation = errors.New("invalid allocation")
	ErrInfeasible = errors.New("budget cannot be shared")
)

// A ClaimantError names the claimant (by index in the input and code)
// whose data is invalid. Its error wraps ErrAllocation and one or more of
// hierarchy.ErrCode (an invalid code), hierarchy.ErrDuplicate (a code given
// twice), metrics.ErrMoney (a floor or cap that is negative or not a whole
// number of fen), and errors naming a negative weight or a floor above the
// cap.
type ClaimantError struct {
	Index int
	Code  hierarchy.Code
	Err   error
}

func (e *ClaimantError) Error() string {
	return fmt.Sprintf("claimant %d (%d): %v", e.Index, uint64(e.Code), e.Err)
}

// Unwrap returns ErrAllocation and the claimant's problems.
func (e *ClaimantError) Unwrap() []error { return []error{ErrAllocation, e.Err} }

// noCap is the cap of a claimant without one: no budget reaches it.
const noCap = math.MaxInt64

// A claim is a claimant in fen, with its weight as the method counts it.
type claim struct{ w, floor, cap int64 }

// Allocate shares budget (yuan, a whole number of fen) among claimants by
// method, exactly to the fen, and returns the allotments in code order; the
// order of claimants does not matter.
//
// Every claimant gets clamp(λ × weight, floor, cap) for the one rate λ at
// which these add up to the budget, rounded down to the fen; the fen left
// over go one each to the claimants with the largest exact remainders,
// smaller code first on a tie. A claimant of zero weight gets its floor or
// nothing. Rounding never breaks a floor or a cap. A budget of zero, or
// floors that take all of it, is a valid allocation (with a rate of zero).
// The work is linear in the number of claimants, plus a sort of the floors
// and caps that are set and a radix sort of the codes when they do not come
// in order.
//
// Errors report every invalid claimant at once (see ClaimantError) with
// every problem of the budget and the method (ErrAllocation), or an
// allocation that no rate satisfies (ErrInfeasible).
func Allocate(budget decimal.Decimal, method Method, claimants []Claimant) (Allocation, error) {
	var errs []error
	b, err := fen(budget)
	if err != nil {
		errs = append(errs, fmt.Errorf("%w: budget: %w", ErrAllocation, err))
	}
	if !method.Valid() {
		errs = append(errs, fmt.Errorf("%w: method %s is unknown", ErrAllocation, method))
	}
	if len(claimants) == 0 {
		errs = append(errs, fmt.Errorf("%w: no claimants", ErrAllocation))
	}
	cs := make([]claim, len(claimants)) // in input order until sorted
	for i := range claimants {
		cl, probs := claimOf(&claimants[i], method)
		cs[i] = cl
		if probs != nil {
			errs = append(errs, &ClaimantError{Index: i, Code: claimants[i].Code, Err: errors.Join(probs...)})
		}
	}
	allots := make([]Allotment, len(claimants))
	order := codeOrder(claimants, allots)
	for k := 1; k < len(allots); k++ {
		if allots[k].Code == allots[k-1].Code {
			i := at(order, k)
			errs = append(errs, &ClaimantError{Index: i, Code: allots[k].Code,
				Err: fmt.Errorf("%w: also claimant %d", hierarchy.ErrDuplicate, at(order, k-1))})
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Allocation{}, err
	}
	if order != nil {
		sorted := make([]claim, len(cs))
		for k, i := range order {
			sorted[k] = cs[i]
		}
		cs = sorted
	}
	num, den, err := solve(b, cs, allots)
	if err != nil {
		return Allocation{}, err
	}
	return Allocation{budget: b, method: method, num: num, den: den, allots: allots}, nil
}

// claimOf converts c to fen, with the weight method counts, and returns
// every problem of it.
func claimOf(c *Claimant, method Method) (claim, []error) {
	var bad []error
	if !c.Code.Valid() {
		bad = append(bad, fmt.Errorf("%w: %d", hierarchy.ErrCode, uint64(c.Code)))
	}
	cl := claim{w: c.Weight, cap: noCap}
	if method == Equal {
		cl.w = 1 // weights are ignored, so a negative one is no error
	} else if c.Weight < 0 {
		bad = append(bad, fmt.Errorf("weight %d is negative", c.Weight))
	}
	var err error
	if !c.Floor.IsZero() {
		if cl.floor, err = fen(c.Floor); err != nil {
			bad = append(bad, fmt.Errorf("floor: %w", err))
		}
	}
	if c.Cap.Valid {
		if cl.cap, err = fen(c.Cap.Decimal); err != nil {
			bad = append(bad, fmt.Errorf("cap: %w", err))
		}
	}
	if cl.floor > cl.cap {
		bad = append(bad, fmt.Errorf("floor %s yuan is above the cap %s yuan", c.Floor, c.Cap.Decimal))
	}
	return cl, bad
}

// at returns the input index of the k-th claimant in code order.
func at(order []int32, k int) int {
	if order == nil {
		return k
	}
	return int(order[k])
}

// codeOrder writes the codes of claimants into allots in code order and
// returns the input indexes in that order (input order on equal codes), or
// nil when the claimants already come in strictly increasing order, as a
// network's units do, so that this common case costs no sort.
//
// Valid codes have at most 40 bits, so a code and its index pack into one
// uint64 when the index fits the other 24, and a least-significant-digit
// radix sort of those words orders millions of claimants in a few linear
// passes: no comparisons, no pointers.
func codeOrder(claimants []Claimant, allots []Allotment) []int32 {
	n := len(claimants)
	sorted, packs := true, true
	for i := range claimants {
		c := claimants[i].Code
		sorted = sorted && (i == 0 || claimants[i-1].Code < c)
		packs = packs && c < 1<<codeBits
	}
	if sorted {
		for i := range claimants {
			allots[i].Code = claimants[i].Code
		}
		return nil
	}
	shift := bits.Len(uint(n - 1))
	if !packs || shift > 64-codeBits {
		order := compareOrder(claimants)
		for k, i := range order {
			allots[k].Code = claimants[i].Code
		}
		return order
	}
	keys := make([]uint64, n)
	for i, c := range claimants {
		keys[i] = uint64(c.Code)<<shift | uint64(i)
	}
	keys = radixSort(keys, make([]uint64, n))
	order := make([]int32, n)
	mask := uint64(1)<<shift - 1
	for k, key := range keys {
		order[k] = int32(key & mask)
		allots[k].Code = hierarchy.Code(key >> shift)
	}
	return order
}

// codeBits is the width of the largest valid code, 999999999999.
const codeBits = 40

// compareOrder is codeOrder by comparison, for input that does not pack.
func compareOrder(claimants []Claimant) []int32 {
	order := make([]int32, len(claimants))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(claimants[a].Code, claimants[b].Code) })
	return order
}

// radixBits is the width of a radix-sort digit: 2,048 counters stay in
// the first-level cache.
const radixBits = 11

// radixSort sorts keys with tmp (of the same length) as scratch, and
// returns the one of the two that holds the result. One pass counts every
// digit; digits on which every key agrees are skipped.
func radixSort(keys, tmp []uint64) []uint64 {
	const digits = (64 + radixBits - 1) / radixBits
	const mask = 1<<radixBits - 1
	var count [digits][1 << radixBits]int
	var or, and uint64 = 0, ^uint64(0)
	for _, k := range keys {
		or |= k
		and &= k
		for d := range digits {
			count[d][k>>(d*radixBits)&mask]++
		}
	}
	differ := or ^ and
	for d := range digits {
		shift := d * radixBits
		if differ>>shift&mask == 0 {
			continue
		}
		c := &count[d]
		sum := 0
		for i, n := range c {
			c[i] = sum
			sum += n
		}
		for _, k := range keys {
			i := k >> shift & mask
			tmp[c[i]] = k
			c[i]++
		}
		keys, tmp = tmp, keys
	}
	return keys
}

// maxExponent bounds the decimal exponent of a weight: scaling
// "1e999999999" to an integer would build a billion-digit number.
const maxExponent = 20

// IntegerWeights returns decimal weights as integers in the same
// proportions, each multiplied by the power of ten that clears every
// fraction: 0.5 and 1.25 become 50 and 125. A negative weight, or one that
// does not fit an int64 once scaled, is an error naming its index.
func IntegerWeights(ws []decimal.Decimal) ([]int64, error) {
	var errs []error
	places := int32(0)
	for i, w := range ws {
		e := w.Exponent()
		switch {
		case w.IsZero():
		case w.IsNegative():
			errs = append(errs, fmt.Errorf("weight %d: %w: %s is negative", i, ErrAllocation, w))
		case e > maxExponent || e < -maxExponent:
			errs = append(errs, fmt.Errorf("weight %d: %w: exponent %d", i, metrics.ErrOverflow, e))
		default:
			places = max(places, -e)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	out := make([]int64, len(ws))
	for i, w := range ws {
		if w.IsZero() {
			continue // a zero with a huge exponent would be rescaled digit by digit
		}
		v := w.Shift(places)
		if !v.BigInt().IsInt64() {
			errs = append(errs, fmt.Errorf("weight %d: %w: %s × 10^%d", i, metrics.ErrOverflow, w, places))
			continue
		}
		out[i] = v.IntPart()
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}
