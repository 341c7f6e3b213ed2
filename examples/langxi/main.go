// Command langxi computes, with the library's presets, what Langxi
// county's documents (安徽郎溪：下好社工人才建设“四步有效棋” and the notice on
// certificate allowances) set for a roster: the one-time bonuses of 1,000 /
// 2,000 / 3,000 yuan for certificates obtained, the stipends of 100 / 300 /
// 500 yuan a month to certified village and community cadres, the salary
// floor of 50,000 yuan a year for resident social workers, the rule that a
// resident social worker must be certified within a year of joining, the
// county's about 3 million yuan of 2023 shared over its 12 stations, and
// the 2023 service figures per social worker.
//
// It runs on a built-in county with a guidance centre and 12 town
// stations, 26 resident social workers (the report's count) and 100
// village and community cadres; who holds which certificate, when, and
// what each resident worker was paid are made up. Exit status: 0 on
// success, 1 when the figures cannot be computed, 2 on a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/examples/internal/cli"
	"github.com/shegong/shegong/examples/internal/table"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// year is the year of the report's figures.
const year = 2023

var (
	yearEnd = policy.MustDate(year, 12, 31)
	en      = metrics.NewFormatter(language.English)
)

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("langxi", flag.ContinueOnError)
	return cli.Run(fs, args, stderr, func() error { return report(stdout) })
}

// spec is Langxi: a county guidance centre and a station in each of its
// 12 towns and subdistricts, with 100 villages and communities.
func spec() synth.Spec {
	return synth.Spec{
		Prefix:       hierarchy.Code(341800000000),
		Counties:     []synth.County{{Number: 21, Name: "郎溪县", Centre: hierarchy.FacilityGuidanceCenter, Stations: true}},
		Subdistricts: 1, Towns: 11, Communities: 100, Urban: 20,
	}
}

// roster returns the county's 26 resident social workers, two or three
// to a station, and a cadre in every village and community, with their
// certificates, and what each resident worker was paid in the year.
func roster(net *hierarchy.Network) ([]staffing.Worker, map[string]decimal.Decimal) {
	var ws []staffing.Worker
	pay := map[string]decimal.Decimal{}
	resident, station := 0, 0
	for u := range net.Units() {
		switch {
		case u.Facility() == hierarchy.FacilityStation:
			n := synth.Spread(26, 12, station)
			station++
			for k := range n {
				i := resident
				resident++
				joined, _ := policy.MustDate(2021, 3, 1).AddMonths(i * 5 % 30) // within 30 months: no error
				w := staffing.Worker{ID: fmt.Sprintf("lx-s%02d", i+1), Unit: u.Code(), Role: staffing.ResidentWorker, Joined: joined}
				switch {
				case i%4 == 0:
					w.Prior = staffing.Intermediate
				case i%4 == 1 && w.Joined.Year() < year:
					w.Certified[staffing.Junior] = policy.MustDate(year, 6, 18) // the June exam results
				case i%4 == 2:
					w.Prior = staffing.Junior
					w.Certified[staffing.Intermediate] = policy.MustDate(year, 6, 18) + policy.Date(k)
				}
				ws = append(ws, w)
				pay[w.ID] = decimal.NewFromInt(int64(47000 + i*467%9000))
			}
		case u.Level() == hierarchy.LevelCommunity:
			i := len(ws)
			joined, _ := policy.MustDate(2018, 1, 1).AddMonths(i % 48) // within four years: no error
			w := staffing.Worker{ID: fmt.Sprintf("lx-c%03d", i+1), Unit: u.Code(), Role: staffing.CommitteeCadre, Employment: staffing.Concurrent,
				Joined: joined}
			switch i % 10 {
			case 0, 1, 2:
				w.Prior = staffing.Junior
			case 3:
				w.Prior = staffing.Intermediate
			case 4:
				w.Certified[staffing.Junior] = policy.MustDate(year, 6, 18)
			case 5:
				w.Prior = staffing.Junior
				w.Certified[staffing.Intermediate] = policy.MustDate(year, 6, 18)
			}
			if i%50 == 13 {
				w.Prior, w.Certified = staffing.Senior, staffing.Certificates{}
			}
			ws = append(ws, w)
		}
	}
	return ws, pay
}

