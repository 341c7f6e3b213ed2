package funding

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

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

func (m Method) String() string { return methodNames.String(m) }

// Label returns m's name in language l.
func (m Method) Label(l language.Tag) string { return methodNames.Label(m, l) }

// MarshalText encodes m as its machine name, such as "population".
func (m Method) MarshalText() ([]byte, error) { return methodNames.Marshal(m) }

// UnmarshalText decodes a machine name or a Chinese label.
func (m *Method) UnmarshalText(b []byte) error {
	return enum.Unmarshal(methodNames, m, b)
}

// A Bound says which rule set a claimant's grant.
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

func (b Bound) String() string { return boundNames.String(b) }

// Label returns b's name in language l.
func (b Bound) Label(l language.Tag) string { return boundNames.Label(b, l) }

// MarshalText encodes b as its machine name, such as "cap".
func (b Bound) MarshalText() ([]byte, error) { return boundNames.Marshal(b) }

// UnmarshalText decodes a machine name or a Chinese label.
func (b *Bound) UnmarshalText(text []byte) error {
	return enum.Unmarshal(boundNames, b, text)
}

// A Claimant is one party a budget is shared among: a station, a unit of
// a network, an organisation. Keys are unique; on a tie for the last fen
// the smaller key (in byte order, which is code order for division codes)
// wins.
type Claimant struct {
	Key    string
	Weight int64               // population or other weight; Equal ignores it. See IntegerWeights for decimal weights.
	Floor  decimal.Decimal     // yuan guaranteed whatever the weight; zero means none
	Cap    decimal.NullDecimal // yuan never exceeded; not Valid means none
}

// A Grant is what one claimant receives.
type Grant struct {
	Key   string
	Fen   int64
	Bound Bound
}

// Yuan returns the grant in yuan.
func (g Grant) Yuan() decimal.Decimal { return metrics.FromFen(g.Fen) }

// An Allocation is a budget shared out to the fen. Its grants are in key
// order and add up to the budget exactly.
type Allocation struct {
	budget   int64
	method   Method
	num, den int64 // fen per unit of weight of a shared claimant, before the last fen
	grants   []Grant
}

// Budget returns the budget shared, in yuan.
func (a Allocation) Budget() decimal.Decimal { return metrics.FromFen(a.budget) }

// Method returns how the budget was shared.
func (a Allocation) Method() Method { return a.method }

// Rate returns the yuan per unit of weight (per resident when by
// population, per claimant when equal) that every shared claimant got
// before rounding to the fen.
func (a Allocation) Rate() metrics.Ratio {
	r, _ := metrics.NewRatio(metrics.FromFen(a.num), decimal.NewFromInt(a.den)) // den ≥ 1
	return r
}

// Len returns the number of grants.
func (a Allocation) Len() int { return len(a.grants) }

// All yields the grants in key order.
func (a Allocation) All() iter.Seq[Grant] {
	return func(yield func(Grant) bool) {
		for _, g := range a.grants {
			if !yield(g) {
				return
			}
		}
	}
}

// Grant returns the grant of the claimant with key.
func (a Allocation) Grant(key string) (Grant, bool) {
	i, ok := slices.BinarySearchFunc(a.grants, key, func(g Grant, k string) int { return strings.Compare(g.Key, k) })
	if !ok {
		return Grant{}, false
	}
	return a.grants[i], true
}

// Errors of Allocate. A problem of one claimant comes in a *ClaimantError
// wrapping one or more of ErrEmptyKey, ErrDuplicateKey, ErrNegativeWeight,
// ErrFloorAboveCap and metrics.ErrMoney (a floor or cap that is negative or
// not a whole number of fen).
var (
	ErrBudget             = errors.New("invalid budget")
	ErrMethod             = errors.New("unknown allocation method")
	ErrNoClaimants        = errors.New("no claimants")
	ErrEmptyKey           = errors.New("empty key")
	ErrDuplicateKey       = errors.New("duplicate key")
	ErrNegativeWeight     = errors.New("negative weight")
	ErrFloorAboveCap      = errors.New("floor above cap")
	ErrZeroWeights        = errors.New("all weights are zero")
	ErrOverflow           = errors.New("weight overflows int64")
	ErrFloorsExceedBudget = errors.New("floors exceed the budget")
	ErrCapsBelowBudget    = errors.New("caps cannot absorb the budget")
)

// A ClaimantError names the claimant (by index in the input and key) whose
// data is invalid.
type ClaimantError struct {
	Index int
	Key   string
	Err   error
}

func (e *ClaimantError) Error() string {
	return fmt.Sprintf("claimant %d %q: %v", e.Index, e.Key, e.Err)
}

func (e *ClaimantError) Unwrap() error { return e.Err }

