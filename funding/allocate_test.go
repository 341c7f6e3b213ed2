package funding_test

import (
	"cmp"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func capOf(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }

// code names the claimants of the tests: one letter is a community of
// township 500101001 (so code order is the letters' byte order), anything
// else a division code as ParseCode reads it, "" the zero (invalid) code.
func code(name string) hierarchy.Code {
	switch len(name) {
	case 0:
		return 0
	case 1:
		return hierarchy.Code(500101001000 + int(name[0]))
	}
	return hierarchy.MustParseCode(name)
}

// nameOf is code's inverse.
func nameOf(c hierarchy.Code) string {
	if c/1000 == 500101001 && c%1000 >= 'A' {
		return string(rune(c % 1000))
	}
	return c.String()
}

// codeN returns the i-th of 998,001 distinct community codes, in order.
func codeN(i int) hierarchy.Code {
	return hierarchy.Code(500101000000 + (i/999+1)*1000 + i%999 + 1)
}

// grants returns an allocation as "name=yuan/bound" strings in code order.
func grants(a funding.Allocation) []string {
	var out []string
	for g := range a.All() {
		s := nameOf(g.Code) + "=" + g.Yuan().StringFixed(2)
		if g.Bound != funding.Shared {
			s += "/" + g.Bound.String()
		}
		out = append(out, s)
	}
	return out
}

func TestAllocateByHand(t *testing.T) {
	for _, tc := range []struct {
		name      string
		budget    string
		method    funding.Method
		claimants []funding.Claimant
		want      []string
		rate      string // yuan per unit of weight, as a quotient
	}{
		{
			// 100,000,000 fen / 3 = 33,333,333 r 1: the one fen left goes to
			// the first station in code order.
			name: "issue: one million over three stations equally", budget: "1000000.00", method: funding.Equal,
			claimants: []funding.Claimant{{Code: code("500101001")}, {Code: code("500101002")}, {Code: code("500101003")}},
			want:      []string{"500101001=333333.34", "500101002=333333.33", "500101003=333333.33"},
			rate:      "1000000/3",
		},
		{
			name: "equal ignores weights and input order", budget: "1000000.00", method: funding.Equal,
			claimants: []funding.Claimant{{Code: code("500101003"), Weight: 9}, {Code: code("500101001")}, {Code: code("500101002"), Weight: 5}},
			want:      []string{"500101001=333333.34", "500101002=333333.33", "500101003=333333.33"},
			rate:      "1000000/3",
		},
		{
			// 10,000,000 fen × 1200/7000 = 1,714,285.71…, × 2300/7000 =
			// 3,285,714.28…, × 3500/7000 = 5,000,000: floors add up to
			// 9,999,999 fen and the last fen goes to the largest remainder,
			// .71 (A) over .28 (B) and .00 (C).
			name: "by population", budget: "100000.00", method: funding.ByPopulation,
			claimants: []funding.Claimant{{Code: code("C"), Weight: 3500}, {Code: code("B"), Weight: 2300}, {Code: code("A"), Weight: 1200}},
			want:      []string{"A=17142.86", "B=32857.14", "C=50000.00"},
			rate:      "100000.00/7000",
		},
		{
			name: "zero weight gets nothing", budget: "100.00", method: funding.ByPopulation,
			claimants: []funding.Claimant{{Code: code("a"), Weight: 1}, {Code: code("b")}, {Code: code("c"), Weight: 3}},
			want:      []string{"a=25.00", "b=0.00", "c=75.00"},
			rate:      "100.00/4",
		},
		{
			name: "zero weight gets its floor", budget: "100.00", method: funding.ByPopulation,
			claimants: []funding.Claimant{{Code: code("a"), Weight: 1}, {Code: code("b"), Floor: dec("10")}, {Code: code("c"), Weight: 3}},
			want:      []string{"a=22.50", "b=10.00/floor", "c=67.50"},
			rate:      "90.00/4",
		},
		{
			// 1 yuan a person would give A 100 < 200: A is raised to its
			// floor and B and C share 800 in 100:800, 88.888… and 711.111…;
			// the fen left goes to B (.888 > .111).
			name: "floor", budget: "1000.00", method: funding.ByPopulation,
			claimants: []funding.Claimant{{Code: code("A"), Weight: 100, Floor: dec("200")}, {Code: code("B"), Weight: 100}, {Code: code("C"), Weight: 800}},
			want:      []string{"A=200.00/floor", "B=88.89", "C=711.11"},
			rate:      "800.00/900",
		},
		{
			name: "cap", budget: "1000.00", method: funding.Equal,
			claimants: []funding.Claimant{{Code: code("A"), Cap: capOf("100")}, {Code: code("B")}, {Code: code("C")}},
			want:      []string{"A=100.00/cap", "B=450.00", "C=450.00"},
			rate:      "900.00/2",
		},
		{
			// Weights 1:2:6 give 100, 200, 600. A's floor (150) and C's cap
			// (500) both bind; B takes the rest, 250, which is 125 a unit of
			// weight: below A's floor (125 < 150), above C's cap (750 > 500).
			name: "floor and cap", budget: "900.00", method: funding.ByWeight,
			claimants: []funding.Claimant{{Code: code("A"), Weight: 1, Floor: dec("150")}, {Code: code("B"), Weight: 2}, {Code: code("C"), Weight: 6, Cap: capOf("500")}},
			want:      []string{"A=150.00/floor", "B=250.00", "C=500.00/cap"},
			rate:      "250.00/2",
		},
		{
			name: "floors take the whole budget", budget: "300.00", method: funding.ByWeight,
			claimants: []funding.Claimant{{Code: code("A"), Weight: 1, Floor: dec("100")}, {Code: code("B"), Weight: 5, Floor: dec("200")}, {Code: code("C"), Weight: 0}},
			want:      []string{"A=100.00/floor", "B=200.00/floor", "C=0.00"},
			rate:      "0",
		},
		{
			name: "caps take the whole budget", budget: "300.00", method: funding.ByWeight,
			claimants: []funding.Claimant{{Code: code("A"), Weight: 1, Cap: capOf("100")}, {Code: code("B"), Weight: 5, Cap: capOf("200")}},
			want:      []string{"A=100.00/cap", "B=200.00/cap"},
			rate:      "100.00", // the least rate at which the caps take it all
		},
		{
			name: "zero budget", budget: "0", method: funding.Equal,
			claimants: []funding.Claimant{{Code: code("A")}, {Code: code("B")}},
			want:      []string{"A=0.00", "B=0.00"},
			rate:      "0",
		},
		{
			// A cap of zero keeps a claimant out; a floor equal to its cap
			// fixes it.
			name: "zero cap and fixed claimant", budget: "10.00", method: funding.Equal,
			claimants: []funding.Claimant{{Code: code("A"), Cap: capOf("0")}, {Code: code("B"), Floor: dec("3"), Cap: capOf("3")}, {Code: code("C")}},
			want:      []string{"A=0.00/cap", "B=3.00/cap", "C=7.00"},
			rate:      "7.00",
		},
		{
			// Weights 4:1:1:1 share 3 fen: 12/7 = 1 r 5 for A, 3/7 = 0 r 3
			// for the others. Two fen are left: one to A (5 is above the
			// cut), one to the smallest code of the three tied at the cut.
			name: "remainders tied at the cut", budget: "0.03", method: funding.ByWeight,
			claimants: []funding.Claimant{{Code: code("D"), Weight: 1}, {Code: code("C"), Weight: 1}, {Code: code("B"), Weight: 1}, {Code: code("A"), Weight: 4}},
			want:      []string{"A=0.02", "B=0.01", "C=0.00", "D=0.00"},
			rate:      "0.03/7",
		},
		{
			// The floors are the whole budget: nothing is left to share,
			// whatever the weights (here none).
			name: "floors exactly cover the budget with zero weights", budget: "300.00", method: funding.ByPopulation,
			claimants: []funding.Claimant{{Code: code("A"), Floor: dec("100")}, {Code: code("B"), Floor: dec("200")}, {Code: code("C")}},
			want:      []string{"A=100.00/floor", "B=200.00/floor", "C=0.00"},
			rate:      "0",
		},
		{
			name: "zero budget with zero weights", budget: "0", method: funding.ByPopulation,
			claimants: []funding.Claimant{{Code: code("A")}, {Code: code("B")}},
			want:      []string{"A=0.00", "B=0.00"},
			rate:      "0",
		},
		{
			// Equal ignores weights, so a negative one is no error.
			name: "equal with a negative weight", budget: "0.05", method: funding.Equal,
			claimants: []funding.Claimant{{Code: code("B"), Weight: -3}, {Code: code("A"), Weight: 2}},
			want:      []string{"A=0.03", "B=0.02"},
			rate:      "0.05/2",
		},
		{
			// Three equal remainders of 1/3 fen for one fen: the smallest key
			// takes it.
			name: "tie broken by key", budget: "0.01", method: funding.ByWeight,
			claimants: []funding.Claimant{{Code: code("b"), Weight: 7}, {Code: code("c"), Weight: 7}, {Code: code("a"), Weight: 7}},
			want:      []string{"a=0.01", "b=0.00", "c=0.00"},
			rate:      "0.01/21",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := funding.Allocate(dec(tc.budget), tc.method, tc.claimants)
			require.NoError(t, err)
			assert.Equal(t, tc.want, grants(a))
			assert.Equal(t, tc.method, a.Method())
			assert.Equal(t, dec(tc.budget).StringFixed(2), a.Budget().StringFixed(2))
			assert.Equal(t, len(tc.claimants), a.Len())
			want, err := metrics.ParseRatio(tc.rate)
			require.NoError(t, err)
			assert.True(t, a.Rate().Equal(want), "rate %s, want %s", a.Rate(), want)
		})
	}
}

