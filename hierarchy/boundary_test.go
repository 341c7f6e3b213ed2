package hierarchy_test

import (
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// TestClassRanges checks both sides of every range boundary that decides
// a unit's kind, and so its staffing minimum (domain.md, "Real division
// codes").
func TestClassRanges(t *testing.T) {
	for _, tc := range []struct {
		code string
		want hierarchy.UnitKind
	}{
		{"500101", hierarchy.KindDistrict}, {"500120", hierarchy.KindDistrict}, {"500121", hierarchy.KindCounty},
		{"500180", hierarchy.KindCounty}, {"500181", hierarchy.KindCountyCity}, {"500199", hierarchy.KindCountyCity},
		{"500101001", hierarchy.KindSubdistrict}, {"500101099", hierarchy.KindSubdistrict}, {"500101100", hierarchy.KindTown},
		{"500101199", hierarchy.KindTown}, {"500101200", hierarchy.KindTownship}, {"500101399", hierarchy.KindTownship},
		{"500101400", hierarchy.KindSimilarTownship}, {"500101599", hierarchy.KindSimilarTownship},
		{"500101001001", hierarchy.KindUrbanCommunity}, {"500101001199", hierarchy.KindUrbanCommunity},
		{"500101001200", hierarchy.KindVillage}, {"500101001399", hierarchy.KindVillage},
		{"500101001400", hierarchy.KindSimilarUrban}, {"500101001499", hierarchy.KindSimilarUrban},
		{"500101001500", hierarchy.KindSimilarRural}, {"500101001599", hierarchy.KindSimilarRural},
	} {
		k, err := mustCode(tc.code).Class()
		require.NoError(t, err, tc.code)
		assert.Equal(t, tc.want, k, tc.code)
	}
	for _, c := range []string{"500101600", "500101001600"} {
		_, err := mustCode(c).Class()
		assert.ErrorIs(t, err, hierarchy.ErrClass, c)
	}
	// Build reads the kind from the code when the record states none.
	n := mustBuild(t, []hierarchy.Record{rec("500181", "市"), rec("500181100", "镇"), rec("500181100500", "类似村")})
	assert.Equal(t, []hierarchy.UnitKind{hierarchy.KindCountyCity, hierarchy.KindTown, hierarchy.KindSimilarRural},
		[]hierarchy.UnitKind{unitAt(n, 0).Kind(), unitAt(n, 1).Kind(), unitAt(n, 2).Kind()})
}

// TestCountyUnderProvince checks the one skip of a level a network
// allows: a municipality's counties sit right under the province, since
// its list leaves out the prefecture row. A township may not skip a level.
func TestCountyUnderProvince(t *testing.T) {
	n := mustBuild(t, []hierarchy.Record{rec("50", "重庆市"), rec("500101", "万州区"), rec("500101001", "高笋塘街道")})
	wz, ok := n.Lookup(mustCode("500101"))
	require.True(t, ok)
	assert.Equal(t, mustCode("50"), wz.Parent())
	assert.Equal(t, []string{"500101"}, codes(n.Children(mustCode("50"))))

	_, err := hierarchy.Build([]hierarchy.Record{rec("50", "重庆市"), rec("500101001", "高笋塘街道")})
	assert.ErrorIs(t, err, hierarchy.ErrMissingParent)
	_, err = hierarchy.Build([]hierarchy.Record{rec("5001", "市辖区"), rec("500101001", "高笋塘街道")})
	assert.ErrorIs(t, err, hierarchy.ErrMissingParent, "a township under a prefecture skips the county")
	_, err = hierarchy.Build([]hierarchy.Record{rec("50", "重庆市"), rec("5001", "市辖区"), rec("500101", "万州区")})
	require.NoError(t, err, "with the prefecture row, the county sits under it")
}

// TestAliases checks the short forms people type, as the package
// documentation lists them.
func TestAliases(t *testing.T) {
	for text, want := range map[string]hierarchy.UnitKind{
		"街道": hierarchy.KindSubdistrict, "镇": hierarchy.KindTown, "乡": hierarchy.KindTownship, "苏木": hierarchy.KindSumu,
		"村委会": hierarchy.KindVillage, "村": hierarchy.KindVillage, "嘎查": hierarchy.KindVillage, "居委会": hierarchy.KindUrbanCommunity,
		"社区": hierarchy.KindUrbanCommunity, "社区居民委员会": hierarchy.KindUrbanCommunity, "民族乡": hierarchy.KindTownship,
		"自治旗": hierarchy.KindBanner, "市辖区": hierarchy.KindDistrict, "盟": hierarchy.KindCity,
	} {
		var k hierarchy.UnitKind
		require.NoError(t, k.UnmarshalText([]byte(text)), text)
		assert.Equal(t, want, k, text)
	}
	for text, want := range map[string]hierarchy.Facility{
		"社工站": hierarchy.FacilityStation, "社工室": hierarchy.FacilityRoom, "指导中心": hierarchy.FacilityGuidanceCenter,
		"服务中心": hierarchy.FacilityServiceCenter, "社会工作服务站": hierarchy.FacilityStation,
	} {
		var f hierarchy.Facility
		require.NoError(t, f.UnmarshalText([]byte(text)), text)
		assert.Equal(t, want, f, text)
	}
	var l hierarchy.Level
	require.NoError(t, l.UnmarshalText([]byte("乡镇级")))
	assert.Equal(t, hierarchy.LevelTownship, l)
	var a hierarchy.Area
	require.NoError(t, a.UnmarshalText([]byte("城镇")))
	assert.Equal(t, hierarchy.AreaUrban, a)

	// An unknown word lists the machine names, without placeholders.
	var k hierarchy.UnitKind
	err := k.UnmarshalText([]byte("村小组"))
	require.ErrorIs(t, err, policy.ErrUnknownName)
	assert.NotContains(t, err.Error(), "unspecified")
	assert.Contains(t, err.Error(), "subdistrict, town, township")
}

// TestListings checks that every enumeration lists its values but
// placeholders, in a fresh slice each call.
func TestListings(t *testing.T) {
	assert.Equal(t, []hierarchy.Level{hierarchy.LevelProvince, hierarchy.LevelCity, hierarchy.LevelCounty, hierarchy.LevelTownship, hierarchy.LevelCommunity}, hierarchy.Levels())
	assert.Len(t, hierarchy.UnitKinds(), 16)
	assert.Equal(t, hierarchy.KindProvince, hierarchy.UnitKinds()[0])
	assert.Equal(t, []hierarchy.Facility{hierarchy.FacilityNone, hierarchy.FacilityGuidanceCenter, hierarchy.FacilityServiceCenter, hierarchy.FacilityStation, hierarchy.FacilityRoom}, hierarchy.Facilities())
	assert.Len(t, hierarchy.Functions(), 12)
	assert.Len(t, hierarchy.EssentialList(), 6)
	assert.Equal(t, []hierarchy.Area{hierarchy.AreaAny, hierarchy.AreaUrban, hierarchy.AreaRural}, hierarchy.Areas())
	assert.Equal(t, []hierarchy.UrbanRural{hierarchy.UrbanMainArea, hierarchy.UrbanFringe, hierarchy.UrbanTownCenter, hierarchy.UrbanTownFringe,
		hierarchy.UrbanSpecialArea, hierarchy.RuralTownshipCenter, hierarchy.RuralVillage}, hierarchy.UrbanRurals())
	l := hierarchy.Levels()
	l[0] = hierarchy.LevelCommunity
	assert.Equal(t, hierarchy.LevelProvince, hierarchy.Levels()[0], "a fresh slice")
	assert.True(t, hierarchy.AreaRural.Valid())
	assert.False(t, hierarchy.Area(3).Valid())
	assert.True(t, hierarchy.EssentialWorkflow.Valid())
	assert.False(t, hierarchy.Essential(6).Valid())
	assert.Equal(t, "城市", hierarchy.AreaUrban.Label(language.SimplifiedChinese))
}

// TestConcurrentReads reads one network, its roll-up and a Sum from
// several goroutines at once; run under -race it shows that these
// immutable results need no locking.
func TestConcurrentReads(t *testing.T) {
	n := mustBuild(t, wanzhou())
	r := n.Rollup()
	s, err := hierarchy.Sum(n, func(hierarchy.Unit) int64 { return 1 })
	require.NoError(t, err)
	want := maps.Collect(r.All())
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				for u := range n.Units() {
					got, ok := r.Of(u.Code())
					if !ok || got != want[u.Code()] {
						t.Error("roll-up differs")
					}
					if v, _ := s.Of(u.Code()); v != got.Len() {
						t.Error("sum differs")
					}
					_ = slices.Collect(n.Ancestors(u.Code()))
					_ = slices.Collect(n.Children(u.Code()))
				}
				_ = slices.Collect(n.Select(hierarchy.Selector{Level: hierarchy.LevelTownship}))
				_ = r.Total()
				_ = s.Total()
			}
		})
	}
	wg.Wait()
}

