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

	"github.com/shegong/shegong/internal/netindex"
	"github.com/shegong/shegong/policy"
)

// A Unit is one administrative unit of a Network, as a value: a copy of
// what the network holds, so nothing done to it reaches the network. Units
// are addressed by their Code; the network's methods that walk the tree
// take codes and yield Units.
type Unit struct {
	code       Code
	parent     Code // zero for a root
	name       string
	population int64
	since      policy.Date
	index      int32 // position in the network, for the library's own fast paths
	record     int32
	kind       UnitKind
	urbanRural UrbanRural
	facility   Facility
	essentials Essentials
	leaf       bool
}

// Code returns u's division code.
func (u Unit) Code() Code { return u.code }

// Parent returns the code of u's parent in its network, zero for a root.
// It is the nearest ancestor present, which for a county of a municipality
// whose list leaves out the prefecture row is the province.
func (u Unit) Parent() Code { return u.parent }

// Leaf reports whether u has no children.
func (u Unit) Leaf() bool { return u.leaf }

// Record returns the position of the record u was built from in the slice
// given to Build.
func (u Unit) Record() int { return int(u.record) }

// Name returns u's name.
func (u Unit) Name() string { return u.name }

// Kind returns u's class: the stated one, or else the one its code implies.
func (u Unit) Kind() UnitKind { return u.kind }

// Level returns u's level.
func (u Unit) Level() Level { return kindLevels[u.kind] }

// Population returns u's stated population (0 if not stated).
func (u Unit) Population() int64 { return u.population }

// UrbanRural returns u's urban–rural classification code, if known.
func (u Unit) UrbanRural() UrbanRural { return u.urbanRural }

// Urban reports whether u is urban: by its urban–rural code when known,
// else by its kind (UnitKind.Urban).
func (u Unit) Urban() bool { return urban(u.urbanRural, u.kind) }

func urban(ur UrbanRural, k UnitKind) bool {
	if ur.Known() {
		return ur.Urban()
	}
	return k.Urban()
}

// Facility returns the social-work body u hosts, FacilityNone if none.
func (u Unit) Facility() Facility { return u.facility }

// Since returns the day u's facility opened, zero if unknown.
func (u Unit) Since() policy.Date { return u.since }

// Essentials returns the "六有" u's facility meets.
func (u Unit) Essentials() Essentials { return u.essentials }

// stated is what a record says of its unit's parent.
type stated uint8

const (
	statedNone  stated = iota // nothing
	statedAbove               // the code one level up
	statedOther               // another code, read from the record when needed
)

// MaxName is the longest name a record may have, in bytes: ten times the
// longest official name, so that no real list comes near it.
const MaxName = 1<<16 - 1

// unit is a unit as the network stores it: no pointers, so that building
// and sorting millions of them costs the garbage collector nothing. Names
// live in one string arena.
type unit struct {
	code       Code
	population int64
	name       uint32 // offset of the name in the arena
	nameLen    uint16 // at most MaxName
	stated     stated // what the record says of the parent
	since      policy.Date
	row        int32 // the unit's row in a Rollup, 0 (the whole network's) for a leaf
	record     int32
	kind       UnitKind
	urbanRural UrbanRural
	facility   Facility
	essentials Essentials
}

// A Network is a validated tree (or forest) of units, built from flat
// records. It is immutable, so any number of goroutines may read it; what
// its methods return are copies.
type Network struct {
	units      []unit
	codes      []Code  // the units' codes: a dense copy that binary search crosses 5 times faster
	parent     []int32 // index of each unit's parent, -1 for a root
	end        []int32 // one past the last index of each unit's subtree
	names      string  // every name, back to back
	byLevel    []int32 // unit indexes grouped by level, in code order within a level
	levelStart [numLevels + 1]int32
	rows       int32 // Rollup rows: the whole network's, then one per unit with children
	top        Level
}

func init() {
	netindex.Register(func(n *Network) netindex.Layout[Code] {
		return netindex.Layout[Code]{Codes: n.codes, Parent: n.parent, End: n.end}
	}, func(u Unit) int { return int(u.index) })
}

