package funding

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/metrics"
)

// A Sum totals the stated figures of some items. The qualifier of Amount
// combines theirs: "more than 100 million" plus an exact 102.5 million is
// more than 202.5 million, and anything plus an "about" is about. Items a
// document names without a figure are counted in Unstated, not guessed.
type Sum struct {
	Amount   metrics.Quantity // in yuan
	Stated   int              // items with a figure
	Unstated int              // items without one
}

// Approximate reports whether the total rests on an approximate figure.
func (s Sum) Approximate() bool { return s.Amount.Qualifier.Approximate() }

// Complete reports whether every item summed had a figure.
func (s Sum) Complete() bool { return s.Unstated == 0 }

func zeroSum() Sum { return Sum{Amount: metrics.Quantity{Unit: Yuan}} }

func (s Sum) plus(o Sum) Sum {
	s.Amount.Value = s.Amount.Value.Add(o.Amount.Value)
	s.Amount.Qualifier = s.Amount.Qualifier.Plus(o.Amount.Qualifier)
	s.Stated += o.Stated
	s.Unstated += o.Unstated
	return s
}

func (s Sum) addItem(it Item) Sum {
	if it.Amount == nil {
		s.Unstated++
		return s
	}
	return s.plus(Sum{Amount: *it.Amount, Stated: 1})
}

// Total returns the sum of m's stated figures.
func (m Mix) Total() Sum {
	s := zeroSum()
	for _, it := range m.items {
		s = s.addItem(it)
	}
	return s
}

// A Line is one group of a mix: a whole class, or one kind (Kind is
// KindUnspecified on a class line).
type Line struct {
	Class    Class
	Kind     Kind
	Includes []Kind // other kinds the line's figures also cover, in order
	Sum      Sum
}

// ByClass returns one line per class, fiscal, social and market, empty
// classes included.
func (m Mix) ByClass() []Line {
	lines := make([]Line, 0, len(Classes()))
	for _, c := range Classes() {
		l := Line{Class: c, Sum: zeroSum()}
		for _, it := range m.items {
			if it.Kind.Class() == c {
				l.Sum = l.Sum.addItem(it)
			}
		}
		lines = append(lines, l)
	}
	return lines
}

// ByKind returns one line per kind present in m, in the taxonomy's order.
// An item whose figure also covers other kinds counts under its Kind, and
// the line lists the others in Includes.
func (m Mix) ByKind() []Line {
	var lines []Line
	for _, k := range Kinds() {
		l := Line{Class: k.Class(), Kind: k, Sum: zeroSum()}
		for _, it := range m.items {
			if it.Kind == k {
				l.Sum = l.Sum.addItem(it)
				l.Includes = append(l.Includes, it.Includes...)
			}
		}
		if l.Sum.Stated+l.Sum.Unstated > 0 {
			slices.Sort(l.Includes)
			l.Includes = slices.Compact(l.Includes)
			lines = append(lines, l)
		}
	}
	return lines
}

// A Share is a line with its part of the lines' total.
type Share struct {
	Line
	Ratio     metrics.Ratio     // exact part of the total
	Percent   decimal.Decimal   // in per cent at the places asked for, rounded so that "Qualifier Percent" is true
	Qualifier metrics.Qualifier // how the true share relates to Ratio
}

// ErrNoAmount reports a computation that needs a stated figure where there
// is none, such as shares of a mix without amounts.
var ErrNoAmount = errors.New("no stated amount")

// ErrPlaces reports a number of decimal places outside 0…10.
var ErrPlaces = errors.New("decimal places out of range")

// Shares returns each line's part of the lines' stated total in per cent
// rounded to places. A line without a stated figure gets nothing.
//
// A share grows with its line and shrinks with the rest, so its qualifier
// is the line's combined with the opposite of the rest's: more than 51
// million against an exact 47 million is more than 52.04% (52.040…).
// When any figure is hedged, every share between 0 and 100 is, and each
// Percent is rounded by its Qualifier (metrics.Qualifier.Round), so that
// the statement it makes stays true; such per cents need not add up to
// 100. When every figure is exact, the per cents add up to exactly 100:
// each line gets the floor of its exact share, and the units left go one
// each to the lines with the largest exact remainders, earlier lines first
// on a tie (ByClass and ByKind list lines in the taxonomy's order, so the
// order is stable).
func Shares(lines []Line, places int32) ([]Share, error) {
	if places < 0 || places > 10 {
		return nil, fmt.Errorf("%w: %d", ErrPlaces, places)
	}
	total := zeroSum()
	for i, l := range lines {
		if l.Sum.Amount.Value.IsNegative() {
			return nil, fmt.Errorf("line %d: %w: %s yuan is negative", i, metrics.ErrMoney, l.Sum.Amount.Value)
		}
		total = total.plus(l.Sum)
	}
	if total.Amount.Value.Sign() <= 0 {
		return nil, fmt.Errorf("%w: the lines' stated total is zero", ErrNoAmount)
	}
	unit := decimal.New(1, -places)
	whole := decimal.New(100, places) // the total in units of the last place
	out := make([]Share, len(lines))
	rems := make([]decimal.Decimal, len(lines))
	left := whole
	for i, l := range lines {
		a := l.Sum.Amount.Value
		q, r := a.Mul(whole).QuoRem(total.Amount.Value, 0)
		out[i] = Share{Line: l, Percent: q}
		rems[i] = r
		left = left.Sub(q)
		out[i].Ratio, _ = metrics.NewRatio(a, total.Amount.Value) // total > 0
		out[i].Qualifier = shareQualifier(lines, i, total)
	}
	if total.Approximate() {
		for i := range out {
			out[i].Percent = out[i].Qualifier.Round(out[i].Ratio.Times(hundred), places)
		}
		return out, nil
	}
	order := make([]int, len(lines))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return rems[j].Cmp(rems[i]) })
	for _, i := range order[:left.IntPart()] {
		out[i].Percent = out[i].Percent.Add(decimal.NewFromInt(1))
	}
	for i := range out {
		out[i].Percent = out[i].Percent.Mul(unit)
	}
	return out, nil
}

var hundred = decimal.NewFromInt(100)

// shareQualifier returns the qualifier of line i's share of total: exact
// at 0 and at the whole, otherwise the line's combined with the opposite
// of the other lines'.
func shareQualifier(lines []Line, i int, total Sum) metrics.Qualifier {
	a := lines[i].Sum.Amount
	if a.Value.IsZero() || a.Value.Equal(total.Amount.Value) {
		return metrics.Exact
	}
	rest := metrics.Exact
	for j, l := range lines {
		if j != i {
			rest = rest.Plus(l.Sum.Amount.Qualifier)
		}
	}
	return a.Qualifier.Plus(rest.Opposite())
}
