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

// Ends of periods used throughout: the span of the payroll example,
// and the day Ordos published its draft plan.
var (
	jul15    = d(2024, time.July, 15)
	sep10    = d(2024, time.September, 10)
	ordosDay = d(2021, time.November, 10)
)

func TestPeriodConstructors(t *testing.T) {
	for _, tc := range []struct {
		name        string
		got         policy.Period
		from, until policy.Date
		days        int
	}{
		{"Year 2024", policy.MustYear(2024), d(2024, time.January, 1), d(2024, time.December, 31), 366},
		{"Year 2023", policy.MustYear(2023), d(2023, time.January, 1), d(2023, time.December, 31), 365},
		{"Q1 2024", policy.MustQuarter(2024, 1), d(2024, time.January, 1), d(2024, time.March, 31), 31 + 29 + 31},
		{"Q1 2023", policy.MustQuarter(2023, 1), d(2023, time.January, 1), d(2023, time.March, 31), 31 + 28 + 31},
		{"Q2 2024", policy.MustQuarter(2024, 2), d(2024, time.April, 1), d(2024, time.June, 30), 30 + 31 + 30},
		{"Q3 2024", policy.MustQuarter(2024, 3), d(2024, time.July, 1), d(2024, time.September, 30), 31 + 31 + 30},
		{"Q4 2024", policy.MustQuarter(2024, 4), d(2024, time.October, 1), d(2024, time.December, 31), 31 + 30 + 31},
		{"Feb 2024", policy.MustMonth(2024, time.February), d(2024, time.February, 1), d(2024, time.February, 29), 29},
		{"Feb 2023", policy.MustMonth(2023, time.February), d(2023, time.February, 1), d(2023, time.February, 28), 28},
		{"Dec 2024", policy.MustMonth(2024, time.December), d(2024, time.December, 1), d(2024, time.December, 31), 31},
		{"Between", policy.MustBetween(jul15, sep10), jul15, sep10, 17 + 31 + 10},
		{"one day", policy.MustBetween(jul15, jul15), jul15, jul15, 1},
	} {
		assert.Equal(t, policy.Period{From: tc.from, Until: tc.until}, tc.got, tc.name)
		assert.True(t, tc.got.Bounded(), tc.name)
		n, ok := tc.got.Days()
		assert.True(t, ok, tc.name)
		assert.Equal(t, tc.days, n, tc.name)
		assert.NoError(t, tc.got.Validate(), tc.name)
	}
	assert.Equal(t, policy.Period{From: ordosDay}, policy.Since(ordosDay))
}

func TestNewPeriod(t *testing.T) {
	p, err := policy.NewPeriod(jul15, sep10)
	require.NoError(t, err)
	assert.Equal(t, policy.Period{From: jul15, Until: sep10}, p)

	for _, tc := range []struct{ from, until policy.Date }{
		{0, 0}, {ordosDay, 0}, {0, ordosDay}, {ordosDay, ordosDay},
	} {
		_, err := policy.NewPeriod(tc.from, tc.until)
		assert.NoError(t, err, "%s/%s", tc.from, tc.until)
	}

	p, err = policy.NewPeriod(sep10, jul15)
	require.ErrorIs(t, err, policy.ErrPeriod)
	assert.EqualError(t, err, "invalid period 2024-09-10/2024-07-15: until is before from")
	assert.Equal(t, policy.Period{}, p, "no half-built period beside an error")
	assert.PanicsWithError(t, "invalid period 2024-09-10/2024-07-15: until is before from", func() {
		policy.MustBetween(sep10, jul15)
	})

	// Ends that only arithmetic on the integer can make.
	for _, tc := range []struct{ from, until policy.Date }{
		{-1, 0}, {0, -1}, {0, 3652060}, {3652060, 0}, {1, 3652060},
	} {
		_, err := policy.NewPeriod(tc.from, tc.until)
		assert.ErrorIs(t, err, policy.ErrPeriod, "%d/%d", tc.from, tc.until)
	}
	for _, tc := range []struct{ from, until policy.Date }{{1, 3652059}, {3652059, 0}, {0, 1}} {
		_, err := policy.NewPeriod(tc.from, tc.until)
		assert.NoError(t, err, "%d/%d", tc.from, tc.until)
	}
}

