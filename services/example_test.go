package services_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

// build returns the network of the given codes; townships host a station.
func build(codes ...string) *hierarchy.Network {
	var recs []hierarchy.Record
	for _, s := range codes {
		c, _ := hierarchy.ParseCode(s)
		r := hierarchy.Record{Code: c, Name: s}
		if c.Level() == hierarchy.LevelTownship {
			r.Facility = hierarchy.FacilityStation
		}
		recs = append(recs, r)
	}
	net, err := hierarchy.Build(recs)
	if err != nil {
		panic(err)
	}
	return net
}

func ExampleOutputData_Rollup() {
	net := build("330302", "330302001", "330302002")
	var recs []services.OutputRecord
	for m := 1; m <= 6; m++ {
		for i, st := range []string{"330302001", "330302002"} {
			recs = append(recs, services.OutputRecord{
				Unit:   hierarchy.MustParseCode(st),
				Period: policy.MustMonth(2023, time.Month(m)),
				Output: services.Output{Cases: int64(m + i), GroupSessions: 4, Activities: 5},
			})
		}
	}
	data, err := services.NewOutputData(net, recs)
	if err != nil {
		fmt.Println(err)
		return
	}
	q1, _ := data.Rollup(policy.MustQuarter(2023, 1))
	district := hierarchy.MustParseCode("330302")
	out, _ := q1.Of(district)
	fmt.Println("Q1 cases", out.Cases, "sessions", out.GroupSessions, "activities", out.Activities)
	perStation, _ := q1.PerStation(district, services.CasesMeasure)
	rate, _ := perStation.Ratio()
	fmt.Println("cases per station", rate.Value(1))

	_, err = data.Rollup(policy.Period{From: policy.MustDate(2023, 1, 1), Until: policy.MustDate(2023, 1, 15)})
	fmt.Println(errors.Is(err, services.ErrPartial))
	// Output:
	// Q1 cases 15 sessions 24 activities 30
	// cases per station 7.5
	// true
}

func ExampleOutputTotals_PerWorker() {
	net := build("341821", "341821100")
	town := hierarchy.MustParseCode("341821100")
	var workers []staffing.Worker
	for i := range 26 {
		workers = append(workers, staffing.Worker{ID: fmt.Sprint("lx-", i), Unit: town, Role: staffing.ResidentWorker, Joined: policy.MustDate(2022, 6, 1)})
	}
	roster, _ := staffing.NewRoster(net, workers)
	data, _ := services.NewOutputData(net, []services.OutputRecord{
		{Unit: town, Period: policy.MustYear(2023), Output: services.Output{Hours: 3276}},
	})
	year, _ := data.Rollup(policy.MustYear(2023))
	rate, err := year.PerWorker(0, services.HoursMeasure, roster, staffing.Counts{Roles: staffing.SocialWorkRoles()})
	if err != nil {
		fmt.Println(err)
		return
	}
	each, _ := rate.Ratio()
	fmt.Printf("%d hours / %d social workers = %s hours each\n", rate.Amount, rate.Per, each.Value(0))
	// Output:
	// 3276 hours / 26 social workers = 126 hours each
}

