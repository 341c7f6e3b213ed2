package staffing

import (
	"cmp"
	"iter"
	"slices"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// Severity grades a finding.
type Severity uint8

// The severities, from least to most serious.
const (
	Info      Severity = iota // a fact worth reporting: a target met
	Warning                   // not yet a breach: a target short before its deadline
	Violation                 // a rule broken on the date
)

var severityNames = enum.New[Severity]("severity",
	enum.Name{Text: "info", En: "info", Hans: "提示", Hant: "提示"},
	enum.Name{Text: "warning", En: "warning", Hans: "预警", Hant: "預警"},
	enum.Name{Text: "violation", En: "violation", Hans: "不达标", Hant: "不達標"},
)

func (s Severity) String() string { return severityNames.String(s) }

// Label returns s's name in language lang.
func (s Severity) Label(lang language.Tag) string { return severityNames.Label(s, lang) }

// MarshalText encodes s as its machine name.
func (s Severity) MarshalText() ([]byte, error) { return severityNames.Marshal(s) }

// UnmarshalText decodes a machine name or a Chinese label.
func (s *Severity) UnmarshalText(b []byte) error { return enum.Unmarshal(severityNames, s, b) }

// A FindingKind says what a finding is about.
type FindingKind uint8

// The kinds of finding.
const (
	Shortfall          FindingKind = iota // a unit below its minimum
	MissingRole                           // a unit without a role it must have
	CertificateOverdue                    // a worker past the certificate deadline
	AreaTarget                            // an area head-count target, met or not
)

var findingKindNames = enum.New[FindingKind]("finding kind",
	enum.Name{Text: "shortfall", En: "below minimum staffing", Hans: "人员配备不足", Hant: "人員配備不足"},
	enum.Name{Text: "missing-role", En: "required role unfilled", Hans: "岗位缺配", Hant: "崗位缺配"},
	enum.Name{Text: "certificate-overdue", En: "certificate overdue", Hans: "逾期未持证", Hant: "逾期未持證"},
	enum.Name{Text: "area-target", En: "area staffing target", Hans: "区域人才目标", Hant: "區域人才目標"},
)

func (k FindingKind) String() string { return findingKindNames.String(k) }

// Label returns k's name in language lang.
func (k FindingKind) Label(lang language.Tag) string { return findingKindNames.Label(k, lang) }

// MarshalText encodes k as its machine name.
func (k FindingKind) MarshalText() ([]byte, error) { return findingKindNames.Marshal(k) }

// UnmarshalText decodes a machine name or a Chinese label.
func (k *FindingKind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(findingKindNames, k, b)
}

// A Finding is one result of a compliance check, with the rule and source
// behind it so that a report can say why.
type Finding struct {
	Kind     FindingKind `json:"kind"`
	Severity Severity    `json:"severity"`
	Rule     string      `json:"rule"`
	// Source points into the checked rule set's copy held by the Report:
	// millions of findings share a few citations.
	Source   *policy.Source `json:"source"`
	Unit     hierarchy.Code `json:"unit,omitzero"` // zero for a whole-network target
	Worker   string         `json:"worker,omitempty"`
	Required int64          `json:"required"`
	Actual   int64          `json:"actual"`
	// Roles are the roles a MissingRole finding wants.
	Roles RoleSet `json:"roles,omitzero"`
	// Deadline is a certificate's or a target's.
	Deadline policy.Date `json:"deadline,omitzero"`

	unit, worker int32 // indexes for ordering and filtering; -1 when absent
	rule         int32
}

// Gap returns Required − Actual: the shortfall when positive.
func (f Finding) Gap() int64 { return f.Required - f.Actual }

// A UnitStaffing is one unit's actual staff against a minimum.
type UnitStaffing struct {
	Unit     hierarchy.Code `json:"unit"`
	Rule     string         `json:"rule"`
	Required int            `json:"required"`
	Actual   int            `json:"actual"`
}

// Surplus returns Actual − Required: negative for a shortfall.
func (s UnitStaffing) Surplus() int { return s.Actual - s.Required }

// An AreaResult is an area rule judged for one area.
type AreaResult struct {
	Rule       *AreaRule          `json:"-"`
	Unit       hierarchy.Code     `json:"unit,omitzero"`
	Population int64              `json:"population"`
	Evaluation metrics.Evaluation `json:"evaluation"`
}

// A Report is the compliance of a roster with a rule set on a date.
type Report struct {
	Date     policy.Date    `json:"date"`
	Minimums *Minimums      `json:"-"`
	Units    []UnitStaffing `json:"units"`    // every unit with a minimum, in code order, under each rule
	Areas    []AreaResult   `json:"areas"`    // area rules in rule order, areas in code order
	Findings []Finding      `json:"findings"` // by unit, then kind, rule and worker
	net      *hierarchy.Network
}

// Check judges roster r under rs on d: every selected unit's staff against
// each minimum in force (workers active on d and counting under the rule),
// every role quota, every certificate deadline, every area target.
func Check(r *Roster, rs *RuleSet, d policy.Date) (*Report, error) {
	mins, err := Require(r.net, rs, d)
	if err != nil {
		return nil, err
	}
	rep := &Report{Date: d, Minimums: mins, net: r.net, Units: make([]UnitStaffing, 0, r.net.Len())}
	roles := inForce(rs.Roles, func(x RoleRule) policy.Period { return x.Period }, d)
	certs := inForce(rs.Certificates, func(x CertificateRule) policy.Period { return x.Period }, d)
	areas := inForce(rs.Areas, func(x AreaRule) policy.Period { return x.Period }, d)

	for u := range r.net.Units() {
		at := r.AtUnit(u.Index())
		for j := range mins.rules {
			m := &mins.rules[j]
			if m.Min == 0 || !m.Units.Match(u) {
				continue
			}
			n := r.count(at, d, func(w *Worker) bool { return m.Counts.Match(w, d) })
			rep.Units = append(rep.Units, UnitStaffing{Unit: u.Code(), Rule: m.ID, Required: m.Min, Actual: n})
			if n < m.Min {
				rep.add(Finding{Kind: Shortfall, Severity: Violation, Rule: m.ID, Source: &m.Source, Unit: u.Code(),
					Required: int64(m.Min), Actual: int64(n), unit: int32(u.Index()), worker: -1, rule: int32(j)})
			}
		}
		for j := range roles {
			rr := &roles[j]
			if !rr.Units.Match(u) {
				continue
			}
			for _, q := range rr.Quotas {
				n := r.count(at, d, func(w *Worker) bool { return q.Roles.Has(w.Role) })
				if n < q.Min {
					rep.add(Finding{Kind: MissingRole, Severity: Violation, Rule: rr.ID, Source: &rr.Source, Unit: u.Code(),
						Roles: q.Roles, Required: int64(q.Min), Actual: int64(n), unit: int32(u.Index()), worker: -1, rule: int32(j)})
				}
			}
		}
	}
	for i := range r.workers {
		w := &r.workers[i]
		if !w.Active(d) {
			continue
		}
		for j := range certs {
			c := &certs[j]
			if dl := c.Deadline(w); c.Roles.Has(w.Role) && d > dl && w.LevelOn(d) == NoCertificate {
				rep.add(Finding{Kind: CertificateOverdue, Severity: Violation, Rule: c.ID, Source: &c.Source, Unit: w.Unit,
					Worker: w.ID, Required: 1, Deadline: dl, unit: r.unit[i], worker: int32(i), rule: int32(j)})
			}
		}
	}
	for j := range areas {
		if err := rep.area(r, &areas[j], int32(j), d); err != nil {
			return nil, err
		}
	}
	slices.SortStableFunc(rep.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.unit, b.unit), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.rule, b.rule), cmp.Compare(a.worker, b.worker))
	})
	return rep, nil
}

