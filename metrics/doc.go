// Package metrics holds the statistics policy documents are written in:
// exact ratios (per cent, per mille, per ten thousand), coverage ("90 of 96
// townships have a station"), head-count requirements of the form "at least
// N and at least r of the population", targets with deadlines and the
// scorecards that judge them (the documents' own targets are presets, such
// as GuangxiTargets), and the figures themselves as the documents
// write them ("5100余万元", "近300万", "2.5‰"), whose qualifiers stay true
// when shown: Qualifier.Round rounds "more than" down and "fewer than" up.
//
// Everything is exact: a Ratio keeps its numerator and denominator, money
// is decimal yuan rounded to the fen by a named Rounding, and rounding
// happens once, where a value is shown. A Formatter writes numbers, money
// and ratios in English, Simplified or Traditional Chinese, with optional
// 万/亿 scaling.
//
// A list of targets has one JSON form, read by DecodeTargets and written
// canonically by EncodeTargets: an array of objects with the keys, in this
// order,
//
//	id          string
//	indicator   string, the indicator as the document words it
//	comparator  at-least, at-most, exactly or full-coverage
//	kind        a ValueKind name: count, ratio or money
//	value       a Ratio as text: "5000", "90%", "2.5‰", "3/4"
//	deadline    optional, a date "2025-12-31"; left out, the target has none
//	source      a policy.Source {title, issuer, number, date, clause, status, url}
//
// every key but deadline required. Problems are reported with paths
// relative to the list, such as "[1].deadline", each wrapping ErrTarget.
//
// Concurrency: Ratio, Coverage, Requirement, Target, Observation,
// Evaluation, Scorecard and the enumerations are values that no method
// changes in place, so concurrent reads of a shared one are safe.
package metrics
