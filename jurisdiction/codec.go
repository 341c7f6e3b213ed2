package jurisdiction

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

// wirePack is a pack's JSON form; its keys are the documented ones.
type wirePack struct {
	Format     int                  `json:"format"`
	ID         string               `json:"id"`
	Names      Names                `json:"names"`
	Sources    []policy.Source      `json:"sources"`
	Scheme     *hierarchy.Scheme    `json:"scheme,omitempty"`
	Staffing   *staffing.RuleSet    `json:"staffing"`
	Incentives *incentives.Schedule `json:"incentives,omitempty"`
	Funding    *funding.Profile     `json:"funding,omitempty"`
	Budget     funding.Kind         `json:"budget,omitzero"`
	Services   *services.RuleSet    `json:"services,omitempty"`
	Targets    []Goal               `json:"targets,omitempty"`
	Cases      []Case               `json:"cases,omitempty"`
}

// ErrFormat is wrapped by the problem of a document whose "format" is not
// one this package reads.
var ErrFormat = errors.New("unknown pack format")

// ErrPack is wrapped by the problems of a pack's own fields that are not
// valid: its id, names, budget line, duplicate ids, a case's inputs.
var ErrPack = errors.New("invalid pack")

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Encode writes p in the canonical form: two-space indentation, keys in
// the documented order, a final newline. Decoding the result gives p back,
// and encoding that gives the same bytes.
func (p *Pack) Encode() ([]byte, error) {
	w := wirePack{Format: Format, ID: p.ID, Names: p.Names, Sources: p.Sources, Scheme: p.Scheme,
		Staffing: p.Staffing, Incentives: p.Schedule, Budget: p.Budget, Services: p.Services,
		Targets: p.Goals, Cases: p.Cases}
	if w.Sources == nil {
		w.Sources = []policy.Source{}
	}
	if w.Staffing == nil {
		w.Staffing = &staffing.RuleSet{Jurisdiction: p.Names.Hans}
	}
	w.Funding = p.Funding
	raw, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("jurisdiction: encode %s: %w", p.ID, err)
	}
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return nil, fmt.Errorf("jurisdiction: encode %s: %w", p.ID, err)
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// MarshalJSON encodes p as Encode does.
func (p *Pack) MarshalJSON() ([]byte, error) { return p.Encode() }

// UnmarshalJSON decodes p as Decode does.
func (p *Pack) UnmarshalJSON(data []byte) error {
	q, err := Decode(data)
	if err != nil {
		return err
	}
	*p = *q
	return nil
}

// Decode reads and validates a pack. Every problem is reported at once, as
// a policy.Problems, each with its JSON path ("staffing.minimums[2].min")
// and its line and column in data; a syntax error has the position alone.
// A document whose "format" is not Format is refused with that problem
// only, since its other keys may mean something else.
func Decode(data []byte) (*Pack, error) {
	doc, err := jsonwalk.Parse(data)
	if err != nil {
		return nil, policy.ProblemsOf(err).Err()
	}
	d := &decoder{doc: doc, w: jsonwalk.NewWalker(doc)}
	p := d.pack()
	if ps := d.problems(); len(ps) > 0 {
		return nil, ps
	}
	return p, nil
}

type decoder struct {
	doc   *jsonwalk.Doc
	w     *jsonwalk.Walker
	parts policy.Problems // problems of the parts decoded by their own packages
}