func inForce[T any](rules []T, period func(T) policy.Period, d policy.Date) []T {
	var out []T
	for _, r := range rules {
		if period(r).Contains(d) {
			out = append(out, r)
		}
	}
	return out
}

// count returns how many of the workers at (positions in r) are active on
// d and satisfy ok.
func (r *Roster) count(at []int32, d policy.Date, ok func(*Worker) bool) int {
	n := 0
	for _, i := range at {
		if w := &r.workers[i]; w.Active(d) && ok(w) {
			n++
		}
	}
	return n
}

func (rep *Report) add(f Finding) { rep.Findings = append(rep.Findings, f) }

// area judges one area rule for each selected area, or the whole network.
func (rep *Report) area(r *Roster, a *AreaRule, j int32, d policy.Date) error {
	counted, total, err := hierarchy.Sum(r.net, func(u *hierarchy.Unit) int64 {
		return int64(r.count(r.AtUnit(u.Index()), d, func(w *Worker) bool { return a.Counts.Match(w, d) }))
	})
	if err != nil {
		return err
	}
	judge := func(code hierarchy.Code, idx int32, population, actual int64) error {
		need, err := a.Requirement.Of(population)
		if err != nil {
			return &RuleError{Rule: a.ID, Err: err}
		}
		t := metrics.Target{ID: a.ID, Indicator: a.Indicator, Comparator: metrics.AtLeastValue, Kind: metrics.CountValue,
			Value: metrics.Fraction(decimal.NewFromInt(need)), Deadline: a.Deadline, Source: a.Source}
		e, err := t.Evaluate(metrics.ObserveCount(d, actual))
		if err != nil {
			return &RuleError{Rule: a.ID, Err: err}
		}
		rep.Areas = append(rep.Areas, AreaResult{Rule: a, Unit: code, Population: population, Evaluation: e})
		sev := Violation
		switch e.Status {
		case metrics.Met:
			sev = Info
		case metrics.NotYet:
			sev = Warning
		}
		rep.add(Finding{Kind: AreaTarget, Severity: sev, Rule: a.ID, Source: &a.Source, Unit: code, Required: need, Actual: actual,
			Deadline: a.Deadline, unit: idx, worker: -1, rule: j})
		return nil
	}
	if a.Units.IsZero() {
		return judge(0, -1, r.net.Rollup().All().Population(), total)
	}
	roll := r.net.Rollup()
	for u := range r.net.Units() {
		if a.Units.Match(u) {
			if err := judge(u.Code(), int32(u.Index()), roll.Of(u).Population(), counted[u.Index()]); err != nil {
				return err
			}
		}
	}
	return nil
}

// A Filter picks findings. Its zero value picks all.
type Filter struct {
	Within      hierarchy.Code // only findings in this unit's subtree (zero: anywhere)
	Rule        string         // only this rule's findings (empty: any)
	Kind        *FindingKind   // only this kind (nil: any)
	MinSeverity Severity       // only findings at least this serious
}

// Select yields the findings f picks, in report order. A Within code not in
// the network picks nothing.
func (rep *Report) Select(f Filter) iter.Seq[Finding] {
	lo, hi := int32(-1), int32(rep.net.Len())
	if f.Within != 0 {
		lo, hi = 0, 0
		if u, ok := rep.net.Lookup(f.Within); ok {
			lo, hi = int32(u.Index()), int32(u.End())
		}
	}
	return func(yield func(Finding) bool) {
		for _, x := range rep.Findings {
			if x.unit < lo || x.unit >= hi || f.Rule != "" && x.Rule != f.Rule ||
				f.Kind != nil && x.Kind != *f.Kind || x.Severity < f.MinSeverity {
				continue
			}
			if !yield(x) {
				return
			}
		}
	}
}
