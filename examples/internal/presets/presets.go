// Package presets gathers, for each jurisdiction the example programs can
// report on, the library's presets (tier scheme, staffing rules, incentive
// schedule, funding profile) and the targets its documents set, with how
// a network and roster measure each target.
package presets

import (
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
	"golang.org/x/text/language"
)

// A Jurisdiction is everything the library knows of one jurisdiction's
// policy. A nil field means its documents say nothing of that kind.
type Jurisdiction struct {
	ID       string    // the -policy flag's value, such as "chongqing"
	Names    [3]string // in English, Simplified and Traditional Chinese
	Scheme   *hierarchy.Scheme
	Staffing *staffing.RuleSet
	Schedule *incentives.Schedule
	Funding  *funding.Profile
	// Budget is the line of the funding mix that pays the stations, shared
	// over them in a report; KindUnspecified when no line has a figure.
	Budget funding.Kind
	Goals  []Goal
}

// Name returns j's name in language l.
func (j Jurisdiction) Name(l language.Tag) string {
	switch l {
	case language.SimplifiedChinese:
		return j.Names[1]
	case language.TraditionalChinese:
		return j.Names[2]
	}
	return j.Names[0]
}

// A Measure says how a network and a roster observe a target.
type Measure uint8

// The measures.
const (
	Unmeasured        Measure = iota // no network or roster data tells it
	CountyCoverage                   // county-level units hosting a facility
	TownshipCoverage                 // township-level units hosting a facility (stations)
	CommunityCoverage                // community-level units hosting a facility (rooms)
	CommunitiesServed                // communities with a social worker placed on them
)

// A Goal is a target of a jurisdiction's documents and how it is measured.
type Goal struct {
	Target  metrics.Target
	Measure Measure
}

// Observe measures g on date d over the roster's network, whose roll-up
// totals are t. It reports false for an unmeasured goal.
func (g Goal) Observe(t hierarchy.Totals, r *staffing.Roster, d policy.Date) (metrics.Observation, bool) {
	switch g.Measure {
	case CountyCoverage:
		return metrics.ObserveCoverage(d, t.Coverage(hierarchy.LevelCounty)), true
	case TownshipCoverage:
		return metrics.ObserveCoverage(d, t.Coverage(hierarchy.LevelTownship)), true
	case CommunityCoverage:
		return metrics.ObserveCoverage(d, t.Coverage(hierarchy.LevelCommunity)), true
	case CommunitiesServed:
		return metrics.ObserveCoverage(d, Served(r, d)), true
	}
	return metrics.Observation{}, false
}

// Served returns how many communities of r's network have a worker in a
// social-work role in post on d, of all communities.
func Served(r *staffing.Roster, d policy.Date) metrics.Coverage {
	var c metrics.Coverage
	for u := range r.Network().AtLevel(hierarchy.LevelCommunity) {
		c.Total++
		for _, w := range r.AtUnit(u.Code()) {
			if w.Active(d) && staffing.SocialWorkRoles().Has(w.Role) {
				c.Covered++
				break
			}
		}
	}
	return c
}

// All returns every jurisdiction, in the order the README lists them.
func All() []Jurisdiction {
	return []Jurisdiction{Chongqing(), Suzhou(), Langxi(), Ordos(), InnerMongolia(), Guangxi()}
}

// Lookup returns the jurisdiction with id.
func Lookup(id string) (Jurisdiction, bool) {
	for _, j := range All() {
		if j.ID == id {
			return j, true
		}
	}
	return Jurisdiction{}, false
}