// FuzzRecordJSON fuzzes typed records encoded to JSON, so that most
// inputs are valid documents: decoding what was encoded gives the record
// back, and re-encoding gives the same bytes.
func FuzzRecordJSON(f *testing.F) {
	f.Add(uint64(500101001000), "高笋塘街道", uint8(8), uint64(500101000000), int64(52000), uint8(0), uint8(3), int32(737850), uint8(63))
	f.Add(uint64(500101001001), "社区", uint8(0), uint64(0), int64(0), uint8(111), uint8(4), int32(0), uint8(0))
	f.Add(uint64(0), "", uint8(99), uint64(1), int64(-1), uint8(7), uint8(9), int32(-5), uint8(255))
	f.Fuzz(func(t *testing.T, code uint64, name string, kind uint8, parent uint64, pop int64, ur, fac uint8, since int32, ess uint8) {
		r := hierarchy.Record{Code: hierarchy.Code(code), Name: name, Kind: hierarchy.UnitKind(kind), Parent: hierarchy.Code(parent),
			Population: pop, UrbanRural: hierarchy.UrbanRural(ur), Facility: hierarchy.Facility(fac), Since: policy.Date(since),
			Essentials: hierarchy.Essentials(ess)}
		if !utf8.ValidString(name) {
			if _, err := hierarchy.Build([]hierarchy.Record{r}); !errors.Is(err, hierarchy.ErrName) {
				t.Fatalf("a name of invalid UTF-8 passes: %q, %v", name, err)
			}
			return // JSON would carry it as U+FFFD, a different name
		}
		b, err := json.Marshal(r)
		if err != nil {
			return // an invalid code or enum does not encode
		}
		var back hierarchy.Record
		if err := json.Unmarshal(b, &back); err != nil {
			var syn *json.SyntaxError
			if errors.As(err, &syn) {
				t.Fatalf("encoding wrote invalid JSON: %s", b)
			}
			return // a value that encodes but names nothing back (a date outside 1–9999)
		}
		again, err := json.Marshal(back)
		if err != nil || string(again) != string(b) {
			t.Fatalf("round trip changed the record:\n%s\n%s (%v)", b, again, err)
		}
	})
}

