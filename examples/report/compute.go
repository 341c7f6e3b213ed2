package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"

	"github.com/shegong/shegong/dataset"
	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// Top is how many counties and units the lists of largest shortfalls show.
const Top = 10

// input is what a report is computed from.
type input struct {
	juris   *jurisdiction.Pack
	net     *hierarchy.Network
	roster  *staffing.Roster
	grants  []incentives.Grant
	plan    *dataset.Plan // nil when there are no funding facts
	date    policy.Date
	network string // where the network and roster come from: a file name, or "" for the built-in data
	workers string
}

// Report is everything a report shows, as its JSON output has it.
type Report struct {
	Jurisdiction string      `json:"jurisdiction"`
	Date         policy.Date `json:"date"`
	Data         Data        `json:"data"`
	Coverage     Coverage    `json:"coverage"`
	Staffing     Staffing    `json:"staffing"`
	Payroll      *Payroll    `json:"payroll"` // null when the jurisdiction has no incentive schedule
	Funding      *Funding    `json:"funding"` // null when it has no funding facts
	Scorecard    []Score     `json:"scorecard"`
}

// Data describes the network and roster the report is computed over.
type Data struct {
	Network     string `json:"network"` // file, or "built-in"
	Roster      string `json:"roster"`
	Counties    int64  `json:"counties"`
	Townships   int64  `json:"townships"`
	Communities int64  `json:"communities"`
	Urban       int64  `json:"urban_communities"`
	Population  int64  `json:"population"`
	Workers     int    `json:"workers"`
	Active      int    `json:"active_workers"`
}

// Coverage is the coverage of each tier of the jurisdiction's scheme, or
// of every level with any facility when it has none.
type Coverage struct {
	Scheme string         `json:"scheme,omitempty"`
	Motto  string         `json:"motto,omitempty"`
	Source *policy.Source `json:"source,omitempty"`
	Tiers  []Tier         `json:"tiers"`
}

// Tier is one row of Coverage.
type Tier struct {
	Level    hierarchy.Level    `json:"level"`
	Facility hierarchy.Facility `json:"facility"` // none: any facility
	Optional bool               `json:"optional,omitempty"`
	Coverage metrics.Coverage   `json:"coverage"`
	Percent  string             `json:"percent"` // to two places; "" when there are no units
	// Standard counts the facilities meeting all six essentials, where
	// the tier requires them.
	Standard *metrics.Coverage `json:"six_essentials,omitempty"`
}

// Staffing is the roster held against the staffing rules.
type Staffing struct {
	Rules    []Rule          `json:"rules"`
	Levels   []LevelStaffing `json:"levels"`
	Total    LevelStaffing   `json:"total"`
	Counties []UnitShortfall `json:"counties"`   // largest shortfalls by county
	Largest  []UnitShortfall `json:"largest"`    // largest shortfalls of single units
	Overdue  int             `json:"overdue"`    // workers past a certificate deadline
	Findings int             `json:"findings"`   // all findings of the check
	Areas    int             `json:"area_rules"` // area targets, shown in the scorecard
}

// Rule is one staffing rule with what it requires and finds.
type Rule struct {
	ID        string        `json:"id"`
	What      string        `json:"what"` // minimum, roles, certificate or area
	Units     int           `json:"units"`
	Required  int64         `json:"required"`
	Shortfall int64         `json:"shortfall"`
	Findings  int           `json:"findings"`
	Source    policy.Source `json:"source"`
}

// LevelStaffing is the minimum staffing of one level against the workers
// counted under the binding rule of each unit.
type LevelStaffing struct {
	Level      hierarchy.Level `json:"level,omitzero"`
	Required   int64           `json:"required"`
	Counted    int64           `json:"counted"`
	Shortfall  int64           `json:"shortfall"`
	UnitsShort int64           `json:"units_short"`
}

// UnitShortfall is a county's or a unit's shortfall and the rule behind
// it (a county's shows its largest rule).
type UnitShortfall struct {
	Code      hierarchy.Code       `json:"code"`
	Name      string               `json:"name"`
	Kind      hierarchy.UnitKind   `json:"kind"`
	Required  int64                `json:"required"`
	Counted   int64                `json:"counted"`
	Shortfall int64                `json:"shortfall"`
	Finding   staffing.FindingKind `json:"finding"`
	Roles     staffing.RoleSet     `json:"roles,omitzero"`
	Rule      string               `json:"rule"`
	Source    policy.Source        `json:"source"`
}

