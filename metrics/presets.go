package metrics

import (
	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/policy"
)

// The target presets below are the dated goals the source documents set,
// each citing its clause. Staffing targets (talent per population, a
// province's total) are staffing rules and live in package staffing.

// fullBy is a goal of full coverage by deadline; a zero deadline never
// passes.
func fullBy(id, indicator string, deadline policy.Date, src policy.Source) Target {
	return Target{ID: id, Indicator: indicator, Comparator: FullCoverage, Kind: RatioValue,
		Value: Fraction(one), Deadline: deadline, Source: src}
}

// ChongqingTargets returns the full coverage of the three tiers (a centre
// in every county, a station in every township, a room in every community)
// that 重庆市民政局's account works toward. The account names no date, so
// the targets have none.
func ChongqingTargets() []Target {
	next := policy.Chongqing2020.Cite("下一步……加快推进社会工作服务体系全覆盖")
	return []Target{
		fullBy("cq-centres", "区县社会工作指导中心覆盖率", 0, next),
		fullBy("cq-stations", "镇街社会工作站覆盖率", 0, next),
		fullBy("cq-rooms", "村社社会工作室覆盖率", 0, next),
	}
}

// SuzhouTargets returns the Suzhou report's two coverage deadlines: a
// station in every township by the end of 2021 and a room in every village
// and community by the end of 2022 (the report is of 30 November 2021).
func SuzhouTargets() []Target {
	src := policy.Suzhou2021.Source()
	return []Target{
		fullBy("sz-stations", "鄉鎮（街道）社會工作站覆蓋率", policy.MustDate(2021, 12, 31),
			src.Cite("“強運行”：目前已建成90個社工站，覆蓋率達94%，年底將實現全覆蓋")),
		fullBy("sz-rooms", "村（社區）社工室覆蓋率", policy.MustDate(2022, 12, 31),
			src.Cite("“強運行”：目前已建成1102個村（社區）社工室，明年底實現全覆蓋")),
	}
}

// OrdosTargets returns the draft plan's goals: a station in every sumu,
// township and subdistrict by the end of 2023, and social workers serving
// every urban and rural community by the end of 2025.
func OrdosTargets() []Target {
	goals := policy.Ordos2021.Cite("二、工作目标")
	return []Target{
		fullBy("ordos-stations-2023", "苏木乡镇（街道）社会工作服务站覆盖率", policy.MustDate(2023, 12, 31), goals),
		fullBy("ordos-communities-2025", "有社会工作者提供专业服务的城乡社区比例", policy.MustDate(2025, 12, 31), goals),
	}
}

// GuangxiTargets returns the targets for the end of 2025 that the report
// of Guangxi's 14th Five-Year Plan names for civil affairs, in the
// report's order.
func GuangxiTargets() []Target {
	plan := policy.Guangxi14FYP.Source()
	end := policy.MustDate(2025, 12, 31)
	share := func(id, indicator string, percent int64, clause string) Target {
		return Target{ID: id, Indicator: indicator, Comparator: AtLeastValue, Kind: RatioValue,
			Value: Scaled(decimal.NewFromInt(percent), Percent), Deadline: end, Source: plan.Cite(clause)}
	}
	count := func(id, indicator string, n int64, clause string) Target {
		return Target{ID: id, Indicator: indicator, Comparator: AtLeastValue, Kind: CountValue,
			Value: Fraction(decimal.NewFromInt(n)), Deadline: end, Source: plan.Cite(clause)}
	}
	full := func(id, indicator, clause string) Target { return fullBy(id, indicator, end, plan.Cite(clause)) }
	return []Target{
		full("gx-stations", "乡镇（街道）社会工作服务站覆盖率", "慈善事业和社会工作方面"),
		share("gx-volunteer-points", "志愿服务站点在社区综合服务设施中的覆盖率", 80, "慈善事业和社会工作方面"),
		share("gx-elderly-centres", "区域养老服务中心在乡镇（街道）的覆盖率", 60, "养老服务体系建设方面"),
		count("gx-elderly-adaptation", "实施适老化改造的困难老年人家庭（户）", 25000, "养老服务体系建设方面"),
		count("gx-livable-communities", "老年人宜居社区（个）", 100, "养老服务体系建设方面"),
		count("gx-smart-nursing-homes", "示范性智慧养老院（个）", 15, "养老服务体系建设方面"),
		full("gx-incubation-bases", "拥有社会组织孵化基地的设区市比例", "慈善事业和社会工作方面"),
		full("gx-mental-health", "建有精神卫生福利设施的设区市比例", "基本民生保障方面"),
		full("gx-prefecture-minor-protection", "市级未成年人救助保护机构覆盖率", "基本服务方面"),
		share("gx-county-minor-protection", "县级未成年人救助保护机构覆盖率", 75, "基本服务方面"),
		full("gx-child-director-training", "村（居）儿童主任参训率", "基本服务方面"),
	}
}
