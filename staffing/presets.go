package staffing

import (
	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// The presets below are built fresh on every call, so a caller may modify
// the returned rule set for a what-if without touching anyone else's.

// fullTimeSocialWorkers is what Chongqing's minimums count: "专职社会工作者".
var fullTimeSocialWorkers = Counts{Roles: SocialWorkRoles(), FullTime: true}

// Chongqing returns the staffing standard in 重庆市民政局's 2020 account:
// at least 2 full-time social workers per county guidance centre, 2 per
// subdistrict station, 1 per town or township station, 2 per urban
// community room and 1 per rural one. The account does not date the local
// standard, so the rules have an open period.
func Chongqing() *RuleSet {
	src := policy.Chongqing2020.Cite("一、以服务体系为突破……三是立标准")
	minimum := func(id string, sel hierarchy.Selector, n int) Minimum {
		return Minimum{ID: id, Units: sel, Min: n, Counts: fullTimeSocialWorkers, Source: src}
	}
	return &RuleSet{
		Jurisdiction: "重庆市",
		Minimums: []Minimum{
			minimum("cq-centre", hierarchy.Selector{Level: hierarchy.LevelCounty}, 2),
			minimum("cq-subdistrict-station", hierarchy.Selector{Kinds: []hierarchy.UnitKind{hierarchy.KindSubdistrict}}, 2),
			minimum("cq-town-station", hierarchy.Selector{Kinds: []hierarchy.UnitKind{hierarchy.KindTown, hierarchy.KindTownship}}, 1),
			minimum("cq-urban-room", hierarchy.Selector{Level: hierarchy.LevelCommunity, Area: hierarchy.AreaUrban}, 2),
			minimum("cq-rural-room", hierarchy.Selector{Level: hierarchy.LevelCommunity, Area: hierarchy.AreaRural}, 1),
		},
	}
}

// Suzhou returns Suzhou's standard of at least 3 resident social workers
// (驻站社工) per township station. The report also sends outreach workers to
// community rooms without saying how many, so no minimum is set for them.
func Suzhou() *RuleSet {
	return &RuleSet{
		Jurisdiction: "苏州市",
		Minimums: []Minimum{{
			ID:     "sz-station-resident",
			Units:  hierarchy.Selector{Level: hierarchy.LevelTownship},
			Min:    3,
			Counts: Counts{Roles: RolesOf(ResidentWorker)},
			Source: policy.Suzhou2021.Cite("“強運行”：每個鄉鎮（街道）社會工作站至少配備3名“駐站社工”"),
		}},
	}
}

// Langxi returns Langxi's rule that a resident social worker must hold a
// certificate within one year of joining to be kept on.
func Langxi() *RuleSet {
	return &RuleSet{
		Jurisdiction: "郎溪县",
		Certificates: []CertificateRule{{
			ID:     "lx-certificate-1y",
			Roles:  RolesOf(ResidentWorker),
			Months: 12,
			Source: policy.Langxi2023.Cite("高水准育苗……驻站社工需在一年内持证方可继续留用"),
		}},
	}
}

// InnerMongolia returns the station roles of the Inner Mongolia notice: a
// station head (the township leader in charge, a concurrent post), two
// deputy heads (the civil-affairs assistant and the head of the contracted
// service organisation) and at least one resident staff member
// (social-assistance coordinator, child supervisor, child director or
// project staff).
func InnerMongolia() *RuleSet {
	return &RuleSet{
		Jurisdiction: "内蒙古自治区",
		Roles: []RoleRule{{
			ID:    "nm-station-roles",
			Units: hierarchy.Selector{Level: hierarchy.LevelTownship},
			Quotas: []RoleQuota{
				{Roles: RolesOf(StationHead), Min: 1},
				{Roles: RolesOf(DeputyHead), Min: 2},
				{Roles: RolesOf(AssistanceCoordinator, ChildSupervisor, ChildDirector, ProjectStaff), Min: 1},
			},
			Source: policy.InnerMongoliaNotice.Cite("在规范队伍建设方面"),
		}},
	}
}

// Ordos returns the draft plan's target for the end of 2025: social-work
// talent of at least 5,000 and at least 2.5‰ of the population over the
// whole network. Talent is wider than certification, so every worker in a
// social-work role counts.
func Ordos() *RuleSet {
	return &RuleSet{
		Jurisdiction: "鄂尔多斯市",
		Areas: []AreaRule{{
			ID:          "ordos-talent-2025",
			Indicator:   "社会工作人才总量",
			Requirement: metrics.Requirement{Floor: 5000, Share: metrics.Scaled(decimal.RequireFromString("2.5"), metrics.PerMille)},
			Counts:      Counts{Roles: SocialWorkRoles()},
			Deadline:    policy.MustDate(2025, 12, 31),
			Source:      policy.Ordos2021.Cite("二、工作目标"),
		}},
	}
}

// Guangxi returns the 14th Five-Year Plan's target of 50,000 social-work
// professionals region-wide by the end of 2025.
func Guangxi() *RuleSet {
	return &RuleSet{
		Jurisdiction: "广西壮族自治区",
		Areas: []AreaRule{{
			ID:          "gx-professionals-2025",
			Indicator:   "社会工作专业人才",
			Requirement: metrics.Requirement{Floor: 50000},
			Counts:      Counts{Roles: SocialWorkRoles()},
			Deadline:    policy.MustDate(2025, 12, 31),
			Source:      policy.Guangxi14FYP.Cite("慈善事业和社会工作方面"),
		}},
	}
}

// Presets returns every jurisdiction's rule set, in a fixed order.
func Presets() []*RuleSet {
	return []*RuleSet{Chongqing(), Suzhou(), Langxi(), InnerMongolia(), Ordos(), Guangxi()}
}