// problems returns every problem found, in the order of the document.
func (d *decoder) problems() policy.Problems {
	ps := append(append(policy.Problems{}, d.w.Problems()...), d.parts...)
	slices.SortStableFunc(ps, func(a, b policy.Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	return ps
}

var keys = []string{"format", "id", "names", "sources", "scheme", "staffing", "incentives",
	"funding", "budget", "services", "targets", "cases"}

func (d *decoder) pack() *Pack {
	root := d.doc.Root
	m := d.w.Object(root, "", keys...)
	if m == nil {
		return nil
	}
	var format int
	n := d.w.Require(root, m, "", "format")
	if n == nil || !d.w.Decode(n, "format", &format) {
		return nil
	}
	if format != Format {
		d.w.Report(n, "format", fmt.Errorf("%w %d: this version reads format %d", ErrFormat, format, Format))
		return nil
	}
	p := &Pack{}
	if n := d.w.Require(root, m, "", "id"); n != nil && d.w.Decode(n, "id", &p.ID) && !idPattern.MatchString(p.ID) {
		d.w.Reportf(n, "id", "%w: id %q is not lower-case words of letters and digits joined by '-'", ErrPack, p.ID)
	}
	if n := d.w.Require(root, m, "", "names"); n != nil && d.w.Value(n, "names", &p.Names) {
		d.names(n, p.Names)
	}
	if n := d.w.Require(root, m, "", "sources"); n != nil && d.w.Value(n, "sources", &p.Sources) {
		for i, s := range p.Sources {
			d.invalid(n.Elems[i], jsonwalk.Index("sources", i), s.Validate())
		}
	}
	if n := m["scheme"]; n != nil {
		p.Scheme = part(d, n, "scheme", decodeScheme)
	}
	if n := d.w.Require(root, m, "", "staffing"); n != nil {
		p.Staffing = part(d, n, "staffing", staffing.DecodeRuleSet)
	}
	if n := m["incentives"]; n != nil {
		p.Schedule = part(d, n, "incentives", incentives.DecodeSchedule)
	}
	if n := m["funding"]; n != nil {
		p.Funding = part(d, n, "funding", funding.DecodeProfile)
	}
	if n := m["budget"]; n != nil && d.w.Decode(n, "budget", &p.Budget) {
		d.budget(n, p)
	}
	if n := m["services"]; n != nil {
		p.Services = part(d, n, "services", services.DecodeRuleSet)
	}
	if n := m["targets"]; n != nil && d.w.Value(n, "targets", &p.Goals) {
		d.goals(n, p.Goals)
	}
	if n := m["cases"]; n != nil && d.w.Value(n, "cases", &p.Cases) {
		d.cases(n, p)
	}
	return p
}

// decodeScheme is hierarchy.DecodeScheme in the shape part takes.
func decodeScheme(data []byte) (*hierarchy.Scheme, error) {
	s, err := hierarchy.DecodeScheme(data)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// part decodes a part with its own package's decoder and moves the
// problems it finds into the whole document.
func part[T any](d *decoder, n *jsonwalk.Node, path string, decode func([]byte) (*T, error)) *T {
	v, err := decode(d.doc.Raw(n))
	if err != nil {
		line, col := d.doc.Position(n.Start)
		for _, p := range policy.ProblemsOf(err).Within(path).At(line, col) {
			if p.Line == 0 { // placed in the part but not within it: at its start
				p.Line, p.Column = line, col
			}
			d.parts = append(d.parts, p)
		}
	}
	return v
}

// invalid reports each error joined in err at path, placed at n.
func (d *decoder) invalid(n *jsonwalk.Node, path string, err error) {
	for _, p := range policy.ProblemsOf(err) {
		d.w.Report(n, policy.JoinPath(path, p.Path), p.Err)
	}
}

func (d *decoder) names(n *jsonwalk.Node, ns Names) {
	for i, v := range []string{ns.En, ns.Hans, ns.Hant} {
		if strings.TrimSpace(v) == "" {
			d.w.Report(n, "names."+[]string{"en", "zh_hans", "zh_hant"}[i], fmt.Errorf("%w: the name is empty", ErrPack))
		}
	}
}

// budget checks that the budget line is one of the funding mix's.
func (d *decoder) budget(n *jsonwalk.Node, p *Pack) {
	if p.Budget == funding.KindUnspecified {
		return
	}
	if p.Funding != nil {
		for _, it := range p.Funding.Mix.Items() {
			if it.Kind == p.Budget {
				return
			}
		}
	}
	d.w.Reportf(n, "budget", "%w: no line of the funding mix is %s", ErrPack, p.Budget)
}

func (d *decoder) goals(n *jsonwalk.Node, gs []Goal) {
	seen := map[string]bool{}
	for i, g := range gs {
		at := jsonwalk.Index("targets", i)
		d.invalid(n.Elems[i], at+".target", g.Target.Validate())
		if seen[g.Target.ID] {
			d.w.Reportf(n.Elems[i], at+".target.id", "%w: target id %q is used twice", ErrPack, g.Target.ID)
		}
		seen[g.Target.ID] = true
	}
}

func (d *decoder) cases(n *jsonwalk.Node, p *Pack) {
	seen := map[string]bool{}
	for i, c := range p.Cases {
		at, e := jsonwalk.Index("cases", i), n.Elems[i]
		bad := func(key, format string, args ...any) {
			d.w.Report(e, policy.JoinPath(at, key), fmt.Errorf("%w: %s", ErrPack, fmt.Sprintf(format, args...)))
		}
		if !idPattern.MatchString(c.ID) {
			bad("id", "id %q is not lower-case words of letters and digits joined by '-'", c.ID)
		} else if seen[c.ID] {
			bad("id", "case id %q is used twice", c.ID)
		}
		seen[c.ID] = true
		d.invalid(e, at+".source", c.Source.Validate())
		switch c.Kind {
		case CaseUnspecified:
			bad("kind", "the kind is unspecified")
		case CaseUnreproducible:
			if c.Note == "" {
				bad("note", "an unreproducible case says why in its note")
			}
		case CaseCoverage, CaseRequirement, CaseMinimum, CasePayroll:
			if c.Want == "" {
				bad("want", "the expected figure is missing")
			}
		}
	}
}
