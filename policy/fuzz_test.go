package policy_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{
		"2024", "0001", "9999", "2024-Q1", "2024-q4", "2024-Q5", "2024-02", "2024-13",
		"2024-02-29", "2023-02-29", "2021-01-01/2025-12-31", "2021-11-10/", "/2025-12-31", "/",
		"2025-12-31/2021-01-01", "2024-07/2024-09", "", "2024年", "２０２４", "-001", "2024-01-01//",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The longest accepted form, "YYYY-MM-DD/YYYY-MM-DD", has 21 bytes.
		// Longer input only reaches the errors, and minimising long random
		// strings (which quoting in those errors makes "interesting") would
		// stall the short CI run.
		if len(s) > 32 {
			return
		}
		p, err := policy.ParsePeriod(s)
		if err != nil {
			require.ErrorIs(t, err, policy.ErrPeriod)
			assert.Equal(t, policy.Period{}, p)
			return
		}
		require.NoError(t, p.Validate())
		text := p.String()
		b, err := p.MarshalText()
		require.NoError(t, err)
		require.Equal(t, text, string(b))
		q, err := policy.ParsePeriod(text)
		require.NoError(t, err, "re-parsing %q (from %q)", text, s)
		require.Equal(t, p, q, "%q re-parsed from %q", text, s)

		days, ok := p.Days()
		require.Equal(t, p.Bounded(), ok)
		if !ok {
			return
		}
		require.Equal(t, p.Until.Sub(p.From)+1, days)
		require.Positive(t, days)
		if days > 400 {
			return // keep each input fast; longer periods only add months
		}
		// The months tile the period: contiguous, each within one month.
		next, sum := p.From, 0
		for m := range p.Months() {
			require.Equal(t, next, m.From)
			require.Equal(t, m.From.Month(), m.Until.Month())
			n, _ := m.Days()
			sum += n
			next = m.Until + 1
		}
		require.Equal(t, p.Until+1, next)
		require.Equal(t, days, sum)
	})
}

func FuzzVersionedJSON(f *testing.F) {
	const src = `{"title":"关于做好社区工作者取得国家社会工作者职业水平证书给予职业津贴补助的通知","issuer":"郎溪县民政局","status":"in-force"}`
	for _, s := range []string{
		`[]`, `null`, `{}`, `[{}]`, `[`,
		`[{"period":"2023-01-01/","value":100,"source":` + src + `}]`,
		`[{"period":"2021-01-01/2022-12-31","value":80,"source":` + src + `},` +
			`{"period":"2023-01-01/2024-06-30","value":100,"source":` + src + `},` +
			`{"period":"2025-01-01/","value":120,"source":` + src + `}]`,
		`[{"period":"/2022-12-31","value":80,"source":` + src + `},{"period":"2023","value":100,"source":` + src + `}]`,
		`[{"period":"2023","value":100,"source":` + src + `},{"period":"2023-12","value":120,"source":` + src + `}]`,
		`[{"period":"2024","value":100,"source":` + src + `},{"period":"2023","value":120,"source":` + src + `}]`,
		`[{"period":"2024-q1","value":1,"source":{"title":"t","issuer":"i","date":"2024-01-01","status":"征求意见稿"}}]`,
		`[{"period":"2024-Q5","value":1,"source":` + src + `}]`,
		`[{"period":"2024","value":"100","source":` + src + `}]`,
		`[{"period":null,"value":1,"source":` + src + `}]`,
		`[{"Period":"2024","VALUE":-5,"source":` + src + `,"extra":true}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var v policy.Versioned[int]
		if err := json.Unmarshal(b, &v); err != nil {
			require.Equal(t, 0, v.Len(), "a failed decode leaves the target alone")
			return
		}
		var prev policy.Version[int]
		for i, e := range v.All() {
			require.NoError(t, e.Period.Validate(), "version %d", i)
			require.NoError(t, e.Source.Validate(), "version %d", i)
			if i > 0 {
				require.Less(t, prev.Period.From, e.Period.From, "versions %d and %d ordered", i-1, i)
				require.False(t, prev.Period.Overlaps(e.Period), "versions %d and %d disjoint", i-1, i)
			}
			at, ok := v.At(max(e.Period.From, 1))
			require.True(t, ok, "version %d in force on its first day", i)
			require.Equal(t, e, at)
			prev = e
		}

		out, err := json.Marshal(v)
		require.NoError(t, err)
		var w policy.Versioned[int]
		require.NoError(t, json.Unmarshal(out, &w), "%s", out)
		again, err := json.Marshal(w)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again))
	})
}
