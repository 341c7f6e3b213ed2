package staffing

import (
	"encoding/json"
	"iter"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/internal/netindex"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// Severity grades a finding: how serious it is for the unit or area. It is
// not metrics.Status, the state of a target (met, not yet, missed): an area
// target's status decides its finding's severity, but a shortfall against a
// minimum is a violation with no target behind it.
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
	enum.Name{Text: "violation", En: "violation", Hans: "不达标", Hant: "不達標", Aliases: []string{"违规", "違規"}},
)

// Severities returns the severities from least to most serious, in a fresh
// slice.
func Severities() []Severity { return severityNames.Listed() }

func (s Severity) String() string { return severityNames.String(s) }

// Label returns s's name in language lang.
func (s Severity) Label(lang language.Tag) string { return severityNames.Label(s, lang) }

// Valid reports whether s is one of the severities.
func (s Severity) Valid() bool { return severityNames.Valid(s) }

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
	enum.Name{Text: "shortfall", En: "below minimum staffing", Hans: "人员配备不足", Hant: "人員配備不足", Aliases: []string{"缺编", "缺編"}},
	enum.Name{Text: "missing-role", En: "required role unfilled", Hans: "岗位缺配", Hant: "崗位缺配"},
	enum.Name{Text: "certificate-overdue", En: "certificate overdue", Hans: "逾期未持证", Hant: "逾期未持證"},
	enum.Name{Text: "area-target", En: "area staffing target", Hans: "区域人才目标", Hant: "區域人才目標"},
)

// FindingKinds returns the kinds of finding in order, in a fresh slice.
func FindingKinds() []FindingKind { return findingKindNames.Listed() }

func (k FindingKind) String() string { return findingKindNames.String(k) }

// Label returns k's name in language lang.
func (k FindingKind) Label(lang language.Tag) string { return findingKindNames.Label(k, lang) }

// Valid reports whether k is one of the kinds of finding.
func (k FindingKind) Valid() bool { return findingKindNames.Valid(k) }

// MarshalText encodes k as its machine name.
func (k FindingKind) MarshalText() ([]byte, error) { return findingKindNames.Marshal(k) }

// UnmarshalText decodes a machine name or a Chinese label.
func (k *FindingKind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(findingKindNames, k, b)
}

// A Finding is one result of a compliance check, with the rule and source
// behind it so that a report can say why. Report.Select builds each one
// afresh; the report keeps a compact form.
type Finding struct {
	Kind     FindingKind    `json:"kind"`
	Severity Severity       `json:"severity"`
	Rule     string         `json:"rule"`
	Source   policy.Source  `json:"source"`
	Unit     hierarchy.Code `json:"unit,omitzero"` // zero for a whole-network target
	Worker   string         `json:"worker,omitempty"`
	Required int64          `json:"required"`
	Actual   int64          `json:"actual"`
	// Roles are the roles a MissingRole finding wants.
	Roles RoleSet `json:"roles,omitzero"`
	// Deadline is a certificate's or a target's.
	Deadline policy.Date `json:"deadline,omitzero"`
}

// Gap returns Required − Actual: the shortfall when positive.
func (f Finding) Gap() int64 { return f.Required - f.Actual }

// finding is a Finding as the report stores it: 40 bytes instead of 150,
// which matters for the hundreds of thousands of a national check.
type finding struct {
	required, actual int64
	unit, worker     int32 // indexes; -1 when absent
	rule             int32 // index into Report.rules
	deadline         policy.Date
	roles            RoleSet
	kind             FindingKind
	severity         Severity
}

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
	Rule       string             `json:"rule"` // the area rule's id
	Unit       hierarchy.Code     `json:"unit,omitzero"`
	Population int64              `json:"population"`
	Evaluation metrics.Evaluation `json:"evaluation"`
}

// A Report is the compliance of a roster with a rule set on a date. Check
// fills it and nothing changes it afterwards, so any number of goroutines
// may read it; its findings are read through Select, its units' staffing
// through Units.
type Report struct {
	Date     policy.Date  `json:"date"`
	Minimums *Minimums    `json:"-"`
	Areas    []AreaResult `json:"areas"` // area rules in rule order, areas in code order

	// A national check holds hundreds of thousands of findings and
	// staffed units: both are kept compact, in chunks that never move.
	findings chunks[finding] // by unit (whole-network targets first), then kind, rule and worker
	units    chunks[staffed] // in code order, then rule order
	rules    []ruleRef       // the rules findings point at
	roster   *Roster
	layout   netindex.Layout[hierarchy.Code]
}

