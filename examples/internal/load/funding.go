package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/funding"
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

// Funding reads a funding plan from a JSON file:
//
//	{"mix": <funding.Mix as encoding/json writes it>,
//	 "allocation": {"from": "<kind>" | "budget": "<yuan>", "method": "population" | "equal",
//	                "floor": "<yuan>", "cap": "<yuan>"}}
//
// The allocation may be left out. Every problem is reported in a
// *FileError.
func Funding(path string) (Plan, error) {
	if f, err := FormatOf(path); err != nil {
		return Plan{}, err
	} else if f != JSON {
		return Plan{}, fmt.Errorf("%w: a funding plan is a .json file", ErrFormat)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Plan{}, err
	}
	plan, problems := readPlan(data)
	if len(problems) > 0 {
		return Plan{}, &FileError{File: path, Problems: problems}
	}
	return plan, nil
}

func readPlan(data []byte) (Plan, []Problem) {
	var plan Plan
	var problems []Problem
	fail := func(line int, field string, err error) {
		problems = append(problems, Problem{Line: line, Field: field, Err: err})
	}
	lines := newLineCounter(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	fields, err := readObject(dec, lines)
	if err != nil {
		fail(lines.at(lines.next(int(dec.InputOffset()))), "", err)
		return plan, problems
	}
	hasMix := false
	for _, kv := range fields {
		switch kv.name {
		case "mix":
			hasMix = true
			if err := json.Unmarshal(kv.value, &plan.Mix); err != nil {
				fail(kv.line, "mix", err)
			}
		case "allocation":
			a, errs := readAllocation(kv.value, kv.line)
			plan.Allocation = a
			problems = append(problems, errs...)
		default:
			fail(kv.line, kv.name, fmt.Errorf("%w; the keys are mix, allocation", ErrKey))
		}
	}
	if !hasMix {
		fail(1, "mix", fmt.Errorf("%w: required key", ErrMissing))
	}
	if len(problems) == 0 && plan.Allocation != nil && !plan.Allocation.Budget.Valid {
		if !hasKind(plan.Mix, plan.Allocation.From) {
			fail(allocationLine(fields), "allocation.from", fmt.Errorf("%w: the mix has no %s line", ErrAllocation, plan.Allocation.From))
		}
	}
	return plan, problems
}

func allocationLine(fields []keyValue) int {
	for _, kv := range fields {
		if kv.name == "allocation" {
			return kv.line
		}
	}
	return 0
}

func hasKind(m funding.Mix, k funding.Kind) bool {
	for _, l := range m.ByKind() {
		if l.Kind == k {
			return true
		}
	}
	return false
}

// readAllocation reads the allocation object raw, which starts on line
// first of the file.
func readAllocation(raw []byte, first int) (*Allocation, []Problem) {
	var a Allocation
	var problems []Problem
	lines := newLineCounter(raw)
	at := func(l int) int { return first + l - 1 }
	fail := func(line int, field string, err error) {
		problems = append(problems, Problem{Line: at(line), Field: "allocation." + field, Err: err})
	}
	fields, err := readObject(json.NewDecoder(bytes.NewReader(raw)), lines)
	if err != nil {
		problems = append(problems, Problem{Line: first, Field: "allocation", Err: err})
		return nil, problems
	}
	hasMethod := false
	money := func(kv keyValue) (decimal.Decimal, bool) {
		s, err := text(kv.value)
		if err == nil {
			var d decimal.Decimal
			if d, err = decimal.NewFromString(s); err == nil {
				if d.Sign() < 0 || !d.Equal(d.Round(2)) {
					err = fmt.Errorf("%w: %s is not a non-negative amount in whole fen", ErrAllocation, s)
				} else {
					return d, true
				}
			}
		}
		fail(kv.line, kv.name, err)
		return decimal.Decimal{}, false
	}
	for _, kv := range fields {
		switch kv.name {
		case "budget":
			if d, ok := money(kv); ok {
				a.Budget = decimal.NewNullDecimal(d)
			}
		case "from":
			if err := json.Unmarshal(kv.value, &a.From); err != nil {
				fail(kv.line, kv.name, err)
			}
		case "method":
			hasMethod = true
			if err := json.Unmarshal(kv.value, &a.Method); err != nil {
				fail(kv.line, kv.name, err)
			} else if a.Method == funding.ByWeight {
				fail(kv.line, kv.name, fmt.Errorf("%w: stations are shared out equally or by population", ErrAllocation))
			}
		case "floor":
			if d, ok := money(kv); ok {
				a.Floor = d
			}
		case "cap":
			if d, ok := money(kv); ok {
				a.Cap = decimal.NewNullDecimal(d)
			}
		default:
			fail(kv.line, kv.name, fmt.Errorf("%w; the keys are %s", ErrKey, strings.Join([]string{"budget", "from", "method", "floor", "cap"}, ", ")))
		}
	}
	if a.Budget.Valid == (a.From != funding.KindUnspecified) {
		fail(1, "budget", fmt.Errorf("%w: give either a budget or the kind of the mix line it comes from", ErrAllocation))
	}
	if !hasMethod {
		fail(1, "method", fmt.Errorf("%w: required key", ErrMissing))
	}
	return &a, problems
}