func report(w io.Writer) error {
	net, err := spec().Build()
	if err != nil {
		return err
	}
	all := net.Rollup().Total()
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	scheme := hierarchy.Langxi()
	cov := scheme.Coverage(all)
	p("%s: %s", scheme.Name, scheme.Motto)
	p("Guidance centres: %s of %s counties; stations: %s of %s towns (%s).", en.Count(cov[0].Covered), en.Count(cov[0].Total),
		en.Count(cov[1].Covered), en.Count(cov[1].Total), cov[1].Rate().Format(metrics.Percent, 0))

	ws, pay := roster(net)
	r, err := staffing.NewRoster(net, ws)
	if err != nil {
		return err
	}
	residents := 0
	for _, w := range r.All() {
		if w.Role == staffing.ResidentWorker {
			residents++
		}
	}
	p("Roster: %d resident social workers and %d village and community cadres.", residents, r.Len()-residents)

	s := incentives.Langxi()
	pr, err := s.Payroll(r, policy.MustYear(year))
	if err != nil {
		return err
	}
	p("\n1. Bonuses and stipends paid for %d", year)
	t := table.New("level", "bonus each", "bonuses", "stipend a month", "stipends", "total").Right(1, 2, 3, 4, 5)
	bonus, _ := s.Bonuses[0].Terms.At(yearEnd)
	rates, _ := s.Stipends[0].Rates.At(yearEnd)
	type sums struct{ bonus, stipend decimal.Decimal }
	by := make([]sums, len(staffing.CertLevels())+1)
	for li := range pr.Items() {
		b := &by[li.Level()]
		switch li.Kind() {
		case incentives.KindBonus:
			b.bonus = b.bonus.Add(li.Amount())
		case incentives.KindStipend:
			b.stipend = b.stipend.Add(li.Amount())
		}
	}
	money := func(d decimal.Decimal) string { return en.Money(d, metrics.HalfUp) }
	for _, l := range staffing.CertLevels() {
		b := by[l]
		t.Add(l.Label(language.English), money(bonus.Value.Amounts[l]), money(b.bonus), money(rates.Value.Of(l)), money(b.stipend), money(pr.Totals().Level(l)))
	}
	t.Add("total", "", money(pr.Totals().Kind(incentives.KindBonus)), "", money(pr.Totals().Kind(incentives.KindStipend)), money(pr.Total()))
	if err := t.Text(w); err != nil {
		return err
	}
	p("Sources: %s; %s", bonus.Source, rates.Source)
	cadre := firstCadreUpgrade(r)
	p("For example, cadre %s:", r.Worker(cadre).ID)
	for li := range pr.WorkerItems(cadre) {
		p("  %s", pr.Describe(li, language.SimplifiedChinese))
		p("  %s", pr.Describe(li, language.English))
	}

	rep, err := staffing.Check(r, staffing.Langxi(), yearEnd)
	if err != nil {
		return err
	}
	p("\n2. Resident social workers without a certificate a year after joining, on %s", yearEnd)
	var source *policy.Source
	for f := range rep.Select(staffing.Filter{}) {
		p("- %s: joined %s, deadline %s (%s)", f.Worker, r.Worker(workerIndex(r, f.Worker)).Joined, f.Deadline, f.Rule)
		if source == nil {
			source = &f.Source
		}
	}
	if source != nil {
		p("Source: %s", *source)
	}

	check, err := s.CheckFloors(r, year, pay)
	if err != nil {
		return err
	}
	p("\n3. Resident social workers paid below the floor of %s a year", money(check.Results[0].Floor))
	n := 0
	for f := range check.Below() {
		n++
		p("- %s: paid %s, %s short (%s)", f.ID, money(f.Pay), money(f.Gap()), f.Rule)
	}
	p("%d of %d below the floor. Source: %s", n, len(check.Results), check.Results[0].Source)

	if err := fund(w, net); err != nil {
		return err
	}
	return serviceFigures(w, net, r)
}

