// Package services models what the social-work network has and what it
// delivers, unit by unit: the five-society linkage (五社联动: community,
// social workers, community social organisations, volunteers, charitable
// resources) and the service output of stations and rooms, with the rules
// plans set on them and the statistics accounts report.
//
// # Counters
//
// Output counts what a unit delivered over a period (cases, group
// sessions, activities, hours, person-times, needs, projects by Field and
// TargetGroup); Resources count what it has (organisations by OrgCategory,
// social workers, volunteers, charity funds, the three Lists). Both add up
// over units and periods. Every count lies in [0, MaxCount]; a count
// below zero is ErrCount, one past MaxCount, or a sum passing it,
// metrics.ErrOverflow. OutputMeasure and ResourceMeasure name one figure
// of each, for rates and rules.
//
// # Records and data sets
//
// A ResourceRecord is one unit's Resources over a period (a census day, a
// year, or "since" a day); an OutputRecord is one unit's Output over a
// bounded period, typically a month. NewResourceData and NewOutputData
// validate records against a hierarchy.Network and report every problem at
// once in a *DataError, each Problem naming its record by Index: an
// unknown unit (hierarchy.ErrUnknownUnit), an invalid period, counts out
// of range, two records of one unit with the same or overlapping periods
// (policy.ErrOverlap, which would count the same work twice), counts that
// together pass MaxCount. DecodeResources and DecodeOutputs read the same
// records from JSON and add the problems of records that do not parse.
//
// Units are addressed by hierarchy.Code; the zero code means the whole
// network.
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
// Output.NeedsCoverage the needs covered by projects of the needs
// identified.
//
// # Rules and indicators
//
// An Indicator counts the units a hierarchy.Selector picks that have at
// least a minimum of one resource measure; a Rule adds a deadline. Check
// judges a ResourceData against a RuleSet on a day and returns a Report
// whose Select yields findings, by unit and rule, each with the rule's
// policy.Source and a metrics.Status: NotYet before the deadline, Missed
// after it, Unobserved for a unit without data. Presets: Ordos (≥ 10
// community social organisations per urban community, ≥ 5 per rural one,
// every community served by social workers, by 2025), SuzhouCharityFunds
// and InnerMongoliaThreeLists (coverage indicators: the documents set no
// deadline).
//
// # Concurrency
//
// OutputData, OutputTotals, ResourceData and Report are immutable once
// built: any number of goroutines may call their methods at once, and
// every value they return is a copy. Output, Resources, Rate, Tally,
// Finding and Result are plain values. A RuleSet is the caller's to
// modify; Check copies the rules it uses.
//
// # JSON form of a rule set
//
// A RuleSet has one JSON form, read by DecodeRuleSet and written
// canonically by EncodeRuleSet (keys in this order; a key marked optional
// is left out when empty; every other key is required):
//
//	jurisdiction  string
//	rules         array of {id, name, units, measure, min, source, deadline, period (optional)}
//
// units is a hierarchy.Selector {level, kinds, area, with_facility}, each
// optional; measure a ResourceMeasure name ("organisations"); min a whole
// number; source a policy.Source {title, issuer, number, date, clause,
// status, url}; deadline a date "2025-12-31"; period a policy.Period such
// as "2024-01-01/". Problems are reported with paths relative to the rule
// set, such as "rules[2].min", each wrapping ErrRule.
//
// Every count is an integer, money is decimal yuan to the fen, and no
// roll-up can overflow: each data set checks the sum of all its records
// when it is built, and every count is at least zero.
package services
