package policy_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

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
		checkVersioned(t, v)
	})
}

// checkVersioned holds a decoded series to its invariants: valid, ordered,
// disjoint versions, each in force on its first and last day, and a JSON
// encoding that decodes to itself byte for byte.
func checkVersioned(t *testing.T, v policy.Versioned[int]) {
	t.Helper()
	var prev policy.Version[int]
	for i, e := range v.All() {
		require.NoError(t, e.Period.Validate(), "version %d", i)
		require.NoError(t, e.Source.Validate(), "version %d", i)
		if i > 0 {
			require.Less(t, prev.Period.From, e.Period.From, "versions %d and %d ordered", i-1, i)
			require.False(t, prev.Period.Overlaps(e.Period), "versions %d and %d disjoint", i-1, i)
			if gap := e.Period.From - 1; gap > prev.Period.Until {
				_, ok := v.At(gap)
				require.False(t, ok, "nothing in force in the gap before version %d", i)
			}
		}
		at, ok := v.At(max(e.Period.From, 1))
		require.True(t, ok, "version %d in force on its first day", i)
		require.Equal(t, e, at)
		if !e.Period.Until.IsZero() {
			at, ok = v.At(e.Period.Until)
			require.True(t, ok, "version %d in force on its last day", i)
			require.Equal(t, e, at)
		}
		prev = e
	}

	out, err := json.Marshal(v)
	require.NoError(t, err)
	var w policy.Versioned[int]
	require.NoError(t, json.Unmarshal(out, &w), "%s", out)
	again, err := json.Marshal(w)
	require.NoError(t, err)
	require.Equal(t, string(out), string(again))
}

// FuzzVersionedTyped fuzzes the fields of a two-version series, encoded to
// JSON as a data file would hold them, so that most inputs are valid
// documents and the decoder's checks (order, overlap, sources) run on them.
// The decoder must accept exactly the series a plain reference accepts.
func FuzzVersionedTyped(f *testing.F) {
	f.Add(uint16(2021), uint16(730), int16(1), uint16(400), false, 80, 100, "通知", "民政局", uint8(1), uint8(2))
	f.Add(uint16(2023), uint16(0), int16(0), uint16(0), true, 1, 2, "t", "i", uint8(3), uint8(4))
	f.Add(uint16(2024), uint16(31), int16(-5), uint16(10), false, -7, 7, "", "i", uint8(0), uint8(9))
	f.Add(uint16(9999), uint16(364), int16(1), uint16(1), true, 0, 0, "t", " ", uint8(2), uint8(1))
	f.Fuzz(func(t *testing.T, year, days1 uint16, gap int16, days2 uint16, open bool, v1, v2 int,
		title, issuer string, status1, status2 uint8) {
		from1, err := policy.NewDate(int(year%10000), time.January, 1)
		if err != nil {
			from1 = policy.MustDate(1, time.January, 1)
		}
		// Plain day arithmetic may leave the years a Date holds; those
		// ends must be refused like any other bad period.
		until1 := from1 + policy.Date(days1)
		from2 := until1 + policy.Date(gap)
		until2 := from2 + policy.Date(days2)
		if open {
			until2 = 0
		}
		src := func(s uint8) map[string]any {
			return map[string]any{"title": title, "issuer": issuer, "status": statusText(s)}
		}
		doc := []map[string]any{
			{"period": periodText(from1, until1), "value": v1, "source": src(status1)},
			{"period": periodText(from2, until2), "value": v2, "source": src(status2)},
		}
		b, err := json.Marshal(doc)
		require.NoError(t, err)

		var v policy.Versioned[int]
		err = json.Unmarshal(b, &v)
		valid := func(d policy.Date) bool { return d >= 1 && d <= policy.MustDate(policy.MaxYear, 12, 31) }
		// json.Marshal writes invalid UTF-8 as U+FFFD, a valid title.
		srcOK := func(s uint8) bool {
			return strings.TrimSpace(title) != "" && strings.TrimSpace(issuer) != "" && s%6 >= 1 && s%6 <= 4
		}
		want := valid(until1) && valid(from2) && (open || (valid(until2) && until2 >= from2)) &&
			from2 > until1 && srcOK(status1) && srcOK(status2)
		if !want {
			require.Error(t, err, "%s", b)
			require.Equal(t, 0, v.Len())
			return
		}
		require.NoError(t, err, "%s", b)
		require.Equal(t, 2, v.Len())
		checkVersioned(t, v)
		e, ok := v.At(from2)
		require.True(t, ok)
		require.Equal(t, v2, e.Value)
	})
}

// periodText writes from/until as a data file would, with out-of-range
// days written as the integers they are, which no parser accepts.
func periodText(from, until policy.Date) string {
	text := func(d policy.Date) string {
		if b, err := d.MarshalText(); err == nil {
			return string(b)
		}
		return strconv.Itoa(int(d))
	}
	return text(from) + "/" + text(until)
}

// statusText names status s, or writes an unknown name for s past them.
func statusText(s uint8) string {
	if st := policy.Status(s % 6); st.Valid() {
		return st.String()
	}
	return "final"
}
