package hierarchy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
)

// spread returns how many of total units the j-th of parents gets when
// they are shared out as evenly as possible, the first ones taking one more.
func spread(total, parents, j int) int {
	n := total / parents
	if j < total%parents {
		n++
	}
	return n
}

// chongqingShaped builds Chongqing's 2020 counts: 38 counties, 1,029
// townships, 11,154 communities. As the bureau reports, centres and
// stations cover 12 counties (the first twelve here, with all their
// townships) and 4,350 communities have a room (the first ones in code
// order).
func chongqingShaped(t testing.TB) *hierarchy.Network {
	var rs []hierarchy.Record
	township, community := 0, 0
	for c := range 38 {
		county, err := hierarchy.NewCode(50, 1, c+1, 0, 0)
		require.NoError(t, err)
		r := hierarchy.Record{Code: county, Name: "区县"}
		if c < 12 {
			r.Facility = hierarchy.FacilityGuidanceCenter
		}
		rs = append(rs, r)
		for j := range spread(1029, 38, c) {
			tc := county + hierarchy.Code(uint64(j+1)*1e3)
			r := hierarchy.Record{Code: tc, Name: "镇街"}
			if c < 12 {
				r.Facility = hierarchy.FacilityStation
			}
			rs = append(rs, r)
			for v := range spread(11154, 1029, township) {
				r := hierarchy.Record{Code: tc + hierarchy.Code(v+1), Name: "村社", Population: 1000}
				if community < 4350 {
					r.Facility = hierarchy.FacilityRoom
				}
				rs = append(rs, r)
				community++
			}
			township++
		}
	}
	return mustBuild(t, rs)
}

func TestChongqingCoverage(t *testing.T) {
	n := chongqingShaped(t)
	all := n.Rollup().Total()
	assert.Equal(t, int64(38+1029+11154), all.Len())
	assert.Equal(t, int64(38), all.Units(hierarchy.LevelCounty))
	assert.Equal(t, int64(1029), all.Units(hierarchy.LevelTownship))
	assert.Equal(t, int64(11154), all.Units(hierarchy.LevelCommunity))

	rooms := all.Coverage(hierarchy.LevelCommunity)
	assert.Equal(t, metrics.Coverage{Covered: 4350, Total: 11154}, rooms)
	assert.Equal(t, "39.00%", rooms.Rate().Format(metrics.Percent, 2), "4,350 rooms = 39% of communities")

	// Stations in the 12 covered counties: 1,029 = 38×27 + 3, so the first
	// three counties have 28 townships and the other nine 27.
	cov := hierarchy.Chongqing().Coverage(all)
	assert.Equal(t, []metrics.Coverage{{Covered: 12, Total: 38}, {Covered: 3*28 + 9*27, Total: 1029}, {Covered: 4350, Total: 11154}}, cov)
	assert.Equal(t, int64(11154*1000), all.Population())
}

// suzhouShaped builds a four-tier network like Suzhou's report: a city
// service centre, 10 county-level units with guidance centres, 96
// townships of which 90 have a station (the last six lack one), and two
// communities per township.
func suzhouShaped(t testing.TB) *hierarchy.Network {
	city := mustCode("320500")
	rs := []hierarchy.Record{{Code: city, Name: "苏州市", Facility: hierarchy.FacilityServiceCenter}}
	township := 0
	for c := range 10 {
		county := city + hierarchy.Code(uint64(c+5)*1e6) // 320505 …
		rs = append(rs, hierarchy.Record{Code: county, Name: "市区", Facility: hierarchy.FacilityGuidanceCenter})
		for j := range spread(96, 10, c) {
			r := hierarchy.Record{Code: county + hierarchy.Code(uint64(j+1)*1e3), Name: "镇街"}
			if township < 90 {
				r.Facility, r.Essentials = hierarchy.FacilityStation, hierarchy.AllEssentials
			}
			rs = append(rs, r,
				hierarchy.Record{Code: r.Code + 1, Name: "社区", Facility: hierarchy.FacilityRoom, Essentials: hierarchy.AllEssentials.Missing()},
				hierarchy.Record{Code: r.Code + 200, Name: "村", Population: 800})
			township++
		}
	}
	return mustBuild(t, rs)
}

