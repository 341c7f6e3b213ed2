package synth_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/metrics"
)

func TestRecordsSmall(t *testing.T) {
	// 2 cities per province, 10 counties per city, 16 townships per county,
	// 8 communities per township: every pattern runs whole cycles.
	size := synth.Size{Provinces: 5, Cities: 10, Counties: 100, Townships: 1600, Communities: 12800}
	recs, err := synth.Records(size)
	require.NoError(t, err)
	require.Len(t, recs, size.Len())
	again, err := synth.Records(size)
	require.NoError(t, err)
	assert.Equal(t, recs, again, "deterministic")

	n, err := hierarchy.Build(recs)
	require.NoError(t, err)
	all := n.Rollup().Total()
	for _, tc := range []struct {
		kind hierarchy.UnitKind
		want int64
	}{
		{hierarchy.KindProvince, 5},
		{hierarchy.KindCity, 10},
		{hierarchy.KindDistrict, 30},    // 3 in 10
		{hierarchy.KindCounty, 60 - 12}, // 6 in 10, less province 15's
		{hierarchy.KindBanner, 12},      // province 15: 2 cities × 6
		{hierarchy.KindCountyCity, 10},  // 1 in 10
		{hierarchy.KindSubdistrict, 400},
		{hierarchy.KindTown, 800},
		{hierarchy.KindTownship, 300 - 60},
		{hierarchy.KindSumu, 60}, // province 15: 20 counties × 3
		{hierarchy.KindSimilarTownship, 100},
		{hierarchy.KindUrbanCommunity, 400*8 + 800*2}, // all under subdistricts, 1 in 4 under towns
		{hierarchy.KindVillage, 800*6 + 300*8},
		{hierarchy.KindSimilarUrban, 100 * 4},
		{hierarchy.KindSimilarRural, 100 * 4},
	} {
		assert.Equal(t, tc.want, all.Count(tc.kind), "%s", tc.kind)
	}

	// The facility patterns: 3 counties in 4, 56 townships in 100, 39
	// communities in 100; of the 75 county centres, those of counties
	// 0, 5, … meet all six essentials, less the five numbered 15 mod 20,
	// which have no centre.
	assert.Equal(t, metrics.Coverage{Covered: 75, Total: 100}, all.Coverage(hierarchy.LevelCounty))
	assert.Equal(t, metrics.Coverage{Covered: 15, Total: 75}, all.Compliance(hierarchy.LevelCounty))
	assert.Equal(t, metrics.Coverage{Covered: 16 * 56, Total: 1600}, all.Coverage(hierarchy.LevelTownship))
	assert.Equal(t, metrics.Coverage{Covered: 128 * 39, Total: 12800}, all.Coverage(hierarchy.LevelCommunity))
	var people int64
	for _, r := range recs {
		people += r.Population
	}
	assert.Equal(t, people, all.Population())
	assert.Equal(t, 12800, size.Communities)
}

func TestNational(t *testing.T) {
	recs := synth.National()
	require.Len(t, recs, 31+342+3000+39000+620000)
	if testing.Short() {
		t.Skip("building the national network")
	}
	n, err := hierarchy.Build(recs)
	require.NoError(t, err)
	all := n.Rollup().Total()
	assert.Equal(t, int64(620000), all.Units(hierarchy.LevelCommunity))
	assert.Equal(t, metrics.Coverage{Covered: 21840, Total: 39000}, all.Coverage(hierarchy.LevelTownship), "56%")
	assert.Equal(t, metrics.Coverage{Covered: 241800, Total: 620000}, all.Coverage(hierarchy.LevelCommunity), "39%")
}

func TestRecordsErrors(t *testing.T) {
	for _, tc := range []struct {
		size synth.Size
		err  string
	}{
		{synth.Size{Provinces: -1}, "-1 units at level 1"},
		{synth.Size{Provinces: 1, Counties: 3}, "3 units at level 3 but none above"},
		{synth.Size{Provinces: 90}, "90 provinces, at most 89"},
		{synth.Size{Provinces: 1, Cities: 100}, "100 cities in province 11, at most 99"},
		{synth.Size{Provinces: 1, Cities: 1, Counties: 99}, "30 units of kind district under 1101, at most 20"},
		{synth.Size{Provinces: 1, Cities: 1, Counties: 1, Townships: 500}, "units of kind subdistrict under 110101"},
		{synth.Size{Provinces: 1, Cities: 1, Counties: 1, Townships: 1, Communities: 200}, "200 units of kind urban-community under 110101001, at most 199"},
	} {
		_, err := synth.Records(tc.size)
		assert.ErrorIs(t, err, synth.ErrSize)
		assert.ErrorContains(t, err, tc.err)
	}
	empty, err := synth.Records(synth.Size{})
	require.NoError(t, err)
	assert.Empty(t, empty)
}
