// Package staffing models who works in the social-work network and the
// rules on how many must: workers with their roles, employment and
// certificate levels (CertLevel, not to be confused with hierarchy.Level,
// a unit's administrative level); staffing rules as cited values (a
// minimum per unit kind, roles a station must fill, a certificate
// deadline after joining, an area-wide head-count target); and the
// computations over a network and a roster on a date: the minimum each
// unit and each subtree requires, and the compliance findings, each
// carrying the rule and source behind it.
//
// Rule sets for every jurisdiction with a staffing rule are presets
// (Chongqing, Suzhou, Langxi, InnerMongolia, Ordos, Guangxi); a rule set
// also decodes from JSON with DecodeRuleSet, validated on the way in. A
// minimum or quota is at most MaxMin workers and a certificate deadline at
// most MaxMonths after joining; larger figures are refused. A what-if is a
// modified copy of a preset, held against the baseline with Compare.
//
// Units are addressed by hierarchy.Code: Roster.AtUnit, Minimums.Of and
// Filter.Within take codes, and a worker on a code outside the network is
// an error wrapping hierarchy.ErrUnknownUnit. A Report's findings are read
// one way, through Select with a Filter; a Finding's Severity grades it
// (info, warning, violation), which is not a target's metrics.Status: an
// area target's status decides its finding's severity, while a shortfall
// against a minimum is a violation with no target behind it.
//
// A Roster, Minimums, a Report and a Comparison are immutable once
// returned: any number of goroutines may read them at once, and what
// their methods hand out are copies.
//
// # Names people type
//
// Besides machine names and Chinese titles, roles accept 社工,
// 社会工作者, 专职社工 (social-worker), 驻站社会工作者 (resident-worker),
// 社工站站长 (station-head) and 村两委干部 (committee-cadre); certificate
// levels accept 助理社工师 and 初级 (junior), 社工师 and 中级
// (intermediate), 高级社工师 and 高级 (senior), 无 (none); employment
// accepts 全职 (full-time).
//
// # JSON form
//
// A RuleSet has one JSON form, read by DecodeRuleSet and written
// canonically by EncodeRuleSet (keys in this order; a key marked
// optional is left out when empty; every other key is required):
//
//	jurisdiction  string
//	minimums      optional, array of {id, units, min, counts (optional), period (optional), source}
//	roles         optional, array of {id, units, quotas: [{roles, min}], period (optional), source}
//	certificates  optional, array of {id, roles, months, period (optional), source}
//	areas         optional, array of {id, indicator, units (optional), requirement, counts (optional), deadline, period (optional), source}
//
// units is a hierarchy.Selector {level, kinds, area, with_facility}, each
// optional; counts is {roles, full_time, certified}, each optional; roles
// is an array of role names; requirement is a metrics.Requirement {floor,
// share}; deadline a date "2025-12-31"; period a policy.Period such as
// "2024-01-01/" or "2020-01-01/2020-12-31"; source a policy.Source {title,
// issuer, number, date, clause, status, url}. Problems are reported with
// paths relative to the rule set, such as "minimums[2].min".
//
// A Roster groups its workers by unit once, so a check over a national
// network and two million workers is a few linear passes.
package staffing
