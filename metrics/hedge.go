package metrics

import "github.com/shopspring/decimal"

// Round returns x rounded to places decimal places in the direction that
// keeps a figure qualified by q true of the exact x: down (toward −∞) for
// MoreThan and AtLeast, up (toward +∞) for FewerThan and AtMost, to the
// nearest, half away from zero, for About and Exact. More than 51/47 (=
// 1.0851…) is shown as more than 1.08, never 1.09. Every hedged figure the
// library shows is rounded here; pass Fraction(d) for a decimal d.
func (q Qualifier) Round(x Ratio, places int32) decimal.Decimal {
	t, rem := x.Num().QuoRem(x.Den(), places) // t toward zero, rem has the sign of x
	switch {
	case rem.IsZero():
		return t
	case q.lower() && rem.IsNegative():
		return t.Sub(decimal.New(1, -places))
	case q.upper() && rem.IsPositive():
		return t.Add(decimal.New(1, -places))
	case q.lower() || q.upper():
		return t
	}
	return x.Value(places)
}
