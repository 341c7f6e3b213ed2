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
//	-network     a network file, .csv, .xlsx or .json
//	-roster      a roster file, .csv, .xlsx or .json
//	-funding     a funding plan, .json
//	-population  a population table (code, population), .csv, .xlsx or
//	             .json, joined onto the -network file's divisions
//	-encoding    the encoding of the CSV files: utf-8, utf-16le, utf-16be,
//	             gb18030 (or gbk); by default it is detected
//
// The file formats are described in the README. Exit status: 0 when the
// report is written, 1 when an input file cannot be read or is invalid (every
// problem is listed on standard error with its file, line and field) or the
// report cannot be computed or written, 2 on a usage error. The number of
// records of a long input goes to standard error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/dataset"
	"github.com/shegong/shegong/dataset/xlsx"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
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
	pop      string
	encoding dataset.Encoding
	progress int // records from which a file's count is shown
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
	cfg := config{progress: defaultProgress}
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	policyID := fs.String("policy", "chongqing", "policy pack: a built-in id ("+strings.Join(jurisdiction.IDs(), ", ")+") or a pack file (.json)")
	fs.BoolVar(&cfg.check, "check", false, "run the pack's cases, print each with pass or the difference, and exit 1 on a failure")
	fs.BoolVar(&cfg.dump, "dump", false, "write the pack as JSON (the start of one's own)")
	lang := fs.String("lang", "en", "language of the report: en, zh-Hans or zh-Hant")
	fs.StringVar(&cfg.format, "format", "text", "output format: text, markdown or json")
	date := fs.String("date", builtinDate.String(), "day the report is for (YYYY-MM-DD); the payroll covers its year")
	fs.StringVar(&cfg.network, "network", "", "network file (.csv, .xlsx or .json); default: built-in data")
	fs.StringVar(&cfg.roster, "roster", "", "roster file (.csv, .xlsx or .json); default: built-in data, or none with -network")
	fs.StringVar(&cfg.funding, "funding", "", "funding plan (.json); default: the jurisdiction's documents")
	fs.StringVar(&cfg.pop, "population", "", "population table (.csv, .xlsx or .json: code, population) joined onto -network")
	enc := fs.String("encoding", "", "encoding of CSV files: utf-8, utf-16le, utf-16be, gb18030 or gbk; default: detected")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	var err error
	if cfg.encoding, err = dataset.ParseEncoding(*enc); err != nil {
		return cfg, fmt.Errorf("-encoding: %w", err)
	}
	if cfg.pop != "" && cfg.network == "" {
		return cfg, errors.New("-population needs -network")
	}
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
	var err error
	if cfg.network != "" {
		if in.net, err = readNetwork(cfg, stderr); err != nil {
			return in, err
		}
	} else if in.net, err = synth.Municipality().Build(); err != nil {
		return in, err
	}
	switch {
	case cfg.roster != "":
		src, err := open(cfg.roster, cfg.encoding)
		if err != nil {
			return in, err
		}
		recs := dataset.ReadRoster(src)
		count(stderr, cfg, cfg.roster, len(recs.Items))
		if in.roster, err = dataset.BuildRoster(in.net, recs); err != nil {
			return in, fileError(cfg.roster, err)
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
		f, err := os.Open(cfg.funding)
		if err != nil {
			return in, err
		}
		defer func() { _ = f.Close() }()
		plan, err := dataset.ReadFunding(f)
		if err != nil {
			return in, fileError(cfg.funding, err)
		}
		in.plan = &plan
	default:
		in.plan = documentedPlan(in.juris)
	}
	return in, nil
}

// readNetwork reads the -network file, joins the -population table onto
// it and builds the network.
func readNetwork(cfg config, stderr io.Writer) (*hierarchy.Network, error) {
	src, err := open(cfg.network, cfg.encoding)
	if err != nil {
		return nil, err
	}
	recs := dataset.ReadNetwork(src)
	count(stderr, cfg, cfg.network, len(recs.Items))
	if cfg.pop != "" {
		psrc, err := open(cfg.pop, cfg.encoding)
		if err != nil {
			return nil, err
		}
		if err := dataset.JoinPopulation(recs, dataset.ReadPopulation(psrc)); err != nil {
			return nil, fileError(cfg.pop, err)
		}
	}
	net, err := dataset.BuildNetwork(recs)
	if err != nil {
		return nil, fileError(cfg.network, err)
	}
	return net, nil
}

// defaultProgress is the number of records from which a file's count of
// records is shown on standard error.
const defaultProgress = 100_000

func count(stderr io.Writer, cfg config, file string, n int) {
	if n >= cfg.progress {
		_, _ = fmt.Fprintf(stderr, "%s: %d records read\n", file, n)
	}
}

// open reads the file at path as its extension says: a CSV table in enc,
// a workbook's first sheet, or JSON.
func open(path string, enc dataset.Encoding) (dataset.Input, error) {
	format, err := dataset.FormatOf(path)
	if err != nil {
		return dataset.Input{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return dataset.Input{}, err
	}
	defer func() { _ = f.Close() }()
	switch format {
	case dataset.CSV:
		return dataset.FromCSV(f, enc), nil
	case dataset.XLSX:
		return xlsx.Input(f, xlsx.Options{}), nil
	case dataset.JSON:
	}
	return dataset.FromJSON(f), nil
}

// fileError lists every problem of err (a policy.Problems) as
// "file:line:column: path: reason", one a line.
func fileError(file string, err error) error {
	var b strings.Builder
	for i, p := range policy.ProblemsOf(err) {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(file)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
			if p.Column > 0 {
				fmt.Fprintf(&b, ":%d", p.Column)
			}
		}
		b.WriteString(": ")
		if p.Path != "" {
			b.WriteString(p.Path + ": ")
		}
		b.WriteString(p.Err.Error())
	}
	return errors.New(b.String())
}

// documentedPlan returns the funding of j's documents with the budget line
// that pays the stations shared by population, or nil when the documents
// give no funding facts.
func documentedPlan(j *jurisdiction.Pack) *dataset.Plan {
	if j.Funding == nil {
		return nil
	}
	// From is KindUnspecified when no line has a figure: nothing is shared
	return &dataset.Plan{Mix: j.Funding.Mix, Allocation: &dataset.Allocation{From: j.Budget, Method: funding.ByPopulation}}
}
