package jurisdiction

import (
	"golang.org/x/text/language"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

// Format is the version of the pack format this package reads and writes.
const Format = 1

// Names is a jurisdiction's name in the three languages of the library.
type Names struct {
	En   string `json:"en"`
	Hans string `json:"zh_hans"`
	Hant string `json:"zh_hant"`
}

// A Pack is everything one jurisdiction's documents fix. A nil part means
// the documents say nothing of that kind.
type Pack struct {
	ID      string          // such as "chongqing": lower-case letters, digits and '-'
	Names   Names           // the jurisdiction's name
	Sources []policy.Source // the documents the pack cites
	Scheme  *hierarchy.Scheme
	// Staffing is never nil in a decoded pack: a jurisdiction without
	// staffing rules has an empty rule set.
	Staffing *staffing.RuleSet
	Schedule *incentives.Schedule
	Funding  *funding.Profile
	// Budget is the line of the funding mix that pays the stations;
	// KindUnspecified when no line has a figure.
	Budget   funding.Kind
	Services *services.RuleSet
	Goals    []Goal
	Cases    []Case
}

// Name returns p's name in the language closest to tag.
func (p *Pack) Name(tag language.Tag) string {
	switch enum.Match(tag) {
	case enum.Hans:
		return p.Names.Hans
	case enum.Hant:
		return p.Names.Hant
	default:
		return p.Names.En
	}
}

// A Measure says how a network, a roster and a population observe a
// target.
type Measure uint8

// The measures.
const (
	Unmeasured            Measure = iota // not measurable from these data
	CountyCoverage                       // county-level units hosting their tier's facility
	TownshipCoverage                     // township-level units hosting a facility (stations)
	CommunityCoverage                    // community-level units hosting a facility (rooms)
	CommunitiesServed                    // communities with a social worker in post
	SocialWorkers                        // workers in social-work roles in post: a head count
	SocialWorkersPerMille                // the same per mille of the network's population
)

var measureNames = enum.New[Measure]("measure",
	enum.Name{Text: "unmeasured", En: "not measurable from these data", Hans: "无法由这些数据测量", Hant: "無法由這些資料測量"},
	enum.Name{Text: "county-coverage", En: "coverage of county-level units", Hans: "区县覆盖率", Hant: "區縣覆蓋率"},
	enum.Name{Text: "township-coverage", En: "coverage of township-level units", Hans: "乡镇（街道）覆盖率", Hant: "鄉鎮（街道）覆蓋率"},
	enum.Name{Text: "community-coverage", En: "coverage of communities", Hans: "村（社区）覆盖率", Hant: "村（社區）覆蓋率"},
	enum.Name{Text: "communities-served", En: "communities served by social workers", Hans: "有社会工作者服务的社区比例", Hant: "有社會工作者服務的社區比例"},
	enum.Name{Text: "social-workers", En: "social workers in post", Hans: "在岗社会工作者人数", Hant: "在崗社會工作者人數"},
	enum.Name{Text: "social-workers-per-mille", En: "social workers per mille of population", Hans: "每千人口社会工作者数", Hant: "每千人口社會工作者數"},
)

// String returns m's machine name, such as "township-coverage".
func (m Measure) String() string { return measureNames.String(m) }

// MarshalText encodes m as its machine name.
func (m Measure) MarshalText() ([]byte, error) { return measureNames.Marshal(m) }

// UnmarshalText decodes a machine name or a Chinese label; an unknown name
// is an error wrapping policy.ErrUnknownName.
func (m *Measure) UnmarshalText(b []byte) error { return enum.Unmarshal(measureNames, m, b) }

// Label returns m's name in the language closest to tag.
func (m Measure) Label(tag language.Tag) string { return measureNames.Label(m, tag) }

// Valid reports whether m is one of the named measures.
func (m Measure) Valid() bool { return measureNames.Valid(m) }

// Measures lists the measures in order.
func Measures() []Measure { return measureNames.Listed() }

// A Goal is a target of a jurisdiction's documents and how it is measured.
type Goal struct {
	Target  metrics.Target `json:"target"`
	Measure Measure        `json:"measure"`
}

// Observe measures g on date d over the roster's network, whose roll-up
// totals are t. It reports false for an unmeasured goal, and for a share
// of the population on a network without one.
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
	case SocialWorkers:
		return metrics.ObserveCount(d, socialWorkers(r, d)), true
	case SocialWorkersPerMille:
		// no population stated: RatioOf refuses the zero denominator
		v, err := metrics.RatioOf(socialWorkers(r, d), t.Population())
		return metrics.Observation{Date: d, Value: v}, err == nil
	case Unmeasured:
	}
	return metrics.Observation{}, false
}

func socialWorkers(r *staffing.Roster, d policy.Date) int64 {
	var n int64
	for _, w := range r.All() {
		if w.Active(d) && staffing.SocialWorkRoles().Has(w.Role) {
			n++
		}
	}
	return n
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