func TestAllocationOf(t *testing.T) {
	a, err := funding.Allocate(dec("1000000"), funding.Equal, []funding.Claimant{{Code: code("500101003")}, {Code: code("500101001")}, {Code: code("500101002")}})
	require.NoError(t, err)
	g, ok := a.Of(code("500101001"))
	require.True(t, ok)
	assert.Equal(t, int64(33333334), g.Fen)
	assert.Equal(t, "333333.34", g.Yuan().String())
	g, ok = a.Of(code("500101003"))
	require.True(t, ok)
	assert.Equal(t, int64(33333333), g.Fen)
	_, ok = a.Of(code("500101004"))
	assert.False(t, ok)

	var codes []hierarchy.Code
	for g := range a.All() {
		codes = append(codes, g.Code)
		break // All stops when asked
	}
	assert.Equal(t, []hierarchy.Code{500101001000}, codes)
}

func TestAllocateErrors(t *testing.T) {
	for _, tc := range []struct {
		name      string
		budget    string
		method    funding.Method
		claimants []funding.Claimant
		want      []error
		text      []string // substrings of the message
	}{
		{"no claimants", "1", funding.Equal, nil, []error{funding.ErrAllocation}, []string{"invalid allocation: no claimants"}},
		{"negative budget", "-1", funding.Equal, []funding.Claimant{{Code: code("a")}}, []error{funding.ErrAllocation, metrics.ErrMoney}, []string{"budget: invalid amount: -1 yuan is negative"}},
		{"fraction of a fen", "0.001", funding.Equal, []funding.Claimant{{Code: code("a")}}, []error{funding.ErrAllocation, metrics.ErrMoney}, []string{"not a whole number of fen"}},
		{"huge exponent", "1e9999", funding.Equal, []funding.Claimant{{Code: code("a")}}, []error{funding.ErrAllocation, metrics.ErrMoney}, []string{"1e9999 yuan overflows int64 fen"}},
		{"unknown method", "1", funding.Method(9), []funding.Claimant{{Code: code("a")}}, []error{funding.ErrAllocation}, []string{"method allocation method(9) is unknown"}},
		{
			"all weights zero", "1", funding.ByPopulation, []funding.Claimant{{Code: code("a")}, {Code: code("b"), Floor: dec("0.40")}},
			[]error{funding.ErrInfeasible}, []string{"budget cannot be shared: every weight is zero, so nothing shares the 0.60 yuan the floors leave of a budget of 1.00 yuan"},
		},
		{
			"floors exceed the budget", "100", funding.Equal,
			[]funding.Claimant{{Code: code("a"), Floor: dec("60")}, {Code: code("b"), Floor: dec("40.01")}},
			[]error{funding.ErrInfeasible}, []string{"floors add up to 100.01 yuan, the budget is 100.00 yuan"},
		},
		{
			"caps cannot absorb the budget", "100", funding.ByWeight,
			[]funding.Claimant{{Code: code("a"), Weight: 1, Cap: capOf("60")}, {Code: code("b"), Weight: 1, Cap: capOf("39.99")}, {Code: code("c"), Floor: dec("0")}},
			[]error{funding.ErrInfeasible}, []string{"caps allow 99.99 yuan of a budget of 100.00 yuan"},
		},
		{
			// A zero-weight claimant can take no more than its floor.
			"zero weights cannot absorb", "100", funding.ByWeight,
			[]funding.Claimant{{Code: code("a"), Weight: 1, Cap: capOf("50")}, {Code: code("b"), Floor: dec("30")}},
			[]error{funding.ErrInfeasible}, []string{"caps allow 80.00 yuan"},
		},
		{
			"floors overflow", "92233720368547758.07", funding.Equal,
			[]funding.Claimant{{Code: code("a"), Floor: metrics.FromFen(math.MaxInt64)}, {Code: code("b"), Floor: dec("0.01")}},
			[]error{funding.ErrInfeasible}, []string{"floors add up to more than 92233720368547758.07 yuan"},
		},
		{
			"weights overflow", "1", funding.ByWeight,
			[]funding.Claimant{{Code: code("a"), Weight: math.MaxInt64}, {Code: code("b"), Weight: 1}},
			[]error{funding.ErrAllocation, metrics.ErrOverflow}, []string{"weights add up to more than 9223372036854775807"},
		},
		{
			"every claimant problem at once", "100", funding.ByWeight,
			[]funding.Claimant{
				{Code: code("b"), Weight: -5},
				{Code: code(""), Weight: 1},
				{Code: code("a"), Weight: 1, Floor: dec("0.005")},
				{Code: code("b"), Weight: 1, Cap: capOf("-1")},
				{Code: code("c"), Weight: 1, Floor: dec("20"), Cap: capOf("10")},
				{Code: 500101000001, Weight: 1},
			},
			[]error{funding.ErrAllocation, hierarchy.ErrCode, metrics.ErrMoney, hierarchy.ErrDuplicate},
			[]string{
				`claimant 0 (500101001098): weight -5 is negative`,
				`claimant 1 (0): invalid division code: 0`,
				`claimant 2 (500101001097): floor: invalid amount: 0.005 yuan is not a whole number of fen`,
				`claimant 3 (500101001098): cap: invalid amount: -1 yuan is negative`,
				`claimant 4 (500101001099): floor 20 yuan is above the cap 10 yuan`,
				`claimant 5 (500101000001): invalid division code: 500101000001`,
				`claimant 3 (500101001098): duplicate code: also claimant 0`,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := funding.Allocate(dec(tc.budget), tc.method, tc.claimants)
			require.Error(t, err)
			for _, w := range tc.want {
				assert.ErrorIs(t, err, w)
			}
			for _, s := range tc.text {
				assert.Contains(t, err.Error(), s)
			}
		})
	}

	_, err := funding.Allocate(dec("1"), funding.Equal, []funding.Claimant{{Code: code("a")}, {Code: code("a")}})
	var ce *funding.ClaimantError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, 1, ce.Index)
	assert.Equal(t, code("a"), ce.Code)
	assert.ErrorIs(t, err, hierarchy.ErrDuplicate)

	// Duplicates found after a sort name their input positions, and an
	// invalid code in the input leaves them found all the same.
	_, err = funding.Allocate(dec("1"), funding.Equal, []funding.Claimant{{Code: code("b")}, {Code: code("a")}, {Code: 7}, {Code: code("a")}, {Code: code("b")}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "claimant 2 (7): invalid division code")
	assert.Contains(t, err.Error(), "claimant 2 (7): invalid division code: 7\nclaimant 3 (500101001097): duplicate code: also claimant 1\nclaimant 4 (500101001098): duplicate code: also claimant 0")
}

