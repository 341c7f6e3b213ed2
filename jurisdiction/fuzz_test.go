package jurisdiction_test

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/policy"
)

// checkDecode holds the decoder's properties on data: every problem names
// a path or a position; a pack decoded re-encodes to a fixed point.
func checkDecode(t *testing.T, data []byte) *jurisdiction.Pack {
	p, err := jurisdiction.Decode(data)
	if err != nil {
		ps := policy.ProblemsOf(err)
		require.NotEmpty(t, ps)
		for _, pr := range ps {
			if pr.Path == "" && pr.Line == 0 {
				t.Fatalf("a problem with neither path nor position: %v", pr.Err)
			}
		}
		return nil
	}
	once, err := p.Encode()
	require.NoError(t, err)
	q, err := jurisdiction.Decode(once)
	require.NoError(t, err, "%s", once)
	twice, err := q.Encode()
	require.NoError(t, err)
	require.Equal(t, string(once), string(twice))
	jurisdiction.RunCases(q)
	return p
}

func FuzzDecode(f *testing.F) {
	for _, id := range jurisdiction.IDs() {
		b, err := jurisdiction.MustLoad(id).Encode()
		require.NoError(f, err)
		f.Add(b)
	}
	for _, name := range []string{"testdata/anji.json", "testdata/anji-mistakes.json"} {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"format": 2}`))
	f.Add([]byte(`{"format": 1, "id": "x"}`))
	f.Add([]byte("\xef\xbb\xbf[]"))
	f.Fuzz(func(t *testing.T, data []byte) { checkDecode(t, data) })
}

// typedPack writes a small pack from typed values, so that the fuzzer
// reaches valid packs and the checks beyond the syntax.
func typedPack(id, name, level string, minimum int64, junior string, covered, total int64, want, measure, kind, budget string) []byte {
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	src := `{"title": "示例", "issuer": "示例县民政局", "status": "in-force"}`
	return fmt.Appendf(nil, `{"format": 1, "id": %s, "names": {"en": %s, "zh_hans": "县", "zh_hant": "縣"},
"sources": [%s],
"staffing": {"jurisdiction": "县", "minimums": [{"id": "m", "units": {"level": %s}, "min": %d, "counts": {}, "source": %s}]},
"incentives": {"jurisdiction": "县", "rounding": "half-up", "bonuses": [{"id": "b", "terms": [{"period": "/", "value": {"amounts": {"junior": %s}}, "source": %s}]}]},
"funding": {"jurisdiction": "县", "mix": {"name": "县", "items": [{"kind": "budgeted", "amount": {"value": "100", "unit": "元"}, "source": %s}]}},
"budget": %s,
"targets": [{"target": {"id": "t", "indicator": "i", "comparator": "full-coverage", "kind": "ratio", "value": "1", "source": %s}, "measure": %s}],
"cases": [{"id": "c", "kind": %s, "covered": %d, "total": %d, "want": %s, "note": "n", "source": %s}]}`,
		q(id), q(name), src, q(level), minimum, src, q(junior), src, src, q(budget), src, q(measure), q(kind), covered, total, q(want), src)
}

func FuzzDecodeTyped(f *testing.F) {
	f.Add("anji", "Anji", "township", int64(3), "800", int64(90), int64(96), "94%", "township-coverage", "coverage", "budgeted")
	f.Add("x-1", "", "kounty", int64(-3), "1五0", int64(5), int64(2), "", "bogus", "unreproducible", "welfare-lottery")
	f.Fuzz(func(t *testing.T, id, name, level string, minimum int64, junior string, covered, total int64, want, measure, kind, budget string) {
		checkDecode(t, typedPack(id, name, level, minimum, junior, covered, total, want, measure, kind, budget))
	})
}

func TestTypedPackSeedsReachValidAndInvalidPacks(t *testing.T) {
	p := checkDecode(t, typedPack("anji", "Anji", "township", 3, "800", 90, 96, "94%", "township-coverage", "coverage", "budgeted"))
	require.NotNil(t, p)
	r := jurisdiction.RunCases(p)
	require.Len(t, r, 1)
	assert.Equal(t, jurisdiction.Pass, r[0].Status)

	_, err := jurisdiction.Decode(typedPack("x-1", "", "kounty", -3, "1五0", 5, 2, "", "bogus", "unreproducible", "welfare-lottery"))
	ps := policy.ProblemsOf(err)
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path)
	}
	assert.Subset(t, paths, []string{"names.en", "budget", "targets[0].measure", "staffing.minimums[0].units.level",
		"staffing.minimums[0].min", "incentives.bonuses[0].terms[0].value.amounts"}, err.Error())
}
