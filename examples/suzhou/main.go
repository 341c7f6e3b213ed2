// Command suzhou reproduces the figures of the Suzhou report of 30
// November 2021 on its township stations (江蘇蘇州：“五強”激發基層治理活力)
// from the library's presets: 90 stations covering 94% of the 96
// townships, 1,102 village and community rooms, the resident social
// workers the stations must have (3 each), the coverage deadlines, the
// community charity funds and the funding raised.
//
// It runs on a built-in network with the report's counts: the city, its 10
// county-level units, 96 townships of which 90 have a station, and the 2,235
// villages and communities of the 2020 division list, 1,102 with a room.
// Exit status: 0 on success, 1 when the figures cannot be computed, 2 on a
// usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/examples/internal/cli"
	"github.com/shegong/shegong/examples/internal/table"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// day is the report's date.
var day = policy.Suzhou2021.Source().Date

var en = metrics.NewFormatter(language.English)

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("suzhou", flag.ContinueOnError)
	return cli.Run(fs, args, stderr, func() error { return report(stdout) })
}

// spec is Suzhou as the report counts it: a city service centre, a
// guidance centre in each of the 10 county-level units, 96 townships (the
// report's count; the division list also has 31 development-zone units)
// with 90 stations, and 2,235 villages and communities with 1,102 rooms.
func spec() synth.Spec {
	s := synth.Spec{
		Prefix: hierarchy.Code(320500000000), Root: "苏州市", RootFacility: hierarchy.FacilityServiceCenter,
		Subdistricts: 44, Towns: 52, Stations: 90,
		Communities: 2235, Urban: 1238, Rooms: 1102,
	}
	for _, c := range []struct {
		n    int
		name string
		kind hierarchy.UnitKind
	}{
		{5, "虎丘区", 0}, {6, "吴中区", 0}, {7, "相城区", 0}, {8, "姑苏区", 0}, {9, "吴江区", 0},
		{71, "苏州工业园区", hierarchy.KindSimilarCounty},
		{81, "常熟市", 0}, {82, "张家港市", 0}, {83, "昆山市", 0}, {85, "太仓市", 0},
	} {
		s.Counties = append(s.Counties, synth.County{Number: c.n, Name: c.name, Kind: c.kind, Centre: hierarchy.FacilityGuidanceCenter})
	}
	return s
}

func report(w io.Writer) error {
	net, err := spec().Build()
	if err != nil {
		return err
	}
	all := net.Rollup().Total()
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	p("%s", policy.Suzhou2021.Source())

	scheme := hierarchy.Suzhou()
	p("\n1. %s: %s", scheme.Name, scheme.Motto)
	t := table.New("level", "facility", "built", "of", "coverage").Right(2, 3, 4)
	for i, c := range scheme.Coverage(all) {
		tier := scheme.Tiers[i]
		t.Add(tier.Level.String(), tier.Facility.Label(language.English), en.Count(c.Covered), en.Count(c.Total), c.Rate().Format(metrics.Percent, 2))
	}
	if err := t.Text(w); err != nil {
		return err
	}
	stations := all.Coverage(hierarchy.LevelTownship)
	p("Stations: %s of %s townships = %s.", en.Count(stations.Covered), en.Count(stations.Total), stations.Rate().Format(metrics.Percent, 0))

	p("\n2. Coverage deadlines, on %s", day)
	goals := jurisdiction.MustLoad("suzhou").Goals
	t = table.New("target", "deadline", "observed", "status", "gap", "growth a year needed").Right(2, 4, 5)
	for _, g := range goals {
		o, _ := g.Observe(all, nil, day)
		e, err := g.Target.Evaluate(o)
		if err != nil {
			return err
		}
		growth := "—"
		if e.HasGrowth {
			growth = e.Growth.Format(metrics.Percent, 2)
		}
		t.Add(g.Target.Indicator, g.Target.Deadline.String(), o.Value.Format(metrics.Percent, 2), e.Status.Label(language.English), e.Gap.Format(metrics.Percent, 2), growth)
	}
	if err := t.Text(w); err != nil {
		return err
	}

	if err := residents(w, net); err != nil {
		return err
	}
	if err := charity(w, net); err != nil {
		return err
	}
	return money(w)
}

