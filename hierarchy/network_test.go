package hierarchy_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// wanzhou returns a small part of Chongqing's real list, with stated
// parents, out of order.
func wanzhou() []hierarchy.Record {
	parented := func(code, name, parent string) hierarchy.Record {
		r := rec(code, name)
		if parent != "" {
			r.Parent = mustCode(parent)
		}
		return r
	}
	return []hierarchy.Record{
		parented("500229", "城口县", ""),
		parented("500101001002", "乌龙池社区居民委员会", "500101001"),
		parented("500101", "万州区", ""),
		parented("500101001", "高笋塘街道", "500101"),
		parented("500101001001", "东方广场社区居民委员会", "500101001"),
		parented("500101109", "小周镇", "500101"),
		parented("500101109200", "小周村村民委员会", "500101109"),
		parented("500101201", "柱山乡", "500101"),
		parented("500229100", "葛城镇", "500229"),
	}
}

func TestBuildTraversal(t *testing.T) {
	n := mustBuild(t, wanzhou())
	require.Equal(t, 9, n.Len())
	assert.Equal(t, hierarchy.LevelCounty, n.Top())

	assert.Equal(t, []string{
		"500101", "500101001", "500101001001", "500101001002", "500101109", "500101109200", "500101201",
		"500229", "500229100",
	}, codes(n.Units()), "units in code order")
	assert.Equal(t, []string{"500101", "500229"}, codes(n.Roots()))

	wz, ok := n.Lookup(mustCode("500101"))
	require.True(t, ok)
	assert.Equal(t, "万州区", wz.Name())
	assert.Equal(t, hierarchy.KindDistrict, wz.Kind())
	assert.Zero(t, wz.Parent(), "a root")
	assert.Equal(t, 2, wz.Record())
	assert.False(t, wz.Leaf())
	assert.Equal(t, []string{"500101001", "500101109", "500101201"}, codes(n.Children(wz.Code())))
	assert.Len(t, codes(n.Subtree(wz.Code())), 7)
	assert.True(t, n.Has(wz.Code()))
	assert.False(t, n.Has(mustCode("500102")))

	village, ok := n.Lookup(mustCode("500101109200"))
	require.True(t, ok)
	assert.True(t, village.Leaf())
	assert.Equal(t, hierarchy.KindVillage, village.Kind())
	assert.Equal(t, hierarchy.LevelCommunity, village.Level())
	assert.Equal(t, "500101109", village.Parent().String())
	assert.Equal(t, []string{"500101109", "500101"}, codes(n.Ancestors(village.Code())))
	assert.Equal(t, []string{"500101109200"}, codes(n.Subtree(village.Code())))
	assert.Empty(t, codes(n.Children(village.Code())))
	assert.Equal(t, village, unitAt(n, 5))

	// A code not in the network walks nothing.
	missing := mustCode("500102")
	_, ok = n.Lookup(missing)
	assert.False(t, ok)
	assert.Empty(t, codes(n.Subtree(missing)))
	assert.Empty(t, codes(n.Children(missing)))
	assert.Empty(t, codes(n.Ancestors(missing)))
	assert.Empty(t, codes(n.OfKind(hierarchy.UnitKind(99))))

	// A unit is a copy: changing it changes nothing in the network.
	copied := village
	assert.Equal(t, village, copied)
	copied = hierarchy.Unit{}
	assert.NotEqual(t, village, copied)
	again, _ := n.Lookup(mustCode("500101109200"))
	assert.Equal(t, "小周村村民委员会", again.Name())
	assert.Equal(t, unitAt(n, 5), again)

	assert.Equal(t, []string{"500101001", "500101109", "500101201", "500229100"}, codes(n.AtLevel(hierarchy.LevelTownship)))
	assert.Equal(t, []string{"500101109", "500229100"}, codes(n.OfKind(hierarchy.KindTown)))
	assert.Equal(t, []string{"500101001001", "500101001002"}, codes(n.OfKind(hierarchy.KindUrbanCommunity)))
	assert.Empty(t, codes(n.AtLevel(hierarchy.LevelUnspecified)))
	assert.Empty(t, codes(n.AtLevel(hierarchy.LevelProvince)))

	// Every walk stops when its consumer does.
	for _, seq := range []iter.Seq[hierarchy.Unit]{
		n.Units(), n.Roots(), n.Children(wz.Code()), n.Ancestors(village.Code()), n.AtLevel(hierarchy.LevelTownship), n.OfKind(hierarchy.KindTown),
		n.Subtree(wz.Code()), n.Select(hierarchy.Selector{Level: hierarchy.LevelCommunity}),
	} {
		count := 0
		for range seq {
			count++
			break
		}
		assert.Equal(t, 1, count)
	}
}

