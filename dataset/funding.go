package dataset

import (
	"errors"
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

// A Plan is a year's funding: where the money comes from and how a budget
// is shared over the stations.
type Plan struct {
	Mix        funding.Mix
	Allocation *Allocation // nil when the plan shares nothing out
}

// An Allocation says which budget is shared over the units hosting a
// station, and how.
type Allocation struct {
	// Budget is the amount to share, in yuan; when it is not Valid, the
	// budget is the stated figure of the mix's line of kind From.
	Budget decimal.NullDecimal
	From   funding.Kind
	Method funding.Method      // equal or by population
	Floor  decimal.Decimal     // yuan every station gets at least; zero for none
	Cap    decimal.NullDecimal // yuan no station gets more than
}

// ErrAllocation is wrapped by problems about a plan's allocation.
var ErrAllocation = errors.New("invalid allocation")

// ReadFunding reads a funding plan, a JSON document (UTF-8, a byte-order
// mark allowed):
//
//	{"mix": <funding.Mix as encoding/json writes it>,
//	 "allocation": {"from": "<kind>" | "budget": "<yuan>", "method": "population" | "equal",
//	                "floor": "<yuan>", "cap": "<yuan>"}}
//
// The allocation may be left out. The error, a policy.Problems, lists
// every problem with its path and line.
func ReadFunding(r io.Reader) (Plan, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Plan{}, err
	}
	doc, err := jsonwalk.Parse(data)
	if err != nil {
		return Plan{}, policy.ProblemsOf(err)
	}
	w := jsonwalk.NewWalker(doc)
	var plan Plan
	m := w.Object(doc.Root, "", "mix", "allocation")
	if mix := w.Require(doc.Root, m, "", "mix"); mix != nil {
		w.Decode(mix, "mix", &plan.Mix)
	}
	if a := m["allocation"]; a != nil && a.Kind != jsonwalk.Null {
		plan.Allocation = readAllocation(w, a)
	}
	if len(w.Problems()) == 0 && plan.Allocation != nil && !plan.Allocation.Budget.Valid && !hasKind(plan.Mix, plan.Allocation.From) {
		w.Report(m["allocation"], "allocation.from", fmt.Errorf("%w: the mix has no %s line", ErrAllocation, plan.Allocation.From))
	}
	if err := w.Problems().Err(); err != nil {
		return Plan{}, err
	}
	return plan, nil
}

func hasKind(m funding.Mix, k funding.Kind) bool {
	for _, l := range m.ByKind() {
		if l.Kind == k {
			return true
		}
	}
	return false
}

func readAllocation(w *jsonwalk.Walker, n *jsonwalk.Node) *Allocation {
	var a Allocation
	m := w.Object(n, "allocation", "budget", "from", "method", "floor", "cap")
	if m == nil {
		return nil
	}
	money := func(key string) (decimal.Decimal, bool) {
		v := m[key]
		if v == nil || v.Kind == jsonwalk.Null {
			return decimal.Decimal{}, false
		}
		var d decimal.Decimal
		if !w.Decode(v, "allocation."+key, &d) {
			return d, false
		}
		if d.Sign() < 0 || !d.Equal(d.Round(2)) {
			w.Report(v, "allocation."+key, fmt.Errorf("%w: %s is not a non-negative amount in whole fen", ErrAllocation, d))
			return d, false
		}
		return d, true
	}
	if d, ok := money("budget"); ok {
		a.Budget = decimal.NewNullDecimal(d)
	}
	if d, ok := money("floor"); ok {
		a.Floor = d
	}
	if d, ok := money("cap"); ok {
		a.Cap = decimal.NewNullDecimal(d)
	}
	if v := m["from"]; v != nil {
		w.Decode(v, "allocation.from", &a.From)
	}
	if v := w.Require(n, m, "allocation", "method"); v != nil && w.Decode(v, "allocation.method", &a.Method) && a.Method == funding.ByWeight {
		w.Report(v, "allocation.method", fmt.Errorf("%w: stations are shared out equally or by population", ErrAllocation))
	}
	if a.Budget.Valid == (a.From != funding.KindUnspecified) && m["budget"] == nil == (m["from"] == nil) {
		w.Report(n, "allocation", fmt.Errorf("%w: give either a budget or the kind of the mix line it comes from", ErrAllocation))
	}
	return &a
}
