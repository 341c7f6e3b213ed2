package metrics

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/internal/errlist"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

// A Comparator says how an observation must relate to a target's value.
type Comparator uint8

// The comparators. FullCoverage is "100% of …": a ratio target of 1.
const (
	AtLeastValue Comparator = iota // ≥ value
	AtMostValue                    // ≤ value
	ExactlyValue                   // = value
	FullCoverage                   // 100% coverage
)

var comparatorNames = enum.New[Comparator]("comparator",
	enum.Name{Text: "at-least", En: "at least", Hans: "不少于", Hant: "不少於"},
	enum.Name{Text: "at-most", En: "at most", Hans: "不超过", Hant: "不超過"},
	enum.Name{Text: "exactly", En: "exactly", Hans: "等于", Hant: "等於"},
	enum.Name{Text: "full-coverage", En: "full coverage", Hans: "全覆盖", Hant: "全覆蓋"},
)

// String returns c's machine name, such as "at-least".
func (c Comparator) String() string { return comparatorNames.String(c) }

// Valid reports whether c is one of the named comparators.
func (c Comparator) Valid() bool { return comparatorNames.Valid(c) }

// Comparators lists the comparators in order.
func Comparators() []Comparator { return comparatorNames.Listed() }

// MarshalText encodes c as its machine name, such as "at-least".
func (c Comparator) MarshalText() ([]byte, error) { return comparatorNames.Marshal(c) }

// UnmarshalText decodes a machine name, a Chinese label or an alias; an
// unknown name is an error wrapping policy.ErrUnknownName.
func (c *Comparator) UnmarshalText(b []byte) error { return enum.Unmarshal(comparatorNames, c, b) }

// Label returns c's name in the language closest to tag.
func (c Comparator) Label(tag language.Tag) string { return comparatorNames.Label(c, tag) }

// A ValueKind says what a target's value counts.
type ValueKind uint8

// The kinds of target value.
const (
	CountValue ValueKind = iota // a head count or number of units
	RatioValue                  // a share, 1 being 100%
	MoneyValue                  // yuan
)

var valueKindNames = enum.New[ValueKind]("value kind",
	enum.Name{Text: "count", En: "count", Hans: "数量", Hant: "數量"},
	enum.Name{Text: "ratio", En: "ratio", Hans: "比例", Hant: "比例"},
	enum.Name{Text: "money", En: "money", Hans: "金额", Hant: "金額"},
)

// String returns k's machine name, such as "ratio".
func (k ValueKind) String() string { return valueKindNames.String(k) }

// MarshalText encodes k as its machine name.
func (k ValueKind) MarshalText() ([]byte, error) { return valueKindNames.Marshal(k) }

// UnmarshalText decodes a machine name, a Chinese label or an alias; an
// unknown name is an error wrapping policy.ErrUnknownName.
func (k *ValueKind) UnmarshalText(b []byte) error { return enum.Unmarshal(valueKindNames, k, b) }

// Label returns k's name in the language closest to tag.
func (k ValueKind) Label(tag language.Tag) string { return valueKindNames.Label(k, tag) }

// Valid reports whether k is one of the named kinds.
func (k ValueKind) Valid() bool { return valueKindNames.Valid(k) }

// ValueKinds lists the kinds of target value in order.
func ValueKinds() []ValueKind { return valueKindNames.Listed() }

// A Target is a goal a plan sets: "50,000 social-work professionals by the
// end of 2025", "township stations 100% coverage". Value is exact: a count
// or money as n/1, a share as a Ratio (80% is 80/100). The deadline day is
// included: a target "by the end of 2025" has deadline 2025-12-31 and is
// missed only from 2026-01-01 on. A zero deadline never passes. A Target
// is a value holding only strings and immutable numbers: concurrent reads
// are safe.
type Target struct {
	ID         string        `json:"id"`
	Indicator  string        `json:"indicator"`
	Comparator Comparator    `json:"comparator"`
	Kind       ValueKind     `json:"kind"`
	Value      Ratio         `json:"value"`
	Deadline   policy.Date   `json:"deadline,omitzero"`
	Source     policy.Source `json:"source"`
}

// ErrTarget is wrapped by errors about an invalid target.
var ErrTarget = errors.New("invalid target")

// Validate reports every problem of t at once, as a policy.Problems whose
// paths are those of its JSON form ("value"), each wrapping ErrTarget.
func (t Target) Validate() error { return t.problems().Err() }

