package incentives

import (
	"errors"
	"fmt"
	"iter"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// A FloorResult is one worker's annual pay held against one salary floor.
type FloorResult struct {
	Worker int             `json:"-"` // position on the roster
	ID     string          `json:"worker"`
	Rule   string          `json:"rule"`
	Source policy.Source   `json:"source"` // of the version in force on the last day counted
	Days   int             `json:"days"`   // days of the year in post under the floor
	Floor  decimal.Decimal `json:"floor"`  // the floor for those days
	Pay    decimal.Decimal `json:"pay"`
}

// Gap returns Floor − Pay: how far below the floor the pay is, when
// positive.
func (f FloorResult) Gap() decimal.Decimal { return f.Floor.Sub(f.Pay) }

// Below reports whether the pay is below the floor.
func (f FloorResult) Below() bool { return f.Pay.LessThan(f.Floor) }

// A FloorCheck is every worker subject to a salary floor in a year with
// their pay.
type FloorCheck struct {
	Year    int
	Results []FloorResult // in roster order, then rule order
}

// Below yields the results whose pay is below the floor.
func (c *FloorCheck) Below() iter.Seq[FloorResult] {
	return func(yield func(FloorResult) bool) {
		for _, f := range c.Results {
			if f.Below() && !yield(f) {
				return
			}
		}
	}
}

// ErrPay is wrapped by every *PayError.
var ErrPay = errors.New("invalid annual pay")

// A PayError is one problem with the annual pay given for a worker.
type PayError struct {
	Worker string // the worker's id
	Err    error
}

func (e *PayError) Error() string { return fmt.Sprintf("%v of worker %q: %v", ErrPay, e.Worker, e.Err) }

func (e *PayError) Unwrap() []error { return []error{ErrPay, e.Err} }

// CheckFloors holds the annual pay of every worker subject to a floor of s
// in year against it. pay maps worker ids to what they were paid that
// year. A worker in post for part of the year, or while the floor was in
// force for part of it, is held to the floor pro rata by days (the floor
// times the days over the days of the year, rounded by s.Rounding); a floor
// revised during the year counts each version for its days. Pay for a
// worker no floor applies to is ignored. Every problem is reported at once
// as a *PayError: a worker subject to a floor without pay, pay for an id
// not on the roster, pay that is negative or has a fraction of a fen.
func (s *Schedule) CheckFloors(r *staffing.Roster, year int, pay map[string]decimal.Decimal) (*FloorCheck, error) {
	y, err := policy.Year(year)
	if err != nil {
		return nil, err
	}
	c, err := s.compile(s.lists())
	if err != nil {
		return nil, err
	}
	daysYear, _ := y.Days()
	var probs []*PayError
	known := make(map[string]bool, len(pay))
	out := &FloorCheck{Year: year}
	for i, w := range r.All() {
		p, havePay := pay[w.ID]
		if havePay {
			known[w.ID] = true
		}
		for fi := range c.floors {
			f := &c.floors[fi]
			if !f.roles.Has(w.Role) {
				continue
			}
			sum, days, src := f.owed(y, policy.Period{From: w.Joined, Until: w.Left})
			switch {
			case days == 0:
			case !havePay:
				probs = append(probs, &PayError{Worker: w.ID, Err: fmt.Errorf("no pay given, but floor %s applies", f.id)})
			default:
				// Σ amount×days < 2⁶³×daysYear, so the quotient fits.
				floor := sum.div(daysYear, c.rounding)
				out.Results = append(out.Results, FloorResult{Worker: i, ID: w.ID, Rule: f.id, Source: src, Days: days, Floor: metrics.FromFen(floor), Pay: p})
			}
		}
	}
	probs = append(probs, checkPay(pay, known)...)
	if len(probs) > 0 {
		errs := make([]error, len(probs))
		for i, p := range probs {
			errs[i] = p
		}
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// owed returns Σ amount × days over the versions of f in force in year y
// while the worker is in post, the days counted and the Source of the last
// version counted.
func (f *cFloor) owed(y, inPost policy.Period) (sum sum128, days int, src policy.Source) {
	for v, ver := range f.annual {
		span, ok := ver.period.Intersect(y)
		if ok {
			span, ok = span.Intersect(inPost)
		}
		if !ok {
			continue
		}
		n, _ := span.Days()
		sum.add(ver.v, n)
		days += n
		src = f.sources[v]
	}
	return sum, days, src
}

// checkPay reports pay given for ids not on the roster (not in known),
// and pay that is negative or has a fraction of a fen, in id order.
func checkPay(pay map[string]decimal.Decimal, known map[string]bool) []*PayError {
	var probs []*PayError
	for _, id := range sortedKeys(pay) {
		switch p := pay[id]; {
		case !known[id]:
			probs = append(probs, &PayError{Worker: id, Err: errors.New("not on the roster")})
		case p.IsNegative():
			probs = append(probs, &PayError{Worker: id, Err: fmt.Errorf("%s is negative", p)})
		default:
			if _, err := metrics.ToFen(p); err != nil {
				probs = append(probs, &PayError{Worker: id, Err: err})
			}
		}
	}
	return probs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