// Out-of-range arguments are errors, never the period they would roll over
// to: Quarter(2024, 5) was 2025-Q1, Month(2024, 13) 2025-01 and Year(0)
// open-ended.
func TestPeriodConstructorRange(t *testing.T) {
	for _, tc := range []struct {
		name    string
		make    func() (policy.Period, error)
		must    func() policy.Period
		msg     string
		dateErr bool
	}{
		{"Year(0)", func() (policy.Period, error) { return policy.Year(0) }, func() policy.Period { return policy.MustYear(0) },
			"invalid period: year 0: invalid date: year 0 outside 1..9999", true},
		{"Year(10000)", func() (policy.Period, error) { return policy.Year(10000) }, func() policy.Period { return policy.MustYear(10000) },
			"invalid period: year 10000: invalid date: year 10000 outside 1..9999", true},
		{"Quarter(2024, 5)", func() (policy.Period, error) { return policy.Quarter(2024, 5) }, func() policy.Period { return policy.MustQuarter(2024, 5) },
			"invalid period: quarter 5 of year 2024 is outside 1..4", false},
		{"Quarter(2024, 0)", func() (policy.Period, error) { return policy.Quarter(2024, 0) }, func() policy.Period { return policy.MustQuarter(2024, 0) },
			"invalid period: quarter 0 of year 2024 is outside 1..4", false},
		{"Quarter(0, 1)", func() (policy.Period, error) { return policy.Quarter(0, 1) }, func() policy.Period { return policy.MustQuarter(0, 1) },
			"invalid period: quarter 1 of year 0: invalid date: year 0 outside 1..9999", true},
		{"Quarter(10000, 1)", func() (policy.Period, error) { return policy.Quarter(10000, 1) }, func() policy.Period { return policy.MustQuarter(10000, 1) },
			"invalid period: quarter 1 of year 10000: invalid date: year 10000 outside 1..9999", true},
		{"Month(2024, 13)", func() (policy.Period, error) { return policy.Month(2024, 13) }, func() policy.Period { return policy.MustMonth(2024, 13) },
			"invalid period: month 13 of year 2024 is outside 1..12", false},
		{"Month(2024, 0)", func() (policy.Period, error) { return policy.Month(2024, 0) }, func() policy.Period { return policy.MustMonth(2024, 0) },
			"invalid period: month 0 of year 2024 is outside 1..12", false},
		{"Month(0, 1)", func() (policy.Period, error) { return policy.Month(0, 1) }, func() policy.Period { return policy.MustMonth(0, 1) },
			"invalid period: month 1 of year 0: invalid date: year 0 outside 1..9999", true},
		{"Month(10000, 12)", func() (policy.Period, error) { return policy.Month(10000, 12) }, func() policy.Period { return policy.MustMonth(10000, 12) },
			"invalid period: month 12 of year 10000: invalid date: year 10000 outside 1..9999", true},
	} {
		p, err := tc.make()
		assert.Equal(t, policy.Period{}, p, tc.name)
		require.ErrorIs(t, err, policy.ErrPeriod, tc.name)
		assert.Equal(t, tc.dateErr, errors.Is(err, policy.ErrDate), tc.name)
		assert.EqualError(t, err, tc.msg, tc.name)
		assert.PanicsWithError(t, tc.msg, func() { tc.must() }, tc.name)
	}
	// The ends of the range are accepted.
	for _, tc := range []struct {
		got  func() (policy.Period, error)
		want string
	}{
		{func() (policy.Period, error) { return policy.Year(1) }, "0001"},
		{func() (policy.Period, error) { return policy.Year(9999) }, "9999"},
		{func() (policy.Period, error) { return policy.Quarter(1, 1) }, "0001-Q1"},
		{func() (policy.Period, error) { return policy.Quarter(9999, 4) }, "9999-Q4"},
		{func() (policy.Period, error) { return policy.Month(1, time.January) }, "0001-01"},
		{func() (policy.Period, error) { return policy.Month(9999, time.December) }, "9999-12"},
	} {
		p, err := tc.got()
		require.NoError(t, err, tc.want)
		assert.Equal(t, tc.want, p.String())
	}
}

