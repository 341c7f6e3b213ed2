package policy_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

// d is MustDate for tests; every call site uses a literal date.
func d(y int, m time.Month, day int) policy.Date { return policy.MustDate(y, m, day) }

func TestNewDate(t *testing.T) {
	for _, tc := range []struct {
		y    int
		m    time.Month
		day  int
		want policy.Date // days counted from 0001-01-01 = 1
	}{
		{1, time.January, 1, 1},
		{1, time.January, 31, 31},
		{1, time.February, 1, 32},
		// 1969 years of 365 days plus 477 leap days (492 multiples of 4,
		// less 19 centuries, plus 4 multiples of 400) before 1970-01-01.
		{1970, time.January, 1, 719163},
		// 30 years after 1970, with 7 leap days (1972..1996).
		{2000, time.January, 1, 719163 + 30*365 + 7},
		{2024, time.February, 29, 719163 + 54*365 + 13 + 31 + 28},
		{9999, time.December, 31, 3652059},
	} {
		got, err := policy.NewDate(tc.y, tc.m, tc.day)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%04d-%02d-%02d", tc.y, tc.m, tc.day)
		y, m, day := got.Date()
		assert.Equal(t, []int{tc.y, int(tc.m), tc.day}, []int{y, int(m), day})
	}
}

func TestNewDateErrors(t *testing.T) {
	for _, tc := range []struct {
		y   int
		m   time.Month
		day int
		msg string
	}{
		{2023, time.February, 29, "invalid date: 2023-02 has no day 29"},
		{1900, time.February, 29, "invalid date: 1900-02 has no day 29"},
		{2024, time.April, 31, "invalid date: 2024-04 has no day 31"},
		{2024, time.January, 0, "invalid date: 2024-01 has no day 0"},
		{2024, time.January, 32, "invalid date: 2024-01 has no day 32"},
		{2024, 0, 1, "invalid date: month 0 outside 1..12"},
		{2024, 13, 1, "invalid date: month 13 outside 1..12"},
		{0, time.January, 1, "invalid date: year 0 outside 1..9999"},
		{10000, time.January, 1, "invalid date: year 10000 outside 1..9999"},
	} {
		got, err := policy.NewDate(tc.y, tc.m, tc.day)
		require.ErrorIs(t, err, policy.ErrDate, tc.msg)
		assert.EqualError(t, err, tc.msg)
		assert.True(t, got.IsZero(), tc.msg)
	}
}

func TestMustDate(t *testing.T) {
	assert.Equal(t, "2024-02-29", policy.MustDate(2024, time.February, 29).String())
	assert.PanicsWithError(t, "invalid date: 2023-02 has no day 29", func() {
		policy.MustDate(2023, time.February, 29)
	})
}

