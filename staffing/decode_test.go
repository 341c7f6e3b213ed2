package staffing

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

// lines writes each problem of err as "path (line L, column C): reason",
// for comparing every problem of a document at once.
func lines(err error) []string {
	var out []string
	for _, p := range policy.ProblemsOf(err) {
		out = append(out, p.Error())
	}
	return out
}

const src = `"source": {"title": "t", "issuer": "i", "status": "plan"}`

func TestDecodeRuleSetProblems(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		want      []string
	}{{
		name: "a bad enum in one rule does not hide a bad number in another",
		doc: `{"jurisdiction": "x", "minimums": [
  {"id": "a", "units": {"level": "kounty"}, "min": 1, ` + src + `},
  {"id": "b", "units": {"level": "county"}, "min": -3, ` + src + `}
]}`,
		want: []string{
			`minimums[0].units.level (line 2, column 34): unknown level "kounty" (want one of province, city, county, township, community)`,
			`minimums[1].min (line 3, column 52): invalid staffing rule: rule "b": min -3 is outside 0..100000`,
		},
	}, {
		name: "a bad enum and a bad number in one rule",
		doc: `{"jurisdiction": "x", "minimums": [
  {"id": "a", "units": {"level": "kounty"}, "min": -3, ` + src + `}]}`,
		want: []string{
			`minimums[0].units.level (line 2, column 34): unknown level "kounty" (want one of province, city, county, township, community)`,
			`minimums[0].min (line 2, column 52): invalid staffing rule: rule "a": min -3 is outside 0..100000`,
		},
	}, {
		name: "unknown, repeated, missing keys and wrong types",
		doc: `{"jurisdiction": "x", "jurisdiction": "y", "minimum": [],
 "certificates": [{"id": "c", "roles": ["resident-worker"], "months": "12", ` + src + `}],
 "areas": [{"id": "a", "indicator": "talent", "requirement": {"floor": 5000}, "counts": {}, "deadlne": "2025-12-31", ` + src + `}],
 "roles": [{"id": "r", "units": {"level": "township"}, "quotas": [{"roles": ["resident-worker"], "min": 1.5}], ` + src + `}]
}`,
		want: []string{
			`jurisdiction (line 1, column 39): key given twice`,
			`minimum (line 1, column 55): unknown key; the keys are jurisdiction, minimums, roles, certificates, areas`,
			`certificates[0].months (line 2, column 71): wrong type: a string, want a whole number from -9223372036854775808 to 9223372036854775807`,
			`areas[0].deadline (line 3, column 12): missing`,
			`areas[0].deadlne (line 3, column 104): unknown key; the keys are id, indicator, units, requirement, counts, deadline, period, source`,
			`roles[0].quotas[0].min (line 4, column 105): 1.5 is not a whole number from -9223372036854775808 to 9223372036854775807`,
		},
	}, {
		name: "null, wrong containers and a duplicate id",
		doc: `{"jurisdiction": null, "minimums": {}, "roles": [7],
 "certificates": [
  {"id": "c", "roles": ["resident-worker"], "months": 12, ` + src + `},
  {"id": "c", "roles": ["resident-worker", "resident-worker"], "months": 601, ` + src + `}]}`,
		want: []string{
			`jurisdiction (line 1, column 18): wrong type: null, want a string`,
			`minimums (line 1, column 36): wrong type: an object, want an array`,
			`roles[0] (line 1, column 50): wrong type: a number, want an object`,
			`certificates[1].id (line 4, column 10): invalid staffing rule: rule "c": id is used by another rule`,
			`certificates[1].roles (line 4, column 24): role resident-worker listed twice`,
			`certificates[1].months (line 4, column 74): invalid staffing rule: rule "c": months 601 is outside 1..600`,
		},
	}, {
		name: "a syntax error",
		doc:  "{\"jurisdiction\": \"x\",\n \"minimums\": [}",
		want: []string{`(line 2, column 15): invalid JSON: want a value, found '}'`},
	}, {
		name: "data after the rule set",
		doc:  `{"jurisdiction":"x"} {}`,
		want: []string{`(line 1, column 22): invalid JSON: data after the document's value`},
	}, {
		name: "not an object",
		doc:  `[]`,
		want: []string{`(line 1, column 1): wrong type: an array, want an object`},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := DecodeRuleSet([]byte(tc.doc))
			assert.Nil(t, rs)
			var ps policy.Problems
			require.ErrorAs(t, err, &ps)
			assert.Equal(t, tc.want, lines(err))
		})
	}
}

