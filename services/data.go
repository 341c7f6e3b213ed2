package services

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/errlist"
	"github.com/shegong/shegong/internal/netindex"
	"github.com/shegong/shegong/policy"
)

// ErrRecord is wrapped by problems of a record that does not decode. A
// Problem wraps it or one of the other conditions records can break:
// ErrCount (a negative count or an impossible combination),
// metrics.ErrOverflow (a count past MaxCount, or counts that together pass
// it), hierarchy.ErrUnknownUnit (a unit not in the network),
// policy.ErrOverlap (two records of one unit sharing days, which would
// count the same work twice), hierarchy.ErrTooMany (more records than a
// data set holds) or policy.ErrPeriod (a period that does not parse or is
// not allowed).
var ErrRecord = errors.New("malformed record")

// A Problem is one thing wrong with one record.
type Problem struct {
	Index  int            // position of the record in the input, from 0
	Unit   hierarchy.Code // the record's unit, zero if missing or unreadable
	Period policy.Period  // the record's period, zero if unreadable
	Err    error
}

func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString("record ")
	b.WriteString(strconv.Itoa(p.Index))
	b.WriteString(" (")
	if p.Unit != 0 {
		b.WriteString(p.Unit.String())
	} else {
		b.WriteString("no unit")
	}
	if p.Period != (policy.Period{}) {
		b.WriteString(" " + p.Period.String())
	}
	b.WriteString("): ")
	b.WriteString(p.Err.Error())
	return b.String()
}

func (p *Problem) Unwrap() error { return p.Err }

// A DataError lists every problem of a set of records, ordered by record
// position and then in the order of the checks.
type DataError struct {
	Problems []Problem
}

func (e *DataError) Error() string { return errlist.Summary("services", e.Problems) }

// Unwrap returns the problems, so that errors.Is(err, policy.ErrOverlap)
// and errors.As(err, &problem) look through them.
func (e *DataError) Unwrap() []error { return errlist.Errors(e.Problems) }

// measure is what the records of a data set carry: Output or Resources.
type measure[T any] interface {
	*T
	Validate() error
	// accumulate adds o into the receiver, as Add does, reporting a sum
	// past MaxCount.
	accumulate(o *T) error
}

// spec says how to read and check the n records of one kind.
type spec[T any] struct {
	n int
	// at returns record i.
	at func(i int) (hierarchy.Code, policy.Period, *T)
	// skip marks records already rejected, which build leaves out (nil:
	// none).
	skip []bool
	// bounded requires both ends of a period.
	bounded bool
	// check reports the problems of one record that Validate does not see,
	// such as a flag that must be 0 or 1 for a single unit (nil: none).
	check func(*T) error
}

// A grouping is the validated records of a data set, grouped by unit in
// code order and ordered by period within a unit. Since a unit's subtree
// is a run of network indexes, the records of any subtree are one run of
// order too.
type grouping struct {
	start []int32 // the records of unit i are order[start[i]:start[i+1]]
	order []int32 // input positions
}

// builder carries the state of one build.
type builder[T any, PT measure[T]] struct {
	net   *hierarchy.Network
	s     spec[T]
	probs []Problem
	units []int32 // network index of each placed record, else -1
	start []int32
	// total is the sum of every record. Each count is at least zero, so no
	// sum of some of the records can pass it: roll-ups need no overflow
	// checks once build has checked this one.
	total T
}

func (b *builder[T, PT]) fail(i int, err error) {
	c, p, _ := b.s.at(i)
	b.probs = append(b.probs, Problem{Index: i, Unit: c, Period: p, Err: err})
}

// build validates the records of s against net and groups them, reporting
// every problem at once in a *DataError.
func build[T any, PT measure[T]](net *hierarchy.Network, s spec[T]) (grouping, error) {
	if s.n > math.MaxInt32 {
		return grouping{}, fmt.Errorf("%w: %d records, at most %d", hierarchy.ErrTooMany, s.n, math.MaxInt32)
	}
	b := &builder[T, PT]{net: net, s: s, units: make([]int32, s.n), start: make([]int32, net.Len()+1)}
	b.scan()
	g := b.group()
	if len(b.probs) > 0 {
		slices.SortStableFunc(b.probs, func(x, y Problem) int { return cmp.Compare(x.Index, y.Index) })
		return grouping{}, &DataError{Problems: b.probs}
	}
	return g, nil
}

// scan checks every record on its own, finds its unit, and adds it to the
// total.
func (b *builder[T, PT]) scan() {
	var (
		lastCode      hierarchy.Code
		idx           int
		found, looked bool
	)
	for i := range b.s.n {
		b.units[i] = -1
		if len(b.s.skip) > i && b.s.skip[i] {
			continue
		}
		code, p, m := b.s.at(i)
		if !looked || code != lastCode { // records usually come grouped by unit
			idx, found = layoutOf(b.net).Index(code)
			lastCode, looked = code, true
		}
		// A record with a known unit and a valid period is placed, and
		// checked against the others of its unit, whatever its counts.
		knownUnit := b.unit(i, code, found)
		placed := b.period(i, p) && knownUnit
		counted := b.counts(i, m)
		if placed {
			b.units[i] = int32(idx)
			b.start[idx+1]++
		}
		if placed && counted {
			if err := PT(&b.total).accumulate(m); err != nil {
				b.fail(i, fmt.Errorf("brings the records' total past the range: %w", err))
			}
		}
	}
}

