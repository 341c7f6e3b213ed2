package policy_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

// Langxi pays certified village and community cadres a monthly stipend,
// 100 yuan at junior level. The report dates neither the notice nor its
// effect, and the schedule has not been revised: the periods and the 80
// and 120 yuan versions below are made up to exercise revisions and a gap.
var (
	langxi = policy.Source{
		Title:  "关于做好社区工作者取得国家社会工作者职业水平证书给予职业津贴补助的通知",
		Issuer: "郎溪县民政局",
		Status: policy.StatusInForce,
	}
	earlier = policy.Source{Title: "示例：旧津贴标准", Issuer: "某县民政局", Date: d(2020, time.December, 1), Status: policy.StatusInForce}
	revised = policy.Source{Title: "示例：新津贴标准", Issuer: "某县民政局", Date: d(2024, time.December, 1), Status: policy.StatusDraft}

	v80  = policy.Version[int]{Period: policy.MustBetween(d(2021, time.January, 1), d(2022, time.December, 31)), Value: 80, Source: earlier}
	v100 = policy.Version[int]{Period: policy.MustBetween(d(2023, time.January, 1), d(2024, time.June, 30)), Value: 100, Source: langxi}
	// 2024-07-01..2024-12-31 is a gap: no stipend in force.
	v120 = policy.Version[int]{Period: policy.Since(d(2025, time.January, 1)), Value: 120, Source: revised}
)

func stipends(t *testing.T) policy.Versioned[int] {
	t.Helper()
	v, err := policy.NewVersioned(v80, v100, v120)
	require.NoError(t, err)
	return v
}

// values lists the value and period of each version, the parts tests check.
func values[T any](vs []policy.Version[T]) []string {
	var out []string
	for _, v := range vs {
		b, _ := json.Marshal(v.Value)
		out = append(out, v.Period.String()+"="+string(b))
	}
	return out
}

// all collects the versions of v in order.
func all[T any](v policy.Versioned[T]) []policy.Version[T] {
	var out []policy.Version[T]
	for _, e := range v.All() {
		out = append(out, e)
	}
	return out
}

func TestVersionedAt(t *testing.T) {
	v := stipends(t)
	require.Equal(t, 3, v.Len())
	var indexes []int
	for i := range v.All() {
		indexes = append(indexes, i)
	}
	assert.Equal(t, []int{0, 1, 2}, indexes)
	assert.Equal(t, []policy.Version[int]{v80, v100, v120}, all(v))

	for _, tc := range []struct {
		on   policy.Date
		want int // 0: nothing in force
	}{
		{1, 0},
		{d(2020, time.December, 31), 0},
		{d(2021, time.January, 1), 80},
		{d(2022, time.December, 31), 80},
		{d(2023, time.January, 1), 100},
		{d(2024, time.February, 29), 100},
		{d(2024, time.June, 30), 100},
		{d(2024, time.July, 1), 0}, // in the gap
		{d(2024, time.December, 31), 0},
		{d(2025, time.January, 1), 120},
		{d(9999, time.December, 31), 120},
	} {
		got, ok := v.At(tc.on)
		assert.Equal(t, tc.want != 0, ok, "%s", tc.on)
		assert.Equal(t, tc.want, got.Value, "%s", tc.on)
		if ok {
			assert.True(t, got.Period.Contains(tc.on), "%s", tc.on)
			assert.NoError(t, got.Source.Validate())
		} else {
			assert.Equal(t, policy.Version[int]{}, got, "%s", tc.on)
		}
	}

	// An open start is in force from the first day a Date holds.
	open, err := policy.NewVersioned(policy.Version[int]{Period: policy.Period{Until: d(2020, time.December, 31)}, Value: 50, Source: earlier}, v80)
	require.NoError(t, err)
	for _, tc := range []struct {
		on   policy.Date
		want int
	}{{1, 50}, {d(2020, time.December, 31), 50}, {d(2021, time.January, 1), 80}, {d(2023, time.January, 1), 0}} {
		got, _ := open.At(tc.on)
		assert.Equal(t, tc.want, got.Value, "%s", tc.on)
	}
}

