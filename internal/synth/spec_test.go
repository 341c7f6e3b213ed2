package synth

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

func TestSpreadAndPicked(t *testing.T) {
	got, picked := 0, 0
	for j := range 38 {
		got += Spread(1029, 38, j)
	}
	for i := range 11154 {
		if Picked(i, 4350, 11154) {
			picked++
		}
	}
	assert.Equal(t, 1029, got)
	assert.Equal(t, 4350, picked)
	assert.Equal(t, 28, Spread(1029, 38, 0))
	assert.Equal(t, 27, Spread(1029, 38, 37))
}

func TestSpecRecords(t *testing.T) {
	counties := []County{
		{Number: 1, Name: "甲区", Centre: hierarchy.FacilityGuidanceCenter, Stations: true},
		{Number: 21, Name: "乙旗", Kind: hierarchy.KindBanner},
		{Number: 22, Name: "丙旗", Kind: hierarchy.KindBanner},
	}
	spec := Spec{
		Prefix: hierarchy.Code(150600000000), Root: "示例市", RootFacility: hierarchy.FacilityGuidanceCenter,
		Counties:     counties,
		Subdistricts: 5, Towns: 7, Townships: 2, Sumu: 3,
		Communities: 100, Urban: 40, Stations: 4, Rooms: 30, Gacha: true, Lacking: 4,
		Opened: policy.MustDate(2021, 1, 1),
	}
	net, err := spec.Build()
	require.NoError(t, err)
	all := net.Rollup().Total()
	assert.Equal(t, int64(1), all.Units(hierarchy.LevelCity))
	assert.Equal(t, int64(3), all.Units(hierarchy.LevelCounty))
	assert.Equal(t, int64(17), all.Units(hierarchy.LevelTownship))
	assert.Equal(t, int64(100), all.Units(hierarchy.LevelCommunity))
	assert.Equal(t, int64(5), all.Count(hierarchy.KindSubdistrict))
	assert.Equal(t, int64(7), all.Count(hierarchy.KindTown))
	assert.Equal(t, int64(2), all.Count(hierarchy.KindTownship))
	assert.Equal(t, int64(3), all.Count(hierarchy.KindSumu))
	assert.Equal(t, int64(2), all.Count(hierarchy.KindBanner))
	assert.Equal(t, int64(40), all.Count(hierarchy.KindUrbanCommunity))
	assert.Equal(t, int64(60), all.Count(hierarchy.KindVillage))
	assert.Equal(t, int64(30), all.Coverage(hierarchy.LevelCommunity).Covered)
	// the first county's six townships, and the picked 4th, 8th, 12th and
	// 16th, of which the 4th is in the first county
	stations := all.Coverage(hierarchy.LevelTownship).Covered
	assert.Equal(t, int64(6+3), stations)
	for u := range net.AtLevel(hierarchy.LevelCommunity) {
		assert.Equal(t, u.Kind() == hierarchy.KindUrbanCommunity, u.Urban(), u.Code())
		assert.Positive(t, u.Population())
	}
	// one facility in four lacks some essentials
	fac := all.Compliance(hierarchy.LevelCommunity).Total + all.Compliance(hierarchy.LevelTownship).Total + 2
	assert.Equal(t, int64(1+1+9+30), fac)
}

func TestSpecRecordsErrors(t *testing.T) {
	for _, s := range []Spec{
		{},
		{Counties: []County{{Number: 1, Name: "a"}}, Communities: 3},
		{Counties: []County{{Number: 1, Name: "a"}}, Towns: 1, Communities: 3, Urban: 4},
		{Prefix: 500100000000, Counties: []County{{Number: 1, Name: "a"}}, Subdistricts: 100},
		{Prefix: 500100000000, Counties: []County{{Number: 1, Name: "a"}}, Towns: 1, Communities: 201},
	} {
		_, err := s.Build()
		assert.Error(t, err)
	}
}

// The built-in municipality has the counts of Chongqing's account.
func TestMunicipality(t *testing.T) {
	net, err := Municipality().Build()
	require.NoError(t, err)
	all := net.Rollup().Total()
	assert.Equal(t, int64(38), all.Units(hierarchy.LevelCounty))
	assert.Equal(t, int64(26), all.Count(hierarchy.KindDistrict))
	assert.Equal(t, int64(234), all.Count(hierarchy.KindSubdistrict))
	assert.Equal(t, int64(624), all.Count(hierarchy.KindTown))
	assert.Equal(t, int64(171), all.Count(hierarchy.KindTownship))
	assert.Equal(t, int64(3200), all.Count(hierarchy.KindUrbanCommunity))
	assert.Equal(t, int64(7954), all.Count(hierarchy.KindVillage))
	assert.Equal(t, "12/38", all.Coverage(hierarchy.LevelCounty).String())
	assert.Equal(t, "4350/11154", all.Coverage(hierarchy.LevelCommunity).String())
	// one facility in five, the fifth, tenth and so on in code order, lacks
	// some of the six essentials: 937 of 12 + 325 + 4,350 = 4,687
	var meet metrics.Coverage
	for _, l := range []hierarchy.Level{hierarchy.LevelCounty, hierarchy.LevelTownship, hierarchy.LevelCommunity} {
		var err error
		meet, err = meet.Add(all.Compliance(l))
		require.NoError(t, err)
	}
	assert.Equal(t, "3750/4687", meet.String())
}
