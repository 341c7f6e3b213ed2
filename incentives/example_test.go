package incentives_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// langxi returns a county of Langxi with one town and one village.
func langxi() *hierarchy.Network {
	var recs []hierarchy.Record
	for _, c := range []string{"341821", "341821100", "341821100200"} {
		code, _ := hierarchy.ParseCode(c)
		recs = append(recs, hierarchy.Record{Code: code, Name: c})
	}
	net, err := hierarchy.Build(recs)
	if err != nil {
		panic(err)
	}
	return net
}

// A village cadre obtains the intermediate certificate on 15 July 2024:
// a bonus of 2,000 yuan, then 300 yuan a month from August, since by
// default a month is paid at the level held on its first day.
func ExampleSchedule_Payroll() {
	village, _ := hierarchy.ParseCode("341821100200")
	w := staffing.Worker{ID: "lx-001", Unit: village, Role: staffing.CommitteeCadre, Joined: policy.MustDate(2021, 3, 1)}
	w.Certified[staffing.Intermediate] = policy.MustDate(2024, 7, 15)
	roster, err := staffing.NewRoster(langxi(), []staffing.Worker{w})
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := incentives.Langxi().Payroll(roster, policy.MustYear(2024))
	if err != nil {
		fmt.Println(err)
		return
	}
	for li := range p.Items() {
		fmt.Println(p.Describe(li, language.SimplifiedChinese))
		fmt.Println(p.Describe(li, language.English))
		fmt.Println(" ", p.RuleID(li), "—", p.Source(li).Issuer)
	}
	fmt.Println("total", p.Total().StringFixed(2))
	town, _ := p.Subtree(village.Parent())
	fmt.Println("town", town.StringFixed(2))
	// Output:
	// 2024年7月15日取得社会工作师证书一次性奖励：2,000.00元
	// One-time bonus for the social worker (intermediate) certificate obtained on 2024-07-15: ¥2,000.00
	//   lx-certificate-bonus — 郎溪县（据人民网）
	// 社会工作师证书津贴补助，2024年8月至2024年12月，共5个月：1,500.00元
	// Monthly stipend for the social worker (intermediate) certificate, 2024-08 to 2024-12, 5 months: ¥1,500.00
	//   lx-cadre-stipend — 郎溪县（据人民网）
	// total 3500.00
	// town 3500.00
}

