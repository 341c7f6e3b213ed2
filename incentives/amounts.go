package incentives

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/staffing"
)

// numLevels is the length of a table indexed by staffing.CertLevel; index 0,
// NoCertificate, pays nothing.
const numLevels = int(staffing.Senior) + 1

// certLevels are the certificate levels, lowest first: the levels a rule
// pays.
var certLevels = [...]staffing.CertLevel{staffing.Junior, staffing.Intermediate, staffing.Senior}

// Amounts are amounts in yuan by certificate level, indexed by
// staffing.CertLevel: Amounts{staffing.Junior: …}. A level without an amount
// pays nothing. In JSON it is an object from level names to amounts.
type Amounts [staffing.Senior + 1]decimal.Decimal

// IsZero reports whether no level has an amount.
func (a Amounts) IsZero() bool {
	for _, v := range a {
		if !v.IsZero() {
			return false
		}
	}
	return true
}

// MarshalJSON writes an object from level names to amounts, every level
// listed, junior first. An amount for NoCertificate, which nothing pays
// and the format has no key for, is an error rather than dropped.
func (a Amounts) MarshalJSON() ([]byte, error) {
	if !a[staffing.NoCertificate].IsZero() {
		return nil, fmt.Errorf("amounts: %s for %s: only certificate levels are paid", a[staffing.NoCertificate], staffing.NoCertificate)
	}
	return marshalLevels(a)
}

// UnmarshalJSON reads an object from level names (or Chinese titles) to
// amounts. An unknown or repeated level is an error; a level left out pays
// nothing.
func (a *Amounts) UnmarshalJSON(b []byte) error { return unmarshalLevels(b, "amounts", a) }

// Grades are pay-grade steps by certificate level, indexed by
// staffing.CertLevel: Grades{staffing.Junior: 1, staffing.Intermediate: 2,
// staffing.Senior: 3}. Only the highest level a worker holds counts: a
// senior is paid three grades, not one plus two plus three.
type Grades [staffing.Senior + 1]int

// MarshalJSON writes an object from level names to grades. Grades for
// NoCertificate are an error rather than dropped.
func (g Grades) MarshalJSON() ([]byte, error) {
	if g[staffing.NoCertificate] != 0 {
		return nil, fmt.Errorf("grades: %d for %s: only certificate levels are paid", g[staffing.NoCertificate], staffing.NoCertificate)
	}
	return marshalLevels(g)
}

// UnmarshalJSON reads an object from level names to grades.
func (g *Grades) UnmarshalJSON(b []byte) error { return unmarshalLevels(b, "grades", g) }

func marshalLevels[T any, A ~[numLevels]T](vals A) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, l := range certLevels {
		v, err := json.Marshal(vals[l])
		if err != nil {
			return nil, err
		}
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString(`"` + l.String() + `":`)
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

func unmarshalLevels[T any, A ~[numLevels]T](data []byte, what string, dst *A) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return fmt.Errorf("%s: want an object from level to value, got %.40s", what, data)
	}
	var out A
	var seen [numLevels]bool
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		name, _ := tok.(string) // inside an object, Token returns keys as strings
		var l staffing.CertLevel
		if err := l.UnmarshalText([]byte(name)); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if l == staffing.NoCertificate || seen[l] {
			return fmt.Errorf("%s: level %q is not a certificate or is given twice", what, name)
		}
		seen[l] = true
		if err := dec.Decode(&out[l]); err != nil {
			return fmt.Errorf("%s: %s: %w", what, l, err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	*dst = out
	return nil
}
