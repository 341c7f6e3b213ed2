package metrics

import (
	"encoding/json"
	"strings"
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

// goal returns a valid target with the given comparator, kind and value,
// no deadline.
func goal(c Comparator, k ValueKind, value string) Target {
	return Target{ID: "x", Indicator: "示例", Comparator: c, Kind: k, Value: Fraction(dec(value)), Source: guangxiPlan}
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
		{"at most met", goal(AtMostValue, CountValue, "10"), ObserveCount(d(2024, 1, 1), 9), Met, "0", ""},
		{"at most met exactly", goal(AtMostValue, CountValue, "10"), ObserveCount(d(2024, 1, 1), 10), Met, "0", ""},
		{"at most over", goal(AtMostValue, CountValue, "10"), ObserveCount(d(2024, 1, 1), 12), NotYet, "2", ""},
		{"at most over by a fraction", goal(AtMostValue, RatioValue, "0.5"), ObserveCoverage(d(2024, 1, 1), Coverage{Covered: 51, Total: 100}), NotYet, "0.01", ""},
		{"exactly met", goal(ExactlyValue, CountValue, "10"), ObserveCount(d(2024, 1, 1), 10), Met, "0", ""},
		// "No more incidents by the end of 2025": from 5 the value must fall
		// by all of it, a growth of −100%.
		{"at most zero", func() Target { g := goal(AtMostValue, CountValue, "0"); g.Deadline = d(2025, 12, 31); return g }(),
			ObserveCount(d(2024, 12, 31), 5), NotYet, "5", "-1"},
		{"exactly under", goal(ExactlyValue, CountValue, "10"), ObserveCount(d(2024, 1, 1), 8), NotYet, "2", ""},
		{"exactly over", goal(ExactlyValue, CountValue, "10"), ObserveCount(d(2024, 1, 1), 12), NotYet, "-2", ""},
		{"money", Target{ID: "m", Indicator: "资金", Comparator: AtLeastValue, Kind: MoneyValue, Value: Fraction(dec("5000000")), Deadline: d(2024, 12, 31), Source: guangxiPlan},
			ObserveMoney(d(2024, 12, 31), dec("4700000.50")), NotYet, "299999.5", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := tc.target.Evaluate(tc.obs)
			require.NoError(t, err)
			assert.Equal(t, tc.status, e.Status)
			assert.Equal(t, tc.target, e.Target)
			assert.Equal(t, tc.obs, e.Observation)
			assert.Equal(t, tc.gap, e.Gap.Value(4).String())
			if tc.growth == "" {
				return
			}
			require.True(t, e.HasGrowth)
			assert.Equal(t, tc.growth, e.Growth.Value(growthPlaces).String()[:len(tc.growth)])
		})
	}
}

func TestGrowthDefinedness(t *testing.T) {
	d := policy.MustDate
	noDeadline := professionals
	noDeadline.Deadline = 0
	e, err := noDeadline.Evaluate(ObserveCount(d(2030, 1, 1), 10))
	require.NoError(t, err)
	assert.Equal(t, NotYet, e.Status, "a target without a deadline is never missed")
	assert.False(t, e.HasGrowth)
	e, err = professionals.Evaluate(ObserveCount(d(2025, 12, 31), 40000))
	require.NoError(t, err)
	assert.False(t, e.HasGrowth, "no time left on the deadline day")
}

// The zero Target once evaluated as "met"; an invalid target, or an
// undated observation against a deadline, is now an error.
func TestTargetEvaluateErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		target Target
		obs    Observation
		msg    string
	}{
		{"zero target", Target{}, ObserveCount(policy.MustDate(2024, 1, 1), 5), "id is empty"},
		{"no source", Target{ID: "x", Indicator: "y"}, ObserveCount(policy.MustDate(2024, 1, 1), 5), "source:"},
		{"unknown comparator", func() Target { g := goal(AtLeastValue, CountValue, "1"); g.Comparator = 9; return g }(), ObserveCount(policy.MustDate(2024, 1, 1), 5), "comparator(9)"},
		{"undated observation", professionals, Observation{Value: Fraction(dec("5"))},
			`invalid target "gx-professionals": the observation has no date to hold against deadline 2025-12-31`},
	} {
		e, err := tc.target.Evaluate(tc.obs)
		require.ErrorIs(t, err, ErrTarget, tc.name)
		assert.ErrorContains(t, err, tc.msg, tc.name)
		assert.Equal(t, Evaluation{}, e, tc.name)
	}
	// Without a deadline the date does not matter.
	e, err := goal(AtLeastValue, CountValue, "1").Evaluate(Observation{Value: Fraction(dec("5"))})
	require.NoError(t, err)
	assert.Equal(t, Met, e.Status)
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
		{d(2024, 2, 29), d(2024, 2, 29), "0"},
		{d(2024, 2, 29), d(2025, 2, 27), "364/365"}, // the anniversary in 2025 is the 28th
		{d(2024, 2, 29), d(2028, 2, 28), "4 - 1/366"},
		{d(2023, 3, 1), d(2024, 2, 29), "365/366"},
		// The next anniversary, 10000-06-01, is past the last year a Date
		// holds; 10000 is a leap year.
		{d(9998, 6, 1), d(9999, 12, 31), "579/366"},
		{d(1, 1, 1), d(9999, 12, 31), "9998 + 364/365"},
	} {
		var want Ratio
		if a, b, ok := strings.Cut(tc.want, " + "); ok {
			want = sub(mustRatio(t, a), neg(mustRatio(t, b)))
		} else if a, b, ok := strings.Cut(tc.want, " - "); ok {
			want = sub(mustRatio(t, a), mustRatio(t, b))
		} else {
			want = mustRatio(t, tc.want)
		}
		got := yearsBetween(tc.a, tc.b)
		assert.True(t, want.Equal(got), "%s → %s: got %s, want %s", tc.a, tc.b, got, want)
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
	require.NoError(t, goal(AtMostValue, CountValue, "0").Validate(), "a value of zero is allowed")
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

	// Both problems at once: an undated observation and an unknown id.
	evals, err = sc.Evaluate(map[string]Observation{"gx-stations": {Value: Fraction(one)}, "b": ObserveCount(d(2024, 1, 1), 1)})
	require.ErrorIs(t, err, ErrTarget)
	assert.Nil(t, evals)
	assert.EqualError(t, err, `invalid target "gx-stations": the observation has no date to hold against deadline 2025-12-31`+"\n"+
		`invalid target: observations for unknown targets ["b"]`)

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
