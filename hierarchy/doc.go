// Package hierarchy models the tiered social-work service network every
// other computation runs over: division codes, unit kinds, the tree of
// units built from flat records, the tier schemes of the jurisdictions, and
// roll-ups from communities up to the whole country.
//
// # Division codes
//
// A Code is a statistical division code held as its 12-digit value.
// ParseCode reads the full form and the short forms data sets use (6 digits
// for a county, 9 for a township, 12 for a village-level unit), full-width
// digits included. A code knows its Level, its Parent and its parts, and
// Class reads the unit kind from the ranges NBS assigns (township part
// 001–099 a subdistrict, 100–199 a town, …). Real lists break the ranges now
// and then, so a record may state its kind, which then wins.
//
// # Networks
//
// Build (or BuildSeq) validates a slice or sequence of Records and returns
// an immutable Network, or a *ValidationError listing every problem with
// the position (Index) of the record it concerns: malformed codes,
// duplicates, missing parents, stated parents that contradict the codes,
// cycles, kinds that do not fit their level or their parent's, negative
// populations, facilities on the wrong level. Each Problem wraps a
// sentinel error for errors.Is.
//
// Units are addressed by their Code. Lookup returns a Unit, a copy of what
// the network holds, so nothing a caller does to it reaches the network;
// Units, Roots, Children, Subtree, Ancestors, AtLevel, OfKind and Select
// walk the network as iter.Seq values of Units, all in code order, which
// is a pre-order of the tree. A county of a municipality whose list leaves
// out the prefecture row sits right under the province; no other level may
// be skipped.
//
// # Roll-ups
//
// Rollup computes, in one pass over the units in reverse code order, the
// Totals of every subtree: units by kind and level, which of them host a
// facility, how many facilities meet the six essentials (六有), and the
// population. Rollup.Of gives a unit's by code, Rollup.Total the whole
// network's, and Rollup.All yields every unit's. Totals.Coverage is the
// coverage of "one facility per unit" (一镇街一站) for any subtree as a
// metrics.Coverage.
//
// Sum and Fold roll any caller-supplied per-unit measure up the tree the
// same way, into Sums read by code; Sum wraps metrics.ErrOverflow when a
// total leaves the range of its type. ByKind holds a value per unit kind,
// such as a staffing minimum, and ByKind.Of is the measure that turns it
// into per-unit values for Sum.
//
// # Concurrency
//
// A Network, a Rollup and Sums are immutable once returned: any number of
// goroutines may read them at once. A Unit, Totals, ByKind and Scheme are
// values.
//
// # Names people type
//
// Every enumeration reads its machine name, its Chinese labels and the
// short forms data sets use. Besides the labels (街道, 镇, 乡, 苏木, 社区,
// 村, …), unit kinds accept 居委会, 居民委员会, 社区居委会 and
// 社区居民委员会 (urban community), 村委会, 村民委员会, 行政村 and 嘎查
// (village), 街道办事处 and 街 (subdistrict), 建制镇 (town), 民族乡
// (township), 民族苏木 (sumu), 市辖区 (district), 自治县 (county), 自治旗
// (banner), 自治区 and 直辖市 (province), 地区, 自治州 and 盟 (city).
// Facilities accept 社工站 and 社会工作服务站 (station), 社工室 and
// 社会工作服务室 (room), 指导中心 and 社工指导中心 (guidance centre),
// 服务中心 and 社工服务中心 (service centre). Levels accept 省, 市级,
// 区县级, 乡镇级, 镇街, 村居 and 村社; areas 城镇 and 乡村. Unknown text
// is an error wrapping policy.ErrUnknownName that lists the machine names.
//
// # Schemes
//
// A Scheme is a jurisdiction's tiers, the facility and functions of each,
// and the Source they come from: Chongqing (区县—镇街—村社), Ordos (a draft
// for comment) and Suzhou (市—区县—乡镇—村居), Langxi (county—town—village).
//
// A Scheme has one JSON form, read by DecodeScheme and written canonically
// by EncodeScheme (keys in this order; a key marked optional is left out
// when empty; every other key is required):
//
//	name    string
//	motto   optional, string
//	tiers   array of {level, facility, functions (optional), optional (optional), standard (optional), source}
//	source  a policy.Source {title, issuer, number, date, clause, status, url}
//
// level is a Level name ("township"), facility a Facility name
// ("station"), functions an array of Function names, optional true or
// false, standard the essentials joined by "+" ("premises+staff").
// Problems are reported with paths relative to the scheme, such as
// "tiers[1].facility", each wrapping ErrScheme.
package hierarchy
