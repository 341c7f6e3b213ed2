package services

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/errlist"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

// An Indicator counts the units Units selects that have at least Min of
// Measure: Suzhou's "townships with a community charity fund" is
// {Units: township level, Measure: charity funds, Min: 1}. An indicator
// states a fact; a Rule adds a deadline and makes it a duty.
type Indicator struct {
	ID      string             `json:"id"`
	Name    string             `json:"name"` // the indicator as the document words it
	Units   hierarchy.Selector `json:"units"`
	Measure ResourceMeasure    `json:"measure"`
	Min     int64              `json:"min"`
	Source  policy.Source      `json:"source"`
}

// judge returns how the unit with record e (nil: none on the day) fares.
func (ind *Indicator) judge(e *entry) outcome {
	switch {
	case e == nil:
		return unreported
	case e.m.Get(ind.Measure) < ind.Min:
		return short
	}
	return met
}

// Validate reports every problem of ind at once, as a policy.Problems
// whose paths are those of its JSON form ("min").
func (ind Indicator) Validate() error { return ind.problems().Err() }

// problems returns ind's problems and more, each wrapping a *RuleError
// naming ind.
func (ind Indicator) problems(more ...policy.Problem) policy.Problems {
	var ps policy.Problems
	add := func(path string, err error) {
		for _, e := range errlist.Flatten(err) {
			ps = append(ps, policy.Problem{Path: path, Err: e})
		}
	}
	if strings.TrimSpace(ind.Name) == "" {
		add("name", errors.New("name is empty"))
	}
	add("units", ind.Units.Validate())
	if !ind.Measure.Valid() {
		add("measure", fmt.Errorf("measure %s is unknown", ind.Measure))
	}
	if ind.Min < 1 {
		add("min", fmt.Errorf("min %d is below 1, which every unit meets", ind.Min))
	}
	add("source", ind.Source.Validate())
	return ruleErrors(ind.ID, append(ps, more...))
}

// A Rule is an Indicator every selected unit must meet by a
// deadline: Ordos's "每个城市社区至少有10个以上社区社会组织" by the end of 2025.
// Period, if set, is when the rule is in force; Check skips it outside.
type Rule struct {
	Indicator
	Deadline policy.Date   `json:"deadline"`
	Period   policy.Period `json:"period,omitzero"`
}

// clone returns a copy of r that shares no memory with it.
func (r Rule) clone() Rule {
	r.Units.Kinds = slices.Clone(r.Units.Kinds)
	return r
}

// Validate reports every problem of r at once, as a policy.Problems
// whose paths are those of its JSON form ("deadline").
func (r Rule) Validate() error { return r.problems().Err() }

func (r Rule) problems() policy.Problems {
	var more []policy.Problem
	if r.Deadline.IsZero() {
		more = append(more, policy.Problem{Path: "deadline", Err: errors.New("deadline is missing")})
	}
	for _, e := range errlist.Flatten(r.Period.Validate()) {
		more = append(more, policy.Problem{Path: "period", Err: e})
	}
	return r.Indicator.problems(more...)
}

// A RuleSet is one jurisdiction's five-society requirements.
type RuleSet struct {
	Jurisdiction string `json:"jurisdiction"`
	Rules        []Rule `json:"rules"`
}

// ErrRule is wrapped by every error about an invalid indicator or rule.
var ErrRule = errors.New("invalid five-society rule")

// A RuleError is one problem of one indicator or rule, named by its id.
type RuleError struct {
	Rule string
	Err  error
}

func (e *RuleError) Error() string { return fmt.Sprintf("%v %q: %v", ErrRule, e.Rule, e.Err) }

func (e *RuleError) Unwrap() []error { return []error{ErrRule, e.Err} }

// ruleErrors wraps each problem's reason in a *RuleError naming the rule
// id, adding the problem of an empty id.
func ruleErrors(id string, ps policy.Problems) policy.Problems {
	out := make(policy.Problems, 0, len(ps)+1)
	if strings.TrimSpace(id) == "" {
		id = "(no id)"
		out = append(out, policy.Problem{Path: "id", Err: &RuleError{Rule: id, Err: errors.New("id is empty")}})
	}
	for _, p := range ps {
		p.Err = &RuleError{Rule: id, Err: p.Err}
		out = append(out, p)
	}
	return out
}

// Validate reports every problem of every requirement of rs at once, and
// ids used twice, as a policy.Problems whose paths are those of the rule
// set's JSON form ("rules[2].min"). DecodeRuleSet runs it on every decoded
// set.
func (rs *RuleSet) Validate() error {
	var ps policy.Problems
	if strings.TrimSpace(rs.Jurisdiction) == "" {
		ps = append(ps, policy.Problem{Path: "jurisdiction", Err: fmt.Errorf("%w: jurisdiction is empty", ErrRule)})
	}
	seen := make(map[string]bool, len(rs.Rules))
	for i, r := range rs.Rules {
		at := "rules[" + strconv.Itoa(i) + "]"
		ps = append(ps, r.problems().Within(at)...)
		if seen[r.ID] && strings.TrimSpace(r.ID) != "" {
			ps = append(ps, policy.Problem{Path: at + ".id", Err: &RuleError{Rule: r.ID, Err: errors.New("id is used by another rule")}})
		}
		seen[r.ID] = true
	}
	return ps.Err()
}

// DecodeRuleSet reads a rule set from its JSON form (see the package
// documentation for the keys) and validates it as Validate does. Decoding
// is strict: an unknown key, a key given twice, a missing required key, a
// value of the wrong type or an unknown name is a problem. Every problem
// is reported at once, as a policy.Problems whose entries carry the JSON
// path within the rule set ("rules[2].min") and the line and column, each
// wrapping ErrRule; a problem of validation at the path of a problem of
// decoding is left out, being its consequence.
func DecodeRuleSet(data []byte) (*RuleSet, error) {
	var rs RuleSet
	if err := jsonwalk.Unmarshal(data, &rs, rs.Validate); err != nil {
		ps := policy.ProblemsOf(err)
		for i, p := range ps {
			if !errors.Is(p.Err, ErrRule) {
				ps[i].Err = fmt.Errorf("%w: %w", ErrRule, p.Err)
			}
		}
		return nil, ps
	}
	return &rs, nil
}

// EncodeRuleSet writes rs in its canonical JSON form: keys in the
// documented order, indented by two spaces, optional keys left out when
// empty, a final newline. Decoding the result and encoding it again gives
// the same bytes. An invalid rs is refused with Validate's problems.
func EncodeRuleSet(rs *RuleSet) ([]byte, error) {
	if err := rs.Validate(); err != nil {
		return nil, err
	}
	return jsonwalk.Encode(rs)
}
