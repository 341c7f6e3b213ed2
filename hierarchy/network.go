package hierarchy

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shegong/shegong/policy"
)

// A Unit is one administrative unit of a Network. Units live in the
// network's slice in code order, so a unit's subtree is the contiguous run
// of indexes Index() ≤ i < End(). A Unit is read-only.
type Unit struct {
	code       Code
	name       string
	population int64
	since      policy.Date
	index      int32
	parent     int32 // index of the parent, -1 for a root
	end        int32 // one past the last index of the subtree
	row        int32 // the unit's row in a Rollup, 0 (the whole network's) for a leaf
	prow       int32 // the parent's row, 0 for a root
	record     int32
	kind       UnitKind
	urbanRural UrbanRural
	facility   Facility
	essentials Essentials
}

// Index returns u's position in its network: dense, from 0, in code order.
// Per-unit results (Sum, staffing minimums) are slices indexed by it.
func (u *Unit) Index() int { return int(u.index) }

// ParentIndex returns the index of u's parent, or -1 for a root.
func (u *Unit) ParentIndex() int { return int(u.parent) }

// End returns one past the last index of u's subtree: u and its
// descendants are the units at Index() … End()-1.
func (u *Unit) End() int { return int(u.end) }

// Leaf reports whether u has no children.
func (u *Unit) Leaf() bool { return u.row == 0 }

// Record returns the position of the record u was built from.
func (u *Unit) Record() int { return int(u.record) }

// Code returns u's division code.
func (u *Unit) Code() Code { return u.code }

// Name returns u's name.
func (u *Unit) Name() string { return u.name }

// Kind returns u's class: the stated one, or else the one its code implies.
func (u *Unit) Kind() UnitKind { return u.kind }

// Level returns u's level.
func (u *Unit) Level() Level { return kindLevels[u.kind] }

// Population returns u's stated population (0 if not stated).
func (u *Unit) Population() int64 { return u.population }

// UrbanRural returns u's urban–rural classification code, if known.
func (u *Unit) UrbanRural() UrbanRural { return u.urbanRural }

// Urban reports whether u is urban: by its urban–rural code when known,
// else by its kind (UnitKind.Urban).
func (u *Unit) Urban() bool {
	if u.urbanRural.Known() {
		return u.urbanRural.Urban()
	}
	return u.kind.Urban()
}

// Facility returns the social-work body u hosts, FacilityNone if none.
func (u *Unit) Facility() Facility { return u.facility }

// Since returns the day u's facility opened, zero if unknown.
func (u *Unit) Since() policy.Date { return u.since }

// Essentials returns the "六有" u's facility meets.
func (u *Unit) Essentials() Essentials { return u.essentials }

// A Network is a validated tree (or forest) of units, built from flat
// records. It is immutable, so any number of goroutines may read it. Its
// methods that take a *Unit expect one of its own units.
type Network struct {
	units      []Unit
	codes      []Code  // the units' codes: a dense copy that binary search crosses 5 times faster
	byLevel    []int32 // unit indexes grouped by level, in code order within a level
	levelStart [numLevels + 1]int32
	rows       int32 // Rollup rows: the whole network's, then one per unit with children
	top        Level
}

// BuildSeq collects records from seq and builds a network from them, as
// Build does.
func BuildSeq(seq iter.Seq[Record]) (*Network, error) {
	return Build(slices.Collect(seq))
}

// Build validates records and builds their network. It reports every
// problem at once in a *ValidationError, each Problem naming its record:
// a malformed code, an empty name, a kind that does not fit the code's level
// or the parent's, a duplicate code, a missing parent, a parent that is not
// the code's nearest ancestor, a cycle of parents, a negative population,
// an urban–rural code off village level, a facility that does not fit its
// level. Records may come in any order; Build does not keep records.
func Build(records []Record) (*Network, error) {
	if len(records) > math.MaxInt32-1 {
		return nil, fmt.Errorf("%w: %d records, at most %d", ErrTooMany, len(records), math.MaxInt32-1)
	}
	b := builder{records: records, units: make([]Unit, len(records)), top: numLevels}
	n := 0
	sorted, repeated := true, false
	for i := range records {
		u := &b.units[n]
		if !b.check(i, u) {
			continue
		}
		if n > 0 {
			prev := b.units[n-1].code
			sorted = sorted && u.code >= prev
			repeated = repeated || u.code == prev
		}
		n++
	}
	b.units = b.units[:n]
	if !sorted {
		slices.SortStableFunc(b.units, func(x, y Unit) int { return cmp.Compare(x.code, y.code) })
	}
	if !sorted || repeated {
		b.dedupe()
	}
	net := b.link()
	if len(b.problems) > 0 {
		slices.SortStableFunc(b.problems, func(x, y Problem) int { return cmp.Compare(x.Record, y.Record) })
		return nil, &ValidationError{Problems: b.problems}
	}
	return net, nil
}

