// Command chongqing reproduces the figures of 重庆市民政局's 2020 account of
// its three-tier social-work system from the library's presets: the
// coverage of centres, stations and rooms (4,350 rooms, 39% of all
// communities), the staffing its standard requires, the talent figures,
// the 2019 funding mix and the award to each 名家名师.
//
// By default it runs on a made-up municipality with the account's counts;
// with -data it reads a division list (code,name,parent_code, such as the
// 2020 list in ../shared/data/chongqing-2020-divisions.csv) and, since the
// account does not say which units have facilities, places centres and
// stations in 江北区, 九龙坡区 (the two it names) and the first ten other
// counties in code order, and rooms in the first 4,350 communities.
//
// Exit status: 0 on success, 1 when the data cannot be read or the figures
// cannot be computed, 2 on a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/dataset"
	"github.com/shegong/shegong/examples/internal/cli"
	"github.com/shegong/shegong/examples/internal/table"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// The account is of 19 October 2020; the figures are computed for that day.
var day = policy.Chongqing2020.Source().Date

var en = metrics.NewFormatter(language.English)

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("chongqing", flag.ContinueOnError)
	data := fs.String("data", "", "division list to use instead of the built-in network (code,name,parent_code)")
	return cli.Run(fs, args, stderr, func() error {
		net, err := network(*data)
		if err != nil {
			return err
		}
		return report(stdout, net, *data)
	})
}

// named are the two counties the account names among the twelve with
// centres and stations.
var named = [...]hierarchy.Code{500105000000, 500107000000} // 江北区, 九龙坡区

