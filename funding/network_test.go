package funding_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
)

// chongqing builds the network of Chongqing's real 2020 division list,
// skipping the test when the shared data folder is absent.
func chongqing(t *testing.T) *hierarchy.Network {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "data", "chongqing-2020-divisions.csv")
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("real division list %s not found: the shared data folder is not next to the repository", path)
	}
	require.NoError(t, err)
	defer func() { _ = f.Close() }()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"code", "name", "parent_code"}, rows[0])
	var records []hierarchy.Record
	for _, row := range rows[1:] {
		code, err := hierarchy.ParseCode(row[0])
		require.NoError(t, err)
		records = append(records, hierarchy.Record{Code: code, Name: row[1]})
	}
	n, err := hierarchy.Build(records)
	require.NoError(t, err)
	return n
}

func TestClaimantsOfChongqing(t *testing.T) {
	n := chongqing(t)
	townships := funding.Claimants(n, func(u hierarchy.Unit) bool { return u.Level() == hierarchy.LevelTownship })
	require.Len(t, townships, 1029)
	i := 0
	for u := range n.AtLevel(hierarchy.LevelTownship) {
		require.Equal(t, u.Code(), townships[i].Code)
		i++
	}
	assert.Equal(t, "500101001000", townships[0].Code.Full()) // 高笋塘街道

	// One million over 1,029 stations: 100,000,000 fen = 1,029 × 97,181 +
	// 751, so the first 751 in code order get 971.82 and the rest 971.81.
	a, err := funding.Allocate(dec("1000000"), funding.Equal, townships)
	require.NoError(t, err)
	counts := map[string]int{}
	for g := range a.All() {
		counts[g.Yuan().StringFixed(2)]++
	}
	assert.Equal(t, map[string]int{"971.82": 751, "971.81": 278}, counts)
	g, _ := a.Of(townships[750].Code)
	assert.Equal(t, "971.82", g.Yuan().StringFixed(2))
	g, _ = a.Of(townships[751].Code)
	assert.Equal(t, "971.81", g.Yuan().StringFixed(2))

	// The list states no populations: nothing to share by, unless the
	// budget is zero.
	_, err = funding.Allocate(dec("1000000"), funding.ByPopulation, townships)
	assert.ErrorIs(t, err, funding.ErrInfeasible)
	a, err = funding.Allocate(dec("0"), funding.ByPopulation, townships)
	require.NoError(t, err)
	assert.Equal(t, 1029, a.Len())
}

func TestClaimantsPopulation(t *testing.T) {
	records, err := synth.Records(synth.Size{Provinces: 1, Cities: 1, Counties: 2, Townships: 4, Communities: 12})
	require.NoError(t, err)
	n, err := hierarchy.Build(records)
	require.NoError(t, err)

	// A township's weight is the sum of its communities' populations.
	townships := funding.Claimants(n, func(u hierarchy.Unit) bool { return u.Level() == hierarchy.LevelTownship })
	require.Len(t, townships, 4)
	var total int64
	for i, u := range slices.Collect(n.AtLevel(hierarchy.LevelTownship)) {
		var pop int64
		for c := range n.Children(u.Code()) {
			pop += c.Population()
		}
		assert.Equal(t, pop, townships[i].Weight, u.Code().String())
		total += pop
	}
	all := funding.Claimants(n, nil)
	require.Len(t, all, n.Len())
	assert.Equal(t, total, all[0].Weight, "the province holds everyone")
	for i, u := range slices.Collect(n.Units()) {
		assert.Equal(t, u.Code(), all[i].Code)
		if u.Leaf() {
			assert.Equal(t, u.Population(), all[i].Weight)
		}
	}

	// Shared by population, the townships' grants are in proportion to
	// their residents within a fen, and add up to the budget.
	a, err := funding.Allocate(dec("123456.78"), funding.ByPopulation, townships)
	require.NoError(t, err)
	checkAllocation(t, 12345678, townships, a)
	for _, c := range townships {
		g, ok := a.Of(c.Code)
		require.True(t, ok)
		exact := decimal.NewFromInt(12345678 * c.Weight).Div(decimal.NewFromInt(total))
		assert.True(t, exact.Sub(decimal.NewFromInt(g.Fen)).Abs().LessThan(decimal.NewFromInt(1)), "%s: %d fen for %s", c.Code, g.Fen, exact)
	}
}

func TestClaimantsOf(t *testing.T) {
	records, err := synth.Records(synth.Size{Provinces: 1, Cities: 1, Counties: 2, Townships: 4, Communities: 12})
	require.NoError(t, err)
	n, err := hierarchy.Build(records)
	require.NoError(t, err)
	townships := funding.Claimants(n, func(u hierarchy.Unit) bool { return u.Level() == hierarchy.LevelTownship })
	leaf := funding.Claimants(n, func(u hierarchy.Unit) bool { return u.Leaf() })[5]

	// In the order asked, with the weights Claimants gives.
	got, err := funding.ClaimantsOf(n, townships[2].Code, leaf.Code, townships[0].Code)
	require.NoError(t, err)
	assert.Equal(t, []funding.Claimant{townships[2], leaf, townships[0]}, got)

	missing := townships[3].Code + 1000
	_, err = funding.ClaimantsOf(n, townships[1].Code, missing, 0)
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	var ce *funding.ClaimantError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, 1, ce.Index)
	assert.Equal(t, missing, ce.Code)
	assert.Contains(t, err.Error(), "claimant 2 (0): unit not in the network")
}