// residents prints the resident social workers the standard requires:
// 3 per station built, and 3 per township once every township has one.
func residents(w io.Writer, net *hierarchy.Network) error {
	rules := staffing.Suzhou()
	built := staffing.Suzhou()
	built.Minimums[0].Units.WithFacility = true
	cmp, err := staffing.Compare(built, rules, net, day)
	if err != nil {
		return err
	}
	total := cmp.Total()
	fmt.Fprintf(w, "\n3. Resident social workers (%d per station)\n", rules.Minimums[0].Min)
	fmt.Fprintf(w, "At the stations built: %s; at full coverage: %s.\n", en.Count(total.Baseline), en.Count(total.Reform))
	fmt.Fprintf(w, "Source: %s\n", rules.Minimums[0].Source)
	return nil
}

// charity prints the townships, villages and communities with a community
// charity fund, tallied by the library's indicators from one record per
// unit: every township has a fund, and 565 villages and communities picked
// evenly in code order (the report does not say which).
func charity(w io.Writer, net *hierarchy.Network) error {
	var recs []services.ResourceRecord
	communities := int(net.Rollup().Total().Units(hierarchy.LevelCommunity))
	i := 0
	for u := range net.Units() {
		var r services.Resources
		switch u.Level() {
		case hierarchy.LevelTownship:
			r.CharityFunds = 1
		case hierarchy.LevelCommunity:
			if synth.Picked(i, 565, communities) {
				r.CharityFunds = 1
			}
			i++
		default:
			continue
		}
		recs = append(recs, services.ResourceRecord{Unit: u.Code(), Period: policy.MustBetween(day, day), Resources: r})
	}
	data, err := services.NewResourceData(net, recs)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n4. Community charity funds\n")
	for _, ind := range services.SuzhouCharityFunds() {
		tally, err := data.Tally(ind, 0, day)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %s of %s = %s\n", ind.Name, en.Count(tally.Met.Covered), en.Count(tally.Met.Total), tally.Met.Rate().Format(metrics.Percent, 2))
	}
	return nil
}

// money prints the funding the report gives and what it implies.
func money(w io.Writer) error {
	prof := funding.Suzhou()
	fmt.Fprintf(w, "\n5. Funding (cumulative)\n")
	shares, err := funding.Shares(prof.Mix.ByKind(), 2)
	if err != nil {
		return err
	}
	t := table.New("source", "amount", "share").Right(1, 2)
	for _, s := range shares {
		t.Add(s.Kind.Label(language.English), en.Quantity(s.Sum.Amount),
			en.Quantity(metrics.Quantity{Value: s.Percent.Shift(-2), Unit: "%", Qualifier: s.Qualifier}))
	}
	t.Add("total", en.Quantity(prof.Mix.Total().Amount), "")
	if err := t.Text(w); err != nil {
		return err
	}
	lev, err := prof.Mix.Leverage()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Charity money raised per yuan of government purchase: %s.\n",
		en.Quantity(metrics.Quantity{Value: lev.Qualifier.Round(lev.Ratio, 2), Qualifier: lev.Qualifier}))
	for _, s := range prof.Spending {
		fmt.Fprintf(w, "Spent on %s: %s.\n", s.Purpose, en.Quantity(s.Amount))
	}
	certified, err := metrics.ParseQuantity("1.8萬人")
	if err != nil {
		return err
	}
	share, err := metrics.ParseRatio("22%")
	if err != nil {
		return err
	}
	jiangsu, err := metrics.NewRatio(certified.Value.Mul(share.Den()), share.Num())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n6. Certified social workers: %s, %s of Jiangsu's, which puts Jiangsu's at about %s.\n",
		en.Quantity(certified), share.Format(metrics.Percent, 0), en.Decimal(jiangsu.Value(0), 0))
	return nil
}
