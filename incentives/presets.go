package incentives

import (
	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// The presets are built fresh on every call, so a caller may modify the
// returned schedule for a what-if without touching anyone else's. None of
// the documents says when its incentives took effect, so every version is
// in force over the open period: a revision is added with Supersede from
// its own date.

func yuan(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

// openVersion returns the series of a single value in force over the open
// period, as set by src.
func openVersion[T any](value T, src policy.Source) policy.Versioned[T] {
	v, err := policy.NewVersioned(policy.Version[T]{Value: value, Source: src})
	if err != nil {
		panic(err) // presets cite the documents' valid sources, as the tests check
	}
	return v
}

// Langxi returns the incentives of Langxi county (郎溪县):
//   - a one-time bonus on obtaining a certificate, 1,000 yuan for the
//     junior, 2,000 for the intermediate and 3,000 for the senior level. The
//     notice rewards social workers who obtain a certificate without naming
//     posts, so every role is eligible;
//   - a stipend to village and community committee cadres (两委干部) holding
//     a certificate of 100 / 300 / 500 yuan a month;
//   - a salary floor of 50,000 yuan a year for resident social workers.
//
// The documents do not say how partial months or upgrades are paid, so the
// defaults apply: whole months at the level held on the first day, pro rata
// through the last day on leaving, the full amount of each new level, once
// per level.
func Langxi() *Schedule {
	return &Schedule{
		Jurisdiction: "郎溪县",
		Bonuses: []Bonus{{
			ID: "lx-certificate-bonus",
			Terms: openVersion(BonusTerms{Amounts: Amounts{staffing.Junior: yuan(1000), staffing.Intermediate: yuan(2000), staffing.Senior: yuan(3000)}},
				policy.LangxiAllowance.Cite("给予一次性奖励：取得初级社工证奖励1000元，取得中级社工证奖励2000元，取得高级社工证奖励3000元")),
		}},
		Stipends: []Stipend{{
			ID:    "lx-cadre-stipend",
			Roles: staffing.RolesOf(staffing.CommitteeCadre),
			Rates: openVersion(Rates{Monthly: Amounts{staffing.Junior: yuan(100), staffing.Intermediate: yuan(300), staffing.Senior: yuan(500)}},
				policy.LangxiAllowance.Cite("对取得全国社会工作者职业水平证书的村和社区“两委”干部，给予津贴补助：初级100元/月，中级300元/月，高级500元/月")),
		}},
		Floors: []Floor{{
			ID:     "lx-resident-floor",
			Roles:  staffing.RolesOf(staffing.ResidentWorker),
			Annual: openVersion(yuan(50000), policy.Langxi2023.Cite("高标准保障……拟定驻站社工薪酬待遇最低标准，按照每人每年不低于5万元工资标准实施")),
		}},
	}
}

// Chongqing returns Chongqing's award of 300,000 yuan to each person
// selected as 重庆英才·名家名师. The account reports the policy without
// dating it, so it is in force over the open period; who is selected is
// input to a payroll (Grant).
func Chongqing() *Schedule {
	return &Schedule{
		Jurisdiction: "重庆市",
		Awards: []Award{{
			ID:     "cq-mingjia-mingshi",
			Title:  "重庆英才·名家名师",
			Amount: openVersion(yuan(300000), policy.Chongqing2020.Cite("二、以人才建设为支撑……三是强化激励育精英：出台专门政策奖励名家名师，每人奖励30万元")),
		}},
	}
}

// Presets returns every jurisdiction's schedule, in a fixed order.
func Presets() []*Schedule { return []*Schedule{Langxi(), Chongqing()} }
