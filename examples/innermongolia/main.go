// Command innermongolia checks township stations against the Inner
// Mongolia notice on standardising them (关于推进苏木乡镇（街道）社工站规范化建设
// 进一步提升服务质效的通知) with the library's preset: each station is headed
// by the township's leader in charge (a concurrent post), has two deputy
// heads (the civil-affairs assistant and the head of the contracted
// service organisation) and resident staff (social-assistance
// coordinators, child supervisors, child directors or project staff). It
// prints each station's posts and the roles missing, with the rule and
// source, and the funding sources the notice names.
//
// It runs on a built-in league of two banners and a district with 14
// townships (sumu among them), a station in each, and made-up staff.
// Exit status: 0 on success, 1 when the figures cannot be computed, 2 on a
// usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/shegong/shegong/examples/internal/cli"
	"github.com/shegong/shegong/examples/internal/table"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
	"golang.org/x/text/language"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// day is the day the stations are checked.
var day = policy.MustDate(2024, 6, 30)

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("innermongolia", flag.ContinueOnError)
	return cli.Run(fs, args, stderr, func() error { return report(stdout) })
}

// spec is a made-up league (盟) under the unassigned prefecture number 99
// of Inner Mongolia (15).
func spec() synth.Spec {
	return synth.Spec{
		Prefix: hierarchy.Code(159900000000), Root: "示范盟",
		Counties: []synth.County{
			{Number: 2, Name: "示范区", Stations: true},
			{Number: 21, Name: "东旗", Kind: hierarchy.KindBanner, Stations: true},
			{Number: 22, Name: "西旗", Kind: hierarchy.KindBanner, Stations: true},
		},
		Subdistricts: 3, Towns: 6, Sumu: 5, Communities: 120, Urban: 30, Gacha: true,
	}
}

var residentRoles = [...]staffing.Role{staffing.AssistanceCoordinator, staffing.ChildSupervisor, staffing.ChildDirector, staffing.ProjectStaff}

// workers staffs the i-th station by a pattern: a head except at every
// seventh from the fourth, two deputies except one at every fifth from
// the third, a resident staff member except at every sixth from the sixth.
func workers(net *hierarchy.Network) []staffing.Worker {
	var ws []staffing.Worker
	add := func(u hierarchy.Unit, r staffing.Role, e staffing.Employment) {
		ws = append(ws, staffing.Worker{ID: fmt.Sprintf("nm-%03d", len(ws)+1), Unit: u.Code(), Role: r, Employment: e, Joined: policy.MustDate(2022, 3, 1)})
	}
	i := 0
	for u := range net.AtLevel(hierarchy.LevelTownship) {
		if i%7 != 3 {
			add(u, staffing.StationHead, staffing.Concurrent)
		}
		add(u, staffing.DeputyHead, staffing.Concurrent)
		if i%5 != 2 {
			add(u, staffing.DeputyHead, staffing.FullTime)
		}
		if i%6 != 5 {
			add(u, residentRoles[i%4], staffing.FullTime)
		}
		i++
	}
	return ws
}

func report(w io.Writer) error {
	net, err := spec().Build()
	if err != nil {
		return err
	}
	r, err := staffing.NewRoster(net, workers(net))
	if err != nil {
		return err
	}
	rules := staffing.InnerMongolia()
	rep, err := staffing.Check(r, rules, day)
	if err != nil {
		return err
	}
	rule := rules.Roles[0]
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	p("%s", rule.Source)
	p("Posts each station must fill:")
	for _, q := range rule.Quotas {
		p("- at least %d %s", q.Min, roles(q.Roles))
	}
	missing := map[hierarchy.Code][]string{}
	unfilled := int64(0)
	for f := range rep.Select(staffing.Filter{}) {
		unfilled += f.Gap()
		missing[f.Unit] = append(missing[f.Unit], fmt.Sprintf("%d %s", f.Gap(), roles(f.Roles)))
	}
	p("\nStations on %s", day)
	t := table.New("station", "name", "kind", "head", "deputies", "resident staff", "missing").Right(3, 4, 5)
	complete := 0
	for u := range net.AtLevel(hierarchy.LevelTownship) {
		var head, deputies, resident int
		for _, w := range r.AtUnit(u.Code()) {
			switch role := w.Role; {
			case role == staffing.StationHead:
				head++
			case role == staffing.DeputyHead:
				deputies++
			default:
				resident++
			}
		}
		miss := strings.Join(missing[u.Code()], "; ")
		if miss == "" {
			miss, complete = "—", complete+1
		}
		t.Add(u.Code().String(), u.Name(), u.Kind().Label(language.English), fmt.Sprint(head), fmt.Sprint(deputies), fmt.Sprint(resident), miss)
	}
	if err := t.Text(w); err != nil {
		return err
	}
	p("Fully staffed: %d of %d stations; posts unfilled: %d (rule %s).", complete, net.Rollup().Total().Units(hierarchy.LevelTownship), unfilled, rule.ID)

	prof := funding.InnerMongolia()
	p("\nFunding sources the notice names (none with a figure):")
	for _, it := range prof.Mix.Items() {
		p("- %s (%s): %s", it.Kind.Label(language.English), it.Kind.Class().Label(language.English), it.Label)
	}
	return nil
}

// roles lists the roles of s in English, joined by "or".
func roles(s staffing.RoleSet) string {
	var names []string
	for _, r := range s.Roles() {
		names = append(names, r.Label(language.English))
	}
	return strings.Join(names, " or ")
}
