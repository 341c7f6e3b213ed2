package services

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/shegong/shegong/metrics"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestOutputEnums(t *testing.T) {
	assert.Len(t, Fields(), 13)
	assert.Len(t, TargetGroups(), 14)
	assert.Len(t, OutputMeasures(), 8)
	for _, tc := range []struct {
		name       string
		text, hans string
		got        func(language.Tag) string
		parse      func(string) (string, error)
	}{
		{"field", "community-correction", "社区矫正", FieldCommunityCorrection.Label, func(s string) (string, error) {
			var f Field
			err := f.UnmarshalText([]byte(s))
			return f.String(), err
		}},
		{"group", "bereaved-families", "失独家庭", GroupBereavedFamilies.Label, func(s string) (string, error) {
			var g TargetGroup
			err := g.UnmarshalText([]byte(s))
			return g.String(), err
		}},
		{"measure", "group-sessions", "小组节数", GroupSessionsMeasure.Label, func(s string) (string, error) {
			var m OutputMeasure
			err := m.UnmarshalText([]byte(s))
			return m.String(), err
		}},
	} {
		assert.Equal(t, tc.hans, tc.got(language.SimplifiedChinese), tc.name)
		for _, in := range []string{tc.text, tc.hans, tc.got(language.TraditionalChinese)} {
			back, err := tc.parse(in)
			require.NoError(t, err, tc.name)
			assert.Equal(t, tc.text, back, tc.name)
		}
		_, err := tc.parse("unknown")
		assert.Error(t, err, tc.name)
	}
	assert.Equal(t, "elderly living alone", GroupElderlyAlone.Label(language.English))
	assert.Equal(t, "兒童關愛保護", FieldChildProtection.Label(language.TraditionalChinese))
	for _, m := range []interface{ MarshalText() ([]byte, error) }{Field(13), TargetGroup(14), OutputMeasure(8)} {
		_, err := m.MarshalText()
		assert.Error(t, err)
	}
	b, err := FieldOther.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "other", string(b))
	b, err = GroupVeterans.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "veterans", string(b))
	b, err = HoursMeasure.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "hours", string(b))
	assert.True(t, ProjectsMeasure.Valid())
	assert.False(t, OutputMeasure(8).Valid())
}

// langxi is Langxi county's 2023 output as the account gives it: 3,276
// visiting hours, 89 client needs and 322 resident needs identified, 36
// venture-philanthropy projects, 261 events, 10,000 people served. The
// projects' fields and groups are spread for the test.
func langxi() Output {
	s := Output{Activities: 261, Hours: 3276, PersonTimes: 10000, NeedsIdentified: 89 + 322, NeedsCovered: 36}
	s.ProjectsByField[FieldElderlyCare] = 14
	s.ProjectsByField[FieldChildProtection] = 10
	s.ProjectsByField[FieldSocialAssistance] = 8
	s.ProjectsByField[FieldCommunityGovernance] = 4
	s.ProjectsByGroup[GroupElderlyAlone] = 14
	s.ProjectsByGroup[GroupChildrenInDifficulty] = 10
	s.ProjectsByGroup[GroupSubsistenceAllowance] = 8
	s.ProjectsByGroup[GroupDisabled] = 6
	return s
}

func TestOutputGet(t *testing.T) {
	s := langxi()
	s.Cases, s.GroupSessions = 5, 7
	for m, want := range map[OutputMeasure]int64{
		CasesMeasure: 5, GroupSessionsMeasure: 7, ActivitiesMeasure: 261, HoursMeasure: 3276,
		PersonTimesMeasure: 10000, NeedsIdentifiedMeasure: 411, NeedsCoveredMeasure: 36, ProjectsMeasure: 36,
		OutputMeasure(99): 0,
	} {
		assert.Equal(t, want, s.Get(m), m.String())
	}
	c := s.NeedsCoverage()
	assert.Equal(t, metrics.Coverage{Covered: 36, Total: 411}, c)
	assert.Equal(t, "8.76%", c.Rate().Format(metrics.Percent, 2), "36/411 = 8.759…%")
}

