package hierarchy_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

func TestPresetSchemes(t *testing.T) {
	for _, tc := range []struct {
		scheme     hierarchy.Scheme
		levels     []hierarchy.Level
		facilities []hierarchy.Facility
		issuer     string
		date       policy.Date
		status     policy.Status
	}{
		{hierarchy.Chongqing(),
			[]hierarchy.Level{hierarchy.LevelCounty, hierarchy.LevelTownship, hierarchy.LevelCommunity},
			[]hierarchy.Facility{hierarchy.FacilityGuidanceCenter, hierarchy.FacilityStation, hierarchy.FacilityRoom},
			"重庆市民政局", policy.MustDate(2020, time.October, 19), policy.StatusReport},
		{hierarchy.Ordos(),
			[]hierarchy.Level{hierarchy.LevelCity, hierarchy.LevelCounty, hierarchy.LevelTownship, hierarchy.LevelCommunity},
			[]hierarchy.Facility{hierarchy.FacilityGuidanceCenter, hierarchy.FacilityServiceCenter, hierarchy.FacilityStation, hierarchy.FacilityRoom},
			"鄂尔多斯市民政局", policy.MustDate(2021, time.November, 10), policy.StatusDraft},
		{hierarchy.Suzhou(),
			[]hierarchy.Level{hierarchy.LevelCity, hierarchy.LevelCounty, hierarchy.LevelTownship, hierarchy.LevelCommunity},
			[]hierarchy.Facility{hierarchy.FacilityServiceCenter, hierarchy.FacilityGuidanceCenter, hierarchy.FacilityStation, hierarchy.FacilityRoom},
			"中國社會工作（微信公眾號）", policy.MustDate(2021, time.November, 30), policy.StatusReport},
		{hierarchy.Langxi(),
			[]hierarchy.Level{hierarchy.LevelCounty, hierarchy.LevelTownship, hierarchy.LevelCommunity},
			[]hierarchy.Facility{hierarchy.FacilityGuidanceCenter, hierarchy.FacilityStation, hierarchy.FacilityRoom},
			"人民网", 0, policy.StatusReport}, // undated
	} {
		s := tc.scheme
		require.NoError(t, s.Validate(), s.Name)
		var levels []hierarchy.Level
		var facilities []hierarchy.Facility
		for _, tier := range s.Tiers {
			levels = append(levels, tier.Level)
			facilities = append(facilities, tier.Facility)
			assert.Equal(t, s.Source.Title, tier.Source.Title, "tiers cite the scheme's document")
		}
		assert.Equal(t, tc.levels, levels, s.Name)
		assert.Equal(t, tc.facilities, facilities, s.Name)
		assert.Equal(t, tc.issuer, s.Source.Issuer)
		assert.Equal(t, tc.date, s.Source.Date)
		assert.Equal(t, tc.status, s.Source.Status)
		assert.NotEmpty(t, s.Source.Clause)
		assert.NotEmpty(t, s.Motto)
	}

	cq := hierarchy.Chongqing()
	assert.Equal(t, "一区县一中心、一镇街一站、一村社一室", cq.Motto)
	station, ok := cq.Tier(hierarchy.LevelTownship)
	require.True(t, ok)
	assert.Equal(t, []hierarchy.Function{hierarchy.FunctionCultivation, hierarchy.FunctionProjects, hierarchy.FunctionRoomSupervision}, station.Functions)
	centre, _ := cq.Tier(hierarchy.LevelCounty)
	assert.Equal(t, []hierarchy.Function{hierarchy.FunctionPlanning, hierarchy.FunctionIntegration, hierarchy.FunctionGuidance, hierarchy.FunctionEvaluation}, centre.Functions)
	_, ok = cq.Tier(hierarchy.LevelCity)
	assert.False(t, ok)

	room, _ := hierarchy.Ordos().Tier(hierarchy.LevelCommunity)
	assert.True(t, room.Optional, "rooms only where conditions allow")
	assert.True(t, room.Standard.Complete(), "六有")
	assert.Equal(t, "鄂尔多斯市民政局《鄂尔多斯市开展“五社联动”工作创新提升基层治理与服务能力实施方案（征求意见稿）》 2021-11-10，三、主要任务（七）加快社会工作服务体系建设", room.Source.String())

	// Presets are fresh values: changing one leaves the next untouched.
	cq.Tiers[0].Facility = hierarchy.FacilityRoom
	assert.Equal(t, hierarchy.FacilityGuidanceCenter, hierarchy.Chongqing().Tiers[0].Facility)
}

func TestSchemeValidate(t *testing.T) {
	bad := hierarchy.Scheme{
		Tiers: []hierarchy.Tier{
			{Level: hierarchy.LevelTownship, Facility: hierarchy.FacilityStation, Functions: []hierarchy.Function{0}, Standard: 0x40, Source: hierarchy.Chongqing().Source},
			{Level: hierarchy.LevelCounty, Facility: hierarchy.FacilityGuidanceCenter, Source: hierarchy.Chongqing().Source},
			{Level: hierarchy.LevelCommunity, Facility: hierarchy.FacilityStation, Source: hierarchy.Chongqing().Source},
			{Level: hierarchy.Level(9), Facility: hierarchy.FacilityRoom},
		},
	}
	err := bad.Validate()
	assert.ErrorIs(t, err, hierarchy.ErrScheme)
	assert.ErrorIs(t, err, policy.ErrSource)
	for _, want := range []string{
		`invalid scheme "": name is empty`,
		"source: invalid source: title is empty",
		"tier 0: function unspecified is not a function",
		"tier 0: standard invalid(0x40)",
		"tier 1: level county does not lie below township",
		"tier 2: facility station does not fit level community",
		"tier 3: level level(9) is not a level",
		"tier 3: invalid source: title is empty",
	} {
		assert.ErrorContains(t, err, want)
	}
	assert.ErrorContains(t, hierarchy.Scheme{Name: "x", Source: hierarchy.Chongqing().Source}.Validate(), `"x": no tiers`)
}

func TestSchemeJSON(t *testing.T) {
	s := hierarchy.Ordos()
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(b), `{"level":"community","facility":"room","optional":true,"standard":"premises+equipment+staff+functions+rules+workflow","source":`)
	var back hierarchy.Scheme
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s, back)
}
