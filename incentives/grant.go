package incentives

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// A Grant is an award given to a named worker on a date. Who is honoured
// is decided case by case, so grants are input to a payroll (WithGrants),
// not part of the schedule. An award is paid once per person.
type Grant struct {
	Worker string      `json:"worker"` // the worker's id on the roster
	Award  string      `json:"award"`  // the award rule's id
	Date   policy.Date `json:"date"`
}

// ErrGrant is wrapped by every *GrantError.
var ErrGrant = errors.New("invalid grant")

// A GrantError is one problem of one grant, named by its position in the
// input.
type GrantError struct {
	Index int
	Grant Grant
	Err   error
}

func (e *GrantError) Error() string {
	return fmt.Sprintf("%v %d (%s to %q on %s): %v", ErrGrant, e.Index, e.Grant.Award, e.Grant.Worker, e.Grant.Date, e.Err)
}

func (e *GrantError) Unwrap() []error { return []error{ErrGrant, e.Err} }

// grant is a resolved Grant: its worker's position, its award and the
// version in force on its date.
type grant struct {
	worker  int32
	award   int
	version int32
	date    policy.Date
	fen     int64
	index   int
}

// resolveGrants checks gs against the roster and the schedule and returns
// them by worker, date and award, or every problem at once: an unknown
// worker or award, a missing date, an award not in force or a worker not in
// post on the date, and an award granted twice to one person.
func resolveGrants(c *compiled, r *staffing.Roster, gs []Grant) ([]grant, error) {
	if len(gs) == 0 {
		return nil, nil
	}
	awards := make(map[string]int, len(c.awards))
	for i, a := range c.awards {
		awards[c.refs[a.ref].id] = i
	}
	workers := make(map[string]int32, len(gs))
	for _, g := range gs {
		workers[g.Worker] = -1
	}
	for i, w := range r.All() {
		if _, ok := workers[w.ID]; ok {
			workers[w.ID] = int32(i)
		}
	}
	var probs []*GrantError
	fail := func(i int, format string, args ...any) {
		probs = append(probs, &GrantError{Index: i, Grant: gs[i], Err: fmt.Errorf(format, args...)})
	}
	out := make([]grant, 0, len(gs))
	for i, g := range gs {
		w := workers[g.Worker] // -1 unless found on the roster
		a, aok := awards[g.Award]
		switch {
		case w < 0:
			fail(i, "worker %q is not on the roster", g.Worker)
		case !aok:
			fail(i, "award %q is not in the schedule", g.Award)
		case g.Date.IsZero():
			fail(i, "date is missing")
		case !r.Worker(int(w)).Active(g.Date):
			fail(i, "worker %q is not in post on %s", g.Worker, g.Date)
		default:
			v := c.awards[a].amount.at(g.Date)
			if v < 0 {
				fail(i, "award %q is not in force on %s", g.Award, g.Date)
				continue
			}
			out = append(out, grant{worker: w, award: a, version: int32(v), date: g.Date, fen: c.awards[a].amount[v].v, index: i})
		}
	}
	slices.SortFunc(out, func(x, y grant) int {
		return cmp.Or(cmp.Compare(x.worker, y.worker), cmp.Compare(x.award, y.award), cmp.Compare(x.date, y.date), cmp.Compare(x.index, y.index))
	})
	for i := 1; i < len(out); i++ {
		if prev := out[i-1]; out[i].worker == prev.worker && out[i].award == prev.award {
			fail(out[i].index, "award already granted to this worker on %s (grant %d)", prev.date, prev.index)
		}
	}
	if len(probs) > 0 {
		slices.SortStableFunc(probs, func(x, y *GrantError) int { return cmp.Compare(x.Index, y.Index) })
		errs := make([]error, len(probs))
		for i, p := range probs {
			errs[i] = p
		}
		return nil, errors.Join(errs...)
	}
	// A worker's line items list awards by date.
	slices.SortFunc(out, func(x, y grant) int {
		return cmp.Or(cmp.Compare(x.worker, y.worker), cmp.Compare(x.date, y.date), cmp.Compare(x.award, y.award))
	})
	return out, nil
}
