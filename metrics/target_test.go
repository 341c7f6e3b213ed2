package metrics

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/policy"
)

var guangxiPlan = policy.Guangxi14FYP.Source()

var professionals = Target{
	ID:         "gx-professionals",
	Indicator:  "社会工作专业人才",
	Comparator: AtLeastValue,
	Kind:       CountValue,
	Value:      Fraction(dec("50000")),
	Deadline:   policy.MustDate(2025, 12, 31),
	Source:     guangxiPlan.Cite("慈善事业和社会工作方面"),
}

var stations = Target{
	ID:         "gx-stations",
	Indicator:  "乡镇（街道）社会工作站覆盖率",
	Comparator: FullCoverage,
	Kind:       RatioValue,
	Value:      Fraction(one),
	Deadline:   policy.MustDate(2025, 12, 31),
	Source:     guangxiPlan,
}

func TestTargetEvaluate(t *testing.T) {
	d := policy.MustDate
	for _, tc := range []struct {
		name   string
		target Target
		obs    Observation
		status Status
		gap    string // as a fraction at 4 places
		growth string // "" when undefined
	}{
		{"before deadline", professionals, ObserveCount(d(2023, 12, 31), 37000), NotYet, "13000", "0.162476"},
		{"on deadline, short", professionals, ObserveCount(d(2025, 12, 31), 49999), NotYet, "1", ""},
		{"after deadline, short", professionals, ObserveCount(d(2026, 1, 1), 49999), Missed, "1", ""},
		{"met early", professionals, ObserveCount(d(2024, 6, 1), 50000), Met, "0", ""},
		{"met after deadline", professionals, ObserveCount(d(2027, 1, 1), 60000), Met, "0", ""},
		{"half-year growth", professionals, ObserveCount(d(2023, 7, 1), 40000), NotYet, "10000", "0.093309"}, // 2 + 183/365 years,
		{"zero observed", professionals, ObserveCount(d(2024, 1, 1), 0), NotYet, "50000", ""},
		{"coverage short", stations, ObserveCoverage(d(2021, 11, 30), Coverage{Covered: 90, Total: 96}), NotYet, "0.0625", "0.015925"}, // (96/90)^(365/1491) − 1,
		{"coverage full", stations, ObserveCoverage(d(2022, 12, 31), Coverage{Covered: 96, Total: 96}), Met, "0", ""},
		{"at most met", Target{ID: "x", Comparator: AtMostValue, Value: Fraction(dec("10"))}, ObserveCount(d(2024, 1, 1), 9), Met, "0", ""},
		{"at most over", Target{ID: "x", Comparator: AtMostValue, Value: Fraction(dec("10"))}, ObserveCount(d(2024, 1, 1), 12), NotYet, "2", ""},
		{"exactly under", Target{ID: "x", Comparator: ExactlyValue, Value: Fraction(dec("10"))}, ObserveCount(d(2024, 1, 1), 8), NotYet, "2", ""},
		{"exactly over", Target{ID: "x", Comparator: ExactlyValue, Value: Fraction(dec("10"))}, ObserveCount(d(2024, 1, 1), 12), NotYet, "-2", ""},
		{"money", Target{ID: "m", Comparator: AtLeastValue, Kind: MoneyValue, Value: Fraction(dec("5000000")), Deadline: d(2024, 12, 31)}, ObserveMoney(d(2024, 12, 31), dec("4700000.50")), NotYet, "299999.5", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.target.Evaluate(tc.obs)
			assert.Equal(t, tc.status, e.Status)
			assert.Equal(t, tc.gap, e.Gap.Value(4).String())
			if tc.growth == "" {
				return
			}
			require.True(t, e.HasGrowth)
			assert.Equal(t, tc.growth, e.Growth.Value(GrowthPlaces).String()[:len(tc.growth)])
		})
	}
}

func TestGrowthDefinedness(t *testing.T) {
	d := policy.MustDate
	noDeadline := professionals
	noDeadline.Deadline = 0
	e := noDeadline.Evaluate(ObserveCount(d(2030, 1, 1), 10))
	assert.Equal(t, NotYet, e.Status, "a target without a deadline is never missed")
	assert.False(t, e.HasGrowth)
	e = professionals.Evaluate(ObserveCount(d(2025, 12, 31), 40000))
	assert.False(t, e.HasGrowth, "no time left on the deadline day")
}