func TestBuildUnitFields(t *testing.T) {
	since := policy.MustDate(2021, time.March, 1)
	n := mustBuild(t, []hierarchy.Record{
		{Code: mustCode("150602"), Name: "东胜区", Facility: hierarchy.FacilityServiceCenter},
		{Code: mustCode("150602001"), Name: "某街道", Facility: hierarchy.FacilityStation, Since: since,
			Essentials: hierarchy.AllEssentials},
		{Code: mustCode("150602001001"), Name: "某社区", Population: 4200, UrbanRural: hierarchy.RuralVillage},
		{Code: mustCode("150602001002"), Name: "某社区", Kind: hierarchy.KindVillage},
		{Code: mustCode("150622"), Name: "准格尔旗", Kind: hierarchy.KindBanner},
		{Code: mustCode("150622200"), Name: "\u3000某苏木", Kind: hierarchy.KindSumu}, // a leading space is no reason to refuse a name
	})
	st := unitAt(n, 1)
	assert.Equal(t, hierarchy.FacilityStation, st.Facility())
	assert.Equal(t, since, st.Since())
	assert.True(t, st.Essentials().Complete())
	assert.True(t, st.Urban(), "a subdistrict is urban by its kind")

	c := unitAt(n, 2)
	assert.Equal(t, int64(4200), c.Population())
	assert.Equal(t, hierarchy.KindUrbanCommunity, c.Kind(), "the code's class")
	assert.Equal(t, hierarchy.RuralVillage, c.UrbanRural())
	assert.False(t, c.Urban(), "the urban-rural code wins over the kind")
	assert.Equal(t, hierarchy.KindVillage, unitAt(n, 3).Kind(), "a stated kind wins over the code's class")
	assert.Equal(t, hierarchy.KindBanner, unitAt(n, 4).Kind())
	assert.Equal(t, hierarchy.KindSumu, unitAt(n, 5).Kind())
}

