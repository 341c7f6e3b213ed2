package policy

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"strings"
	"time"
)

// A Period is a closed span of days: From and Until are both included. A
// zero From means "since always" and a zero Until "until further notice", so
// the zero Period contains every date. Policy texts state both ends
// inclusively ("2021年1月1日至2025年12月31日"), and so does Period. A Period
// is a plain value: concurrent use is safe.
type Period struct {
	From  Date
	Until Date
}

// ErrPeriod is wrapped by every error about a malformed period.
var ErrPeriod = errors.New("invalid period")

// NewPeriod returns the period from..until, rejecting an until before from
// and a date outside MinYear..MaxYear.
func NewPeriod(from, until Date) (Period, error) {
	p := Period{From: from, Until: until}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	return p, nil
}

// MustBetween returns the period from..until (both inclusive) for dates
// written in source code, such as those of presets; it panics where
// NewPeriod returns an error.
func MustBetween(from, until Date) Period { return must(NewPeriod(from, until)) }

// Since returns the open-ended period starting on from.
func Since(from Date) Period { return Period{From: from} }

// Year returns the calendar year y, or an error wrapping ErrPeriod and
// ErrDate for a year outside MinYear..MaxYear.
func Year(y int) (Period, error) {
	if y < MinYear || y > MaxYear {
		return Period{}, fmt.Errorf("%w: year %d: %w", ErrPeriod, y, yearError(y))
	}
	return year(y), nil
}

// Quarter returns quarter q (1..4) of year y, or an error wrapping
// ErrPeriod for a quarter outside 1..4 (never the quarter it would roll
// over to) and ErrDate too for a year outside MinYear..MaxYear.
func Quarter(y, q int) (Period, error) {
	if y < MinYear || y > MaxYear {
		return Period{}, fmt.Errorf("%w: quarter %d of year %d: %w", ErrPeriod, q, y, yearError(y))
	}
	if q < 1 || q > 4 {
		return Period{}, fmt.Errorf("%w: quarter %d of year %d is outside 1..4", ErrPeriod, q, y)
	}
	return quarter(y, q), nil
}

// Month returns month m of year y, or an error wrapping ErrPeriod for a
// month outside January..December and ErrDate too for a year outside
// MinYear..MaxYear.
func Month(y int, m time.Month) (Period, error) {
	if y < MinYear || y > MaxYear {
		return Period{}, fmt.Errorf("%w: month %d of year %d: %w", ErrPeriod, int(m), y, yearError(y))
	}
	if m < time.January || m > time.December {
		return Period{}, fmt.Errorf("%w: month %d of year %d is outside 1..12", ErrPeriod, int(m), y)
	}
	return month(y, m), nil
}

// MustYear is Year for years written in source code; it panics where Year
// returns an error.
func MustYear(y int) Period { return must(Year(y)) }

// MustQuarter is Quarter for quarters written in source code; it panics
// where Quarter returns an error.
func MustQuarter(y, q int) Period { return must(Quarter(y, q)) }

// MustMonth is Month for months written in source code; it panics where
// Month returns an error.
func MustMonth(y int, m time.Month) Period { return must(Month(y, m)) }

func must(p Period, err error) Period {
	if err != nil {
		panic(err)
	}
	return p
}

func yearError(y int) error {
	return fmt.Errorf("%w: year %d outside %d..%d", ErrDate, y, MinYear, MaxYear)
}

// year, quarter and month build the periods of arguments already checked.
func year(y int) Period {
	return Period{From: dateOf(y, time.January, 1), Until: dateOf(y, time.December, 31)}
}

func quarter(y, q int) Period {
	from := dateOf(y, time.Month(3*q-2), 1)
	return Period{From: from, Until: dateOf(y, time.Month(3*q), 1).LastOfMonth()}
}

func month(y int, m time.Month) Period {
	from := dateOf(y, m, 1)
	return Period{From: from, Until: from.LastOfMonth()}
}

// Validate reports an Until before From, or an end that is not a day in
// MinYear..MaxYear (which only arithmetic on a Date can make).
func (p Period) Validate() error {
	for _, end := range [...]Date{p.From, p.Until} {
		if end != 0 && !inRange(int(end)) {
			return fmt.Errorf("%w: day %d is outside %d..%d", ErrPeriod, int(end), MinYear, MaxYear)
		}
	}
	if p.empty() {
		return fmt.Errorf("%w %s: until is before from", ErrPeriod, p)
	}
	return nil
}

// Bounded reports whether both ends are given.
func (p Period) Bounded() bool { return !p.From.IsZero() && !p.Until.IsZero() }

// Contains reports whether d lies within p.
func (p Period) Contains(d Date) bool {
	return (p.From.IsZero() || d >= p.From) && (p.Until.IsZero() || d <= p.Until)
}

