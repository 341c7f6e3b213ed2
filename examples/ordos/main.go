// Command ordos works through the targets of Ordos's 2021 draft plan for
// five-society linkage (鄂尔多斯市开展“五社联动”工作……实施方案（征求意见稿）)
// with the library's presets: the four-tier system and its six essentials,
// the social-work talent the plan requires for a population (at least
// 5,000 and at least 2.5‰ of the population), a roster held against it,
// the station and community targets, the community social organisations
// each community must have, and the funding sources.
//
// It runs on a built-in network shaped like Ordos: the city, its 2
// districts and 7 banners, 68 townships (sumu among them) and 770 urban
// communities and gacha; the township and community counts and all
// populations are made up. -population computes the talent requirement for
// another population. Exit status: 0 on success, 1 when the figures cannot
// be computed, 2 on a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/examples/internal/cli"
	"github.com/shegong/shegong/examples/internal/table"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// day is the day the roster is held against the plan: the end of 2023,
// the plan's deadline for stations in every township.
var day = policy.MustDate(2023, 12, 31)

var en = metrics.NewFormatter(language.English)

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ordos", flag.ContinueOnError)
	population := fs.Int64("population", 0, "also compute the talent requirement for this population")
	return cli.Run(fs, args, stderr, func() error {
		if *population < 0 {
			return cli.Usagef("-population %d is negative", *population)
		}
		return report(stdout, *population)
	})
}

// spec is the built-in Ordos: the city's guidance centre, service centres
// in 6 of its 9 county-level units, stations in 60 of 68 townships, rooms
// in 400 of 770 communities, one facility in four short of the six
// essentials.
func spec() synth.Spec {
	s := synth.Spec{
		Prefix: hierarchy.Code(150600000000), Root: "鄂尔多斯市", RootFacility: hierarchy.FacilityGuidanceCenter,
		Subdistricts: 22, Towns: 38, Sumu: 8, Stations: 60,
		Communities: 770, Urban: 300, Rooms: 400, Gacha: true, Lacking: 4,
		UrbanPeople: [2]int64{2000, 8000}, RuralPeople: [2]int64{600, 2000},
	}
	for i, c := range []struct {
		n    int
		name string
	}{{2, "东胜区"}, {3, "康巴什区"}, {21, "达拉特旗"}, {22, "准格尔旗"}, {23, "鄂托克前旗"}, {24, "鄂托克旗"}, {25, "杭锦旗"}, {26, "乌审旗"}, {27, "伊金霍洛旗"}} {
		county := synth.County{Number: c.n, Name: c.name}
		if c.n > 20 {
			county.Kind = hierarchy.KindBanner
		}
		if i%3 != 2 {
			county.Centre = hierarchy.FacilityServiceCenter
		}
		s.Counties = append(s.Counties, county)
	}
	return s
}

// workers is a roster of 4,200 social-work talent on the stations and
// rooms in turn, in the three social-work roles, joined 2016–2023;
// one in thirty has left.
func workers(net *hierarchy.Network) []staffing.Worker {
	var units []hierarchy.Code
	for u := range net.Units() {
		if u.Facility() == hierarchy.FacilityStation || u.Facility() == hierarchy.FacilityRoom {
			units = append(units, u.Code())
		}
	}
	roles := [...]staffing.Role{staffing.SocialWorker, staffing.ResidentWorker, staffing.OutreachWorker}
	ws := make([]staffing.Worker, 4200)
	for i := range ws {
		ws[i] = staffing.Worker{
			ID: "ordos-" + strconv.Itoa(i+1), Unit: units[i*7%len(units)], Role: roles[i%3],
			Joined: policy.MustDate(2016, 1, 1) + policy.Date(i*13%2900),
		}
		if i%30 == 29 {
			ws[i].Left, _ = ws[i].Joined.AddYears(1) // a 2016–2024 date: no error
		}
	}
	return ws
}