// firstCadreUpgrade returns the position of the first cadre who obtained a
// certificate in the year.
func firstCadreUpgrade(r *staffing.Roster) int {
	for i, w := range r.All() {
		if w.Role == staffing.CommitteeCadre && !w.Certified.IsZero() {
			return i
		}
	}
	return 0
}

func workerIndex(r *staffing.Roster, id string) int {
	for i, w := range r.All() {
		if w.ID == id {
			return i
		}
	}
	return -1
}

// fund shares the county's about 3 million yuan of 2023 over its 12
// stations: equally, and by population, exactly to the fen.
func fund(w io.Writer, net *hierarchy.Network) error {
	prof := funding.Langxi2023()
	total := prof.Mix.Total().Amount
	stations := funding.Claimants(net, func(u hierarchy.Unit) bool { return u.Facility() == hierarchy.FacilityStation })
	per, err := funding.Per(total, int64(len(stations)), funding.PerStation)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n4. Funding %d: %s (%s)\n", prof.Mix.Year(), en.Quantity(total), prof.Mix.Items()[0].Label)
	q := metrics.Quantity{Value: total.Qualifier.Round(per.Rate, 2), Unit: funding.Yuan, Qualifier: total.Qualifier}
	fmt.Fprintf(w, "%s over %d stations: %s each.\n", en.Quantity(total), len(stations), en.Quantity(q))
	a, err := funding.Allocate(total.Value, funding.ByPopulation, stations)
	if err != nil {
		return err
	}
	t := table.New("station", "name", "population", "by population").Right(2, 3)
	var sum decimal.Decimal
	for g := range a.All() {
		c := g.Code
		u, _ := net.Lookup(c)
		tot, _ := net.Rollup().Of(c)
		t.Add(c.String(), u.Name(), en.Count(tot.Population()), en.Money(g.Yuan(), metrics.HalfUp))
		sum = sum.Add(g.Yuan())
	}
	t.Add("total", "", "", en.Money(sum, metrics.HalfUp))
	return t.Text(w)
}

// serviceRecords shares the report's 2023 figures over the 12 stations,
// one record each for the year (the report gives only the county's
// totals): 3,276 visiting hours, 89 + 322 needs surveyed, 261 events and
// 36 venture-philanthropy projects, whose fields it does not name.
func serviceRecords(net *hierarchy.Network) []services.OutputRecord {
	var recs []services.OutputRecord
	j := 0
	for u := range net.AtLevel(hierarchy.LevelTownship) {
		out := services.Output{
			Hours:           int64(synth.Spread(3276, 12, j)),
			NeedsIdentified: int64(synth.Spread(89+322, 12, j)),
			Activities:      int64(synth.Spread(261, 12, j)),
		}
		out.ProjectsByField[services.FieldOther] = int32(synth.Spread(36, 12, j))
		recs = append(recs, services.OutputRecord{Unit: u.Code(), Period: policy.MustYear(year), Output: out})
		j++
	}
	return recs
}

// serviceFigures prints the year's service figures summed from the
// stations' records, and per social worker of the roster.
func serviceFigures(w io.Writer, net *hierarchy.Network, r *staffing.Roster) error {
	data, err := services.NewOutputData(net, serviceRecords(net))
	if err != nil {
		return err
	}
	totals, err := data.Rollup(policy.MustYear(year))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n5. Services in %d, summed from %d station records\n", year, data.Len())
	t := table.New("measure", "total", "social workers", "each").Right(1, 2, 3)
	for _, m := range []services.OutputMeasure{services.HoursMeasure, services.NeedsIdentifiedMeasure, services.ActivitiesMeasure, services.ProjectsMeasure} {
		rate, err := totals.PerWorker(0, m, r, staffing.Counts{Roles: staffing.SocialWorkRoles()})
		if err != nil {
			return err
		}
		each, err := rate.Ratio()
		if err != nil {
			return err
		}
		t.Add(m.Label(language.English), en.Count(rate.Amount), en.Count(rate.Per), en.Decimal(each.Value(1), 1))
	}
	if err := t.Text(w); err != nil {
		return err
	}
	served, err := metrics.ParseQuantity("10000余人")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "People served, as the report writes it (10000余人): %s.\n", en.Quantity(served))
	return nil
}