func TestSuzhouCoverage(t *testing.T) {
	n := suzhouShaped(t)
	r := n.Rollup()
	all := r.Total()
	stations := all.FacilityCoverage(hierarchy.LevelTownship, hierarchy.FacilityStation)
	assert.Equal(t, metrics.Coverage{Covered: 90, Total: 96}, stations)
	assert.Equal(t, "93.75%", stations.Rate().Format(metrics.Percent, 2))
	assert.Equal(t, "94%", stations.Rate().Format(metrics.Percent, 0), "90 stations, coverage 94%")
	assert.Equal(t, stations, all.Coverage(hierarchy.LevelTownship))
	assert.Equal(t, int64(6), all.Facilities(hierarchy.LevelTownship, hierarchy.FacilityNone))
	assert.Equal(t, int64(0), all.Facilities(hierarchy.LevelTownship, hierarchy.FacilityGuidanceCenter), "no centre sits at township level")
	assert.Equal(t, int64(0), all.Facilities(hierarchy.LevelProvince, hierarchy.FacilityRoom))

	assert.Equal(t, []metrics.Coverage{{Covered: 1, Total: 1}, {Covered: 10, Total: 10}, {Covered: 90, Total: 96}, {Covered: 96, Total: 192}},
		hierarchy.Suzhou().Coverage(all))
	assert.Equal(t, metrics.Coverage{Covered: 0, Total: 1}, hierarchy.Ordos().Coverage(all)[0], "Ordos's city tier wants a guidance centre, Suzhou has a service centre")

	// Six essentials: every station meets them, no room does.
	assert.Equal(t, metrics.Coverage{Covered: 90, Total: 90}, all.Compliance(hierarchy.LevelTownship))
	assert.Equal(t, metrics.Coverage{Covered: 0, Total: 96}, all.Compliance(hierarchy.LevelCommunity))
	assert.Equal(t, metrics.Coverage{}, all.Compliance(hierarchy.LevelProvince))

	// The last county, 320514 here, holds townships 88–96: 9 of them, the
	// last six without a station.
	last, ok := n.Lookup(mustCode("320514"))
	require.True(t, ok)
	sub, ok := r.Of(last.Code())
	require.True(t, ok)
	assert.Equal(t, metrics.Coverage{Covered: 3, Total: 9}, sub.Coverage(hierarchy.LevelTownship))
	assert.Equal(t, int64(9*800), sub.Population())
	assert.Equal(t, int64(1+9+18), sub.Len())
	assert.Equal(t, int64(9), sub.Count(hierarchy.KindVillage))
	assert.Equal(t, int64(9), sub.Count(hierarchy.KindSubdistrict))
	assert.Equal(t, int64(0), sub.Count(hierarchy.KindUnspecified))
	assert.Equal(t, int64(0), sub.Count(hierarchy.UnitKind(99)))
	assert.Equal(t, int64(0), sub.Units(hierarchy.LevelCity))
	assert.Equal(t, int64(0), sub.Facilities(hierarchy.Level(9), hierarchy.FacilityRoom))
	assert.Equal(t, metrics.Coverage{}, sub.Coverage(hierarchy.Level(9)))
	assert.Equal(t, int64(96*800), all.Population())
}

func TestRollupLeafAndPopulation(t *testing.T) {
	n := mustBuild(t, []hierarchy.Record{
		{Code: mustCode("150602"), Name: "东胜区", Population: 600_000}, // a stated figure wins
		{Code: mustCode("150602001"), Name: "街道甲"},                   // sums its communities
		{Code: mustCode("150602001001"), Name: "社区", Population: 3000, Facility: hierarchy.FacilityRoom, Essentials: hierarchy.AllEssentials},
		{Code: mustCode("150602001002"), Name: "社区", Population: 2500},
		{Code: mustCode("150602002"), Name: "街道乙", Population: 9000}, // a leaf with a figure
		{Code: mustCode("150603"), Name: "康巴什区"},                     // nothing stated anywhere
		{Code: mustCode("150603001"), Name: "街道丙"},
	})
	r := n.Rollup()
	pop := func(code string) int64 {
		u, ok := n.Lookup(mustCode(code))
		require.True(t, ok)
		tot, ok := r.Of(u.Code())
		require.True(t, ok)
		return tot.Population()
	}
	assert.Equal(t, int64(600_000), pop("150602"))
	assert.Equal(t, int64(5500), pop("150602001"))
	assert.Equal(t, int64(9000), pop("150602002"))
	assert.Equal(t, int64(0), pop("150603"))
	assert.Equal(t, int64(600_000), r.Total().Population())
	_, ok := r.Of(mustCode("150604"))
	assert.False(t, ok, "not in the network")

	// All yields every unit's subtree in code order.
	var pops []int64
	var order []string
	for c, t := range r.All() {
		pops = append(pops, t.Population())
		order = append(order, c.String())
	}
	assert.Equal(t, []int64{600_000, 5500, 3000, 2500, 9000, 0, 0}, pops)
	assert.Equal(t, codes(n.Units()), order)
	for range r.All() {
		break // stops when asked
	}

	room, _ := r.Of(mustCode("150602001001"))
	assert.Equal(t, int64(1), room.Len())
	assert.Equal(t, metrics.Coverage{Covered: 1, Total: 1}, room.Coverage(hierarchy.LevelCommunity))
	assert.Equal(t, metrics.Coverage{Covered: 1, Total: 1}, room.Compliance(hierarchy.LevelCommunity))
}