func TestDecodeRuleSetKinds(t *testing.T) {
	_, err := DecodeRuleSet([]byte(`{"jurisdiction": "x", "minimums": [{"id": "a", "units": {"level": "township"}, "min": -2, ` + src + `}], "minimum": 1}`))
	assert.ErrorIs(t, err, ErrRule)
	assert.ErrorIs(t, err, jsonwalk.ErrUnknownKey)
	var re *RuleError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, "a", re.Rule)
	_, err = DecodeRuleSet([]byte(`{"jurisdiction": "x", "minimums": [{"id": "a", "units": {"level": "hamlet"}, "min": 2, ` + src + `}]}`))
	assert.ErrorIs(t, err, policy.ErrUnknownName)
	_, err = DecodeRuleSet([]byte(`{`))
	assert.ErrorIs(t, err, jsonwalk.ErrSyntax)
}

// TestRuleSetRoundTrip: every preset encodes, decodes to itself and
// encodes to the same bytes; the encoding uses the documented keys.
func TestRuleSetRoundTrip(t *testing.T) {
	for _, rs := range Presets() {
		b, err := EncodeRuleSet(rs)
		require.NoError(t, err, rs.Jurisdiction)
		back, err := DecodeRuleSet(b)
		require.NoError(t, err, rs.Jurisdiction)
		assert.Equal(t, rs, back, rs.Jurisdiction)
		again, err := EncodeRuleSet(back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(again), rs.Jurisdiction)
		var generic any
		require.NoError(t, json.Unmarshal(b, &generic))
		assertKeys(t, generic)
	}
}

// assertKeys checks that every key of a decoded JSON value is snake_case,
// never a Go field name.
func assertKeys(t *testing.T, v any) {
	t.Helper()
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			for _, r := range k {
				assert.True(t, r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9', "key %q", k)
			}
			assertKeys(t, e)
		}
	case []any:
		for _, e := range v {
			assertKeys(t, e)
		}
	}
}

func TestEncodeRuleSet(t *testing.T) {
	rs := &RuleSet{Jurisdiction: "演示县", Minimums: []Minimum{{
		ID: "m", Units: hierarchy.Selector{Level: hierarchy.LevelTownship, WithFacility: true}, Min: 2,
		Counts: Counts{Roles: RolesOf(ResidentWorker), FullTime: true},
		Period: policy.Period{From: policy.MustDate(2024, 1, 1)},
		Source: policy.Source{Title: "t", Issuer: "i", Status: policy.StatusInForce, Clause: "二"},
	}}}
	b, err := EncodeRuleSet(rs)
	require.NoError(t, err)
	assert.Equal(t, `{
  "jurisdiction": "演示县",
  "minimums": [
    {
      "id": "m",
      "units": {
        "level": "township",
        "with_facility": true
      },
      "min": 2,
      "counts": {
        "roles": [
          "resident-worker"
        ],
        "full_time": true
      },
      "period": "2024-01-01/",
      "source": {
        "title": "t",
        "issuer": "i",
        "clause": "二",
        "status": "in-force"
      }
    }
  ]
}
`, string(b))
	rs.Minimums[0].Min = -1
	_, err = EncodeRuleSet(rs)
	assert.Equal(t, []string{`minimums[0].min: invalid staffing rule: rule "m": min -1 is outside 0..100000`}, lines(err))
	assert.True(t, errors.Is(err, ErrRule))
}