func TestRecordJSON(t *testing.T) {
	var r hierarchy.Record
	require.NoError(t, json.Unmarshal([]byte(`{"code": "500101001000", "name": "高笋塘街道", "kind": "街道", "parent": "500101",
		"population": 52000, "facility": "社会工作站", "since": "2021-03-01", "essentials": "有固定工作场所、staff"}`), &r))
	want := hierarchy.Record{
		Code: mustCode("500101001"), Name: "高笋塘街道", Kind: hierarchy.KindSubdistrict, Parent: mustCode("500101"),
		Population: 52000, Facility: hierarchy.FacilityStation, Since: policy.MustDate(2021, time.March, 1),
		Essentials: hierarchy.EssentialsOf(hierarchy.EssentialPremises, hierarchy.EssentialStaff),
	}
	assert.Equal(t, want, r)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code": "500101001", "name": "高笋塘街道", "kind": "subdistrict", "parent": "500101",
		"population": 52000, "facility": "station", "since": "2021-03-01", "essentials": "premises+staff"}`, string(b))
	b, err = json.Marshal(hierarchy.Record{Code: mustCode("500101001001"), Name: "社区", UrbanRural: hierarchy.UrbanMainArea})
	require.NoError(t, err)
	assert.JSONEq(t, `{"code": "500101001001", "name": "社区", "urban_rural": "111"}`, string(b), "zero fields left out")
}

func TestBuildSeqAndEmpty(t *testing.T) {
	n, err := hierarchy.BuildSeq(slices.Values(wanzhou()))
	require.NoError(t, err)
	assert.Equal(t, 9, n.Len())

	empty := mustBuild(t, nil)
	assert.Equal(t, 0, empty.Len())
	assert.Equal(t, hierarchy.LevelUnspecified, empty.Top())
	assert.Empty(t, codes(empty.Roots()))
	assert.Equal(t, int64(0), empty.Rollup().Total().Len())
	assert.Empty(t, maps.Collect(empty.Rollup().All()))
}

// TestBuildRejects checks each class of invalid input alone: the error
// names the record (by position and code) and wraps the class's sentinel.
func TestBuildRejects(t *testing.T) {
	base := wanzhou // 0 城口县, 2 万州区, 3 高笋塘街道, 5 小周镇
	edit := func(f func(rs []hierarchy.Record) []hierarchy.Record) []hierarchy.Record { return f(base()) }
	for _, tc := range []struct {
		name    string
		records []hierarchy.Record
		err     error
		record  int
		message string
		others  int // further problems the same records cause
	}{
		{"duplicate code", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			return append(rs, rec("500101001", "高笋塘街道"))
		}), hierarchy.ErrDuplicate, 9, "500101001 is also record 3", 0},
		{"stated parent missing", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[4].Parent = mustCode("500101002")
			return rs
		}), hierarchy.ErrMissingParent, 4, "500101002 is not in the network", 0},
		{"township of a village missing", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			return append(rs, rec("500101202201", "某村"))
		}), hierarchy.ErrMissingParent, 9, "500101202 is not in the network", 0},
		{"root below the top level", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			return append(rs, rec("500102001", "某街道"))
		}), hierarchy.ErrMissingParent, 9, "500102 is not in the network, and only county-level units may be roots", 0},
		{"stated parent not an ancestor", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[6].Parent = mustCode("500101201")
			return rs
		}), hierarchy.ErrInconsistent, 6, "code does not lie under the stated parent 500101201", 0},
		{"stated parent skips a level", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[6].Parent = mustCode("500101")
			return rs
		}), hierarchy.ErrInconsistent, 6, "stated parent is 500101 but 500101109 小周镇 lies between", 0},
		{"cycle of two", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[5].Parent = mustCode("500101201") // 小周镇 under 柱山乡
			rs[7].Parent = mustCode("500101109") // 柱山乡 under 小周镇
			return rs
		}), hierarchy.ErrCycle, 5, "500101109 → 500101201 → 500101109", 2}, // and each stated parent contradicts the code
		{"own parent", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[8].Parent = rs[8].Code
			return rs
		}), hierarchy.ErrCycle, 8, "500229100 → 500229100", 0},
		{"stated kind off the code's level", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[3].Kind = hierarchy.KindVillage
			return rs
		}), hierarchy.ErrKind, 3, "kind village is community-level but the code is township-level", 0},
		{"kind not a kind", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[3].Kind = hierarchy.UnitKind(77)
			return rs
		}), hierarchy.ErrKind, 3, "unit kind(77) is not a unit kind", 0},
		{"kind does not fit the parent's tier", []hierarchy.Record{
			rec("500101", "万州区"),
			{Code: mustCode("500101001001"), Name: "某社区", Parent: mustCode("500101")},
		}, hierarchy.ErrKind, 1, "kind urban-community cannot sit under 500101 万州区, a county-level unit", 0},
		{"no class for the code", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			return append(rs, rec("500101700", "某单位"))
		}), hierarchy.ErrClass, 9, "500101700: township part 700 is outside 001–599; state the unit's kind", 0},
		{"malformed code", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			return append(rs, hierarchy.Record{Code: 500101, Name: "某单位"})
		}), hierarchy.ErrCode, 9, "500101: province part is 00", 0},
		{"no code", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			return append(rs, hierarchy.Record{Name: "某单位"})
		}), hierarchy.ErrCode, 9, "no code", 0},
		{"empty name", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[3].Name = " \u3000"
			return rs
		}), hierarchy.ErrName, 3, "invalid name: empty", 0},
		{"negative population", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[4].Population = -1
			return rs
		}), hierarchy.ErrPopulation, 4, "-1 is negative", 0},
		{"population overflow", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[1].Population = math.MaxInt64
			rs[4].Population = 1
			return rs
		}), hierarchy.ErrPopulation, 4, "1 brings the total past the int64 range", 0},
		{"urban-rural code invalid", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[4].UrbanRural = 113
			return rs
		}), hierarchy.ErrUrbanRural, 4, "113 is not one of", 0},
		{"urban-rural code off village level", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[3].UrbanRural = hierarchy.UrbanMainArea
			return rs
		}), hierarchy.ErrUrbanRural, 3, "111 on a township-level unit", 0},
		{"facility invalid", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[3].Facility = 9
			return rs
		}), hierarchy.ErrFacility, 3, "facility(9)", 0},
		{"facility off its level", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[4].Facility = hierarchy.FacilityStation
			return rs
		}), hierarchy.ErrFacility, 4, "facility station cannot sit at community level", 0},
		{"opening date without a facility", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[4].Since = policy.MustDate(2021, time.January, 1)
			return rs
		}), hierarchy.ErrFacility, 4, "opening date 2021-01-01 without a facility", 0},
		{"essentials without a facility", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[4].Essentials = hierarchy.EssentialsOf(hierarchy.EssentialStaff)
			return rs
		}), hierarchy.ErrFacility, 4, "essentials staff without a facility", 0},
		{"essentials invalid", edit(func(rs []hierarchy.Record) []hierarchy.Record {
			rs[4].Facility, rs[4].Essentials = hierarchy.FacilityRoom, 0x80
			return rs
		}), hierarchy.ErrFacility, 4, "essentials invalid(0x80)", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := hierarchy.Build(tc.records)
			require.Error(t, err)
			assert.Nil(t, n)
			assert.ErrorIs(t, err, tc.err)
			var verr *hierarchy.ValidationError
			require.ErrorAs(t, err, &verr)
			require.Len(t, verr.Problems, 1+tc.others, err.Error())
			i := slices.IndexFunc(verr.Problems, func(p hierarchy.Problem) bool { return errors.Is(p.Err, tc.err) })
			require.GreaterOrEqual(t, i, 0)
			p := verr.Problems[i]
			assert.Equal(t, tc.record, p.Index)
			assert.Equal(t, tc.records[tc.record].Code, p.Code)
			assert.Equal(t, tc.records[tc.record].Name, p.Name)
			assert.ErrorIs(t, p.Err, tc.err)
			assert.Contains(t, err.Error(), tc.message)
			assert.Contains(t, err.Error(), fmt.Sprintf("record %d (", tc.record))
		})
	}
}

// TestBuildReportsAll checks that one build reports every problem, in
// record order, and that errors.As reaches each one.
func TestBuildReportsAll(t *testing.T) {
	rs := wanzhou()
	rs[1].Population = -5                    // 乌龙池社区
	rs[4].Name = ""                          // 东方广场社区
	rs = append(rs, rec("500229100", "葛城镇")) // duplicate of record 8
	_, err := hierarchy.Build(rs)
	var verr *hierarchy.ValidationError
	require.ErrorAs(t, err, &verr)
	require.Len(t, verr.Problems, 3)
	assert.Equal(t, []int{1, 4, 9}, []int{verr.Problems[0].Index, verr.Problems[1].Index, verr.Problems[2].Index})
	assert.True(t, errors.Is(err, hierarchy.ErrPopulation) && errors.Is(err, hierarchy.ErrName) && errors.Is(err, hierarchy.ErrDuplicate))
	assert.False(t, errors.Is(err, hierarchy.ErrCycle))
	var p *hierarchy.Problem
	require.ErrorAs(t, err, &p)
	assert.Equal(t, 1, p.Index)
	assert.Equal(t, "record 4 (500101001001): invalid name: empty", verr.Problems[1].Error())
	assert.Equal(t, "hierarchy: 3 problems; "+
		"record 1 (500101001002 乌龙池社区居民委员会): invalid population: -5 is negative; "+
		"record 4 (500101001001): invalid name: empty; "+
		"record 9 (500229100 葛城镇): duplicate code: 500229100 is also record 8", err.Error())
}

func TestBuildManyProblems(t *testing.T) {
	rs := make([]hierarchy.Record, 25)
	for i := range rs {
		rs[i] = hierarchy.Record{Name: fmt.Sprint("unit ", i)}
	}
	_, err := hierarchy.Build(rs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "hierarchy: 25 problems; record 0 (no code unit 0): invalid division code: no code;")
	assert.Contains(t, err.Error(), "; and 5 more")

	_, err = hierarchy.Build([]hierarchy.Record{{Code: mustCode("500101")}})
	assert.EqualError(t, err, "hierarchy: 1 problem; record 0 (500101): invalid name: empty")
}