// Payroll is a year's incentives by certificate level and kind.
type Payroll struct {
	Year     int              `json:"year"`
	Levels   []PayrollLine    `json:"levels"`
	Total    PayrollLine      `json:"total"`
	Workers  int              `json:"workers_paid"`
	Items    int              `json:"line_items"`
	Rules    []PayRule        `json:"rules"`
	Rounding metrics.Rounding `json:"rounding"`
}

// PayrollLine is the amounts paid for one level, in yuan to the fen.
type PayrollLine struct {
	Level    staffing.CertLevel `json:"level"`
	Bonuses  string             `json:"bonuses"`
	Stipends string             `json:"stipends"`
	Awards   string             `json:"awards"`
	Total    string             `json:"total"`
	fen      [4]int64           // bonuses, stipends, awards, total
}

// PayRule is one rule of the schedule and what it paid.
type PayRule struct {
	ID     string        `json:"id"`
	Kind   string        `json:"kind"` // bonus, stipend, award or floor
	Paid   string        `json:"paid"`
	Source policy.Source `json:"source"`
	fen    int64
}

// Funding is the funding mix and its allocation to the stations.
type Funding struct {
	Name       string           `json:"name"`
	Year       int              `json:"year,omitempty"` // 0: no stated year
	Lines      []MixLine        `json:"lines"`
	Classes    []MixLine        `json:"classes"`
	Total      metrics.Quantity `json:"total"`
	Stated     int              `json:"stated"`   // items with a figure
	Unstated   int              `json:"unstated"` // items without one
	Leverage   *Leverage        `json:"leverage,omitempty"`
	Allocation *Allocation      `json:"allocation,omitempty"`
	// NoAllocation says why nothing is shared out: "no-figure" when no
	// line has one, "no-stations" when the network has none, "none" when
	// a plan asks for none.
	NoAllocation string `json:"no_allocation,omitempty"`
}

// MixLine is one kind or class of the mix with its share of the total.
type MixLine struct {
	Class     funding.Class     `json:"class"`
	Kind      funding.Kind      `json:"kind,omitzero"`
	Includes  []funding.Kind    `json:"includes,omitempty"`
	Amount    *metrics.Quantity `json:"amount"` // null when no item of the line has a figure
	Percent   string            `json:"percent,omitempty"`
	Qualifier metrics.Qualifier `json:"percent_qualifier,omitzero"`
}

// Leverage is the social and market yuan raised per fiscal yuan.
type Leverage struct {
	Value     string            `json:"value"` // to two places
	Qualifier metrics.Qualifier `json:"qualifier,omitzero"`
}

// Allocation is a budget shared over the stations.
type Allocation struct {
	Budget    string            `json:"budget"`
	Qualifier metrics.Qualifier `json:"budget_qualifier,omitzero"` // how the true budget relates to the figure shared
	From      funding.Kind      `json:"from,omitzero"`
	Method    funding.Method    `json:"method"`
	Floor     string            `json:"floor,omitempty"`
	Cap       string            `json:"cap,omitempty"`
	Stations  int               `json:"stations"`
	Rate      string            `json:"rate"` // yuan per resident or per station, to the fen
	Least     Grant             `json:"least"`
	Most      Grant             `json:"most"`
	Counties  []Grant           `json:"counties"`
	Grants    []Grant           `json:"grants"`
}

// Grant is what one station, or the stations of one county, receive.
type Grant struct {
	Code       hierarchy.Code `json:"code"`
	Name       string         `json:"name"`
	Stations   int            `json:"stations,omitempty"`
	Population int64          `json:"population"`
	Amount     string         `json:"amount"`
	Bound      funding.Bound  `json:"bound,omitzero"`
}

// Score is one target of the scorecard, evaluated.
type Score struct {
	metrics.Evaluation
	Unit hierarchy.Code `json:"unit,omitzero"` // the area of a staffing target; zero for the whole network
}