// noCap is the cap of a claimant without one: no budget reaches it.
const noCap = math.MaxInt64

// A claim is a claimant in fen, with its weight as the method counts it.
type claim struct{ w, floor, cap int64 }

// Allocate shares budget (yuan, a whole number of fen) among claimants by
// method, exactly to the fen, and returns the grants in key order; the
// order of claimants does not matter.
//
// Every claimant gets clamp(λ × weight, floor, cap) for the one rate λ at
// which these add up to the budget, rounded down to the fen; the fen left
// over go one each to the claimants with the largest exact remainders,
// smaller key first on a tie. A claimant of zero weight gets its floor or
// nothing. Rounding never breaks a floor or a cap. The work is linear in
// the number of claimants, plus a sort of the floors and caps that are set
// (and of the keys when they do not come in order).
//
// Errors report every invalid claimant at once (see ClaimantError), a
// budget that is negative or not whole fen, floors adding up to more than
// the budget, caps that cannot take all of it, and weights that are all zero
// or add up to more than an int64.
func Allocate(budget decimal.Decimal, method Method, claimants []Claimant) (Allocation, error) {
	var errs []error
	b, err := fen(budget)
	if err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrBudget, err))
	}
	if !methodNames.Valid(method) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrMethod, method))
	}
	if len(claimants) == 0 {
		errs = append(errs, ErrNoClaimants)
	}
	order := keyOrder(claimants)
	index := func(k int) int {
		if order == nil {
			return k
		}
		return order[k]
	}
	cs := make([]claim, len(claimants))
	grants := make([]Grant, len(claimants))
	for k := range claimants {
		i := index(k)
		c := &claimants[i]
		grants[k].Key = c.Key
		var bad []error
		switch {
		case c.Key == "":
			bad = append(bad, ErrEmptyKey)
		case k > 0 && c.Key == grants[k-1].Key:
			bad = append(bad, fmt.Errorf("%w: also claimant %d", ErrDuplicateKey, index(k-1)))
		}
		cl := claim{w: c.Weight, cap: noCap}
		if c.Weight < 0 {
			bad = append(bad, fmt.Errorf("%w: %d", ErrNegativeWeight, c.Weight))
		}
		if method == Equal {
			cl.w = 1
		}
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
			bad = append(bad, fmt.Errorf("%w: floor %s yuan, cap %s yuan", ErrFloorAboveCap, c.Floor, c.Cap.Decimal))
		}
		if bad != nil {
			errs = append(errs, &ClaimantError{Index: i, Key: c.Key, Err: errors.Join(bad...)})
		}
		cs[k] = cl
	}
	if err := errors.Join(errs...); err != nil {
		return Allocation{}, err
	}
	num, den, err := solve(b, cs, grants)
	if err != nil {
		return Allocation{}, err
	}
	return Allocation{budget: b, method: method, num: num, den: den, grants: grants}, nil
}

// keyOrder returns the indexes of claimants in key order (input order on
// equal keys), or nil when they already come in strictly increasing order,
// as a network's units in code order do, so that this common case costs no
// sort.
func keyOrder(claimants []Claimant) []int {
	sorted := true
	for i := 1; i < len(claimants) && sorted; i++ {
		sorted = claimants[i-1].Key < claimants[i].Key
	}
	if sorted {
		return nil
	}
	// Sorting the keys' first 16 bytes as two integers, held beside the
	// index, keeps nearly every comparison in cache: comparing the strings
	// themselves chases a pointer into memory in random order each time.
	type sortKey struct {
		hi, lo uint64
		i      int
	}
	keys := make([]sortKey, len(claimants))
	for i, c := range claimants {
		var b [16]byte
		copy(b[:], c.Key)
		keys[i] = sortKey{binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:]), i}
	}
	slices.SortFunc(keys, func(a, b sortKey) int {
		switch {
		case a.hi != b.hi:
			return cmp.Compare(a.hi, b.hi)
		case a.lo != b.lo:
			return cmp.Compare(a.lo, b.lo)
		}
		return cmp.Or(strings.Compare(claimants[a.i].Key, claimants[b.i].Key), cmp.Compare(a.i, b.i))
	})
	order := make([]int, len(keys))
	for k, key := range keys {
		order[k] = key.i
	}
	return order
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
			errs = append(errs, fmt.Errorf("weight %d: %w: %s", i, ErrNegativeWeight, w))
		case e > maxExponent || e < -maxExponent:
			errs = append(errs, fmt.Errorf("weight %d: %w: exponent %d", i, ErrOverflow, e))
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
			errs = append(errs, fmt.Errorf("weight %d: %w: %s × 10^%d", i, ErrOverflow, w, places))
			continue
		}
		out[i] = v.IntPart()
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}