// unit reports whether record i's unit is in the network, noting the
// problem if not.
func (b *builder[T, PT]) unit(i int, code hierarchy.Code, found bool) bool {
	switch {
	case found:
		return true
	case code == 0:
		b.fail(i, fmt.Errorf("%w: unit code is missing", hierarchy.ErrUnknownUnit))
	default:
		b.fail(i, fmt.Errorf("%w: %s", hierarchy.ErrUnknownUnit, code))
	}
	return false
}

// period reports whether record i's period is allowed, noting the problem
// if not.
func (b *builder[T, PT]) period(i int, p policy.Period) bool {
	if err := p.Validate(); err != nil {
		b.fail(i, err)
		return false
	}
	if b.s.bounded && !p.Bounded() {
		b.fail(i, fmt.Errorf("%w %s: an output record needs both ends of its period", policy.ErrPeriod, p))
		return false
	}
	return true
}

// counts reports whether record i's counts are valid, noting every
// problem if not.
func (b *builder[T, PT]) counts(i int, m *T) bool {
	ok := true
	for _, err := range errlist.Flatten(PT(m).Validate()) {
		b.fail(i, err)
		ok = false
	}
	if b.s.check != nil {
		for _, err := range errlist.Flatten(b.s.check(m)) {
			b.fail(i, err)
			ok = false
		}
	}
	return ok
}

// group sorts the placed records by unit, keeping input order within a
// unit (a counting sort), then each unit's records by period, and notes
// records that overlap another of their unit.
func (b *builder[T, PT]) group() grouping {
	for u := 1; u < len(b.start); u++ {
		b.start[u] += b.start[u-1]
	}
	g := grouping{start: b.start, order: make([]int32, b.start[len(b.start)-1])}
	next := slices.Clone(b.start[:len(b.start)-1])
	for i, u := range b.units {
		if u >= 0 {
			g.order[next[u]] = int32(i)
			next[u]++
		}
	}
	b.units = nil
	var periods []policy.Period // of one group, read once
	for u := range b.net.Len() {
		group := g.order[g.start[u]:g.start[u+1]]
		periods = b.periods(periods[:0], group)
		if !slices.IsSortedFunc(periods, byPeriod) {
			slices.SortFunc(group, func(x, y int32) int {
				return cmp.Or(byPeriod(b.periodOf(x), b.periodOf(y)), cmp.Compare(x, y))
			})
			periods = b.periods(periods[:0], group)
		}
		b.overlaps(group, periods)
	}
	return g
}

// periods appends the periods of the records of group to dst.
func (b *builder[T, PT]) periods(dst []policy.Period, group []int32) []policy.Period {
	for _, i := range group {
		dst = append(dst, b.periodOf(i))
	}
	return dst
}

func (b *builder[T, PT]) periodOf(i int32) policy.Period { _, p, _ := b.s.at(int(i)); return p }

// byPeriod orders periods by start, then by end.
func byPeriod(x, y policy.Period) int {
	return cmp.Or(cmp.Compare(x.From, y.From), cmp.Compare(end(x), end(y)))
}

// overlaps notes the records of one unit's group, sorted, that share days
// with an earlier one. Sorted by start, a record overlaps an earlier one
// exactly when it overlaps the earlier one that ends last; equal periods
// are neighbours.
func (b *builder[T, PT]) overlaps(group []int32, periods []policy.Period) {
	far := 0 // of the records so far, the one ending last
	for k := 1; k < len(group); k++ {
		if end(periods[k-1]) > end(periods[far]) {
			far = k - 1
		}
		switch pf, pc := periods[far], periods[k]; {
		case periods[k-1] == pc:
			b.fail(int(group[k]), fmt.Errorf("%w: record %d has the same unit and period", policy.ErrOverlap, group[k-1]))
		case pf.Overlaps(pc):
			b.fail(int(group[k]), fmt.Errorf("%w: record %d covers %s of the same unit", policy.ErrOverlap, group[far], pf))
		}
	}
}

// end returns the last day of p, open ends last of all.
func end(p policy.Period) policy.Date {
	if p.Until.IsZero() {
		return math.MaxInt32
	}
	return p.Until
}

// subtree returns the network indexes [lo, hi) of c's subtree, or of the
// whole network for the zero code.
func subtree(net *hierarchy.Network, c hierarchy.Code) (lo, hi int, err error) {
	if c == 0 {
		return 0, net.Len(), nil
	}
	l := layoutOf(net)
	i, ok := l.Index(c)
	if !ok {
		return 0, 0, fmt.Errorf("%w: %s", hierarchy.ErrUnknownUnit, c)
	}
	return i, int(l.End[i]), nil
}

// layoutOf returns the positions of net's units, by which the tables of
// this package are indexed.
func layoutOf(net *hierarchy.Network) netindex.Layout[hierarchy.Code] {
	return netindex.Of[hierarchy.Code](net)
}
