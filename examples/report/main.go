// Command report prints the state of a social-work network under one
// jurisdiction's policy: the coverage of each tier, staffing minimums
// against the roster with the largest shortfalls and the rule and source
// behind each, a year's incentive payroll by certificate level, the funding
// mix and its allocation to the stations, and the scorecard of the
// jurisdiction's targets.
//
// Without flags it reports on built-in synthetic data: a made-up
// municipality with the counts of Chongqing's 2020 account (38 counties,
// 1,029 townships, 11,154 communities), a roster, and Chongqing's 2019
// funding. Flags:
//
//	-policy   a built-in pack: chongqing (default), suzhou, langxi, ordos,
//	          innermongolia, guangxi, wenzhou, jiajiang; or a pack file, .json
//	-check    run the pack's cases instead: pass or the difference for each,
//	          exit 1 when one fails
//	-dump     write the pack as JSON instead
//	-lang     en (default), zh-Hans, zh-Hant
//	-format   text (default), markdown, json
//	-date     the day the report is for, YYYY-MM-DD (default 2024-12-31);
//	          the payroll covers its calendar year
//	-network  a network file, .csv or .json
//	-roster   a roster file, .csv or .json
//	-funding  a funding plan, .json
//
// The file formats are described in the README. Exit status: 0 when the
// report is written, 1 when an input file cannot be read or is invalid (every
// problem is listed on standard error with its file, line and field) or the
// report cannot be computed or written, 2 on a usage error. Progress on long
// inputs goes to standard error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/examples/internal/load"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1
	exitUsage = 2
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// config is what run reads from its flags.
type config struct {
	juris    *jurisdiction.Pack
	check    bool // run the pack's cases instead of reporting
	dump     bool // write the pack instead of reporting
	lang     language.Tag
	format   string
	date     policy.Date
	network  string
	roster   string
	funding  string
	progress int // records between progress lines
}

// run runs the command with args, writing the report to stdout and
// problems and progress to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintln(stderr, "report:", err)
		return exitUsage
	}
	switch {
	case cfg.dump:
		return dump(cfg.juris, stdout, stderr)
	case cfg.check:
		return check(cfg.juris, cfg.lang, stdout)
	}
	return report(cfg, stdout, stderr)
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	cfg := config{progress: load.DefaultEvery}
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	policyID := fs.String("policy", "chongqing", "policy pack: a built-in id ("+strings.Join(jurisdiction.IDs(), ", ")+") or a pack file (.json)")
	fs.BoolVar(&cfg.check, "check", false, "run the pack's cases, print each with pass or the difference, and exit 1 on a failure")
	fs.BoolVar(&cfg.dump, "dump", false, "write the pack as JSON (the start of one's own)")
	lang := fs.String("lang", "en", "language of the report: en, zh-Hans or zh-Hant")
	fs.StringVar(&cfg.format, "format", "text", "output format: text, markdown or json")
	date := fs.String("date", builtinDate.String(), "day the report is for (YYYY-MM-DD); the payroll covers its year")
	fs.StringVar(&cfg.network, "network", "", "network file (.csv or .json); default: built-in data")
	fs.StringVar(&cfg.roster, "roster", "", "roster file (.csv or .json); default: built-in data, or none with -network")
	fs.StringVar(&cfg.funding, "funding", "", "funding plan (.json); default: the jurisdiction's documents")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	var err error
	if cfg.juris, err = loadPack(*policyID); err != nil {
		return cfg, err
	}
	switch *lang {
	case "en":
		cfg.lang = language.English
	case "zh-Hans":
		cfg.lang = language.SimplifiedChinese
	case "zh-Hant":
		cfg.lang = language.TraditionalChinese
	default:
		return cfg, fmt.Errorf("unknown -lang %q: want en, zh-Hans or zh-Hant", *lang)
	}
	switch cfg.format {
	case "text", "markdown", "json":
	default:
		return cfg, fmt.Errorf("unknown -format %q: want text, markdown or json", cfg.format)
	}
	d, err := policy.ParseDate(*date)
	if err != nil {
		return cfg, fmt.Errorf("-date: %w", err)
	}
	cfg.date = d
	return cfg, nil
}

// report reads the inputs cfg names, computes the report and writes it.
func report(cfg config, stdout, stderr io.Writer) int {
	in, err := readInput(cfg, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "report:", err)
		return exitInput
	}
	big := in.net.Len() >= cfg.progress || in.roster.Len() >= cfg.progress
	if big {
		fmt.Fprintf(stderr, "report: computing over %d units and %d workers\n", in.net.Len(), in.roster.Len())
	}
	rep, err := compute(in)
	if err != nil {
		fmt.Fprintln(stderr, "report:", err)
		return exitInput
	}
	if err := write(stdout, rep, in, cfg); err != nil {
		fmt.Fprintln(stderr, "report: writing:", err)
		return exitInput
	}
	return exitOK
}

// readInput reads the files cfg names, or takes the built-in data for
// those it does not.
func readInput(cfg config, stderr io.Writer) (input, error) {
	in := input{juris: cfg.juris, date: cfg.date, network: cfg.network, workers: cfg.roster}
	opts := load.Options{Progress: stderr, Every: cfg.progress}
	var err error
	if cfg.network != "" {
		if in.net, err = load.Network(cfg.network, opts); err != nil {
			return in, err
		}
	} else if in.net, err = synth.Municipality().Build(); err != nil {
		return in, err
	}
	switch {
	case cfg.roster != "":
		if in.roster, err = load.Roster(cfg.roster, in.net, opts); err != nil {
			return in, err
		}
	case cfg.network != "":
		// a user's network has no roster but the one they give
		in.workers = "none"
		if in.roster, err = staffing.NewRoster(in.net, nil); err != nil {
			return in, err
		}
	default:
		if in.roster, err = staffing.NewRoster(in.net, builtinWorkers(in.net)); err != nil {
			return in, err
		}
		if s := in.juris.Schedule; s != nil && len(s.Awards) > 0 {
			in.grants = builtinGrants(in.roster, s.Awards[0].ID)
		}
	}
	switch {
	case cfg.funding != "":
		plan, err := load.Funding(cfg.funding)
		if err != nil {
			return in, err
		}
		in.plan = &plan
	default:
		in.plan = documentedPlan(in.juris)
	}
	return in, nil
}

// documentedPlan returns the funding of j's documents with the budget line
// that pays the stations shared by population, or nil when the documents
// give no funding facts.
func documentedPlan(j *jurisdiction.Pack) *load.Plan {
	if j.Funding == nil {
		return nil
	}
	// From is KindUnspecified when no line has a figure: nothing is shared
	return &load.Plan{Mix: j.Funding.Mix, Allocation: &load.Allocation{From: j.Budget, Method: funding.ByPopulation}}
}
