package hierarchy_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/codectest"
	"github.com/shegong/shegong/policy"
)

func problemLines(err error) []string {
	var out []string
	for _, p := range policy.ProblemsOf(err) {
		out = append(out, p.Error())
	}
	return out
}

func presetSchemes() []hierarchy.Scheme {
	return []hierarchy.Scheme{hierarchy.Chongqing(), hierarchy.Ordos(), hierarchy.Suzhou(), hierarchy.Langxi()}
}

func TestSchemeRoundTrip(t *testing.T) {
	for _, s := range presetSchemes() {
		b, err := hierarchy.EncodeScheme(s)
		require.NoError(t, err, s.Name)
		back, err := hierarchy.DecodeScheme(b)
		require.NoError(t, err, s.Name)
		assert.Equal(t, s, back, s.Name)
		again, err := hierarchy.EncodeScheme(back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(again), s.Name)
		direct, err := json.Marshal(s)
		require.NoError(t, err)
		assert.JSONEq(t, string(direct), string(b))
	}
	_, err := hierarchy.EncodeScheme(hierarchy.Scheme{})
	assert.ErrorIs(t, err, hierarchy.ErrScheme)
}

const schemeSrc = `"source": {"title": "t", "issuer": "i", "status": "plan"}`

func TestDecodeSchemeProblems(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		want      []string
	}{{
		name: "a bad name in one tier does not hide a bad order in another",
		doc: `{"name": "x", ` + schemeSrc + `, "tiers": [
  {"level": "county", "facility": "guidance-center", "functions": ["planing"], ` + schemeSrc + `},
  {"level": "township", "facility": "station", ` + schemeSrc + `},
  {"level": "county", "facility": "service-center", ` + schemeSrc + `}]}`,
		want: []string{
			`tiers[0].functions[0] (line 2, column 68): invalid scheme: unknown function "planing" (want one of planning, integration, guidance, evaluation, standards, talent, cultivation, projects, room-supervision, service-linking, direct-service, resource-linking)`,
			`tiers[2].level (line 4, column 13): invalid scheme "x": tier 2: level county does not lie below township`,
		},
	}, {
		name: "unknown, missing and mistyped keys",
		doc: `{"name": "x", "motto": 3, "tiers": [
  {"level": "township", "facilty": "station", "optional": "yes", ` + schemeSrc + `}]}`,
		want: []string{
			`source (line 1, column 1): invalid scheme: missing`,
			`motto (line 1, column 24): invalid scheme: 3 is not a string`,
			`tiers[0].facility (line 2, column 3): invalid scheme: missing`,
			`tiers[0].facilty (line 2, column 36): invalid scheme: unknown key; the keys are level, facility, functions, optional, standard, source`,
			`tiers[0].optional (line 2, column 59): invalid scheme: wrong type: a string, want true or false`,
		},
	}, {
		name: "validation only",
		doc:  `{"name": "", "tiers": [], "source": {"title": "", "issuer": "", "status": "unspecified"}}`,
		want: []string{
			`name (line 1, column 10): invalid scheme "": name is empty`,
			`tiers (line 1, column 23): invalid scheme "": no tiers`,
			`source (line 1, column 37): invalid scheme "": source: invalid source: title is empty`,
			`source (line 1, column 37): invalid scheme "": source: invalid source: issuer is empty`,
			`source (line 1, column 37): invalid scheme "": source: invalid source: status unspecified is not one of in-force, draft, plan, report`,
		},
	}, {
		name: "a syntax error",
		doc:  "{\"name\": \"x\",\n\"tiers\": [,]}",
		want: []string{`(line 2, column 11): invalid scheme: invalid JSON: want a value, found ','`},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := hierarchy.DecodeScheme([]byte(tc.doc))
			var ps policy.Problems
			require.ErrorAs(t, err, &ps)
			assert.ErrorIs(t, err, hierarchy.ErrScheme)
			assert.Equal(t, tc.want, problemLines(err))
		})
	}
}

// FuzzDecodeScheme: no bytes make the decoder panic; every error is a
// list of placed problems; an accepted scheme encodes, decodes back and
// encodes to the same bytes.
func FuzzDecodeScheme(f *testing.F) {
	for _, s := range presetSchemes() {
		b, err := hierarchy.EncodeScheme(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"name": "x", "tiers": [{"level": "镇街", "facility": "社工站", "standard": "premises", ` + schemeSrc + `}], ` + schemeSrc + `}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		codectest.RoundTrip(t, data, hierarchy.DecodeScheme, hierarchy.EncodeScheme)
	})
}

// FuzzSchemeTyped builds schemes from typed values, so that most inputs
// are valid documents: the decoder accepts one exactly when Validate
// accepts the scheme, and gives it back.
func FuzzSchemeTyped(f *testing.F) {
	f.Add("x", "m", uint8(3), uint8(1), uint8(1), uint8(0), true, "t")
	f.Add("", "", uint8(4), uint8(9), uint8(0), uint8(0xff), false, "")
	f.Fuzz(func(t *testing.T, name, motto string, level, facility, function, standard uint8, optional bool, title string) {
		src := policy.Source{Title: title, Issuer: "i", Status: policy.StatusPlan}
		s := hierarchy.Scheme{Name: name, Motto: motto, Source: src, Tiers: []hierarchy.Tier{{
			Level: hierarchy.Level(level % 7), Facility: hierarchy.Facility(facility % 6),
			Functions: []hierarchy.Function{hierarchy.Function(function % 10)}, Optional: optional,
			Standard: hierarchy.Essentials(standard), Source: src,
		}}}
		valid := s.Validate() == nil
		b, err := json.Marshal(s)
		if err != nil {
			if valid {
				t.Fatalf("valid scheme does not encode: %v", err)
			}
			return
		}
		back, err := hierarchy.DecodeScheme(b)
		if (err == nil) != valid {
			t.Fatalf("decode says %v, Validate says valid=%v:\n%s", err, valid, b)
		}
		codectest.RoundTrip(t, b, hierarchy.DecodeScheme, hierarchy.EncodeScheme)
		if err == nil && back.Tiers[0].Level != s.Tiers[0].Level {
			t.Fatalf("decoded %+v from %s", back, b)
		}
	})
}
