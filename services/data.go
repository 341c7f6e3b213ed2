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
	"github.com/shegong/shegong/policy"
)

// The conditions records can break. A Problem wraps one of them, or
// ErrCount (a negative count or an impossible combination),
// metrics.ErrOverflow (counts that together pass their type's range) or
// policy.ErrPeriod (a period that does not parse or is not allowed).
var (
	ErrUnknownUnit = errors.New("unit not in the network")
	ErrDuplicate   = errors.New("duplicate record")
	ErrOverlap     = errors.New("overlapping periods")
	ErrRecord      = errors.New("malformed record")
	ErrTooMany     = errors.New("too many records")
)

// A Problem is one thing wrong with one record.
type Problem struct {
	Record int            // position of the record in the input, from 0
	Unit   hierarchy.Code // the record's unit, zero if missing or unreadable
	Period policy.Period  // the record's period, zero if unreadable
	Err    error
}

func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString("record ")
	b.WriteString(strconv.Itoa(p.Record))
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

// Unwrap returns the problems, so that errors.Is(err, ErrOverlap) and
// errors.As(err, &problem) look through them.
func (e *DataError) Unwrap() []error { return errlist.Errors(e.Problems) }

// measure is what the records of a table carry: Output or
// Resources.
type measure[T any] interface {
	Validate() error
	Add(T) (T, error)
}

// entry is one validated record in a table.
type entry[T any] struct {
	period policy.Period
	unit   int32 // network index
	record int32 // position in the input
	m      T
}

// A table holds validated records keyed by unit and period, grouped by
// unit in code order and ordered by period within a unit. Since a unit's
// subtree is a run of network indexes, the records of any subtree are one
// run of the table too.
type table[T measure[T]] struct {
	net   *hierarchy.Network
	start []int32 // the records of unit i are recs[start[i]:start[i+1]]
	recs  []entry[T]
	// total is the sum of every record. Each count is at least zero, so no
	// sum of some of the records can pass it: roll-ups need no overflow
	// checks once build has checked this one.
	total T
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
	// check reports the problems of one record that T.Validate does not
	// see, such as a flag that must be 0 or 1 for a single unit.
	check func(*T) error
}

// build validates the records of s against net and groups them, reporting
// every problem at once in a *DataError.
func build[T measure[T]](net *hierarchy.Network, s spec[T]) (*table[T], error) {
	if s.n > math.MaxInt32 {
		return nil, fmt.Errorf("%w: %d records, at most %d", ErrTooMany, s.n, math.MaxInt32)
	}
	var probs []Problem
	fail := func(i int, err error) {
		c, p, _ := s.at(i)
		probs = append(probs, Problem{Record: i, Unit: c, Period: p, Err: err})
	}
	t := &table[T]{net: net, start: make([]int32, net.Len()+1)}
	units := make([]int32, s.n) // network index of each placed record, else -1
	var (
		lastCode      hierarchy.Code
		idx           int
		found, looked bool
	)
	for i := range s.n {
		code, p, m := s.at(i)
		units[i] = -1
		if s.skip != nil && s.skip[i] {
			continue
		}
		if !looked || code != lastCode { // records usually come grouped by unit
			idx, found = net.Index(code)
			lastCode, looked = code, true
		}
		// A record with a known unit and a valid period is placed, and
		// checked against the others of its unit, whatever its counts.
		placed := found
		switch {
		case found:
		case code == 0:
			fail(i, fmt.Errorf("%w: unit code is missing", ErrUnknownUnit))
		default:
			fail(i, fmt.Errorf("%w: %s", ErrUnknownUnit, code))
		}
		if err := p.Validate(); err != nil {
			fail(i, err)
			placed = false
		} else if s.bounded && !p.Bounded() {
			fail(i, fmt.Errorf("%w %s: an output record needs both ends of its period", policy.ErrPeriod, p))
			placed = false
		}
		counted := true
		for _, err := range slices.Concat(errlist.Flatten((*m).Validate()), errlist.Flatten(s.check(m))) {
			fail(i, err)
			counted = false
		}
		if placed {
			units[i] = int32(idx)
			t.start[idx+1]++
		}
		if !placed || !counted {
			continue
		}
		if sum, err := t.total.Add(*m); err != nil {
			fail(i, fmt.Errorf("brings the records' total past the range: %w", err))
		} else {
			t.total = sum
		}
	}
	for u := 1; u < len(t.start); u++ {
		t.start[u] += t.start[u-1]
	}
	// A counting sort by unit keeps input order within a unit.
	order := make([]int32, t.start[len(t.start)-1])
	next := slices.Clone(t.start[:len(t.start)-1])
	for i, u := range units {
		if u >= 0 {
			order[next[u]] = int32(i)
			next[u]++
		}
	}
	period := func(i int32) policy.Period { _, p, _ := s.at(int(i)); return p }
	byPeriod := func(a, b int32) int {
		pa, pb := period(a), period(b)
		return cmp.Or(cmp.Compare(pa.From, pb.From), cmp.Compare(end(pa), end(pb)), cmp.Compare(a, b))
	}
	var far int32 // of the records so far in a group, the one ending last
	for u := range net.Len() {
		group := order[t.start[u]:t.start[u+1]]
		if !slices.IsSortedFunc(group, byPeriod) {
			slices.SortFunc(group, byPeriod)
		}
		// Sorted by start, a record overlaps an earlier one exactly when it
		// overlaps the earlier one that ends last; equal periods are
		// neighbours.
		for k := 1; k < len(group); k++ {
			prev, cur := group[k-1], group[k]
			pc := period(cur)
			if k == 1 || end(period(prev)) > end(period(far)) {
				far = prev
			}
			switch pf := period(far); {
			case period(prev) == pc:
				fail(int(cur), fmt.Errorf("%w: record %d has the same unit and period", ErrDuplicate, prev))
			case pf.Overlaps(pc):
				fail(int(cur), fmt.Errorf("%w: record %d covers %s of the same unit", ErrOverlap, far, pf))
			}
		}
	}
	if len(probs) > 0 {
		slices.SortStableFunc(probs, func(a, b Problem) int { return cmp.Compare(a.Record, b.Record) })
		return nil, &DataError{Problems: probs}
	}
	t.recs = make([]entry[T], len(order))
	for k, i := range order {
		_, p, m := s.at(int(i))
		t.recs[k] = entry[T]{period: p, unit: units[i], record: i, m: *m}
	}
	return t, nil
}

// end returns the last day of p, open ends last of all.
func end(p policy.Period) policy.Date {
	if p.Until.IsZero() {
		return math.MaxInt32
	}
	return p.Until
}

// span returns the records of u's subtree, or of the whole network for a
// nil u.
func (t *table[T]) span(u *hierarchy.Unit) []entry[T] {
	if u == nil {
		return t.recs
	}
	return t.recs[t.start[u.Index()]:t.start[u.End()]]
}

// own returns the records of u itself.
func (t *table[T]) own(i int) []entry[T] { return t.recs[t.start[i]:t.start[i+1]] }
