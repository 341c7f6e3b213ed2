package incentives

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// A Forecast is the budget a schedule needs for a roster over a calendar
// year, month by month. It counts what the roster already records:
// certificates dated ahead, joining and leaving dates, grants given with
// WithGrants.
type Forecast struct {
	Year   int
	Months [12]Totals // January first; each month's payments as Payroll attributes them
	Totals Totals     // the year, equal to the sum of the months
}

// Forecast computes the budget of s for roster r over year.
func (s *Schedule) Forecast(r *staffing.Roster, year int, opts ...Option) (*Forecast, error) {
	y, err := policy.Year(year)
	if err != nil {
		return nil, err
	}
	run, err := s.count(r, y, opts, true)
	if err != nil {
		return nil, err
	}
	f := &Forecast{Year: year, Totals: run.totals}
	copy(f.Months[:], run.byMonth)
	return f, nil
}

// A Change is one amount under a baseline schedule and under a reform.
type Change struct {
	Baseline, Reform decimal.Decimal
}

// Diff returns Reform − Baseline.
func (c Change) Diff() decimal.Decimal { return c.Reform.Sub(c.Baseline) }

// A Comparison is the totals of one roster over one period under a
// baseline schedule and a reform (a modified copy, or another
// jurisdiction's schedule). It is immutable and safe for concurrent reads.
type Comparison struct {
	Period           policy.Period
	Baseline, Reform Totals
}

// Compare computes the totals of roster r over period p under baseline and
// reform, such as Langxi's stipends raised from 100 / 300 / 500 to 200 /
// 400 / 600 yuan a month. The options (grants) apply to both. An error
// names the side that failed.
func Compare(baseline, reform *Schedule, r *staffing.Roster, p policy.Period, opts ...Option) (*Comparison, error) {
	base, err := baseline.count(r, p, opts, false)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	ref, err := reform.count(r, p, opts, false)
	if err != nil {
		return nil, fmt.Errorf("reform: %w", err)
	}
	return &Comparison{Period: p, Baseline: base.totals, Reform: ref.totals}, nil
}

// count computes the totals of s for r over p without line items or
// per-worker totals, and by month when byMonth is set.
func (s *Schedule) count(r *staffing.Roster, p policy.Period, opts []Option, byMonth bool) (*run, error) {
	o := options{}
	for _, f := range opts {
		f(&o)
	}
	o.totalsOnly = true
	run, err := s.newRun(r, p, o)
	if err != nil {
		return nil, err
	}
	if byMonth {
		run.byMonth = make([]Totals, len(run.months))
	}
	if err := run.all(); err != nil {
		return nil, err
	}
	return run, nil
}

// Level returns the change of the total paid for level l.
func (c *Comparison) Level(l staffing.CertLevel) Change {
	return Change{c.Baseline.Level(l), c.Reform.Level(l)}
}

// Kind returns the change of the total paid as k.
func (c *Comparison) Kind(k Kind) Change { return Change{c.Baseline.Kind(k), c.Reform.Kind(k)} }

// Total returns the change of the grand total.
func (c *Comparison) Total() Change { return Change{c.Baseline.Total(), c.Reform.Total()} }
