package services

import (
	"encoding/json"
	"iter"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// A Finding is one selected unit that does not meet a rule on the day
// checked, with the rule and source behind it so that a report can say
// why.
type Finding struct {
	Rule     string          `json:"rule"`
	Source   policy.Source   `json:"source"`
	Unit     hierarchy.Code  `json:"unit"`
	Measure  ResourceMeasure `json:"measure"`
	Required int64           `json:"required"`
	Actual   int64           `json:"actual"` // 0 when unobserved
	// Status is NotYet for a shortfall on or before the deadline, Missed
	// after it, and Unobserved for a unit without a record on the day.
	Status   metrics.Status `json:"status"`
	Deadline policy.Date    `json:"deadline"`
}

// Gap returns Required − Actual: how many more the unit needs.
func (f Finding) Gap() int64 { return f.Required - f.Actual }

// A shortfall is a Finding as a Report holds it: hundreds of thousands of
// findings share a few rules, so each points at its rule by position.
type shortfall struct {
	unit   int32 // network index
	rule   int32 // position in Report.Results
	actual int64
	status metrics.Status
}

// A Result is one rule judged over the whole network.
type Result struct {
	Rule Rule `json:"rule"`
	Tally
}

// A Report is a resource data set checked against a rule set on a day.
// It is immutable once built, so any number of goroutines may read it at
// once; Select yields copies.
type Report struct {
	date policy.Date
	net  *hierarchy.Network
	// results has one entry per rule in force, in rule-set order.
	results  []Result
	findings []shortfall // by unit in code order, then by rule
}

// Date returns the day checked.
func (rep *Report) Date() policy.Date { return rep.date }

// Results yields, for each rule in force on the day in rule-set order, a
// copy of the rule and its tally.
func (rep *Report) Results() iter.Seq[Result] {
	return func(yield func(Result) bool) {
		for _, r := range rep.results {
			r.Rule = r.Rule.clone()
			if !yield(r) {
				return
			}
		}
	}
}

// Len returns the number of findings.
func (rep *Report) Len() int { return len(rep.findings) }

// A Filter picks findings; its zero value picks every one.
type Filter struct {
	Within hierarchy.Code  // only findings in this unit's subtree (zero: anywhere)
	Rule   string          // only this rule's findings (empty: any)
	Status *metrics.Status // only findings of this status (nil: any)
}

// Select yields the findings f picks, by unit in code order and then by
// rule. A Within code not in the network picks nothing.
func (rep *Report) Select(f Filter) iter.Seq[Finding] {
	lo, hi, err := subtree(rep.net, f.Within)
	if err != nil {
		lo, hi = 0, 0
	}
	return func(yield func(Finding) bool) {
		for _, x := range rep.findings {
			if int(x.unit) < lo || int(x.unit) >= hi {
				continue
			}
			r := &rep.results[x.rule].Rule
			if f.Rule != "" && r.ID != f.Rule || f.Status != nil && x.status != *f.Status {
				continue
			}
			if !yield(Finding{Rule: r.ID, Source: r.Source, Unit: layoutOf(rep.net).Codes[x.unit], Measure: r.Measure,
				Required: r.Min, Actual: x.actual, Status: x.status, Deadline: r.Deadline}) {
				return
			}
		}
	}
}

// MarshalJSON writes the date, the results and every finding.
func (rep *Report) MarshalJSON() ([]byte, error) {
	findings := make([]Finding, 0, len(rep.findings))
	for f := range rep.Select(Filter{}) {
		findings = append(findings, f)
	}
	return json.Marshal(struct {
		Date     policy.Date `json:"date"`
		Results  []Result    `json:"results"`
		Findings []Finding   `json:"findings"`
	}{rep.date, rep.results, findings})
}

// Check judges every unit of d's network that a rule of rs in force on
// day selects: a unit without a record holding on day is Unobserved, one
// below the minimum NotYet until the deadline and Missed after it. Units
// that meet a rule give no finding but count in its Result. The report
// holds copies of the rules.
func Check(d *ResourceData, rs *RuleSet, day policy.Date) (*Report, error) {
	if err := rs.Validate(); err != nil {
		return nil, err
	}
	rep := &Report{date: day, net: d.net}
	for _, r := range rs.Rules {
		if r.Period.Contains(day) {
			rep.results = append(rep.results, Result{Rule: r.clone()})
		}
	}
	i := -1
	for u := range d.net.Units() {
		i++
		var e *entry
		looked := false
		for j := range rep.results {
			res := &rep.results[j]
			r := &res.Rule
			if !r.Units.Match(u) {
				continue
			}
			if !looked {
				e, looked = d.on(i, day), true
			}
			o := r.judge(e)
			res.add(o)
			if o == met {
				continue
			}
			f := shortfall{unit: int32(i), rule: int32(j), status: metrics.Unobserved}
			if o == short {
				f.actual = e.m.Get(r.Measure)
				f.status = metrics.NotYet
				if day > r.Deadline {
					f.status = metrics.Missed
				}
			}
			rep.findings = append(rep.findings, f)
		}
	}
	return rep, nil
}
