package staffing

import (
	"fmt"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// Minimums is the staffing a network requires under a rule set on a date:
// per unit, rolled up to every ancestor, and in total.
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
	for u := range net.Units() {
		i := u.Index()
		m.by[i] = -1
		for j := range m.rules {
			if r := &m.rules[j]; r.Min > int(m.own[i]) && r.Units.Match(u) {
				m.own[i], m.by[i] = int32(r.Min), int16(j)
			}
		}
	}
	var err error
	m.subtree, m.total, err = hierarchy.Sum(net, func(u *hierarchy.Unit) int64 { return int64(m.own[u.Index()]) })
	return m, err
}

// Date returns the day the minimums are computed for.
func (m *Minimums) Date() policy.Date { return m.date }

// Of returns the minimum of u itself and the rule setting it (nil if no
// minimum applies).
func (m *Minimums) Of(u *hierarchy.Unit) (int, *Minimum) {
	i := u.Index()
	if m.by[i] < 0 {
		return 0, nil
	}
	return int(m.own[i]), &m.rules[m.by[i]]
}

// Subtree returns the minimum of u and all its descendants.
func (m *Minimums) Subtree(u *hierarchy.Unit) int64 { return m.subtree[u.Index()] }

// Total returns the minimum of the whole network.
func (m *Minimums) Total() int64 { return m.total }

// ByLevel returns the minimum of the units of each level, indexed by
// hierarchy.Level.
func (m *Minimums) ByLevel() []int64 {
	out := make([]int64, hierarchy.LevelCommunity+1)
	for u := range m.net.Units() {
		out[u.Level()] += int64(m.own[u.Index()])
	}
	return out
}

// A LevelChange is the change in required staff at one level between two
// rule sets.
type LevelChange struct {
	Level         hierarchy.Level `json:"level"`
	Before, After int64
}

// Change returns After − Before.
func (c LevelChange) Change() int64 { return c.After - c.Before }

// Compare computes the minimums of net under a baseline and a what-if rule
// set on d and returns the change per level, in level order (levels without
// staff in either are left out), and in total.
func Compare(net *hierarchy.Network, baseline, whatIf *RuleSet, d policy.Date) ([]LevelChange, LevelChange, error) {
	a, err := Require(net, baseline, d)
	if err != nil {
		return nil, LevelChange{}, fmt.Errorf("baseline: %w", err)
	}
	b, err := Require(net, whatIf, d)
	if err != nil {
		return nil, LevelChange{}, fmt.Errorf("what-if: %w", err)
	}
	before, after := a.ByLevel(), b.ByLevel()
	var out []LevelChange
	for l := range before {
		if before[l] != 0 || after[l] != 0 {
			out = append(out, LevelChange{Level: hierarchy.Level(l), Before: before[l], After: after[l]})
		}
	}
	return out, LevelChange{Before: a.Total(), After: b.Total()}, nil
}