// TestOutputAddWenzhou sums Wenzhou's city-wide figures from three
// districts: 877 cases, 3,893 group sessions, 4,312 community activities.
func TestOutputAddWenzhou(t *testing.T) {
	parts := []Output{
		{Cases: 301, GroupSessions: 1402, Activities: 1500},
		{Cases: 288, GroupSessions: 1211, Activities: 1399},
		{Cases: 288, GroupSessions: 1280, Activities: 1413},
	}
	parts[0].ProjectsByField[FieldSocialAssistance] = 70
	parts[1].ProjectsByField[FieldElderlyCare] = 80
	parts[2].ProjectsByField[FieldCommunityCorrection] = 43
	var sum Output
	for _, p := range parts {
		require.NoError(t, p.Validate())
		var err error
		sum, err = sum.Add(p)
		require.NoError(t, err)
	}
	assert.Equal(t, int64(877), sum.Cases)
	assert.Equal(t, int64(3893), sum.GroupSessions)
	assert.Equal(t, int64(4312), sum.Activities)
	assert.Equal(t, int64(193), sum.Projects(), "70 + 80 + 43")

	// accumulate is Add in place.
	var acc Output
	for i := range parts {
		require.NoError(t, acc.accumulate(&parts[i]))
	}
	assert.Equal(t, sum, acc)
}

func TestOutputAddOverflow(t *testing.T) {
	for _, tc := range []struct {
		a, b  Output
		field string
	}{
		{Output{Hours: math.MaxInt64}, Output{Hours: 1}, "hours"},
		{Output{Cases: math.MinInt64}, Output{Cases: -1}, "cases"},
		{Output{ProjectsByField: FieldCounts{FieldMediation: math.MaxInt32}}, Output{ProjectsByField: FieldCounts{FieldMediation: 1}}, "projects_by_field"},
		{Output{ProjectsByGroup: GroupCounts{GroupVeterans: math.MaxInt32}}, Output{ProjectsByGroup: GroupCounts{GroupVeterans: 1}}, "projects_by_group"},
		{Output{PersonTimes: math.MaxInt64, NeedsCovered: math.MaxInt64}, Output{PersonTimes: 1, NeedsCovered: 1}, "person_times"},
	} {
		_, err := tc.a.Add(tc.b)
		require.Error(t, err, tc.field)
		assert.ErrorIs(t, err, metrics.ErrOverflow)
		assert.Contains(t, err.Error(), tc.field+" passes the range")
	}
	ok, err := Output{Cases: 5}.Add(Output{Cases: -2})
	require.NoError(t, err, "Add itself does not judge signs; Validate does")
	assert.Equal(t, int64(3), ok.Cases)
}

func TestOutputValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		edit   func(*Output)
		errors []string
	}{
		{"valid", func(*Output) {}, nil},
		{"zero", func(s *Output) { *s = Output{} }, nil},
		{"negative cases", func(s *Output) { s.Cases = -1 }, []string{"cases is -1"}},
		{"every scalar", func(s *Output) {
			*s = Output{Cases: -1, GroupSessions: -2, Activities: -3, Hours: -4, PersonTimes: -5, NeedsIdentified: -6, NeedsCovered: -7}
		}, []string{"cases is -1", "group_sessions is -2", "activities is -3", "hours is -4", "person_times is -5", "needs_identified is -6", "needs_covered is -7"}},
		{"covered above identified", func(s *Output) { s.NeedsCovered = 412 },
			[]string{"needs_covered 412 is more than needs_identified 411"}},
		{"negative field", func(s *Output) { s.ProjectsByField[FieldMediation] = -1 },
			[]string{"projects_by_field.mediation is -1"}},
		{"negative group", func(s *Output) { s.ProjectsByGroup[GroupVeterans] = -2 },
			[]string{"projects_by_group.veterans is -2"}},
		{"group above projects", func(s *Output) { s.ProjectsByGroup[GroupElderlyAlone] = 37 },
			[]string{"projects_by_group.elderly-alone 37 is more than the 36 projects"}},
	} {
		s := langxi()
		tc.edit(&s)
		assertCountErrors(t, tc.name, s.Validate(), tc.errors)
	}
}