func TestVersionedDuring(t *testing.T) {
	v := stipends(t)
	for _, tc := range []struct {
		name string
		p    policy.Period
		want []string
	}{
		{"2024: first half only", policy.MustYear(2024), []string{"2024-01-01/2024-06-30=100"}},
		{"the gap", policy.MustBetween(d(2024, time.July, 1), d(2024, time.December, 31)), nil},
		{"before all", policy.MustYear(2020), nil},
		{"across all three", policy.MustBetween(d(2022, time.December, 1), d(2025, time.January, 31)),
			[]string{"2022-12=80", "2023-01-01/2024-06-30=100", "2025-01=120"}},
		{"open end", policy.Since(d(2024, time.June, 1)), []string{"2024-06=100", "2025-01-01/=120"}},
		{"everything", policy.Period{}, []string{"2021-01-01/2022-12-31=80", "2023-01-01/2024-06-30=100", "2025-01-01/=120"}},
		{"invalid", policy.Period{From: d(2025, time.January, 1), Until: d(2021, time.January, 1)}, nil},
	} {
		got := slices.Collect(v.During(tc.p))
		assert.Equal(t, tc.want, values(got), tc.name)
		for _, e := range got {
			assert.NotEmpty(t, e.Source.Title, tc.name)
		}
	}

	// A payroll from May 2024 to February 2025 pays whole months at the
	// rate in force: May and June at 100, nothing in the gap, January and
	// February at 120: 2×100 + 2×120 = 440 yuan.
	total := 0
	for e := range v.During(policy.MustBetween(d(2024, time.May, 1), d(2025, time.February, 28))) {
		for range e.Period.Months() {
			total += e.Value
		}
	}
	assert.Equal(t, 440, total)

	// Stopping early stops the iteration.
	var first []policy.Version[int]
	for e := range v.During(policy.Period{}) {
		first = append(first, e)
		break
	}
	assert.Equal(t, []policy.Version[int]{v80}, first)
}

func TestVersionedWith(t *testing.T) {
	v := stipends(t)

	// A version starting on the day another starts goes after it, so the
	// errors name it beside the one it shares days with and the one after.
	same := policy.Version[int]{Period: policy.Since(v100.Period.From), Value: 1, Source: revised}
	_, err := v.With(same)
	var sameErr *policy.VersionError
	require.ErrorAs(t, err, &sameErr)
	assert.Equal(t, "version 1 and version 2: versions overlap: 2023-01-01/2024-06-30 and 2023-01-01/ share days\n"+
		"version 2 and version 3: versions overlap: 2023-01-01/ and 2025-01-01/ share days", err.Error())
	gap := policy.Version[int]{Period: policy.MustBetween(d(2024, time.July, 1), d(2024, time.December, 31)), Value: 110, Source: revised}
	first := policy.Version[int]{Period: policy.MustYear(2020), Value: 60, Source: earlier}

	for _, tc := range []struct {
		name string
		add  policy.Version[int]
		want []policy.Version[int]
	}{
		{"into the gap", gap, []policy.Version[int]{v80, v100, gap, v120}},
		{"ahead of all", first, []policy.Version[int]{first, v80, v100, v120}},
	} {
		got, err := v.With(tc.add)
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.want, all(got), tc.name)
		got2, ok := got.At(tc.add.Period.From)
		assert.True(t, ok, tc.name)
		assert.Equal(t, tc.add.Value, got2.Value, tc.name)
	}
	assert.Equal(t, []policy.Version[int]{v80, v100, v120}, all(v), "With leaves the original alone")

	// After an open-ended version nothing more fits.
	late := policy.Version[int]{Period: policy.MustYear(2026), Value: 130, Source: revised}
	_, err = v.With(late)
	require.ErrorIs(t, err, policy.ErrOverlap)
	var ve *policy.VersionError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, 2, ve.Other)
	assert.Equal(t, 3, ve.Index)
	assert.EqualError(t, err, "version 2 and version 3: versions overlap: 2025-01-01/ and 2026 share days")

	// A version reaching into the next one.
	spill := policy.Version[int]{Period: policy.MustBetween(d(2024, time.July, 1), d(2025, time.March, 31)), Value: 110, Source: revised}
	_, err = v.With(spill)
	require.ErrorIs(t, err, policy.ErrOverlap)
	assert.EqualError(t, err, "version 2 and version 3: versions overlap: 2024-07-01/2025-03-31 and 2025-01-01/ share days")

	// The zero Versioned takes a first version.
	z, err := policy.Versioned[int]{}.With(v100)
	require.NoError(t, err)
	assert.Equal(t, []policy.Version[int]{v100}, all(z))
}