// at returns the unit at index i as a value.
func (n *Network) at(i int) Unit {
	u := &n.units[i]
	var parent Code
	if p := n.parent[i]; p >= 0 {
		parent = n.codes[p]
	}
	return Unit{
		code: u.code, parent: parent, name: n.names[u.name : u.name+uint32(u.nameLen)], population: u.population,
		since: u.since, index: int32(i), record: u.record, kind: u.kind, urbanRural: u.urbanRural,
		facility: u.facility, essentials: u.essentials, leaf: u.row == 0,
	}
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
	b := builder{records: records, units: make([]unit, len(records)), top: numLevels}
	// Names run to about 20 bytes (6 Han characters and a few digits); a
	// longer list grows the arena once or twice, which costs less than a
	// pass over the records to measure them.
	b.arena.Grow(min(20*len(records), math.MaxUint32))
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
		slices.SortStableFunc(b.units, func(x, y unit) int { return cmp.Compare(x.code, y.code) })
	}
	if !sorted || repeated {
		b.dedupe()
	}
	net := b.link()
	if len(b.problems) > 0 {
		slices.SortStableFunc(b.problems, func(x, y Problem) int { return cmp.Compare(x.Index, y.Index) })
		return nil, &ValidationError{Problems: b.problems}
	}
	net.names = b.arena.String()
	return net, nil
}

type builder struct {
	records  []Record
	units    []unit
	arena    strings.Builder // the names, in record order; a Builder hands its bytes over as a string without a copy
	codes    []Code          // the units' codes, once linked
	parent   []int32         // the units' parents, once linked
	problems []Problem
	levels   [numLevels]int32 // units by level
	top      Level            // highest level of any unit
	people   int64            // stated population so far, to refuse an overflowing total
}

func (b *builder) fail(i int, err error) {
	r := &b.records[i]
	b.problems = append(b.problems, Problem{Index: i, Code: r.Code, Name: r.Name, Err: err})
}

// name returns the name of the stored unit u.
func (b *builder) name(u *unit) string { return b.arena.String()[u.name : u.name+uint32(u.nameLen)] }

// check validates record i on its own and fills in u; it returns false
// when the code is unusable, so the record cannot be placed in the tree.
func (b *builder) check(i int, u *unit) bool {
	r := &b.records[i]
	b.checkFields(i, r)
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
	off := b.arena.Len()
	if off > math.MaxUint32-len(r.Name) {
		b.fail(i, fmt.Errorf("%w: names pass %d bytes in all", ErrTooMany, uint32(math.MaxUint32)))
		return false
	}
	b.arena.WriteString(r.Name)
	st := statedNone
	switch r.Parent {
	case 0:
	case r.Code.Parent():
		st = statedAbove
	default:
		st = statedOther
	}
	*u = unit{
		code: r.Code, name: uint32(off), nameLen: uint16(len(r.Name)), stated: st, population: r.Population, since: r.Since,
		record: int32(i), kind: kind, urbanRural: r.UrbanRural, facility: r.Facility, essentials: r.Essentials,
	}
	return true
}

