package funding

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// An Item is one source of money a document names, with the figure it
// gives, if any. Amount is nil when the document names the source without a
// figure (Ordos lists its sources that way). When one figure covers several
// kinds ("公益捐赠、设立基金等方式 … 超过 1 亿元"), Kind is the first and
// Includes the others; totals by kind count the figure under Kind.
type Item struct {
	Kind     Kind              `json:"kind"`
	Includes []Kind            `json:"includes,omitempty"`
	Label    string            `json:"label,omitempty"` // the document's own words
	Amount   *metrics.Quantity `json:"amount,omitempty"`
	Source   policy.Source     `json:"source"`
}

// ErrMix is wrapped by every error about an invalid mix or item.
var ErrMix = errors.New("invalid funding mix")

// An ItemError names the item of a mix (by index) that is invalid.
type ItemError struct {
	Index int
	Kind  Kind
	Err   error
}

func (e *ItemError) Error() string {
	return fmt.Sprintf("item %d (%s): %v", e.Index, e.Kind, e.Err)
}

func (e *ItemError) Unwrap() error { return e.Err }

// Validate reports every problem of it at once: an invalid kind, included
// kinds of another class or repeated, an amount that is not a non-negative
// whole number of fen in yuan, an invalid source.
func (it Item) Validate() error {
	var errs []error
	for _, p := range it.problems() {
		errs = append(errs, p.Err)
	}
	return errors.Join(errs...)
}

// problems returns every problem of it, at the paths of its JSON form.
func (it Item) problems() policy.Problems {
	var ps policy.Problems
	bad := func(path, format string, args ...any) {
		ps = append(ps, policy.Problem{Path: path, Err: fmt.Errorf("%w: "+format, append([]any{ErrMix}, args...)...)})
	}
	if !it.Kind.Valid() {
		bad("kind", "kind %s is not a funding source", it.Kind)
	}
	for i, k := range it.Includes {
		at := "includes[" + strconv.Itoa(i) + "]"
		switch {
		case !k.Valid():
			bad(at, "included kind %s is not a funding source", k)
		case k == it.Kind || slices.Contains(it.Includes[:i], k):
			bad(at, "kind %s is included twice", k)
		case k.Class() != it.Kind.Class():
			bad(at, "included kind %s is %s, not %s", k, k.Class(), it.Kind.Class())
		}
	}
	if it.Amount != nil {
		if err := checkAmount(*it.Amount); err != nil {
			bad("amount", "amount: %w", err)
		}
	}
	if err := it.Source.Validate(); err != nil {
		bad("source", "source: %w", err)
	}
	return ps
}

// clone returns it with its own copies of Includes and Amount, so that a
// Mix never shares them with its caller.
func (it Item) clone() Item {
	it.Includes = slices.Clone(it.Includes)
	if it.Amount != nil {
		a := *it.Amount
		it.Amount = &a
	}
	return it
}

// A Mix is where the money of a jurisdiction comes from: the items its
// documents name, for one year or, when Year is zero, for no stated year
// (Suzhou's figures are cumulative). A Mix is valid by construction and
// immutable: NewMix and UnmarshalJSON validate, Items returns a copy.
type Mix struct {
	name  string
	year  int
	items []Item
}

// NewMix returns the mix of items, reporting every invalid item, a blank
// name, a year outside 0…9999 (0 is unstated), an empty list and two items
// of the same kind and label.
func NewMix(name string, year int, items ...Item) (Mix, error) {
	var errs []error
	for _, p := range mixProblems(name, year, items) {
		errs = append(errs, p.Err)
	}
	if err := errors.Join(errs...); err != nil {
		return Mix{}, err
	}
	m := Mix{name: name, year: year, items: make([]Item, len(items))}
	for i, it := range items {
		m.items[i] = it.clone()
	}
	return m, nil
}

// mixProblems returns every problem NewMix reports, at the paths of the
// mix's JSON form ("items[2].amount"); an item's problem wraps an
// *ItemError.
func mixProblems(name string, year int, items []Item) policy.Problems {
	var ps policy.Problems
	if strings.TrimSpace(name) == "" {
		ps = append(ps, policy.Problem{Path: "name", Err: fmt.Errorf("%w: name is empty", ErrMix)})
	}
	if year < 0 || year > 9999 {
		ps = append(ps, policy.Problem{Path: "year", Err: fmt.Errorf("%w: year %d is not 0 (unstated) or a year", ErrMix, year)})
	}
	if len(items) == 0 {
		ps = append(ps, policy.Problem{Path: "items", Err: fmt.Errorf("%w: no items", ErrMix)})
	}
	for i, it := range items {
		at := "items[" + strconv.Itoa(i) + "]"
		for _, p := range it.problems() {
			ps = append(ps, policy.Problem{Path: policy.JoinPath(at, p.Path), Err: &ItemError{Index: i, Kind: it.Kind, Err: p.Err}})
		}
		for j, o := range items[:i] {
			if o.Kind == it.Kind && o.Label == it.Label {
				ps = append(ps, policy.Problem{Path: at, Err: &ItemError{Index: i, Kind: it.Kind, Err: fmt.Errorf("%w: same kind and label %q as item %d", ErrMix, it.Label, j)}})
			}
		}
	}
	return ps
}

// Name returns the mix's name, such as "重庆市".
func (m Mix) Name() string { return m.name }

// Year returns the year the figures are for, 0 when unstated.
func (m Mix) Year() int { return m.year }

// Items returns a copy of the items, in the order given.
func (m Mix) Items() []Item {
	out := make([]Item, len(m.items))
	for i, it := range m.items {
		out[i] = it.clone()
	}
	return out
}

type mixJSON struct {
	Name  string `json:"name"`
	Year  int    `json:"year,omitempty"`
	Items []Item `json:"items"`
}

// MarshalJSON encodes m as {"name", "year", "items"}.
func (m Mix) MarshalJSON() ([]byte, error) {
	return json.Marshal(mixJSON{Name: m.name, Year: m.year, Items: m.items})
}

// UnmarshalJSON decodes and validates a mix as MarshalJSON writes it.
// Unknown fields are an error: a misspelt "amount" would otherwise turn a
// stated figure into an unstated one without a word.
func (m *Mix) UnmarshalJSON(b []byte) error {
	var w mixJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return fmt.Errorf("%w: %w", ErrMix, err)
	}
	v, err := NewMix(w.Name, w.Year, w.Items...)
	if err != nil {
		return err
	}
	*m = v
	return nil
}