func ExampleCheck() {
	net := build("150603", "150603001", "150603001001", "150603001002")
	orgs := func(n int64) services.Resources {
		var r services.Resources
		r.Organisations[services.MutualAid].Filed = n
		r.SocialWorkers = 1
		return r
	}
	data, _ := services.NewResourceData(net, []services.ResourceRecord{
		{Unit: hierarchy.MustParseCode("150603001001"), Period: policy.Since(policy.MustDate(2025, 1, 1)), Resources: orgs(12)},
		{Unit: hierarchy.MustParseCode("150603001002"), Period: policy.Since(policy.MustDate(2025, 1, 1)), Resources: orgs(9)},
	})
	rep, err := services.Check(data, services.Ordos(), policy.MustDate(2026, 1, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for f := range rep.Select(services.Filter{}) {
		fmt.Println(f.Unit, f.Rule, f.Actual, "of", f.Required, f.Status)
		fmt.Println(f.Source.Issuer, f.Source.Status)
	}
	for r := range rep.Results() {
		fmt.Println(r.Rule.ID, "met by", r.Met)
	}
	// Output:
	// 150603001002 ordos-urban-organisations 9 of 10 missed
	// 鄂尔多斯市民政局 draft
	// ordos-urban-organisations met by 1/2
	// ordos-rural-organisations met by 0/0
	// ordos-social-workers met by 2/2
}

func ExampleResourceData_Tally() {
	net := build("320505", "320505100", "320505101", "320505102")
	fund := services.Resources{CharityFunds: 1}
	data, _ := services.NewResourceData(net, []services.ResourceRecord{
		{Unit: hierarchy.MustParseCode("320505100"), Period: policy.MustYear(2021), Resources: fund},
		{Unit: hierarchy.MustParseCode("320505101"), Period: policy.MustYear(2021), Resources: fund},
		{Unit: hierarchy.MustParseCode("320505102"), Period: policy.MustYear(2021)},
	})
	townships := services.SuzhouCharityFunds()[0]
	t, _ := data.Tally(townships, 0, policy.MustDate(2021, 11, 30))
	fmt.Println(townships.Name, t.Met, t.Met.Rate().Format(metrics.Percent, 1))
	// Output:
	// 建立社區慈善基金的鄉鎮（街道） 2/3 66.7%
}

func ExampleDecodeOutputs() {
	net := build("330302", "330302001")
	_, err := services.DecodeOutputs(net, []byte(`[
		{"unit": "330302001", "period": "2023-01", "output": {"cases": 3}},
		{"unit": "330302001", "period": "2023-1", "output": {"cases": 2}},
		{"unit": "330302009", "period": "2023-02", "output": {"cases": 4}},
		{"unit": "330302001", "period": "2023-01", "output": {"cases": -1}}
	]`))
	var de *services.DataError
	if errors.As(err, &de) {
		for _, p := range de.Problems {
			fmt.Println(p.Error())
		}
	}
	// Output:
	// record 1 (330302001): malformed record: period: invalid period "2023-1": want YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or from/until
	// record 2 (330302009 2023-02): unit not in the network: 330302009
	// record 3 (330302001 2023-01): invalid count: cases is -1, below zero
	// record 3 (330302001 2023-01): versions overlap: record 0 has the same unit and period
}

func ExampleDecodeRuleSet() {
	rs, err := services.DecodeRuleSet([]byte(`{"jurisdiction": "示例县", "rules": [{
  "id": "orgs-10", "name": "社区社会组织", "units": {"level": "community", "area": "urban"},
  "measure": "organisations", "min": 10, "deadline": "2025-12-31",
  "source": {"title": "示例县五社联动方案", "issuer": "示例县民政局", "status": "plan"}}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rs.Rules[0].ID, rs.Rules[0].Min, rs.Rules[0].Deadline)
	// Every problem at once, each with its path and position.
	_, err = services.DecodeRuleSet([]byte(`{"jurisdiction": "示例县", "rules": [{
  "id": "orgs-10", "name": "社区社会组织", "units": {"level": "community"},
  "measure": "organisation", "min": 0, "deadlne": "2025-12-31",
  "source": {"title": "示例县五社联动方案", "issuer": "示例县民政局", "status": "plan"}}]}`))
	for _, p := range policy.ProblemsOf(err) {
		fmt.Println(p.Path, p.Line, p.Column)
	}
	// Output:
	// orgs-10 10 2025-12-31
	// rules[0].deadline 1 35
	// rules[0].measure 3 14
	// rules[0].min 3 37
	// rules[0].deadlne 3 51
}

func ExampleEncodeRuleSet() {
	b, err := services.EncodeRuleSet(&services.RuleSet{Jurisdiction: "示例县", Rules: []services.Rule{{
		Indicator: services.Indicator{ID: "funds", Name: "社区慈善基金", Units: hierarchy.Selector{Level: hierarchy.LevelTownship},
			Measure: services.CharityFundsMeasure, Min: 1,
			Source: policy.Source{Title: "示例县五社联动方案", Issuer: "示例县民政局", Status: policy.StatusPlan}},
		Deadline: policy.MustDate(2025, time.December, 31),
	}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "jurisdiction": "示例县",
	//   "rules": [
	//     {
	//       "id": "funds",
	//       "name": "社区慈善基金",
	//       "units": {
	//         "level": "township"
	//       },
	//       "measure": "charity-funds",
	//       "min": 1,
	//       "source": {
	//         "title": "示例县五社联动方案",
	//         "issuer": "示例县民政局",
	//         "status": "plan"
	//       },
	//       "deadline": "2025-12-31"
	//     }
	//   ]
	// }
}