func TestVersionedSupersede(t *testing.T) {
	v := stipends(t)
	whatIf := policy.Source{Title: "示例：津贴提高测算", Issuer: "某县民政局", Date: d(2024, time.January, 15), Status: policy.StatusDraft}
	for _, tc := range []struct {
		name string
		base policy.Versioned[int]
		from policy.Date
		want []string
	}{
		{"inside a version", v, d(2024, time.March, 1),
			[]string{"2021-01-01/2022-12-31=80", "2023-01-01/2024-02-29=100", "2024-03-01/=150"}},
		{"on a version's first day", v, d(2023, time.January, 1),
			[]string{"2021-01-01/2022-12-31=80", "2023-01-01/=150"}},
		// The version keeps every day but its last.
		{"on a version's last day", v, d(2024, time.June, 30),
			[]string{"2021-01-01/2022-12-31=80", "2023-01-01/2024-06-29=100", "2024-06-30/=150"}},
		{"the day after a version's last", v, d(2024, time.July, 1),
			[]string{"2021-01-01/2022-12-31=80", "2023-01-01/2024-06-30=100", "2024-07-01/=150"}},
		{"in the gap", v, d(2024, time.September, 1),
			[]string{"2021-01-01/2022-12-31=80", "2023-01-01/2024-06-30=100", "2024-09-01/=150"}},
		{"cuts the open version the day before", v, d(2026, time.January, 1),
			[]string{"2021-01-01/2022-12-31=80", "2023-01-01/2024-06-30=100", "2025=120", "2026-01-01/=150"}},
		{"before everything", v, d(2020, time.June, 1), []string{"2020-06-01/=150"}},
		{"zero series", policy.Versioned[int]{}, d(2024, time.March, 1), []string{"2024-03-01/=150"}},
		{"open start is cut", mustVersioned(t, policy.Version[int]{Value: 50, Source: earlier}), d(2024, time.March, 1),
			[]string{"/2024-02-29=50", "2024-03-01/=150"}},
		{"open start from the first day", mustVersioned(t, policy.Version[int]{Value: 50, Source: earlier}), 1,
			[]string{"0001-01-01/=150"}},
	} {
		got, err := tc.base.Supersede(tc.from, 150, whatIf)
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.want, values(all(got)), tc.name)
		e, ok := got.At(tc.from)
		assert.True(t, ok, tc.name)
		assert.Equal(t, 150, e.Value, tc.name)
		assert.Equal(t, whatIf, e.Source, tc.name)
	}
	assert.Equal(t, []policy.Version[int]{v80, v100, v120}, all(v), "Supersede leaves the baseline alone")

	_, err := v.Supersede(0, 150, whatIf)
	require.ErrorIs(t, err, policy.ErrPeriod)
	assert.EqualError(t, err, "invalid period: supersede needs a start date")

	_, err = v.Supersede(d(2026, time.January, 1), 150, policy.Source{Title: "无发文机关", Status: policy.StatusDraft})
	require.ErrorIs(t, err, policy.ErrSource)
	var ve *policy.VersionError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, policy.VersionError{Index: 3, Other: -1, Err: ve.Err}, *ve)
	assert.EqualError(t, err, "version 3: invalid source: issuer is empty")
}

func mustVersioned[T any](t *testing.T, vs ...policy.Version[T]) policy.Versioned[T] {
	t.Helper()
	v, err := policy.NewVersioned(vs...)
	require.NoError(t, err)
	return v
}

