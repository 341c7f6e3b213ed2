package jurisdiction_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// Cases the library cannot compute fail with the reason; a wrong figure
// fails with the difference.
func TestRunCasesFailures(t *testing.T) {
	code := hierarchy.MustParseCode
	county := []hierarchy.Record{{Code: code("341821"), Name: "县"}, {Code: code("341821100"), Name: "镇", Facility: hierarchy.FacilityStation}}
	worker := []staffing.Worker{{ID: "w", Unit: code("341821100"), Role: staffing.CommitteeCadre, Joined: policy.MustDate(2020, 1, 1), Prior: staffing.Junior}}
	lx := jurisdiction.MustLoad("langxi")
	ordos := jurisdiction.MustLoad("ordos")
	suzhou := jurisdiction.MustLoad("suzhou")
	for _, tc := range []struct {
		name string
		p    *jurisdiction.Pack
		c    jurisdiction.Case
		diff string
	}{
		{"wrong coverage", suzhou, jurisdiction.Case{Kind: jurisdiction.CaseCoverage, Covered: 90, Total: 96, Want: "93%"}, "got 94%, want 93%"},
		{"coverage over the total", suzhou, jurisdiction.Case{Kind: jurisdiction.CaseCoverage, Covered: 97, Total: 96, Want: "1"}, "case cannot be computed: "},
		{"no such area rule", ordos, jurisdiction.Case{Kind: jurisdiction.CaseRequirement, Rule: "nope", Want: "1"}, `case cannot be computed: no staffing area rule "nope"`},
		{"negative population", ordos, jurisdiction.Case{Kind: jurisdiction.CaseRequirement, Rule: "ordos-talent-2025", Population: -1, Want: "1"}, "case cannot be computed: "},
		{"minimum on a bad network", suzhou, jurisdiction.Case{Kind: jurisdiction.CaseMinimum, Network: []hierarchy.Record{{Name: "x"}}, Want: "1"}, "case cannot be computed: "},
		{"minimum at a unit not in the network", suzhou, jurisdiction.Case{Kind: jurisdiction.CaseMinimum, Network: county, Unit: code("341821101"), Want: "1"}, "case cannot be computed: unit 341821101: "},
		{"payroll without a schedule", suzhou, jurisdiction.Case{Kind: jurisdiction.CasePayroll, Want: "1"}, "case cannot be computed: the pack has no incentive schedule"},
		{"payroll on a bad network", lx, jurisdiction.Case{Kind: jurisdiction.CasePayroll, Network: []hierarchy.Record{{Name: "x"}}, Want: "1"}, "case cannot be computed: "},
		{"payroll with a worker elsewhere", lx, jurisdiction.Case{Kind: jurisdiction.CasePayroll, Network: county,
			Roster: []staffing.Worker{{ID: "w", Unit: code("341821101"), Joined: policy.MustDate(2020, 1, 1)}}, Want: "1"}, "case cannot be computed: "},
		{"payroll over no period", lx, jurisdiction.Case{Kind: jurisdiction.CasePayroll, Network: county, Roster: worker, Want: "1"}, "case cannot be computed: "},
		{"payroll of a rule paying nothing", lx, jurisdiction.Case{Kind: jurisdiction.CasePayroll, Network: county, Roster: worker, Rule: "lx-certificate-bonus",
			Period: policy.MustYear(2023), Want: "1"}, `case cannot be computed: no line item of rule "lx-certificate-bonus"`},
		{"unspecified kind", lx, jurisdiction.Case{Want: "1"}, "case cannot be computed: kind unspecified"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := *tc.p
			p.Cases = []jurisdiction.Case{tc.c}
			r := jurisdiction.RunCases(&p)
			require.Len(t, r, 1)
			assert.Equal(t, jurisdiction.Fail, r[0].Status)
			assert.Contains(t, r[0].Diff(), tc.diff)
			if r[0].Err != nil {
				assert.ErrorIs(t, r[0].Err, jurisdiction.ErrCase)
				assert.Empty(t, r[0].Got)
			}
		})
	}
}

func TestRunCasesFigures(t *testing.T) {
	lx := jurisdiction.MustLoad("langxi")
	code := hierarchy.MustParseCode
	county := []hierarchy.Record{{Code: code("341821"), Name: "县"}, {Code: code("341821100"), Name: "镇"}}
	// A whole year of a junior cadre's stipend and nothing else: 12 × 100.
	lx.Cases = []jurisdiction.Case{{Kind: jurisdiction.CasePayroll, Network: county, Period: policy.MustYear(2023), Want: "1200.00",
		Roster: []staffing.Worker{{ID: "w", Unit: code("341821100"), Role: staffing.CommitteeCadre, Joined: policy.MustDate(2020, 1, 1), Prior: staffing.Junior}}},
		{Kind: jurisdiction.CaseUnreproducible, Note: "why"}}
	r := jurisdiction.RunCases(lx)
	assert.Equal(t, jurisdiction.Pass, r[0].Status, r[0].Diff())
	assert.Equal(t, "1200.00", r[0].Got)
	assert.Empty(t, r[0].Diff())
	assert.Equal(t, jurisdiction.NotReproducible, r[1].Status)
	assert.Equal(t, "why", r[1].Diff())
	assert.Empty(t, r[1].Got)
}

func TestCaseEnums(t *testing.T) {
	assert.Equal(t, []jurisdiction.CaseKind{jurisdiction.CaseCoverage, jurisdiction.CaseRequirement, jurisdiction.CaseMinimum,
		jurisdiction.CasePayroll, jurisdiction.CaseUnreproducible}, jurisdiction.CaseKinds())
	assert.Equal(t, "payroll", jurisdiction.CasePayroll.String())
	assert.Equal(t, "無法復算", jurisdiction.CaseUnreproducible.Label(language.TraditionalChinese))
	assert.True(t, jurisdiction.CaseMinimum.Valid())
	assert.False(t, jurisdiction.CaseKind(6).Valid())
	var k jurisdiction.CaseKind
	require.NoError(t, k.UnmarshalText([]byte("覆盖率")))
	assert.Equal(t, jurisdiction.CaseCoverage, k)

	assert.Equal(t, []jurisdiction.CaseStatus{jurisdiction.Pass, jurisdiction.Fail, jurisdiction.NotReproducible}, jurisdiction.CaseStatuses())
	assert.Equal(t, "not-reproducible", jurisdiction.NotReproducible.String())
	assert.Equal(t, "不符", jurisdiction.Fail.Label(language.SimplifiedChinese))
	assert.True(t, jurisdiction.Fail.Valid())
	assert.False(t, jurisdiction.CaseStatus(3).Valid())
	b, err := jurisdiction.Pass.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "pass", string(b))
	var s jurisdiction.CaseStatus
	require.NoError(t, s.UnmarshalText([]byte("fail")))
	assert.Equal(t, jurisdiction.Fail, s)
	require.ErrorIs(t, s.UnmarshalText([]byte("maybe")), policy.ErrUnknownName)
}
