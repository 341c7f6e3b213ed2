package jurisdiction_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/policy"
)

func langxi(t *testing.T) string {
	t.Helper()
	b, err := jurisdiction.MustLoad("langxi").Encode()
	require.NoError(t, err)
	return string(b)
}

// Each mistake gives exactly the problems listed, by path.
func TestDecodeProblems(t *testing.T) {
	good := langxi(t)
	src := `{"title": "t", "issuer": "i", "status": "in-force"}`
	minimal := func(extra string) string {
		return `{"format": 1, "id": "x", "names": {"en": "X", "zh_hans": "县", "zh_hant": "縣"}, "sources": [], "staffing": {"jurisdiction": "县"}` + extra + `}`
	}
	for _, tc := range []struct {
		name, doc string
		paths     []string
	}{
		{"syntax", `{"format": 1,,}`, []string{""}},
		{"not an object", `[]`, []string{""}},
		{"format missing", `{"id": "x"}`, []string{"format"}},
		{"format a string", `{"format": "1"}`, []string{"format"}},
		{"format 2, nothing else read", `{"format": 2, "id": 5}`, []string{"format"}},
		{"unknown key beside the format", `{"format": 1, "nmae": 1, "id": "x", "names": {"en": "X", "zh_hans": "县", "zh_hant": "縣"}, "sources": [], "staffing": {"jurisdiction": "县"}}`, []string{"nmae"}},
		{"required parts missing", `{"format": 1}`, []string{"id", "names", "sources", "staffing"}},
		{"bad id and empty names", `{"format": 1, "id": "X Y", "names": {"en": " ", "zh_hans": "", "zh_hant": "縣"}, "sources": [], "staffing": {"jurisdiction": "县"}}`,
			[]string{"id", "names.en", "names.zh_hans"}},
		{"bad source", strings.Replace(minimal(""), `"sources": []`, `"sources": [{"title": "", "issuer": "i", "status": "in-force"}]`, 1), []string{"sources[0]"}},
		{"bad scheme", minimal(`, "scheme": {"name": "", "tiers": [], "source": ` + src + `}`), []string{"scheme.name", "scheme.tiers"}},
		{"budget without funding", minimal(`, "budget": "budgeted"`), []string{"budget"}},
		{"bad mix, earmark and spending", minimal(`, "funding": {"jurisdiction": "县", "mix": {"name": "", "items": []},
			"earmarks": [{"fund": "", "share": "1/100", "purpose": "p", "source": ` + src + `}],
			"spending": [{"purpose": "p", "amount": {"value": "1", "unit": "元"}, "source": {"title": "", "issuer": "", "status": "in-force"}}]}`),
			[]string{"funding.mix.name", "funding.mix.items", "funding.earmarks[0].fund", "funding.spending[0].source"}},
		{"bad and repeated targets", minimal(`, "targets": [
			{"target": {"id": "t", "indicator": "i", "comparator": "at-least", "kind": "count", "value": "-1", "source": ` + src + `}, "measure": "unmeasured"},
			{"target": {"id": "t", "indicator": "i", "comparator": "at-least", "kind": "count", "value": "1", "source": ` + src + `}, "measure": "unmeasured"}]`),
			[]string{"targets[0].target.value", "targets[1].target.id"}},
		{"bad cases", minimal(`, "cases": [
			{"id": "C", "kind": "coverage", "source": ` + src + `},
			{"id": "c", "kind": "unreproducible", "source": ` + src + `},
			{"id": "c", "kind": "unspecified", "source": {"title": "", "issuer": "i", "status": "in-force"}}]`),
			[]string{"cases[0].id", "cases[0].want", "cases[1].note", "cases[2].id", "cases[2].source", "cases[2].kind"}},
		{"parts decoded by their packages", strings.Replace(strings.Replace(good, `"months": 12`, `"months": -12`, 1), `"junior": "1000"`, `"junior": "x"`, 1),
			[]string{"staffing.certificates[0].months", "incentives.bonuses[0].terms[0].value.amounts"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := jurisdiction.Decode([]byte(tc.doc))
			assert.Nil(t, p)
			var ps policy.Problems
			require.ErrorAs(t, err, &ps)
			var paths []string
			for _, pr := range ps {
				paths = append(paths, pr.Path)
				assert.Positive(t, pr.Line, pr.Error())
			}
			assert.Equal(t, tc.paths, paths, err.Error())
		})
	}
}

func TestDecodeFormat(t *testing.T) {
	_, err := jurisdiction.Decode([]byte(`{"format": 2}`))
	require.ErrorIs(t, err, jurisdiction.ErrFormat)
	assert.Equal(t, "format (line 1, column 12): unknown pack format 2: this version reads format 1", policy.ProblemsOf(err)[0].Error())
	_, err = jurisdiction.Decode([]byte("{\n  \"format\": 1,\n  \"id\": \"x\",,\n}"))
	ps := policy.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, 3, ps[0].Line)
}

// A pack built in Go with parts left out encodes with the required keys
// present, and decodes back.
func TestEncodeMinimal(t *testing.T) {
	p := &jurisdiction.Pack{ID: "x", Names: jurisdiction.Names{En: "X", Hans: "县", Hant: "縣"}}
	b, err := p.Encode()
	require.NoError(t, err)
	assert.Equal(t, `{
  "format": 1,
  "id": "x",
  "names": {
    "en": "X",
    "zh_hans": "县",
    "zh_hant": "縣"
  },
  "sources": [],
  "staffing": {
    "jurisdiction": "县"
  }
}
`, string(b))
	q, err := jurisdiction.Decode(b)
	require.NoError(t, err)
	assert.Equal(t, "县", q.Staffing.Jurisdiction)
	assert.Empty(t, q.Sources)
}

func TestJSONMethods(t *testing.T) {
	p := jurisdiction.MustLoad("suzhou")
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var q jurisdiction.Pack
	require.NoError(t, json.Unmarshal(b, &q))
	assert.Equal(t, p.Names, q.Names)
	again, err := q.Encode()
	require.NoError(t, err)
	want, err := p.Encode()
	require.NoError(t, err)
	assert.Equal(t, string(want), string(again))
	require.ErrorIs(t, json.Unmarshal([]byte(`{"format": 2}`), &q), jurisdiction.ErrFormat)
	assert.Equal(t, "suzhou", q.ID, "a failed decode leaves the pack alone")
}