func TestPeriodContains(t *testing.T) {
	span := policy.MustBetween(jul15, sep10)
	for _, tc := range []struct {
		p    policy.Period
		d    policy.Date
		want bool
	}{
		{span, d(2024, time.July, 14), false},
		{span, jul15, true},
		{span, d(2024, time.August, 31), true},
		{span, sep10, true},
		{span, d(2024, time.September, 11), false},
		{policy.Since(ordosDay), d(2021, time.November, 9), false},
		{policy.Since(ordosDay), ordosDay, true},
		{policy.Since(ordosDay), d(9999, time.December, 31), true},
		{policy.Period{Until: ordosDay}, 1, true},
		{policy.Period{Until: ordosDay}, ordosDay, true},
		{policy.Period{Until: ordosDay}, ordosDay + 1, false},
		{policy.Period{}, 1, true},
		{policy.Period{}, d(9999, time.December, 31), true},
		{policy.MustMonth(2024, time.February), d(2024, time.February, 29), true},
		{policy.MustMonth(2023, time.February), d(2023, time.March, 1), false},
	} {
		assert.Equal(t, tc.want, tc.p.Contains(tc.d), "%s contains %s", tc.p, tc.d)
	}
}

func TestPeriodIntersect(t *testing.T) {
	span := policy.MustBetween(jul15, sep10)
	jun30 := d(2024, time.June, 30)
	for _, tc := range []struct {
		name string
		p, q policy.Period
		want policy.Period
		ok   bool
	}{
		{"month inside", span, policy.MustMonth(2024, time.August), policy.MustMonth(2024, time.August), true},
		{"clipped start", span, policy.MustMonth(2024, time.July), policy.MustBetween(jul15, d(2024, time.July, 31)), true},
		{"clipped end", span, policy.MustQuarter(2024, 3), span, true},
		{"last day only", span, policy.Since(sep10), policy.MustBetween(sep10, sep10), true},
		{"first day only", span, policy.Period{Until: jul15}, policy.MustBetween(jul15, jul15), true},
		{"after", span, policy.Since(sep10 + 1), policy.Period{}, false},
		{"before", span, policy.Period{Until: jul15 - 1}, policy.Period{}, false},
		{"adjacent", policy.Period{Until: jun30}, policy.Since(jun30 + 1), policy.Period{}, false},
		{"open with year", policy.Since(ordosDay), policy.MustYear(2025), policy.MustYear(2025), true},
		{"open with open", policy.Since(ordosDay), policy.Period{Until: d(2025, time.December, 31)},
			policy.MustBetween(ordosDay, d(2025, time.December, 31)), true},
		{"same open start", policy.Since(ordosDay), policy.Since(jul15), policy.Since(jul15), true},
		{"everything", policy.Period{}, policy.Period{}, policy.Period{}, true},
		{"everything with span", policy.Period{}, span, span, true},
		{"invalid", policy.Period{From: sep10, Until: jul15}, policy.Period{}, policy.Period{}, false},
	} {
		got, ok := tc.p.Intersect(tc.q)
		assert.Equal(t, tc.ok, ok, tc.name)
		assert.Equal(t, tc.want, got, tc.name)
		// Intersection is symmetric.
		got, ok = tc.q.Intersect(tc.p)
		assert.Equal(t, tc.ok, ok, tc.name+" (swapped)")
		assert.Equal(t, tc.want, got, tc.name+" (swapped)")
		assert.Equal(t, tc.ok, tc.p.Overlaps(tc.q), tc.name+" overlaps")
		assert.Equal(t, tc.ok, tc.q.Overlaps(tc.p), tc.name+" overlaps (swapped)")
	}
}

