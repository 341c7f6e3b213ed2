package staffing

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/errlist"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// Counts says which workers count toward a requirement. The zero Counts
// counts every active worker.
type Counts struct {
	Roles     RoleSet `json:"roles,omitzero"`      // empty: any role
	FullTime  bool    `json:"full_time,omitempty"` // only full-time posts count
	Certified bool    `json:"certified,omitempty"` // only certificate holders count
}

// Match reports whether w counts on d (w is assumed active on d).
func (c Counts) Match(w Worker, d policy.Date) bool { return c.match(&w, d) }

func (c Counts) match(w *Worker, d policy.Date) bool {
	return (c.Roles == 0 || c.Roles.Has(w.Role)) &&
		(!c.FullTime || w.Employment == FullTime) &&
		(!c.Certified || w.LevelOn(d) != NoCertificate)
}

// The bounds on the numbers a rule states. No document asks for more: the
// largest minimum per unit in domain.md is 3, and a certificate deadline of
// fifty years is a working life. Larger values are refused rather than
// computed with, since they can only be typos or hostile input.
const (
	// MaxMin bounds a Minimum's Min and a RoleQuota's Min: the workers
	// one unit may be required to have.
	MaxMin = 100_000
	// MaxMonths bounds a CertificateRule's Months.
	MaxMonths = 600
)

// A Minimum is a minimum head count per selected unit: "每个街道社会工作站至少
// 配备2名专职社会工作者". Min is at most MaxMin.
type Minimum struct {
	ID     string             `json:"id"`
	Units  hierarchy.Selector `json:"units"`
	Min    int                `json:"min"`
	Counts Counts             `json:"counts,omitzero"`
	Period policy.Period      `json:"period,omitzero"`
	Source policy.Source      `json:"source"`
}

// A RoleQuota is "at least Min workers in one of Roles", Min from 1 to
// MaxMin.
type RoleQuota struct {
	Roles RoleSet `json:"roles"`
	Min   int     `json:"min"`
}

// A RoleRule lists the roles every selected unit must have filled, as the
// Inner Mongolia notice does for stations.
type RoleRule struct {
	ID     string             `json:"id"`
	Units  hierarchy.Selector `json:"units"`
	Quotas []RoleQuota        `json:"quotas"`
	Period policy.Period      `json:"period,omitzero"`
	Source policy.Source      `json:"source"`
}

// A CertificateRule requires workers in Roles to hold a certificate within
// Months of joining (Langxi: resident social workers, 12 months), Months
// from 1 to MaxMonths. The deadline day itself is still in time.
type CertificateRule struct {
	ID     string        `json:"id"`
	Roles  RoleSet       `json:"roles"`
	Months int           `json:"months"`
	Period policy.Period `json:"period,omitzero"`
	Source policy.Source `json:"source"`
}

// Deadline returns the last day w may hold no certificate: the day Months
// after joining, or the month's last day where it has no such day.
func (r CertificateRule) Deadline(w Worker) policy.Date { return addMonths(w.Joined, r.Months) }

// An AreaRule sets a head count for a whole area by a deadline: Ordos's
// "social-work talent ≥ 5,000 and ≥ 2.5‰ of the population by 2025",
// Guangxi's "50,000 professionals by the end of 2025". Units selects the
// areas (each selected unit with its subtree); an empty selector means the
// whole network.
type AreaRule struct {
	ID          string              `json:"id"`
	Indicator   string              `json:"indicator"`
	Units       hierarchy.Selector  `json:"units,omitzero"`
	Requirement metrics.Requirement `json:"requirement"`
	Counts      Counts              `json:"counts,omitzero"`
	Deadline    policy.Date         `json:"deadline"`
	Period      policy.Period       `json:"period,omitzero"`
	Source      policy.Source       `json:"source"`
}

// A RuleSet is one jurisdiction's staffing rules.
type RuleSet struct {
	Jurisdiction string            `json:"jurisdiction"`
	Minimums     []Minimum         `json:"minimums,omitempty"`
	Roles        []RoleRule        `json:"roles,omitempty"`
	Certificates []CertificateRule `json:"certificates,omitempty"`
	Areas        []AreaRule        `json:"areas,omitempty"`
}

// ErrRule is wrapped by every error about an invalid rule.
var ErrRule = errors.New("invalid staffing rule")

// A RuleError is one problem of one rule, named by its id.
type RuleError struct {
	Rule string // the rule's id
	Err  error
}

func (e *RuleError) Error() string { return fmt.Sprintf("%v: rule %q: %v", ErrRule, e.Rule, e.Err) }

func (e *RuleError) Unwrap() []error { return []error{ErrRule, e.Err} }