// Intersect returns the days p and q have in common, and false when they
// have none.
func (p Period) Intersect(q Period) (Period, bool) {
	// A zero From is the earliest start and a zero Until the latest end.
	r := Period{From: max(p.From, q.From), Until: min(p.end(), q.end())}
	if r.Until == openEnd {
		r.Until = 0
	}
	if r.empty() {
		return Period{}, false
	}
	return r, true
}

// openEnd stands for a zero Until where ends are compared.
const openEnd Date = math.MaxInt32

// end returns p's last day, openEnd for an open one.
func (p Period) end() Date {
	if p.Until.IsZero() {
		return openEnd
	}
	return p.Until
}

// empty reports an Until before From without building Validate's error,
// since Intersect runs once per pair of versions or records.
func (p Period) empty() bool {
	return !p.From.IsZero() && !p.Until.IsZero() && p.Until < p.From
}

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	_, ok := p.Intersect(q)
	return ok
}

// Days returns the number of days in a bounded period, both ends counted,
// and false for an open or invalid one (a count of zero or fewer days would
// be a silent wrong answer).
func (p Period) Days() (int, bool) {
	if !p.Bounded() || p.Validate() != nil {
		return 0, false
	}
	return p.Until.Sub(p.From) + 1, true
}

// Months yields the calendar months p touches, each clipped to p. It yields
// nothing for a period that is not bounded.
func (p Period) Months() iter.Seq[Period] {
	return func(yield func(Period) bool) {
		if !p.Bounded() || p.Validate() != nil {
			return
		}
		for from := p.From; from <= p.Until; from = from.LastOfMonth() + 1 {
			m := Period{From: from, Until: min(from.LastOfMonth(), p.Until)}
			if !yield(m) {
				return
			}
		}
	}
}

// String writes p in the form ParsePeriod reads: "2024" for a calendar
// year, "2024-Q2" for a quarter, "2024-07" for a month, otherwise
// "from/until" with an open end left empty ("2024-07-15/").
func (p Period) String() string {
	if p.Bounded() && p.From.Day() == 1 {
		y, m, _ := p.From.Date()
		switch {
		case m == time.January && p == year(y):
			return fmt.Sprintf("%04d", y)
		case (m-1)%3 == 0 && p == quarter(y, int(m+2)/3):
			return fmt.Sprintf("%04d-Q%d", y, int(m+2)/3)
		case p == month(y, m):
			return fmt.Sprintf("%04d-%02d", y, int(m))
		}
	}
	return p.From.String() + "/" + p.Until.String()
}

// ParsePeriod reads a period written as a year ("2024"), a quarter
// ("2024-Q1"), a month ("2024-03"), a single day ("2024-03-05"), or a range
// of days "from/until" where either end may be empty for an open bound
// ("2024-01-01/2024-06-30", "2021-11-10/").
func ParsePeriod(s string) (Period, error) {
	bad := func(why string) (Period, error) {
		return Period{}, fmt.Errorf("%w %q: %s", ErrPeriod, s, why)
	}
	// A bad date keeps ErrDate in the chain beside ErrPeriod.
	badDate := func(part string, err error) (Period, error) {
		return Period{}, fmt.Errorf("%w %q: %s%w", ErrPeriod, s, part, err)
	}
	if from, until, ok := strings.Cut(s, "/"); ok {
		var p Period
		if err := p.From.UnmarshalText([]byte(from)); err != nil {
			return badDate("from: ", err)
		}
		if err := p.Until.UnmarshalText([]byte(until)); err != nil {
			return badDate("until: ", err)
		}
		if p.Until != 0 && p.Until < p.From {
			return bad("until is before from")
		}
		return p, nil
	}
	switch {
	case len(s) == 4:
		y, err := digits(s)
		if err != nil || y < MinYear {
			return bad("want a year YYYY")
		}
		return year(y), nil
	case len(s) == 7 && s[4] == '-' && (s[5] == 'Q' || s[5] == 'q'):
		y, err1 := digits(s[:4])
		q, err2 := digits(s[6:])
		if err1 != nil || err2 != nil || y < MinYear || q < 1 || q > 4 {
			return bad("want a quarter YYYY-Q1..YYYY-Q4")
		}
		return quarter(y, q), nil
	case len(s) == 7 && s[4] == '-':
		y, err1 := digits(s[:4])
		m, err2 := digits(s[5:])
		if err1 != nil || err2 != nil || y < MinYear || m < 1 || m > 12 {
			return bad("want a month YYYY-MM")
		}
		return month(y, time.Month(m)), nil
	case len(s) == 10:
		d, err := ParseDate(s)
		if err != nil {
			return badDate("", err)
		}
		return Period{From: d, Until: d}, nil
	}
	return bad("want YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or from/until")
}

// MarshalText encodes p as String does.
func (p Period) MarshalText() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes any form ParsePeriod reads.
func (p *Period) UnmarshalText(b []byte) error {
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
