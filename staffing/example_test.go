package staffing_test

import (
	"fmt"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// network returns a district with one subdistrict, one town, two urban
// communities and three villages.
func network() *hierarchy.Network {
	var recs []hierarchy.Record
	for _, c := range []string{"500101", "500101001", "500101101", "500101001001", "500101001002", "500101101200", "500101101201", "500101101202"} {
		code, _ := hierarchy.ParseCode(c)
		recs = append(recs, hierarchy.Record{Code: code, Name: c})
	}
	net, err := hierarchy.Build(recs)
	if err != nil {
		panic(err)
	}
	return net
}

func ExampleRequire() {
	net := network()
	m, err := staffing.Require(net, staffing.Chongqing(), policy.MustDate(2024, 1, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for u := range net.Units() {
		n, rule := m.Of(u.Code())
		sub, _ := m.Subtree(u.Code())
		fmt.Println(u.Code(), n, sub, rule)
	}
	fmt.Println("total", m.Total())
	// Output:
	// 500101 2 12 cq-centre
	// 500101001 2 6 cq-subdistrict-station
	// 500101001001 2 2 cq-urban-room
	// 500101001002 2 2 cq-urban-room
	// 500101101 1 4 cq-town-station
	// 500101101200 1 1 cq-rural-room
	// 500101101201 1 1 cq-rural-room
	// 500101101202 1 1 cq-rural-room
	// total 12
}

func ExampleCheck() {
	net := network()
	town, _ := hierarchy.ParseCode("500101101")
	w := staffing.Worker{ID: "lx-007", Unit: town, Role: staffing.ResidentWorker, Joined: policy.MustDate(2023, 3, 1)}
	roster, err := staffing.NewRoster(net, []staffing.Worker{w})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, on := range []policy.Date{policy.MustDate(2024, 2, 28), policy.MustDate(2024, 3, 2)} {
		rep, _ := staffing.Check(roster, staffing.Langxi(), on)
		fmt.Println(on, rep.Len(), "finding(s)")
		for f := range rep.Select(staffing.Filter{}) {
			fmt.Println(" ", f.Worker, f.Kind, "deadline", f.Deadline)
			fmt.Println(" ", f.Source)
		}
	}
	// Output:
	// 2024-02-28 0 finding(s)
	// 2024-03-02 1 finding(s)
	//   lx-007 certificate-overdue deadline 2024-03-01
	//   人民网《安徽郎溪：下好社工人才建设“四步有效棋” 助力基层社区治理创新》，高水准育苗……驻站社工需在一年内持证方可继续留用
}

func ExampleCompare() {
	raised := staffing.Chongqing()
	for i, m := range raised.Minimums {
		if m.ID == "cq-rural-room" {
			raised.Minimums[i].Min = 2
		}
	}
	c, err := staffing.Compare(staffing.Chongqing(), raised, network(), policy.MustDate(2024, 1, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range c.Levels {
		fmt.Printf("%s %d → %d (%+d)\n", l.Level, l.Baseline, l.Reform, l.Diff())
	}
	total := c.Total()
	fmt.Printf("total %d → %d (%+d)\n", total.Baseline, total.Reform, total.Diff())
	// Output:
	// county 2 → 2 (+0)
	// township 3 → 3 (+0)
	// community 7 → 10 (+3)
	// total 12 → 15 (+3)
}

func ExampleDecodeRuleSet() {
	rs, err := staffing.DecodeRuleSet([]byte(`{
		"jurisdiction": "示例县",
		"minimums": [{
			"id": "station-2",
			"units": {"level": "township"},
			"min": 2,
			"counts": {"roles": ["resident-worker"], "full_time": true},
			"source": {"title": "示例县社工站建设标准", "issuer": "示例县民政局", "date": "2024-01-01", "status": "in-force"}
		}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rs.Jurisdiction, rs.Minimums[0].ID, rs.Minimums[0].Min)
	// Every problem at once, each with its path and position.
	_, err = staffing.DecodeRuleSet([]byte(`{"jurisdiction": "示例县", "minimums": [
  {"id": "x", "units": {"level": "kounty"}, "min": 1, "source": {"title": "t", "issuer": "i", "status": "plan"}},
  {"id": "y", "units": {"level": "township"}, "min": -3, "source": {"title": "t", "issuer": "i", "status": "plan"}}]}`))
	for _, p := range policy.ProblemsOf(err) {
		fmt.Println(p.Path, p.Line, p.Column)
	}
	// Output:
	// 示例县 station-2 2
	// minimums[0].units.level 2 34
	// minimums[1].min 3 54
}

func ExampleEncodeRuleSet() {
	b, err := staffing.EncodeRuleSet(&staffing.RuleSet{Jurisdiction: "示例县", Certificates: []staffing.CertificateRule{{
		ID: "cert-12", Roles: staffing.RolesOf(staffing.ResidentWorker), Months: 12,
		Source: policy.Source{Title: "示例县社工站建设标准", Issuer: "示例县民政局", Status: policy.StatusInForce},
	}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "jurisdiction": "示例县",
	//   "certificates": [
	//     {
	//       "id": "cert-12",
	//       "roles": [
	//         "resident-worker"
	//       ],
	//       "months": 12,
	//       "source": {
	//         "title": "示例县社工站建设标准",
	//         "issuer": "示例县民政局",
	//         "status": "in-force"
	//       }
	//     }
	//   ]
	// }
}