// FuzzByKindJSON fuzzes typed by-kind tables encoded to JSON and raw
// bytes: a table decodes back to itself, and garbage is an error, never a
// panic.
func FuzzByKindJSON(f *testing.F) {
	f.Add(uint8(8), int64(2), uint8(9), int64(1), []byte(`{"街道":2}`))
	f.Add(uint8(0), int64(0), uint8(40), int64(-1), []byte(`{"x":1}`))
	f.Fuzz(func(t *testing.T, k1 uint8, v1 int64, k2 uint8, v2 int64, raw []byte) {
		var junk hierarchy.ByKind[int64]
		_ = junk.UnmarshalJSON(raw)
		b := hierarchy.ByKind[int64]{}.With(hierarchy.UnitKind(k1), v1).With(hierarchy.UnitKind(k2), v2)
		data, err := json.Marshal(b)
		if err != nil {
			if b.Validate() == nil {
				t.Fatalf("valid table does not encode: %v", err)
			}
			return
		}
		var back hierarchy.ByKind[int64]
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("encoded table does not decode: %v\n%s", err, data)
		}
		if !maps.Equal(maps.Collect(b.All()), maps.Collect(back.All())) {
			t.Fatalf("round trip changed the table: %s", data)
		}
	})
}

// TestStatedParentAbove: a stated parent one level up that is not in the
// network, while the codes place the unit under the province, is a
// missing parent; a name past MaxName is refused.
func TestStatedParentAbove(t *testing.T) {
	county := rec("500101", "万州区")
	county.Parent = mustCode("5001")
	_, err := hierarchy.Build([]hierarchy.Record{rec("50", "重庆市"), county})
	assert.ErrorIs(t, err, hierarchy.ErrMissingParent)
	assert.ErrorContains(t, err, "record 1 (500101 万州区): missing parent: 5001 is not in the network")

	county.Parent = mustCode("50")
	n, err := hierarchy.Build([]hierarchy.Record{rec("50", "重庆市"), county})
	require.NoError(t, err, "the province, stated, is the parent found")
	u, _ := n.Lookup(county.Code)
	assert.Equal(t, mustCode("50"), u.Parent())

	long := rec("500101", strings.Repeat("长", hierarchy.MaxName/3+1))
	_, err = hierarchy.Build([]hierarchy.Record{long})
	assert.ErrorIs(t, err, hierarchy.ErrName)
	assert.ErrorContains(t, err, "invalid name: 65538 bytes, at most 65535")
	ok := rec("500101", strings.Repeat("a", hierarchy.MaxName))
	n, err = hierarchy.Build([]hierarchy.Record{ok})
	require.NoError(t, err)
	u, _ = n.Lookup(ok.Code)
	assert.Len(t, u.Name(), hierarchy.MaxName)
}

