// Package staffing models who works in the social-work network and the
// rules on how many must: workers with their roles, employment and
// certificates; staffing rules as cited values (a minimum per unit kind,
// roles a station must fill, a certificate deadline after joining, an
// area-wide head-count target); and the computations over a network and a
// roster on a date: the minimum each unit and each subtree requires, and
// the compliance findings, each carrying the rule and source behind it.
//
// Rule sets for every jurisdiction with a staffing rule are presets
// (Chongqing, Suzhou, Langxi, InnerMongolia, Ordos, Guangxi); a rule set
// also decodes from JSON with DecodeRuleSet, validated on the way in. A
// what-if is a modified copy of a preset, compared with Compare.
//
// A Roster groups its workers by unit once, so a check over a national
// network and two million workers is a few linear passes.
package staffing
