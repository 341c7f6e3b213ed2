package staffing

import "github.com/shegong/shegong/policy"

// Integer calendar arithmetic (Howard Hinnant's days-from-civil), so that a
// certificate deadline costs a few integer operations instead of the two
// time.Date calls of policy.Date.AddMonths: a national check computes one
// for every worker without a certificate. A test holds it equal to
// AddMonths.

// epochShift turns a policy.Date (1 = 0001-01-01) into days since
// 0000-03-01, the start of the algorithm's era.
const epochShift = 306 - 1

// civil returns the year, month and day of d, for d ≥ 1.
func civil(d policy.Date) (y, m, day int) {
	z := int(d) + epochShift
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, day
}

// fromCivil returns the Date of y-m-day, for y ≥ 1.
func fromCivil(y, m, day int) policy.Date {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := m + 9
	if mp >= 12 {
		mp -= 12
	}
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return policy.Date(era*146097 + doe - epochShift)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// addMonths is d.AddMonths(n) for d ≥ 1 and 0 ≤ n ≤ MaxMonths: the same
// day n months on, or the month's last day where it has no such day.
func addMonths(d policy.Date, n int) policy.Date {
	y, m, day := civil(d)
	mi := y*12 + m - 1 + n
	y, m = mi/12, mi%12+1
	return fromCivil(y, m, min(day, daysIn(y, m)))
}
