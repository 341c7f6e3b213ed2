package metrics

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

func TestTargetPresets(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ts    []Target
		ids   []string
		title string
	}{
		{"chongqing", ChongqingTargets(), []string{"cq-centres", "cq-stations", "cq-rooms"}, policy.Chongqing2020.Source().Title},
		{"suzhou", SuzhouTargets(), []string{"sz-stations", "sz-rooms"}, policy.Suzhou2021.Source().Title},
		{"ordos", OrdosTargets(), []string{"ordos-stations-2023", "ordos-communities-2025"}, policy.Ordos2021.Source().Title},
		{"guangxi", GuangxiTargets(), []string{
			"gx-stations", "gx-volunteer-points", "gx-elderly-centres", "gx-elderly-adaptation",
			"gx-livable-communities", "gx-smart-nursing-homes", "gx-incubation-bases", "gx-mental-health",
			"gx-prefecture-minor-protection", "gx-county-minor-protection", "gx-child-director-training",
		}, policy.Guangxi14FYP.Source().Title},
	} {
		sc, err := NewScorecard(tc.ts...)
		require.NoError(t, err, tc.name)
		var ids []string
		for _, target := range sc.Targets() {
			ids = append(ids, target.ID)
			assert.Equal(t, tc.title, target.Source.Title, target.ID)
			assert.NotEmpty(t, target.Source.Clause, target.ID)
		}
		assert.Equal(t, tc.ids, ids, tc.name)
	}
}

// Each preset judged by hand on the figures its document gives.
func TestTargetPresetValues(t *testing.T) {
	find := func(ts []Target, id string) Target {
		for _, target := range ts {
			if target.ID == id {
				return target
			}
		}
		t.Fatalf("no target %s", id)
		return Target{}
	}
	day := policy.MustDate
	for _, tc := range []struct {
		target Target
		obs    Observation
		status Status
		gap    string // as a percentage at two places
	}{
		// Suzhou on the day of its report: 90 of 96 stations, 1/16 short.
		{find(SuzhouTargets(), "sz-stations"), ObserveCoverage(day(2021, 11, 30), Coverage{Covered: 90, Total: 96}), NotYet, "6.25%"},
		{find(SuzhouTargets(), "sz-stations"), ObserveCoverage(day(2021, 12, 31), Coverage{Covered: 96, Total: 96}), Met, "0.00%"},
		{find(SuzhouTargets(), "sz-stations"), ObserveCoverage(day(2022, 1, 1), Coverage{Covered: 95, Total: 96}), Missed, "1.04%"},
		// Chongqing's 4,350 rooms of 11,154 communities: 61% short, with no
		// deadline to miss.
		{find(ChongqingTargets(), "cq-rooms"), ObserveCoverage(day(2040, 1, 1), Coverage{Covered: 4350, Total: 11154}), NotYet, "61.00%"},
		// Guangxi: 60% of townships with an elderly-care centre.
		{find(GuangxiTargets(), "gx-elderly-centres"), ObserveCoverage(day(2025, 12, 31), Coverage{Covered: 55, Total: 100}), NotYet, "5.00%"},
		{find(GuangxiTargets(), "gx-elderly-centres"), ObserveCoverage(day(2026, 1, 1), Coverage{Covered: 60, Total: 100}), Met, "0.00%"},
		{find(GuangxiTargets(), "gx-county-minor-protection"), ObserveCoverage(day(2026, 1, 1), Coverage{Covered: 74, Total: 100}), Missed, "1.00%"},
		{find(OrdosTargets(), "ordos-stations-2023"), ObserveCoverage(day(2024, 1, 1), Coverage{Covered: 0, Total: 0}), Met, "0.00%"},
	} {
		e, err := tc.target.Evaluate(tc.obs)
		require.NoError(t, err)
		assert.Equal(t, tc.status, e.Status, tc.target.ID)
		assert.Equal(t, tc.gap, e.Gap.Format(Percent, 2), tc.target.ID)
	}
	counts := GuangxiTargets()
	for _, tc := range []struct {
		id   string
		have int64
		gap  string
	}{
		{"gx-elderly-adaptation", 20000, "5000"},
		{"gx-livable-communities", 100, "0"},
		{"gx-smart-nursing-homes", 9, "6"},
	} {
		e, err := find(counts, tc.id).Evaluate(ObserveCount(day(2025, 6, 30), tc.have))
		require.NoError(t, err)
		assert.Equal(t, tc.gap, e.Gap.String(), tc.id)
	}
}