func TestIntegerWeights(t *testing.T) {
	ws, err := funding.IntegerWeights([]decimal.Decimal{dec("0.5"), dec("1.25"), dec("0"), dec("3"), decimal.New(0, 999999999)})
	require.NoError(t, err)
	assert.Equal(t, []int64{50, 125, 0, 300, 0}, ws)

	a, err := funding.Allocate(dec("100"), funding.ByWeight, []funding.Claimant{{Code: code("a"), Weight: ws[0]}, {Code: code("b"), Weight: ws[1]}})
	require.NoError(t, err)
	assert.Equal(t, []string{"a=28.57", "b=71.43"}, grants(a)) // 100 × 0.5/1.75 = 28.571…

	_, err = funding.IntegerWeights([]decimal.Decimal{dec("-1"), dec("1e99"), dec("2")})
	assert.ErrorIs(t, err, funding.ErrAllocation)
	assert.ErrorIs(t, err, metrics.ErrOverflow)
	assert.Contains(t, err.Error(), "weight 0")
	assert.Contains(t, err.Error(), "weight 1")

	_, err = funding.IntegerWeights([]decimal.Decimal{dec("0.000000000001"), dec("100000000")})
	assert.ErrorIs(t, err, metrics.ErrOverflow)
	assert.Contains(t, err.Error(), "weight 1: value overflows: 100000000 × 10^12")
}

