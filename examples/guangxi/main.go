// Command guangxi evaluates the targets of Guangxi's 14th Five-Year Plan
// for civil affairs (广西民政事业发展“十四五”规划), as the report of the plan
// names them, on a built-in region: 50,000 social-work professionals and
// a station in every township by the end of 2025, measured from a network
// and a roster; the others (volunteer service points, elderly-care
// centres, minor-protection institutions and so on) need data the library
// does not model and are listed as unobserved.
//
// The built-in region has the real 14 prefectures, each with 8 counties,
// 90 townships (80 with a station) and 1,100 communities, and a roster of
// 38,000 professionals, all made up. -date sets the day of the
// evaluation (default 2023-12-31). Exit status: 0 on success, 1 when the
// figures cannot be computed, 2 on a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/examples/internal/cli"
	"github.com/shegong/shegong/examples/internal/table"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

var en = metrics.NewFormatter(language.English)

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("guangxi", flag.ContinueOnError)
	date := fs.String("date", "2023-12-31", "day of the evaluation (YYYY-MM-DD)")
	return cli.Run(fs, args, stderr, func() error {
		d, err := policy.ParseDate(*date)
		if err != nil {
			return cli.Usagef("-date: %v", err)
		}
		return report(stdout, d)
	})
}

var prefectures = [...]string{"南宁市", "柳州市", "桂林市", "梧州市", "北海市", "防城港市", "钦州市", "贵港市", "玉林市", "百色市", "贺州市", "河池市", "来宾市", "崇左市"}

// network builds the region: the 14 prefectures (4501–4514) with made-up
// counties, townships and communities.
func network() (*hierarchy.Network, error) {
	recs := []hierarchy.Record{{Code: hierarchy.Code(450000000000), Name: "广西壮族自治区"}}
	for i, name := range prefectures {
		s := synth.Spec{
			Prefix: hierarchy.Code(uint64(4501+i) * 1e8), Root: name,
			Subdistricts: 9, Towns: 57, Townships: 24, Stations: 80, Communities: 1100, Urban: 200,
		}
		for c := range 8 {
			county := synth.County{Number: c + 1, Name: name[:3] + strconv.Itoa(c+1) + "区"}
			if c >= 3 {
				county.Number, county.Name = 21+c, name[:3]+strconv.Itoa(c+1)+"县"
			}
			s.Counties = append(s.Counties, county)
		}
		r, err := s.Records()
		if err != nil {
			return nil, err
		}
		recs = append(recs, r...)
	}
	return hierarchy.Build(recs)
}

// workers is a roster of 38,000 social-work professionals spread over the
// townships and communities, who joined from 2016 to 2023.
func workers(net *hierarchy.Network) []staffing.Worker {
	ws := make([]staffing.Worker, 38000)
	roles := [...]staffing.Role{staffing.SocialWorker, staffing.ResidentWorker, staffing.OutreachWorker}
	codes := make([]hierarchy.Code, 0, net.Len())
	for u := range net.Units() {
		codes = append(codes, u.Code())
	}
	for i := range ws {
		ws[i] = staffing.Worker{ID: "gx-" + strconv.Itoa(i+1), Unit: codes[1+i*7%(len(codes)-1)], Role: roles[i%3],
			Joined: policy.MustDate(2016, 1, 1) + policy.Date(i%2900)}
	}
	return ws
}

func report(w io.Writer, day policy.Date) error {
	net, err := network()
	if err != nil {
		return err
	}
	all := net.Rollup().Total()
	r, err := staffing.NewRoster(net, workers(net))
	if err != nil {
		return err
	}
	rep, err := staffing.Check(r, staffing.Guangxi(), day)
	if err != nil {
		return err
	}
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	p("%s", policy.Guangxi14FYP.Source())
	p("Built-in region: %s prefectures, %s counties, %s townships, %s communities; %s professionals on the roster.",
		en.Count(all.Units(hierarchy.LevelCity)), en.Count(all.Units(hierarchy.LevelCounty)), en.Count(all.Units(hierarchy.LevelTownship)),
		en.Count(all.Units(hierarchy.LevelCommunity)), en.Count(int64(r.Len())))

	goals := jurisdiction.MustLoad("guangxi").Goals
	var evals []metrics.Evaluation
	for _, a := range rep.Areas {
		evals = append(evals, a.Evaluation)
	}
	targets := make([]metrics.Target, len(goals))
	obs := map[string]metrics.Observation{}
	for i, g := range goals {
		targets[i] = g.Target
		if o, ok := g.Observe(all, r, day); ok {
			obs[g.Target.ID] = o
		}
	}
	card, err := metrics.NewScorecard(targets...)
	if err != nil {
		return err
	}
	more, err := card.Evaluate(obs)
	if err != nil {
		return err
	}
	evals = append(evals, more...)

	p("\nScorecard on %s (targets for the end of 2025)", day)
	t := table.New("target", "indicator", "value", "observed", "status", "gap", "growth a year needed").Right(2, 3, 5, 6)
	observed := 0
	for _, e := range evals {
		tg := e.Target
		obs, gap, growth := "—", "—", "—"
		if e.Status != metrics.Unobserved {
			observed++
			obs = value(tg.Kind, e.Observation.Value)
			if e.Status != metrics.Met {
				gap = value(tg.Kind, e.Gap)
			}
		}
		if e.HasGrowth {
			growth = e.Growth.Format(metrics.Percent, 2)
		}
		t.Add(tg.ID, tg.Indicator, tg.Comparator.Label(language.English)+" "+value(tg.Kind, tg.Value), obs, e.Status.Label(language.English), gap, growth)
	}
	if err := t.Text(w); err != nil {
		return err
	}
	p("Targets: %d named by the report of the plan's 16 main indicators and its projects; measured here: %d.", len(evals), observed)
	return nil
}

// value writes a target's or observation's value of kind k.
func value(k metrics.ValueKind, r metrics.Ratio) string {
	if k == metrics.CountValue {
		return en.Decimal(r.Value(0), 0)
	}
	return r.Format(metrics.Percent, 2)
}
