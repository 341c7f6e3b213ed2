package dataset

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// ErrNumber is wrapped by problems about a cell that is not a whole
// number.
var ErrNumber = errors.New("not a whole number")

// parseCount reads a non-negative whole number, allowing thousands
// separators ("12,345") and a zero fraction ("12345.0", as spreadsheets
// write numbers stored as numbers).
func parseCount(b []byte) (int64, error) {
	var n int64
	digits := 0
	i := 0
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			d := int64(c - '0')
			if n > (math.MaxInt64-d)/10 {
				return 0, fmt.Errorf("%w: %q is past %d", metrics.ErrOverflow, b, int64(math.MaxInt64))
			}
			n = n*10 + d
			digits++
		case c == ',' && digits > 0 && i+3 < len(b)+0 && isDigits(b[i+1:min(i+4, len(b))]) && (i+4 == len(b) || b[i+4] == ',' || b[i+4] == '.'):
		case c == '.' && digits > 0 && allZero(b[i+1:]):
			return n, nil
		default:
			return 0, fmt.Errorf("%w: %q", ErrNumber, b)
		}
	}
	if digits == 0 {
		return 0, fmt.Errorf("%w: %q", ErrNumber, b)
	}
	return n, nil
}

func isDigits(b []byte) bool {
	if len(b) != 3 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func allZero(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c != '0' {
			return false
		}
	}
	return true
}

// parseDate reads a day as YYYY-MM-DD, as spreadsheets and people write
// it (2020/1/5, 2020.1.5, 2020年1月5日), or as an Excel serial date: a
// whole number of days in Excel's 1900 date system (43831 is 2020-01-01)
// from 1950 to 2099, which nt records.
func parseDate(b []byte, nt *notes) (policy.Date, error) {
	if len(b) == 10 && b[4] == '-' && b[7] == '-' {
		y, ok1 := small(b[:4])
		m, ok2 := small(b[5:7])
		d, ok3 := small(b[8:])
		if ok1 && ok2 && ok3 {
			if v, err := policy.NewDate(y, time.Month(m), d); err == nil {
				return v, nil
			}
		}
	}
	var d policy.Date
	err := d.UnmarshalText(b)
	if err == nil {
		return d, nil
	}
	if v, ok := serialDate(b); ok {
		nt.serialDates = true
		return v, nil
	}
	var ymd [3]int
	k, n, digits := 0, 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c >= '0' && c <= '9' && digits < 4:
			n = n*10 + int(c-'0')
			digits++
			i++
			continue
		case digits == 0 || k == 3:
			return 0, err
		}
		ymd[k], k, n = n, k+1, 0
		sep := len(sepAt(b[i:], k))
		if sep == 0 {
			return 0, err
		}
		i += sep
		digits = 0
	}
	if digits > 0 && k < 3 {
		ymd[k], k = n, k+1
	}
	if k != 3 {
		return 0, err
	}
	v, err2 := policy.NewDate(ymd[0], time.Month(ymd[1]), ymd[2])
	if err2 != nil {
		return 0, err2
	}
	return v, nil
}

// sepAt returns the separator at the start of b that may follow part k
// (1 after the year, 2 after the month, 3 after the day).
func sepAt(b []byte, k int) string {
	for _, s := range [...]string{"/", ".", "-", "年", "月", "日"} {
		if len(b) >= len(s) && string(b[:len(s)]) == s {
			switch {
			case s == "年" && k != 1, s == "月" && k != 2, s == "日" && k != 3:
				return ""
			case s == "日" || len(b) > len(s):
				return s
			}
		}
	}
	return ""
}

// Serial dates are read only from 1950-01-01 to 2099-12-31, so that a
// year or a count in a date column ("2020") is refused, not read as a day
// of 1905.
const (
	minSerial = 18264
	maxSerial = 73050
)

// serialDate reads an Excel serial date: days after 1899-12-30 (Excel
// counts a 1900-02-29 that did not exist, so from 1900-03-01 on this is
// its count).
func serialDate(b []byte) (policy.Date, bool) {
	s, err := parseCount(b)
	if err != nil || s < minSerial || s > maxSerial {
		return 0, false
	}
	t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(s))
	d, err := policy.NewDate(t.Year(), t.Month(), t.Day())
	return d, err == nil
}

// small reads a few ASCII digits.
func small(b []byte) (int, bool) {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