// checkFields checks what record i states apart from its code and kind.
func (b *builder) checkFields(i int, r *Record) {
	switch {
	case blank(r.Name):
		b.fail(i, fmt.Errorf("%w: empty", ErrName))
	case len(r.Name) > MaxName:
		b.fail(i, fmt.Errorf("%w: %d bytes, at most %d", ErrName, len(r.Name), MaxName))
	case !utf8.ValidString(r.Name): // such as GB18030 read as UTF-8; JSON would carry it as U+FFFD
		b.fail(i, fmt.Errorf("%w: not valid UTF-8", ErrName))
	}
	switch {
	case r.Population < 0:
		b.fail(i, fmt.Errorf("%w: %d is negative", ErrPopulation, r.Population))
	case b.people > math.MaxInt64-r.Population:
		b.fail(i, fmt.Errorf("%w: %d brings the total past the int64 range", ErrPopulation, r.Population))
	default:
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
	switch {
	case !r.Essentials.Valid():
		b.fail(i, fmt.Errorf("%w: essentials %s", ErrFacility, r.Essentials))
	case r.Facility == FacilityNone && r.Essentials != 0:
		b.fail(i, fmt.Errorf("%w: essentials %s without a facility", ErrFacility, r.Essentials))
	}
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
	count := len(b.units)
	n := &Network{units: b.units, top: b.top, rows: 1, codes: make([]Code, count), parent: make([]int32, count),
		end: make([]int32, count), byLevel: make([]int32, count)}
	b.codes, b.parent = n.codes, n.parent
	if count == 0 {
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
		n.codes[i] = u.code
		for depth > 0 && u.code >= stack[depth-1].limit {
			depth--
			n.end[stack[depth].index] = int32(i)
		}
		level := u.code.level()
		n.byLevel[next[level]] = int32(i)
		next[level]++
		parent := int32(-1)
		if depth > 0 {
			parent = stack[depth-1].index
			p := &b.units[parent]
			if parent == int32(i-1) {
				p.row = n.rows
				n.rows++
			}
		}
		n.parent[i] = parent
		if b.linkProblem(u, parent, level) {
			mismatched = append(mismatched, int32(i))
		}
		stack[depth] = open{index: int32(i), limit: u.code + Code(pow10[12-levelDigits[level]])}
		depth++
	}
	for depth > 0 {
		depth--
		n.end[stack[depth].index] = int32(count)
	}
	if len(mismatched) > 0 {
		b.mismatches(mismatched)
	}
	return n
}

// linkProblem checks unit u, of level, against the parent link found for
// it. It reports a parent of the wrong level or a missing one, and returns
// true for a stated parent that differs from the one found, which
// mismatches explains once every unit is linked.
func (b *builder) linkProblem(u *unit, parent int32, level Level) bool {
	var stated Code
	switch u.stated {
	case statedNone:
	case statedAbove: // the common case, told without reading the record again
		if parent < 0 || b.units[parent].code != u.code.Parent() {
			return true
		}
		stated = u.code.Parent()
	default:
		if stated = b.records[u.record].Parent; parent < 0 || b.units[parent].code != stated {
			return true
		}
	}
	switch {
	case parent >= 0 && !parentFits(b.units[parent].code.level(), level):
		if stated != 0 {
			p := &b.units[parent]
			b.fail(int(u.record), fmt.Errorf("%w: kind %s cannot sit under %s %s, a %s-level unit", ErrKind, u.kind, p.code, b.name(p), p.code.level()))
		} else {
			b.fail(int(u.record), fmt.Errorf("%w: %s is not in the network", ErrMissingParent, u.code.Parent()))
		}
	case parent < 0 && level != b.top:
		b.fail(int(u.record), fmt.Errorf("%w: %s is not in the network, and only %s-level units may be roots", ErrMissingParent, u.code.Parent(), b.top))
	}
	return false
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
			p := &b.units[b.parent[i]]
			b.fail(int(u.record), fmt.Errorf("%w: stated parent is %s but %s %s lies between", ErrInconsistent, stated, p.code, b.name(p)))
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

// index returns the index of the unit with code c.
func (n *Network) index(c Code) (int, bool) { return slices.BinarySearch(n.codes, c) }

// Has reports whether the network has a unit with code c.
func (n *Network) Has(c Code) bool {
	_, ok := n.index(c)
	return ok
}

// Lookup returns the unit with code c.
func (n *Network) Lookup(c Code) (Unit, bool) {
	i, ok := n.index(c)
	if !ok {
		return Unit{}, false
	}
	return n.at(i), true
}

// Units yields every unit in code order.
func (n *Network) Units() iter.Seq[Unit] { return n.span(0, len(n.units)) }

// Subtree yields the unit with code c and its descendants in code order (a
// pre-order walk); nothing for a code not in the network.
func (n *Network) Subtree(c Code) iter.Seq[Unit] {
	i, ok := n.index(c)
	if !ok {
		return n.span(0, 0)
	}
	return n.span(i, int(n.end[i]))
}

func (n *Network) span(from, to int) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for i := from; i < to; i++ {
			if !yield(n.at(i)) {
				return
			}
		}
	}
}

// Roots yields the units without a parent, in code order.
func (n *Network) Roots() iter.Seq[Unit] { return n.siblings(0, len(n.units)) }

// Children yields the children of the unit with code c in code order;
// nothing for a code not in the network.
func (n *Network) Children(c Code) iter.Seq[Unit] {
	i, ok := n.index(c)
	if !ok {
		return n.siblings(0, 0)
	}
	return n.siblings(i+1, int(n.end[i]))
}

// siblings yields the units heading the consecutive subtrees that fill
// [from, to), skipping each subtree whole.
func (n *Network) siblings(from, to int) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for i := from; i < to; i = int(n.end[i]) {
			if !yield(n.at(i)) {
				return
			}
		}
	}
}

// Ancestors yields the parent of the unit with code c, its parent's parent
// and so on to the root; nothing for a code not in the network.
func (n *Network) Ancestors(c Code) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		i, ok := n.index(c)
		if !ok {
			return
		}
		for p := n.parent[i]; p >= 0; p = n.parent[p] {
			if !yield(n.at(int(p))) {
				return
			}
		}
	}
}

// AtLevel yields the units of level l in code order.
func (n *Network) AtLevel(l Level) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		if !l.Valid() {
			return
		}
		for _, i := range n.byLevel[n.levelStart[l]:n.levelStart[l+1]] {
			if !yield(n.at(int(i))) {
				return
			}
		}
	}
}

// OfKind yields the units of kind k in code order.
func (n *Network) OfKind(k UnitKind) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		if !k.Valid() {
			return
		}
		for _, i := range n.byLevel[n.levelStart[k.Level()]:n.levelStart[k.Level()+1]] {
			if n.units[i].kind == k && !yield(n.at(int(i))) {
				return
			}
		}
	}
}