func report(w io.Writer, population int64) error {
	net, err := spec().Build()
	if err != nil {
		return err
	}
	roll := net.Rollup()
	all := roll.Total()
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	p("%s", policy.Ordos2021.Source())
	p("Built-in network: %s county-level units, %s townships, %s communities; population %s (made up).",
		en.Count(all.Units(hierarchy.LevelCounty)), en.Count(all.Units(hierarchy.LevelTownship)),
		en.Count(all.Units(hierarchy.LevelCommunity)), en.Count(all.Population()))

	scheme := hierarchy.Ordos()
	p("\n1. %s", scheme.Name)
	t := table.New("tier", "facility", "built", "of", "coverage", "six essentials met").Right(2, 3, 4, 5)
	for i, c := range scheme.Coverage(all) {
		tier := scheme.Tiers[i]
		six := "—"
		if tier.Standard.Complete() {
			comp := all.Compliance(tier.Level)
			six = en.Count(comp.Covered) + " of " + en.Count(comp.Total)
		}
		fac := tier.Facility.Label(language.English)
		if tier.Optional {
			fac += " (where conditions allow)"
		}
		t.Add(tier.Level.String(), fac, en.Count(c.Covered), en.Count(c.Total), c.Rate().Format(metrics.Percent, 2), six)
	}
	if err := t.Text(w); err != nil {
		return err
	}

	rules := staffing.Ordos()
	area := rules.Areas[0]
	req := area.Requirement
	p("\n2. Social-work talent required: at least %s and at least %s of the population", en.Count(req.Floor), req.Share.Format(metrics.PerMille, 1))
	// the share binds above the population at which it equals the floor
	even := decimal.NewFromInt(req.Floor).Mul(req.Share.Den()).Div(req.Share.Num())
	pops := []int64{1_500_000, even.IntPart(), even.IntPart() + 1, 2_500_000, all.Population()}
	if population > 0 {
		pops = append(pops, population)
	}
	t = table.New("population", "required").Right(0, 1)
	for _, pop := range pops {
		n, err := req.Of(pop)
		if err != nil {
			return err
		}
		t.Add(en.Count(pop), en.Count(n))
	}
	if err := t.Text(w); err != nil {
		return err
	}
	p("The 2.5‰ share binds above %s people.", en.Count(even.IntPart()))

	roster, err := staffing.NewRoster(net, workers(net))
	if err != nil {
		return err
	}
	rep, err := staffing.Check(roster, rules, day)
	if err != nil {
		return err
	}
	p("\n3. Targets on %s", day)
	t = table.New("target", "deadline", "required", "observed", "status", "gap", "growth a year needed").Right(2, 3, 5, 6)
	growth := func(e metrics.Evaluation) string {
		if e.HasGrowth {
			return e.Growth.Format(metrics.Percent, 2)
		}
		return "—"
	}
	gap := func(e metrics.Evaluation, s string) string {
		if e.Status == metrics.Met {
			return "—"
		}
		return s
	}
	indicator := func(id string) string {
		for _, r := range rules.Areas {
			if r.ID == id {
				return r.Indicator
			}
		}
		return id
	}
	for _, a := range rep.Areas {
		e := a.Evaluation
		t.Add(indicator(a.Rule), e.Target.Deadline.String(), en.Decimal(e.Target.Value.Value(0), 0), en.Decimal(e.Observation.Value.Value(0), 0),
			e.Status.Label(language.English), gap(e, en.Decimal(e.Gap.Value(0), 0)), growth(e))
	}
	for _, g := range jurisdiction.MustLoad("ordos").Goals {
		o, _ := g.Observe(all, roster, day)
		e, err := g.Target.Evaluate(o)
		if err != nil {
			return err
		}
		t.Add(g.Target.Indicator, g.Target.Deadline.String(), "100%", o.Value.Format(metrics.Percent, 2),
			e.Status.Label(language.English), gap(e, e.Gap.Format(metrics.Percent, 2)), growth(e))
	}
	if err := t.Text(w); err != nil {
		return err
	}
	p("Source: %s", area.Source)

	if err := organisations(w, net, roll); err != nil {
		return err
	}

	prof := funding.Ordos()
	p("\n5. Funding sources named (no figures given: %d)", prof.Mix.Total().Unstated)
	for _, it := range prof.Mix.Items() {
		p("- %s: %s", it.Kind.Label(language.English), it.Label)
	}
	return nil
}

// organisations prints the community social organisations the plan asks
// for by 2025, at least 10 in each urban community and 5 in each rural
// one, rolled up to the banners.
func organisations(w io.Writer, net *hierarchy.Network, roll *hierarchy.Rollup) error {
	least := hierarchy.ByKind[int64]{}.With(hierarchy.KindUrbanCommunity, 10).With(hierarchy.KindVillage, 5)
	sums, err := hierarchy.Sum(net, least.Of)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n4. Community social organisations required by 2025 (10 per urban community, 5 per rural)\n")
	t := table.New("county", "name", "urban", "rural", "required").Right(2, 3, 4)
	for u := range net.AtLevel(hierarchy.LevelCounty) {
		tot, _ := roll.Of(u.Code())
		sum, _ := sums.Of(u.Code())
		t.Add(u.Code().String(), u.Name(), en.Count(tot.Count(hierarchy.KindUrbanCommunity)), en.Count(tot.Count(hierarchy.KindVillage)), en.Count(sum))
	}
	t.Add("total", "", "", "", en.Count(sums.Total()))
	return t.Text(w)
}