// IDs returns the ids of every jurisdiction.
func IDs() []string {
	var out []string
	for _, j := range All() {
		out = append(out, j.ID)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// measured pairs each of ts with how a network and roster measure it; a
// target m does not name is Unmeasured.
func measured(ts []metrics.Target, m map[string]Measure) []Goal {
	out := make([]Goal, len(ts))
	for i, t := range ts {
		out[i] = Goal{Target: t, Measure: m[t.ID]}
	}
	return out
}

// Chongqing is the three-tier system, staffing standard, award and 2019
// funding of 重庆市民政局's account; its goal is the full coverage the
// account's closing paragraph works toward, with no date.
func Chongqing() Jurisdiction {
	return Jurisdiction{
		ID:       "chongqing",
		Names:    [3]string{"Chongqing", "重庆市", "重慶市"},
		Scheme:   ptr(hierarchy.Chongqing()),
		Staffing: staffing.Chongqing(),
		Schedule: incentives.Chongqing(),
		Funding:  ptr(funding.Chongqing2019()),
		Budget:   funding.PurchaseOfServices,
		Goals: measured(metrics.ChongqingTargets(), map[string]Measure{
			"cq-centres": CountyCoverage, "cq-stations": TownshipCoverage, "cq-rooms": CommunityCoverage,
		}),
	}
}

// Suzhou is the four-level system, station staffing and funding of the
// Suzhou report, with its two coverage deadlines: every township station
// by the end of 2021 and every village and community room by the end of
// 2022 (the report is of 30 November 2021).
func Suzhou() Jurisdiction {
	return Jurisdiction{
		ID:       "suzhou",
		Names:    [3]string{"Suzhou", "苏州市", "蘇州市"},
		Scheme:   ptr(hierarchy.Suzhou()),
		Staffing: staffing.Suzhou(),
		Funding:  ptr(funding.Suzhou()),
		Budget:   funding.PurchaseOfServices,
		Goals: measured(metrics.SuzhouTargets(), map[string]Measure{
			"sz-stations": TownshipCoverage, "sz-rooms": CommunityCoverage,
		}),
	}
}

// Langxi is the county's three-level system, certificate rule, bonuses,
// stipends and salary floor, and its 2023 funds; the account sets no
// target it has not met.
func Langxi() Jurisdiction {
	return Jurisdiction{
		ID:       "langxi",
		Names:    [3]string{"Langxi", "郎溪县", "郎溪縣"},
		Scheme:   ptr(hierarchy.Langxi()),
		Staffing: staffing.Langxi(),
		Schedule: incentives.Langxi(),
		Funding:  ptr(funding.Langxi2023()),
		Budget:   funding.Budgeted,
	}
}

// Ordos is the draft plan's four tiers, talent target and funding sources
// (none with a figure), with its goals of a station in every township by
// the end of 2023 and social workers serving every community by the end of
// 2025.
func Ordos() Jurisdiction {
	return Jurisdiction{
		ID:       "ordos",
		Names:    [3]string{"Ordos", "鄂尔多斯市", "鄂爾多斯市"},
		Scheme:   ptr(hierarchy.Ordos()),
		Staffing: staffing.Ordos(),
		Funding:  ptr(funding.Ordos()),
		Goals: measured(metrics.OrdosTargets(), map[string]Measure{
			"ordos-stations-2023": TownshipCoverage, "ordos-communities-2025": CommunitiesServed,
		}),
	}
}

// InnerMongolia is the notice's station roles and funding sources; it
// names no tier scheme of its own and no numeric target.
func InnerMongolia() Jurisdiction {
	return Jurisdiction{
		ID:       "innermongolia",
		Names:    [3]string{"Inner Mongolia", "内蒙古自治区", "內蒙古自治區"},
		Staffing: staffing.InnerMongolia(),
		Funding:  ptr(funding.InnerMongolia()),
	}
}

// Guangxi is the 14th Five-Year Plan's talent target and the other
// targets the report of the plan names for the end of 2025. Only station
// coverage is measured from a network; the others need data the library
// does not model and stay unobserved.
func Guangxi() Jurisdiction {
	return Jurisdiction{
		ID:       "guangxi",
		Names:    [3]string{"Guangxi", "广西壮族自治区", "廣西壯族自治區"},
		Staffing: staffing.Guangxi(),
		Goals:    measured(metrics.GuangxiTargets(), map[string]Measure{"gx-stations": TownshipCoverage}),
	}
}