type builder struct {
	records  []Record
	units    []Unit
	codes    []Code // the units' codes, once linked
	problems []Problem
	levels   [numLevels]int32 // units by level
	top      Level            // highest level of any unit
	people   int64            // stated population so far, to refuse an overflowing total
}

func (b *builder) fail(i int, err error) {
	r := &b.records[i]
	b.problems = append(b.problems, Problem{Record: i, Code: r.Code, Name: r.Name, Err: err})
}

// check validates record i on its own and fills in u; it returns false
// when the code is unusable, so the record cannot be placed in the tree.
func (b *builder) check(i int, u *Unit) bool {
	r := &b.records[i]
	if blank(r.Name) {
		b.fail(i, ErrName)
	}
	if r.Population < 0 {
		b.fail(i, fmt.Errorf("%w: %d is negative", ErrPopulation, r.Population))
	} else if b.people > math.MaxInt64-r.Population {
		b.fail(i, fmt.Errorf("%w: %d brings the total past the int64 range", ErrPopulation, r.Population))
	} else {
		b.people += r.Population
	}
	if !r.UrbanRural.Valid() {
		b.fail(i, fmt.Errorf("%w: %d is not one of 111, 112, 121, 122, 123, 210, 220", ErrUrbanRural, uint8(r.UrbanRural)))
	}
	if !r.Facility.Valid() {
		b.fail(i, fmt.Errorf("%w: %s", ErrFacility, r.Facility))
	}
	if r.Facility == FacilityNone && r.Since != 0 {
		b.fail(i, fmt.Errorf("%w: opening date %s without a facility", ErrFacility, r.Since))
	}
	if !r.Essentials.Valid() {
		b.fail(i, fmt.Errorf("%w: essentials %s", ErrFacility, r.Essentials))
	} else if r.Facility == FacilityNone && r.Essentials != 0 {
		b.fail(i, fmt.Errorf("%w: essentials %s without a facility", ErrFacility, r.Essentials))
	}
	if r.Code == 0 {
		b.fail(i, fmt.Errorf("%w: no code", ErrCode))
		return false
	}
	if reason := r.Code.problem(); reason != "" {
		b.fail(i, fmt.Errorf("%w %d: %s", ErrCode, uint64(r.Code), reason))
		return false
	}
	level := r.Code.level()
	kind := r.Kind
	switch {
	case kind == KindUnspecified:
		k, err := r.Code.class()
		if err != nil {
			b.fail(i, fmt.Errorf("%w; state the unit's kind", err))
		}
		kind = k
	case !kind.Valid():
		b.fail(i, fmt.Errorf("%w: %s is not a unit kind", ErrKind, kind))
		kind = KindUnspecified
	case kind.Level() != level:
		b.fail(i, fmt.Errorf("%w: kind %s is %s-level but the code is %s-level", ErrKind, kind, kind.Level(), level))
		kind = KindUnspecified
	}
	if r.UrbanRural.Known() && level != LevelCommunity {
		b.fail(i, fmt.Errorf("%w: %s on a %s-level unit; the code is published for village-level units only", ErrUrbanRural, r.UrbanRural, level))
	}
	if r.Facility.Valid() && !r.Facility.Fits(level) {
		b.fail(i, fmt.Errorf("%w: facility %s cannot sit at %s level", ErrFacility, r.Facility, level))
	}
	b.top = min(b.top, level)
	b.levels[level]++
	*u = Unit{
		code: r.Code, name: r.Name, population: r.Population, since: r.Since,
		record: int32(i), kind: kind, urbanRural: r.UrbanRural, facility: r.Facility, essentials: r.Essentials,
	}
	return true
}

