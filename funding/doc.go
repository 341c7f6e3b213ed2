// Package funding says where the money for a social-work network comes
// from and shares a budget out over its units, exactly.
//
// # Sources and mixes
//
// A Kind is one source in a closed taxonomy, in three classes: fiscal
// (government purchase of services, awards in lieu of subsidies, an
// earmarked share of another fund, the welfare lottery public-welfare fund,
// a higher level's pilot subsidy, budgeted operating funds), social
// (donations, foundations and special funds, community charity funds) and
// market (service fees), each with English, Simplified and Traditional
// Chinese names.
//
// A Mix is a jurisdiction's list of Items: a kind, the document's own
// words, its figure as a metrics.Quantity (or none, when the document names
// the source without one) and its citation. Figures keep their hedges:
// "超过 1 亿元" is more than 100 million and "近 2500 万元" about 25
// million, and every Sum, Share, Leverage and Delta computed from them
// carries a qualifier saying how the true value relates to the one shown
// (any "about" makes the result "about"; bounds add up on their side and turn
// over when they divide). Sums count the sources without a figure apart,
// never as zero. Shares are exact ratios; a hedged share's per cent, and
// any hedged figure shown, is rounded by metrics.Qualifier.Round in the
// direction that keeps it true (more than 51/47 = 1.0851… is more than
// 1.08), and the per cents of exact figures add up to exactly 100 at the
// places asked for (largest remainder, ties to the earlier line). Mixes are
// validated when built and when decoded from JSON.
//
// Presets cite their documents: Chongqing 2019, Suzhou, Langxi 2023, and the
// source lists of Ordos and Inner Mongolia. An Earmark is a rule such as
// Chongqing's "1% of social assistance funds", and Per divides an amount
// over residents, stations or social workers, rounded by a named
// metrics.Rounding.
//
// # Allocation
//
// Allocate shares a budget, to the fen, over claimants named by their
// hierarchy.Code, equally, by population or by weight, with optional floors
// and caps. Each claimant gets clamp(λ × weight, floor, cap) for the single
// rate λ at which the allotments add up to the budget, found exactly with
// 128-bit integer products; the fen left after rounding down go to the
// largest remainders, smaller code first. Allotments always add up to the
// budget, keep every floor and cap, and do not depend on the order of the
// input. A zero budget, or floors that take all of it, is a valid
// allocation. Claimants turns the units of a hierarchy.Network (its
// stations, one level, any selection) into claimants weighted by
// population; ClaimantsOf does so for a list of codes, reporting those not
// in the network (hierarchy.ErrUnknownUnit).
//
// Errors: ErrAllocation wraps every problem of the input (each invalid
// claimant as a *ClaimantError, with hierarchy.ErrCode, hierarchy.ErrDuplicate
// or metrics.ErrMoney where they apply), ErrInfeasible a budget that no
// rate can share under the floors, caps and weights given; a sum past an
// int64 wraps metrics.ErrOverflow.
//
// Inside, money is int64 fen and every sum is checked for overflow. A
// national allocation over 662,373 units in any order takes a few tens of
// milliseconds: unordered codes are put in order by a radix sort of code
// and position packed in one word.
//
// YearOnYear sets one year's mix beside a later one's (a Growth, with From
// and To sides): it is not a what-if, which compares two rule sets over the
// same data.
//
// # JSON form of a profile
//
// A Profile has one JSON form, read by DecodeProfile and written
// canonically by EncodeProfile (keys in this order; a key marked optional
// is left out when empty; every other key is required):
//
//	jurisdiction  string
//	mix           {name, year (optional; left out, no stated year), items}
//	earmarks      optional, array of {fund, share, purpose, source}
//	spending      optional, array of {purpose, amount, source}
//
// items is an array of {kind, includes (optional), label (optional), amount
// (optional; left out, the document names the source without a figure),
// source}; kind and includes are Kind names ("welfare-lottery"); an amount
// is a metrics.Quantity {value, unit, qualifier (optional)} such as
// {"value": "47000000", "unit": "元", "qualifier": "more-than"}; share a
// Ratio as text ("30%"); source a policy.Source {title, issuer, number,
// date, clause, status, url}. The mix is the JSON form Mix has always had
// (Mix.MarshalJSON). Before this form a Profile encoded with its Go field
// names ("Jurisdiction", "Mix"); those keys are now unknown keys. Problems
// are reported with paths relative to the profile, such as
// "mix.items[2].amount".
//
// # Concurrency
//
// Every result of the package is an immutable value whose methods only
// read, so any number of goroutines may read one at once: Allocation,
// Allotment, Mix (Items returns a copy), Sum, Line, Share, Leverage, Growth,
// Delta, PerCapita, Profile, Earmark. Slices inside a result a caller
// receives (Growth.ByClass, Line.Includes, a Share's Line) are the caller's
// own: writing to them while other goroutines read the same slice is the
// caller's race, as with any slice.
package funding
