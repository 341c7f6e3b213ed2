package services

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/errlist"
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

// Validate reports every problem of ind at once.
func (ind Indicator) Validate() error { return errors.Join(ind.problems()...) }

// problems returns ind's problems and more, each a *RuleError naming ind.
func (ind Indicator) problems(more ...error) []error {
	var errs []error
	if strings.TrimSpace(ind.Name) == "" {
		errs = append(errs, errors.New("name is empty"))
	}
	if err := ind.Units.Validate(); err != nil {
		errs = append(errs, errlist.Flatten(err)...)
	}
	if !ind.Measure.Valid() {
		errs = append(errs, fmt.Errorf("measure %s is unknown", ind.Measure))
	}
	if ind.Min < 1 {
		errs = append(errs, fmt.Errorf("min %d is below 1, which every unit meets", ind.Min))
	}
	errs = append(errs, errlist.Flatten(ind.Source.Validate())...)
	return ruleErrors(ind.ID, append(errs, more...))
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

// Validate reports every problem of r at once.
func (r Rule) Validate() error { return errors.Join(r.problems()...) }

func (r Rule) problems() []error {
	var more []error
	if r.Deadline.IsZero() {
		more = append(more, errors.New("deadline is missing"))
	}
	if err := r.Period.Validate(); err != nil {
		more = append(more, err)
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

func ruleErrors(id string, errs []error) []error {
	out := make([]error, 0, len(errs)+1)
	if strings.TrimSpace(id) == "" {
		id = "(no id)"
		out = append(out, &RuleError{Rule: id, Err: errors.New("id is empty")})
	}
	for _, err := range errs {
		out = append(out, &RuleError{Rule: id, Err: err})
	}
	return out
}

// Validate reports every problem of every requirement of rs at once, and
// ids used twice.
func (rs *RuleSet) Validate() error {
	var errs []error
	if strings.TrimSpace(rs.Jurisdiction) == "" {
		errs = append(errs, fmt.Errorf("%w: jurisdiction is empty", ErrRule))
	}
	seen := make(map[string]bool, len(rs.Rules))
	for _, r := range rs.Rules {
		errs = append(errs, r.problems()...)
		if seen[r.ID] && strings.TrimSpace(r.ID) != "" {
			errs = append(errs, &RuleError{Rule: r.ID, Err: errors.New("id is used by another rule")})
		}
		seen[r.ID] = true
	}
	return errors.Join(errs...)
}

// DecodeRuleSet reads a rule set from JSON, as encoding/json writes a
// RuleSet, and validates it. Unknown fields are errors: a misspelt field
// would otherwise silently drop a condition.
func DecodeRuleSet(data []byte) (*RuleSet, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var rs RuleSet
	if err := dec.Decode(&rs); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRule, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: data after the rule set", ErrRule)
	}
	if err := rs.Validate(); err != nil {
		return nil, err
	}
	return &rs, nil
}