func TestNewVersionedErrors(t *testing.T) {
	at := func(p policy.Period, value int) policy.Version[int] {
		return policy.Version[int]{Period: p, Value: value, Source: langxi}
	}
	for _, tc := range []struct {
		name         string
		vs           []policy.Version[int]
		sentinel     error
		other, index int
		msg          string
	}{
		{"overlap", []policy.Version[int]{at(policy.MustBetween(d(2021, time.January, 1), d(2023, time.December, 31)), 80), at(policy.Since(d(2023, time.June, 1)), 100)},
			policy.ErrOverlap, 0, 1, "version 0 and version 1: versions overlap: 2021-01-01/2023-12-31 and 2023-06-01/ share days"},
		{"one shared day", []policy.Version[int]{at(policy.MustYear(2023), 80), at(policy.Since(d(2023, time.December, 31)), 100)},
			policy.ErrOverlap, 0, 1, "version 0 and version 1: versions overlap: 2023 and 2023-12-31/ share days"},
		{"same start", []policy.Version[int]{at(policy.Since(d(2023, time.January, 1)), 80), at(policy.Since(d(2023, time.January, 1)), 100)},
			policy.ErrOverlap, 0, 1, "version 0 and version 1: versions overlap: 2023-01-01/ and 2023-01-01/ share days"},
		{"open end first", []policy.Version[int]{at(policy.Since(d(2021, time.January, 1)), 80), at(policy.MustYear(2024), 100)},
			policy.ErrOverlap, 0, 1, "version 0 and version 1: versions overlap: 2021-01-01/ and 2024 share days"},
		{"unordered", []policy.Version[int]{at(policy.MustYear(2025), 120), at(policy.MustYear(2021), 80)},
			policy.ErrUnordered, 0, 1, "version 0 and version 1: versions out of order: 2021 starts before 2025"},
		{"open start not first", []policy.Version[int]{at(policy.MustYear(2024), 100), at(policy.Period{Until: d(2022, time.December, 31)}, 80)},
			policy.ErrUnordered, 0, 1, "version 0 and version 1: versions out of order: /2022-12-31 starts before 2024"},
		{"third against second", []policy.Version[int]{at(policy.MustYear(2021), 80), at(policy.MustYear(2023), 100), at(policy.MustQuarter(2023, 4), 110)},
			policy.ErrOverlap, 1, 2, "version 1 and version 2: versions overlap: 2023 and 2023-Q4 share days"},
	} {
		got, err := policy.NewVersioned(tc.vs...)
		require.ErrorIs(t, err, tc.sentinel, tc.name)
		var ve *policy.VersionError
		require.ErrorAs(t, err, &ve, tc.name)
		assert.Equal(t, tc.other, ve.Other, tc.name)
		assert.Equal(t, tc.index, ve.Index, tc.name)
		assert.EqualError(t, err, tc.msg, tc.name)
		assert.Equal(t, 0, got.Len(), tc.name)
	}
}

func TestNewVersionedReportsAll(t *testing.T) {
	bad := policy.Period{From: d(2023, time.June, 30), Until: d(2023, time.January, 1)}
	_, err := policy.NewVersioned(
		policy.Version[int]{Period: policy.MustYear(2022), Value: 80},                  // no source
		policy.Version[int]{Period: bad, Value: 100, Source: langxi},                   // until before from
		policy.Version[int]{Period: policy.MustYear(2021), Value: 120, Source: langxi}, // before the one ahead
	)
	require.Error(t, err)
	assert.EqualError(t, err, "version 0: invalid source: title is empty\n"+
		"invalid source: issuer is empty\n"+
		"invalid source: status unspecified is not one of in-force, draft, plan, report\n"+
		"version 1: invalid period 2023-06-30/2023-01-01: until is before from\n"+
		"version 1 and version 2: versions out of order: 2021 starts before 2023-06-30/2023-01-01")

	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "NewVersioned joins its errors")
	type found struct {
		index, other int
		sentinel     error
	}
	var got []found
	for _, e := range joined.Unwrap() {
		var ve *policy.VersionError
		require.ErrorAs(t, e, &ve)
		f := found{ve.Index, ve.Other, nil}
		for _, s := range []error{policy.ErrSource, policy.ErrPeriod, policy.ErrUnordered, policy.ErrOverlap} {
			if errors.Is(e, s) {
				f.sentinel = s
			}
		}
		got = append(got, f)
	}
	assert.Equal(t, []found{{0, -1, policy.ErrSource}, {1, -1, policy.ErrPeriod}, {2, 1, policy.ErrUnordered}}, got)
}

func TestNewVersionedCopies(t *testing.T) {
	vs := []policy.Version[int]{v80, v100}
	v, err := policy.NewVersioned(vs...)
	require.NoError(t, err)
	vs[0].Value = 999
	got, _ := v.At(d(2021, time.January, 1))
	assert.Equal(t, 80, got.Value, "the series owns its versions")
}

func TestVersionedZero(t *testing.T) {
	var v policy.Versioned[int]
	assert.Equal(t, 0, v.Len())
	assert.Empty(t, all(v))
	_, ok := v.At(d(2024, time.July, 1))
	assert.False(t, ok)
	assert.Empty(t, slices.Collect(v.During(policy.Period{})))
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))

	empty, err := policy.NewVersioned[int]()
	require.NoError(t, err)
	assert.Equal(t, 0, empty.Len())
}