func TestMethodAndBoundText(t *testing.T) {
	for _, tc := range []struct {
		v          interface{ MarshalText() ([]byte, error) }
		text, hans string
	}{
		{funding.Equal, "equal", "平均分配"},
		{funding.ByPopulation, "population", "按人口分配"},
		{funding.ByWeight, "weight", "按权重分配"},
		{funding.Shared, "shared", "按比例"},
		{funding.Floored, "floor", "保底"},
		{funding.Capped, "cap", "封顶"},
	} {
		b, err := tc.v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(b))
		switch v := tc.v.(type) {
		case funding.Method:
			assert.Equal(t, tc.hans, v.Label(language.SimplifiedChinese))
			var got funding.Method
			require.NoError(t, got.UnmarshalText([]byte(tc.hans)))
			assert.Equal(t, v, got)
		case funding.Bound:
			assert.Equal(t, tc.hans, v.Label(language.SimplifiedChinese))
			var got funding.Bound
			require.NoError(t, got.UnmarshalText([]byte(tc.text)))
			assert.Equal(t, v, got)
		}
	}
	assert.Equal(t, "by population", funding.ByPopulation.Label(language.English))
	assert.Equal(t, "封頂", funding.Capped.Label(language.TraditionalChinese))
	var m funding.Method
	assert.Error(t, m.UnmarshalText([]byte("proportional")))
	var b funding.Bound
	assert.Error(t, b.UnmarshalText([]byte("")))
	_, err := funding.Method(7).MarshalText()
	assert.Error(t, err)
}