// TestEdges checks the edges of the code range, of NewCode's parts and of
// the enumerations' ranges, and names that are nothing but spaces.
func TestEdges(t *testing.T) {
	assert.True(t, hierarchy.Code(999_999_999_999).Valid(), "the largest code")
	assert.False(t, hierarchy.Code(1_000_000_000_000).Valid())
	assert.True(t, hierarchy.Code(10_000_000_000).Valid(), "province 01")
	assert.False(t, hierarchy.Code(9_999_999_999).Valid())

	c, err := hierarchy.NewCode(50, 1, 1, 1, 0)
	require.NoError(t, err)
	assert.Equal(t, mustCode("500101001"), c)
	c, err = hierarchy.NewCode(99, 99, 99, 999, 999)
	require.NoError(t, err)
	assert.Equal(t, hierarchy.Code(999_999_999_999), c)
	for _, parts := range [][5]int{{50, 1, 1, 1, 1000}, {50, 1, 1, -1, 0}, {100, 0, 0, 0, 0}, {50, 100, 0, 0, 0}} {
		_, err := hierarchy.NewCode(parts[0], parts[1], parts[2], parts[3], parts[4])
		assert.ErrorIs(t, err, hierarchy.ErrCode, parts)
	}

	assert.False(t, hierarchy.Function(13).Valid())
	assert.True(t, hierarchy.Function(12).Valid())
	assert.Equal(t, hierarchy.Essentials(0), hierarchy.EssentialsOf(hierarchy.Essential(6)), "no seventh essential")
	assert.False(t, hierarchy.Essentials(0x40).Has(hierarchy.Essential(6)))
	assert.True(t, hierarchy.Essentials(0x20).Has(hierarchy.EssentialWorkflow))
	assert.Equal(t, hierarchy.LevelUnspecified, hierarchy.UnitKind(17).Level())
	assert.Equal(t, hierarchy.LevelCommunity, hierarchy.UnitKind(16).Level())

	for _, name := range []string{" ", "\u3000", "\t\u3000 ", "\xe7", "高笋塘\xff"} {
		_, err := hierarchy.Build([]hierarchy.Record{rec("500101", name)})
		assert.ErrorIs(t, err, hierarchy.ErrName, "%q", name)
	}
	for _, name := range []string{"!", "一", "\u3000乙", "a"} {
		_, err := hierarchy.Build([]hierarchy.Record{rec("500101", name)})
		assert.NoError(t, err, "%q", name)
	}
}
