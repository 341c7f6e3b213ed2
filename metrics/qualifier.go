package metrics

import "golang.org/x/text/language"

// The rest of Qualifier's enumeration shape; ParseQuantity and the
// qualifier words live in quantity.go.

// Label returns q's word in the language closest to tag, such as "超过";
// Exact has none and gives "".
func (q Qualifier) Label(tag language.Tag) string { return qualifierNames.Label(q, tag) }

// Valid reports whether q is one of the named qualifiers.
func (q Qualifier) Valid() bool { return qualifierNames.Valid(q) }

// Qualifiers lists the qualifiers in order, Exact first.
func Qualifiers() []Qualifier { return qualifierNames.Listed() }
