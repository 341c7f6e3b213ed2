// Package enum holds the name tables behind the library's enumerations, so
// that every small integer type gets String, MarshalText, UnmarshalText and
// localised labels from one implementation.
package enum

import (
	"fmt"
	"strconv"
	"strings"
)

// A Name gives one value its machine name (used in JSON and String) and its
// labels in English, Simplified and Traditional Chinese.
type Name struct {
	Text, En, Hans, Hant string
}

// Lang selects a label: the order of the fields of Name.
type Lang uint8

// The label languages.
const (
	En Lang = iota
	Hans
	Hant
)

// Set is the name table of enumeration E, indexed by value.
type Set[E ~uint8] struct {
	typ   string
	names []Name
}

// New returns the table for type typ (as named in errors) whose value i has
// names[i].
func New[E ~uint8](typ string, names ...Name) Set[E] {
	return Set[E]{typ: typ, names: names}
}

// Valid reports whether e has a name.
func (s Set[E]) Valid(e E) bool { return int(e) < len(s.names) }

// Values returns every named value in order.
func (s Set[E]) Values() []E {
	out := make([]E, len(s.names))
	for i := range out {
		out[i] = E(i)
	}
	return out
}

// String returns e's machine name, or "typ(n)" for a value without one.
func (s Set[E]) String(e E) string {
	if !s.Valid(e) {
		return s.typ + "(" + strconv.Itoa(int(e)) + ")"
	}
	return s.names[e].Text
}

// Label returns e's label in language l, falling back to String.
func (s Set[E]) Label(e E, l Lang) string {
	if !s.Valid(e) {
		return s.String(e)
	}
	n := s.names[e]
	switch l {
	case Hans:
		return n.Hans
	case Hant:
		return n.Hant
	}
	return n.En
}

// Marshal encodes e's machine name, refusing a value without one.
func (s Set[E]) Marshal(e E) ([]byte, error) {
	if !s.Valid(e) {
		return nil, fmt.Errorf("invalid %s %d", s.typ, int(e))
	}
	return []byte(s.names[e].Text), nil
}

// Parse returns the value whose machine name is text. It also accepts the
// Simplified and Traditional Chinese labels, since data files written by
// people use them.
func (s Set[E]) Parse(text string) (E, error) {
	for i, n := range s.names {
		if text == n.Text || (text != "" && (text == n.Hans || text == n.Hant)) {
			return E(i), nil
		}
	}
	known := make([]string, len(s.names))
	for i, n := range s.names {
		known[i] = n.Text
	}
	return 0, fmt.Errorf("unknown %s %q (want one of %s)", s.typ, text, strings.Join(known, ", "))
}

// Unmarshal parses text into *v, leaving *v unchanged on error: the body of
// every UnmarshalText method.
func Unmarshal[E ~uint8](s Set[E], v *E, text []byte) error {
	e, err := s.Parse(string(text))
	if err != nil {
		return err
	}
	*v = e
	return nil
}
