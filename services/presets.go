package services

import (
	"time"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// The presets are built fresh on every call, so a caller may modify one
// for a what-if without touching anyone else's.

// Ordos returns the five-society targets of the Ordos draft plan for the
// end of the 14th Five-Year Plan (2025-12-31): at least 10 community social
// organisations in every urban community and at least 5 in every rural
// one ("至少有10个以上" is read as ≥ 10), and every urban and rural
// community served by social workers. The plan is a draft for comment, as
// the rules' Source says.
func Ordos() *RuleSet {
	end2025 := policy.MustDate(2025, time.December, 31)
	orgs := policy.Ordos2021.Cite("二、工作目标：全市每个城市社区至少有10个以上、农村社区至少有5个以上社区社会组织")
	community := func(id, name string, area hierarchy.Area, m ResourceMeasure, least int64, src policy.Source) Rule {
		return Rule{
			Indicator: Indicator{ID: id, Name: name, Units: hierarchy.Selector{Level: hierarchy.LevelCommunity, Area: area},
				Measure: m, Min: least, Source: src},
			Deadline: end2025,
		}
	}
	return &RuleSet{
		Jurisdiction: "鄂尔多斯市",
		Rules: []Rule{
			community("ordos-urban-organisations", "城市社区社区社会组织数量", hierarchy.AreaUrban, OrganisationsMeasure, 10, orgs),
			community("ordos-rural-organisations", "农村社区社区社会组织数量", hierarchy.AreaRural, OrganisationsMeasure, 5, orgs),
			community("ordos-social-workers", "城乡社区均有社会工作者提供专业服务", hierarchy.AreaAny, SocialWorkersMeasure, 1,
				policy.Ordos2021.Cite("二、工作目标：到“十四五”末……实现每个城乡社区均有社会工作者提供专业服务")),
		},
	}
}

// SuzhouCharityFunds returns the two indicators behind Suzhou's report
// that 96 townships (subdistricts) and 565 villages (communities) have set
// up a community charity fund: townships, then villages and communities,
// with at least one fund. The report sets no target and no date, so these
// count coverage; they are not requirements.
func SuzhouCharityFunds() []Indicator {
	src := policy.Suzhou2021.Cite("“強融合”：推動“社工與慈善”有機銜接……全市96個鄉鎮（街道）、565個村（社區）建立“社區慈善基金”")
	return []Indicator{
		{ID: "sz-charity-fund-townships", Name: "建立社區慈善基金的鄉鎮（街道）", Units: hierarchy.Selector{Level: hierarchy.LevelTownship},
			Measure: CharityFundsMeasure, Min: 1, Source: src},
		{ID: "sz-charity-fund-communities", Name: "建立社區慈善基金的村（社區）", Units: hierarchy.Selector{Level: hierarchy.LevelCommunity},
			Measure: CharityFundsMeasure, Min: 1, Source: src},
	}
}

// InnerMongoliaThreeLists returns the indicator of township stations that
// keep all three lists (needs, resources, services), which the Inner
// Mongolia notice asks stations to build out. The notice gives no date, so
// this counts coverage rather than judging a deadline.
func InnerMongoliaThreeLists() Indicator {
	return Indicator{
		ID:      "nm-station-three-lists",
		Name:    "社工站需求、资源、服务清单制度",
		Units:   hierarchy.Selector{Level: hierarchy.LevelTownship, WithFacility: true},
		Measure: ListsKeptMeasure,
		Min:     3,
		Source:  policy.InnerMongoliaNotice.Cite("要进一步健全完善社工站需求、资源、服务等清单制度"),
	}
}
