// Package services models what the social-work network has and what it
// delivers, unit by unit: the five-society linkage (五社联动: community,
// social workers, community social organisations, volunteers, charitable
// resources) and the service output of stations and rooms, with the
// requirements plans set on them and the statistics accounts report.
//
// # Records and data sets
//
// A ResourceRecord is one unit's Resources over a period (a
// census day, a year, or "since" a day); an OutputRecord is one unit's
// Output over a bounded period, typically a month.
// NewResourceData and NewOutputData validate records against a
// hierarchy.Network and report every problem at once in a *DataError,
// each Problem naming its record: an unknown unit, an invalid period,
// negative counts, two records of one unit with the same or overlapping
// periods (which would count the same work twice), counts that together
// pass their range. DecodeResources and DecodeOutputs read the same
// records from JSON and add the problems of records that do not parse.
//
// # Service statistics
//
// OutputData.Sum totals any subtree over any period, and Rollup every
// subtree at once (one pass over the records, one up the tree with
// hierarchy.Fold). A record counts when the period asked for contains it;
// a period that cuts through a record is refused with a *PartialError
// rather than prorated, since a record does not say how its work spread
// over its days. OutputTotals give per-station and per-worker rates
// (Langxi: 3,276 visiting hours by 26 social workers, 126 each), and
// Output.NeedsCoverage the needs covered by projects of
// the needs identified.
//
// # Rules and indicators
//
// An Indicator counts the units a hierarchy.Selector picks that have at
// least a minimum of one resource measure; a Rule adds a deadline.
// Check judges a ResourceData against a RuleSet on a day and returns
// findings, by unit and rule, each with the rule's policy.Source and a
// metrics.Status: NotYet before the deadline, Missed after it, Unobserved
// for a unit without data. Presets: Ordos (≥ 10 community social
// organisations per urban community, ≥ 5 per rural one, every community
// served by social workers, by 2025), SuzhouCharityFunds and
// InnerMongoliaThreeLists (coverage indicators: the documents set no
// deadline).
//
// Every count is an integer, money is decimal yuan to the fen, and no
// roll-up can overflow: each data set checks the sum of all its records
// when it is built, and every count is at least zero.
package services