// compute computes the report of in.
func compute(in input) (*Report, error) {
	roll := in.net.Rollup()
	all := roll.Total()
	rep := &Report{Jurisdiction: in.juris.ID, Date: in.date}
	rep.Data = describe(in, all)
	rep.Coverage = coverage(in.juris.Scheme, all)
	check, err := staffing.Check(in.roster, in.juris.Staffing, in.date)
	if err != nil {
		return nil, fmt.Errorf("staffing: %w", err)
	}
	if rep.Staffing, err = staffingOf(in, check); err != nil {
		return nil, fmt.Errorf("staffing: %w", err)
	}
	if in.juris.Schedule != nil {
		if rep.Payroll, err = payrollOf(in); err != nil {
			return nil, fmt.Errorf("incentives: %w", err)
		}
	}
	if in.plan != nil {
		if rep.Funding, err = fundingOf(in); err != nil {
			return nil, fmt.Errorf("funding: %w", err)
		}
	}
	if rep.Scorecard, err = scorecard(in, all, check); err != nil {
		return nil, err
	}
	return rep, nil
}

func describe(in input, all hierarchy.Totals) Data {
	d := Data{
		Network: cmp.Or(in.network, "built-in"), Roster: cmp.Or(in.workers, "built-in"),
		Counties: all.Units(hierarchy.LevelCounty), Townships: all.Units(hierarchy.LevelTownship),
		Communities: all.Units(hierarchy.LevelCommunity), Population: all.Population(),
		Workers: in.roster.Len(),
	}
	for u := range in.net.AtLevel(hierarchy.LevelCommunity) {
		if u.Urban() {
			d.Urban++
		}
	}
	for _, w := range in.roster.All() {
		if w.Active(in.date) {
			d.Active++
		}
	}
	return d
}

func coverage(s *hierarchy.Scheme, all hierarchy.Totals) Coverage {
	var c Coverage
	if s == nil {
		for _, l := range []hierarchy.Level{hierarchy.LevelCounty, hierarchy.LevelTownship, hierarchy.LevelCommunity} {
			c.Tiers = append(c.Tiers, tierOf(hierarchy.Tier{Level: l}, all.Coverage(l), all))
		}
		return c
	}
	c.Scheme, c.Motto, c.Source = s.Name, s.Motto, &s.Source
	for i, cov := range s.Coverage(all) {
		c.Tiers = append(c.Tiers, tierOf(s.Tiers[i], cov, all))
	}
	return c
}

func tierOf(t hierarchy.Tier, cov metrics.Coverage, all hierarchy.Totals) Tier {
	row := Tier{Level: t.Level, Facility: t.Facility, Optional: t.Optional, Coverage: cov}
	if !cov.Empty() {
		row.Percent = cov.Rate().Format(metrics.Percent, 2)
	}
	if t.Standard.Complete() {
		c := all.Compliance(t.Level)
		row.Standard = &c
	}
	return row
}

// unitStaff is one unit's staffing: the largest minimum among the rules
// selecting it plus the roles it must fill, and its shortfall.
type unitStaff struct{ required, gap int64 }

