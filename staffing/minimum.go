package staffing

import (
	"fmt"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/netindex"
	"github.com/shegong/shegong/policy"
)

// Minimums is the staffing a network requires under a rule set on a date:
// per unit, rolled up to every ancestor, and in total. It is immutable:
// any number of goroutines may read it.
type Minimums struct {
	net     *hierarchy.Network
	date    policy.Date
	rules   []Minimum // the minimums in force on date
	own     []int32   // per unit: the largest minimum that applies
	by      []int16   // per unit: the rule setting own, -1 if none
	subtree []int64
	total   int64
}

// Require computes the minimum staffing of net under rs on d. Where several
// minimums apply to one unit, the unit needs the largest of them: each is
// checked on its own by Check, and one worker may count toward several.
func Require(net *hierarchy.Network, rs *RuleSet, d policy.Date) (*Minimums, error) {
	if err := rs.Validate(); err != nil {
		return nil, err
	}
	m := &Minimums{net: net, date: d, own: make([]int32, net.Len()), by: make([]int16, net.Len())}
	for _, r := range rs.Minimums {
		if r.Period.Contains(d) {
			m.rules = append(m.rules, r)
		}
	}
	if len(m.rules) > 1<<15 {
		return nil, fmt.Errorf("%w: %d minimums in force, at most %d", ErrRule, len(m.rules), 1<<15)
	}
	i := 0
	for u := range net.Units() {
		m.by[i] = -1
		for j := range m.rules {
			// Validate bounds Min by MaxMin, so the int32 holds it.
			if r := &m.rules[j]; r.Min > int(m.own[i]) && r.Units.Match(u) {
				m.own[i], m.by[i] = int32(r.Min), int16(j)
			}
		}
		i++
	}
	// At most MaxMin for each of at most 2³¹ units: no int64 overflow.
	m.subtree = make([]int64, len(m.own))
	parent := netindex.Of[hierarchy.Code](net).Parent
	for i := len(m.own) - 1; i >= 0; i-- {
		m.subtree[i] += int64(m.own[i])
		if p := parent[i]; p >= 0 {
			m.subtree[p] += m.subtree[i]
		} else {
			m.total += m.subtree[i]
		}
	}
	return m, nil
}

// Date returns the day the minimums are computed for.
func (m *Minimums) Date() policy.Date { return m.date }

// index returns the index of the unit with code c in the network.
func (m *Minimums) index(c hierarchy.Code) (int, bool) {
	return netindex.Of[hierarchy.Code](m.net).Index(c)
}

// Of returns the minimum of the unit with code c itself and the id of the
// rule setting it ("" if no minimum applies or c is not in the network).
func (m *Minimums) Of(c hierarchy.Code) (int, string) {
	i, ok := m.index(c)
	if !ok || m.by[i] < 0 {
		return 0, ""
	}
	return int(m.own[i]), m.rules[m.by[i]].ID
}

// Subtree returns the minimum of the unit with code c and all its
// descendants, and whether c is in the network.
func (m *Minimums) Subtree(c hierarchy.Code) (int64, bool) {
	i, ok := m.index(c)
	if !ok {
		return 0, false
	}
	return m.subtree[i], true
}

// Total returns the minimum of the whole network.
func (m *Minimums) Total() int64 { return m.total }

// ByLevel returns, in a fresh slice indexed by hierarchy.Level, the
// minimum of the units of each level.
func (m *Minimums) ByLevel() []int64 {
	out := make([]int64, hierarchy.LevelCommunity+1)
	i := 0
	for u := range m.net.Units() {
		out[u.Level()] += int64(m.own[i])
		i++
	}
	return out
}

// A LevelChange is the required staff at one level under the baseline and
// the reform rule set of a Comparison.
type LevelChange struct {
	Level    hierarchy.Level `json:"level"` // unspecified for the whole network
	Baseline int64           `json:"baseline"`
	Reform   int64           `json:"reform"`
}

// Diff returns Reform − Baseline.
func (c LevelChange) Diff() int64 { return c.Reform - c.Baseline }

// A Comparison is a what-if: the minimums of one network under a baseline
// and a reform rule set on one day. It is immutable: any number of
// goroutines may read it.
type Comparison struct {
	Baseline, Reform *Minimums
	// Levels holds the change per level, in level order, leaving out
	// levels without staff under either rule set.
	Levels []LevelChange
}

// Total returns the change over the whole network.
func (c *Comparison) Total() LevelChange {
	return LevelChange{Baseline: c.Baseline.Total(), Reform: c.Reform.Total()}
}

// Compare computes the minimums of net under a baseline and a reform rule
// set on d, and their change per level and in total.
func Compare(baseline, reform *RuleSet, net *hierarchy.Network, d policy.Date) (*Comparison, error) {
	a, err := Require(net, baseline, d)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	b, err := Require(net, reform, d)
	if err != nil {
		return nil, fmt.Errorf("reform: %w", err)
	}
	before, after := a.ByLevel(), b.ByLevel()
	c := &Comparison{Baseline: a, Reform: b}
	for l := range before {
		if before[l] != 0 || after[l] != 0 {
			c.Levels = append(c.Levels, LevelChange{Level: hierarchy.Level(l), Baseline: before[l], Reform: after[l]})
		}
	}
	return c, nil
}