func TestOutputJSON(t *testing.T) {
	s := langxi()
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"activities": 261, "hours": 3276, "person_times": 10000, "needs_identified": 411, "needs_covered": 36,
		"projects_by_field": {"social-assistance": 8, "elderly-care": 14, "child-protection": 10, "community-governance": 4},
		"projects_by_group": {"subsistence-allowance": 8, "elderly-alone": 14, "disabled": 6, "children-in-difficulty": 10}
	}`, string(b))
	var back Output
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s, back)

	var zh Output
	require.NoError(t, json.Unmarshal([]byte(`{"cases": 2, "projects_by_field": {"养老服务": 1}, "projects_by_group": {"退役軍人": 1}}`), &zh))
	assert.Equal(t, int32(1), zh.ProjectsByField[FieldElderlyCare])
	assert.Equal(t, int32(1), zh.ProjectsByGroup[GroupVeterans])

	for _, bad := range []string{
		`{"projects_by_field": {"astronomy": 1}}`,
		`{"projects_by_group": {"veterans": 1, "退役军人": 2}}`,
		`{"projects_by_field": {"mediation": 3000000000}}`,
		`{"projects_by_field": "mediation"}`,
	} {
		var s Output
		assert.Error(t, json.Unmarshal([]byte(bad), &s), bad)
	}
}

func FuzzOutputJSON(f *testing.F) {
	b, err := json.Marshal(langxi())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"cases": 877, "group_sessions": 3893, "activities": 4312, "projects_by_field": {"其他领域": 193}}`))
	f.Add([]byte(`{"needs_identified": 1, "needs_covered": 2, "projects_by_group": {"veterans": 1}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var s Output
		if json.Unmarshal(data, &s) != nil {
			return
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("decoded output does not encode: %v", err)
		}
		var back Output
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Fatalf("round trip changed the output (%v):\n%+v\n%+v", err, s, back)
		}
		if s.Validate() != nil {
			return
		}
		// The invariants Validate checks survive addition.
		sum, err := s.Add(s)
		if err != nil {
			if !errors.Is(err, metrics.ErrOverflow) {
				t.Fatalf("add: %v", err)
			}
			return
		}
		if err := sum.Validate(); err != nil {
			t.Fatalf("sum of valid outputs is invalid: %v", err)
		}
		if sum.Projects() != 2*s.Projects() || sum.NeedsCoverage().Validate() != nil {
			t.Fatalf("projects %d → %d", s.Projects(), sum.Projects())
		}
	})
}

func ExampleOutput_Add() {
	// Wenzhou's stations, summed from two halves of the year.
	first := Output{Cases: 430, GroupSessions: 1900, Activities: 2100, NeedsIdentified: 300, NeedsCovered: 240}
	second := Output{Cases: 447, GroupSessions: 1993, Activities: 2212, NeedsIdentified: 100, NeedsCovered: 80}
	second.ProjectsByField[FieldSocialAssistance] = 52
	second.ProjectsByField[FieldOther] = 141
	year, err := first.Add(second)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range []OutputMeasure{CasesMeasure, GroupSessionsMeasure, ActivitiesMeasure, ProjectsMeasure} {
		fmt.Println(m.Label(language.SimplifiedChinese), year.Get(m))
	}
	fmt.Println("needs covered", year.NeedsCoverage(), year.NeedsCoverage().Rate().Format(metrics.Percent, 0))
	// Output:
	// 个案 877
	// 小组节数 3893
	// 社区活动场次 4312
	// 服务项目 193
	// needs covered 320/400 80%
}