// Validate reports every problem of every rule of rs at once, as a
// policy.Problems whose paths are those of the rule set's JSON form
// ("minimums[2].min"), each wrapping a *RuleError naming the rule: missing
// or duplicate ids, bad selectors, minimums and months out of range,
// invalid sources and periods. DecodeRuleSet runs it on every decoded set.
func (rs *RuleSet) Validate() error {
	v := validator{seen: map[string]bool{}}
	if strings.TrimSpace(rs.Jurisdiction) == "" {
		v.ps = append(v.ps, policy.Problem{Path: "jurisdiction", Err: fmt.Errorf("%w: jurisdiction is empty", ErrRule)})
	}
	for i, m := range rs.Minimums {
		at := jsonwalk.Index("minimums", i)
		id := v.rule(at, m.ID, m.Period, m.Source)
		v.add(at+".units", id, m.Units.Validate())
		if m.Min < 0 || m.Min > MaxMin {
			v.add(at+".min", id, fmt.Errorf("min %d is outside 0..%d", m.Min, MaxMin))
		}
		v.add(at+".counts.roles", id, rolesValid(m.Counts.Roles))
	}
	for i, r := range rs.Roles {
		at := jsonwalk.Index("roles", i)
		id := v.rule(at, r.ID, r.Period, r.Source)
		v.add(at+".units", id, r.Units.Validate())
		if len(r.Quotas) == 0 {
			v.add(at+".quotas", id, errors.New("no quotas"))
		}
		for j, q := range r.Quotas {
			qa := jsonwalk.Index(at+".quotas", j)
			if q.Roles == 0 {
				v.add(qa+".roles", id, errors.New("roles are empty"))
			}
			v.add(qa+".roles", id, rolesValid(q.Roles))
			if q.Min < 1 || q.Min > MaxMin {
				v.add(qa+".min", id, fmt.Errorf("min %d is outside 1..%d", q.Min, MaxMin))
			}
		}
	}
	for i, c := range rs.Certificates {
		at := jsonwalk.Index("certificates", i)
		id := v.rule(at, c.ID, c.Period, c.Source)
		if c.Roles == 0 {
			v.add(at+".roles", id, errors.New("roles are empty"))
		}
		v.add(at+".roles", id, rolesValid(c.Roles))
		if c.Months < 1 || c.Months > MaxMonths {
			v.add(at+".months", id, fmt.Errorf("months %d is outside 1..%d", c.Months, MaxMonths))
		}
	}
	for i, a := range rs.Areas {
		at := jsonwalk.Index("areas", i)
		id := v.rule(at, a.ID, a.Period, a.Source)
		a.check(&v, at, id)
	}
	return v.ps.Err()
}

// A validator gathers the problems of a rule set's rules.
type validator struct {
	ps   policy.Problems
	seen map[string]bool
}

// rule records the problems of the id, period and source of the rule at
// path, returning the id to name the rule by.
func (v *validator) rule(path, id string, period policy.Period, src policy.Source) string {
	name := id
	switch {
	case strings.TrimSpace(id) == "":
		name = "(no id)"
		v.add(path+".id", name, errors.New("id is empty"))
	case !utf8.ValidString(id):
		// JSON would carry it as U+FFFD: a different id.
		name = strings.ToValidUTF8(id, "\uFFFD")
		v.add(path+".id", name, errors.New("id is not valid UTF-8"))
	case v.seen[id]:
		v.add(path+".id", name, errors.New("id is used by another rule"))
	}
	v.seen[id] = true
	v.add(path+".period", name, period.Validate())
	v.add(path+".source", name, src.Validate())
	return name
}

// add records each problem in err (none when nil) at path, for the rule
// named id.
func (v *validator) add(path, id string, err error) {
	for _, e := range errlist.Flatten(err) {
		v.ps = append(v.ps, policy.Problem{Path: path, Err: &RuleError{Rule: id, Err: e}})
	}
}

func (a *AreaRule) check(v *validator, at, id string) {
	v.add(at+".requirement", id, a.Requirement.Validate())
	v.add(at+".counts.roles", id, rolesValid(a.Counts.Roles))
	if !a.Units.IsZero() {
		v.add(at+".units", id, a.Units.Validate())
	}
	if a.Deadline.IsZero() {
		v.add(at+".deadline", id, errors.New("deadline is missing"))
	}
	if strings.TrimSpace(a.Indicator) == "" {
		v.add(at+".indicator", id, errors.New("indicator is empty"))
	}
}

func rolesValid(s RoleSet) error {
	if s&^(1<<numRoles-2) != 0 {
		return fmt.Errorf("role set %#x has unknown roles", uint32(s))
	}
	return nil
}
