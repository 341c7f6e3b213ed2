package jurisdiction

import (
	"errors"
	"fmt"
	"strconv"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// A CaseKind says which computation of the library a case checks.
type CaseKind uint8

// The kinds of case. Want is written as the computation's result prints.
const (
	CaseUnspecified CaseKind = iota
	// CaseCoverage: Covered of Total as a whole percent, "94%".
	CaseCoverage
	// CaseRequirement: the head count the staffing area rule Rule requires
	// of Population, "7501".
	CaseRequirement
	// CaseMinimum: the head count the staffing minimums require at Unit of
	// Network on Date, "3".
	CaseMinimum
	// CasePayroll: the total the incentive schedule pays Roster on
	// Network over Period, with the award Grants, in yuan with two
	// decimals, "2000.00"; only the line items of Rule when it is given.
	CasePayroll
	// CaseUnreproducible: a figure the documents state that the library
	// cannot compute from the pack; Note says why.
	CaseUnreproducible
)

var caseKindNames = enum.New[CaseKind]("case kind",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未指定", Hant: "未指定", Placeholder: true},
	enum.Name{Text: "coverage", En: "coverage", Hans: "覆盖率", Hant: "覆蓋率"},
	enum.Name{Text: "requirement", En: "requirement", Hans: "人数要求", Hant: "人數要求"},
	enum.Name{Text: "minimum", En: "staffing minimum", Hans: "配备下限", Hant: "配備下限"},
	enum.Name{Text: "payroll", En: "payroll", Hans: "发放金额", Hant: "發放金額"},
	enum.Name{Text: "unreproducible", En: "not reproducible", Hans: "无法复算", Hant: "無法復算"},
)

// String returns k's machine name, such as "coverage".
func (k CaseKind) String() string { return caseKindNames.String(k) }

// MarshalText encodes k as its machine name.
func (k CaseKind) MarshalText() ([]byte, error) { return caseKindNames.Marshal(k) }

// UnmarshalText decodes a machine name or a Chinese label; an unknown name
// is an error wrapping policy.ErrUnknownName.
func (k *CaseKind) UnmarshalText(b []byte) error { return enum.Unmarshal(caseKindNames, k, b) }

// Label returns k's name in the language closest to tag.
func (k CaseKind) Label(tag language.Tag) string { return caseKindNames.Label(k, tag) }

// Valid reports whether k is one of the named kinds.
func (k CaseKind) Valid() bool { return caseKindNames.Valid(k) }

// CaseKinds lists the kinds of case, without the unspecified one.
func CaseKinds() []CaseKind { return caseKindNames.Listed() }

// A Case is a figure a pack's documents publish: small inputs, the exact
// output the document gives, and the clause it comes from. Which inputs
// count depends on Kind.
type Case struct {
	ID         string             `json:"id"`
	Kind       CaseKind           `json:"kind"`
	Source     policy.Source      `json:"source"`
	Covered    int64              `json:"covered,omitempty"`
	Total      int64              `json:"total,omitempty"`
	Population int64              `json:"population,omitempty"`
	Rule       string             `json:"rule,omitempty"`
	Date       policy.Date        `json:"date,omitzero"`
	Period     policy.Period      `json:"period,omitzero"`
	Network    []hierarchy.Record `json:"network,omitempty"`
	Unit       hierarchy.Code     `json:"unit,omitzero"`
	Roster     []staffing.Worker  `json:"roster,omitempty"`
	Grants     []incentives.Grant `json:"grants,omitempty"`
	Want       string             `json:"want,omitempty"`
	Note       string             `json:"note,omitempty"`
}

// A CaseStatus is the outcome of running a case.
type CaseStatus uint8

// The outcomes.
const (
	Pass            CaseStatus = iota // the library computes Want
	Fail                              // it computes another figure, or cannot compute it
	NotReproducible                   // the case says the library cannot compute it
)

var caseStatusNames = enum.New[CaseStatus]("case status",
	enum.Name{Text: "pass", En: "pass", Hans: "通过", Hant: "通過"},
	enum.Name{Text: "fail", En: "fail", Hans: "不符", Hant: "不符"},
	enum.Name{Text: "not-reproducible", En: "not reproducible", Hans: "无法复算", Hant: "無法復算"},
)

// String returns s's machine name, such as "pass".
func (s CaseStatus) String() string { return caseStatusNames.String(s) }

// MarshalText encodes s as its machine name.
func (s CaseStatus) MarshalText() ([]byte, error) { return caseStatusNames.Marshal(s) }

// UnmarshalText decodes a machine name or a Chinese label; an unknown name
// is an error wrapping policy.ErrUnknownName.
func (s *CaseStatus) UnmarshalText(b []byte) error { return enum.Unmarshal(caseStatusNames, s, b) }

// Label returns s's name in the language closest to tag.
func (s CaseStatus) Label(tag language.Tag) string { return caseStatusNames.Label(s, tag) }

// Valid reports whether s is one of the named outcomes.
func (s CaseStatus) Valid() bool { return caseStatusNames.Valid(s) }

// CaseStatuses lists the outcomes in order.
func CaseStatuses() []CaseStatus { return caseStatusNames.Listed() }

// A CaseResult is one case run: its outcome, the figure the library
// computed (empty when it could not), and why it could not.
type CaseResult struct {
	Case   Case
	Status CaseStatus
	Got    string
	Err    error
}

// Diff describes a failure: "got 93%, want 94%", or the error; it is
// empty for a pass, and the note of an unreproducible case.
func (r CaseResult) Diff() string {
	switch r.Status {
	case Pass:
		return ""
	case NotReproducible:
		return r.Case.Note
	case Fail:
	}
	if r.Err != nil {
		return r.Err.Error()
	}
	return fmt.Sprintf("got %s, want %s", r.Got, r.Case.Want)
}

// ErrCase is wrapped by the error of a case its pack cannot compute: a
// rule it names that the pack lacks, a bad network or roster.
var ErrCase = errors.New("case cannot be computed")

// RunCases computes every case of p with the library's own functions, in
// the pack's order.
func RunCases(p *Pack) []CaseResult {
	out := make([]CaseResult, len(p.Cases))
	for i, c := range p.Cases {
		r := CaseResult{Case: c}
		if c.Kind == CaseUnreproducible {
			r.Status = NotReproducible
		} else {
			r.Got, r.Err = compute(p, c)
			r.Status = Fail
			if r.Err == nil && r.Got == c.Want {
				r.Status = Pass
			}
		}
		out[i] = r
	}
	return out
}

func compute(p *Pack, c Case) (string, error) {
	switch c.Kind {
	case CaseCoverage:
		cov, err := metrics.NewCoverage(c.Covered, c.Total)
		if err != nil {
			return "", fmt.Errorf("%w: %w", ErrCase, err)
		}
		return cov.Rate().Format(metrics.Percent, 0), nil
	case CaseRequirement:
		for _, a := range p.Staffing.Areas {
			if a.ID == c.Rule {
				n, err := a.Requirement.Of(c.Population)
				if err != nil {
					return "", fmt.Errorf("%w: %w", ErrCase, err)
				}
				return strconv.FormatInt(n, 10), nil
			}
		}
		return "", fmt.Errorf("%w: no staffing area rule %q", ErrCase, c.Rule)
	case CaseMinimum:
		return minimum(p, c)
	case CasePayroll:
		return payroll(p, c)
	case CaseUnspecified, CaseUnreproducible:
	}
	return "", fmt.Errorf("%w: kind %s", ErrCase, c.Kind)
}

func minimum(p *Pack, c Case) (string, error) {
	net, err := hierarchy.Build(c.Network)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrCase, err)
	}
	m, err := staffing.Require(net, p.Staffing, c.Date)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrCase, err)
	}
	if !net.Has(c.Unit) {
		return "", fmt.Errorf("%w: unit %s: %w", ErrCase, c.Unit, hierarchy.ErrUnknownUnit)
	}
	n, _ := m.Of(c.Unit)
	return strconv.Itoa(n), nil
}

func payroll(p *Pack, c Case) (string, error) {
	if p.Schedule == nil {
		return "", fmt.Errorf("%w: the pack has no incentive schedule", ErrCase)
	}
	net, err := hierarchy.Build(c.Network)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrCase, err)
	}
	r, err := staffing.NewRoster(net, c.Roster)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrCase, err)
	}
	pay, err := p.Schedule.Payroll(r, c.Period, incentives.WithGrants(c.Grants...))
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrCase, err)
	}
	if c.Rule == "" {
		return pay.Total().StringFixed(2), nil
	}
	var fen int64
	found := false
	for li := range pay.Items() {
		if pay.RuleID(li) == c.Rule {
			found = true
			fen += li.Amount().Shift(2).IntPart()
		}
	}
	if !found {
		return "", fmt.Errorf("%w: no line item of rule %q", ErrCase, c.Rule)
	}
	return metrics.FromFen(fen).StringFixed(2), nil
}
