package tour_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

func Example_policy() {
	src := policy.LangxiAllowance.Cite("初级100元/月")
	stipend, err := policy.NewVersioned(
		policy.Version[int]{Period: policy.MustBetween(policy.MustDate(2023, 1, 1), policy.MustDate(2024, 12, 31)), Value: 100, Source: src},
	)
	if err != nil {
		panic(err)
	}
	raised, _ := stipend.Supersede(policy.MustDate(2025, 1, 1), 200, src)
	v, _ := raised.At(policy.MustDate(2025, 3, 1))
	fmt.Println(v.Value, v.Period, v.Source.Issuer)
	// Output:
	// 200 2025-01-01/ 郎溪县（据人民网）
}

func Example_metrics() {
	rooms, _ := metrics.NewCoverage(4350, 11154)
	fmt.Println(rooms.Rate().Format(metrics.Percent, 0))
	talent := metrics.Requirement{Floor: 5000, Share: metrics.Scaled(decimal.RequireFromString("2.5"), metrics.PerMille)}
	n, _ := talent.Of(2_153_638)
	fmt.Println(n)
	q, _ := metrics.ParseQuantity("5100余万元")
	zh := metrics.NewFormatter(language.SimplifiedChinese, metrics.Myriads())
	fmt.Println(q.Value, q.Qualifier, zh.Quantity(q))
	// Output:
	// 39%
	// 5385
	// 51000000 more-than 超过5,100万元
}

func Example_hierarchy() {
	var recs []hierarchy.Record
	for _, r := range []struct {
		code string
		fac  hierarchy.Facility
	}{{"500101", hierarchy.FacilityGuidanceCenter}, {"500101001", hierarchy.FacilityStation},
		{"500101001001", hierarchy.FacilityRoom}, {"500101001002", 0}, {"500101109", 0}, {"500101109200", hierarchy.FacilityRoom}} {
		code, _ := hierarchy.ParseCode(r.code)
		recs = append(recs, hierarchy.Record{Code: code, Name: r.code, Facility: r.fac})
	}
	net, err := hierarchy.Build(recs)
	if err != nil {
		panic(err)
	}
	for _, c := range hierarchy.Chongqing().Coverage(net.Rollup().Total()) {
		fmt.Println(c, c.Rate().Format(metrics.Percent, 1))
	}
	// Output:
	// 1/1 100.0%
	// 1/2 50.0%
	// 2/3 66.7%
}

func Example_staffing() {
	var recs []hierarchy.Record
	for _, c := range []string{"500101", "500101001", "500101001001", "500101101", "500101101200"} {
		code, _ := hierarchy.ParseCode(c)
		recs = append(recs, hierarchy.Record{Code: code, Name: c})
	}
	net, _ := hierarchy.Build(recs)
	station, _ := hierarchy.ParseCode("500101001")
	roster, _ := staffing.NewRoster(net, []staffing.Worker{
		{ID: "w1", Unit: station, Role: staffing.ResidentWorker, Joined: policy.MustDate(2023, 3, 1)},
	})
	rep, _ := staffing.Check(roster, staffing.Chongqing(), policy.MustDate(2024, 6, 30))
	fmt.Println("required:", rep.Minimums.Total())
	for f := range rep.Select(staffing.Filter{Within: station}) {
		fmt.Println(f.Unit, f.Rule, f.Required, f.Actual, f.Source.Issuer)
	}
	// Output:
	// required: 8
	// 500101001 cq-subdistrict-station 2 1 重庆市民政局
	// 500101001001 cq-urban-room 2 0 重庆市民政局
}

func Example_incentives() {
	var recs []hierarchy.Record
	for _, c := range []string{"341821", "341821100", "341821100200"} {
		code, _ := hierarchy.ParseCode(c)
		recs = append(recs, hierarchy.Record{Code: code, Name: c})
	}
	net, _ := hierarchy.Build(recs)
	cadre := staffing.Worker{ID: "lx-001", Unit: recs[2].Code, Role: staffing.CommitteeCadre, Joined: policy.MustDate(2021, 3, 1)}
	cadre.Certified[staffing.Intermediate] = policy.MustDate(2024, 7, 15)
	roster, _ := staffing.NewRoster(net, []staffing.Worker{cadre})
	pay, _ := incentives.Langxi().Payroll(roster, policy.MustYear(2024))
	for li := range pay.Items() {
		fmt.Println(pay.Describe(li, language.English))
	}
	fmt.Println("total", pay.Total().StringFixed(2))
	// Output:
	// One-time bonus for the social worker (intermediate) certificate obtained on 2024-07-15: ¥2,000.00
	// Monthly stipend for the social worker (intermediate) certificate, 2024-08 to 2024-12, 5 months: ¥1,500.00
	// total 3500.00
}

func Example_funding() {
	stations := []funding.Claimant{{Code: 500101003000}, {Code: 500101001000}, {Code: 500101002000}}
	a, _ := funding.Allocate(decimal.RequireFromString("1000000"), funding.Equal, stations)
	for g := range a.All() {
		fmt.Println(g.Code, g.Yuan().StringFixed(2))
	}
	lev, _ := funding.Suzhou().Mix.Leverage()
	fmt.Println("Suzhou's charity money per yuan of purchase:", lev.Qualifier, lev.Qualifier.Round(lev.Ratio, 2))
	// Output:
	// 500101001 333333.34
	// 500101002 333333.33
	// 500101003 333333.33
	// Suzhou's charity money per yuan of purchase: more-than 1.08
}

func Example_services() {
	var recs []hierarchy.Record
	for _, c := range []string{"330302", "330302001", "330302002"} {
		code, _ := hierarchy.ParseCode(c)
		recs = append(recs, hierarchy.Record{Code: code, Name: c})
	}
	net, _ := hierarchy.Build(recs)
	data, err := services.NewOutputData(net, []services.OutputRecord{
		{Unit: recs[1].Code, Period: policy.MustMonth(2024, 1), Output: services.Output{Cases: 5, GroupSessions: 20}},
		{Unit: recs[1].Code, Period: policy.MustMonth(2024, 2), Output: services.Output{Cases: 4, GroupSessions: 18}},
		{Unit: recs[2].Code, Period: policy.MustMonth(2024, 1), Output: services.Output{Cases: 2, Activities: 9}},
	})
	if err != nil {
		panic(err)
	}
	q1, _ := data.Sum(0, policy.MustQuarter(2024, 1))
	fmt.Println(q1.Cases, q1.GroupSessions, q1.Activities)
	_, err = data.Sum(0, policy.MustBetween(policy.MustDate(2024, 1, 15), policy.MustDate(2024, 3, 31)))
	fmt.Println(err != nil)
	// Output:
	// 11 38 9
	// true
}