func TestYearsBetween(t *testing.T) {
	d := policy.MustDate
	for _, tc := range []struct {
		a, b policy.Date
		want string
	}{
		{d(2023, 12, 31), d(2025, 12, 31), "2"},
		{d(2024, 1, 1), d(2024, 7, 1), "182/366"},
		{d(2023, 1, 1), d(2023, 7, 2), "182/365"},
		{d(2024, 2, 29), d(2025, 2, 28), "1"},
		{d(2025, 12, 31), d(2023, 12, 31), "-2"},
		{d(2021, 11, 30), d(2025, 12, 31), "1491/365"}, // 4 years + 31 days
	} {
		assert.True(t, mustRatio(t, tc.want).Equal(YearsBetween(tc.a, tc.b)), "%s → %s: got %s", tc.a, tc.b, YearsBetween(tc.a, tc.b))
	}
}

func mustRatio(t *testing.T, s string) Ratio {
	r, err := ParseRatio(s)
	require.NoError(t, err)
	return r
}

func TestTargetValidate(t *testing.T) {
	require.NoError(t, professionals.Validate())
	require.NoError(t, stations.Validate())
	bad := Target{Comparator: FullCoverage, Kind: CountValue, Value: Fraction(dec("-2.5")), Source: policy.Source{}}
	err := bad.Validate()
	require.ErrorIs(t, err, ErrTarget)
	for _, why := range []string{"id is empty", "indicator is empty", "value -2.5 is negative", "full coverage needs kind ratio", "count -2.5 is not a whole number", "source:"} {
		assert.ErrorContains(t, err, why)
	}
	err = Target{ID: "x", Indicator: "y", Comparator: 9, Kind: 9, Source: guangxiPlan}.Validate()
	assert.ErrorContains(t, err, "comparator comparator(9) is unknown")
	assert.ErrorContains(t, err, "kind value kind(9) is unknown")
}

func TestScorecard(t *testing.T) {
	d := policy.MustDate
	sc, err := NewScorecard(professionals, stations)
	require.NoError(t, err)
	assert.Len(t, sc.Targets(), 2)
	evals, err := sc.Evaluate(map[string]Observation{
		"gx-stations": ObserveCoverage(d(2026, 3, 1), Coverage{Covered: 1100, Total: 1118}),
	})
	require.NoError(t, err)
	require.Len(t, evals, 2)
	assert.Equal(t, "gx-professionals", evals[0].Target.ID, "targets keep the scorecard's order")
	assert.Equal(t, Unobserved, evals[0].Status)
	assert.Equal(t, Missed, evals[1].Status)

	_, err = sc.Evaluate(map[string]Observation{"gx-professional": ObserveCount(d(2024, 1, 1), 1), "a": {}})
	assert.ErrorContains(t, err, `unknown targets ["a" "gx-professional"]`)

	_, err = NewScorecard(professionals, professionals, Target{ID: "bad"})
	assert.ErrorContains(t, err, `targets 0 and 1 share id "gx-professionals"`)
	assert.ErrorContains(t, err, "target 2:")
}

func TestTargetJSON(t *testing.T) {
	b, err := json.Marshal(stations)
	require.NoError(t, err)
	var back Target
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Value.Equal(stations.Value))
	assert.Equal(t, stations.Deadline, back.Deadline)
	assert.Equal(t, stations.Source, back.Source)
	assert.Equal(t, FullCoverage, back.Comparator)
	assert.Contains(t, string(b), `"comparator":"full-coverage"`)
	assert.Contains(t, string(b), `"deadline":"2025-12-31"`)
}

func TestEnumsText(t *testing.T) {
	for _, c := range []Comparator{AtLeastValue, AtMostValue, ExactlyValue, FullCoverage} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var got Comparator
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, c, got)
	}
	for _, k := range []ValueKind{CountValue, RatioValue, MoneyValue} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var got ValueKind
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, k, got)
	}
	for _, s := range []Status{Unobserved, Met, NotYet, Missed} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var got Status
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, s, got)
	}
	assert.Equal(t, "全覆蓋", FullCoverage.Label(language.TraditionalChinese))
	assert.Equal(t, "逾期未达成", Missed.Label(language.SimplifiedChinese))
	var c Comparator
	var k ValueKind
	var s Status
	assert.Error(t, c.UnmarshalText([]byte("gte")))
	assert.Error(t, k.UnmarshalText([]byte("share")))
	assert.Error(t, s.UnmarshalText([]byte("done")))
}
