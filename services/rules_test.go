package services

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/codectest"
	"github.com/shegong/shegong/policy"
)

func TestPresetsValidate(t *testing.T) {
	require.NoError(t, Ordos().Validate())
	for _, ind := range SuzhouCharityFunds() {
		require.NoError(t, ind.Validate(), ind.ID)
	}
	require.NoError(t, InnerMongoliaThreeLists().Validate())

	o := Ordos()
	require.Len(t, o.Rules, 3)
	for _, r := range o.Rules {
		assert.Equal(t, policy.MustDate(2025, 12, 31), r.Deadline, r.ID)
		assert.Equal(t, policy.Ordos2021.Source().Title, r.Source.Title, r.ID)
		assert.Equal(t, hierarchy.LevelCommunity, r.Units.Level, r.ID)
	}
	assert.Equal(t, int64(10), o.Rules[0].Min)
	assert.Equal(t, hierarchy.AreaUrban, o.Rules[0].Units.Area)
	assert.Equal(t, int64(5), o.Rules[1].Min)
	assert.Equal(t, hierarchy.AreaRural, o.Rules[1].Units.Area)
	assert.Equal(t, SocialWorkersMeasure, o.Rules[2].Measure)

	// Each call builds a fresh copy.
	o.Rules[0].Min = 99
	assert.Equal(t, int64(10), Ordos().Rules[0].Min)
}

func TestRuleSetValidate(t *testing.T) {
	good := Ordos().Rules[0]
	edit := func(f func(*Rule)) Rule {
		r := good
		f(&r)
		return r
	}
	rs := &RuleSet{Rules: []Rule{
		good,
		edit(func(r *Rule) { r.ID = " " }),
		edit(func(r *Rule) { r.Name = ""; r.Min = 0 }),
		edit(func(r *Rule) {
			r.ID = "sel"
			r.Units = hierarchy.Selector{Level: hierarchy.LevelTownship, Kinds: []hierarchy.UnitKind{hierarchy.KindVillage}}
		}),
		edit(func(r *Rule) { r.ID = "meas"; r.Measure = ResourceMeasure(42) }),
		edit(func(r *Rule) {
			r.ID = "dates"
			r.Deadline = 0
			r.Period = policy.Period{From: policy.MustDate(2025, 1, 2), Until: policy.MustDate(2025, 1, 1)}
		}),
		edit(func(r *Rule) { r.ID = "src"; r.Source = policy.Source{} }),
	}}
	err := rs.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrRule)
	var msgs []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		msgs = append(msgs, e.Error())
	}
	assert.Equal(t, []string{
		"jurisdiction: invalid five-society rule: jurisdiction is empty",
		`rules[1].id: invalid five-society rule "(no id)": id is empty`,
		`rules[2].name: invalid five-society rule "ordos-urban-organisations": name is empty`,
		`rules[2].min: invalid five-society rule "ordos-urban-organisations": min 0 is below 1, which every unit meets`,
		`rules[2].id: invalid five-society rule "ordos-urban-organisations": id is used by another rule`,
		`rules[3].units: invalid five-society rule "sel": kind village is not of level township`,
		`rules[4].measure: invalid five-society rule "meas": measure resource measure(42) is unknown`,
		`rules[5].deadline: invalid five-society rule "dates": deadline is missing`,
		`rules[5].period: invalid five-society rule "dates": invalid period 2025-01-02/2025-01-01: until is before from`,
		`rules[6].source: invalid five-society rule "src": invalid source: title is empty`,
		`rules[6].source: invalid five-society rule "src": invalid source: issuer is empty`,
		`rules[6].source: invalid five-society rule "src": invalid source: status unspecified is not one of in-force, draft, plan, report`,
	}, msgs)
	var re *RuleError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, "(no id)", re.Rule)
	assert.ErrorIs(t, err, policy.ErrSource)
	assert.ErrorIs(t, err, policy.ErrPeriod)

	ind := Indicator{ID: "z", Name: "x", Units: hierarchy.Selector{}, Measure: VolunteersMeasure, Min: 1, Source: policy.Wenzhou.Cite("三是")}
	assert.ErrorContains(t, ind.Validate(), "selector names neither a level nor kinds")
}