func staffingOf(in input, check *staffing.Report) (Staffing, error) {
	net := in.net
	rs := in.juris.Staffing
	var st Staffing
	st.Findings = check.Len()
	st.Areas = len(check.Areas)

	pos := positionsOf(net)
	units := make([]unitStaff, net.Len())
	for us := range check.Units() {
		i := pos.of(us.Unit)
		u := &units[i]
		u.required = max(u.required, int64(us.Required))
		u.gap = max(u.gap, int64(us.Required-us.Actual))
	}

	// rules, in rule-set order
	rules := map[string]*Rule{}
	add := func(id, what string, src policy.Source) {
		st.Rules = append(st.Rules, Rule{ID: id, What: what, Source: src})
	}
	for _, m := range rs.Minimums {
		add(m.ID, "minimum", m.Source)
	}
	for _, r := range rs.Roles {
		add(r.ID, "roles", r.Source)
	}
	for _, c := range rs.Certificates {
		add(c.ID, "certificate", c.Source)
	}
	for _, a := range rs.Areas {
		add(a.ID, "area", a.Source)
	}
	for i := range st.Rules {
		rules[st.Rules[i].ID] = &st.Rules[i]
	}
	for us := range check.Units() {
		r := rules[us.Rule]
		r.Units++
		r.Required += int64(us.Required)
		r.Shortfall += int64(max(0, us.Required-us.Actual))
	}
	for f := range check.Select(staffing.Filter{}) {
		r := rules[f.Rule]
		r.Findings++
		switch f.Kind {
		case staffing.MissingRole:
			r.Shortfall += f.Gap()
			units[pos.of(f.Unit)].gap += f.Gap()
		case staffing.CertificateOverdue:
			st.Overdue++
		}
	}
	for _, rr := range rs.Roles {
		for u := range net.Select(rr.Units) {
			rules[rr.ID].Units++
			for _, q := range rr.Quotas {
				rules[rr.ID].Required += int64(q.Min)
				units[pos.of(u.Code())].required += int64(q.Min)
			}
		}
	}

	// levels
	byLevel := make([]LevelStaffing, hierarchy.LevelCommunity+1)
	for i, u := range pos.units(net) {
		s := units[i]
		l := &byLevel[u.Level()]
		l.Required += s.required
		l.Counted += s.required - max(s.gap, 0)
		l.Shortfall += max(s.gap, 0)
		if s.gap > 0 {
			l.UnitsShort++
		}
	}
	for l := hierarchy.LevelProvince; l <= hierarchy.LevelCommunity; l++ {
		b := byLevel[l]
		if b.Required == 0 && b.Shortfall == 0 {
			continue
		}
		b.Level = l
		st.Levels = append(st.Levels, b)
		st.Total.Required += b.Required
		st.Total.Counted += b.Counted
		st.Total.Shortfall += b.Shortfall
		st.Total.UnitsShort += b.UnitsShort
	}

	// largest shortfalls of counties, rolled up from their units
	gaps, err := hierarchy.Sum(net, func(u hierarchy.Unit) int64 { return max(units[pos.of(u.Code())].gap, 0) })
	if err != nil {
		return st, err
	}
	required, err := hierarchy.Sum(net, func(u hierarchy.Unit) int64 { return units[pos.of(u.Code())].required })
	if err != nil {
		return st, err
	}
	var counties []UnitShortfall
	for u := range net.AtLevel(hierarchy.LevelCounty) {
		gap, _ := gaps.Of(u.Code())
		if gap == 0 {
			continue
		}
		req, _ := required.Of(u.Code())
		counties = append(counties, UnitShortfall{Code: u.Code(), Name: u.Name(), Kind: u.Kind(),
			Required: req, Counted: req - gap, Shortfall: gap})
	}
	st.Counties = largest(counties)
	// the rule behind each county's shortfall: the one with the largest
	// part of it
	for i := range st.Counties {
		c := &st.Counties[i]
		parts := map[string]int64{}
		for f := range check.Select(staffing.Filter{Within: c.Code}) {
			if f.Gap() > 0 && (f.Kind == staffing.Shortfall || f.Kind == staffing.MissingRole) {
				parts[f.Rule] += f.Gap()
			}
		}
		best := ""
		for _, r := range st.Rules {
			if id := r.ID; parts[id] > parts[best] {
				best = id
			}
		}
		c.Rule = best
		if r := rules[best]; r != nil {
			c.Source = r.Source
		}
	}

	var findings []UnitShortfall
	for f := range check.Select(staffing.Filter{}) {
		if f.Gap() <= 0 || (f.Kind != staffing.Shortfall && f.Kind != staffing.MissingRole) {
			continue
		}
		u, _ := net.Lookup(f.Unit)
		findings = append(findings, UnitShortfall{Code: f.Unit, Name: u.Name(), Kind: u.Kind(),
			Required: f.Required, Counted: f.Actual, Shortfall: f.Gap(), Finding: f.Kind, Roles: f.Roles,
			Rule: f.Rule, Source: f.Source})
	}
	st.Largest = largest(findings)
	return st, nil
}

// largest returns the Top entries of s with the largest shortfalls, the
// smaller code first on a tie.
func largest(s []UnitShortfall) []UnitShortfall {
	slices.SortStableFunc(s, func(a, b UnitShortfall) int {
		return cmp.Or(cmp.Compare(b.Shortfall, a.Shortfall), cmp.Compare(a.Code, b.Code), cmp.Compare(a.Rule, b.Rule))
	})
	return s[:min(len(s), Top)]
}

var kinds = [...]incentives.Kind{incentives.KindBonus, incentives.KindStipend, incentives.KindAward}

