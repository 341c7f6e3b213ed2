package incentives

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/internal/errlist"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// A Schedule is one jurisdiction's incentives: certificate bonuses, monthly
// stipends, awards and salary floors. Each rule carries a series of
// versions, each with the days it is in force and the Source that set it,
// so a revision is a new version (policy.Versioned.Supersede) and a what-if
// is a modified copy. Rounding is the named rule every pro-rata amount is
// rounded to the fen by; its zero value is metrics.HalfUp (四舍五入).
//
// Rule ids are unique across the whole schedule: line items name their
// rule by id.
type Schedule struct {
	Jurisdiction string           `json:"jurisdiction"`
	Rounding     metrics.Rounding `json:"rounding,omitzero"`
	Bonuses      []Bonus          `json:"bonuses,omitempty"`
	Stipends     []Stipend        `json:"stipends,omitempty"`
	Awards       []Award          `json:"awards,omitempty"`
	Floors       []Floor          `json:"floors,omitempty"`
}

// A Bonus is a one-time payment on obtaining a certificate in post (Langxi:
// 1,000 / 2,000 / 3,000 yuan). A certificate is paid under the terms in
// force on the day it is obtained, if the worker is in post that day and
// it raises the highest level the worker holds; certificates held on
// joining (staffing.Worker.Prior) are never paid.
type Bonus struct {
	ID      string                       `json:"id"`
	Roles   staffing.RoleSet             `json:"roles,omitzero"` // empty: every role
	Upgrade Upgrade                      `json:"upgrade,omitzero"`
	Once    Once                         `json:"once,omitzero"`
	Terms   policy.Versioned[BonusTerms] `json:"terms"`
}

// BonusTerms are the amounts of a Bonus, and an optional cap on the total
// one person receives under the rule, counted over all the bonuses the
// worker earned in post (under any version), not only those of one
// payroll.
type BonusTerms struct {
	Amounts Amounts         `json:"amounts"`
	Cap     decimal.Decimal `json:"cap,omitzero"` // zero: no cap
}

// A Stipend is paid every month to workers in Roles by the highest
// certificate level they hold (Langxi: committee cadres, 100 / 300 / 500
// yuan a month). PartialMonth and Leaving settle what the documents leave
// open; their zero values are the documented defaults.
type Stipend struct {
	ID           string                  `json:"id"`
	Roles        staffing.RoleSet        `json:"roles,omitzero"` // empty: every role
	PartialMonth PartialMonth            `json:"partial_month,omitzero"`
	Leaving      Leaving                 `json:"leaving,omitzero"`
	Rates        policy.Versioned[Rates] `json:"rates"`
}

// Rates are a stipend's monthly amounts, written either per level
// (Monthly) or as pay-grade steps: Grades per level times PerGrade yuan a
// grade. A version with no amounts at all suspends the stipend.
type Rates struct {
	Monthly  Amounts         `json:"monthly,omitzero"`
	PerGrade decimal.Decimal `json:"per_grade,omitzero"`
	Grades   Grades          `json:"grades,omitzero"`
}

// Of returns the monthly amount for level l.
func (r Rates) Of(l staffing.CertLevel) decimal.Decimal {
	if int(l) >= numLevels {
		return decimal.Decimal{}
	}
	if r.Grades != (Grades{}) {
		return r.PerGrade.Mul(decimal.NewFromInt(int64(r.Grades[l])))
	}
	return r.Monthly[l]
}

// An Award is a fixed amount granted to named people (Chongqing: 300,000
// yuan to each 名家名师). Who receives it and when is input to a payroll
// (Grant), not part of the schedule.
type Award struct {
	ID     string                            `json:"id"`
	Title  string                            `json:"title"` // the honour, such as 重庆英才·名家名师
	Amount policy.Versioned[decimal.Decimal] `json:"amount"`
}

// A Floor is a minimum annual salary for workers in Roles (Langxi:
// resident social workers, 50,000 yuan a year). CheckFloors holds annual
// pay against it.
type Floor struct {
	ID     string                            `json:"id"`
	Roles  staffing.RoleSet                  `json:"roles,omitzero"` // empty: every role
	Annual policy.Versioned[decimal.Decimal] `json:"annual"`
}

