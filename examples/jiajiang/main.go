// Command jiajiang computes the figures of the account of Jiajiang
// county's social-work talent (四川省乐山市夹江县：全力推进基层社工人才队伍建设)
// with the library: the social-work posts on a roster against the "200余个"
// the account reports, the 6 professionals recruited and 30 social workers
// hired in the year, the 5 rooms in urban pilot communities, and the 33
// volunteer teams and the first community charity fund, summed from the
// communities' records.
//
// The county's townships and communities, who holds which post and which
// community formed how many teams are made up so that they add up to the
// account's figures; the account is of 2023. Exit status: 0 on success, 1
// when the figures cannot be computed, 2 on a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/examples/internal/cli"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

var (
	year = policy.MustYear(2023)
	en   = metrics.NewFormatter(language.English)
)

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jiajiang", flag.ContinueOnError)
	return cli.Run(fs, args, stderr, func() error { return report(stdout) })
}

// spec is Jiajiang county (511126) with 2 subdistricts, 9 towns and 130
// villages and communities, 25 of them urban; the first 5 urban
// communities in code order are the pilots with a room.
func spec() synth.Spec {
	return synth.Spec{
		Prefix:       hierarchy.Code(511100000000),
		Counties:     []synth.County{{Number: 26, Name: "夹江县"}},
		Subdistricts: 2, Towns: 9, Communities: 130, Urban: 25,
	}
}

// network builds the county with rooms in its first 5 urban communities.
func network() (*hierarchy.Network, error) {
	recs, err := spec().Records()
	if err != nil {
		return nil, err
	}
	pilots := 0
	for i, r := range recs {
		if r.UrbanRural.Urban() && pilots < 5 {
			recs[i].Facility = hierarchy.FacilityRoom
			pilots++
		}
	}
	return hierarchy.Build(recs)
}

// roster puts a social worker in every township and community, and an
// outreach worker in every other community: 11 + 130 + 66 = 207 posts. The
// first 6 are the professionals recruited in 2023 and the next 30 the
// social workers hired in the first open recruitment the same year.
func roster(net *hierarchy.Network) []staffing.Worker {
	var ws []staffing.Worker
	add := func(u hierarchy.Unit, role staffing.Role, joined policy.Date) {
		ws = append(ws, staffing.Worker{ID: fmt.Sprintf("jj-%03d", len(ws)+1), Unit: u.Code(), Role: role, Joined: joined})
	}
	i := 0
	for u := range net.Units() {
		if u.Level() == hierarchy.LevelCounty {
			continue
		}
		joined, _ := policy.MustDate(2017, 3, 1).AddMonths(i % 60) // within five years: no error
		switch {
		case i < 6:
			joined = policy.MustDate(2023, 4, 1)
		case i < 36:
			joined = policy.MustDate(2023, 7, 1)
		}
		add(u, staffing.SocialWorker, joined)
		if u.Level() == hierarchy.LevelCommunity && i%2 == 0 {
			add(u, staffing.OutreachWorker, policy.MustDate(2019, 5, 1))
		}
		i++
	}
	return ws
}

// teams records the 33 volunteer teams of the 5 pilot communities and the
// county's first community charity fund, as held at the end of the year.
func teams(net *hierarchy.Network) []services.ResourceRecord {
	day := policy.MustBetween(year.Until, year.Until)
	var recs []services.ResourceRecord
	j := 0
	for u := range net.Units() {
		var r services.Resources
		switch {
		case u.Level() == hierarchy.LevelCounty:
			r.CharityFunds = 1
		case u.Facility() == hierarchy.FacilityRoom:
			r.VolunteerTeams = int64(synth.Spread(33, 5, j))
			j++
		default:
			continue
		}
		recs = append(recs, services.ResourceRecord{Unit: u.Code(), Period: day, Resources: r})
	}
	return recs
}

func report(w io.Writer) error {
	net, err := network()
	if err != nil {
		return err
	}
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	p("%s", policy.Jiajiang.Source())
	r, err := staffing.NewRoster(net, roster(net))
	if err != nil {
		return err
	}
	var posts, hired int64
	for _, wk := range r.All() {
		if wk.Active(year.Until) && staffing.SocialWorkRoles().Has(wk.Role) {
			posts++
		}
		if year.Contains(wk.Joined) {
			hired++
		}
	}
	reported, err := metrics.ParseQuantity("200余个")
	if err != nil {
		return err
	}
	p("\nSocial-work posts on the roster: %s (the account: %s).", en.Count(posts), en.Quantity(reported))
	p("Joined in %d: %s (6 professionals recruited and 30 social workers hired).", year.From.Year(), en.Count(hired))

	all := net.Rollup().Total()
	rooms := all.Coverage(hierarchy.LevelCommunity)
	var urban metrics.Coverage
	for u := range net.AtLevel(hierarchy.LevelCommunity) {
		if u.Urban() {
			urban.Total++
			if u.Facility() != hierarchy.FacilityNone {
				urban.Covered++
			}
		}
	}
	p("Rooms: %s, in %s of %s urban communities (%s); %s of all %s communities.",
		en.Count(rooms.Covered), en.Count(urban.Covered), en.Count(urban.Total), urban.Rate().Format(metrics.Percent, 0),
		rooms.Rate().Format(metrics.Percent, 2), en.Count(rooms.Total))

	res, err := services.NewResourceData(net, teams(net))
	if err != nil {
		return err
	}
	sum, _, err := res.Sum(0, year.Until)
	if err != nil {
		return err
	}
	p("Volunteer teams: %s; community charity funds: %s.", en.Count(sum.VolunteerTeams), en.Count(sum.CharityFunds))
	for _, f := range []struct{ what, text string }{{"trained", "78人"}, {"college diplomas in service", "16人"}} {
		q, err := metrics.ParseQuantity(f.text)
		if err != nil {
			return err
		}
		p("The account's %s, %s: %s.", f.what, f.text, en.Quantity(q))
	}
	return nil
}