// reference allocates as the specification reads, with exact rationals and
// the textbook iteration: share the rest by weight, fix at their bounds the
// claimants on the side that needs it, and repeat; then floor each share to
// the fen and give the fen left to the largest remainders, smaller key
// first. It assumes valid, feasible input.
func reference(budget int64, method funding.Method, cs []funding.Claimant) []int64 {
	cs = slices.Clone(cs)
	slices.SortFunc(cs, func(a, b funding.Claimant) int { return cmp.Compare(a.Code, b.Code) })
	n := len(cs)
	w := make([]*big.Rat, n)
	lo := make([]*big.Rat, n)
	hi := make([]*big.Rat, n) // nil: no cap
	x := make([]*big.Rat, n)
	fixed := make([]bool, n)
	for i, c := range cs {
		w[i] = big.NewRat(c.Weight, 1)
		if method == funding.Equal {
			w[i] = big.NewRat(1, 1)
		}
		lo[i] = new(big.Rat).SetFrac(c.Floor.Shift(2).BigInt(), big.NewInt(1))
		if c.Cap.Valid {
			hi[i] = new(big.Rat).SetFrac(c.Cap.Decimal.Shift(2).BigInt(), big.NewInt(1))
		}
		if w[i].Sign() == 0 {
			x[i], fixed[i] = lo[i], true
		}
	}
	for {
		rest, weight := big.NewRat(budget, 1), new(big.Rat)
		for i := range cs {
			if fixed[i] {
				rest.Sub(rest, x[i])
			} else {
				weight.Add(weight, w[i])
			}
		}
		if weight.Sign() == 0 {
			break
		}
		lambda := new(big.Rat).Quo(rest, weight)
		need := new(big.Rat) // Σ (floor − share)+ − Σ (share − cap)+
		var under, over []int
		for i := range cs {
			if fixed[i] {
				continue
			}
			x[i] = new(big.Rat).Mul(lambda, w[i])
			if x[i].Cmp(lo[i]) < 0 {
				under = append(under, i)
				need.Add(need, new(big.Rat).Sub(lo[i], x[i]))
			}
			if hi[i] != nil && x[i].Cmp(hi[i]) > 0 {
				over = append(over, i)
				need.Sub(need, new(big.Rat).Sub(x[i], hi[i]))
			}
		}
		if len(under)+len(over) == 0 {
			break
		}
		if need.Sign() >= 0 {
			for _, i := range under {
				x[i], fixed[i] = lo[i], true
			}
		}
		if need.Sign() <= 0 {
			for _, i := range over {
				x[i], fixed[i] = hi[i], true
			}
		}
	}
	out := make([]int64, n)
	rems := make([]*big.Rat, n)
	left := budget
	for i := range cs {
		q := new(big.Int).Quo(x[i].Num(), x[i].Denom())
		out[i] = q.Int64()
		rems[i] = new(big.Rat).Sub(x[i], new(big.Rat).SetInt(q))
		left -= out[i]
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rems[b].Cmp(rems[a]) })
	for _, i := range order[:left] {
		out[i]++
	}
	return out
}

