package services

import (
	"errors"
	"fmt"
	"iter"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// A ResourceRecord is one unit's five-society resources over a period: the
// state the unit reported, holding from Period.From to Period.Until. A
// year-end census is a one-day period ("2023-12-31"); a state that holds
// until the next report has an open end ("2024-01-01/").
type ResourceRecord struct {
	Unit      hierarchy.Code `json:"unit"`
	Period    policy.Period  `json:"period"`
	Resources Resources      `json:"resources"`
}

// ResourceData is a validated set of resource records on a network. It
// is immutable once built, so any number of goroutines may read it at
// once. Its methods address units by code; where allowed, the zero code
// means the whole network, and a code not in the network is an error
// wrapping hierarchy.ErrUnknownUnit.
type ResourceData struct {
	net   *hierarchy.Network
	start []int32 // the records of unit i are recs[start[i]:start[i+1]]
	recs  []entry
}

// entry is one validated resource record.
type entry struct {
	period policy.Period
	index  int32 // position in the input
	m      Resources
}

// NewResourceData validates records against net and returns their data
// set. It reports every problem at once in a *DataError, each naming its
// record: a unit missing from net (hierarchy.ErrUnknownUnit), an invalid
// period, a problem Resources.Validate finds, a list kept more than once
// by one unit (Kept must be 0 or 1 in a unit's record), two records of one
// unit whose periods are the same or overlap (policy.ErrOverlap), so that
// a unit has at most one state on any day, and counts that together pass
// MaxCount. Periods may be open. The records are copied.
func NewResourceData(net *hierarchy.Network, records []ResourceRecord) (*ResourceData, error) {
	return newResourceData(net, records, nil)
}

func newResourceData(net *hierarchy.Network, records []ResourceRecord, skip []bool) (*ResourceData, error) {
	g, err := build(net, spec[Resources]{
		n:    len(records),
		skip: skip,
		at: func(i int) (hierarchy.Code, policy.Period, *Resources) {
			r := &records[i]
			return r.Unit, r.Period, &r.Resources
		},
		check: oneUnit,
	})
	if err != nil {
		return nil, err
	}
	d := &ResourceData{net: net, start: g.start, recs: make([]entry, len(g.order))}
	for k, i := range g.order {
		d.recs[k] = entry{period: records[i].Period, index: i, m: records[i].Resources}
	}
	return d, nil
}

// oneUnit reports lists a single unit's record says it keeps more than
// once.
func oneUnit(r *Resources) error {
	var errs []error
	for k, l := range r.Lists {
		if l.Kept > 1 {
			errs = append(errs, fmt.Errorf("%w: lists.%s.kept is %d; one unit keeps a list or not (1 or 0)", ErrCount, ListKind(k), l.Kept))
		}
	}
	return errors.Join(errs...)
}

// Network returns the network the records are on.
func (d *ResourceData) Network() *hierarchy.Network { return d.net }

// Len returns the number of records.
func (d *ResourceData) Len() int { return len(d.recs) }

// Records yields copies of the records grouped by unit in code order and
// by period within a unit, with their positions in the input.
func (d *ResourceData) Records() iter.Seq2[int, ResourceRecord] {
	return func(yield func(int, ResourceRecord) bool) {
		codes := layoutOf(d.net).Codes
		for u := range d.net.Len() {
			c := codes[u]
			for k := d.start[u]; k < d.start[u+1]; k++ {
				e := &d.recs[k]
				if !yield(int(e.index), ResourceRecord{Unit: c, Period: e.period, Resources: e.m}) {
					return
				}
			}
		}
	}
}

// On returns the resources of unit c itself on day, and false if c has no
// record holding then.
func (d *ResourceData) On(c hierarchy.Code, day policy.Date) (Resources, bool, error) {
	i, ok := layoutOf(d.net).Index(c)
	if !ok {
		return Resources{}, false, fmt.Errorf("%w: %s", hierarchy.ErrUnknownUnit, c)
	}
	if e := d.on(i, day); e != nil {
		return e.m, true, nil
	}
	return Resources{}, false, nil
}

func (d *ResourceData) on(i int, day policy.Date) *entry {
	for k := d.start[i]; k < d.start[i+1]; k++ {
		if d.recs[k].period.Contains(day) {
			return &d.recs[k]
		}
	}
	return nil
}

// Sum returns the resources of c's subtree (the whole network for the
// zero code) on day, and how many of its units have a record holding then,
// of all its units: a total that rests on reports from 9 of 12 communities
// says so.
func (d *ResourceData) Sum(c hierarchy.Code, day policy.Date) (Resources, metrics.Coverage, error) {
	lo, hi, err := subtree(d.net, c)
	if err != nil {
		return Resources{}, metrics.Coverage{}, err
	}
	var sum Resources
	reporting := metrics.Coverage{Total: int64(hi - lo)}
	for i := lo; i < hi; i++ {
		if e := d.on(i, day); e != nil {
			// No sum of some records passes the data set's total.
			_ = sum.accumulate(&e.m)
			reporting.Covered++
		}
	}
	return sum, reporting, nil
}

// A Tally counts the units an Indicator selects that meet it on a day.
type Tally struct {
	// Met counts the selected units at or above the minimum, of all
	// selected units.
	Met metrics.Coverage `json:"met"`
	// Unreported counts the selected units without a record holding on
	// the day; they are not met.
	Unreported int64 `json:"unreported"`
}

// Tally evaluates ind over c's subtree (the whole network for the zero
// code) on day: Suzhou's "96 townships have a community charity fund" is the
// Covered of a tally of SuzhouCharityFunds()[0].
func (d *ResourceData) Tally(ind Indicator, c hierarchy.Code, day policy.Date) (Tally, error) {
	if err := ind.Validate(); err != nil {
		return Tally{}, err
	}
	lo, _, err := subtree(d.net, c)
	if err != nil {
		return Tally{}, err
	}
	units := d.net.Units()
	if c != 0 {
		units = d.net.Subtree(c)
	}
	var t Tally
	i := lo
	for v := range units {
		if ind.Units.Match(v) {
			t.add(ind.judge(d.on(i, day)))
		}
		i++
	}
	return t, nil
}

// outcome is how one selected unit fares under an indicator.
type outcome uint8

const (
	met outcome = iota
	short
	unreported
)

func (t *Tally) add(o outcome) {
	t.Met.Total++
	switch o {
	case met:
		t.Met.Covered++
	case unreported:
		t.Unreported++
	case short:
	}
}
