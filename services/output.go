package services

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"strings"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/netindex"
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
// immutable once built, so any number of goroutines may read it at once.
// Its methods address units by code; the zero code means the whole
// network, and a code not in the network is an error wrapping
// hierarchy.ErrUnknownUnit.
type OutputData struct {
	net   *hierarchy.Network
	start []int32 // the records of unit i are recs[start[i]:start[i+1]]
	// Nine monthly records in ten carry no projects and small counts, so
	// each record is a compact slim one, and the rest of a record that
	// needs it is kept whole in wide.
	recs  []slim
	wide  []Output
	units *hierarchy.Rollup // for per-station rates
}

// A slim record holds an output record's period, its position in the
// input and, unless it is wide, its seven flow counts.
type slim struct {
	period policy.Period
	index  int32
	wide   int32 // 1 + the record's position in OutputData.wide; 0: none
	n      [7]uint32
}

// slimCounts returns the seven flow counts of o, and false if o has
// projects or a count past 32 bits and must be kept whole.
func slimCounts(o *Output) (n [7]uint32, ok bool) {
	if o.ProjectsByField != (FieldCounts{}) || o.ProjectsByGroup != (GroupCounts{}) {
		return n, false
	}
	for k, v := range [7]int64{o.Cases, o.GroupSessions, o.Activities, o.Hours, o.PersonTimes, o.NeedsIdentified, o.NeedsCovered} {
		if v < 0 || v > math.MaxUint32 {
			return n, false
		}
		n[k] = uint32(v)
	}
	return n, true
}

// addTo adds the record into sum, which no sum of records can overflow
// (see builder.total).
func (d *OutputData) addTo(sum *Output, r *slim) {
	if r.wide > 0 {
		_ = sum.accumulate(&d.wide[r.wide-1])
		return
	}
	sum.Cases += int64(r.n[0])
	sum.GroupSessions += int64(r.n[1])
	sum.Activities += int64(r.n[2])
	sum.Hours += int64(r.n[3])
	sum.PersonTimes += int64(r.n[4])
	sum.NeedsIdentified += int64(r.n[5])
	sum.NeedsCovered += int64(r.n[6])
}

// output returns the counts of a record.
func (d *OutputData) output(r *slim) Output {
	var o Output
	d.addTo(&o, r)
	return o
}

// NewOutputData validates records against net and returns their data set.
// It reports every problem at once in a *DataError, each naming its record:
// a unit missing from net (hierarchy.ErrUnknownUnit), a period that is
// invalid or open at either end, a count below zero or past MaxCount or
// another problem Output.Validate finds, two records of one unit with the
// same or overlapping periods (policy.ErrOverlap), which would count the
// same work twice, and counts that together pass MaxCount. The records
// are copied.
func NewOutputData(net *hierarchy.Network, records []OutputRecord) (*OutputData, error) {
	return newOutputData(net, records, nil)
}

func newOutputData(net *hierarchy.Network, records []OutputRecord, skip []bool) (*OutputData, error) {
	g, err := build(net, spec[Output]{
		n:    len(records),
		skip: skip,
		at: func(i int) (hierarchy.Code, policy.Period, *Output) {
			r := &records[i]
			return r.Unit, r.Period, &r.Output
		},
		bounded: true,
	})
	if err != nil {
		return nil, err
	}
	d := &OutputData{net: net, start: g.start, recs: make([]slim, len(g.order)), units: net.Rollup()}
	var wide []int32 // input positions of the wide records, to size d.wide exactly
	for k, i := range g.order {
		r := &records[i]
		s := &d.recs[k]
		s.period, s.index = r.Period, i
		var ok bool
		if s.n, ok = slimCounts(&r.Output); !ok {
			wide = append(wide, i)
			s.wide = int32(len(wide))
		}
	}
	d.wide = make([]Output, len(wide))
	for k, i := range wide {
		d.wide[k] = records[i].Output
	}
	return d, nil
}

// Network returns the network the records are on.
func (d *OutputData) Network() *hierarchy.Network { return d.net }

// Len returns the number of records.
func (d *OutputData) Len() int { return len(d.recs) }