// randomClaimants draws n claimants with distinct codes, weights from a
// range that makes ties likely or from the whole int64 range scaled down,
// and sometimes floors and caps, in a random order.
func randomClaimants(r *rand.Rand, n int) []funding.Claimant {
	cs := make([]funding.Claimant, n)
	big := r.IntN(4) == 0
	start := r.IntN(997)
	for i := range cs {
		c := funding.Claimant{Code: codeN(i*997 + start)}
		switch {
		case r.IntN(8) == 0:
		case big:
			c.Weight = r.Int64N(math.MaxInt64 / int64(n))
		default:
			c.Weight = r.Int64N(5_000) + 1
		}
		if r.IntN(4) == 0 {
			c.Floor = metrics.FromFen(r.Int64N(50_000))
		}
		switch r.IntN(8) {
		case 0, 1:
			c.Cap = decimal.NewNullDecimal(c.Floor.Add(metrics.FromFen(r.Int64N(200_000))))
		case 2:
			c.Cap = decimal.NewNullDecimal(c.Floor) // fixed
		}
		cs[i] = c
	}
	r.Shuffle(n, func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
	return cs
}

// checkAllocation asserts what every allocation must satisfy.
func checkAllocation(t *testing.T, budget int64, cs []funding.Claimant, a funding.Allocation) {
	t.Helper()
	byCode := map[hierarchy.Code]funding.Claimant{}
	for _, c := range cs {
		byCode[c.Code] = c
	}
	require.Equal(t, len(cs), a.Len())
	sum, prev := int64(0), hierarchy.Code(0)
	for g := range a.All() {
		require.Greater(t, g.Code, prev, "code order")
		prev = g.Code
		c := byCode[g.Code]
		require.GreaterOrEqual(t, g.Yuan().Cmp(c.Floor), 0, "%s below its floor", g.Code)
		if c.Cap.Valid {
			require.LessOrEqual(t, g.Yuan().Cmp(c.Cap.Decimal), 0, "%s above its cap", g.Code)
		}
		switch g.Bound {
		case funding.Floored:
			require.True(t, g.Yuan().Equal(c.Floor), "%s floored at %s", g.Code, g.Yuan())
		case funding.Capped:
			require.True(t, g.Yuan().Equal(c.Cap.Decimal), "%s capped at %s", g.Code, g.Yuan())
		default: // shared: its share, checked against the reference
		}
		sum += g.Fen
	}
	require.Equal(t, budget, sum, "grants add up to the budget")
}

func TestAllocateProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(2019, 325))
	checked := 0
	bounds := map[funding.Bound]int{}
	for round := range 400 {
		n := 1 + r.IntN(30)
		if round%50 == 0 {
			n = 500 + r.IntN(500)
		}
		cs := randomClaimants(r, n)
		method := funding.Method(r.IntN(3))
		budget := r.Int64N(10_000_000)
		if round%7 == 0 {
			budget = r.Int64N(50) // fewer fen than claimants
		}
		a, err := funding.Allocate(metrics.FromFen(budget), method, cs)
		if err != nil {
			// Only the budget-wide conditions may fail on this input.
			require.True(t, errors.Is(err, funding.ErrInfeasible) || errors.Is(err, metrics.ErrOverflow), "round %d: %v", round, err)
			continue
		}
		checked++
		checkAllocation(t, budget, cs, a)

		var fen []int64
		for g := range a.All() {
			fen = append(fen, g.Fen)
			bounds[g.Bound]++
		}
		require.Equal(t, reference(budget, method, cs), fen, "round %d: as the reference", round)

		for range 3 {
			shuffled := slices.Clone(cs)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			b, err := funding.Allocate(metrics.FromFen(budget), method, shuffled)
			require.NoError(t, err)
			require.Equal(t, grants(a), grants(b), "round %d: any input order", round)
			require.True(t, a.Rate().Equal(b.Rate()))
		}
	}
	assert.Greater(t, checked, 250, "most random inputs are feasible")
	assert.Greater(t, bounds[funding.Floored], 100, "floors bind")
	assert.Greater(t, bounds[funding.Capped], 100, "caps bind")
}