func TestDaysIn(t *testing.T) {
	for _, tc := range []struct {
		y    int
		m    time.Month
		want int
	}{
		{2024, time.February, 29}, // divisible by 4
		{2023, time.February, 28},
		{1900, time.February, 28}, // century not divisible by 400
		{2000, time.February, 29}, // divisible by 400
		{2024, time.January, 31},
		{2024, time.April, 30},
		{2024, time.December, 31},
		{10000, time.February, 29}, // past MaxYear, for anniversaries
		// A month that does not exist has no days; 13 was once January.
		{2024, 13, 0},
		{2024, 0, 0},
		{2024, -1, 0},
	} {
		assert.Equal(t, tc.want, policy.DaysIn(tc.y, tc.m), "%d-%02d", tc.y, tc.m)
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want policy.Date
	}{
		{"2024-02-29", d(2024, time.February, 29)},
		{"2000-02-29", d(2000, time.February, 29)},
		{"2020-10-19", d(2020, time.October, 19)},
		{"0001-01-01", 1},
		{"9999-12-31", d(9999, time.December, 31)},
	} {
		got, err := policy.ParseDate(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, tc.in, got.String(), "round trip")
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, tc := range []struct{ in, msg string }{
		{"2023-02-29", `date "2023-02-29": invalid date: 2023-02 has no day 29`},
		{"1900-02-29", `date "1900-02-29": invalid date: 1900-02 has no day 29`},
		{"2024-04-31", `date "2024-04-31": invalid date: 2024-04 has no day 31`},
		{"2024-13-01", `date "2024-13-01": invalid date: month 13 outside 1..12`},
		{"2024-00-10", `date "2024-00-10": invalid date: month 0 outside 1..12`},
		{"2024-01-00", `date "2024-01-00": invalid date: 2024-01 has no day 0`},
		{"0000-12-31", `date "0000-12-31": invalid date: year 0 outside 1..9999`},
		{"", `invalid date "": want YYYY-MM-DD`},
		{"2024-1-01", `invalid date "2024-1-01": want YYYY-MM-DD`},
		{"2024-01-1", `invalid date "2024-01-1": want YYYY-MM-DD`},
		{"2024/01/01", `invalid date "2024/01/01": want YYYY-MM-DD`},
		{"20240101", `invalid date "20240101": want YYYY-MM-DD`},
		{"+024-01-01", `invalid date "+024-01-01": want YYYY-MM-DD`},
		{"2024-+1-01", `invalid date "2024-+1-01": want YYYY-MM-DD`},
		{"2024-01--1", `invalid date "2024-01--1": want YYYY-MM-DD`},
		{"2024-0a-01", `invalid date "2024-0a-01": want YYYY-MM-DD`},
		{"2024-01-01 ", `invalid date "2024-01-01 ": want YYYY-MM-DD`},
		{"２０２４-01-01", `invalid date "２０２４-01-01": want YYYY-MM-DD`},
	} {
		got, err := policy.ParseDate(tc.in)
		require.ErrorIs(t, err, policy.ErrDate, tc.in)
		assert.EqualError(t, err, tc.msg)
		assert.True(t, got.IsZero(), tc.in)
	}
}

func TestDateOf(t *testing.T) {
	// 01:00 in Beijing on 1 March is still 29 February in UTC: the civil
	// date is the one of t's own location.
	beijing := time.FixedZone("CST", 8*3600)
	tm := time.Date(2024, time.March, 1, 1, 0, 0, 0, beijing)
	got, err := policy.DateOf(tm)
	require.NoError(t, err)
	assert.Equal(t, d(2024, time.March, 1), got)
	got, err = policy.DateOf(tm.UTC())
	require.NoError(t, err)
	assert.Equal(t, d(2024, time.February, 29), got)
	for _, y := range []int{0, 10000, -5} {
		got, err = policy.DateOf(time.Date(y, time.June, 1, 0, 0, 0, 0, time.UTC))
		assert.ErrorIs(t, err, policy.ErrDate, "year %d", y)
		assert.Zero(t, got)
	}
}

func TestDateParts(t *testing.T) {
	dt := d(2024, time.February, 29)
	assert.Equal(t, 2024, dt.Year())
	assert.Equal(t, time.February, dt.Month())
	assert.Equal(t, 29, dt.Day())
	assert.Equal(t, time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC), dt.Time())
	assert.False(t, dt.IsZero())
	assert.True(t, policy.Date(0).IsZero())
}

func TestDateArithmetic(t *testing.T) {
	for _, tc := range []struct {
		from policy.Date
		days int
		want policy.Date
	}{
		{d(2024, time.February, 28), 1, d(2024, time.February, 29)},
		{d(2024, time.February, 28), 2, d(2024, time.March, 1)},
		{d(2023, time.February, 28), 1, d(2023, time.March, 1)},
		{d(2023, time.December, 31), 1, d(2024, time.January, 1)},
		{d(2024, time.December, 31), -366, d(2023, time.December, 31)},
		{d(2024, time.July, 15), 0, d(2024, time.July, 15)},
	} {
		got, err := tc.from.AddDays(tc.days)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%s%+d", tc.from, tc.days)
		assert.Equal(t, tc.days, got.Sub(tc.from), "%s-%s", got, tc.from)
	}
	assert.Equal(t, 366, d(2025, time.January, 1).Sub(d(2024, time.January, 1)))
	assert.Equal(t, -29, d(2024, time.February, 1).Sub(d(2024, time.March, 1)))
}

func TestMonthEnds(t *testing.T) {
	for _, tc := range []struct {
		in, first, last policy.Date
	}{
		{d(2024, time.February, 10), d(2024, time.February, 1), d(2024, time.February, 29)},
		{d(2023, time.February, 10), d(2023, time.February, 1), d(2023, time.February, 28)},
		{d(2024, time.December, 31), d(2024, time.December, 1), d(2024, time.December, 31)},
		{d(2024, time.April, 1), d(2024, time.April, 1), d(2024, time.April, 30)},
	} {
		assert.Equal(t, tc.first, tc.in.FirstOfMonth(), "first of %s", tc.in)
		assert.Equal(t, tc.last, tc.in.LastOfMonth(), "last of %s", tc.in)
	}
}