func TestPeriodDays(t *testing.T) {
	for _, tc := range []struct {
		p    policy.Period
		want int
		ok   bool
	}{
		{policy.MustBetween(jul15, sep10), 17 + 31 + 10, true},
		{policy.MustBetween(d(2024, time.January, 1), d(2024, time.June, 30)), 31 + 29 + 31 + 30 + 31 + 30, true},
		{policy.MustBetween(d(2023, time.December, 31), d(2024, time.January, 1)), 2, true},
		{policy.Since(ordosDay), 0, false},
		{policy.Period{Until: ordosDay}, 0, false},
		{policy.Period{}, 0, false},
		{policy.Period{From: sep10, Until: jul15}, 0, false}, // invalid: no count at all
		{policy.Period{From: jul15 + 1, Until: jul15}, 0, false},
	} {
		n, ok := tc.p.Days()
		assert.Equal(t, tc.ok, ok, tc.p.String())
		assert.Equal(t, tc.want, n, tc.p.String())
	}
}

func TestPeriodMonths(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    policy.Period
		want []policy.Period
	}{
		{"issue example", policy.MustBetween(jul15, sep10), []policy.Period{
			policy.MustBetween(jul15, d(2024, time.July, 31)),
			policy.MustMonth(2024, time.August),
			policy.MustBetween(d(2024, time.September, 1), sep10),
		}},
		{"one day", policy.MustBetween(d(2024, time.February, 29), d(2024, time.February, 29)), []policy.Period{
			policy.MustBetween(d(2024, time.February, 29), d(2024, time.February, 29)),
		}},
		{"whole month", policy.MustMonth(2024, time.February), []policy.Period{policy.MustMonth(2024, time.February)}},
		{"across a year end", policy.MustBetween(d(2024, time.December, 20), d(2025, time.January, 5)), []policy.Period{
			policy.MustBetween(d(2024, time.December, 20), d(2024, time.December, 31)),
			policy.MustBetween(d(2025, time.January, 1), d(2025, time.January, 5)),
		}},
		{"quarter", policy.MustQuarter(2024, 1), []policy.Period{
			policy.MustMonth(2024, time.January), policy.MustMonth(2024, time.February), policy.MustMonth(2024, time.March),
		}},
		{"open end", policy.Since(ordosDay), nil},
		{"open start", policy.Period{Until: ordosDay}, nil},
		{"invalid", policy.Period{From: sep10, Until: jul15}, nil},
	} {
		assert.Equal(t, tc.want, slices.Collect(tc.p.Months()), tc.name)
	}

	year := slices.Collect(policy.MustYear(2024).Months())
	require.Len(t, year, 12)
	total := 0
	for i, m := range year {
		assert.Equal(t, policy.MustMonth(2024, time.Month(i+1)), m)
		n, _ := m.Days()
		total += n
	}
	assert.Equal(t, 366, total, "the months of a year partition it")

	// Stopping early stops the iteration.
	var first []policy.Period
	for m := range policy.MustYear(2024).Months() {
		first = append(first, m)
		if len(first) == 2 {
			break
		}
	}
	assert.Equal(t, []policy.Period{policy.MustMonth(2024, time.January), policy.MustMonth(2024, time.February)}, first)
}

