package hierarchy_test

import (
	"encoding/json"
	"maps"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
)

// chongqingMinimums is Chongqing's minimum of full-time social workers per
// facility, by the kind of unit hosting it.
func chongqingMinimums() hierarchy.ByKind[int64] {
	return hierarchy.ByKind[int64]{}.
		WithLevel(hierarchy.LevelCounty, 2).
		With(hierarchy.KindSubdistrict, 2).
		With(hierarchy.KindTown, 1).
		With(hierarchy.KindTownship, 1).
		With(hierarchy.KindUrbanCommunity, 2).
		With(hierarchy.KindVillage, 1)
}

// staffedCounty is a county with a centre, 2 subdistrict and 3 town
// stations, 5 urban and 7 rural community rooms, every unit with its
// facility.
func staffedCounty(t testing.TB) *hierarchy.Network {
	rs := []hierarchy.Record{{Code: mustCode("500101"), Name: "万州区", Facility: hierarchy.FacilityGuidanceCenter}}
	add := func(code, name string) {
		r := rec(code, name)
		r.Facility = hierarchy.FacilityStation
		if r.Code.Level() == hierarchy.LevelCommunity {
			r.Facility = hierarchy.FacilityRoom
		}
		rs = append(rs, r)
	}
	add("500101001", "街道甲")
	add("500101001001", "社区1")
	add("500101001002", "社区2")
	add("500101001003", "社区3")
	add("500101002", "街道乙")
	add("500101002001", "社区4")
	add("500101002002", "社区5")
	add("500101100", "镇甲")
	add("500101100200", "村1")
	add("500101100201", "村2")
	add("500101100202", "村3")
	add("500101101", "镇乙")
	add("500101101200", "村4")
	add("500101101201", "村5")
	add("500101102", "镇丙")
	add("500101102200", "村6")
	add("500101102201", "村7")
	return mustBuild(t, rs)
}

func TestSumMinimums(t *testing.T) {
	n := staffedCounty(t)
	minimums := chongqingMinimums()
	require.NoError(t, minimums.Validate())
	staffed := func(u hierarchy.Unit) int64 {
		if u.Facility() == hierarchy.FacilityNone {
			return 0
		}
		return minimums.Of(u)
	}
	sub, err := hierarchy.Sum(n, staffed)
	require.NoError(t, err)
	total := sub.Total()
	assert.Equal(t, int64(2+4+3+10+7), total, "Chongqing: 1 centre, 2 subdistricts, 3 towns, 5 urban and 7 rural communities")
	of := func(code string) int64 {
		v, ok := sub.Of(mustCode(code))
		require.True(t, ok)
		return v
	}
	assert.Equal(t, total, of("500101"))
	assert.Equal(t, int64(2+3*2), of("500101001"))
	assert.Equal(t, int64(1+3*1), of("500101100"))
	assert.Equal(t, int64(2), of("500101002002"))
	_, ok := sub.Of(mustCode("500102"))
	assert.False(t, ok)
	var all []int64
	for c, v := range sub.All() {
		require.Equal(t, of(c.String()), v)
		all = append(all, v)
	}
	assert.Len(t, all, n.Len())
	for range sub.All() {
		break
	}

	// Raising rural rooms from 1 to 2 adds one per village.
	minimums = minimums.With(hierarchy.KindVillage, 2)
	raised, err := hierarchy.Sum(n, minimums.Of)
	require.NoError(t, err)
	assert.Equal(t, int64(26+7), raised.Total())
}

func TestSumOverflow(t *testing.T) {
	n := staffedCounty(t)
	// In reverse code order the county adds 镇丙's 3 units, 镇乙's 3, …:
	// the sum passes the range when it reaches 镇乙, at 6 units.
	_, err := hierarchy.Sum(n, func(hierarchy.Unit) int64 { return math.MaxInt64 / 4 })
	assert.ErrorIs(t, err, metrics.ErrOverflow)
	assert.EqualError(t, err, "value overflows: subtree of 500101 万州区 passes the range of int64")
	_, err = hierarchy.Sum(n, func(hierarchy.Unit) int64 { return math.MinInt64 / 4 })
	assert.EqualError(t, err, "value overflows: subtree of 500101 万州区 passes the range of int64")

	// 8 × 17 descendants = 136 > 127, while no township's subtree (at
	// most 4 units, 32) overflows.
	_, err = hierarchy.Sum(n, func(hierarchy.Unit) int8 { return 8 })
	assert.EqualError(t, err, "value overflows: subtree of 500101 万州区 passes the range of int8")
	_, err = hierarchy.Sum(n, func(u hierarchy.Unit) int8 { return int8(120 + u.Code().Village()%2*7) })
	assert.EqualError(t, err, "value overflows: subtree of 500101102 镇丙 passes the range of int8", "its two villages, 127 and 120")
	pair := mustBuild(t, []hierarchy.Record{rec("500101001", "街道"), rec("500101001001", "社区")})
	_, err = hierarchy.Sum(pair, func(hierarchy.Unit) int8 { return 100 })
	assert.EqualError(t, err, "value overflows: subtree of 500101001 街道 passes the range of int8", "its own 100 on its community's 100")

	roots := mustBuild(t, []hierarchy.Record{rec("500101", "甲"), rec("500102", "乙")})
	_, err = hierarchy.Sum(roots, func(hierarchy.Unit) int8 { return 100 })
	assert.EqualError(t, err, "value overflows: network total passes the range of int8")
	_, err = hierarchy.Sum(roots, func(hierarchy.Unit) int8 { return -100 })
	assert.EqualError(t, err, "value overflows: network total passes the range of int8")
	own, err := hierarchy.Sum(roots, func(u hierarchy.Unit) int8 { return int8(u.Code().County()) + 59 })
	require.NoError(t, err)
	assert.Equal(t, map[hierarchy.Code]int8{mustCode("500101"): 60, mustCode("500102"): 61}, maps.Collect(own.All()))
	assert.Equal(t, int8(121), own.Total())
}

