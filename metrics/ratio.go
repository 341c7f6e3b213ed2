package metrics

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
)

// A Scale is the unit a ratio is written in: per cent, per mille or per ten
// thousand. Policy texts use all three ("39%", "2.5‰", "3‱").
type Scale uint8

// The scales. Percent is the zero value, the one reports use by default.
const (
	Percent        Scale = iota // %, parts per hundred
	PerMille                    // ‰, parts per thousand
	PerTenThousand              // ‱, parts per ten thousand
)

var scaleNames = enum.New[Scale]("scale",
	enum.Name{Text: "percent", En: "per cent", Hans: "百分比", Hant: "百分比"},
	enum.Name{Text: "per-mille", En: "per mille", Hans: "千分比", Hant: "千分比"},
	enum.Name{Text: "per-ten-thousand", En: "per ten thousand", Hans: "万分比", Hant: "萬分比"},
)

var (
	scaleSigns   = [...]string{"%", "‰", "‱"}
	scaleFactors = [...]decimal.Decimal{decimal.NewFromInt(100), decimal.NewFromInt(1000), decimal.NewFromInt(10000)}
)

// String returns s's machine name, such as "per-mille".
func (s Scale) String() string { return scaleNames.String(s) }

// MarshalText encodes s as its machine name, such as "per-mille".
func (s Scale) MarshalText() ([]byte, error) { return scaleNames.Marshal(s) }

// UnmarshalText decodes a machine name, a Chinese label or an alias; an
// unknown name is an error wrapping policy.ErrUnknownName.
func (s *Scale) UnmarshalText(b []byte) error { return enum.Unmarshal(scaleNames, s, b) }

// Label returns s's name in the language closest to tag, such as "千分比".
func (s Scale) Label(tag language.Tag) string { return scaleNames.Label(s, tag) }

// Valid reports whether s is one of the named scales.
func (s Scale) Valid() bool { return scaleNames.Valid(s) }

// Scales lists the scales in order.
func Scales() []Scale { return scaleNames.Listed() }

// Sign returns the sign written after a number in s: "%", "‰" or "‱".
func (s Scale) Sign() string {
	if !scaleNames.Valid(s) {
		return ""
	}
	return scaleSigns[s]
}

// factor returns the parts per whole of s: 100, 1000 or 10000.
func (s Scale) factor() decimal.Decimal {
	if !scaleNames.Valid(s) {
		return decimal.NewFromInt(1)
	}
	return scaleFactors[s]
}

// ErrRatio is wrapped by every error about a ratio that cannot be built or
// read, such as one with a zero denominator.
var ErrRatio = errors.New("invalid ratio")

// A Ratio is an exact quotient that keeps its numerator and denominator, so
// that "4,350 of 11,154" stays 4350/11154 until it is shown, and rounding
// happens once, at the places the caller asks for. The denominator is
// always positive. The zero Ratio is 0. A Ratio is immutable (its
// decimals are never changed in place): concurrent use is safe.
type Ratio struct {
	num, den decimal.Decimal // den.IsZero() only in the zero Ratio
}

var one = decimal.NewFromInt(1)

// NewRatio returns num/den; a zero denominator is an error. A negative
// denominator moves its sign to the numerator.
func NewRatio(num, den decimal.Decimal) (Ratio, error) {
	if den.IsZero() {
		return Ratio{}, fmt.Errorf("%w: %s/%s has a zero denominator", ErrRatio, num, den)
	}
	if den.IsNegative() {
		num, den = num.Neg(), den.Neg()
	}
	return Ratio{num: num, den: den}, nil
}

// RatioOf returns n/m for counts, such as 4350 rooms of 11154 communities.
func RatioOf(n, m int64) (Ratio, error) {
	return NewRatio(decimal.NewFromInt(n), decimal.NewFromInt(m))
}

// Fraction returns the ratio v/1, such as 0.0025 for 2.5‰.
func Fraction(v decimal.Decimal) Ratio { return Ratio{num: v, den: one} }

// Scaled returns v parts per s: Scaled(2.5, PerMille) is 2.5/1000.
func Scaled(v decimal.Decimal, s Scale) Ratio { return Ratio{num: v, den: s.factor()} }

// Num returns the numerator.
func (r Ratio) Num() decimal.Decimal { return r.num }

// Den returns the denominator, which is positive.
func (r Ratio) Den() decimal.Decimal {
	if r.den.IsZero() {
		return one
	}
	return r.den
}

// Sign returns -1, 0 or +1.
func (r Ratio) Sign() int { return r.num.Sign() }

// IsZero reports whether r is 0.
func (r Ratio) IsZero() bool { return r.num.IsZero() }

// Cmp compares r and o exactly, by cross-multiplying.
func (r Ratio) Cmp(o Ratio) int {
	return r.num.Mul(o.Den()).Cmp(o.num.Mul(r.Den()))
}

// Equal reports whether r and o are the same number: 1/2 equals 2/4.
func (r Ratio) Equal(o Ratio) bool { return r.Cmp(o) == 0 }

