package services

import (
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// An OutputRecord is what one unit's station or room delivered in one
// period, such as a month.
type OutputRecord struct {
	Unit   hierarchy.Code `json:"unit"`
	Period policy.Period  `json:"period"`
	Output Output         `json:"output"`
}

// OutputData is a validated set of output records on a network. It is
// immutable and safe for concurrent readers. Its methods that take a
// *hierarchy.Unit expect one of its network's units; nil means the whole
// network.
type OutputData struct {
	t     *table[Output]
	units *hierarchy.Rollup // for per-station rates
}

// NewOutputData validates records against net and returns their data set.
// It reports every problem at once in a *DataError, each naming its record:
// a unit missing from net, a period that is invalid or open at either end,
// a negative count or another problem Output.Validate
// finds, two records of one unit with the same period (ErrDuplicate) or
// overlapping ones (ErrOverlap), which would count the same work twice,
// and counts that together pass their type's range. The records are
// copied.
func NewOutputData(net *hierarchy.Network, records []OutputRecord) (*OutputData, error) {
	return newOutputData(net, records, nil)
}

func newOutputData(net *hierarchy.Network, records []OutputRecord, skip []bool) (*OutputData, error) {
	t, err := build(net, spec[Output]{
		n:    len(records),
		skip: skip,
		at: func(i int) (hierarchy.Code, policy.Period, *Output) {
			r := &records[i]
			return r.Unit, r.Period, &r.Output
		},
		bounded: true,
		check:   func(*Output) error { return nil },
	})
	if err != nil {
		return nil, err
	}
	return &OutputData{t: t, units: net.Rollup()}, nil
}

// Network returns the network the records are on.
func (d *OutputData) Network() *hierarchy.Network { return d.t.net }

// Len returns the number of records.
func (d *OutputData) Len() int { return len(d.t.recs) }

// Records yields the records grouped by unit in code order and by period
// within a unit, with their positions in the input.
func (d *OutputData) Records() iter.Seq2[int, OutputRecord] {
	return func(yield func(int, OutputRecord) bool) {
		for i := range d.t.recs {
			e := &d.t.recs[i]
			if !yield(int(e.record), OutputRecord{Unit: d.t.net.Unit(int(e.unit)).Code(), Period: e.period, Output: e.m}) {
				return
			}
		}
	}
}

// ErrPartial is wrapped by a *PartialError: a period asked for cuts
// through records.
var ErrPartial = errors.New("period cuts through records")

// A RecordRef names a record by its position in the input, its unit and
// its period.
type RecordRef struct {
	Record int            `json:"record"`
	Unit   hierarchy.Code `json:"unit"`
	Period policy.Period  `json:"period"`
}

// A PartialError lists the records a period asked for only partly
// contains. Output is counted only for records wholly inside the period:
// sharing a record's counts out over the days it spans would invent
// figures the record does not give, and leaving it out would hide work
// that was done, so the question has no honest answer and is refused. Ask
// for a period made of whole record periods (a quarter of monthly
// records), or supply records as fine as the question.
type PartialError struct {
	Period  policy.Period
	Records []RecordRef // in unit code order, then by period
}

func (e *PartialError) Error() string {
	const shown = 5
	var b strings.Builder
	fmt.Fprintf(&b, "services: %v: %s contains only part of %d record(s):", ErrPartial, e.Period, len(e.Records))
	for _, r := range e.Records[:min(shown, len(e.Records))] {
		fmt.Fprintf(&b, " record %d (%s %s)", r.Record, r.Unit, r.Period)
	}
	if len(e.Records) > shown {
		fmt.Fprintf(&b, " and %d more", len(e.Records)-shown)
	}
	return b.String()
}

func (e *PartialError) Unwrap() error { return ErrPartial }

// within sums the records of es that p contains, ignoring overflow: no
// sum of some records passes the data set's total, which NewOutputData
// checked. It notes the records p cuts through in partial.
func (d *OutputData) within(es []entry[Output], p policy.Period, partial *[]RecordRef) Output {
	var sum Output
	for k := range es {
		e := &es[k]
		switch {
		case (p.From.IsZero() || e.period.From >= p.From) && (p.Until.IsZero() || e.period.Until <= p.Until):
			_ = sum.Accumulate(&e.m) // cannot overflow
		case p.Overlaps(e.period):
			*partial = append(*partial, RecordRef{Record: int(e.record), Unit: d.t.net.Unit(int(e.unit)).Code(), Period: e.period})
		}
	}
	return sum
}

// plus adds two outputs whose sum is known to fit (see table.total).
func plus(a, b Output) Output {
	s, _ := a.Add(b)
	return s
}

// Sum returns the output of u's subtree (the whole network for a nil u)
// over p: the sum of the records p contains. A zero p contains every
// record; open ends are allowed. A record p only partly contains is a
// *PartialError listing every such record in the subtree.
func (d *OutputData) Sum(u *hierarchy.Unit, p policy.Period) (Output, error) {
	if err := p.Validate(); err != nil {
		return Output{}, err
	}
	var partial []RecordRef
	s := d.within(d.t.span(u), p, &partial)
	if len(partial) > 0 {
		return Output{}, &PartialError{Period: p, Records: partial}
	}
	return s, nil
}

// Rollup returns the output over p of every subtree, computed in one pass
// over the records and one up the tree (hierarchy.Fold). Records are
// counted as Sum counts them, and a record p only partly contains
// anywhere in the network is a *PartialError.
func (d *OutputData) Rollup(p policy.Period) (*OutputTotals, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	var partial []RecordRef
	// Summing each unit's records in a forward pass first, rather than
	// inside Fold's reverse walk, keeps the scan of the records sequential.
	own := make([]Output, d.t.net.Len())
	for i := range own {
		own[i] = d.within(d.t.own(i), p, &partial)
	}
	if len(partial) > 0 {
		return nil, &PartialError{Period: p, Records: partial}
	}
	sub, all := hierarchy.Fold(d.t.net, func(u *hierarchy.Unit) Output { return own[u.Index()] }, plus)
	return &OutputTotals{data: d, period: p, sub: sub, all: all}, nil
}

// OutputTotals hold the output of every subtree over one period. They
// are immutable and safe for concurrent readers.
type OutputTotals struct {
	data   *OutputData
	period policy.Period
	sub    []Output
	all    Output
}

// Period returns the period the totals cover.
func (t *OutputTotals) Period() policy.Period { return t.period }

// Of returns the output of u's subtree, u included.
func (t *OutputTotals) Of(u *hierarchy.Unit) Output { return t.sub[u.Index()] }

// All returns the output of the whole network.
func (t *OutputTotals) All() Output { return t.all }

// of returns the output of u's subtree, or of the whole network for nil.
func (t *OutputTotals) of(u *hierarchy.Unit) Output {
	if u == nil {
		return t.all
	}
	return t.Of(u)
}

// A Rate is a measure over a period per worker or per station: Langxi's
// 3,276 visiting hours by 26 social workers is {Hours, 3276, 26}, 126
// hours each.
type Rate struct {
	Measure OutputMeasure `json:"measure"`
	Amount  int64         `json:"amount"`
	Per     int64         `json:"per"` // the workers or stations
}

// Ratio returns Amount/Per exactly; with no workers or stations it is an
// error wrapping metrics.ErrRatio.
func (r Rate) Ratio() (metrics.Ratio, error) { return metrics.RatioOf(r.Amount, r.Per) }

// ErrNetwork is wrapped by errors about a roster on another network.
var ErrNetwork = errors.New("roster is on another network")

// PerStation returns measure m of u's subtree (the whole network for nil)
// per township station in it: the output of the area's whole network,
// rooms included, against its stations, as the accounts report it.
func (t *OutputTotals) PerStation(u *hierarchy.Unit, m OutputMeasure) Rate {
	units := t.data.units.All()
	if u != nil {
		units = t.data.units.Of(u)
	}
	return Rate{Measure: m, Amount: t.of(u).Get(m), Per: units.Facilities(hierarchy.LevelTownship, hierarchy.FacilityStation)}
}

// PerWorker returns measure m of u's subtree (the whole network for nil)
// per worker of r placed in the subtree who was in post on some day of the
// totals' period and, on the last such day, counts under c (as
// staffing.Counts{Roles: staffing.SocialWorkRoles} counts social
// workers). The period must be bounded, and r must be on the data's
// network.
func (t *OutputTotals) PerWorker(u *hierarchy.Unit, m OutputMeasure, r *staffing.Roster, c staffing.Counts) (Rate, error) {
	if r.Network() != t.data.t.net {
		return Rate{}, ErrNetwork
	}
	p := t.period
	if !p.Bounded() {
		return Rate{}, fmt.Errorf("%w %s: a head count needs both ends of the period", policy.ErrPeriod, p)
	}
	lo, hi := 0, t.data.t.net.Len()
	if u != nil {
		lo, hi = u.Index(), u.End()
	}
	var n int64
	for i := lo; i < hi; i++ {
		for _, w := range r.AtUnit(i) {
			wk := r.Worker(int(w))
			last := p.Until
			if !wk.Left.IsZero() {
				last = min(last, wk.Left)
			}
			if wk.Joined <= last && last >= p.From && c.Match(wk, last) {
				n++
			}
		}
	}
	return Rate{Measure: m, Amount: t.of(u).Get(m), Per: n}, nil
}