// blank reports whether s has nothing but spaces. Names nearly always
// start with a Han character (lead byte 0xE4–0xE9) or an ASCII letter, which
// no space starts with, so the loop rarely runs.
func blank(s string) bool {
	if s == "" {
		return true
	}
	if c := s[0]; c >= 0xE4 || (c < utf8.RuneSelf && c > ' ') {
		return false
	}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// dedupe drops the later records of a code (in input order, which the
// stable sort kept) and reports them. Build calls it only when there are at
// least two units.
func (b *builder) dedupe() {
	kept := b.units[:1]
	for _, u := range b.units[1:] {
		if first := kept[len(kept)-1]; u.code == first.code {
			b.fail(int(u.record), fmt.Errorf("%w: %s is also record %d", ErrDuplicate, u.code, first.record))
			b.levels[u.code.level()]--
			continue
		}
		kept = append(kept, u)
	}
	b.units = kept
}

// parentFits reports whether a unit of level child may sit directly under
// one of level parent: one level down, or a county under a province, as in
// the municipalities whose lists leave out the prefecture rows.
func parentFits(parent, child Level) bool {
	return child == parent+1 || (child == LevelCounty && parent == LevelProvince)
}

// link builds the network in one pass over the sorted units, keeping the
// chain of open ancestors on a stack: a unit's nearest ancestor present is
// the innermost open subtree containing its code. Along the way it checks
// stated parents and levels, gives every unit with children a Rollup row
// (its first child comes right after it), and groups units by level.
func (b *builder) link() *Network {
	n := &Network{units: b.units, top: b.top, rows: 1, codes: make([]Code, len(b.units)), byLevel: make([]int32, len(b.units))}
	b.codes = n.codes
	if len(b.units) == 0 {
		n.top = LevelUnspecified
	}
	for l := range numLevels {
		n.levelStart[l+1] = n.levelStart[l] + b.levels[l]
	}
	next := n.levelStart
	type open struct {
		index int32
		limit Code // first code past the subtree
	}
	var stack [numLevels]open
	depth := 0
	var mismatched []int32 // units whose stated parent is not the one found
	for i := range b.units {
		u := &b.units[i]
		u.index = int32(i)
		n.codes[i] = u.code
		for depth > 0 && u.code >= stack[depth-1].limit {
			depth--
			b.units[stack[depth].index].end = int32(i)
		}
		level := u.code.level()
		n.byLevel[next[level]] = int32(i)
		next[level]++
		u.parent = -1
		if depth > 0 {
			u.parent = stack[depth-1].index
			p := &b.units[u.parent]
			if u.parent == int32(i-1) {
				p.row = n.rows
				n.rows++
			}
			u.prow = p.row
		}
		stated := b.records[u.record].Parent
		switch {
		case stated != 0 && (u.parent < 0 || b.units[u.parent].code != stated):
			mismatched = append(mismatched, int32(i))
		case u.parent >= 0 && !parentFits(b.units[u.parent].code.level(), level):
			if stated != 0 {
				p := &b.units[u.parent]
				b.fail(int(u.record), fmt.Errorf("%w: kind %s cannot sit under %s %s, a %s-level unit", ErrKind, u.kind, p.code, p.name, p.code.level()))
			} else {
				b.fail(int(u.record), fmt.Errorf("%w: %s is not in the network", ErrMissingParent, u.code.Parent()))
			}
		case u.parent < 0 && level != b.top:
			b.fail(int(u.record), fmt.Errorf("%w: %s is not in the network, and only %s-level units may be roots", ErrMissingParent, u.code.Parent(), b.top))
		}
		stack[depth] = open{index: int32(i), limit: u.code + Code(pow10[12-levelDigits[level]])}
		depth++
	}
	for depth > 0 {
		depth--
		b.units[stack[depth].index].end = int32(len(b.units))
	}
	if len(mismatched) > 0 {
		b.mismatches(mismatched)
	}
	return n
}

// index returns the position of code c among the sorted units, or -1.
func (b *builder) index(c Code) int32 {
	i, ok := slices.BinarySearch(b.codes, c)
	if !ok {
		return -1
	}
	return int32(i)
}

// mismatches explains each stated parent that differs from the one the
// codes give, then looks for cycles, which only such parents can close.
func (b *builder) mismatches(mismatched []int32) {
	cyclic := false
	for _, i := range mismatched {
		u := &b.units[i]
		stated := b.records[u.record].Parent
		switch {
		case stated == u.code:
			cyclic = true // reported as a cycle of one below
		case b.index(stated) < 0:
			b.fail(int(u.record), fmt.Errorf("%w: %s is not in the network", ErrMissingParent, stated))
		case !stated.Contains(u.code):
			cyclic = true
			b.fail(int(u.record), fmt.Errorf("%w: code does not lie under the stated parent %s", ErrInconsistent, stated))
		default: // an ancestor in the network, so link found it or, as here, a nearer one
			p := &b.units[u.parent]
			b.fail(int(u.record), fmt.Errorf("%w: stated parent is %s but %s %s lies between", ErrInconsistent, stated, p.code, p.name))
		}
	}
	if cyclic {
		b.cycles()
	}
}

// cycles reports every cycle of stated parents once, at its member with
// the lowest code. Stated parents form a functional graph, so a walk from
// each unit either ends at a root or enters a cycle.
func (b *builder) cycles() {
	next := make([]int32, len(b.units))
	for i := range b.units {
		next[i] = -1
		if stated := b.records[b.units[i].record].Parent; stated != 0 {
			next[i] = b.index(stated)
		}
	}
	const (
		unseen = iota
		walking
		done
	)
	state := make([]uint8, len(b.units))
	for start := range b.units {
		i := int32(start)
		for i >= 0 && state[i] == unseen {
			state[i] = walking
			i = next[i]
		}
		if i >= 0 && state[i] == walking {
			b.cycle(i, next)
		}
		for j := int32(start); j >= 0 && state[j] == walking; j = next[j] {
			state[j] = done
		}
	}
}

// cycle reports the cycle through unit i, starting from its member with
// the lowest code.
func (b *builder) cycle(i int32, next []int32) {
	first := i
	for j := next[i]; j != i; j = next[j] {
		first = min(first, j)
	}
	codes := []string{b.units[first].code.String()}
	for j := next[first]; ; j = next[j] {
		codes = append(codes, b.units[j].code.String())
		if j == first {
			break
		}
	}
	b.fail(int(b.units[first].record), fmt.Errorf("%w: %s", ErrCycle, strings.Join(codes, " → ")))
}

// Len returns the number of units.
func (n *Network) Len() int { return len(n.units) }

// Top returns the level of the network's roots (unspecified if empty).
func (n *Network) Top() Level { return n.top }

// Unit returns the unit at index i, which must be in [0, Len()).
func (n *Network) Unit(i int) *Unit { return &n.units[i] }

// Index returns the index of the unit with code c.
func (n *Network) Index(c Code) (int, bool) { return slices.BinarySearch(n.codes, c) }

// Lookup returns the unit with code c.
func (n *Network) Lookup(c Code) (*Unit, bool) {
	i, ok := n.Index(c)
	if !ok {
		return nil, false
	}
	return &n.units[i], true
}

// Parent returns u's parent, or nil for a root.
func (n *Network) Parent(u *Unit) *Unit {
	if u.parent < 0 {
		return nil
	}
	return &n.units[u.parent]
}

// Units yields every unit in code order.
func (n *Network) Units() iter.Seq[*Unit] { return n.span(0, len(n.units)) }

// Subtree yields u and its descendants in code order (a pre-order walk).
func (n *Network) Subtree(u *Unit) iter.Seq[*Unit] { return n.span(int(u.index), int(u.end)) }

func (n *Network) span(from, to int) iter.Seq[*Unit] {
	return func(yield func(*Unit) bool) {
		for i := from; i < to; i++ {
			if !yield(&n.units[i]) {
				return
			}
		}
	}
}

// Roots yields the units without a parent, in code order.
func (n *Network) Roots() iter.Seq[*Unit] { return n.siblings(0, len(n.units)) }

// Children yields u's children in code order.
func (n *Network) Children(u *Unit) iter.Seq[*Unit] { return n.siblings(int(u.index)+1, int(u.end)) }

// siblings yields the units heading the consecutive subtrees that fill
// [from, to), skipping each subtree whole.
func (n *Network) siblings(from, to int) iter.Seq[*Unit] {
	return func(yield func(*Unit) bool) {
		for i := from; i < to; i = int(n.units[i].end) {
			if !yield(&n.units[i]) {
				return
			}
		}
	}
}

// Ancestors yields u's parent, its parent's parent and so on to the root.
func (n *Network) Ancestors(u *Unit) iter.Seq[*Unit] {
	return func(yield func(*Unit) bool) {
		for p := u.parent; p >= 0; p = n.units[p].parent {
			if !yield(&n.units[p]) {
				return
			}
		}
	}
}

// AtLevel yields the units of level l in code order.
func (n *Network) AtLevel(l Level) iter.Seq[*Unit] {
	return func(yield func(*Unit) bool) {
		if !l.Valid() {
			return
		}
		for _, i := range n.byLevel[n.levelStart[l]:n.levelStart[l+1]] {
			if !yield(&n.units[i]) {
				return
			}
		}
	}
}

// OfKind yields the units of kind k in code order.
func (n *Network) OfKind(k UnitKind) iter.Seq[*Unit] {
	return func(yield func(*Unit) bool) {
		for u := range n.AtLevel(k.Level()) {
			if u.kind == k && !yield(u) {
				return
			}
		}
	}
}