func payrollOf(in input) (*Payroll, error) {
	s := in.juris.Schedule
	year := in.date.Year()
	period, err := policy.Year(year)
	if err != nil {
		return nil, err
	}
	p, err := s.Payroll(in.roster, period, incentives.WithGrants(in.grants...))
	if err != nil {
		return nil, err
	}
	out := &Payroll{Year: year, Rounding: s.Rounding, Items: p.Len()}
	lines := make([]PayrollLine, len(staffing.CertLevels())+1)
	paid := map[int]bool{}
	byRule := map[string]int64{}
	for li := range p.Items() {
		fen, err := metrics.ToFen(li.Amount())
		if err != nil {
			return nil, err
		}
		l := &lines[li.Level()]
		k := slices.Index(kinds[:], li.Kind())
		l.fen[k] += fen
		l.fen[3] += fen
		paid[li.Worker()] = true
		byRule[p.RuleID(li)] += fen
	}
	out.Workers = len(paid)
	var total PayrollLine
	for l, line := range lines {
		if staffing.CertLevel(l) == staffing.NoCertificate && line.fen[3] == 0 {
			continue
		}
		line.Level = staffing.CertLevel(l)
		for k := range line.fen {
			total.fen[k] += line.fen[k]
		}
		out.Levels = append(out.Levels, line.spelt())
	}
	out.Total = total.spelt()
	add := func(id, kind string, src policy.Source) {
		out.Rules = append(out.Rules, PayRule{ID: id, Kind: kind, Paid: yuan(byRule[id]), Source: src, fen: byRule[id]})
	}
	for _, b := range s.Bonuses {
		add(b.ID, "bonus", lastSource(b.Terms.All()))
	}
	for _, st := range s.Stipends {
		add(st.ID, "stipend", lastSource(st.Rates.All()))
	}
	for _, a := range s.Awards {
		add(a.ID, "award", lastSource(a.Amount.All()))
	}
	for _, f := range s.Floors {
		out.Rules = append(out.Rules, PayRule{ID: f.ID, Kind: "floor", Source: lastSource(f.Annual.All())})
	}
	if p.Total().Cmp(metrics.FromFen(total.fen[3])) != 0 {
		return nil, errors.New("line items do not add up to the payroll's total")
	}
	return out, nil
}

// lastSource returns the source of the latest version of a series.
func lastSource[T any](all func(yield func(int, policy.Version[T]) bool)) policy.Source {
	var src policy.Source
	for _, v := range all {
		src = v.Source
	}
	return src
}

func (l PayrollLine) spelt() PayrollLine {
	l.Bonuses, l.Stipends, l.Awards, l.Total = yuan(l.fen[0]), yuan(l.fen[1]), yuan(l.fen[2]), yuan(l.fen[3])
	return l
}

// yuan writes an amount in fen as yuan with two places.
func yuan(fen int64) string { return metrics.FromFen(fen).StringFixed(2) }

func fundingOf(in input) (*Funding, error) {
	m := in.plan.Mix
	total := m.Total()
	out := &Funding{Name: m.Name(), Year: m.Year(), Total: total.Amount, Stated: total.Stated, Unstated: total.Unstated}
	lines := func(ls []funding.Line) ([]MixLine, error) {
		var out []MixLine
		shares, err := funding.Shares(ls, 2)
		if err != nil && !errors.Is(err, funding.ErrNoAmount) {
			return nil, err
		}
		for i, l := range ls {
			row := MixLine{Class: l.Class, Kind: l.Kind, Includes: l.Includes}
			if l.Sum.Stated > 0 {
				row.Amount = &l.Sum.Amount
			}
			if shares != nil && l.Sum.Stated > 0 {
				row.Percent, row.Qualifier = shares[i].Percent.StringFixed(2), shares[i].Qualifier
			}
			out = append(out, row)
		}
		return out, nil
	}
	var err error
	if out.Lines, err = lines(m.ByKind()); err != nil {
		return nil, err
	}
	if out.Classes, err = lines(m.ByClass()); err != nil {
		return nil, err
	}
	// a leverage needs figures on both sides
	if lev, err := m.Leverage(); err == nil && lev.NonFiscal.Stated > 0 {
		out.Leverage = &Leverage{Value: lev.Qualifier.Round(lev.Ratio, 2).StringFixed(2), Qualifier: lev.Qualifier}
	} else if err != nil && !errors.Is(err, funding.ErrNoAmount) {
		return nil, err
	}
	out.Allocation, out.NoAllocation, err = allocate(in, m)
	return out, err
}