// ErrSchedule is wrapped by every error about an invalid schedule.
var ErrSchedule = errors.New("invalid incentive schedule")

// A RuleError is one problem of one rule, named by its list, its position
// in the list and its id.
type RuleError struct {
	List  string // "bonuses", "stipends", "awards" or "floors"
	Index int
	Rule  string
	Err   error
}

func (e *RuleError) Error() string {
	id := e.Rule
	if id == "" {
		id = "(no id)"
	}
	return fmt.Sprintf("%v: %s[%d] %s: %v", ErrSchedule, e.List, e.Index, id, e.Err)
}

func (e *RuleError) Unwrap() []error { return []error{ErrSchedule, e.Err} }

// Validate reports every problem of s at once, as a policy.Problems whose
// paths are those of the schedule's JSON form ("bonuses[1].terms[0].value"),
// each wrapping a *RuleError (or, for the schedule's own fields, an error
// wrapping ErrSchedule): empty or
// repeated ids, unknown roles and options, rules without versions,
// versions out of order or overlapping, invalid sources, negative amounts,
// amounts with a fraction of a fen or too large to count in fen, monthly
// amounts given both per level and as grades.
func (s *Schedule) Validate() error {
	_, err := s.compile(s.lists())
	return err
}

// lists holds the versions of every rule, so that compile can check
// versions decoded from JSON before they become a policy.Versioned.
type lists struct {
	bonuses  [][]policy.Version[BonusTerms]
	stipends [][]policy.Version[Rates]
	awards   [][]policy.Version[decimal.Decimal]
	floors   [][]policy.Version[decimal.Decimal]
}

func (s *Schedule) lists() lists {
	var l lists
	for _, b := range s.Bonuses {
		l.bonuses = append(l.bonuses, versionsOf(b.Terms))
	}
	for _, st := range s.Stipends {
		l.stipends = append(l.stipends, versionsOf(st.Rates))
	}
	for _, a := range s.Awards {
		l.awards = append(l.awards, versionsOf(a.Amount))
	}
	for _, f := range s.Floors {
		l.floors = append(l.floors, versionsOf(f.Annual))
	}
	return l
}

func versionsOf[T any](v policy.Versioned[T]) []policy.Version[T] {
	out := make([]policy.Version[T], 0, v.Len())
	for _, ver := range v.All() {
		out = append(out, ver)
	}
	return out
}

// A version is one compiled version: its days and its value in fen.
type version[T any] struct {
	period policy.Period
	v      T
}

// series are a rule's compiled versions, ordered and disjoint.
type series[T any] []version[T]

// at returns the index of the version in force on d, or -1. Rules have a
// handful of versions, so a scan beats a search.
func (s series[T]) at(d policy.Date) int {
	for i := range s {
		if s[i].period.Contains(d) {
			return i
		}
	}
	return -1
}

// A ruleRef is what a line item needs of its rule: the rule itself is
// referenced by index, so millions of line items carry no strings.
type ruleRef struct {
	id      string
	title   string // an award's
	sources []policy.Source
}

type bonusTerms struct {
	amounts [numLevels]int64
	cap     int64
}

type cBonus struct {
	ref     int32
	roles   staffing.RoleSet
	upgrade Upgrade
	once    Once
	terms   series[bonusTerms]
}

type cStipend struct {
	ref     int32
	roles   staffing.RoleSet
	partial PartialMonth
	leaving Leaving
	rates   series[[numLevels]int64]
}

type cAward struct {
	ref    int32
	amount series[int64]
}

type cFloor struct {
	id      string
	roles   staffing.RoleSet
	annual  series[int64]
	sources []policy.Source
}

// compiled is a validated schedule in int64 fen, what the computations run
// on.
type compiled struct {
	rounding metrics.Rounding
	refs     []ruleRef
	bonuses  []cBonus
	stipends []cStipend
	awards   []cAward
	floors   []cFloor
}

// allRoles stands for an empty role set, which rules read as every role.
const allRoles = ^staffing.RoleSet(0)