// TestAllocateManyKinks: floors spread so that the textbook iteration
// fixes one claimant a pass; the sweep is one sort and one walk.
func TestAllocateManyKinks(t *testing.T) {
	const n = 2000
	cs := make([]funding.Claimant, n)
	for i := range cs {
		cs[i] = funding.Claimant{Code: codeN(i), Weight: 1, Floor: metrics.FromFen(int64(i) * int64(i))}
	}
	var floors int64
	for i := range int64(n) {
		floors += i * i
	}
	budget := floors + floors/3
	a, err := funding.Allocate(metrics.FromFen(budget), funding.ByWeight, cs)
	require.NoError(t, err)
	checkAllocation(t, budget, cs, a)
	var fen []int64
	for g := range a.All() {
		fen = append(fen, g.Fen)
	}
	assert.Equal(t, reference(budget, funding.ByWeight, cs), fen)
}

// TestAllocateExtremes: amounts and weights near the int64 limit, where
// only 128-bit products are exact.
func TestAllocateExtremes(t *testing.T) {
	budget := int64(math.MaxInt64 - 6)
	cs := []funding.Claimant{
		{Code: code("a"), Weight: math.MaxInt64 / 3},
		{Code: code("b"), Weight: math.MaxInt64 / 3},
		{Code: code("c"), Weight: math.MaxInt64/3 - 1, Floor: metrics.FromFen(math.MaxInt64 / 2)},
	}
	a, err := funding.Allocate(metrics.FromFen(budget), funding.ByWeight, cs)
	require.NoError(t, err)
	checkAllocation(t, budget, cs, a)
	var fen []int64
	for g := range a.All() {
		fen = append(fen, g.Fen)
	}
	assert.Equal(t, reference(budget, funding.ByWeight, cs), fen)
	g, _ := a.Of(code("c"))
	assert.Equal(t, funding.Floored, g.Bound)
}

