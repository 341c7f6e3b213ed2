package hierarchy_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
)

func TestSelector(t *testing.T) {
	town := rec("500101101", "镇")
	town.Facility = hierarchy.FacilityStation
	urbanVillage := rec("500101101201", "城中村")
	urbanVillage.UrbanRural = 112 // urban–rural fringe: urban, whatever the range says
	net := mustBuild(t, []hierarchy.Record{
		rec("500101", "区"), rec("500101001", "街道"), town,
		rec("500101001001", "社区"), rec("500101101200", "村"), urbanVillage,
	})
	for _, tc := range []struct {
		name string
		sel  hierarchy.Selector
		want []string
	}{
		{"level", hierarchy.Selector{Level: hierarchy.LevelTownship}, []string{"500101001", "500101101"}},
		{"kinds", hierarchy.Selector{Kinds: []hierarchy.UnitKind{hierarchy.KindTown, hierarchy.KindDistrict}}, []string{"500101", "500101101"}},
		{"urban communities", hierarchy.Selector{Level: hierarchy.LevelCommunity, Area: hierarchy.AreaUrban}, []string{"500101001001", "500101101201"}},
		{"rural communities", hierarchy.Selector{Level: hierarchy.LevelCommunity, Area: hierarchy.AreaRural}, []string{"500101101200"}},
		{"with facility", hierarchy.Selector{Level: hierarchy.LevelTownship, WithFacility: true}, []string{"500101101"}},
		{"zero picks nothing", hierarchy.Selector{}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, codes(net.Select(tc.sel)))
		})
	}
	var n int
	for range net.Select(hierarchy.Selector{Level: hierarchy.LevelCommunity}) {
		n++
		break
	}
	assert.Equal(t, 1, n, "the walk stops when asked")
}

func TestSelectorValidate(t *testing.T) {
	require.NoError(t, hierarchy.Selector{Level: hierarchy.LevelCommunity, Area: hierarchy.AreaRural}.Validate())
	err := hierarchy.Selector{Level: 99, Kinds: []hierarchy.UnitKind{hierarchy.KindVillage, 99}, Area: 7}.Validate()
	for _, why := range []string{"level level(99) is unknown", "kind unit kind(99) is unknown", "area area(7) is unknown"} {
		assert.ErrorContains(t, err, why)
	}
	err = hierarchy.Selector{Level: hierarchy.LevelTownship, Kinds: []hierarchy.UnitKind{hierarchy.KindVillage}}.Validate()
	assert.ErrorContains(t, err, "kind village is not of level township")
	assert.ErrorContains(t, hierarchy.Selector{}.Validate(), "neither a level nor kinds")
	assert.True(t, hierarchy.Selector{}.IsZero())
}

func TestSelectorJSON(t *testing.T) {
	in := `{"level":"community","area":"urban","with_facility":true}`
	var s hierarchy.Selector
	require.NoError(t, json.Unmarshal([]byte(in), &s))
	assert.Equal(t, hierarchy.AreaUrban, s.Area)
	out, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, in, string(out))
	require.NoError(t, json.Unmarshal([]byte(`{"kinds":["村"],"area":"农村"}`), &s))
	assert.Equal(t, []hierarchy.UnitKind{hierarchy.KindVillage}, s.Kinds)
	assert.Equal(t, hierarchy.AreaRural, s.Area)
	assert.Error(t, json.Unmarshal([]byte(`{"area":"suburban"}`), &s))
	assert.Equal(t, "農村", hierarchy.AreaRural.Label(language.TraditionalChinese))
}
