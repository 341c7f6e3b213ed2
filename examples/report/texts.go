package main

import "golang.org/x/text/language"

// texts are the words of a report in one language; the names of tiers,
// kinds, roles and levels come from the library's Label methods.
type texts struct {
	title, builtin, fromFiles, data, year, fundSource                               string
	coverage, level, facility, covered, units, rate, essentials, anyFacility        string
	optional, scheme, source, sourceCol                                             string
	staffing, required, counted, shortfall, unitsShort, total                       string
	counties, county, mainRule, largest, unit, name, kind, finding, rule            string
	rules, ruleType, findings, overdue, noShortfall                                 string
	what                                                                            map[string]string
	payroll, bonuses, stipends, awards, paidLine, noSchedule, paid                  string
	payKinds                                                                        map[string]string
	funding, mix, noYear, amount, share, class, totalStated, leverage               string
	allocation, allocLine, perResident, perStation, leastMost, stations, floor, cap string
	population                                                                      string
	noAllocation                                                                    map[string]string
	noFunding                                                                       string
	scorecard, target, indicator, value, deadline, observed, status, gap            string
	growth, noTargets, none, noDeadline                                             string
}

var english = texts{
	title:     "Social-work report: %s",
	builtin:   "Built-in synthetic data: a made-up municipality with the counts of Chongqing's 2020 account, a roster and the jurisdiction's documented funding.",
	fromFiles: "Network: %s. Roster: %s.",
	year:      "%d", fundSource: "Source of funds",
	data:     "As of %s. Counties: %s; townships: %s; communities: %s, of which urban: %s; population: %s; workers on the roster: %s, in post: %s.",
	coverage: "Coverage per tier",
	level:    "Level", facility: "Facility", covered: "Covered", units: "Units", rate: "Rate",
	essentials: "Six essentials met", anyFacility: "any facility", optional: " (where conditions allow)",
	scheme: "Scheme: %s — %s", source: "Source: %s", sourceCol: "Source",
	staffing: "Staffing: minimums against the roster",
	required: "Required", counted: "Counted", shortfall: "Shortfall", unitsShort: "Units short", total: "Total",
	counties: "Counties with the largest shortfalls:",
	county:   "County", mainRule: "Main rule",
	largest: "Units with the largest shortfalls:",
	unit:    "Unit", name: "Name", kind: "Kind", finding: "Finding", rule: "Rule",
	rules: "Rules and their sources:", ruleType: "Type", findings: "Findings",
	overdue:     "Workers past their certificate deadline: %s.",
	noShortfall: "No unit is short of its minimum.",
	what:        map[string]string{"minimum": "minimum per unit", "roles": "roles to fill", "certificate": "certificate deadline", "area": "area target"},
	payroll:     "Incentive payroll %d by certificate level",
	bonuses:     "Bonuses", stipends: "Stipends", awards: "Awards",
	paidLine:   "Workers paid: %s, in %s line items; pro-rata amounts rounded to the fen by the rule “%s”.",
	noSchedule: "The documents of %s set no incentive schedule.",
	paid:       "Paid",
	payKinds:   map[string]string{"bonus": "certificate bonus", "stipend": "monthly stipend", "award": "award", "floor": "salary floor (needs pay data; not checked)"},
	funding:    "Funding", mix: "Mix: %s, %s.", noYear: "no stated year",
	amount: "Amount", share: "Share", class: "Class",
	totalStated: "Total of the stated figures: %s. Sources named without a figure: %s.",
	leverage:    "Leverage: %s yuan of social and market money per yuan of public money.",
	allocation:  "Allocation to the stations:",
	allocLine:   "%s shared %s over %s stations: %s.",
	perResident: "%s per resident", floor: "Floor per station: %s.", cap: "Cap per station: %s.", perStation: "%s per station",
	leastMost: "Least: %s %s (%s); most: %s %s (%s).",
	stations:  "Stations", population: "Population",
	noAllocation: map[string]string{
		"none":        "The plan shares nothing out.",
		"no-figure":   "No line of the mix has a figure to share over the stations.",
		"no-stations": "The network has no stations to share the budget over.",
	},
	noFunding: "The documents of %s give no funding facts.",
	scorecard: "Target scorecard",
	target:    "Target", indicator: "Indicator", value: "Value", deadline: "Deadline", observed: "Observed",
	status: "Status", gap: "Gap", growth: "Growth a year needed",
	noTargets: "The documents of %s set no target still to meet.",
	none:      "—", noDeadline: "none",
}

