package funding

import (
	"errors"
	"fmt"

	"github.com/shegong/shegong/metrics"
)

// Leverage is how many yuan of social and market money a mix raises per
// yuan of public money.
type Leverage struct {
	Fiscal, NonFiscal Sum
	Ratio             metrics.Ratio     // NonFiscal / Fiscal
	Qualifier         metrics.Qualifier // how the true leverage relates to Ratio
}

// Leverage returns m's non-fiscal yuan per fiscal yuan. The ratio grows
// with the non-fiscal figures and shrinks with the fiscal ones, so more
// than 51 million raised on an exact 47 million is a leverage of more than
// 51/47. A mix without a stated fiscal figure has no leverage: ErrNoAmount.
func (m Mix) Leverage() (Leverage, error) {
	l := Leverage{Fiscal: zeroSum(), NonFiscal: zeroSum()}
	for _, line := range m.ByClass() {
		if line.Class == Fiscal {
			l.Fiscal = line.Sum
		} else {
			l.NonFiscal = l.NonFiscal.plus(line.Sum)
		}
	}
	if l.Fiscal.Amount.Value.IsZero() {
		return Leverage{}, fmt.Errorf("%w: %s has no stated fiscal figure", ErrNoAmount, m.name)
	}
	l.Ratio, _ = metrics.NewRatio(l.NonFiscal.Amount.Value, l.Fiscal.Amount.Value) // fiscal > 0
	l.Qualifier = l.NonFiscal.Amount.Qualifier.Plus(l.Fiscal.Amount.Qualifier.Opposite())
	return l, nil
}

// A Delta is the change of one line (or of the total, with Class and Kind
// unspecified) from one year's mix to a later one's.
type Delta struct {
	Class     Class
	Kind      Kind
	From, To  Sum
	Diff      metrics.Quantity // To − From, in yuan; its qualifier also qualifies Growth
	Growth    metrics.Ratio    // Diff / From
	HasGrowth bool             // false when From is zero
}

func newDelta(c Class, k Kind, from, to Sum) Delta {
	d := Delta{Class: c, Kind: k, From: from, To: to, Diff: metrics.Quantity{
		Value: to.Amount.Value.Sub(from.Amount.Value),
		Unit:  Yuan,
		// A difference grows with To and shrinks with From, and so does
		// To/From − 1.
		Qualifier: to.Amount.Qualifier.Plus(from.Amount.Qualifier.Opposite()),
	}}
	if !from.Amount.Value.IsZero() {
		d.Growth, _ = metrics.NewRatio(d.Diff.Value, from.Amount.Value)
		d.HasGrowth = true
	}
	return d
}

// A Growth is the change of a mix from one year to a later one. It is not
// a what-if (two rule sets over the same data) but two years' figures, so
// its sides are From and To.
type Growth struct {
	From, To int // the years
	Total    Delta
	ByClass  []Delta // fiscal, social, market
	ByKind   []Delta // kinds present in either year, in the taxonomy's order
}

// ErrYears reports mixes that are not for two stated years, earlier first.
var ErrYears = errors.New("mixes are not for two stated years in order")

// YearOnYear returns the growth from one year's mix to a later year's.
func YearOnYear(from, to Mix) (Growth, error) {
	if from.year == 0 || to.year == 0 || from.year >= to.year {
		return Growth{}, fmt.Errorf("%w: %s %d and %s %d", ErrYears, from.name, from.year, to.name, to.year)
	}
	c := Growth{From: from.year, To: to.year, Total: newDelta(ClassUnspecified, KindUnspecified, from.Total(), to.Total())}
	fc, tc := from.ByClass(), to.ByClass()
	for i := range fc {
		c.ByClass = append(c.ByClass, newDelta(fc[i].Class, KindUnspecified, fc[i].Sum, tc[i].Sum))
	}
	fk, tk := from.ByKind(), to.ByKind()
	for _, k := range Kinds() {
		f, inF := lineOf(fk, k)
		t, inT := lineOf(tk, k)
		if inF || inT {
			c.ByKind = append(c.ByKind, newDelta(k.Class(), k, f, t))
		}
	}
	return c, nil
}

// lineOf returns the sum of kind k's line, or a zero sum when k has none.
func lineOf(lines []Line, k Kind) (Sum, bool) {
	for _, l := range lines {
		if l.Kind == k {
			return l.Sum, true
		}
	}
	return zeroSum(), false
}