func TestVersionedJSON(t *testing.T) {
	v := mustVersioned(t,
		policy.Version[int]{Period: policy.MustBetween(d(2023, time.January, 1), d(2024, time.June, 30)), Value: 100, Source: langxi.Cite("第二条")},
		v120,
	)
	const want = `[{"period":"2023-01-01/2024-06-30","value":100,"source":{"title":"关于做好社区工作者取得国家社会工作者职业水平证书给予职业津贴补助的通知",` +
		`"issuer":"郎溪县民政局","clause":"第二条","status":"in-force"}},` +
		`{"period":"2025-01-01/","value":120,"source":{"title":"示例：新津贴标准","issuer":"某县民政局","date":"2024-12-01","status":"draft"}}]`
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.Equal(t, want, string(b))

	var back policy.Versioned[int]
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, all(v), all(back))

	// As a field, with other value types and the shorter period forms.
	type schedule struct {
		Junior policy.Versioned[string] `json:"junior"`
	}
	in := `{"junior":[{"period":"2023","value":"100元/月","source":{"title":"t","issuer":"i","date":"2022-12-01","status":"现行有效"}},` +
		`{"period":"2024-q1","value":"120元/月","source":{"title":"t","issuer":"i","date":"2023-12-01","status":"plan"}}]}`
	var s schedule
	require.NoError(t, json.Unmarshal([]byte(in), &s))
	assert.Equal(t, []string{`2023="100元/月"`, `2024-Q1="120元/月"`}, values(all(s.Junior)))
	b, err = json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"period":"2024-Q1"`)
	assert.Contains(t, string(b), `"status":"in-force"`)

	// null and [] are the zero series.
	for _, in := range []string{`null`, `[]`} {
		var z policy.Versioned[int]
		require.NoError(t, json.Unmarshal([]byte(in), &z), in)
		assert.Equal(t, 0, z.Len(), in)
		b, err := json.Marshal(z)
		require.NoError(t, err)
		assert.Equal(t, "[]", string(b), in)
	}
}

func TestVersionedJSONErrors(t *testing.T) {
	src := `{"title":"t","issuer":"i","date":"2022-12-01","status":"in-force"}`
	for _, tc := range []struct {
		name, in string
		sentinel error
	}{
		{"overlap", `[{"period":"2023","value":1,"source":` + src + `},{"period":"2023-12","value":2,"source":` + src + `}]`, policy.ErrOverlap},
		{"unordered", `[{"period":"2024","value":1,"source":` + src + `},{"period":"2023","value":2,"source":` + src + `}]`, policy.ErrUnordered},
		{"bad period", `[{"period":"2024-Q5","value":1,"source":` + src + `}]`, policy.ErrPeriod},
		{"bad date", `[{"period":"2024","value":1,"source":{"title":"t","issuer":"i","date":"2023-02-29","status":"draft"}}]`, policy.ErrDate},
		{"no source", `[{"period":"2024","value":1}]`, policy.ErrSource},
		{"wrong value type", `[{"period":"2024","value":"一百","source":` + src + `}]`, nil},
		{"not an array", `{"period":"2024"}`, nil},
		{"truncated", `[{"period":"2024"`, nil},
		{"misspelt field", `[{"period":"2024","value":1,"sauce":` + src + `}]`, nil},
		{"unknown source field", `[{"period":"2024","value":1,"source":{"title":"t","issuer":"i","status":"draft","clause":"1","page":3}}]`, nil},
	} {
		v := stipends(t)
		err := json.Unmarshal([]byte(tc.in), &v)
		require.Error(t, err, tc.name)
		if tc.sentinel != nil {
			assert.ErrorIs(t, err, tc.sentinel, tc.name)
		}
		assert.Equal(t, []policy.Version[int]{v80, v100, v120}, all(v), "%s: a failed decode leaves the series alone", tc.name)
	}

	var ve *policy.VersionError
	err := json.Unmarshal([]byte(`[{"period":"2023","value":1,"source":`+src+`},{"period":"2023-12","value":2,"source":`+src+`}]`), new(policy.Versioned[int]))
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, policy.VersionError{Index: 1, Other: 0, Err: ve.Err}, *ve)
	assert.EqualError(t, err, "version 0 and version 1: versions overlap: 2023 and 2023-12 share days")
}