// Records yields copies of the records grouped by unit in code order and
// by period within a unit, with their positions in the input.
func (d *OutputData) Records() iter.Seq2[int, OutputRecord] {
	return func(yield func(int, OutputRecord) bool) {
		codes := layoutOf(d.net).Codes
		for u := range d.net.Len() {
			c := codes[u]
			for k := d.start[u]; k < d.start[u+1]; k++ {
				r := &d.recs[k]
				if !yield(int(r.index), OutputRecord{Unit: c, Period: r.period, Output: d.output(r)}) {
					return
				}
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
	Index  int            `json:"index"`
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
		fmt.Fprintf(&b, " record %d (%s %s)", r.Index, r.Unit, r.Period)
	}
	if len(e.Records) > shown {
		fmt.Fprintf(&b, " and %d more", len(e.Records)-shown)
	}
	return b.String()
}

func (e *PartialError) Unwrap() error { return ErrPartial }

// within adds into sum the records of units [lo, hi) that p contains,
// ignoring overflow: no sum of some records passes the data set's total,
// which NewOutputData checked. It notes the records p cuts through in
// partial.
func (d *OutputData) within(lo, hi int, p policy.Period, sum *Output, partial *[]RecordRef) {
	for u := lo; u < hi; u++ {
		for k := d.start[u]; k < d.start[u+1]; k++ {
			r := &d.recs[k]
			switch {
			case (p.From.IsZero() || r.period.From >= p.From) && (p.Until.IsZero() || r.period.Until <= p.Until):
				d.addTo(sum, r)
			case p.Overlaps(r.period):
				*partial = append(*partial, RecordRef{Index: int(r.index), Unit: layoutOf(d.net).Codes[u], Period: r.period})
			}
		}
	}
}

// plus adds two outputs whose sum is known to fit (see builder.total).
func plus(a, b Output) Output {
	_ = a.accumulate(&b)
	return a
}

// Sum returns the output of c's subtree (the whole network for the zero
// code) over p: the sum of the records p contains. A zero p contains every
// record; open ends are allowed. A record p only partly contains is a
// *PartialError listing every such record in the subtree.
func (d *OutputData) Sum(c hierarchy.Code, p policy.Period) (Output, error) {
	if err := p.Validate(); err != nil {
		return Output{}, err
	}
	lo, hi, err := subtree(d.net, c)
	if err != nil {
		return Output{}, err
	}
	var (
		partial []RecordRef
		s       Output
	)
	d.within(lo, hi, p, &s, &partial)
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
	own := make([]Output, d.net.Len())
	for i := range own {
		d.within(i, i+1, p, &own[i], &partial)
	}
	if len(partial) > 0 {
		return nil, &PartialError{Period: p, Records: partial}
	}
	sub := hierarchy.Fold(d.net, func(u hierarchy.Unit) Output { return own[netindex.Pos(u)] }, plus)
	return &OutputTotals{data: d, period: p, sub: sub}, nil
}

// OutputTotals hold the output of every subtree over one period. They
// are immutable once built, so any number of goroutines may read them at
// once; every method returns copies. Units are addressed as in
// OutputData.
type OutputTotals struct {
	data   *OutputData
	period policy.Period
	sub    *hierarchy.Sums[Output]
}

// Period returns the period the totals cover.
func (t *OutputTotals) Period() policy.Period { return t.period }

// Of returns the output of c's subtree, c included (the whole network for
// the zero code).
func (t *OutputTotals) Of(c hierarchy.Code) (Output, error) {
	if c == 0 {
		return t.sub.Total(), nil
	}
	o, ok := t.sub.Of(c)
	if !ok {
		return Output{}, fmt.Errorf("%w: %s", hierarchy.ErrUnknownUnit, c)
	}
	return o, nil
}

// Total returns the output of the whole network.
func (t *OutputTotals) Total() Output { return t.sub.Total() }

// All yields the output of every unit's subtree, by unit in code order.
func (t *OutputTotals) All() iter.Seq2[hierarchy.Code, Output] { return t.sub.All() }

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

// PerStation returns measure m of c's subtree (the whole network for the
// zero code) per township station in it: the output of the area's whole
// network, rooms included, against its stations, as the accounts report
// it.
func (t *OutputTotals) PerStation(c hierarchy.Code, m OutputMeasure) (Rate, error) {
	if !m.Valid() {
		return Rate{}, fmt.Errorf("%w: output measure %s", policy.ErrUnknownName, m)
	}
	units := t.data.units.Total()
	if c != 0 {
		var ok bool
		if units, ok = t.data.units.Of(c); !ok {
			return Rate{}, fmt.Errorf("%w: %s", hierarchy.ErrUnknownUnit, c)
		}
	}
	o, _ := t.Of(c) // c is known
	return Rate{Measure: m, Amount: o.Get(m), Per: units.Facilities(hierarchy.LevelTownship, hierarchy.FacilityStation)}, nil
}

// PerWorker returns measure m of c's subtree (the whole network for the
// zero code) per worker of r placed in the subtree who was in post on some
// day of the totals' period and, on the last such day, counts under cnt
// (as staffing.Counts{Roles: staffing.SocialWorkRoles()} counts social
// workers). The period must be bounded, and r must be on the data's
// network.
func (t *OutputTotals) PerWorker(c hierarchy.Code, m OutputMeasure, r *staffing.Roster, cnt staffing.Counts) (Rate, error) {
	if r.Network() != t.data.net {
		return Rate{}, ErrNetwork
	}
	if !m.Valid() {
		return Rate{}, fmt.Errorf("%w: output measure %s", policy.ErrUnknownName, m)
	}
	p := t.period
	if !p.Bounded() {
		return Rate{}, fmt.Errorf("%w %s: a head count needs both ends of the period", policy.ErrPeriod, p)
	}
	lo, hi, err := subtree(t.data.net, c)
	if err != nil {
		return Rate{}, err
	}
	var n int64
	codes := layoutOf(t.data.net).Codes
	for i := lo; i < hi; i++ {
		for _, wk := range r.AtUnit(codes[i]) {
			last := p.Until
			if !wk.Left.IsZero() {
				last = min(last, wk.Left)
			}
			if wk.Joined <= last && last >= p.From && cnt.Match(wk, last) {
				n++
			}
		}
	}
	o, _ := t.Of(c) // c is known
	return Rate{Measure: m, Amount: o.Get(m), Per: n}, nil
}