// allocate shares the plan's budget over the units hosting a station.
func allocate(in input, m funding.Mix) (*Allocation, string, error) {
	a := in.plan.Allocation
	if a == nil {
		return nil, "none", nil
	}
	out := &Allocation{From: a.From, Method: a.Method}
	budget := a.Budget.Decimal
	if !a.Budget.Valid {
		var q *metrics.Quantity
		for _, l := range m.ByKind() {
			if l.Kind == a.From && l.Sum.Stated > 0 {
				q = &l.Sum.Amount
			}
		}
		if q == nil {
			return nil, "no-figure", nil
		}
		budget, out.Qualifier = q.Value, q.Qualifier
	}
	stations := funding.Claimants(in.net, func(u hierarchy.Unit) bool { return u.Facility() == hierarchy.FacilityStation })
	if len(stations) == 0 {
		return nil, "no-stations", nil
	}
	if !a.Floor.IsZero() || a.Cap.Valid {
		for i := range stations {
			stations[i].Floor, stations[i].Cap = a.Floor, a.Cap
		}
	}
	alloc, err := funding.Allocate(budget, a.Method, stations)
	if err != nil {
		return nil, "", err
	}
	out.Budget, out.Stations = budget.StringFixed(2), alloc.Len()
	out.Rate = alloc.Rate().Value(2).StringFixed(2)
	if !a.Floor.IsZero() {
		out.Floor = a.Floor.StringFixed(2)
	}
	if a.Cap.Valid {
		out.Cap = a.Cap.Decimal.StringFixed(2)
	}
	roll := in.net.Rollup()
	fen := map[hierarchy.Code]int64{}
	var least, most int64
	for g := range alloc.All() {
		code := g.Code
		u, _ := in.net.Lookup(code)
		fen[code] = g.Fen
		t, _ := roll.Of(code)
		grant := Grant{Code: code, Name: u.Name(), Population: t.Population(), Amount: yuan(g.Fen), Bound: g.Bound}
		out.Grants = append(out.Grants, grant)
		if len(out.Grants) == 1 || g.Fen < least {
			out.Least, least = grant, g.Fen
		}
		if len(out.Grants) == 1 || g.Fen > most {
			out.Most, most = grant, g.Fen
		}
	}
	sums, err := hierarchy.Sum(in.net, func(u hierarchy.Unit) int64 { return fen[u.Code()] })
	if err != nil {
		return nil, "", err
	}
	stationsIn, _ := hierarchy.Sum(in.net, func(u hierarchy.Unit) int64 {
		if u.Facility() == hierarchy.FacilityStation {
			return 1
		}
		return 0
	})
	for u := range in.net.AtLevel(hierarchy.LevelCounty) {
		if n, _ := stationsIn.Of(u.Code()); n > 0 {
			t, _ := roll.Of(u.Code())
			sum, _ := sums.Of(u.Code())
			out.Counties = append(out.Counties, Grant{Code: u.Code(), Name: u.Name(), Stations: int(n),
				Population: t.Population(), Amount: yuan(sum)})
		}
	}
	return out, "", nil
}

// scorecard evaluates the staffing area targets and the jurisdiction's
// goals, measured from the network and roster where they can be.
func scorecard(in input, all hierarchy.Totals, check *staffing.Report) ([]Score, error) {
	var out []Score
	for _, a := range check.Areas {
		out = append(out, Score{Evaluation: a.Evaluation, Unit: a.Unit})
	}
	targets := make([]metrics.Target, len(in.juris.Goals))
	obs := map[string]metrics.Observation{}
	for i, g := range in.juris.Goals {
		targets[i] = g.Target
		if o, ok := g.Observe(all, in.roster, in.date); ok {
			obs[g.Target.ID] = o
		}
	}
	card, err := metrics.NewScorecard(targets...)
	if err != nil {
		return nil, err
	}
	evals, err := card.Evaluate(obs)
	if err != nil {
		return nil, err
	}
	for _, e := range evals {
		out = append(out, Score{Evaluation: e})
	}
	return out, nil
}

// positions are the codes of a network's units in code order, the order
// Network.Units yields them: the i-th unit's entry of a per-unit table is
// at position i.
type positions []hierarchy.Code

func positionsOf(net *hierarchy.Network) positions {
	p := make(positions, 0, net.Len())
	for u := range net.Units() {
		p = append(p, u.Code())
	}
	return p
}

// of returns the position of code c, which must be in the network.
func (p positions) of(c hierarchy.Code) int {
	i, _ := slices.BinarySearch(p, c)
	return i
}

// units yields the units of net with their positions.
func (p positions) units(net *hierarchy.Network) iter.Seq2[int, hierarchy.Unit] {
	return func(yield func(int, hierarchy.Unit) bool) {
		i := 0
		for u := range net.Units() {
			if !yield(i, u) {
				return
			}
			i++
		}
	}
}