func TestFoldCoverage(t *testing.T) {
	n := suzhouShaped(t)
	stations := func(u hierarchy.Unit) metrics.Coverage {
		if u.Level() != hierarchy.LevelTownship {
			return metrics.Coverage{}
		}
		if u.Facility() == hierarchy.FacilityStation {
			return metrics.Coverage{Covered: 1, Total: 1}
		}
		return metrics.Coverage{Total: 1}
	}
	add := func(a, b metrics.Coverage) metrics.Coverage {
		c, err := a.Add(b)
		require.NoError(t, err)
		return c
	}
	sub := hierarchy.Fold(n, stations, add)
	assert.Equal(t, metrics.Coverage{Covered: 90, Total: 96}, sub.Total())
	r := n.Rollup()
	for c, t2 := range r.All() {
		got, ok := sub.Of(c)
		require.True(t, ok)
		assert.Equal(t, t2.Coverage(hierarchy.LevelTownship), got, c)
	}
}

func TestByKind(t *testing.T) {
	m := chongqingMinimums()
	assert.Equal(t, 10, m.Len(), "five county-level kinds and five others")
	v, ok := m.Get(hierarchy.KindBanner)
	assert.True(t, ok)
	assert.Equal(t, int64(2), v)
	_, ok = m.Get(hierarchy.KindSumu)
	assert.False(t, ok)
	assert.False(t, m.Has(hierarchy.UnitKind(99)))
	var kinds []hierarchy.UnitKind
	for k := range m.All() {
		kinds = append(kinds, k)
		if k == hierarchy.KindCounty {
			break
		}
	}
	assert.Equal(t, []hierarchy.UnitKind{hierarchy.KindDistrict, hierarchy.KindCounty}, kinds)

	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.Equal(t, `{"district":2,"county":2,"banner":2,"county-city":2,"similar-county":2,"subdistrict":2,"town":1,"township":1,"urban-community":2,"village":1}`, string(b))
	var back hierarchy.ByKind[int64]
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)

	require.NoError(t, json.Unmarshal([]byte(`{"街道": 2, "鎮": 1}`), &back))
	assert.Equal(t, hierarchy.ByKind[int64]{}.With(hierarchy.KindSubdistrict, 2).With(hierarchy.KindTown, 1), back)

	for _, tc := range []struct{ in, err string }{
		{`[1]`, "want an object"},
		{`{"town": 1, "town": 2}`, `kind "town" is unspecified or given twice`},
		{`{"town": 1, "镇": 2}`, `kind "镇" is unspecified or given twice`},
		{`{"unspecified": 1}`, `kind "unspecified" is unspecified or given twice`},
		{`{"hamlet": 1}`, `unknown unit kind "hamlet"`},
		{`{"town": "one"}`, "value for town"},
	} {
		err := json.Unmarshal([]byte(tc.in), &back)
		assert.ErrorContains(t, err, tc.err, tc.in)
	}
	assert.ErrorContains(t, back.UnmarshalJSON([]byte(`{"town": 1`)), "by-kind table")
	assert.ErrorContains(t, back.UnmarshalJSON([]byte(`{`)), "by-kind table")
	assert.ErrorContains(t, back.UnmarshalJSON([]byte(`{1: 2}`)), "by-kind table")

	bad := m.With(hierarchy.UnitKind(99), 5).With(hierarchy.KindUnspecified, 1)
	assert.ErrorIs(t, bad.Validate(), hierarchy.ErrKind)
	assert.ErrorContains(t, bad.Validate(), "unit kind(99) is not a unit kind")
	_, err = json.Marshal(bad)
	assert.ErrorContains(t, err, "unit kind(99)")

	_, err = json.Marshal(hierarchy.ByKind[func()]{}.With(hierarchy.KindTown, func() {}))
	assert.ErrorContains(t, err, "value for town")
}