var simplified = texts{
	title:     "社会工作报告：%s",
	builtin:   "内置合成数据：按重庆市2020年报道中的数量虚构的一个直辖市，以及一份人员名册和该地文件所载的经费。",
	fromFiles: "网络：%s。名册：%s。",
	year:      "%d年", fundSource: "资金来源",
	data:     "截至%s：区县%s个，乡镇（街道）%s个，村（社区）%s个（其中城市社区%s个）；人口%s；名册人员%s名，在岗%s名。",
	coverage: "各层级覆盖情况",
	level:    "层级", facility: "设施", covered: "已建", units: "单位数", rate: "覆盖率",
	essentials: "达到“六有”", anyFacility: "任一设施", optional: "（有条件的）",
	scheme: "体系：%s——%s", source: "依据：%s", sourceCol: "依据",
	staffing: "人员配备：最低标准与名册对照",
	required: "应配", counted: "已配", shortfall: "缺口", unitsShort: "未达标单位", total: "合计",
	counties: "缺口最大的区县：",
	county:   "区县", mainRule: "主要规则",
	largest: "缺口最大的单位：",
	unit:    "单位", name: "名称", kind: "类别", finding: "问题", rule: "规则",
	rules: "规则及其依据：", ruleType: "类型", findings: "问题数",
	overdue:     "%s名人员逾期未取得证书。",
	noShortfall: "所有单位均达到最低配备标准。",
	what:        map[string]string{"minimum": "每单位最低配备", "roles": "岗位配备", "certificate": "持证期限", "area": "区域人才目标"},
	payroll:     "%d年激励发放（按证书等级）",
	bonuses:     "一次性奖励", stipends: "津贴补助", awards: "奖励金",
	paidLine:   "共向%s人发放，明细%s条；按日折算金额按“%s”规则舍入到分。",
	noSchedule: "%s的文件未规定激励标准。",
	paid:       "发放",
	payKinds:   map[string]string{"bonus": "取证一次性奖励", "stipend": "按月津贴", "award": "奖励金", "floor": "薪酬最低标准（需工资数据，未核对）"},
	funding:    "经费", mix: "经费构成：%s，%s。", noYear: "未注明年份",
	amount: "金额", share: "占比", class: "类别",
	totalStated: "有数额来源合计：%s；另有%s项来源未列数额。",
	leverage:    "撬动比：每1元财政资金带动社会和市场资金%s元。",
	allocation:  "向社工站分配：",
	allocLine:   "%s%s给%s个社工站：%s。",
	perResident: "人均%s", floor: "每站保底%s。", cap: "每站封顶%s。", perStation: "站均%s",
	leastMost: "最少：%s %s（%s）；最多：%s %s（%s）。",
	stations:  "社工站", population: "人口",
	noAllocation: map[string]string{
		"none":        "该方案不作分配。",
		"no-figure":   "经费构成中没有可分配给社工站的数额。",
		"no-stations": "网络中没有社工站可供分配。",
	},
	noFunding: "%s的文件未载经费情况。",
	scorecard: "目标完成情况",
	target:    "目标", indicator: "指标", value: "目标值", deadline: "期限", observed: "现值",
	status: "状态", gap: "差距", growth: "所需年均增速",
	noTargets: "%s的文件没有尚待完成的目标。",
	none:      "—", noDeadline: "无",
}

var traditional = texts{
	title:     "社會工作報告：%s",
	builtin:   "內置合成數據：按重慶市2020年報道中的數量虛構的一個直轄市，以及一份人員名冊和該地文件所載的經費。",
	fromFiles: "網絡：%s。名冊：%s。",
	year:      "%d年", fundSource: "資金來源",
	data:     "截至%s：區縣%s個，鄉鎮（街道）%s個，村（社區）%s個（其中城市社區%s個）；人口%s；名冊人員%s名，在崗%s名。",
	coverage: "各層級覆蓋情況",
	level:    "層級", facility: "設施", covered: "已建", units: "單位數", rate: "覆蓋率",
	essentials: "達到「六有」", anyFacility: "任一設施", optional: "（有條件的）",
	scheme: "體系：%s——%s", source: "依據：%s", sourceCol: "依據",
	staffing: "人員配備：最低標準與名冊對照",
	required: "應配", counted: "已配", shortfall: "缺口", unitsShort: "未達標單位", total: "合計",
	counties: "缺口最大的區縣：",
	county:   "區縣", mainRule: "主要規則",
	largest: "缺口最大的單位：",
	unit:    "單位", name: "名稱", kind: "類別", finding: "問題", rule: "規則",
	rules: "規則及其依據：", ruleType: "類型", findings: "問題數",
	overdue:     "%s名人員逾期未取得證書。",
	noShortfall: "所有單位均達到最低配備標準。",
	what:        map[string]string{"minimum": "每單位最低配備", "roles": "崗位配備", "certificate": "持證期限", "area": "區域人才目標"},
	payroll:     "%d年激勵發放（按證書等級）",
	bonuses:     "一次性獎勵", stipends: "津貼補助", awards: "獎勵金",
	paidLine:   "共向%s人發放，明細%s條；按日折算金額按「%s」規則捨入到分。",
	noSchedule: "%s的文件未規定激勵標準。",
	paid:       "發放",
	payKinds:   map[string]string{"bonus": "取證一次性獎勵", "stipend": "按月津貼", "award": "獎勵金", "floor": "薪酬最低標準（需工資數據，未核對）"},
	funding:    "經費", mix: "經費構成：%s，%s。", noYear: "未註明年份",
	amount: "金額", share: "佔比", class: "類別",
	totalStated: "有數額來源合計：%s；另有%s項來源未列數額。",
	leverage:    "撬動比：每1元財政資金帶動社會和市場資金%s元。",
	allocation:  "向社工站分配：",
	allocLine:   "%s%s給%s個社工站：%s。",
	perResident: "人均%s", floor: "每站保底%s。", cap: "每站封頂%s。", perStation: "站均%s",
	leastMost: "最少：%s %s（%s）；最多：%s %s（%s）。",
	stations:  "社工站", population: "人口",
	noAllocation: map[string]string{
		"none":        "該方案不作分配。",
		"no-figure":   "經費構成中沒有可分配給社工站的數額。",
		"no-stations": "網絡中沒有社工站可供分配。",
	},
	noFunding: "%s的文件未載經費情況。",
	scorecard: "目標完成情況",
	target:    "目標", indicator: "指標", value: "目標值", deadline: "期限", observed: "現值",
	status: "狀態", gap: "差距", growth: "所需年均增速",
	noTargets: "%s的文件沒有尚待完成的目標。",
	none:      "—", noDeadline: "無",
}

func textsFor(l language.Tag) texts {
	switch l {
	case language.SimplifiedChinese:
		return simplified
	case language.TraditionalChinese:
		return traditional
	}
	return english
}
