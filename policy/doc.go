// Package policy holds what every rule of the library carries: the
// citation of the document it comes from (Source), the days it is in force
// (Period, Date), and series of values revised over time (Versioned).
//
// Dates are civil dates with no clock or zone: a computation is always told
// the date or period it is for, never reads the time itself. Periods include
// both ends, as the documents write them, and a zero end is open.
//
// A Versioned series answers "which value was in force on this day?" and
// rejects, with an error naming both entries, versions that overlap or are
// listed out of order. It is immutable; Supersede and With return modified
// copies, so a what-if is compared against an untouched baseline.
//
// Out-of-range input is an error, never a different value: Quarter(2024, 5)
// and a date moved past the year 9999 are refused; the Must forms
// (MustYear, MustQuarter, MustMonth, MustBetween, MustDate) are for values
// written in source code and panic instead.
//
// Every type of the package is a value that no method changes in place:
// Date, Period, Source, Version and Versioned are safe for concurrent reads
// from any number of goroutines.
package policy