// staffed is a UnitStaffing as the report stores it.
type staffed struct {
	unit, rule       int32
	required, actual int32 // at most MaxMin, and at most the roster's length
}

// Units yields every unit's staff against each minimum in force that
// selects it, in code order and then rule order.
func (rep *Report) Units() iter.Seq[UnitStaffing] {
	return func(yield func(UnitStaffing) bool) {
		for x := range rep.units.all() {
			if !yield(UnitStaffing{Unit: rep.layout.Codes[x.unit], Rule: rep.rules[x.rule].id, Required: int(x.required), Actual: int(x.actual)}) {
				return
			}
		}
	}
}

// chunkLen is the length of a chunk: 8,192 findings are 320 KiB.
const chunkLen = 8192

// chunks is an append-only list that grows by whole chunks, so that
// growing it copies nothing and wastes at most one chunk, where a slice
// would copy every element and allocate up to twice its length.
type chunks[T any] struct {
	full [][]T
	last []T
	n    int
}

func (c *chunks[T]) add(v T) {
	if len(c.last) == cap(c.last) {
		if c.last != nil {
			c.full = append(c.full, c.last)
		}
		c.last = make([]T, 0, chunkLen)
	}
	c.last = append(c.last, v)
	c.n++
}

// all yields pointers to the elements in order.
func (c *chunks[T]) all() iter.Seq[*T] {
	return func(yield func(*T) bool) {
		for _, ch := range c.full {
			for i := range ch {
				if !yield(&ch[i]) {
					return
				}
			}
		}
		for i := range c.last {
			if !yield(&c.last[i]) {
				return
			}
		}
	}
}

// ruleRef is a rule as findings name it.
type ruleRef struct {
	id     string
	source policy.Source
}

// MarshalJSON writes the report with its findings, in report order.
func (rep *Report) MarshalJSON() ([]byte, error) {
	type plain Report
	units := make([]UnitStaffing, 0, rep.units.n)
	for u := range rep.Units() {
		units = append(units, u)
	}
	findings := make([]Finding, 0, rep.findings.n)
	for f := range rep.Select(Filter{}) {
		findings = append(findings, f)
	}
	return json.Marshal(struct {
		*plain
		Units    []UnitStaffing `json:"units"`
		Findings []Finding      `json:"findings"`
	}{(*plain)(rep), units, findings})
}

// Len returns the number of findings.
func (rep *Report) Len() int { return rep.findings.n }

// A check is the state of one Check.
type check struct {
	rep   *Report
	r     *Roster
	d     policy.Date
	mins  *Minimums
	roles []RoleRule
	certs []CertificateRule
	areas []areaPlan
	// the first index in rep.rules of the minimums, role rules,
	// certificate rules and area rules
	roleBase, certBase, areaBase int32
}

