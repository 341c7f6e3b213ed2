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
package policy
