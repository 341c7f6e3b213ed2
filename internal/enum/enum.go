// Package enum holds the name tables behind the library's enumerations, so
// that every small integer type gets String, MarshalText, UnmarshalText,
// Valid, a listing and localised labels from one implementation.
package enum

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// ErrUnknown is wrapped by every error about text that names no value of an
// enumeration. policy re-exports it as policy.ErrUnknownName.
var ErrUnknown = errors.New("unknown name")

// A Name gives one value its machine name (used in JSON and String) and its
// labels in English, Simplified and Traditional Chinese. Aliases are further
// words people type for the value (short forms, synonyms); Parse accepts
// them. A Placeholder (such as an "unspecified" zero value) parses but is
// not offered in the list of accepted words an unknown name's error gives.
type Name struct {
	Text, En, Hans, Hant string
	Aliases              []string
	Placeholder          bool
}

// Lang is one of the three languages the library writes, in the order of
// the fields of Name. Exported APIs take a language.Tag; Match maps it here.
type Lang uint8

// The label languages.
const (
	En Lang = iota
	Hans
	Hant
)

// Supported lists the languages in Lang order; the first is the fallback
// for tags that match none.
var Supported = [...]language.Tag{language.English, language.SimplifiedChinese, language.TraditionalChinese}

// Match returns the language closest to tag: zh, zh-CN, zh-SG and zh-Hans
// give Simplified; zh-TW, zh-HK, zh-MO and zh-Hant Traditional; anything
// else English. It reads the tag's base and script directly rather than
// through a language.Matcher, which would make every label cost a search.
func Match(tag language.Tag) Lang {
	base, _ := tag.Base()
	if base.String() != "zh" {
		return En
	}
	if script, _ := tag.Script(); script.String() == "Hant" {
		return Hant
	}
	return Hans
}

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

// Values returns every named value in order, placeholders included.
func (s Set[E]) Values() []E {
	out := make([]E, len(s.names))
	for i := range out {
		out[i] = E(i)
	}
	return out
}

// Listed returns the values a caller chooses from, in order: every named
// value but the placeholders. It is the body of every listing function.
func (s Set[E]) Listed() []E {
	out := make([]E, 0, len(s.names))
	for i, n := range s.names {
		if !n.Placeholder {
			out = append(out, E(i))
		}
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

// Label returns e's label in the language closest to tag, falling back to
// String.
func (s Set[E]) Label(e E, tag language.Tag) string {
	if !s.Valid(e) {
		return s.String(e)
	}
	n := s.names[e]
	switch Match(tag) {
	case Hans:
		return n.Hans
	case Hant:
		return n.Hant
	case En:
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

// Parse returns the value whose machine name, Chinese label or alias is
// text, since data files written by people use all of them. The error for
// unknown text wraps ErrUnknown and lists the words accepted, without
// placeholders.
func (s Set[E]) Parse(text string) (E, error) {
	if text != "" {
		for i, n := range s.names {
			if text == n.Text || text == n.Hans || text == n.Hant {
				return E(i), nil
			}
		}
		for i, n := range s.names {
			for _, a := range n.Aliases {
				if text == a {
					return E(i), nil
				}
			}
		}
	}
	return 0, unknownError(fmt.Sprintf("unknown %s %q (want one of %s)", s.typ, text, strings.Join(s.Accepted(), ", ")))
}

// unknownError reads as its own message alone, without ErrUnknown's text,
// and still matches ErrUnknown under errors.Is.
type unknownError string

func (e unknownError) Error() string { return string(e) }
func (unknownError) Unwrap() error   { return ErrUnknown }

// Accepted returns the machine names an error offers: every name but the
// placeholders, in order.
func (s Set[E]) Accepted() []string {
	known := make([]string, 0, len(s.names))
	for _, n := range s.names {
		if !n.Placeholder {
			known = append(known, n.Text)
		}
	}
	return known
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
