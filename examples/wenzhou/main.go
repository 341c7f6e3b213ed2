// Command wenzhou totals the service statistics of Wenzhou's township
// stations (温州市民政局惠民利民三项模式 着力发展社工精准化供需对接) with the
// library: 877 cases, 3,893 group sessions and 4,312 community activities,
// and 193 projects, summed from one record per station; 308 volunteer
// organisations and 47,000 volunteers summed from the counties' records;
// the certified social workers as the report writes them.
//
// The report gives only its totals and no date: the per-station and
// per-county records here are made up so that they add up to them, and
// dated 2023 for the computation. The network has the city's 12
// county-level units and 185 made-up townships, each with a station.
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
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

var (
	year = policy.MustYear(2023)
	en   = metrics.NewFormatter(language.English)
)

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("wenzhou", flag.ContinueOnError)
	return cli.Run(fs, args, stderr, func() error { return report(stdout) })
}

func spec() synth.Spec {
	s := synth.Spec{
		Prefix: hierarchy.Code(330300000000), Root: "温州市",
		Subdistricts: 67, Towns: 92, Townships: 26, Stations: 185,
	}
	for _, c := range []struct {
		n    int
		name string
	}{{2, "鹿城区"}, {3, "龙湾区"}, {4, "瓯海区"}, {5, "洞头区"}, {24, "永嘉县"}, {26, "平阳县"}, {27, "苍南县"}, {28, "文成县"}, {29, "泰顺县"}, {81, "瑞安市"}, {82, "乐清市"}, {83, "龙港市"}} {
		s.Counties = append(s.Counties, synth.County{Number: c.n, Name: c.name})
	}
	return s
}

// stationRecords shares the report's totals over the stations, one record
// each for the year; the projects' fields are not named, so they count as
// other fields.
func stationRecords(net *hierarchy.Network) []services.OutputRecord {
	var stations []hierarchy.Unit
	for u := range net.AtLevel(hierarchy.LevelTownship) {
		stations = append(stations, u)
	}
	n := len(stations)
	recs := make([]services.OutputRecord, n)
	for j, u := range stations {
		out := services.Output{
			Cases:         int64(synth.Spread(877, n, (j*7)%n)),
			GroupSessions: int64(synth.Spread(3893, n, (j*11)%n)),
			Activities:    int64(synth.Spread(4312, n, (j*13)%n)),
		}
		out.ProjectsByField[services.FieldOther] = int32(synth.Spread(193, n, (j*17)%n))
		recs[j] = services.OutputRecord{Unit: u.Code(), Period: year, Output: out}
	}
	return recs
}

// countyRecords shares the volunteers and volunteer organisations over
// the counties, as each county's state at the end of the year.
func countyRecords(net *hierarchy.Network) []services.ResourceRecord {
	var recs []services.ResourceRecord
	day := policy.MustBetween(year.Until, year.Until)
	j := 0
	for u := range net.AtLevel(hierarchy.LevelCounty) {
		var r services.Resources
		r.Volunteers = int64(synth.Spread(47000, 12, j))
		r.Organisations[services.VolunteerService].Filed = int64(synth.Spread(308, 12, j))
		recs = append(recs, services.ResourceRecord{Unit: u.Code(), Period: day, Resources: r})
		j++
	}
	return recs
}

func report(w io.Writer) error {
	net, err := spec().Build()
	if err != nil {
		return err
	}
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	p("%s", policy.Wenzhou.Source())
	all := net.Rollup().Total()
	st := all.Coverage(hierarchy.LevelTownship)
	p("Network: %s county-level units, %s townships, stations in %s.", en.Count(all.Units(hierarchy.LevelCounty)), en.Count(st.Total), en.Count(st.Covered))

	outputs, err := services.NewOutputData(net, stationRecords(net))
	if err != nil {
		return err
	}
	totals, err := outputs.Rollup(year)
	if err != nil {
		return err
	}
	sum := totals.Total()
	p("\n1. Services of the township stations, summed from %d station records", outputs.Len())
	t := table.New("measure", "total", "per station").Right(1, 2)
	for _, m := range []services.OutputMeasure{services.CasesMeasure, services.GroupSessionsMeasure, services.ActivitiesMeasure} {
		rate, err := totals.PerStation(0, m)
		if err != nil {
			return err
		}
		r, err := rate.Ratio()
		if err != nil {
			return err
		}
		t.Add(m.Label(language.English), en.Count(sum.Get(m)), en.Decimal(r.Value(1), 1))
	}
	t.Add("projects", en.Count(sum.Projects()), "")
	if err := t.Text(w); err != nil {
		return err
	}
	by := table.New("county", "name", "cases", "group sessions", "activities", "projects").Right(2, 3, 4, 5)
	for u := range net.AtLevel(hierarchy.LevelCounty) {
		o, err := totals.Of(u.Code())
		if err != nil {
			return err
		}
		by.Add(u.Code().String(), u.Name(), en.Count(o.Cases), en.Count(o.GroupSessions), en.Count(o.Activities), en.Count(o.Projects()))
	}
	if err := by.Text(w); err != nil {
		return err
	}

	res, err := services.NewResourceData(net, countyRecords(net))
	if err != nil {
		return err
	}
	r, reported, err := res.Sum(0, year.Until)
	if err != nil {
		return err
	}
	p("\n2. Five-society resources on %s, from %d of %d units' records", year.Until, reported.Covered, reported.Total)
	p("Volunteer organisations: %s; volunteers: %s.", en.Count(r.Organisations[services.VolunteerService].Total()), en.Count(r.Volunteers))
	for _, f := range []struct{ what, text string }{{"certified social workers", "17439人"}, {"volunteers", "4.7万名"}} {
		q, err := metrics.ParseQuantity(f.text)
		if err != nil {
			return err
		}
		p("The report's %s, %s: %s.", f.what, f.text, en.Quantity(q))
	}
	return nil
}
