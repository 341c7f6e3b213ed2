package hierarchy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"

	"github.com/shegong/shegong/metrics"
)

// Integer is the set of types Sum adds with overflow checks: head counts,
// hours, money in fen.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

// Sums holds a measure rolled up the tree by Sum or Fold: a value for every
// unit's subtree and one for the whole network. It is immutable: any number
// of goroutines may read it.
type Sums[T any] struct {
	net   *Network
	sub   []T
	total T
}

// Of returns the value of the subtree of the unit with code c, and whether
// the network has such a unit.
func (s *Sums[T]) Of(c Code) (T, bool) {
	i, ok := s.net.index(c)
	if !ok {
		var zero T
		return zero, false
	}
	return s.sub[i], true
}

// Total returns the value over the whole network.
func (s *Sums[T]) Total() T { return s.total }

// All yields every unit's code with the value of its subtree, in code
// order.
func (s *Sums[T]) All() iter.Seq2[Code, T] {
	return func(yield func(Code, T) bool) {
		for i, v := range s.sub {
			if !yield(s.net.codes[i], v) {
				return
			}
		}
	}
}

// Sum rolls an additive measure up the tree: for every unit, own(u) plus
// the totals of its children's subtrees, and the total over the whole
// network. It is one pass in reverse code order, calling own once per
// unit. An overflowing total is an error wrapping metrics.ErrOverflow and
// naming the unit whose subtree overflowed (or the network total).
//
// A staffing minimum by kind rolled up to every ancestor is
// Sum(net, minimums.Of) for a ByKind[int64] of minimums.
func Sum[T Integer](n *Network, own func(u Unit) T) (*Sums[T], error) {
	out := make([]T, len(n.units))
	var total T
	for i := len(n.units) - 1; i >= 0; i-- {
		v, ok := addChecked(out[i], own(n.at(i)))
		if !ok {
			return nil, n.overflow(i, v)
		}
		out[i] = v
		p := n.parent[i]
		if p < 0 {
			if total, ok = addChecked(total, v); !ok {
				return nil, fmt.Errorf("%w: network total passes the range of %T", metrics.ErrOverflow, v)
			}
		} else if out[p], ok = addChecked(out[p], v); !ok {
			return nil, n.overflow(int(p), v)
		}
	}
	return &Sums[T]{net: n, sub: out, total: total}, nil
}

func (n *Network) overflow(i int, v any) error {
	u := &n.units[i]
	return fmt.Errorf("%w: subtree of %s %s passes the range of %T", metrics.ErrOverflow, u.code, n.names[u.name:u.name+uint32(u.nameLen)], v)
}

// addChecked returns a+b and whether it did not overflow.
func addChecked[T Integer](a, b T) (T, bool) {
	s := a + b
	return s, (s > a) == (b > 0)
}

// Fold is Sum for measures that are not plain integers, such as a
// metrics.Coverage or a struct of service counts: for every unit, own(u)
// combined by add with its children's subtree values, and the combination
// over the whole network. add must be associative and commutative with
// the zero T as identity; it is called once per unit and child.
func Fold[T any](n *Network, own func(u Unit) T, add func(sum, part T) T) *Sums[T] {
	out := make([]T, len(n.units))
	var total T
	for i := len(n.units) - 1; i >= 0; i-- {
		out[i] = add(out[i], own(n.at(i)))
		if p := n.parent[i]; p >= 0 {
			out[p] = add(out[p], out[i])
		} else {
			total = add(total, out[i])
		}
	}
	return &Sums[T]{net: n, sub: out, total: total}
}

// ByKind is a table with at most one value per unit kind: a requirement
// per unit by kind, such as Chongqing's minimum of two full-time social
// workers for a subdistrict station and one for a town's. It is a value;
// With returns a modified copy.
type ByKind[T any] struct {
	set  uint32 // bit k is set when kind k has a value
	bad  UnitKind
	vals [numKinds]T
}

// With returns b with value v for kind k. An invalid k is kept aside and
// reported by Validate.
func (b ByKind[T]) With(k UnitKind, v T) ByKind[T] {
	if !k.Valid() {
		if b.bad == KindUnspecified {
			b.bad = k
		}
		return b
	}
	b.set |= 1 << k
	b.vals[k] = v
	return b
}

// WithLevel returns b with value v for every kind of level l, such as a
// county centre's minimum for districts, counties and banners alike.
func (b ByKind[T]) WithLevel(l Level, v T) ByKind[T] {
	for _, k := range l.Kinds() {
		b = b.With(k, v)
	}
	return b
}

// Validate reports a kind given to With that is not a unit kind.
func (b ByKind[T]) Validate() error {
	if b.bad != KindUnspecified {
		return fmt.Errorf("%w: %s is not a unit kind", ErrKind, b.bad)
	}
	return nil
}

// Get returns the value for kind k and whether it has one.
func (b ByKind[T]) Get(k UnitKind) (T, bool) {
	if !b.Has(k) {
		var zero T
		return zero, false
	}
	return b.vals[k], true
}

// Has reports whether kind k has a value.
func (b ByKind[T]) Has(k UnitKind) bool { return k < numKinds && b.set&(1<<k) != 0 }

// Of returns the value for u's kind, or the zero T if it has none: the
// measure a Sum of a requirement by kind takes.
func (b ByKind[T]) Of(u Unit) T { return b.vals[u.kind] }

// Len returns how many kinds have a value.
func (b ByKind[T]) Len() int {
	n := 0
	for range b.All() {
		n++
	}
	return n
}

// All yields the kinds with a value, in kind order, with their values.
func (b ByKind[T]) All() iter.Seq2[UnitKind, T] {
	return func(yield func(UnitKind, T) bool) {
		for k := KindProvince; k < numKinds; k++ {
			if b.Has(k) && !yield(k, b.vals[k]) {
				return
			}
		}
	}
}

// MarshalJSON writes an object from kind names to values, in kind order.
func (b ByKind[T]) MarshalJSON() ([]byte, error) {
	if err := b.Validate(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteByte('{')
	for k, v := range b.All() {
		if buf.Len() > 1 {
			buf.WriteByte(',')
		}
		val, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("by-kind table: value for %s: %w", k, err)
		}
		buf.WriteString(`"` + k.String() + `":`)
		buf.Write(val)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// UnmarshalJSON reads an object from kind names (or Chinese labels) to
// values. An unknown or repeated kind is an error.
func (b *ByKind[T]) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return fmt.Errorf("by-kind table: want an object, got %.40s", data)
	}
	var out ByKind[T]
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("by-kind table: %w", err)
		}
		name, _ := tok.(string) // inside an object, dec.Token returns keys as strings
		var k UnitKind
		if err := k.UnmarshalText([]byte(name)); err != nil {
			return fmt.Errorf("by-kind table: %w", err)
		}
		if !k.Valid() || out.Has(k) {
			return fmt.Errorf("by-kind table: kind %q is unspecified or given twice", name)
		}
		var v T
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("by-kind table: value for %s: %w", k, err)
		}
		out = out.With(k, v)
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("by-kind table: %w", err)
	}
	*b = out
	return nil
}
