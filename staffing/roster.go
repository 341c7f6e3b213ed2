package staffing

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"strconv"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/errlist"
	"github.com/shegong/shegong/internal/netindex"
)

// The conditions a roster's workers can break; a WorkerProblem wraps one
// of them or hierarchy.ErrUnknownUnit.
var (
	ErrWorkerID      = errors.New("missing or duplicate worker id")
	ErrWorkerDates   = errors.New("impossible dates")
	ErrWorkerInvalid = errors.New("invalid field")
)

// A WorkerProblem is one thing wrong with one worker.
type WorkerProblem struct {
	Index int    // position of the worker in the input, from 0
	ID    string // the worker's id
	Err   error
}

func (p *WorkerProblem) Error() string {
	id := p.ID
	if id == "" {
		id = "(no id)"
	}
	return "worker " + strconv.Itoa(p.Index) + " " + id + ": " + p.Err.Error()
}

func (p *WorkerProblem) Unwrap() error { return p.Err }

// A RosterError lists every problem of a roster.
type RosterError struct {
	Problems []WorkerProblem
}

func (e *RosterError) Error() string { return errlist.Summary("staffing: roster", e.Problems) }

// Unwrap returns the problems, so errors.Is finds each condition.
func (e *RosterError) Unwrap() []error { return errlist.Errors(e.Problems) }

// A Roster is a validated list of workers placed on the units of a
// network. It is immutable: any number of goroutines may read it, and what
// its methods return are copies.
type Roster struct {
	net     *hierarchy.Network
	workers []Worker
	unit    []int32 // unit index of each worker
	// The workers grouped by unit: those of unit u are
	// byUnit[start[u]:start[u+1]], in input order.
	start, byUnit []int32
}

func init() {
	netindex.RegisterRoster(func(r *Roster) []int32 { return r.unit })
}

// NewRoster validates workers against net and returns their roster. It
// reports every problem at once in a *RosterError, each naming its worker:
// an empty or repeated id, a unit not in net (hierarchy.ErrUnknownUnit), an
// unknown role, level or employment, a departure before joining, a missing
// joining date, or a certificate dated before joining or no higher than the
// level held on joining. The workers are copied and keep their order.
func NewRoster(net *hierarchy.Network, workers []Worker) (*Roster, error) {
	if len(workers) > math.MaxInt32 {
		return nil, fmt.Errorf("%w: %d workers, at most %d in one roster", hierarchy.ErrTooMany, len(workers), math.MaxInt32)
	}
	r := &Roster{net: net, workers: append([]Worker(nil), workers...), unit: make([]int32, len(workers))}
	layout := netindex.Of[hierarchy.Code](net)
	var probs []WorkerProblem
	fail := func(i int, err error) {
		probs = append(probs, WorkerProblem{Index: i, ID: r.workers[i].ID, Err: err})
	}
	reps := repeats(r.workers)
	var (
		lastCode hierarchy.Code
		lastIdx  int
		found    bool
	)
	for i := range r.workers {
		w := &r.workers[i]
		switch {
		case w.ID == "":
			fail(i, fmt.Errorf("%w: id is empty", ErrWorkerID))
		case len(reps) > 0 && int(reps[0].worker) == i:
			fail(i, fmt.Errorf("%w: id also used by worker %d", ErrWorkerID, reps[0].first))
			reps = reps[1:]
		}
		if i == 0 || w.Unit != lastCode { // rosters usually come grouped by unit
			lastCode = w.Unit
			lastIdx, found = layout.Index(w.Unit)
		}
		switch {
		case found:
			r.unit[i] = int32(lastIdx)
		case w.Unit == 0:
			fail(i, fmt.Errorf("%w: unit code is missing", hierarchy.ErrUnknownUnit))
		default:
			fail(i, fmt.Errorf("%w: %s", hierarchy.ErrUnknownUnit, w.Unit))
		}
		for _, err := range w.problems() {
			fail(i, err)
		}
	}
	if len(probs) > 0 {
		return nil, &RosterError{Problems: probs}
	}
	r.group()
	return r, nil
}

// problems returns what is wrong with w's own fields.
func (w *Worker) problems() []error {
	var errs []error
	if !w.Role.Valid() {
		errs = append(errs, fmt.Errorf("%w: role %s", ErrWorkerInvalid, w.Role))
	}
	if !w.Employment.Valid() {
		errs = append(errs, fmt.Errorf("%w: employment %s", ErrWorkerInvalid, w.Employment))
	}
	if !w.Prior.Valid() {
		errs = append(errs, fmt.Errorf("%w: prior level %s", ErrWorkerInvalid, w.Prior))
	}
	switch {
	case w.Joined.IsZero():
		errs = append(errs, fmt.Errorf("%w: joining date is missing", ErrWorkerDates))
	case !w.Left.IsZero() && w.Left < w.Joined:
		errs = append(errs, fmt.Errorf("%w: left %s before joining %s", ErrWorkerDates, w.Left, w.Joined))
	}
	for l := Junior; l <= Senior; l++ {
		d := w.Certified[l]
		switch {
		case d.IsZero():
		case d < w.Joined:
			errs = append(errs, fmt.Errorf("%w: %s certificate %s before joining %s (record it as the prior level)", ErrWorkerDates, l, d, w.Joined))
		case l <= w.Prior:
			errs = append(errs, fmt.Errorf("%w: %s certificate obtained in post but %s held on joining", ErrWorkerInvalid, l, w.Prior))
		}
	}
	return errs
}

// group sorts the workers by unit with a counting sort, which keeps input
// order within a unit.
func (r *Roster) group() {
	r.start = make([]int32, r.net.Len()+1)
	for _, u := range r.unit {
		r.start[u+1]++
	}
	for u := 1; u < len(r.start); u++ {
		r.start[u] += r.start[u-1]
	}
	next := append([]int32(nil), r.start[:len(r.start)-1]...)
	r.byUnit = make([]int32, len(r.unit))
	for i, u := range r.unit {
		r.byUnit[next[u]] = int32(i)
		next[u]++
	}
}

// at returns the positions of the workers on the unit at index u.
func (r *Roster) at(u int) []int32 { return r.byUnit[r.start[u]:r.start[u+1]] }

// AtUnit yields the workers placed on the unit with code c, in input order,
// with their positions in the roster; nothing for a code not in the
// network.
func (r *Roster) AtUnit(c hierarchy.Code) iter.Seq2[int, Worker] {
	return func(yield func(int, Worker) bool) {
		u, ok := netindex.Of[hierarchy.Code](r.net).Index(c)
		if !ok {
			return
		}
		for _, i := range r.at(u) {
			if !yield(int(i), r.workers[i]) {
				return
			}
		}
	}
}

// Network returns the network the roster is placed on.
func (r *Roster) Network() *hierarchy.Network { return r.net }

// Len returns the number of workers.
func (r *Roster) Len() int { return len(r.workers) }

// Worker returns a copy of worker i (in input order), which must be in
// [0, Len()).
func (r *Roster) Worker(i int) Worker { return r.workers[i] }

// All yields copies of the workers in input order with their positions.
func (r *Roster) All() iter.Seq2[int, Worker] {
	return func(yield func(int, Worker) bool) {
		for i := range r.workers {
			if !yield(i, r.workers[i]) {
				return
			}
		}
	}
}
