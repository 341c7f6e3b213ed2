package policy

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// A Date is a civil date in the proleptic Gregorian calendar, with no time of
// day and no zone: policies take effect on days, not instants. Dates are
// comparable with ==, <, > and usable as map keys. The zero Date means "no
// date" (an open bound, or a date not given) and is reported by IsZero.
//
// A Date counts days, so the arithmetic that payroll and deadlines need
// (days in a period, the month after) is integer arithmetic. A Date is a
// plain value: concurrent use is safe.
type Date int32

// MinYear and MaxYear bound the years a Date can hold.
const (
	MinYear = 1
	MaxYear = 9999
)

// ErrDate is wrapped by every error about a malformed or impossible date.
var ErrDate = errors.New("invalid date")

// unixDay is the Date of 1970-01-01: the count of days from 0001-01-01
// (which is Date 1) to the Unix epoch, plus one.
const unixDay = 719163

// NewDate returns the date y-m-d, or an error if it does not exist
// (2023-02-29) or its year is outside MinYear..MaxYear.
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < MinYear || y > MaxYear {
		return 0, fmt.Errorf("%w: year %d outside %d..%d", ErrDate, y, MinYear, MaxYear)
	}
	if m < time.January || m > time.December {
		return 0, fmt.Errorf("%w: month %d outside 1..12", ErrDate, int(m))
	}
	if d < 1 || d > DaysIn(y, m) {
		return 0, fmt.Errorf("%w: %04d-%02d has no day %d", ErrDate, y, int(m), d)
	}
	return dateOf(y, m, d), nil
}

// MustDate is NewDate for dates written in source code, such as the dates
// of presets; it panics on a date that does not exist.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

func dateOf(y int, m time.Month, d int) Date {
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()/86400 + unixDay)
}

// DateOf returns the calendar date of t in t's location, or an error
// wrapping ErrDate when its year is outside MinYear..MaxYear.
func DateOf(t time.Time) (Date, error) {
	return NewDate(t.Date())
}

// DaysIn returns the number of days in month m of year y of the proleptic
// Gregorian calendar, and 0 for a month outside January..December rather
// than the days of the month it would roll over to. Any year is counted,
// past MaxYear too, so that an anniversary beyond it can be measured.
func DaysIn(y int, m time.Month) int {
	if m < time.January || m > time.December {
		return 0
	}
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ParseDate parses a date written YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("%w %q: want YYYY-MM-DD", ErrDate, s)
	}
	y, err1 := digits(s[0:4])
	m, err2 := digits(s[5:7])
	d, err3 := digits(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil {
		return 0, fmt.Errorf("%w %q: want YYYY-MM-DD", ErrDate, s)
	}
	dt, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return 0, fmt.Errorf("date %q: %w", s, err)
	}
	return dt, nil
}

// digits parses an unsigned decimal made only of ASCII digits;
// strconv.Atoi alone would accept signs.
func digits(s string) (int, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, strconv.ErrSyntax
		}
	}
	return strconv.Atoi(s)
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == 0 }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Unix(int64(d-unixDay)*86400, 0).UTC()
}

// Date returns the year, month and day of d.
func (d Date) Date() (year int, month time.Month, day int) {
	return d.Time().Date()
}

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := d.Date(); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := d.Date(); return m }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, dd := d.Date(); return dd }

// AddDays returns d moved by n days, or an error wrapping ErrDate when the
// result falls outside MinYear..MaxYear. Within a known range, such as a
// loop over the days of a period, plain arithmetic (d + 1) is enough, since
// a Date counts days.
func (d Date) AddDays(n int) (Date, error) {
	// Bounds on n rather than on d + n, which could overflow.
	if !inRange(int(d)) || n < 1-int(d) || n > maxDay-int(d) {
		return 0, fmt.Errorf("%w: %s plus %d days is outside %d..%d", ErrDate, d, n, MinYear, MaxYear)
	}
	return d + Date(n), nil
}

// maxDay is the Date of MaxYear-12-31, the last day a Date holds.
const maxDay = 3652059

func inRange(day int) bool { return day >= 1 && day <= maxDay }

// Sub returns the number of days from e to d (d - e).
func (d Date) Sub(e Date) int { return int(d - e) }

// FirstOfMonth returns the first day of d's month.
func (d Date) FirstOfMonth() Date { return d - Date(d.Day()-1) }

// LastOfMonth returns the last day of d's month.
func (d Date) LastOfMonth() Date {
	y, m, dd := d.Date()
	return d + Date(DaysIn(y, m)-dd)
}

// AddMonths returns the date n months after d (before, for negative n),
// keeping the day of the month where it exists and otherwise taking the last
// day of the month: 2024-01-31 plus one month is 2024-02-29. This is how a
// deadline of "within one year of joining" is counted from 2024-02-29. A
// result outside MinYear..MaxYear is an error wrapping ErrDate, never a
// date wrapped round.
func (d Date) AddMonths(n int) (Date, error) {
	if !inRange(int(d)) {
		return 0, fmt.Errorf("%w: %d is not a day in %d..%d", ErrDate, int(d), MinYear, MaxYear)
	}
	y, m, dd := d.Date()
	mi := y*12 + int(m-1) // months since the start of year 0
	// Bounds on n rather than on mi + n, which could overflow.
	if n < MinYear*12-mi || n >= (MaxYear+1)*12-mi {
		return 0, fmt.Errorf("%w: %s plus %d months is outside %d..%d", ErrDate, d, n, MinYear, MaxYear)
	}
	mi += n
	ny, nm := mi/12, time.Month(mi%12+1)
	return dateOf(ny, nm, min(dd, DaysIn(ny, nm))), nil
}

// AddYears returns d moved by n years; see AddMonths for month ends and
// the range.
func (d Date) AddYears(n int) (Date, error) {
	// A bound on n before 12 × n, which could overflow; AddMonths checks d.
	if y := d.Year(); n < MinYear-y || n > MaxYear-y {
		return 0, fmt.Errorf("%w: %s plus %d years is outside %d..%d", ErrDate, d, n, MinYear, MaxYear)
	}
	return d.AddMonths(12 * n)
}

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Date()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), dd)
}

// MarshalText encodes d as YYYY-MM-DD; the zero Date encodes as "". A
// Date outside MinYear..MaxYear, which only arithmetic on the integer can
// make, is an error: ParseDate could not read it back.
func (d Date) MarshalText() ([]byte, error) {
	if d != 0 && !inRange(int(d)) {
		return nil, fmt.Errorf("%w: %d is not a day in %d..%d", ErrDate, int(d), MinYear, MaxYear)
	}
	return []byte(d.String()), nil
}

// UnmarshalText decodes YYYY-MM-DD; "" decodes as the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