func eligible(s staffing.RoleSet) staffing.RoleSet {
	if s == 0 {
		return allRoles
	}
	return s
}

// compile validates s, whose versions are vl, and converts it to fen.
func (s *Schedule) compile(vl lists) (*compiled, error) {
	var ps policy.Problems
	if strings.TrimSpace(s.Jurisdiction) == "" {
		ps = append(ps, policy.Problem{Path: "jurisdiction", Err: fmt.Errorf("%w: jurisdiction is empty", ErrSchedule)})
	}
	if !s.Rounding.Valid() {
		ps = append(ps, policy.Problem{Path: "rounding", Err: fmt.Errorf("%w: rounding %s is unknown", ErrSchedule, s.Rounding)})
	}
	c := &compiled{rounding: s.Rounding}
	seen := map[string]bool{}
	// rule starts checking one rule, returning a function that records a
	// problem of it at the path sub within the rule.
	rule := func(list string, i int, id string, roles staffing.RoleSet) failer {
		at := list + "[" + strconv.Itoa(i) + "]"
		fail := func(sub string, err error) {
			ps = append(ps, policy.Problem{Path: policy.JoinPath(at, sub), Err: &RuleError{List: list, Index: i, Rule: id, Err: err}})
		}
		switch {
		case strings.TrimSpace(id) == "":
			fail("id", errors.New("id is empty"))
		case seen[id]:
			fail("id", errors.New("id is used by another rule"))
		}
		seen[id] = true
		for r := range 32 {
			if roles.Has(staffing.Role(r)) && !staffing.Role(r).Valid() {
				fail("roles", fmt.Errorf("role %s is unknown", staffing.Role(r)))
			}
		}
		return fail
	}
	ref := func(id, title string, sources []policy.Source) int32 {
		c.refs = append(c.refs, ruleRef{id: id, title: title, sources: sources})
		return int32(len(c.refs) - 1)
	}
	for i, b := range s.Bonuses {
		fail := rule("bonuses", i, b.ID, b.Roles)
		if !b.Upgrade.Valid() {
			fail("upgrade", fmt.Errorf("upgrade %s is unknown", b.Upgrade))
		}
		if !b.Once.Valid() {
			fail("once", fmt.Errorf("once %s is unknown", b.Once))
		}
		terms, srcs := compileSeries(vl.bonuses[i], "terms", fail, func(t BonusTerms) (bonusTerms, []error) {
			var out bonusTerms
			probs := levelFen(&out.amounts, t.Amounts[:], "amount")
			var err error
			if out.cap, err = fen(t.Cap, "cap"); err != nil {
				probs = append(probs, err)
			}
			return out, probs
		})
		c.bonuses = append(c.bonuses, cBonus{ref: ref(b.ID, "", srcs), roles: eligible(b.Roles), upgrade: b.Upgrade, once: b.Once, terms: terms})
	}
	for i, st := range s.Stipends {
		fail := rule("stipends", i, st.ID, st.Roles)
		if !st.PartialMonth.Valid() {
			fail("partial_month", fmt.Errorf("partial month %s is unknown", st.PartialMonth))
		}
		if !st.Leaving.Valid() {
			fail("leaving", fmt.Errorf("leaving %s is unknown", st.Leaving))
		}
		rates, srcs := compileSeries(vl.stipends[i], "rates", fail, compileRates)
		c.stipends = append(c.stipends, cStipend{ref: ref(st.ID, "", srcs), roles: eligible(st.Roles), partial: st.PartialMonth, leaving: st.Leaving, rates: rates})
	}
	for i, a := range s.Awards {
		fail := rule("awards", i, a.ID, 0)
		if strings.TrimSpace(a.Title) == "" {
			fail("title", errors.New("title is empty"))
		}
		amount, srcs := compileSeries(vl.awards[i], "amount", fail, positiveFen)
		c.awards = append(c.awards, cAward{ref: ref(a.ID, a.Title, srcs), amount: amount})
	}
	for i, f := range s.Floors {
		fail := rule("floors", i, f.ID, f.Roles)
		annual, srcs := compileSeries(vl.floors[i], "annual", fail, positiveFen)
		c.floors = append(c.floors, cFloor{id: f.ID, roles: eligible(f.Roles), annual: annual, sources: srcs})
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// A failer records a problem of one rule at path sub within it.
type failer func(sub string, err error)

// compileSeries checks the versions of one rule (there must be at least
// one, in order, disjoint, with valid periods and sources) and converts
// each value with conv, reporting every problem through fail.
func compileSeries[T, U any](vs []policy.Version[T], what string, fail failer, conv func(T) (U, []error)) (series[U], []policy.Source) {
	if len(vs) == 0 {
		fail(what, fmt.Errorf("%s: no versions", what))
		return nil, nil
	}
	if _, err := policy.NewVersioned(vs...); err != nil {
		for _, e := range errlist.Flatten(err) {
			fail(versionPath(what, e), fmt.Errorf("%s: %w", what, e))
		}
	}
	out := make(series[U], len(vs))
	srcs := make([]policy.Source, len(vs))
	for i, v := range vs {
		u, errs := conv(v.Value)
		for _, err := range errs {
			fail(what+"["+strconv.Itoa(i)+"].value", fmt.Errorf("%s: version %d: %w", what, i, err))
		}
		out[i] = version[U]{period: v.Period, v: u}
		srcs[i] = v.Source
	}
	return out, srcs
}

// versionPath places a problem of a rule's series what: at the source or
// the period of the version it names.
func versionPath(what string, err error) string {
	var ve *policy.VersionError
	if !errors.As(err, &ve) {
		return what
	}
	at := what + "[" + strconv.Itoa(ve.Index) + "]"
	if errors.Is(err, policy.ErrSource) {
		return at + ".source"
	}
	return at + ".period"
}

func compileRates(r Rates) ([numLevels]int64, []error) {
	var out [numLevels]int64
	graded := !r.PerGrade.IsZero() || r.Grades != (Grades{})
	if graded && !r.Monthly.IsZero() {
		return out, []error{errors.New("monthly amounts given both per level and as grades")}
	}
	var errs []error
	if graded {
		if !r.PerGrade.IsPositive() {
			errs = append(errs, fmt.Errorf("per-grade amount %s is not positive", r.PerGrade))
		}
		for l, g := range r.Grades {
			if g < 0 || (l == int(staffing.NoCertificate) && g != 0) {
				errs = append(errs, fmt.Errorf("grades for %s: %d", staffing.CertLevel(l), g))
			}
		}
		if len(errs) > 0 {
			return out, errs
		}
	}
	var amounts Amounts
	for l := range amounts {
		amounts[l] = r.Of(staffing.CertLevel(l))
	}
	errs = levelFen(&out, amounts[:], "monthly amount") // fills out: call it before out is returned
	return out, errs
}

// levelFen converts amounts by level to fen into dst; NoCertificate must
// have none.
func levelFen(dst *[numLevels]int64, amounts []decimal.Decimal, what string) []error {
	var errs []error
	if !amounts[staffing.NoCertificate].IsZero() {
		errs = append(errs, fmt.Errorf("%s for %s: only certificate levels are paid", what, staffing.NoCertificate))
	}
	for _, l := range certLevels {
		f, err := fen(amounts[l], what+" for "+l.String())
		if err != nil {
			errs = append(errs, err)
		}
		dst[l] = f
	}
	return errs
}

// fen converts a non-negative amount in yuan to fen.
func fen(yuan decimal.Decimal, what string) (int64, error) {
	if yuan.IsNegative() {
		return 0, fmt.Errorf("%s %s is negative", what, yuan)
	}
	f, err := metrics.ToFen(yuan)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", what, err)
	}
	return f, nil
}

func positiveFen(yuan decimal.Decimal) (int64, []error) {
	if !yuan.IsPositive() {
		return 0, []error{fmt.Errorf("amount %s is not positive", yuan)}
	}
	f, err := fen(yuan, "amount")
	if err != nil {
		return 0, []error{err}
	}
	return f, nil
}