func TestAddMonths(t *testing.T) {
	for _, tc := range []struct {
		from policy.Date
		n    int
		want policy.Date
	}{
		{d(2024, time.January, 31), 1, d(2024, time.February, 29)}, // clipped to the leap day
		{d(2023, time.January, 31), 1, d(2023, time.February, 28)},
		{d(2023, time.March, 1), 12, d(2024, time.March, 1)},
		{d(2024, time.February, 29), 12, d(2025, time.February, 28)}, // Langxi: certificate within a year
		{d(2024, time.February, 29), 48, d(2028, time.February, 29)},
		{d(2024, time.May, 31), 1, d(2024, time.June, 30)},
		{d(2024, time.December, 31), 2, d(2025, time.February, 28)},
		{d(2024, time.November, 15), 2, d(2025, time.January, 15)},
		{d(2024, time.July, 15), 0, d(2024, time.July, 15)},
		{d(2024, time.March, 31), -1, d(2024, time.February, 29)},
		{d(2024, time.January, 15), -1, d(2023, time.December, 15)},
		{d(2024, time.January, 31), -11, d(2023, time.February, 28)},
		{d(2024, time.March, 31), -25, d(2022, time.February, 28)},
	} {
		got, err := tc.from.AddMonths(tc.n)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%s %+d months", tc.from, tc.n)
	}
}

// A date moved past the years a Date holds is an error, never a date
// wrapped round (1<<40 months once gave a year before Christ).
func TestDateArithmeticRange(t *testing.T) {
	first, last := d(1, time.January, 1), d(9999, time.December, 31)
	for _, tc := range []struct {
		name string
		add  func() (policy.Date, error)
		want policy.Date // zero when an error is expected
	}{
		{"last day +1 day", func() (policy.Date, error) { return last.AddDays(1) }, 0},
		{"first day -1 day", func() (policy.Date, error) { return first.AddDays(-1) }, 0},
		{"last day +0 days", func() (policy.Date, error) { return last.AddDays(0) }, last},
		{"first day to last day", func() (policy.Date, error) { return first.AddDays(last.Sub(first)) }, last},
		{"last day to first day", func() (policy.Date, error) { return last.AddDays(first.Sub(last)) }, first},
		{"first day past last day", func() (policy.Date, error) { return first.AddDays(last.Sub(first) + 1) }, 0},
		{"last day before first day", func() (policy.Date, error) { return last.AddDays(first.Sub(last) - 1) }, 0},
		{"1<<40 days", func() (policy.Date, error) { return first.AddDays(1 << 40) }, 0},
		{"-1<<40 days", func() (policy.Date, error) { return last.AddDays(-1 << 40) }, 0},
		{"zero date +1 day", func() (policy.Date, error) { return policy.Date(0).AddDays(1) }, 0},
		{"1<<40 months", func() (policy.Date, error) { return d(2024, time.January, 1).AddMonths(1 << 40) }, 0},
		{"-1<<40 months", func() (policy.Date, error) { return d(2024, time.January, 1).AddMonths(-1 << 40) }, 0},
		{"December 9999 +1 month", func() (policy.Date, error) { return d(9999, time.December, 1).AddMonths(1) }, 0},
		{"December 9999 +0 months", func() (policy.Date, error) { return d(9999, time.December, 1).AddMonths(0) }, d(9999, time.December, 1)},
		{"November 9999 +1 month", func() (policy.Date, error) { return d(9999, time.November, 30).AddMonths(1) }, d(9999, time.December, 30)},
		{"January 0001 -1 month", func() (policy.Date, error) { return d(1, time.January, 31).AddMonths(-1) }, 0},
		{"February 0001 -1 month", func() (policy.Date, error) { return d(1, time.February, 28).AddMonths(-1) }, d(1, time.January, 28)},
		{"0001 to 9999 in months", func() (policy.Date, error) { return first.AddMonths(12*9999 - 1) }, d(9999, time.December, 1)},
		{"0001 past 9999 in months", func() (policy.Date, error) { return first.AddMonths(12 * 9999) }, 0},
		{"9999 back to 0001 in months", func() (policy.Date, error) { return last.AddMonths(-(12*9999 - 1)) }, d(1, time.January, 31)},
		{"zero date +1 month", func() (policy.Date, error) { return policy.Date(0).AddMonths(1) }, 0},
		{"past the last day", func() (policy.Date, error) { return (last + 1).AddMonths(-1) }, 0},
		{"9999 +1 year", func() (policy.Date, error) { return last.AddYears(1) }, 0},
		{"0001 +9998 years", func() (policy.Date, error) { return first.AddYears(9998) }, d(9999, time.January, 1)},
		{"0001 +9999 years", func() (policy.Date, error) { return first.AddYears(9999) }, 0},
		{"9999 -9998 years", func() (policy.Date, error) { return last.AddYears(-9998) }, d(1, time.December, 31)},
		{"9999 -9999 years", func() (policy.Date, error) { return last.AddYears(-9999) }, 0},
		{"1<<40 years", func() (policy.Date, error) { return first.AddYears(1 << 40) }, 0},
		{"-1<<40 years", func() (policy.Date, error) { return last.AddYears(-1 << 40) }, 0},
	} {
		got, err := tc.add()
		if tc.want == 0 {
			assert.ErrorIs(t, err, policy.ErrDate, tc.name)
			assert.Zero(t, got, tc.name)
			continue
		}
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.want, got, tc.name)
	}
}