func (t Target) problems() policy.Problems {
	var ps policy.Problems
	bad := func(path, format string, args ...any) {
		ps = append(ps, policy.Problem{Path: path, Err: fmt.Errorf("%w %q: %s", ErrTarget, t.ID, fmt.Sprintf(format, args...))})
	}
	if strings.TrimSpace(t.ID) == "" {
		bad("id", "id is empty")
	}
	if strings.TrimSpace(t.Indicator) == "" {
		bad("indicator", "indicator is empty")
	}
	if !comparatorNames.Valid(t.Comparator) {
		bad("comparator", "comparator %s is unknown", t.Comparator)
	}
	if !valueKindNames.Valid(t.Kind) {
		bad("kind", "kind %s is unknown", t.Kind)
	}
	if t.Value.Sign() < 0 {
		bad("value", "value %s is negative", t.Value)
	}
	if t.Comparator == FullCoverage && (t.Kind != RatioValue || !t.Value.Equal(Fraction(one))) {
		bad("value", "full coverage needs kind ratio and value 1 (100%%), not %s %s", t.Kind, t.Value)
	}
	if t.Kind == CountValue && !t.Value.Num().Mod(t.Value.Den()).IsZero() {
		bad("value", "count %s is not a whole number", t.Value)
	}
	for _, e := range errlist.Flatten(t.Source.Validate()) {
		bad("source", "source: %v", e)
	}
	return ps
}

// ValidateTargets reports every problem of every target of ts at once, and
// ids used twice, as a policy.Problems whose paths are those of the
// targets' JSON form ("[2].value"), each wrapping ErrTarget.
func ValidateTargets(ts []Target) error {
	var ps policy.Problems
	seen := make(map[string]bool, len(ts))
	for i, t := range ts {
		at := "[" + strconv.Itoa(i) + "]"
		ps = append(ps, t.problems().Within(at)...)
		if seen[t.ID] && strings.TrimSpace(t.ID) != "" {
			ps = append(ps, policy.Problem{Path: at + ".id", Err: fmt.Errorf("%w %q: id is used by another target", ErrTarget, t.ID)})
		}
		seen[t.ID] = true
	}
	return ps.Err()
}

// DecodeTargets reads a list of targets from its JSON form, an array of
// targets (see the package documentation for the keys), and validates it
// as ValidateTargets does. Decoding is strict: an unknown key (a misspelt
// "deadlne" would otherwise silently give a target no deadline), a key
// given twice, a missing required key, a value of the wrong type or an
// unknown name is a problem. Every problem is reported at once, as a
// policy.Problems whose entries carry the JSON path within the list
// ("[1].deadline") and the line and column, each wrapping ErrTarget; a
// problem of validation at the path of a problem of decoding is left out,
// being its consequence.
func DecodeTargets(data []byte) ([]Target, error) {
	var ts []Target
	if err := jsonwalk.Unmarshal(data, &ts, func() error { return ValidateTargets(ts) }); err != nil {
		ps := policy.ProblemsOf(err)
		for i, p := range ps {
			if !errors.Is(p.Err, ErrTarget) {
				ps[i].Err = fmt.Errorf("%w: %w", ErrTarget, p.Err)
			}
		}
		return nil, ps
	}
	return ts, nil
}

// EncodeTargets writes ts in its canonical JSON form: an array of
// targets, keys in the documented order, indented by two spaces, a target
// without a deadline leaving it out, a final newline. Decoding the result
// and encoding it again gives the same bytes. Invalid targets are refused
// with ValidateTargets's problems.
func EncodeTargets(ts []Target) ([]byte, error) {
	if err := ValidateTargets(ts); err != nil {
		return nil, err
	}
	if ts == nil {
		ts = []Target{}
	}
	return jsonwalk.Encode(ts)
}

// An Observation is the value of an indicator measured on a date, exact as
// a Ratio. ObserveCount, ObserveMoney and ObserveCoverage build one. It is
// a plain value, safe for concurrent reads.
type Observation struct {
	Date  policy.Date `json:"date"`
	Value Ratio       `json:"value"`
}

// ObserveCount returns the observation of n on d.
func ObserveCount(d policy.Date, n int64) Observation {
	return Observation{Date: d, Value: Fraction(decimal.NewFromInt(n))}
}

// ObserveMoney returns the observation of an amount in yuan on d.
func ObserveMoney(d policy.Date, yuan decimal.Decimal) Observation {
	return Observation{Date: d, Value: Fraction(yuan)}
}

