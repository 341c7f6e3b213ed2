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
	if _, err := policy.NewDate(year, 1, 1); err != nil {
		return nil, err
	}
	run, err := s.count(r, policy.MustYear(year), opts, true)
	if err != nil {
		return nil, err
	}
	f := &Forecast{Year: year, Totals: run.totals}
	copy(f.Months[:], run.byMonth)
	return f, nil
}

// A Change is an amount under a baseline and under a what-if.
type Change struct {
	Before, After decimal.Decimal
}

// Diff returns After − Before.
func (c Change) Diff() decimal.Decimal { return c.After.Sub(c.Before) }

// A Comparison is the totals of one roster over one period under a
// baseline schedule and a what-if.
type Comparison struct {
	Period        policy.Period
	Before, After Totals
}

// Compare computes the totals of roster r over period p under baseline and
// whatIf, such as Langxi's stipends raised from 100 / 300 / 500 to 200 /
// 400 / 600 yuan a month.
func Compare(baseline, whatIf *Schedule, r *staffing.Roster, p policy.Period, opts ...Option) (*Comparison, error) {
	before, err := baseline.count(r, p, opts, false)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	after, err := whatIf.count(r, p, opts, false)
	if err != nil {
		return nil, fmt.Errorf("what-if: %w", err)
	}
	return &Comparison{Period: p, Before: before.totals, After: after.totals}, nil
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
	return run, run.all()
}

// Level returns the change of the total paid for level l.
func (c *Comparison) Level(l staffing.CertLevel) Change {
	return Change{c.Before.Level(l), c.After.Level(l)}
}

// Kind returns the change of the total paid as k.
func (c *Comparison) Kind(k Kind) Change { return Change{c.Before.Kind(k), c.After.Kind(k)} }

// Total returns the change of the grand total.
func (c *Comparison) Total() Change { return Change{c.Before.Total(), c.After.Total()} }