// network returns the built-in network, or the list at path with the
// account's facilities laid on it.
func network(path string) (*hierarchy.Network, error) {
	if path == "" {
		return synth.Municipality().Build()
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = file.Close() }()
	f := dataset.ReadNetwork(dataset.FromCSV(file, dataset.Detect))
	if err := f.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	covered := map[hierarchy.Code]bool{named[0]: true, named[1]: true}
	for _, r := range f.Items {
		if len(covered) < 12 && r.Code.Level() == hierarchy.LevelCounty {
			covered[r.Code] = true
		}
	}
	rooms := 0
	for i, r := range f.Items {
		county := r.Code.Truncate(hierarchy.LevelCounty)
		switch r.Code.Level() {
		case hierarchy.LevelCounty:
			if covered[county] {
				f.Items[i].Facility = hierarchy.FacilityGuidanceCenter
			}
		case hierarchy.LevelTownship:
			if covered[county] {
				f.Items[i].Facility = hierarchy.FacilityStation
			}
		case hierarchy.LevelCommunity:
			if rooms < 4350 {
				f.Items[i].Facility = hierarchy.FacilityRoom
				rooms++
			}
		}
	}
	net, err := dataset.BuildNetwork(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return net, nil
}

func report(w io.Writer, net *hierarchy.Network, data string) error {
	all := net.Rollup().Total()
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	src := policy.Chongqing2020.Source()
	p("%s", src)
	p("")
	if data == "" {
		p("Built-in network: a made-up municipality with the account's counts.")
	} else {
		p("Network: %s, with centres and stations in 12 counties and rooms in the first 4,350 communities.", data)
	}
	p("%s county-level units, %s townships (%s subdistricts, %s towns, %s townships), %s communities (%s urban, %s rural).",
		en.Count(all.Units(hierarchy.LevelCounty)), en.Count(all.Units(hierarchy.LevelTownship)),
		en.Count(all.Count(hierarchy.KindSubdistrict)), en.Count(all.Count(hierarchy.KindTown)), en.Count(all.Count(hierarchy.KindTownship)),
		en.Count(all.Units(hierarchy.LevelCommunity)), en.Count(urban(net)), en.Count(all.Units(hierarchy.LevelCommunity)-urban(net)))

	scheme := hierarchy.Chongqing()
	p("\n1. %s: %s", scheme.Name, scheme.Motto)
	t := table.New("tier", "facility", "built", "of", "coverage").Right(2, 3, 4)
	for i, c := range scheme.Coverage(all) {
		tier := scheme.Tiers[i]
		t.Add(tier.Level.String(), tier.Facility.Label(language.English), en.Count(c.Covered), en.Count(c.Total), c.Rate().Format(metrics.Percent, 2))
	}
	if err := t.Text(w); err != nil {
		return err
	}
	rooms := all.Coverage(hierarchy.LevelCommunity)
	p("Rooms: %s of %s communities = %s.", en.Count(rooms.Covered), en.Count(rooms.Total), rooms.Rate().Format(metrics.Percent, 0))

	if err := staffingStandard(w, net); err != nil {
		return err
	}
	if err := talent(w); err != nil {
		return err
	}
	if err := fundingMix(w); err != nil {
		return err
	}
	return awards(w, net)
}

func urban(net *hierarchy.Network) int64 {
	var n int64
	for u := range net.AtLevel(hierarchy.LevelCommunity) {
		if u.Urban() {
			n++
		}
	}
	return n
}

// staffingStandard prints what the standard requires of the whole network,
// and of the facilities built so far: the same rules selecting only units
// with a facility, compared as a what-if.
func staffingStandard(w io.Writer, net *hierarchy.Network) error {
	rules := staffing.Chongqing()
	m, err := staffing.Require(net, rules, day)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n2. Staffing standard (full-time social workers)\n")
	counts := map[string]int64{}
	for u := range net.Units() {
		if _, id := m.Of(u.Code()); id != "" {
			counts[id]++
		}
	}
	t := table.New("rule", "per unit", "units", "required").Right(1, 2, 3)
	for _, r := range rules.Minimums {
		t.Add(r.ID, fmt.Sprint(r.Min), en.Count(counts[r.ID]), en.Count(counts[r.ID]*int64(r.Min)))
	}
	t.Add("total", "", "", en.Count(m.Total()))
	if err := t.Text(w); err != nil {
		return err
	}
	built := staffing.Chongqing()
	for i := range built.Minimums {
		built.Minimums[i].Units.WithFacility = true
	}
	cmp, err := staffing.Compare(rules, built, net, day)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Of which at the centres, stations and rooms built:")
	t = table.New("level", "every unit", "facilities built").Right(1, 2)
	for _, l := range cmp.Levels {
		t.Add(l.Level.String(), en.Count(l.Baseline), en.Count(l.Reform))
	}
	total := cmp.Total()
	t.Add("total", en.Count(total.Baseline), en.Count(total.Reform))
	if err := t.Text(w); err != nil {
		return err
	}
	fmt.Fprintf(w, "Source: %s\n", rules.Minimums[0].Source)
	return nil
}

// talent prints the account's talent figures as the library reads them.
func talent(w io.Writer) error {
	fmt.Fprintf(w, "\n3. Social-work talent\n")
	q := map[string]metrics.Quantity{}
	for _, s := range []string{"6.3 万人", "3.7 万余人", "1000 余人", "1.2万人次", "500 余名"} {
		v, err := metrics.ParseQuantity(s)
		if err != nil {
			return err
		}
		q[s] = v
	}
	all, grassroots := q["6.3 万人"], q["3.7 万余人"]
	share, err := metrics.NewRatio(grassroots.Value, all.Value)
	if err != nil {
		return err
	}
	// the share grows with its numerator, so it is hedged as that is
	fmt.Fprintf(w, "Professionals: %s, of whom in grassroots bodies %s (%s).\n", en.Quantity(all), en.Quantity(grassroots),
		en.Quantity(metrics.Quantity{Value: grassroots.Qualifier.Round(share, 3), Unit: "%", Qualifier: grassroots.Qualifier}))
	fmt.Fprintf(w, "Graduates a year: %s; trainees a year: %s; sent to poor areas: %s.\n",
		en.Quantity(q["1000 余人"]), en.Quantity(q["1.2万人次"]), en.Quantity(q["500 余名"]))
	return nil
}

// fundingMix prints the 2019 mix by class, its leverage and the earmark.
func fundingMix(w io.Writer) error {
	prof := funding.Chongqing2019()
	fmt.Fprintf(w, "\n4. Funding %d\n", prof.Mix.Year())
	shares, err := funding.Shares(prof.Mix.ByClass(), 1)
	if err != nil {
		return err
	}
	t := table.New("class", "amount", "share").Right(1, 2)
	for _, s := range shares {
		t.Add(s.Class.Label(language.English), en.Quantity(s.Sum.Amount),
			en.Quantity(metrics.Quantity{Value: s.Percent.Shift(-2), Unit: "%", Qualifier: s.Qualifier}))
	}
	total := prof.Mix.Total()
	t.Add("total", en.Quantity(total.Amount), "")
	if err := t.Text(w); err != nil {
		return err
	}
	lev, err := prof.Mix.Leverage()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Social and market money per yuan of public money: %s.\n",
		en.Quantity(metrics.Quantity{Value: lev.Qualifier.Round(lev.Ratio, 2), Qualifier: lev.Qualifier}))
	fmt.Fprintf(w, "Sources named without a figure: %d (%s).\n", total.Unstated, prof.Earmarks[0].Share.Format(metrics.Percent, 0)+" of "+prof.Earmarks[0].Fund)
	return nil
}

// awards prints the award to the seven 名家名师 the account counts, paid by
// the incentives preset to seven workers granted it on the account's day.
func awards(w io.Writer, net *hierarchy.Network) error {
	var county hierarchy.Unit
	for u := range net.AtLevel(hierarchy.LevelCounty) {
		county = u
		break
	}
	var ws []staffing.Worker
	var grants []incentives.Grant
	schedule := incentives.Chongqing()
	for i := range 7 {
		id := fmt.Sprintf("mjms-%d", i+1)
		ws = append(ws, staffing.Worker{ID: id, Unit: county.Code(), Role: staffing.SocialWorker, Prior: staffing.Senior, Joined: policy.MustDate(2010, 9, 1)})
		grants = append(grants, incentives.Grant{Worker: id, Award: schedule.Awards[0].ID, Date: day})
	}
	roster, err := staffing.NewRoster(net, ws)
	if err != nil {
		return err
	}
	pay, err := schedule.Payroll(roster, policy.MustYear(day.Year()), incentives.WithGrants(grants...))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n5. Awards\n")
	var first incentives.LineItem
	for li := range pay.Items() {
		first = li
		break
	}
	fmt.Fprintf(w, "Each 名家名师: %s.\n", pay.Describe(first, language.English))
	fmt.Fprintf(w, "Seven selected: %s in all.\n", en.Money(pay.Total(), metrics.HalfUp))
	fmt.Fprintf(w, "Source: %s\n", pay.Source(first))
	return nil
}