// ObserveCoverage returns the observation of c's rate on d.
func ObserveCoverage(d policy.Date, c Coverage) Observation {
	return Observation{Date: d, Value: c.Rate()}
}

// A Status is the state of a target on the date of an observation.
type Status uint8

// The statuses. Unobserved is for a scorecard target with no observation.
const (
	Unobserved Status = iota // no observation given
	Met                      // the observation satisfies the target
	NotYet                   // not satisfied, deadline not passed
	Missed                   // not satisfied after the deadline
)

var statusNames = enum.New[Status]("target status",
	enum.Name{Text: "unobserved", En: "no data", Hans: "无数据", Hant: "無數據"},
	enum.Name{Text: "met", En: "met", Hans: "已达成", Hant: "已達成"},
	enum.Name{Text: "not-yet", En: "not yet met", Hans: "尚未达成", Hant: "尚未達成"},
	enum.Name{Text: "missed", En: "missed", Hans: "逾期未达成", Hant: "逾期未達成"},
)

// String returns s's machine name, such as "not-yet".
func (s Status) String() string { return statusNames.String(s) }

// Valid reports whether s is one of the named statuses.
func (s Status) Valid() bool { return statusNames.Valid(s) }

// Statuses lists the statuses in order; Unobserved is one (a scorecard
// reports it), not a placeholder.
func Statuses() []Status { return statusNames.Listed() }

// MarshalText encodes s as its machine name, such as "not-yet".
func (s Status) MarshalText() ([]byte, error) { return statusNames.Marshal(s) }

// UnmarshalText decodes a machine name, a Chinese label or an alias; an
// unknown name is an error wrapping policy.ErrUnknownName.
func (s *Status) UnmarshalText(b []byte) error { return enum.Unmarshal(statusNames, s, b) }

// Label returns s's name in the language closest to tag.
func (s Status) Label(tag language.Tag) string { return statusNames.Label(s, tag) }

// An Evaluation is a target judged against an observation. It is a plain
// value, safe for concurrent reads.
type Evaluation struct {
	Target      Target      `json:"target"`
	Observation Observation `json:"observation"`
	Status      Status      `json:"status"`
	// Gap is what is still missing: target − observed for at least and full
	// coverage, observed − target for at most (0 once met), and the signed
	// difference target − observed for exactly.
	Gap Ratio `json:"gap"`
	// Growth is the compound annual growth the observed value needs to
	// reach the target by the deadline, rounded half away from zero to 6
	// decimal places of the fraction (0.0001%); HasGrowth is false when it is undefined: the target is
	// met, the deadline passed or is not set, or the observation is not
	// positive.
	Growth    Ratio `json:"growth,omitzero"`
	HasGrowth bool  `json:"has_growth,omitempty"`
}

// growthPlaces is the number of decimal places (of the fraction, so 0.01%
// is 4) to which Evaluation.Growth is rounded.
const growthPlaces = 6

// Evaluate judges t against o on o's date. An invalid target is an error
// wrapping ErrTarget (the zero Target is not "met"), and so is an
// observation without a date for a target with a deadline, since whether
// the deadline has passed is then unknown.
func (t Target) Evaluate(o Observation) (Evaluation, error) {
	if err := t.Validate(); err != nil {
		return Evaluation{}, err
	}
	if err := t.undated(o); err != nil {
		return Evaluation{}, err
	}
	return t.evaluate(o), nil
}

// undated reports an observation without a date for a target with a
// deadline.
func (t Target) undated(o Observation) error {
	if o.Date.IsZero() && !t.Deadline.IsZero() {
		return fmt.Errorf("%w %q: the observation has no date to hold against deadline %s", ErrTarget, t.ID, t.Deadline)
	}
	return nil
}

// evaluate is Evaluate for a target already validated.
func (t Target) evaluate(o Observation) Evaluation {
	e := Evaluation{Target: t, Observation: o}
	diff := sub(t.Value, o.Value)
	var met bool
	switch t.Comparator {
	case AtMostValue:
		met = diff.Sign() >= 0
		e.Gap = neg(diff)
	case ExactlyValue:
		met = diff.IsZero()
		e.Gap = diff
	case AtLeastValue, FullCoverage:
		met = diff.Sign() <= 0
		e.Gap = diff
	}
	switch {
	case met:
		e.Status, e.Gap = Met, Ratio{}
		return e
	case t.Deadline.IsZero() || o.Date <= t.Deadline:
		e.Status = NotYet
	default:
		e.Status = Missed
		return e
	}
	e.Growth, e.HasGrowth = growth(o.Value, t.Value, o.Date, t.Deadline)
	return e
}

