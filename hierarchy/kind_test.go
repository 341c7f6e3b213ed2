package hierarchy_test

import (
	"encoding"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
)

type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	Label(language.Tag) string
}

// TestEnumText checks every enumeration's names and labels, and that text
// and Chinese labels decode back to the value.
func TestEnumText(t *testing.T) {
	for _, tc := range []struct {
		v              textEnum
		decode         func(string) (any, error)
		text, en, hans string
		hant           string
	}{
		{hierarchy.LevelTownship, decoder[hierarchy.Level], "township", "township", "乡级", "鄉級"},
		{hierarchy.KindSubdistrict, decoder[hierarchy.UnitKind], "subdistrict", "subdistrict", "街道", "街道"},
		{hierarchy.KindBanner, decoder[hierarchy.UnitKind], "banner", "banner", "旗", "旗"},
		{hierarchy.KindSumu, decoder[hierarchy.UnitKind], "sumu", "sumu", "苏木", "蘇木"},
		{hierarchy.KindUrbanCommunity, decoder[hierarchy.UnitKind], "urban-community", "urban community", "社区", "社區"},
		{hierarchy.FacilityStation, decoder[hierarchy.Facility], "station", "social-work station", "社会工作站", "社會工作站"},
		{hierarchy.FacilityGuidanceCenter, decoder[hierarchy.Facility], "guidance-center", "social-work guidance centre", "社会工作指导中心", "社會工作指導中心"},
		{hierarchy.FunctionPlanning, decoder[hierarchy.Function], "planning", "overall planning", "统筹规划", "統籌規劃"},
		{hierarchy.EssentialWorkflow, decoder[hierarchy.Essential], "workflow", "standard workflow", "有规范工作流程", "有規範工作流程"},
		{hierarchy.UrbanMainArea, decoder[hierarchy.UrbanRural], "111", "main urban area", "主城区", "主城區"},
		{hierarchy.RuralVillage, decoder[hierarchy.UrbanRural], "220", "village", "村庄", "村莊"},
	} {
		assert.Equal(t, tc.text, tc.v.String())
		b, err := tc.v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(b))
		assert.Equal(t, tc.en, tc.v.Label(language.English))
		assert.Equal(t, tc.hans, tc.v.Label(language.SimplifiedChinese))
		assert.Equal(t, tc.hant, tc.v.Label(language.TraditionalChinese))
		for _, s := range []string{tc.text, tc.hans, tc.hant} {
			got, err := tc.decode(s)
			require.NoError(t, err, s)
			assert.Equal(t, tc.v, got, s)
		}
		_, err = tc.decode("no such thing")
		assert.ErrorContains(t, err, `"no such thing"`)
	}
}

func decoder[E any, P interface {
	*E
	encoding.TextUnmarshaler
}](s string) (any, error) {
	var e E
	err := P(&e).UnmarshalText([]byte(s))
	return e, err
}

func TestEnumInvalid(t *testing.T) {
	assert.Equal(t, "level(9)", hierarchy.Level(9).String())
	assert.Equal(t, "unit kind(99)", hierarchy.UnitKind(99).String())
	assert.Equal(t, "urban-rural code(113)", hierarchy.UrbanRural(113).String())
	assert.Equal(t, "urban-rural code(113)", hierarchy.UrbanRural(113).Label(language.SimplifiedChinese))
	for _, v := range []encoding.TextMarshaler{hierarchy.Level(9), hierarchy.UnitKind(99), hierarchy.Facility(9), hierarchy.Function(99), hierarchy.Essential(6), hierarchy.UrbanRural(113)} {
		_, err := v.MarshalText()
		assert.Error(t, err, "%v", v)
	}
	assert.False(t, hierarchy.LevelUnspecified.Valid())
	assert.False(t, hierarchy.KindUnspecified.Valid())
	assert.False(t, hierarchy.FunctionUnspecified.Valid())
	assert.False(t, hierarchy.Facility(9).Valid())
	assert.True(t, hierarchy.FacilityNone.Valid())
	assert.Equal(t, hierarchy.LevelUnspecified, hierarchy.UnitKind(99).Level())
}

func TestKindLevels(t *testing.T) {
	assert.Equal(t, []hierarchy.UnitKind{
		hierarchy.KindDistrict, hierarchy.KindCounty, hierarchy.KindBanner, hierarchy.KindCountyCity, hierarchy.KindSimilarCounty,
	}, hierarchy.LevelCounty.Kinds())
	assert.Equal(t, []hierarchy.UnitKind{
		hierarchy.KindSubdistrict, hierarchy.KindTown, hierarchy.KindTownship, hierarchy.KindSumu, hierarchy.KindSimilarTownship,
	}, hierarchy.LevelTownship.Kinds())
	assert.Equal(t, []hierarchy.UnitKind{
		hierarchy.KindUrbanCommunity, hierarchy.KindVillage, hierarchy.KindSimilarUrban, hierarchy.KindSimilarRural,
	}, hierarchy.LevelCommunity.Kinds())
	assert.Empty(t, hierarchy.LevelUnspecified.Kinds())

	var urban []hierarchy.UnitKind
	for k := hierarchy.KindProvince; k.Valid(); k++ {
		if k.Urban() {
			urban = append(urban, k)
		}
	}
	assert.Equal(t, []hierarchy.UnitKind{hierarchy.KindSubdistrict, hierarchy.KindUrbanCommunity, hierarchy.KindSimilarUrban}, urban)
}

