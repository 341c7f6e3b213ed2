package incentives

import (
	"encoding/json"
	"fmt"
	"iter"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/netindex"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// A LineItem is one payment to one worker: its kind, the certificate level
// it pays for, the rule and version behind it, the days it covers and its
// amount. Consecutive whole months of a stipend at one rate are one line
// item, so a cadre holding a senior certificate all of 2024 has a single
// item of 6,000 yuan covering 2024. A LineItem holds no strings or
// pointers, so a national payroll's items are one flat slice; the rule's
// id and Source come from the Payroll (RuleID, Source), and Payroll.Line
// spells an item out for reports and JSON.
type LineItem struct {
	fen     int64
	period  policy.Period
	worker  int32
	rule    int32  // index into the Payroll's rules
	version int32  // index into the rule's versions
	months  uint16 // whole months covered; 0 for part of a month or a one-time payment
	kind    Kind
	level   staffing.CertLevel
}

// Worker returns the position of the worker on the roster.
func (li LineItem) Worker() int { return int(li.worker) }

// Kind returns what the item pays.
func (li LineItem) Kind() Kind { return li.kind }

// Level returns the certificate level the item pays for: the level
// obtained for a bonus, the level paid for a stipend, the level held on
// the day of the grant for an award.
func (li LineItem) Level() staffing.CertLevel { return li.level }

// Period returns the days the item covers: the day of a bonus or an award,
// the months or days of a stipend.
func (li LineItem) Period() policy.Period { return li.period }

// Months returns the number of whole months a stipend item pays, and 0 for
// part of a month or a one-time payment.
func (li LineItem) Months() int { return int(li.months) }

// Amount returns the amount in yuan, exact to the fen.
func (li LineItem) Amount() decimal.Decimal { return metrics.FromFen(li.fen) }

// Totals are amounts by kind, by certificate level and in all.
type Totals struct {
	kind  [numKinds]int64
	level [numLevels]int64
	total int64
}

// Kind returns the total paid as k.
func (t Totals) Kind(k Kind) decimal.Decimal {
	if k >= numKinds {
		return decimal.Decimal{}
	}
	return metrics.FromFen(t.kind[k])
}

// Level returns the total paid for level l (see LineItem.Level).
func (t Totals) Level(l staffing.CertLevel) decimal.Decimal {
	if int(l) >= numLevels {
		return decimal.Decimal{}
	}
	return metrics.FromFen(t.level[l])
}

// Total returns the grand total.
func (t Totals) Total() decimal.Decimal { return metrics.FromFen(t.total) }

// MarshalJSON writes the totals in yuan by kind and level name (keys in
// sorted order) and in all.
func (t Totals) MarshalJSON() ([]byte, error) {
	out := struct {
		Kinds  map[string]decimal.Decimal `json:"kinds"`
		Levels map[string]decimal.Decimal `json:"levels"`
		Total  decimal.Decimal            `json:"total"`
	}{map[string]decimal.Decimal{}, map[string]decimal.Decimal{}, t.Total()}
	for k := range numKinds {
		out.Kinds[k.String()] = t.Kind(k)
	}
	for l := range numLevels {
		out.Levels[staffing.CertLevel(l).String()] = t.Level(staffing.CertLevel(l))
	}
	return json.Marshal(out)
}

// add adds li to t and reports whether nothing overflowed. Every amount is
// non-negative, so the total bounds every part of it.
func (t *Totals) add(li *LineItem) bool {
	total, ok := addFen(t.total, li.fen)
	if !ok {
		return false
	}
	t.total = total
	t.kind[li.kind] += li.fen
	t.level[li.level] += li.fen
	return true
}

// An Option adjusts a payroll computation.
type Option func(*options)

type options struct {
	grants     []Grant
	totalsOnly bool
}

// WithGrants supplies the awards granted to named workers. A grant dated
// outside the payroll's period is checked but not paid.
func WithGrants(g ...Grant) Option {
	return func(o *options) { o.grants = append(o.grants, g...) }
}

// TotalsOnly computes the totals without keeping line items: for a
// national roster the totals need a few slices of int64 while the items
// may run to millions.
func TotalsOnly() Option { return func(o *options) { o.totalsOnly = true } }

// A Payroll is what a roster is owed under a schedule over a period: line
// items by worker, and totals per worker, per unit (its own workers and its
// whole subtree), per kind, per level and in all. Line items sum to every
// total exactly: all amounts are int64 fen inside, decimal yuan outside.
type Payroll struct {
	period   policy.Period
	roster   *staffing.Roster
	rounding metrics.Rounding
	refs     []ruleRef
	items    []LineItem
	worker   []int64
	own      []int64
	subtree  []int64
	totals   Totals
}

// Payroll computes what roster r is owed under s over period p, which
// must be bounded. One-time payments are owed on their day; a stipend
// month paid whole (see PartialMonth) is owed on its first day and belongs,
// all of it, to the payroll whose period holds that day, so payrolls over
// adjoining periods add up to the payroll over their union. Under ProRata
// each day belongs to its own period, and a month split between two
// payrolls is rounded in each: splitting at month ends keeps the sum exact.
//
// Line items are ordered by worker, then bonuses, stipends and awards,
// each by rule and date.
func (s *Schedule) Payroll(r *staffing.Roster, p policy.Period, opts ...Option) (*Payroll, error) {
	var o options
	for _, f := range opts {
		f(&o)
	}
	run, err := s.newRun(r, p, o)
	if err != nil {
		return nil, err
	}
	run.worker = make([]int64, r.Len())
	run.own = make([]int64, r.Network().Len())
	if err := run.all(); err != nil {
		return nil, err
	}
	// A subtree's total is part of the grand total, which did not
	// overflow, so neither can the roll-up.
	subtree := append([]int64(nil), run.own...)
	parent := netindex.Of[hierarchy.Code](r.Network()).Parent
	for i := len(subtree) - 1; i >= 0; i-- {
		if q := parent[i]; q >= 0 {
			subtree[q] += subtree[i]
		}
	}
	return &Payroll{
		period: p, roster: r, rounding: s.Rounding, refs: run.c.refs,
		items: run.items, worker: run.worker, own: run.own, subtree: subtree, totals: run.totals,
	}, nil
}

// Period returns the period the payroll covers.
func (p *Payroll) Period() policy.Period { return p.period }

// Rounding returns the rule pro-rata amounts were rounded by.
func (p *Payroll) Rounding() metrics.Rounding { return p.rounding }

// Len returns the number of line items (0 with TotalsOnly).
func (p *Payroll) Len() int { return len(p.items) }

// Items yields every line item in order.
func (p *Payroll) Items() iter.Seq[LineItem] {
	return func(yield func(LineItem) bool) {
		for _, li := range p.items {
			if !yield(li) {
				return
			}
		}
	}
}

// WorkerItems yields the line items of the worker at position i.
func (p *Payroll) WorkerItems(i int) iter.Seq[LineItem] {
	return func(yield func(LineItem) bool) {
		for j := sort.Search(len(p.items), func(j int) bool { return int(p.items[j].worker) >= i }); j < len(p.items) && int(p.items[j].worker) == i; j++ {
			if !yield(p.items[j]) {
				return
			}
		}
	}
}

// Worker returns the total owed to the worker at position i.
func (p *Payroll) Worker(i int) decimal.Decimal { return metrics.FromFen(p.worker[i]) }

// Own returns the total owed to the workers placed on the unit with code c
// itself, and false if c is not in the roster's network.
func (p *Payroll) Own(c hierarchy.Code) (decimal.Decimal, bool) {
	u, ok := netindex.Of[hierarchy.Code](p.roster.Network()).Index(c)
	if !ok {
		return decimal.Decimal{}, false
	}
	return metrics.FromFen(p.own[u]), true
}

// Subtree returns the total owed to the workers of the unit with code c
// and of every unit below it, and false if c is not in the roster's
// network.
func (p *Payroll) Subtree(c hierarchy.Code) (decimal.Decimal, bool) {
	u, ok := netindex.Of[hierarchy.Code](p.roster.Network()).Index(c)
	if !ok {
		return decimal.Decimal{}, false
	}
	return metrics.FromFen(p.subtree[u]), true
}

// Totals returns the totals by kind, level and in all.
func (p *Payroll) Totals() Totals { return p.totals }

// Total returns the grand total.
func (p *Payroll) Total() decimal.Decimal { return p.totals.Total() }

// RuleID returns the id of the rule behind li.
func (p *Payroll) RuleID(li LineItem) string { return p.refs[li.rule].id }

// Source returns the citation of the rule version behind li.
func (p *Payroll) Source(li LineItem) policy.Source { return p.refs[li.rule].sources[li.version] }

// A Line is a line item spelt out, for reports and JSON.
type Line struct {
	Worker string             `json:"worker"`
	Kind   Kind               `json:"kind"`
	Level  staffing.CertLevel `json:"level"`
	Rule   string             `json:"rule"`
	Source policy.Source      `json:"source"`
	Period policy.Period      `json:"period"`
	Months int                `json:"months,omitempty"`
	Amount decimal.Decimal    `json:"amount"`
}

// Line spells li out with its worker's id, its rule's id and its Source.
func (p *Payroll) Line(li LineItem) Line {
	return Line{
		Worker: p.roster.Worker(li.Worker()).ID, Kind: li.kind, Level: li.level,
		Rule: p.RuleID(li), Source: p.Source(li), Period: li.period, Months: li.Months(), Amount: li.Amount(),
	}
}

// month is one calendar month a run touches.
type month struct {
	first, last policy.Date // the calendar month
	from, until policy.Date // its days within the period
	days        int         // days of the calendar month
}

// run is one computation of a schedule over a roster and a period.
type run struct {
	c        *compiled
	r        *staffing.Roster
	p        policy.Period
	keep     bool
	grants   []grant
	months   []month
	monthVer [][]int // per stipend, the version in force on each month's first day
	items    []LineItem
	totals   Totals
	byMonth  []Totals // per month of the period, when asked for
	worker   []int64  // per worker, when asked for
	own      []int64  // per unit, when asked for
	wtotal   int64    // the current worker's
}

func (s *Schedule) newRun(r *staffing.Roster, p policy.Period, o options) (*run, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if !p.Bounded() {
		return nil, fmt.Errorf("%w: a payroll needs a bounded period, got %s", policy.ErrPeriod, p)
	}
	c, err := s.compile(s.lists())
	if err != nil {
		return nil, err
	}
	grants, err := resolveGrants(c, r, o.grants)
	if err != nil {
		return nil, err
	}
	run := &run{c: c, r: r, p: p, keep: !o.totalsOnly, grants: grants}
	for m := range p.Months() {
		first := m.From.FirstOfMonth()
		last := m.From.LastOfMonth()
		run.months = append(run.months, month{first: first, last: last, from: m.From, until: m.Until, days: last.Sub(first) + 1})
	}
	run.monthVer = make([][]int, len(c.stipends))
	for i := range c.stipends {
		vers := make([]int, len(run.months))
		for j, m := range run.months {
			vers[j] = c.stipends[i].rates.at(m.first)
		}
		run.monthVer[i] = vers
	}
	return run, nil
}

// all computes every worker in roster order.
func (r *run) all() error {
	gi := 0
	units := netindex.WorkerUnits(r.r)
	for i := range r.r.Len() {
		wv := r.r.Worker(i)
		w := &wv
		r.wtotal = 0
		for b := range r.c.bonuses {
			if err := r.bonus(i, w, &r.c.bonuses[b]); err != nil {
				return err
			}
		}
		for s := range r.c.stipends {
			if err := r.stipend(i, w, s); err != nil {
				return err
			}
		}
		for ; gi < len(r.grants) && int(r.grants[gi].worker) == i; gi++ {
			g := &r.grants[gi]
			if !r.p.Contains(g.date) {
				continue
			}
			li := LineItem{worker: int32(i), kind: KindAward, level: w.LevelOn(g.date), rule: r.c.awards[g.award].ref,
				version: g.version, period: policy.Period{From: g.date, Until: g.date}, fen: g.fen}
			if err := r.emit(&li, r.monthOf(g.date)); err != nil {
				return err
			}
		}
		if r.worker != nil {
			// Parts of the grand total, which did not overflow.
			r.worker[i] = r.wtotal
			r.own[units[i]] += r.wtotal
		}
	}
	return nil
}

// monthOf returns the index in r.months of the month of d, which lies in
// the period.
func (r *run) monthOf(d policy.Date) int {
	f := r.months[0].first
	return (d.Year()-f.Year())*12 + int(d.Month()) - int(f.Month())
}

// emit adds li, which lies within month mi, to the totals and the items,
// merging a whole month into the item of the month before at the same
// rule, version and level.
func (r *run) emit(li *LineItem, mi int) error {
	var ok bool
	if r.wtotal, ok = addFen(r.wtotal, li.fen); ok {
		ok = r.totals.add(li)
	}
	if !ok {
		return fmt.Errorf("%w: payroll passes int64 fen: worker %s, rule %s", metrics.ErrOverflow, r.r.Worker(int(li.worker)).ID, r.c.refs[li.rule].id)
	}
	if r.byMonth != nil {
		r.byMonth[mi].add(li) // a part of the grand total, which did not overflow
	}
	if !r.keep {
		return nil
	}
	if n := len(r.items); n > 0 && li.months == 1 {
		last := &r.items[n-1]
		if last.worker == li.worker && last.rule == li.rule && last.version == li.version && last.level == li.level &&
			last.months > 0 && last.months < ^uint16(0) && last.period.Until+1 == li.period.From {
			// Both are parts of the worker's total, which did not overflow.
			last.fen += li.fen
			last.period.Until = li.period.Until
			last.months++
			return nil
		}
	}
	r.items = append(r.items, *li)
	return nil
}

// bonus pays worker i's certificates under b: in order of the day they were
// obtained, each one raising the worker's highest level, obtained in post,
// under the terms in force that day. Bonuses before the period are worked
// out too, for the once and cap rules, but not paid.
func (r *run) bonus(i int, w *staffing.Worker, b *cBonus) error {
	if w.Certified.IsZero() || !b.roles.Has(w.Role) {
		return nil
	}
	var order [numLevels]staffing.CertLevel
	n := 0
	for _, l := range certLevels {
		d := w.Certified[l]
		if d.IsZero() {
			continue
		}
		j := n
		for ; j > 0 && w.Certified[order[j-1]] > d; j-- {
			order[j] = order[j-1]
		}
		order[j] = l
		n++
	}
	held := w.Prior
	var paid int64
	count := 0
	for _, l := range order[:n] {
		if l <= held {
			continue
		}
		prev := held
		held = l
		d := w.Certified[l]
		v := b.terms.at(d)
		if v < 0 || !w.Active(d) || (b.once == OncePerPerson && count > 0) {
			continue
		}
		t := &b.terms[v].v
		amount := t.amounts[l]
		if b.upgrade == UpgradeDifference {
			amount -= t.amounts[prev]
		}
		if t.cap > 0 {
			amount = min(amount, t.cap-paid)
		}
		if amount <= 0 {
			continue
		}
		var ok bool
		if paid, ok = addFen(paid, amount); !ok {
			return fmt.Errorf("%w: payroll passes int64 fen: worker %s, rule %s", metrics.ErrOverflow, w.ID, r.c.refs[b.ref].id)
		}
		count++
		if r.p.Contains(d) {
			li := LineItem{worker: int32(i), kind: KindBonus, level: l, rule: b.ref, version: int32(v), period: policy.Period{From: d, Until: d}, fen: amount}
			if err := r.emit(&li, r.monthOf(d)); err != nil {
				return err
			}
		}
	}
	return nil
}

// stipend pays worker i under stipend rule si over the period.
func (r *run) stipend(i int, w *staffing.Worker, si int) error {
	s := &r.c.stipends[si]
	// Levels only rise, so a worker without one at the end of the period
	// had none during it. LeaveWholeMonth may pay days after leaving, up to
	// the end of that month.
	if !s.roles.Has(w.Role) || w.Joined > r.p.Until || (!w.Left.IsZero() && w.Left.LastOfMonth() < r.p.From) ||
		w.LevelOn(r.p.Until) == staffing.NoCertificate {
		return nil
	}
	if s.partial == ProRata {
		return r.proRata(i, w, s)
	}
	vers := r.monthVer[si]
	for mi := range r.months {
		m := &r.months[mi]
		v := vers[mi]
		if m.from != m.first || v < 0 {
			continue // a whole month belongs to the period holding its first day
		}
		judged := m.first
		if s.partial == FromNextMonth {
			judged--
		}
		if !w.Active(m.first) || !w.Active(judged) {
			continue
		}
		lvl := w.LevelOn(judged)
		rate := s.rates[v].v[lvl]
		if rate == 0 {
			continue
		}
		li := LineItem{worker: int32(i), kind: KindStipend, level: lvl, rule: s.ref, version: int32(v), months: 1,
			period: policy.Period{From: m.first, Until: m.last}, fen: rate}
		if !w.Left.IsZero() && w.Left < m.last {
			switch s.leaving {
			case LeaveUnpaid:
				continue
			case LeaveProRata:
				li.months, li.period.Until = 0, w.Left
				li.fen = share(rate, w.Left.Sub(m.first)+1, m.days, r.c.rounding)
			default: // LeaveWholeMonth: the month in full
			}
		}
		if err := r.emit(&li, mi); err != nil {
			return err
		}
	}
	return nil
}

// proRata pays each day of the period at the level held and the rate in
// force that day, one line item per month and run of days at one level
// and version, each rounded once.
func (r *run) proRata(i int, w *staffing.Worker, s *cStipend) error {
	for mi := range r.months {
		m := &r.months[mi]
		end, pay, more := s.paidUntil(w, m)
		if !more {
			return nil
		}
		if !pay {
			continue
		}
		if err := r.proRataDays(i, w, s, mi, max(m.from, w.Joined), end); err != nil {
			return err
		}
	}
	return nil
}

// paidUntil returns the last day of month m a pro-rata stipend s pays w
// under its leaving rule; pay is false when the month is unpaid, and more
// false when w left before it.
func (s *cStipend) paidUntil(w *staffing.Worker, m *month) (end policy.Date, pay, more bool) {
	switch {
	case w.Left.IsZero() || w.Left >= m.last:
		return m.until, true, true
	case w.Left < m.first:
		return m.until, false, false
	}
	switch s.leaving {
	case LeaveUnpaid:
		return m.until, false, true
	case LeaveProRata:
		return min(m.until, w.Left), true, true
	default:
		// LeaveWholeMonth pays the days after leaving at the level held on
		// the last day in post.
		return m.until, true, true
	}
}

// proRataDays pays worker i the days a…end of month mi under s, at the
// level held and the rate in force each day: one line item per run of
// days at one level and version, each rounded once.
func (r *run) proRataDays(i int, w *staffing.Worker, s *cStipend, mi int, a, end policy.Date) error {
	m := &r.months[mi]
	for a <= end {
		v := s.rates.at(a)
		if v < 0 {
			next := nextStart(s.rates, a)
			if next.IsZero() {
				return nil
			}
			a = next
			continue
		}
		segEnd := end
		if u := s.rates[v].period.Until; !u.IsZero() && u < segEnd {
			segEnd = u
		}
		day := a
		if !w.Left.IsZero() && day > w.Left {
			day = w.Left
		}
		lvl := w.LevelOn(day)
		// A certificate dated after leaving changes nothing.
		if next := nextLevel(w, day); !next.IsZero() && next <= segEnd && (w.Left.IsZero() || next <= w.Left) {
			segEnd = next - 1
		}
		if rate := s.rates[v].v[lvl]; rate > 0 {
			li := LineItem{worker: int32(i), kind: KindStipend, level: lvl, rule: s.ref, version: int32(v),
				period: policy.Period{From: a, Until: segEnd}, fen: rate, months: 1}
			if days := segEnd.Sub(a) + 1; days < m.days {
				li.months, li.fen = 0, share(rate, days, m.days, r.c.rounding)
			}
			if err := r.emit(&li, mi); err != nil {
				return err
			}
		}
		a = segEnd + 1
	}
	return nil
}

// nextStart returns the start of the first version after d, or zero.
func nextStart[T any](s series[T], d policy.Date) policy.Date {
	for _, v := range s {
		if v.period.From > d {
			return v.period.From
		}
	}
	return 0
}

// nextLevel returns the first day after d on which w's level rises, or
// zero.
func nextLevel(w *staffing.Worker, d policy.Date) policy.Date {
	var next policy.Date
	for l := w.LevelOn(d) + 1; int(l) < numLevels; l++ {
		if c := w.Certified[l]; c > d && (next.IsZero() || c < next) {
			next = c
		}
	}
	return next
}