// Check judges roster r under rs on d: every selected unit's staff against
// each minimum in force (workers active on d and counting under the rule),
// every role quota, every certificate deadline, every area target.
//
// It makes one pass over the units in code order, emitting each unit's
// findings in report order, so the findings need no sort.
func Check(r *Roster, rs *RuleSet, d policy.Date) (*Report, error) {
	mins, err := Require(r.net, rs, d)
	if err != nil {
		return nil, err
	}
	c := &check{r: r, d: d, mins: mins,
		rep:   &Report{Date: d, Minimums: mins, roster: r, layout: netindex.Of[hierarchy.Code](r.net)},
		roles: inForce(rs.Roles, func(x RoleRule) policy.Period { return x.Period }, d),
		certs: inForce(rs.Certificates, func(x CertificateRule) policy.Period { return x.Period }, d),
	}
	rep := c.rep
	for i := range mins.rules {
		rep.rules = append(rep.rules, ruleRef{mins.rules[i].ID, mins.rules[i].Source})
	}
	c.roleBase = int32(len(rep.rules))
	for i := range c.roles {
		rep.rules = append(rep.rules, ruleRef{c.roles[i].ID, c.roles[i].Source})
	}
	c.certBase = int32(len(rep.rules))
	for i := range c.certs {
		rep.rules = append(rep.rules, ruleRef{c.certs[i].ID, c.certs[i].Source})
	}
	c.areaBase = int32(len(rep.rules))
	areas := inForce(rs.Areas, func(x AreaRule) policy.Period { return x.Period }, d)
	for i := range areas {
		rep.rules = append(rep.rules, ruleRef{areas[i].ID, areas[i].Source})
	}
	if err := c.planAreas(areas); err != nil {
		return nil, err
	}
	c.units()
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

// units emits the findings of every unit, in code order, after those of
// whole-network targets.
func (c *check) units() {
	rep, mins := c.rep, c.mins
	for j := range c.areas {
		c.emitAreas(j, -1)
	}
	i := 0
	for u := range c.r.net.Units() {
		at := c.r.at(i)
		for j := range mins.rules {
			m := &mins.rules[j]
			if m.Min == 0 || !m.Units.Match(u) {
				continue
			}
			n := c.count(at, func(w *Worker) bool { return m.Counts.match(w, c.d) })
			rep.units.add(staffed{unit: int32(i), rule: int32(j), required: int32(m.Min), actual: int32(n)})
			if n < m.Min {
				rep.findings.add(finding{kind: Shortfall, severity: Violation, rule: int32(j),
					required: int64(m.Min), actual: int64(n), unit: int32(i), worker: -1})
			}
		}
		c.quotas(u, i, at)
		c.overdue(i, at)
		for j := range c.areas {
			c.emitAreas(j, int32(i))
		}
		i++
	}
}

// quotas emits the unfilled role quotas of unit u at index i.
func (c *check) quotas(u hierarchy.Unit, i int, at []int32) {
	for j := range c.roles {
		rr := &c.roles[j]
		if !rr.Units.Match(u) {
			continue
		}
		for _, q := range rr.Quotas {
			n := c.count(at, func(w *Worker) bool { return q.Roles.Has(w.Role) })
			if n < q.Min {
				c.rep.findings.add(finding{kind: MissingRole, severity: Violation, rule: c.roleBase + int32(j),
					roles: q.Roles, required: int64(q.Min), actual: int64(n), unit: int32(i), worker: -1})
			}
		}
	}
}

// overdue emits the certificates overdue among the workers at unit i. The
// cheap tests come first: most workers hold a certificate or have no role
// a rule names, so few deadlines are computed.
func (c *check) overdue(i int, at []int32) {
	for j := range c.certs {
		cr := &c.certs[j]
		for _, wi := range at {
			w := &c.r.workers[wi]
			if !cr.Roles.Has(w.Role) || !w.Active(c.d) || w.LevelOn(c.d) != NoCertificate {
				continue
			}
			if dl := addMonths(w.Joined, cr.Months); c.d > dl {
				c.rep.findings.add(finding{kind: CertificateOverdue, severity: Violation, rule: c.certBase + int32(j),
					required: 1, deadline: dl, unit: int32(i), worker: wi})
			}
		}
	}
}

// count returns how many of the workers at (positions in the roster) are
// active on the check's date and satisfy ok.
func (c *check) count(at []int32, ok func(*Worker) bool) int {
	n := 0
	for _, i := range at {
		if w := &c.r.workers[i]; w.Active(c.d) && ok(w) {
			n++
		}
	}
	return n
}

// An areaPlan is an area rule's findings, judged before the pass over the
// units and emitted in it.
type areaPlan struct {
	findings []finding // in code order, whole-network first
	next     int
}

// emitAreas emits area rule j's findings on unit index i (-1: the whole
// network).
func (c *check) emitAreas(j int, i int32) {
	p := &c.areas[j]
	for p.next < len(p.findings) && p.findings[p.next].unit == i {
		c.rep.findings.add(p.findings[p.next])
		p.next++
	}
}

// planAreas judges every area rule for each selected area, or the whole
// network.
func (c *check) planAreas(areas []AreaRule) error {
	if len(areas) == 0 {
		return nil
	}
	r := c.r
	roll := r.net.Rollup()
	c.areas = make([]areaPlan, len(areas))
	for j := range areas {
		a := &areas[j]
		own := make([]int64, r.net.Len())
		for i := range own {
			own[i] = int64(c.count(r.at(i), func(w *Worker) bool { return a.Counts.match(w, c.d) }))
		}
		sub, total := subtreeSums(c.rep.layout.Parent, own)
		if a.Units.IsZero() {
			if err := c.judge(a, j, -1, 0, roll.Total().Population(), total); err != nil {
				return err
			}
			continue
		}
		i := 0
		for u := range r.net.Units() {
			if a.Units.Match(u) {
				t, _ := roll.Of(u.Code())
				if err := c.judge(a, j, int32(i), u.Code(), t.Population(), sub[i]); err != nil {
					return err
				}
			}
			i++
		}
	}
	return nil
}

// subtreeSums rolls own up the tree given by parent. Counts of workers
// (at most 2³¹ in a roster) cannot overflow an int64.
func subtreeSums(parent []int32, own []int64) ([]int64, int64) {
	var total int64
	for i := len(own) - 1; i >= 0; i-- {
		if p := parent[i]; p >= 0 {
			own[p] += own[i]
		} else {
			total += own[i]
		}
	}
	return own, total
}

// judge evaluates area rule a (the j-th in force) for one area.
func (c *check) judge(a *AreaRule, j int, idx int32, code hierarchy.Code, population, actual int64) error {
	need, err := a.Requirement.Of(population)
	if err != nil {
		return &RuleError{Rule: a.ID, Err: err}
	}
	t := metrics.Target{ID: a.ID, Indicator: a.Indicator, Comparator: metrics.AtLeastValue, Kind: metrics.CountValue,
		Value: metrics.Fraction(decimal.NewFromInt(need)), Deadline: a.Deadline, Source: a.Source}
	e, err := t.Evaluate(metrics.ObserveCount(c.d, actual))
	if err != nil {
		return &RuleError{Rule: a.ID, Err: err}
	}
	c.rep.Areas = append(c.rep.Areas, AreaResult{Rule: a.ID, Unit: code, Population: population, Evaluation: e})
	sev := Violation
	switch e.Status {
	case metrics.Met:
		sev = Info
	case metrics.NotYet:
		sev = Warning
	case metrics.Unobserved, metrics.Missed:
	}
	p := &c.areas[j]
	p.findings = append(p.findings, finding{kind: AreaTarget, severity: sev, rule: c.areaBase + int32(j), required: need, actual: actual,
		deadline: a.Deadline, unit: idx, worker: -1})
	return nil
}

// A Filter picks findings. Its zero value picks all.
type Filter struct {
	Within      hierarchy.Code // only findings in this unit's subtree (zero: anywhere)
	Rule        string         // only this rule's findings (empty: any)
	Kind        *FindingKind   // only this kind (nil: any)
	MinSeverity Severity       // only findings at least this serious
}

// Select yields the findings f picks, in report order: by unit in code
// order (whole-network targets first), then kind, rule and worker. A Within
// code not in the network picks nothing.
func (rep *Report) Select(f Filter) iter.Seq[Finding] {
	lo, hi := int32(-1), int32(rep.layout.Len())
	if f.Within != 0 {
		lo, hi = 0, 0
		if i, ok := rep.layout.Index(f.Within); ok {
			lo, hi = int32(i), rep.layout.End[i]
		}
	}
	return func(yield func(Finding) bool) {
		for x := range rep.findings.all() {
			if x.unit < lo || x.unit >= hi || f.Rule != "" && rep.rules[x.rule].id != f.Rule ||
				f.Kind != nil && x.kind != *f.Kind || x.severity < f.MinSeverity {
				continue
			}
			if !yield(rep.finding(x)) {
				return
			}
		}
	}
}

// finding expands x.
func (rep *Report) finding(x *finding) Finding {
	ref := &rep.rules[x.rule]
	out := Finding{Kind: x.kind, Severity: x.severity, Rule: ref.id, Source: ref.source, Required: x.required,
		Actual: x.actual, Roles: x.roles, Deadline: x.deadline}
	if x.unit >= 0 {
		out.Unit = rep.layout.Codes[x.unit]
	}
	if x.worker >= 0 {
		out.Worker = rep.roster.workers[x.worker].ID
	}
	return out
}