func TestDateArithmeticErrors(t *testing.T) {
	last := d(9999, time.December, 31)
	_, err := last.AddYears(1)
	assert.EqualError(t, err, "invalid date: 9999-12-31 plus 1 years is outside 1..9999")
	_, err = d(1, time.June, 1).AddYears(-1)
	assert.EqualError(t, err, "invalid date: 0001-06-01 plus -1 years is outside 1..9999")
	_, err = last.AddMonths(1)
	assert.EqualError(t, err, "invalid date: 9999-12-31 plus 1 months is outside 1..9999")
	_, err = last.AddDays(1)
	assert.EqualError(t, err, "invalid date: 9999-12-31 plus 1 days is outside 1..9999")
	_, err = policy.Date(0).AddMonths(1)
	assert.EqualError(t, err, "invalid date: 0 is not a day in 1..9999")
}

func TestAddYears(t *testing.T) {
	for _, tc := range []struct {
		from policy.Date
		n    int
		want policy.Date
	}{
		{d(2024, time.February, 29), 1, d(2025, time.February, 28)},
		{d(2024, time.February, 29), 4, d(2028, time.February, 29)},
		{d(2024, time.February, 29), -4, d(2020, time.February, 29)},
		{d(2021, time.November, 10), 4, d(2025, time.November, 10)},
	} {
		got, err := tc.from.AddYears(tc.n)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%s %+d years", tc.from, tc.n)
	}
}

func TestDateText(t *testing.T) {
	assert.Equal(t, "", policy.Date(0).String())
	b, err := policy.Date(0).MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))

	b, err = d(2024, time.February, 29).MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2024-02-29", string(b))

	dt := d(2020, time.October, 19)
	require.NoError(t, dt.UnmarshalText(nil))
	assert.True(t, dt.IsZero(), "empty text is the zero Date")

	require.NoError(t, dt.UnmarshalText([]byte("2024-02-29")))
	assert.Equal(t, d(2024, time.February, 29), dt)

	err = dt.UnmarshalText([]byte("2023-02-29"))
	require.ErrorIs(t, err, policy.ErrDate)
	assert.Equal(t, d(2024, time.February, 29), dt, "a failed decode leaves the date alone")
}

func TestDateJSON(t *testing.T) {
	type record struct {
		Joined policy.Date         `json:"joined"`
		Left   policy.Date         `json:"left"`
		Paid   map[policy.Date]int `json:"paid"`
	}
	in := record{
		Joined: d(2024, time.February, 29),
		Paid:   map[policy.Date]int{d(2024, time.March, 31): 100, d(2024, time.April, 30): 300},
	}
	const want = `{"joined":"2024-02-29","left":"","paid":{"2024-03-31":100,"2024-04-30":300}}`
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, want, string(b))
	assert.Equal(t, want, string(b), "map keys sort by their text")

	var out record
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	err = json.Unmarshal([]byte(`{"joined":"2023-02-29"}`), &out)
	assert.ErrorIs(t, err, policy.ErrDate)
	err = json.Unmarshal([]byte(`{"joined":20240229}`), &out)
	assert.Error(t, err, "a date is a string, not a number")
}

// Only arithmetic on the integer makes a Date outside the years it holds;
// encoding one would write text ParseDate refuses.
func TestDateMarshalRange(t *testing.T) {
	for _, dt := range []policy.Date{-1, 3652060} {
		_, err := dt.MarshalText()
		assert.ErrorIs(t, err, policy.ErrDate, "%d", int(dt))
	}
	for dt, want := range map[policy.Date]string{1: "0001-01-01", 3652059: "9999-12-31"} {
		b, err := dt.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, want, string(b))
	}
}