// Value returns r as a decimal rounded to places, half away from zero
// (四舍五入).
func (r Ratio) Value(places int32) decimal.Decimal {
	return r.num.DivRound(r.Den(), places)
}

// In returns r in scale s rounded to places, half away from zero:
// 4350/11154 in Percent to 2 places is 39.00.
func (r Ratio) In(s Scale, places int32) decimal.Decimal {
	return r.num.Mul(s.factor()).DivRound(r.Den(), places)
}

// Format writes r in scale s rounded to places, half away from zero, with
// the scale's sign and no grouping: "39.00%", "94%", "2.5‰". Formatter
// writes it for a language.
func (r Ratio) Format(s Scale, places int32) string {
	return r.In(s, places).StringFixed(places) + s.Sign()
}

// Times returns v × r, exactly: 1% of a fund, 17/31 of a month's stipend.
func (r Ratio) Times(v decimal.Decimal) Ratio {
	return Ratio{num: r.num.Mul(v), den: r.Den()}
}

// MulCeil returns the smallest integer not less than r × n: the head count
// a requirement of "at least r of n" sets. A result that does not fit an
// int64 is an error wrapping ErrOverflow.
func (r Ratio) MulCeil(n int64) (int64, error) {
	p := r.num.Mul(decimal.NewFromInt(n))
	q, rem := p.QuoRem(r.Den(), 0)
	if rem.Sign() > 0 {
		q = q.Add(one)
	}
	if !q.BigInt().IsInt64() {
		return 0, fmt.Errorf("%w: %w", ErrRatio, overflowf("%s × %d overflows int64", r, n))
	}
	return q.IntPart(), nil
}

// String writes r as "num/den", or as "num" when the denominator is 1.
func (r Ratio) String() string {
	if r.Den().Equal(one) {
		return r.num.String()
	}
	return r.num.String() + "/" + r.Den().String()
}

// MarshalText encodes r as String does, keeping numerator and denominator.
func (r Ratio) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes any form ParseRatio reads.
func (r *Ratio) UnmarshalText(b []byte) error {
	v, err := ParseRatio(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRatio reads a ratio written as a number with a sign ("39%",
// "2.5‰", "3‱", full-width "３９％" too), in Chinese ("百分之三十九",
// "千分之二点五", "万分之三"), as a quotient of two decimals
// ("4350/11154"), or as a plain fraction ("0.0025"). The value is kept
// exactly: "2.5‰" is 2.5/1000. A ratio is exact, so a qualifier (约, 以上)
// or a unit is an error. Like ParseQuantity it refuses invalid UTF-8 and
// texts longer than 256 bytes, and its errors quote at most 32 bytes.
func ParseRatio(s string) (Ratio, error) {
	bad := func(why string) (Ratio, error) {
		return Ratio{}, fmt.Errorf("%w %s: %s", ErrRatio, briefQuote(s), why)
	}
	c, err := normalize(s)
	if err != nil {
		return bad(err.Error())
	}
	if len(c) == 0 {
		return bad("empty")
	}
	for i, ch := range c {
		if ch.r != '/' {
			continue
		}
		num, err1 := plainDecimal(c[:i])
		den, err2 := plainDecimal(c[i+1:])
		if err1 != nil || err2 != nil {
			return bad("want a quotient such as 4350/11154")
		}
		r, err := NewRatio(num, den)
		if err != nil {
			return bad("zero denominator")
		}
		return r, nil
	}
	q, err := parseFigure(s)
	switch {
	case err != nil:
		return bad("want a number with %, ‰ or ‱, a quotient n/m, or a fraction: " + err.Error())
	case q.Qualifier != Exact:
		return bad("a ratio is exact, not " + q.Qualifier.String())
	case q.Unit == "":
		return Fraction(q.Value), nil
	}
	r, ok := q.Ratio()
	if !ok {
		return bad(fmt.Sprintf("unit %s is not %%, ‰ or ‱", briefQuote(q.Unit)))
	}
	return r, nil
}

// plainDecimal reads one side of a quotient: a decimal in ASCII digits,
// white space around it but not inside.
func plainDecimal(c []char) (decimal.Decimal, error) {
	var b strings.Builder
	for i, ch := range c {
		if i > 0 && ch.gap {
			return decimal.Decimal{}, errors.New("space inside a number")
		}
		b.WriteRune(ch.r)
	}
	return parseDecimal(b.String())
}

// parseDecimal reads a plain decimal number: optional sign, digits, at
// most one point. decimal.NewFromString alone also takes exponents
// ("1e400000"), which the documents never write and which would let a short
// input demand a huge allocation.
func parseDecimal(s string) (decimal.Decimal, error) {
	digits, point := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' && !point:
			point = true
		case (c == '-' || c == '+') && i == 0:
		default:
			return decimal.Decimal{}, fmt.Errorf("%s is not a decimal number", briefQuote(s))
		}
	}
	if !digits {
		return decimal.Decimal{}, fmt.Errorf("%s has no digits", briefQuote(s))
	}
	return decimal.NewFromString(s)
}