func TestPeriodString(t *testing.T) {
	for _, tc := range []struct {
		p    policy.Period
		want string
	}{
		{policy.MustYear(2024), "2024"},
		{policy.MustYear(1), "0001"},
		{policy.MustQuarter(2024, 1), "2024-Q1"},
		{policy.MustQuarter(2024, 3), "2024-Q3"},
		{policy.MustQuarter(9999, 4), "9999-Q4"},
		{policy.MustMonth(2024, time.January), "2024-01"},
		{policy.MustMonth(2024, time.February), "2024-02"},
		{policy.MustMonth(2024, time.December), "2024-12"},
		{policy.MustBetween(jul15, sep10), "2024-07-15/2024-09-10"},
		{policy.MustBetween(jul15, jul15), "2024-07-15/2024-07-15"},
		{policy.MustBetween(d(2024, time.January, 1), d(2024, time.June, 30)), "2024-01-01/2024-06-30"},
		{policy.MustBetween(d(2024, time.February, 1), d(2024, time.March, 31)), "2024-02-01/2024-03-31"},
		{policy.MustBetween(d(2024, time.April, 1), d(2024, time.June, 29)), "2024-04-01/2024-06-29"},
		{policy.MustBetween(d(2024, time.January, 1), d(2025, time.December, 31)), "2024-01-01/2025-12-31"},
		{policy.Since(ordosDay), "2021-11-10/"},
		{policy.Since(d(2024, time.January, 1)), "2024-01-01/"},
		{policy.Period{Until: d(2025, time.December, 31)}, "/2025-12-31"},
		{policy.Period{}, "/"},
	} {
		assert.Equal(t, tc.want, tc.p.String())
		got, err := policy.ParsePeriod(tc.want)
		require.NoError(t, err, tc.want)
		assert.Equal(t, tc.p, got, "round trip of %s", tc.want)
	}
}

