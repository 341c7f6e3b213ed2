package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/examples/internal/table"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/staffing"
)

// write writes rep in the format and language cfg asks for.
func write(w io.Writer, rep *Report, in input, cfg config) error {
	if cfg.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	d := layout(rep, in, metrics.NewFormatter(cfg.lang))
	if cfg.format == "markdown" {
		return d.markdown(w)
	}
	return d.text(w)
}

// A doc is a report laid out for text or Markdown: a title and blocks,
// each a heading, a paragraph or a table.
type doc struct {
	title  string
	blocks []block
}

type block struct {
	heading, para string
	table         *table.Table
}

func (d *doc) h(s string) { d.blocks = append(d.blocks, block{heading: s}) }
func (d *doc) p(format string, a ...any) {
	d.blocks = append(d.blocks, block{para: fmt.Sprintf(format, a...)})
}
func (d *doc) t(t *table.Table) { d.blocks = append(d.blocks, block{table: t}) }

func (d doc) text(w io.Writer) error {
	var b strings.Builder
	b.WriteString(d.title + "\n" + strings.Repeat("=", table.Width(d.title)) + "\n")
	for _, bl := range d.blocks {
		b.WriteByte('\n')
		switch {
		case bl.heading != "":
			b.WriteString(bl.heading + "\n" + strings.Repeat("-", table.Width(bl.heading)) + "\n")
		case bl.table != nil:
			if err := bl.table.Text(&b); err != nil {
				return err
			}
		default:
			b.WriteString(bl.para + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (d doc) markdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# " + d.title + "\n")
	for _, bl := range d.blocks {
		b.WriteByte('\n')
		switch {
		case bl.heading != "":
			b.WriteString("## " + bl.heading + "\n")
		case bl.table != nil:
			if err := bl.table.Markdown(&b); err != nil {
				return err
			}
		default:
			b.WriteString(bl.para + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// layout lays rep out in f's language.
func layout(rep *Report, in input, f metrics.Formatter) doc {
	l := f.Tag()
	tx := textsFor(l)
	name := in.juris.Name(l)
	d := doc{title: fmt.Sprintf(tx.title, name)}
	if in.network == "" && in.workers == "" {
		d.p("%s", tx.builtin)
	} else {
		d.p(tx.fromFiles, rep.Data.Network, rep.Data.Roster)
	}
	dt := rep.Data
	d.p(tx.data, rep.Date, f.Count(dt.Counties), f.Count(dt.Townships), f.Count(dt.Communities), f.Count(dt.Urban),
		f.Count(dt.Population), f.Count(int64(dt.Workers)), f.Count(int64(dt.Active)))

	layoutCoverage(&d, rep.Coverage, f, tx)
	layoutStaffing(&d, rep.Staffing, f, tx)
	if rep.Payroll != nil {
		layoutPayroll(&d, rep.Payroll, f, tx)
	} else {
		d.h(fmt.Sprintf(tx.payroll, rep.Date.Year()))
		d.p(tx.noSchedule, name)
	}
	d.h(tx.funding)
	if rep.Funding != nil {
		layoutFunding(&d, rep.Funding, f, tx)
	} else {
		d.p(tx.noFunding, name)
	}
	d.h(tx.scorecard)
	if len(rep.Scorecard) > 0 {
		layoutScorecard(&d, rep.Scorecard, f, tx)
	} else {
		d.p(tx.noTargets, name)
	}
	return d
}

func layoutCoverage(d *doc, c Coverage, f metrics.Formatter, tx texts) {
	l := f.Tag()
	d.h(tx.coverage)
	if c.Scheme != "" {
		d.p(tx.scheme, c.Scheme, c.Motto)
	}
	t := table.New(tx.level, tx.facility, tx.covered, tx.units, tx.rate, tx.essentials).Right(2, 3, 4, 5)
	for _, r := range c.Tiers {
		fac := tx.anyFacility
		if r.Facility != hierarchy.FacilityNone {
			fac = r.Facility.Label(l)
		}
		if r.Optional {
			fac += tx.optional
		}
		rate, std := tx.none, tx.none
		if r.Percent != "" {
			rate = f.Ratio(r.Coverage.Rate(), metrics.Percent, 2)
		}
		if r.Standard != nil {
			std = f.Count(r.Standard.Covered) + "/" + f.Count(r.Standard.Total)
		}
		t.Add(r.Level.Label(l), fac, f.Count(r.Coverage.Covered), f.Count(r.Coverage.Total), rate, std)
	}
	d.t(t)
	if c.Source != nil {
		d.p(tx.source, c.Source)
	}
}

func layoutStaffing(d *doc, s Staffing, f metrics.Formatter, tx texts) {
	l := f.Tag()
	d.h(tx.staffing)
	if len(s.Levels) > 0 {
		t := table.New(tx.level, tx.required, tx.counted, tx.shortfall, tx.unitsShort).Right(1, 2, 3, 4)
		for _, r := range s.Levels {
			t.Add(r.Level.Label(l), f.Count(r.Required), f.Count(r.Counted), f.Count(r.Shortfall), f.Count(r.UnitsShort))
		}
		t.Add(tx.total, f.Count(s.Total.Required), f.Count(s.Total.Counted), f.Count(s.Total.Shortfall), f.Count(s.Total.UnitsShort))
		d.t(t)
	}
	if len(s.Counties) > 0 {
		d.p("%s", tx.counties)
		t := table.New(tx.county, tx.name, tx.required, tx.counted, tx.shortfall, tx.mainRule).Right(2, 3, 4)
		for _, c := range s.Counties {
			t.Add(c.Code.String(), c.Name, f.Count(c.Required), f.Count(c.Counted), f.Count(c.Shortfall), c.Rule)
		}
		d.t(t)
	}
	if len(s.Largest) > 0 {
		d.p("%s", tx.largest)
		t := table.New(tx.unit, tx.name, tx.kind, tx.finding, tx.required, tx.counted, tx.shortfall, tx.rule).Right(4, 5, 6)
		for _, u := range s.Largest {
			finding := u.Finding.Label(l)
			if u.Finding == staffing.MissingRole {
				var roles []string
				for _, r := range u.Roles.Roles() {
					roles = append(roles, r.Label(l))
				}
				finding += ": " + strings.Join(roles, "/")
			}
			t.Add(u.Code.String(), u.Name, u.Kind.Label(l), finding, f.Count(u.Required), f.Count(u.Counted), f.Count(u.Shortfall), u.Rule)
		}
		d.t(t)
	} else {
		d.p("%s", tx.noShortfall)
	}
	if s.Overdue > 0 {
		d.p(tx.overdue, f.Count(int64(s.Overdue)))
	}
	d.p("%s", tx.rules)
	t := table.New(tx.rule, tx.ruleType, tx.units, tx.required, tx.shortfall, tx.findings, tx.sourceCol).Right(2, 3, 4, 5)
	for _, r := range s.Rules {
		units, req, short := tx.none, tx.none, tx.none
		if r.What == "minimum" || r.What == "roles" {
			units, req, short = f.Count(int64(r.Units)), f.Count(r.Required), f.Count(r.Shortfall)
		}
		t.Add(r.ID, tx.what[r.What], units, req, short, f.Count(int64(r.Findings)), r.Source.String())
	}
	d.t(t)
}

func layoutPayroll(d *doc, p *Payroll, f metrics.Formatter, tx texts) {
	l := f.Tag()
	d.h(fmt.Sprintf(tx.payroll, p.Year))
	money := func(s string) string { return f.Money(decimal.RequireFromString(s), metrics.HalfUp) }
	t := table.New(tx.level, tx.bonuses, tx.stipends, tx.awards, tx.total).Right(1, 2, 3, 4)
	row := func(label string, r PayrollLine) {
		t.Add(label, money(r.Bonuses), money(r.Stipends), money(r.Awards), money(r.Total))
	}
	for _, r := range p.Levels {
		row(r.Level.Label(l), r)
	}
	row(tx.total, p.Total)
	d.t(t)
	d.p(tx.paidLine, f.Count(int64(p.Workers)), f.Count(int64(p.Items)), p.Rounding.Label(l))
	t = table.New(tx.rule, tx.kind, tx.paid, tx.sourceCol).Right(2)
	for _, r := range p.Rules {
		paid := tx.none
		if r.Kind != "floor" {
			paid = money(r.Paid)
		}
		t.Add(r.ID, tx.payKinds[r.Kind], paid, r.Source.String())
	}
	d.t(t)
}

func layoutFunding(d *doc, fu *Funding, f metrics.Formatter, tx texts) {
	l := f.Tag()
	year := tx.noYear
	if fu.Year != 0 {
		year = fmt.Sprintf(tx.year, fu.Year)
	}
	d.p(tx.mix, fu.Name, year)
	lines := func(rows []MixLine, first string, label func(MixLine) string) {
		t := table.New(first, tx.amount, tx.share).Right(1, 2)
		for _, r := range rows {
			amount, share := tx.none, tx.none
			if r.Amount != nil {
				amount = f.Quantity(*r.Amount)
			}
			if r.Percent != "" {
				// a quantity in per cent holds the fraction
				share = f.Quantity(metrics.Quantity{Value: decimal.RequireFromString(r.Percent).Shift(-2), Unit: "%", Qualifier: r.Qualifier})
			}
			t.Add(label(r), amount, share)
		}
		d.t(t)
	}
	lines(fu.Lines, tx.fundSource, func(r MixLine) string {
		s := r.Kind.Label(l)
		for _, k := range r.Includes {
			s += "、" + k.Label(l)
		}
		return s
	})
	lines(fu.Classes, tx.class, func(r MixLine) string { return r.Class.Label(l) })
	if fu.Stated > 0 {
		d.p(tx.totalStated, f.Quantity(fu.Total), f.Count(int64(fu.Unstated)))
	}
	if fu.Leverage != nil {
		lev := metrics.Quantity{Value: decimal.RequireFromString(fu.Leverage.Value), Qualifier: fu.Leverage.Qualifier}
		d.p(tx.leverage, f.Quantity(lev))
	}
	d.p("%s", tx.allocation)
	a := fu.Allocation
	if a == nil {
		d.p("%s", tx.noAllocation[fu.NoAllocation])
		return
	}
	budget := f.Quantity(metrics.Quantity{Value: decimal.RequireFromString(a.Budget), Unit: funding.Yuan, Qualifier: a.Qualifier})
	if a.From != funding.KindUnspecified {
		budget += " (" + a.From.Label(l) + ")"
		if l != language.English {
			budget = strings.ReplaceAll(strings.ReplaceAll(budget, " (", "（"), ")", "）")
		}
	}
	rate := f.Money(decimal.RequireFromString(a.Rate), metrics.HalfUp)
	per := fmt.Sprintf(tx.perResident, rate)
	if a.Method == funding.Equal {
		per = fmt.Sprintf(tx.perStation, rate)
	}
	d.p(tx.allocLine, budget, a.Method.Label(l), f.Count(int64(a.Stations)), per)
	money := func(s string) string { return f.Money(decimal.RequireFromString(s), metrics.HalfUp) }
	if a.Floor != "" {
		d.p(tx.floor, money(a.Floor))
	}
	if a.Cap != "" {
		d.p(tx.cap, money(a.Cap))
	}
	d.p(tx.leastMost, a.Least.Code, a.Least.Name, money(a.Least.Amount), a.Most.Code, a.Most.Name, money(a.Most.Amount))
	t := table.New(tx.county, tx.name, tx.stations, tx.population, tx.amount).Right(2, 3, 4)
	for _, c := range a.Counties {
		t.Add(c.Code.String(), c.Name, f.Count(int64(c.Stations)), f.Count(c.Population), money(c.Amount))
	}
	d.t(t)
}

func layoutScorecard(d *doc, scores []Score, f metrics.Formatter, tx texts) {
	l := f.Tag()
	t := table.New(tx.target, tx.indicator, tx.value, tx.deadline, tx.observed, tx.status, tx.gap, tx.growth).Right(2, 4, 6, 7)
	for _, s := range scores {
		tg := s.Target
		deadline := tx.noDeadline
		if !tg.Deadline.IsZero() {
			deadline = tg.Deadline.String()
		}
		observed, gap, growth := tx.none, tx.none, tx.none
		if s.Status != metrics.Unobserved {
			observed = value(f, tg.Kind, s.Observation.Value)
			if s.Status != metrics.Met {
				gap = value(f, tg.Kind, s.Gap)
			}
		}
		if s.HasGrowth {
			growth = f.Ratio(s.Growth, metrics.Percent, 2)
		}
		id := tg.ID
		if s.Unit != 0 {
			id += " @" + s.Unit.String()
		}
		t.Add(id, tg.Indicator, tg.Comparator.Label(l)+" "+value(f, tg.Kind, tg.Value), deadline, observed, s.Status.Label(l), gap, growth)
	}
	d.t(t)
}

// value writes a target's or an observation's value of kind k.
func value(f metrics.Formatter, k metrics.ValueKind, r metrics.Ratio) string {
	switch k {
	case metrics.CountValue:
		return f.Decimal(r.Value(0), 0)
	case metrics.MoneyValue:
		return f.Money(r.Value(2), metrics.HalfUp)
	}
	return f.Ratio(r, metrics.Percent, 2)
}
