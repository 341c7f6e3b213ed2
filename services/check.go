package services

import (
	"sort"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// A Finding is one selected unit that does not meet a requirement on the
// day checked, with the rule and source behind it so that a report can
// say why.
type Finding struct {
	Rule string `json:"rule"`
	// Source points into the checked rule set's copy held by the Report:
	// hundreds of thousands of findings share a few citations.
	Source   *policy.Source  `json:"source"`
	Unit     hierarchy.Code  `json:"unit"`
	Measure  ResourceMeasure `json:"measure"`
	Required int64           `json:"required"`
	Actual   int64           `json:"actual"` // 0 when unobserved
	// Status is NotYet for a shortfall on or before the deadline, Missed
	// after it, and Unobserved for a unit without a record on the day.
	Status   metrics.Status `json:"status"`
	Deadline policy.Date    `json:"deadline"`

	unit int32 // network index, for Within
}

// Gap returns Required − Actual: how many more the unit needs.
func (f Finding) Gap() int64 { return f.Required - f.Actual }

// A Result is one requirement judged over the whole network.
type Result struct {
	Rule *Rule  `json:"-"`
	ID   string `json:"rule"`
	Tally
}

// A Report is a resource data set checked against a rule set on a day.
type Report struct {
	Date  policy.Date `json:"date"`
	Rules []Rule      `json:"-"` // the requirements in force on Date, in rule-set order
	// Results has one entry per requirement in force, in the same order.
	Results []Result `json:"results"`
	// Findings are ordered by unit in code order, then by rule.
	Findings []Finding `json:"findings"`
}

// Check judges every unit of d's network that a requirement of rs in
// force on day selects: a unit without a record holding on day is
// Unobserved, one below the minimum NotYet until the deadline and Missed
// after it. Units that meet a requirement give no finding but count in
// its Result.
func Check(d *ResourceData, rs *RuleSet, day policy.Date) (*Report, error) {
	if err := rs.Validate(); err != nil {
		return nil, err
	}
	rep := &Report{Date: day}
	for _, r := range rs.Rules {
		if r.Period.Contains(day) {
			rep.Rules = append(rep.Rules, r)
		}
	}
	rep.Results = make([]Result, len(rep.Rules))
	for j := range rep.Rules {
		rep.Results[j] = Result{Rule: &rep.Rules[j], ID: rep.Rules[j].ID}
	}
	net := d.t.net
	for i := range net.Len() {
		u := net.Unit(i)
		var e *entry[Resources]
		looked := false
		for j := range rep.Rules {
			r := &rep.Rules[j]
			if !r.Units.Match(u) {
				continue
			}
			if !looked {
				e, looked = d.on(i, day), true
			}
			o := r.judge(e)
			rep.Results[j].add(o)
			if o == met {
				continue
			}
			f := Finding{Rule: r.ID, Source: &r.Source, Unit: u.Code(), Measure: r.Measure, Required: r.Min,
				Status: metrics.Unobserved, Deadline: r.Deadline, unit: int32(i)}
			if o == short {
				f.Actual = e.m.Get(r.Measure)
				f.Status = metrics.NotYet
				if day > r.Deadline {
					f.Status = metrics.Missed
				}
			}
			rep.Findings = append(rep.Findings, f)
		}
	}
	return rep, nil
}

// Within returns the findings of u's subtree (all of them for a nil u),
// in report order. The slice is the report's own.
func (rep *Report) Within(u *hierarchy.Unit) []Finding {
	if u == nil {
		return rep.Findings
	}
	lo := sort.Search(len(rep.Findings), func(k int) bool { return int(rep.Findings[k].unit) >= u.Index() })
	hi := sort.Search(len(rep.Findings), func(k int) bool { return int(rep.Findings[k].unit) >= u.End() })
	return rep.Findings[lo:hi:hi]
}