// TestEnumShape checks the listing and Valid of every enumeration of the
// package against its values.
func TestEnumShape(t *testing.T) {
	assert.Equal(t, []funding.Method{funding.Equal, funding.ByPopulation, funding.ByWeight}, funding.Methods())
	assert.Equal(t, []funding.Bound{funding.Shared, funding.Floored, funding.Capped}, funding.Bounds())
	assert.Equal(t, []funding.Basis{funding.PerResident, funding.PerStation, funding.PerWorker}, funding.Bases())
	assert.Equal(t, []funding.Class{funding.Fiscal, funding.Social, funding.Market}, funding.Classes())
	for _, m := range funding.Methods() {
		assert.True(t, m.Valid(), "%s", m)
	}
	for _, b := range funding.Bounds() {
		assert.True(t, b.Valid(), "%s", b)
	}
	for _, b := range funding.Bases() {
		assert.True(t, b.Valid(), "%s", b)
	}
	for _, c := range funding.Classes() {
		assert.True(t, c.Valid(), "%s", c)
	}
	assert.False(t, funding.Method(3).Valid())
	assert.False(t, funding.Bound(3).Valid())
	assert.False(t, funding.Basis(3).Valid())
	assert.False(t, funding.ClassUnspecified.Valid())
	assert.False(t, funding.Class(4).Valid())
	assert.Equal(t, "market", funding.Market.String())
	assert.Equal(t, "station", funding.PerStation.String())

	// Unknown text wraps the one sentinel.
	var m funding.Method
	assert.ErrorIs(t, m.UnmarshalText([]byte("proportional")), policy.ErrUnknownName)
	var c funding.Class
	require.NoError(t, c.UnmarshalText([]byte("社會投入")))
	assert.Equal(t, funding.Social, c)
}

// TestAllocateCodesAcrossProvinces: codes that differ in their highest
// digits (provinces 11 to 65), many enough that code and position take
// more than 44 bits, in a random order: the allotments come in code order,
// with the fen left to the smallest codes among equal remainders.
func TestAllocateCodesAcrossProvinces(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 65))
	var cs []funding.Claimant
	for p := 11; p <= 65; p++ {
		for v := 1; v <= 3; v++ {
			c, err := hierarchy.NewCode(p, 1, 2, 3, v)
			require.NoError(t, err)
			cs = append(cs, funding.Claimant{Code: c, Weight: 1})
		}
	}
	want := slices.Clone(cs)
	r.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
	a, err := funding.Allocate(metrics.FromFen(int64(len(cs))*10+7), funding.ByWeight, cs)
	require.NoError(t, err)
	k := 0
	for g := range a.All() {
		require.Equal(t, want[k].Code, g.Code, "allotment %d", k)
		wantFen := int64(10)
		if k < 7 {
			wantFen = 11
		}
		require.Equal(t, wantFen, g.Fen, "allotment %d", k)
		k++
	}
	require.Equal(t, len(cs), k)

	// The same codes with one beyond any valid code: still every problem,
	// found through a comparison sort.
	cs = append(cs, funding.Claimant{Code: 1 << 62, Weight: 1}, cs[5])
	_, err = funding.Allocate(dec("1"), funding.ByWeight, cs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "claimant 165 (4611686018427387904): invalid division code")
	assert.Contains(t, err.Error(), "claimant 166 ("+strconv.FormatUint(uint64(cs[5].Code), 10)+"): duplicate code: also claimant 5")
}

// TestAllocateWeightsUpToTheLimit: weights adding up to exactly the
// largest int64 are no overflow.
func TestAllocateWeightsUpToTheLimit(t *testing.T) {
	a, err := funding.Allocate(dec("1.00"), funding.ByWeight, []funding.Claimant{{Code: code("a"), Weight: math.MaxInt64 - 1}, {Code: code("b"), Weight: 1}})
	require.NoError(t, err)
	assert.Equal(t, []string{"a=1.00", "b=0.00"}, grants(a))
}

// TestAllocateFloorsUpToTheLimit: floors adding up to exactly the largest
// int64 fen take a budget of that much.
func TestAllocateFloorsUpToTheLimit(t *testing.T) {
	a, err := funding.Allocate(metrics.FromFen(math.MaxInt64), funding.Equal, []funding.Claimant{
		{Code: code("a"), Floor: metrics.FromFen(math.MaxInt64 - 1)}, {Code: code("b"), Floor: dec("0.01")}})
	require.NoError(t, err)
	assert.Equal(t, []string{"a=92233720368547758.06/floor", "b=0.01/floor"}, grants(a))
}