// Langxi's resident social workers must be paid at least 50,000 yuan a
// year.
func ExampleSchedule_CheckFloors() {
	town, _ := hierarchy.ParseCode("341821100")
	roster, err := staffing.NewRoster(langxi(), []staffing.Worker{
		{ID: "lx-101", Unit: town, Role: staffing.ResidentWorker, Joined: policy.MustDate(2022, 1, 1)},
		{ID: "lx-102", Unit: town, Role: staffing.ResidentWorker, Joined: policy.MustDate(2022, 1, 1)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	pay := map[string]decimal.Decimal{"lx-101": decimal.NewFromInt(48000), "lx-102": decimal.NewFromInt(51000)}
	c, err := incentives.Langxi().CheckFloors(roster, 2024, pay)
	if err != nil {
		fmt.Println(err)
		return
	}
	for f := range c.Below() {
		fmt.Println(f.ID, "paid", f.Pay, "floor", f.Floor, "below by", f.Gap())
	}
	// Output:
	// lx-101 paid 48000 floor 50000 below by 2000
}

// What raising Langxi's cadre stipends to 200 / 400 / 600 yuan a month from
// 2025 would cost for one cadre at each level.
func ExampleCompare() {
	village, _ := hierarchy.ParseCode("341821100200")
	var ws []staffing.Worker
	for _, l := range []staffing.CertLevel{staffing.Junior, staffing.Intermediate, staffing.Senior} {
		ws = append(ws, staffing.Worker{ID: "cadre-" + l.String(), Unit: village, Role: staffing.CommitteeCadre, Prior: l, Joined: policy.MustDate(2020, 1, 1)})
	}
	roster, err := staffing.NewRoster(langxi(), ws)
	if err != nil {
		fmt.Println(err)
		return
	}
	raised := incentives.Langxi()
	rates := incentives.Rates{Monthly: incentives.Amounts{
		staffing.Junior: decimal.NewFromInt(200), staffing.Intermediate: decimal.NewFromInt(400), staffing.Senior: decimal.NewFromInt(600),
	}}
	src := policy.Source{Title: "郎溪县持证社工津贴调整测算", Issuer: "郎溪县民政局", Status: policy.StatusDraft}
	raised.Stipends[0].Rates, err = raised.Stipends[0].Rates.Supersede(policy.MustDate(2025, 1, 1), rates, src)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := incentives.Compare(incentives.Langxi(), raised, roster, policy.MustYear(2025))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range []staffing.CertLevel{staffing.Junior, staffing.Intermediate, staffing.Senior} {
		ch := c.Level(l)
		fmt.Printf("%-12s %8s → %8s  +%s\n", l, ch.Baseline.StringFixed(2), ch.Reform.StringFixed(2), ch.Diff().StringFixed(2))
	}
	fmt.Println("total change", c.Total().Diff().StringFixed(2))
	// Output:
	// junior        1200.00 →  2400.00  +1200.00
	// intermediate  3600.00 →  4800.00  +1200.00
	// senior        6000.00 →  7200.00  +1200.00
	// total change 3600.00
}

// Chongqing awards 300,000 yuan to each 名家名师; who is selected, and
// when, is input to the payroll.
func ExampleChongqing() {
	village, _ := hierarchy.ParseCode("341821100200")
	roster, err := staffing.NewRoster(langxi(), []staffing.Worker{
		{ID: "cq-7", Unit: village, Role: staffing.Supervisor, Prior: staffing.Senior, Joined: policy.MustDate(2012, 9, 1)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	grant := incentives.Grant{Worker: "cq-7", Award: "cq-mingjia-mingshi", Date: policy.MustDate(2020, 9, 10)}
	p, err := incentives.Chongqing().Payroll(roster, policy.MustYear(2020), incentives.WithGrants(grant))
	if err != nil {
		fmt.Println(err)
		return
	}
	for li := range p.Items() {
		fmt.Println(p.Describe(li, language.TraditionalChinese))
		fmt.Println(p.Describe(li, language.English))
	}
	// Output:
	// 2020年9月10日授予「重庆英才·名家名师」獎勵：300,000.00元
	// Award “重庆英才·名家名师” granted on 2020-09-10: ¥300,000.00
}

// A schedule decoded from JSON: pay-grade steps of 150 yuan, one, two and
// three grades for the three levels, paid pro rata by days.
func ExampleDecodeSchedule() {
	s, err := incentives.DecodeSchedule([]byte(`{
	  "jurisdiction": "某县",
	  "rounding": "half-up",
	  "stipends": [{
	    "id": "grades", "partial_month": "pro-rata",
	    "rates": [{"period": "2024-01-01/",
	               "value": {"per_grade": "150", "grades": {"junior": 1, "intermediate": 2, "senior": 3}},
	               "source": {"title": "某县社工薪酬等级办法", "issuer": "某县民政局", "status": "in-force"}}]
	  }]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := s.Stipends[0].Rates.At(policy.MustDate(2024, 6, 1))
	for _, l := range []staffing.CertLevel{staffing.Junior, staffing.Intermediate, staffing.Senior} {
		fmt.Println(l, v.Value.Of(l))
	}
	// Every problem at once, each with its path and position.
	_, err = incentives.DecodeSchedule([]byte(`{"jurisdiction": "某县", "stipends": [{"id": "x", "rate": []}]}`))
	for _, p := range policy.ProblemsOf(err) {
		fmt.Println(p.Path, p.Line, p.Column)
	}
	// Output:
	// junior 150
	// intermediate 300
	// senior 450
	// stipends[0].rates 1 37
	// stipends[0].rate 1 57
}

func ExampleEncodeSchedule() {
	v, err := policy.NewVersioned(policy.Version[decimal.Decimal]{
		Period: policy.Since(policy.MustDate(2024, 1, 1)), Value: decimal.NewFromInt(50000),
		Source: policy.Source{Title: "某县社工薪酬办法", Issuer: "某县民政局", Status: policy.StatusInForce},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := incentives.EncodeSchedule(&incentives.Schedule{Jurisdiction: "某县",
		Floors: []incentives.Floor{{ID: "floor", Roles: staffing.RolesOf(staffing.ResidentWorker), Annual: v}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "jurisdiction": "某县",
	//   "floors": [
	//     {
	//       "id": "floor",
	//       "roles": [
	//         "resident-worker"
	//       ],
	//       "annual": [
	//         {
	//           "period": "2024-01-01/",
	//           "value": "50000",
	//           "source": {
	//             "title": "某县社工薪酬办法",
	//             "issuer": "某县民政局",
	//             "status": "in-force"
	//           }
	//         }
	//       ]
	//     }
	//   ]
	// }
}

// The month-by-month budget of a year.
func ExampleSchedule_Forecast() {
	village, _ := hierarchy.ParseCode("341821100200")
	w := staffing.Worker{ID: "lx-001", Unit: village, Role: staffing.CommitteeCadre, Prior: staffing.Junior, Joined: policy.MustDate(2021, 3, 1)}
	w.Certified[staffing.Senior] = policy.MustDate(2025, 10, 1)
	roster, err := staffing.NewRoster(langxi(), []staffing.Worker{w})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := incentives.Langxi().Forecast(roster, 2025)
	if err != nil {
		fmt.Println(err)
		return
	}
	for m, t := range f.Months {
		if m >= 8 {
			fmt.Printf("2025-%02d %s\n", m+1, t.Total().StringFixed(2))
		}
	}
	fmt.Println("year", f.Totals.Total().StringFixed(2), "of which bonuses", f.Totals.Kind(incentives.KindBonus).StringFixed(2))
	// Output:
	// 2025-09 100.00
	// 2025-10 3500.00
	// 2025-11 500.00
	// 2025-12 500.00
	// year 5400.00 of which bonuses 3000.00
}
