package funding_test

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/metrics"
)

// plainAllocate is Allocate by weight without floors or caps, in plain
// slices and int64: the yardstick of the benchmarks. It does the same
// validation (valid codes, none twice, no negative weight, weights within
// an int64), orders the claimants by code with a byte-wise radix sort of
// code and index packed in one word, shares the budget with 128-bit
// products and gives the fen left to the largest remainders, smaller code
// first, by sorting remainder and position packed the same way. It returns
// the codes in order and their fen.
func plainAllocate(budget int64, codes []hierarchy.Code, weights []int64) ([]hierarchy.Code, []int64, error) {
	n := len(codes)
	shift := bits.Len(uint(n))
	if n == 0 || shift > 24 {
		return nil, nil, errors.New("too few or too many claimants")
	}
	keys := make([]uint64, n)
	var total int64
	for i, c := range codes {
		if !c.Valid() || weights[i] < 0 || weights[i] > math.MaxInt64-total {
			return nil, nil, fmt.Errorf("claimant %d: invalid", i)
		}
		total += weights[i]
		keys[i] = uint64(c)<<shift | uint64(i)
	}
	if total == 0 || bits.Len64(uint64(total))+shift > 64 {
		return nil, nil, errors.New("weights out of range")
	}
	keys = plainRadix(keys)
	mask := uint64(1)<<shift - 1
	out := make([]hierarchy.Code, n)
	fen := make([]int64, n)
	rems := make([]uint64, 0, n)
	left := budget
	for k, key := range keys {
		out[k] = hierarchy.Code(key >> shift)
		if k > 0 && out[k] == out[k-1] {
			return nil, nil, fmt.Errorf("claimant %d: duplicate", key&mask)
		}
		hi, lo := bits.Mul64(uint64(budget), uint64(weights[key&mask]))
		q, r := bits.Div64(hi, lo, uint64(total))
		fen[k] = int64(q)
		left -= int64(q)
		if r > 0 {
			rems = append(rems, (uint64(total)-r)<<shift|uint64(k)) // largest remainder first
		}
	}
	rems = plainRadix(rems)
	for _, r := range rems[:left] {
		fen[r&mask]++
	}
	return out, fen, nil
}

// plainRadix sorts xs, eight bits a pass.
func plainRadix(xs []uint64) []uint64 {
	if len(xs) == 0 {
		return xs
	}
	tmp := make([]uint64, len(xs))
	for shift := 0; shift < 64; shift += 8 {
		var count [256]int
		for _, x := range xs {
			count[byte(x>>shift)]++
		}
		if count[byte(xs[0]>>shift)] == len(xs) {
			continue // every key has this byte
		}
		sum := 0
		for d, c := range count {
			count[d], sum = sum, sum+c
		}
		for _, x := range xs {
			tmp[count[byte(x>>shift)]] = x
			count[byte(x>>shift)]++
		}
		xs, tmp = tmp, xs
	}
	return xs
}

// TestPlainAllocateMatches checks the yardstick against Allocate on a
// synthetic province's units in a random order, by population and by
// weight.
func TestPlainAllocateMatches(t *testing.T) {
	recs, err := synth.Records(synth.Size{Provinces: 1, Cities: 3, Counties: 20, Townships: 300, Communities: 6000})
	require.NoError(t, err)
	n, err := hierarchy.Build(recs)
	require.NoError(t, err)
	cs := funding.Claimants(n, nil)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
	codes, weights := plainInput(cs)
	for _, budget := range []int64{0, 1, 249_000_000_000, 1_000_003} {
		a, err := funding.Allocate(metrics.FromFen(budget), funding.ByPopulation, cs)
		require.NoError(t, err)
		gotCodes, gotFen, err := plainAllocate(budget, codes, weights)
		require.NoError(t, err)
		var wantCodes []hierarchy.Code
		var wantFen []int64
		for g := range a.All() {
			wantCodes = append(wantCodes, g.Code)
			wantFen = append(wantFen, g.Fen)
		}
		require.Equal(t, wantCodes, gotCodes)
		require.Equal(t, wantFen, gotFen, "budget %d", budget)
	}
}

func plainInput(cs []funding.Claimant) ([]hierarchy.Code, []int64) {
	codes := make([]hierarchy.Code, len(cs))
	weights := make([]int64, len(cs))
	for i, c := range cs {
		codes[i], weights[i] = c.Code, c.Weight
	}
	return codes, weights
}