func TestFacilityFits(t *testing.T) {
	fits := map[hierarchy.Facility][]hierarchy.Level{}
	for f := hierarchy.FacilityNone; f.Valid(); f++ {
		for l := hierarchy.LevelUnspecified; l <= hierarchy.LevelCommunity+1; l++ {
			if f.Fits(l) {
				fits[f] = append(fits[f], l)
			}
		}
	}
	assert.Equal(t, map[hierarchy.Facility][]hierarchy.Level{
		hierarchy.FacilityNone:           {hierarchy.LevelProvince, hierarchy.LevelCity, hierarchy.LevelCounty, hierarchy.LevelTownship, hierarchy.LevelCommunity},
		hierarchy.FacilityGuidanceCenter: {hierarchy.LevelCity, hierarchy.LevelCounty},
		hierarchy.FacilityServiceCenter:  {hierarchy.LevelCity, hierarchy.LevelCounty},
		hierarchy.FacilityStation:        {hierarchy.LevelTownship},
		hierarchy.FacilityRoom:           {hierarchy.LevelCommunity},
	}, fits)
	assert.False(t, hierarchy.Facility(9).Fits(hierarchy.LevelTownship))
}

func TestEssentials(t *testing.T) {
	s := hierarchy.EssentialsOf(hierarchy.EssentialStaff, hierarchy.EssentialPremises, hierarchy.Essential(9))
	assert.Equal(t, 2, s.Len())
	assert.True(t, s.Has(hierarchy.EssentialPremises))
	assert.False(t, s.Has(hierarchy.EssentialRules))
	assert.False(t, s.Has(hierarchy.Essential(9)))
	assert.False(t, s.Complete())
	assert.Equal(t, "premises+staff", s.String())
	assert.Equal(t, "equipment+functions+rules+workflow", s.Missing().String())
	assert.Equal(t, []hierarchy.Essential{hierarchy.EssentialPremises, hierarchy.EssentialStaff}, slices.Collect(s.All()))
	assert.True(t, hierarchy.AllEssentials.Complete())
	assert.Equal(t, 6, hierarchy.AllEssentials.Len())
	for range hierarchy.AllEssentials.All() {
		break // an early stop must not panic
	}

	var got hierarchy.Essentials
	require.NoError(t, got.UnmarshalText([]byte("有固定工作场所、有专业工作人员")))
	assert.Equal(t, s, got)
	require.NoError(t, got.UnmarshalText([]byte("premises, staff")))
	assert.Equal(t, s, got)
	require.NoError(t, got.UnmarshalText([]byte("")))
	assert.Equal(t, hierarchy.Essentials(0), got)
	assert.ErrorContains(t, got.UnmarshalText([]byte("staff+staff")), `essential staff listed twice in "staff+staff"`)
	assert.ErrorContains(t, got.UnmarshalText([]byte("staff+money")), `"money"`)

	b, err := s.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "premises+staff", string(b))
	bad := hierarchy.Essentials(0x41)
	assert.False(t, bad.Valid())
	assert.Equal(t, "premises+invalid(0x40)", bad.String())
	_, err = bad.MarshalText()
	assert.ErrorContains(t, err, "invalid essentials 0x41")
}

func TestUrbanRural(t *testing.T) {
	for _, tc := range []struct {
		u            hierarchy.UrbanRural
		known, urban bool
	}{
		{hierarchy.UrbanMainArea, true, true},
		{hierarchy.UrbanFringe, true, true},
		{hierarchy.UrbanTownCenter, true, true},
		{hierarchy.UrbanTownFringe, true, true},
		{hierarchy.UrbanSpecialArea, true, true},
		{hierarchy.RuralTownshipCenter, true, false},
		{hierarchy.RuralVillage, true, false},
		{hierarchy.UrbanRuralUnknown, false, false},
		{hierarchy.UrbanRural(113), false, false},
	} {
		assert.Equal(t, tc.known, tc.u.Known(), tc.u)
		assert.Equal(t, tc.urban, tc.u.Urban(), tc.u)
		assert.Equal(t, tc.known && !tc.urban, tc.u.Rural(), tc.u)
	}
	assert.Equal(t, "unknown", hierarchy.UrbanRuralUnknown.String())
	var u hierarchy.UrbanRural
	require.NoError(t, u.UnmarshalText([]byte("城乡结合区")))
	assert.Equal(t, hierarchy.UrbanFringe, u)
}
