package staffing

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func workersWithIDs(ids ...string) []Worker {
	ws := make([]Worker, len(ids))
	for i, id := range ids {
		ws[i].ID = id
	}
	return ws
}

func TestRepeats(t *testing.T) {
	// Known FNV-1a collisions: the ids hash alike but differ.
	require.Equal(t, fnv32a("costarring"), fnv32a("liquid"))
	require.Equal(t, fnv32a("declinate"), fnv32a("macallums"))
	for _, tc := range []struct {
		name string
		ids  []string
		want []repeat
	}{
		{"none", []string{"a", "b", "c"}, nil},
		{"empty ids are not repeats", []string{"", "a", ""}, nil},
		{"one repeat", []string{"a", "b", "a"}, []repeat{{2, 0}}},
		{"every repeat names the first", []string{"x", "x", "y", "x", "y"}, []repeat{{1, 0}, {3, 0}, {4, 2}}},
		{"colliding hashes are different ids", []string{"costarring", "liquid", "declinate", "macallums"}, nil},
		{"repeats among collisions", []string{"liquid", "costarring", "liquid", "costarring", "liquid"}, []repeat{{2, 0}, {3, 1}, {4, 0}}},
	} {
		assert.Equal(t, tc.want, repeats(workersWithIDs(tc.ids...)), tc.name)
	}
}

// repeats agrees with a map on random rosters with many repeated ids.
func TestRepeatsAgreesWithMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		n := rng.IntN(300)
		ids := make([]string, n)
		for i := range ids {
			if rng.IntN(10) > 0 {
				ids[i] = strconv.Itoa(rng.IntN(n + 1))
			}
		}
		var want []repeat
		first := map[string]int32{}
		for i, id := range ids {
			if id == "" {
				continue
			}
			if j, ok := first[id]; ok {
				want = append(want, repeat{int32(i), j})
			} else {
				first[id] = int32(i)
			}
		}
		require.Equal(t, want, repeats(workersWithIDs(ids...)), "%q", ids)
	}
}

func TestRadixSortHigh(t *testing.T) {
	keys := []uint64{3<<48 | 1, 1<<32 | 2, 3 << 48, 1<<32 | 1, 0xffff_ffff<<32 | 5, 2}
	assert.Equal(t, []uint64{2, 1<<32 | 2, 1<<32 | 1, 3<<48 | 1, 3 << 48, 0xffff_ffff<<32 | 5}, radixSortHigh(keys))
}