func TestParsePeriod(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want policy.Period
	}{
		{"2024", policy.MustYear(2024)},
		{"0001", policy.MustYear(1)},
		{"9999", policy.MustYear(9999)},
		{"2024-Q1", policy.MustQuarter(2024, 1)},
		{"0001-Q1", policy.MustQuarter(1, 1)},
		{"0001-01", policy.MustMonth(1, time.January)},
		{"0001", policy.MustYear(1)},
		{"2024-Q4", policy.MustQuarter(2024, 4)},
		{"2024-q2", policy.MustQuarter(2024, 2)},
		{"2024-02", policy.MustMonth(2024, time.February)},
		{"2024-12", policy.MustMonth(2024, time.December)},
		{"2024-02-29", policy.MustBetween(d(2024, time.February, 29), d(2024, time.February, 29))},
		{"2024-07-15/2024-09-10", policy.MustBetween(jul15, sep10)},
		{"2024-07-15/2024-07-15", policy.MustBetween(jul15, jul15)},
		{"2021-11-10/", policy.Since(ordosDay)},
		{"/2025-12-31", policy.Period{Until: d(2025, time.December, 31)}},
		{"/", policy.Period{}},
	} {
		got, err := policy.ParsePeriod(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestParsePeriodErrors(t *testing.T) {
	for _, tc := range []struct {
		in      string
		msg     string
		badDate bool // the error also wraps ErrDate
	}{
		{"", `invalid period "": want YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or from/until`, false},
		{"24", `invalid period "24": want YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or from/until`, false},
		{"2024年", `invalid period "2024年": want YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or from/until`, false},
		{"2024-H1", `invalid period "2024-H1": want a month YYYY-MM`, false},
		{"abcd", `invalid period "abcd": want a year YYYY`, false},
		{"-202", `invalid period "-202": want a year YYYY`, false},
		{"0000", `invalid period "0000": want a year YYYY`, false},
		{"2024-Q0", `invalid period "2024-Q0": want a quarter YYYY-Q1..YYYY-Q4`, false},
		{"2024-Q5", `invalid period "2024-Q5": want a quarter YYYY-Q1..YYYY-Q4`, false},
		{"2024-QX", `invalid period "2024-QX": want a quarter YYYY-Q1..YYYY-Q4`, false},
		{"0000-Q1", `invalid period "0000-Q1": want a quarter YYYY-Q1..YYYY-Q4`, false},
		{"20a4-Q1", `invalid period "20a4-Q1": want a quarter YYYY-Q1..YYYY-Q4`, false},
		{"2024-00", `invalid period "2024-00": want a month YYYY-MM`, false},
		{"2024-13", `invalid period "2024-13": want a month YYYY-MM`, false},
		{"0000-01", `invalid period "0000-01": want a month YYYY-MM`, false},
		{"2024-ab", `invalid period "2024-ab": want a month YYYY-MM`, false},
		{"2023-02-29", `invalid period "2023-02-29": date "2023-02-29": invalid date: 2023-02 has no day 29`, true},
		{"2024.02.29", `invalid period "2024.02.29": invalid date "2024.02.29": want YYYY-MM-DD`, true},
		{"2024-09-10/2024-07-15", `invalid period "2024-09-10/2024-07-15": until is before from`, false},
		{"2024-7-15/", `invalid period "2024-7-15/": from: invalid date "2024-7-15": want YYYY-MM-DD`, true},
		{"2024-07/2024-09", `invalid period "2024-07/2024-09": from: invalid date "2024-07": want YYYY-MM-DD`, true},
		{"/2024-02-30", `invalid period "/2024-02-30": until: date "2024-02-30": invalid date: 2024-02 has no day 30`, true},
		{"2024-01-01/2024-06-30/", `invalid period "2024-01-01/2024-06-30/": until: invalid date "2024-06-30/": want YYYY-MM-DD`, true},
	} {
		got, err := policy.ParsePeriod(tc.in)
		require.ErrorIs(t, err, policy.ErrPeriod, tc.in)
		assert.EqualError(t, err, tc.msg)
		assert.Equal(t, tc.badDate, errors.Is(err, policy.ErrDate), "ErrDate in the chain of %q", tc.in)
		assert.Equal(t, policy.Period{}, got, tc.in)
	}
}

func TestPeriodText(t *testing.T) {
	b, err := policy.MustQuarter(2024, 3).MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2024-Q3", string(b))

	_, err = policy.Period{From: sep10, Until: jul15}.MarshalText()
	assert.ErrorIs(t, err, policy.ErrPeriod, "an invalid period is not encoded")

	p := policy.MustYear(2024)
	require.NoError(t, p.UnmarshalText([]byte("2021-11-10/")))
	assert.Equal(t, policy.Since(ordosDay), p)
	require.ErrorIs(t, p.UnmarshalText([]byte("2024-Q5")), policy.ErrPeriod)
	assert.Equal(t, policy.Since(ordosDay), p, "a failed decode leaves the period alone")
	require.ErrorIs(t, p.UnmarshalText(nil), policy.ErrPeriod, "empty text is no period")
}

func TestPeriodJSON(t *testing.T) {
	type plan struct {
		Term   policy.Period `json:"term"`
		Report policy.Period `json:"report"`
		Pay    policy.Period `json:"pay"`
		Open   policy.Period `json:"open"`
		Always policy.Period `json:"always"`
	}
	in := plan{
		Term:   policy.MustBetween(d(2021, time.January, 1), d(2025, time.December, 31)),
		Report: policy.MustQuarter(2024, 2),
		Pay:    policy.MustBetween(jul15, sep10),
		Open:   policy.Since(ordosDay),
	}
	const want = `{"term":"2021-01-01/2025-12-31","report":"2024-Q2","pay":"2024-07-15/2024-09-10","open":"2021-11-10/","always":"/"}`
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, want, string(b))

	var out plan
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	_, err = json.Marshal(plan{Term: policy.Period{From: sep10, Until: jul15}})
	assert.ErrorIs(t, err, policy.ErrPeriod)
	err = json.Unmarshal([]byte(`{"term":"2025-12-31/2021-01-01"}`), &out)
	assert.ErrorIs(t, err, policy.ErrPeriod)
}
