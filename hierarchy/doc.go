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
// the record it concerns: malformed codes, duplicates, missing parents,
// stated parents that contradict the codes, cycles, kinds that do not fit
// their level or their parent's, negative populations, facilities on the
// wrong level. Each Problem wraps a sentinel error for errors.Is.
//
// Units are stored in code order, which is a pre-order of the tree: a
// unit's subtree is the contiguous run of indexes Index() … End()-1, and a
// parent always precedes its children. Lookup finds a unit by code; Roots,
// Children, Ancestors, Subtree, AtLevel and OfKind walk the network as
// iter.Seq values, all in code order.
//
// # Roll-ups
//
// Rollup computes, in one pass over the units in reverse code order, the
// Totals of every subtree: units by kind and level, which of them host a
// facility, how many facilities meet the six essentials (六有), and the
// population. Totals.Coverage is the coverage of "one facility per unit"
// (一镇街一站) for any subtree as a metrics.Coverage.
//
// Sum and Fold roll any caller-supplied per-unit measure up the tree the
// same way, into a slice indexed by unit index; ByKind holds a value per
// unit kind, such as a staffing minimum, and ByKind.Of is the measure that
// turns it into per-unit values for Sum.
//
// # Schemes
//
// A Scheme is a jurisdiction's tiers, the facility and functions of each,
// and the Source they come from: Chongqing (区县—镇街—村社), Ordos (a draft
// for comment) and Suzhou (市—区县—乡镇—村居), Langxi (county—town—village).
package hierarchy
