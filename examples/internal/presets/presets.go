// Package presets gathers, for each jurisdiction the example programs can
// report on, the library's presets (tier scheme, staffing rules, incentive
// schedule, funding profile) and the targets its documents set, with how
// a network and roster measure each target.
package presets

import (
	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
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
func (j Jurisdiction) Name(l metrics.Lang) string {
	switch l {
	case metrics.Simplified:
		return j.Names[1]
	case metrics.Traditional:
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
		for _, w := range r.AtUnit(u.Index()) {
			if w := r.Worker(int(w)); w.Active(d) && staffing.SocialWorkRoles.Has(w.Role) {
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

// full is a goal of full coverage by deadline (zero for none).
func full(id, indicator string, m Measure, deadline policy.Date, src policy.Source) Goal {
	return Goal{Measure: m, Target: metrics.Target{
		ID: id, Indicator: indicator, Comparator: metrics.FullCoverage, Kind: metrics.RatioValue,
		Value: metrics.Fraction(decimal.NewFromInt(1)), Deadline: deadline, Source: src,
	}}
}

// Chongqing is the three-tier system, staffing standard, award and 2019
// funding of 重庆市民政局's account; its goal is the full coverage the
// account's closing paragraph works toward, with no date.
func Chongqing() Jurisdiction {
	next := policy.Chongqing2020.Cite("下一步……加快推进社会工作服务体系全覆盖")
	return Jurisdiction{
		ID:       "chongqing",
		Names:    [3]string{"Chongqing", "重庆市", "重慶市"},
		Scheme:   ptr(hierarchy.Chongqing()),
		Staffing: staffing.Chongqing(),
		Schedule: incentives.Chongqing(),
		Funding:  ptr(funding.Chongqing2019()),
		Budget:   funding.PurchaseOfServices,
		Goals: []Goal{
			full("cq-centres", "区县社会工作指导中心覆盖率", CountyCoverage, 0, next),
			full("cq-stations", "镇街社会工作站覆盖率", TownshipCoverage, 0, next),
			full("cq-rooms", "村社社会工作室覆盖率", CommunityCoverage, 0, next),
		},
	}
}

// Suzhou is the four-level system, station staffing and funding of the
// Suzhou report, with its two coverage deadlines: every township station
// by the end of 2021 and every village and community room by the end of
// 2022 (the report is of 30 November 2021).
func Suzhou() Jurisdiction {
	src := policy.Suzhou2021.Source()
	return Jurisdiction{
		ID:       "suzhou",
		Names:    [3]string{"Suzhou", "苏州市", "蘇州市"},
		Scheme:   ptr(hierarchy.Suzhou()),
		Staffing: staffing.Suzhou(),
		Funding:  ptr(funding.Suzhou()),
		Budget:   funding.PurchaseOfServices,
		Goals: []Goal{
			full("sz-stations", "鄉鎮（街道）社會工作站覆蓋率", TownshipCoverage, policy.MustDate(2021, 12, 31),
				src.Cite("“強運行”：目前已建成90個社工站，覆蓋率達94%，年底將實現全覆蓋")),
			full("sz-rooms", "村（社區）社工室覆蓋率", CommunityCoverage, policy.MustDate(2022, 12, 31),
				src.Cite("“強運行”：目前已建成1102個村（社區）社工室，明年底實現全覆蓋")),
		},
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
	goals := policy.Ordos2021.Cite("二、工作目标")
	return Jurisdiction{
		ID:       "ordos",
		Names:    [3]string{"Ordos", "鄂尔多斯市", "鄂爾多斯市"},
		Scheme:   ptr(hierarchy.Ordos()),
		Staffing: staffing.Ordos(),
		Funding:  ptr(funding.Ordos()),
		Goals: []Goal{
			full("ordos-stations-2023", "苏木乡镇（街道）社会工作服务站覆盖率", TownshipCoverage, policy.MustDate(2023, 12, 31), goals),
			full("ordos-communities-2025", "有社会工作者提供专业服务的城乡社区比例", CommunitiesServed, policy.MustDate(2025, 12, 31), goals),
		},
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
		Goals:    GuangxiGoals(),
	}
}

// GuangxiGoals returns the targets for the end of 2025 that the report of
// Guangxi's 14th Five-Year Plan names, except the talent target, which is
// a staffing rule (staffing.Guangxi).
func GuangxiGoals() []Goal {
	plan := policy.Guangxi14FYP.Source()
	end := policy.MustDate(2025, 12, 31)
	share := func(id, indicator string, percent int64, clause string) Goal {
		return Goal{Target: metrics.Target{ID: id, Indicator: indicator, Comparator: metrics.AtLeastValue, Kind: metrics.RatioValue,
			Value: metrics.Scaled(decimal.NewFromInt(percent), metrics.Percent), Deadline: end, Source: plan.Cite(clause)}}
	}
	count := func(id, indicator string, n int64, clause string) Goal {
		return Goal{Target: metrics.Target{ID: id, Indicator: indicator, Comparator: metrics.AtLeastValue, Kind: metrics.CountValue,
			Value: metrics.Fraction(decimal.NewFromInt(n)), Deadline: end, Source: plan.Cite(clause)}}
	}
	return []Goal{
		full("gx-stations", "乡镇（街道）社会工作服务站覆盖率", TownshipCoverage, end, plan.Cite("慈善事业和社会工作方面")),
		share("gx-volunteer-points", "志愿服务站点在社区综合服务设施中的覆盖率", 80, "慈善事业和社会工作方面"),
		share("gx-elderly-centres", "区域养老服务中心在乡镇（街道）的覆盖率", 60, "养老服务体系建设方面"),
		count("gx-elderly-adaptation", "实施适老化改造的困难老年人家庭（户）", 25000, "养老服务体系建设方面"),
		count("gx-livable-communities", "老年人宜居社区（个）", 100, "养老服务体系建设方面"),
		count("gx-smart-nursing-homes", "示范性智慧养老院（个）", 15, "养老服务体系建设方面"),
		full("gx-incubation-bases", "拥有社会组织孵化基地的设区市比例", Unmeasured, end, plan.Cite("慈善事业和社会工作方面")),
		full("gx-mental-health", "建有精神卫生福利设施的设区市比例", Unmeasured, end, plan.Cite("基本民生保障方面")),
		full("gx-prefecture-minor-protection", "市级未成年人救助保护机构覆盖率", Unmeasured, end, plan.Cite("基本服务方面")),
		share("gx-county-minor-protection", "县级未成年人救助保护机构覆盖率", 75, "基本服务方面"),
		full("gx-child-director-training", "村（居）儿童主任参训率", Unmeasured, end, plan.Cite("基本服务方面")),
	}
}