// sub returns a − b exactly.
func sub(a, b Ratio) Ratio {
	r, _ := NewRatio(a.num.Mul(b.Den()).Sub(b.num.Mul(a.Den())), a.Den().Mul(b.Den()))
	return r
}

func neg(a Ratio) Ratio { return Ratio{num: a.num.Neg(), den: a.den} }

// growth returns (to/from)^(1/years) − 1, years being counted from date a
// to date b as whole years plus the fraction of the next year's days.
func growth(from, to Ratio, a, b policy.Date) (Ratio, bool) {
	if from.Sign() <= 0 || to.Sign() < 0 || b.IsZero() || b <= a {
		return Ratio{}, false
	}
	years := yearsBetween(a, b)
	factor := to.num.Mul(from.Den()).DivRound(from.num.Mul(to.Den()), 30)
	exp := years.Den().DivRound(years.Num(), 30)
	g, err := factor.PowWithPrecision(exp, growthPlaces+4)
	if err != nil {
		return Ratio{}, false
	}
	return Fraction(g.Sub(one).Round(growthPlaces)), true
}

// yearsBetween returns the years from a to b as an exact ratio: whole
// anniversaries, plus the days after the last one over the days until the
// next. From 2023-12-31 to 2025-12-31 is 2; from 2024-01-01 to 2024-07-01
// is 182/366. An anniversary of a 29 February is the 28th in other years.
// Anniversaries are counted in days of the time package, since the one
// after b may lie past the last year a policy.Date holds.
func yearsBetween(a, b policy.Date) Ratio {
	if b < a {
		return neg(yearsBetween(b, a))
	}
	ay, am, ad := a.Date()
	whole := b.Year() - ay
	end := seconds(b.Date())
	if anniversary(ay+whole, am, ad) > end {
		whole--
	}
	last := anniversary(ay+whole, am, ad)
	span := anniversary(ay+whole+1, am, ad) - last
	r, _ := NewRatio(decimal.NewFromInt(int64(whole)*span+end-last), decimal.NewFromInt(span))
	return r
}

// anniversary returns the start of day d of month m of year y, or of the
// month's last day when it has no day d, in Unix seconds.
func anniversary(y int, m time.Month, d int) int64 {
	return seconds(y, m, min(d, policy.DaysIn(y, m)))
}

// seconds returns the start of y-m-d in Unix seconds. Every term of
// yearsBetween is a whole number of days in seconds, so their quotient is
// the quotient of the days.
func seconds(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
}

// A Scorecard is a list of targets evaluated together, in the order given.
// It is immutable once built (Targets returns a copy), so concurrent calls
// of its methods are safe.
type Scorecard struct {
	targets []Target
}

// NewScorecard returns a scorecard of ts, rejecting invalid targets and
// duplicate ids; every problem is reported.
func NewScorecard(ts ...Target) (Scorecard, error) {
	var errs []error
	seen := make(map[string]int, len(ts))
	for i, t := range ts {
		if err := t.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("target %d: %w", i, err))
		}
		if j, dup := seen[t.ID]; dup {
			errs = append(errs, fmt.Errorf("%w: targets %d and %d share id %q", ErrTarget, j, i, t.ID))
		} else {
			seen[t.ID] = i
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Scorecard{}, err
	}
	return Scorecard{targets: append([]Target(nil), ts...)}, nil
}

// Targets returns a copy of the scorecard's targets.
func (s Scorecard) Targets() []Target { return append([]Target(nil), s.targets...) }

// Evaluate judges every target against its observation in obs (keyed by
// target id), in the scorecard's order. A target without an observation is
// Unobserved; an observation for no target is an error, since it is most
// likely a misspelt id, and so is an undated one, as Target.Evaluate says.
// Every problem is reported.
func (s Scorecard) Evaluate(obs map[string]Observation) ([]Evaluation, error) {
	var errs []error
	known := make(map[string]bool, len(s.targets))
	out := make([]Evaluation, len(s.targets))
	for i, t := range s.targets {
		known[t.ID] = true
		o, ok := obs[t.ID]
		if !ok {
			out[i] = Evaluation{Target: t, Status: Unobserved}
			continue
		}
		if err := t.undated(o); err != nil {
			errs = append(errs, err)
		}
		out[i] = t.evaluate(o)
	}
	var unknown []string
	for id := range obs {
		if !known[id] {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		errs = append(errs, fmt.Errorf("%w: observations for unknown targets %q", ErrTarget, unknown))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}
