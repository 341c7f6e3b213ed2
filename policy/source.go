package policy

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shegong/shegong/internal/enum"
	"golang.org/x/text/language"
)

// Status says what kind of text a Source is, and so how much weight a rule
// drawn from it carries: a draft for comment may still change, a plan sets
// targets rather than obligations, a report describes what was done.
type Status uint8

// The statuses of a source document. The zero Status is unspecified and
// fails Source.Validate, so that every citation states it.
const (
	StatusUnspecified Status = iota
	StatusInForce            // 现行有效: a normative document in force
	StatusDraft              // 征求意见稿: a draft published for comment
	StatusPlan               // 规划/方案: a plan fixing targets
	StatusReport             // 工作报道: an official account of work done
)

var statusNames = enum.New[Status]("source status",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "in-force", En: "in force", Hans: "现行有效", Hant: "現行有效"},
	enum.Name{Text: "draft", En: "draft for comment", Hans: "征求意见稿", Hant: "徵求意見稿"},
	enum.Name{Text: "plan", En: "plan", Hans: "规划", Hant: "規劃"},
	enum.Name{Text: "report", En: "work report", Hans: "工作报道", Hant: "工作報道"},
)

// String returns s's machine name, such as "in-force".
func (s Status) String() string { return statusNames.String(s) }

// Valid reports whether s is one of the named statuses (the unspecified
// placeholder included; Source.Validate refuses it).
func (s Status) Valid() bool { return statusNames.Valid(s) }

// Statuses lists the statuses a source may have, without the unspecified
// placeholder.
func Statuses() []Status { return statusNames.Listed() }

// MarshalText encodes s as its machine name, such as "in-force".
func (s Status) MarshalText() ([]byte, error) { return statusNames.Marshal(s) }

// UnmarshalText decodes a machine name, a Chinese label or an alias; an
// unknown name is an error wrapping ErrUnknownName.
func (s *Status) UnmarshalText(b []byte) error { return enum.Unmarshal(statusNames, s, b) }

// Label returns s's name in language l.
func (s Status) Label(l language.Tag) string { return statusNames.Label(s, l) }

// A Source is the citation a rule carries: the document it comes from, who
// issued it and where in it the rule stands. Sources are plain comparable
// values; presets share one per document and vary only the clause. A
// Source holds only strings and values: concurrent use is safe.
type Source struct {
	Title  string `json:"title"`            // document title, without 《》
	Issuer string `json:"issuer"`           // issuing body, such as 重庆市民政局
	Number string `json:"number,omitempty"` // document number (文号), where known
	Date   Date   `json:"date,omitzero"`    // date of issue or publication; zero when the text gives none
	Clause string `json:"clause,omitempty"` // clause or section the rule comes from
	Status Status `json:"status"`
	URL    string `json:"url,omitempty"`
}

// ErrSource is wrapped by Source.Validate's errors.
var ErrSource = errors.New("invalid source")

// Validate reports every missing or invalid field of s at once. The date
// may be zero: news reports often quote a notice without dating it, and an
// invented date would mislead more than a missing one.
func (s Source) Validate() error {
	var errs []error
	if strings.TrimSpace(s.Title) == "" {
		errs = append(errs, fmt.Errorf("%w: title is empty", ErrSource))
	}
	if strings.TrimSpace(s.Issuer) == "" {
		errs = append(errs, fmt.Errorf("%w: issuer is empty", ErrSource))
	}
	if s.Status == StatusUnspecified || !statusNames.Valid(s.Status) {
		errs = append(errs, fmt.Errorf("%w: status %s is not one of in-force, draft, plan, report", ErrSource, s.Status))
	}
	return errors.Join(errs...)
}

// Cite returns s pointing at another clause of the same document.
func (s Source) Cite(clause string) Source {
	s.Clause = clause
	return s
}

// String writes the citation in the Chinese style: issuer, title in 《》,
// document number, date, clause.
func (s Source) String() string {
	var b strings.Builder
	b.WriteString(s.Issuer)
	b.WriteString("《")
	b.WriteString(s.Title)
	b.WriteString("》")
	if s.Number != "" {
		b.WriteString("（" + s.Number + "）")
	}
	if !s.Date.IsZero() {
		b.WriteString(" " + s.Date.String())
	}
	if s.Clause != "" {
		b.WriteString("，" + s.Clause)
	}
	return b.String()
}
