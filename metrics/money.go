package metrics

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
)

// A Rounding is a named rule for rounding money to the fen (0.01 yuan).
// Documents rarely say which rule they mean; a computation names the one it
// uses so that a reader can check it.
type Rounding uint8

// The rounding rules. HalfUp, the zero value, is the 四舍五入 of Chinese
// accounting.
const (
	HalfUp   Rounding = iota // half away from zero: 0.005 → 0.01, −0.005 → −0.01
	HalfEven                 // half to even (banker's): 0.005 → 0.00, 0.015 → 0.02
	Down                     // toward zero: what is owed is never rounded up
	Up                       // away from zero
)

var roundingNames = enum.New[Rounding]("rounding",
	enum.Name{Text: "half-up", En: "round half away from zero", Hans: "四舍五入", Hant: "四捨五入"},
	enum.Name{Text: "half-even", En: "round half to even", Hans: "四舍六入五成双", Hant: "四捨六入五成雙"},
	enum.Name{Text: "down", En: "round toward zero", Hans: "舍去", Hant: "捨去"},
	enum.Name{Text: "up", En: "round away from zero", Hans: "进位", Hant: "進位"},
)

// String returns r's machine name, such as "half-up".
func (r Rounding) String() string { return roundingNames.String(r) }

// Roundings lists the rounding rules in order.
func Roundings() []Rounding { return roundingNames.Listed() }

// MarshalText encodes r as its machine name, such as "half-up".
func (r Rounding) MarshalText() ([]byte, error) { return roundingNames.Marshal(r) }

// UnmarshalText decodes a machine name, a Chinese label or an alias; an
// unknown name is an error wrapping policy.ErrUnknownName.
func (r *Rounding) UnmarshalText(b []byte) error { return enum.Unmarshal(roundingNames, r, b) }

// Valid reports whether r is one of the named rules.
func (r Rounding) Valid() bool { return roundingNames.Valid(r) }

// Label returns r's name in the language closest to tag.
func (r Rounding) Label(tag language.Tag) string { return roundingNames.Label(r, tag) }

// Fen rounds an amount in yuan to the fen by r.
func (r Rounding) Fen(yuan decimal.Decimal) decimal.Decimal {
	switch r {
	case HalfEven:
		return yuan.RoundBank(2)
	case Down:
		return yuan.RoundDown(2)
	case Up:
		return yuan.RoundUp(2)
	case HalfUp:
	}
	return yuan.Round(2)
}

// ErrMoney is wrapped by errors about amounts that cannot be held in fen.
var ErrMoney = errors.New("invalid amount")

// ToFen returns an amount in yuan as a whole number of fen, for exact
// int64 arithmetic in loops over millions of records. An amount with a
// fraction of a fen is an error wrapping ErrMoney (round it first with a
// named rule), and one beyond ±9.2×10¹⁶ yuan wraps ErrOverflow as well. The work is bounded by the digits of the amount, not
// its exponent, so a hostile "1e999999999" fails at once.
func ToFen(yuan decimal.Decimal) (int64, error) {
	if yuan.IsZero() {
		return 0, nil
	}
	e := int64(yuan.Exponent()) + 2 // the exponent in fen
	digits := int64(yuan.NumDigits())
	// Most amounts have at most two places and few digits: no big.Int.
	if e >= 0 && e <= 4 && digits <= 14 {
		return yuan.CoefficientInt64() * int64(pow10[e]), nil
	}
	switch {
	case e > 0 && digits+e > 19:
		return 0, fmt.Errorf("%w: %w", ErrMoney, overflowf("%s yuan overflows int64 fen", brief(yuan)))
	case e < 0 && -e > digits:
		return 0, fmt.Errorf("%w: %s yuan is not a whole number of fen", ErrMoney, brief(yuan))
	}
	c := yuan.Coefficient()
	if e >= 0 {
		c.Mul(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(e), nil))
	} else if _, rem := c.QuoRem(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(-e), nil), new(big.Int)); rem.Sign() != 0 {
		return 0, fmt.Errorf("%w: %s yuan is not a whole number of fen", ErrMoney, yuan)
	}
	if !c.IsInt64() {
		return 0, fmt.Errorf("%w: %w", ErrMoney, overflowf("%s yuan overflows int64 fen", yuan))
	}
	return c.Int64(), nil
}

var pow10 = [...]uint64{1, 10, 100, 1000, 10000}

// brief writes d for an error message: in full when short, else in
// scientific notation, since 1e999999999 written out is a gigabyte.
func brief(d decimal.Decimal) string {
	if e := d.Exponent(); e > 30 || e < -30 {
		return d.Coefficient().String() + "e" + strconv.Itoa(int(e))
	}
	return d.String()
}

// FenOf rounds the exact quotient x, an amount in yuan, to the fen by r.
// The remainder is compared exactly, so a value just below half a fen is
// never rounded as half, as rounding a long decimal expansion would.
func (r Rounding) FenOf(x Ratio) decimal.Decimal {
	num, den := x.Num(), x.Den()
	q, rem := num.QuoRem(den, 2) // rem has num's sign
	if rem.IsZero() {
		return q
	}
	away := r == Up
	if r == HalfUp || r == HalfEven {
		c := rem.Abs().Mul(two).Cmp(den.Shift(-2))
		away = c > 0 || c == 0 && (r == HalfUp || q.Shift(2).IntPart()%2 != 0)
	}
	if !away {
		return q
	}
	if num.IsNegative() {
		return q.Sub(oneFen)
	}
	return q.Add(oneFen)
}

var (
	two    = decimal.NewFromInt(2)
	oneFen = decimal.New(1, -2)
)

// FromFen returns fen as yuan, with two places.
func FromFen(fen int64) decimal.Decimal { return decimal.New(fen, -2) }
