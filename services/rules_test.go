package services

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
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
		"invalid five-society rule: jurisdiction is empty",
		`invalid five-society rule "(no id)": id is empty`,
		`invalid five-society rule "ordos-urban-organisations": name is empty`,
		`invalid five-society rule "ordos-urban-organisations": min 0 is below 1, which every unit meets`,
		`invalid five-society rule "ordos-urban-organisations": id is used by another rule`,
		`invalid five-society rule "sel": kind village is not of level township`,
		`invalid five-society rule "meas": measure resource measure(42) is unknown`,
		`invalid five-society rule "dates": deadline is missing`,
		`invalid five-society rule "dates": invalid period 2025-01-02/2025-01-01: until is before from`,
		`invalid five-society rule "src": invalid source: title is empty`,
		`invalid five-society rule "src": invalid source: issuer is empty`,
		`invalid five-society rule "src": invalid source: status unspecified is not one of in-force, draft, plan, report`,
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
	b, err := json.Marshal(Ordos())
	require.NoError(t, err)
	rs, err := DecodeRuleSet(b)
	require.NoError(t, err)
	assert.Equal(t, Ordos(), rs)

	var generic map[string]any
	require.NoError(t, json.Unmarshal(b, &generic))
	first := generic["rules"].([]any)[0].(map[string]any)
	assert.Equal(t, "organisations", first["measure"])
	assert.Equal(t, "2025-12-31", first["deadline"])
	assert.Equal(t, map[string]any{"level": "community", "area": "urban"}, first["units"])

	for _, tc := range []struct {
		in   string
		want string
	}{
		{`{"jurisdiction": "x", "rules": [], "extra": 1}`, "unknown field"},
		{`{"jurisdiction": "x", "rules": []} {}`, "data after the rule set"},
		{`{"jurisdiction": "x", "rules": [{"id": "a", "measure": "weather"}]}`, "unknown resource measure"},
		{`{"jurisdiction": "", "rules": []}`, "jurisdiction is empty"},
		{`[`, "unexpected EOF"},
	} {
		_, err := DecodeRuleSet([]byte(tc.in))
		assert.ErrorIs(t, err, ErrRule, tc.in)
		assert.ErrorContains(t, err, tc.want, tc.in)
	}
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
			return
		}
		b, err := json.Marshal(rs)
		if err != nil {
			t.Fatalf("accepted rule set does not encode: %v", err)
		}
		back, err := DecodeRuleSet(b)
		if err != nil {
			t.Fatalf("re-encoded rule set rejected: %v\n%s", err, b)
		}
		again, _ := json.Marshal(back)
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