func TestDecodeRuleSet(t *testing.T) {
	for _, preset := range []*RuleSet{Ordos()} {
		b, err := EncodeRuleSet(preset)
		require.NoError(t, err)
		rs, err := DecodeRuleSet(b)
		require.NoError(t, err)
		assert.Equal(t, preset, rs)
		again, err := EncodeRuleSet(rs)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(again))
		direct, err := json.Marshal(preset)
		require.NoError(t, err)
		assert.JSONEq(t, string(direct), string(b), "encoding/json writes the same form")
	}

	b, err := EncodeRuleSet(Ordos())
	require.NoError(t, err)
	var generic map[string]any
	require.NoError(t, json.Unmarshal(b, &generic))
	first := generic["rules"].([]any)[0].(map[string]any)
	assert.Equal(t, "organisations", first["measure"])
	assert.Equal(t, "2025-12-31", first["deadline"])
	assert.Equal(t, map[string]any{"level": "community", "area": "urban"}, first["units"])

	const src = `"source": {"title": "t", "issuer": "i", "status": "plan"}`
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{`{"jurisdiction": "x", "rules": [], "extra": 1}`, []string{
			`extra (line 1, column 45): invalid five-society rule: unknown key; the keys are jurisdiction, rules`,
		}},
		{`{"jurisdiction": "x", "rules": []} {}`, []string{
			`(line 1, column 36): invalid five-society rule: invalid JSON: data after the document's value`,
		}},
		{`{"jurisdiction": "", "rules": []}`, []string{
			`jurisdiction (line 1, column 18): invalid five-society rule: jurisdiction is empty`,
		}},
		{`[`, []string{`(line 1, column 2): invalid five-society rule: invalid JSON: unexpected end of the document`}},
		// A bad name in one rule does not hide a bad number in another.
		{`{"jurisdiction": "x", "rules": [
  {"id": "a", "name": "n", "units": {"level": "township"}, "measure": "weather", "min": 1, "deadline": "2025-12-31", ` + src + `},
  {"id": "b", "name": "n", "units": {"level": "township"}, "measure": "volunteers", "min": 0, "deadline": "2025-12-31", ` + src + `},
  {"id": "b", "name": "", "units": {"levl": "township"}, "measure": "volunteers", "min": "1", ` + src + `}]}`, []string{
			`rules[0].measure (line 2, column 71): invalid five-society rule: unknown resource measure "weather" (want one of organisations, registered-organisations, social-workers, volunteers, volunteer-teams, charity-funds, lists-kept)`,
			`rules[1].min (line 3, column 92): invalid five-society rule "b": min 0 is below 1, which every unit meets`,
			`rules[2].deadline (line 4, column 3): invalid five-society rule: missing`,
			`rules[2].id (line 4, column 10): invalid five-society rule "b": id is used by another rule`,
			`rules[2].name (line 4, column 23): invalid five-society rule "b": name is empty`,
			`rules[2].units.levl (line 4, column 45): invalid five-society rule: unknown key; the keys are level, kinds, area, with_facility`,
			`rules[2].min (line 4, column 90): invalid five-society rule: wrong type: a string, want a whole number from -9223372036854775808 to 9223372036854775807`,
		}},
	} {
		_, err := DecodeRuleSet([]byte(tc.in))
		assert.ErrorIs(t, err, ErrRule, tc.in)
		var got []string
		for _, p := range policy.ProblemsOf(err) {
			got = append(got, p.Error())
		}
		assert.Equal(t, tc.want, got, tc.in)
	}
	bad := Ordos()
	bad.Rules[0].Min = 0
	_, err = EncodeRuleSet(bad)
	assert.ErrorIs(t, err, ErrRule)
}

func FuzzDecodeRuleSet(f *testing.F) {
	b, err := json.Marshal(Ordos())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"jurisdiction":"x","rules":[{"id":"a","name":"n","units":{"kinds":["村"],"area":"rural"},"measure":"三清单","min":3,"deadline":"2025-12-31","period":"2024/","source":{"title":"t","issuer":"i","status":"plan"}}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := DecodeRuleSet(data)
		if err != nil {
			if !errors.Is(err, ErrRule) {
				t.Fatalf("error does not wrap ErrRule: %v", err)
			}
			codectest.Problems(t, err)
			return
		}
		b, err := EncodeRuleSet(rs)
		if err != nil {
			t.Fatalf("accepted rule set does not encode: %v", err)
		}
		back, err := DecodeRuleSet(b)
		if err != nil {
			t.Fatalf("re-encoded rule set rejected: %v\n%s", err, b)
		}
		again, _ := EncodeRuleSet(back)
		if string(again) != string(b) {
			t.Fatalf("round trip changed the rule set:\n%s\n%s", b, again)
		}
	})
}

func TestRequirementValidate(t *testing.T) {
	r := Ordos().Rules[1]
	require.NoError(t, r.Validate())
	r.Deadline = 0
	assert.ErrorContains(t, r.Validate(), `"ordos-rural-organisations": deadline is missing`)
}
