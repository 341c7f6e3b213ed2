package funding

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

// ErrProfile is wrapped by every problem DecodeProfile reports that is not
// one of the mix (ErrMix) or of an earmark (ErrEarmark): a blank
// jurisdiction, a bad spending, a fault of the JSON itself.
var ErrProfile = errors.New("invalid funding profile")

// Validate reports every problem of p at once, as a policy.Problems whose
// paths are those of the profile's JSON form ("mix.items[2].amount",
// "earmarks[0].share"): a blank jurisdiction, a mix that is not valid
// (the zero Mix, which NewMix never returns, has no name and no items),
// invalid earmarks, spending without a purpose, an amount that is not a
// whole number of fen in yuan, an invalid source.
func (p *Profile) Validate() error {
	return profileProblems(p.Jurisdiction, mixJSON{Name: p.Mix.name, Year: p.Mix.year, Items: p.Mix.items}, p.Earmarks, p.Spending).Err()
}

func profileProblems(jurisdiction string, mix mixJSON, earmarks []Earmark, spending []Spending) policy.Problems {
	var ps policy.Problems
	if strings.TrimSpace(jurisdiction) == "" {
		ps = append(ps, policy.Problem{Path: "jurisdiction", Err: fmt.Errorf("%w: jurisdiction is empty", ErrProfile)})
	}
	ps = append(ps, mixProblems(mix.Name, mix.Year, mix.Items).Within("mix")...)
	for i, e := range earmarks {
		ps = append(ps, e.problems().Within("earmarks["+strconv.Itoa(i)+"]")...)
	}
	for i, s := range spending {
		at := "spending[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(s.Purpose) == "" {
			ps = append(ps, policy.Problem{Path: at + ".purpose", Err: fmt.Errorf("%w: purpose is empty", ErrProfile)})
		}
		if err := checkAmount(s.Amount); err != nil {
			ps = append(ps, policy.Problem{Path: at + ".amount", Err: fmt.Errorf("%w: amount: %w", ErrProfile, err)})
		}
		if err := s.Source.Validate(); err != nil {
			ps = append(ps, policy.Problem{Path: at + ".source", Err: fmt.Errorf("%w: source: %w", ErrProfile, err)})
		}
	}
	return ps
}

// profileJSON is a Profile as read: its mix as plain fields, walked key
// by key, so that a bad item does not hide the others.
type profileJSON struct {
	Jurisdiction string     `json:"jurisdiction"`
	Mix          mixJSON    `json:"mix"`
	Earmarks     []Earmark  `json:"earmarks,omitempty"`
	Spending     []Spending `json:"spending,omitempty"`
}

// DecodeProfile reads a profile from its JSON form (see the package
// documentation for the keys) and validates it as Validate does. Decoding
// is strict: an unknown key, a key given twice, a missing required key, a
// value of the wrong type or an unknown name is a problem. Every problem
// is reported at once, as a policy.Problems whose entries carry the JSON
// path within the profile ("mix.items[2].amount") and the line and
// column; a problem of validation at the path of a problem of decoding is
// left out, being its consequence.
func DecodeProfile(data []byte) (*Profile, error) {
	var w profileJSON
	err := jsonwalk.Unmarshal(data, &w, func() error {
		return profileProblems(w.Jurisdiction, w.Mix, w.Earmarks, w.Spending).Err()
	})
	if err != nil {
		ps := policy.ProblemsOf(err)
		for i, p := range ps {
			if !errors.Is(p.Err, ErrProfile) && !errors.Is(p.Err, ErrMix) && !errors.Is(p.Err, ErrEarmark) {
				ps[i].Err = fmt.Errorf("%w: %w", ErrProfile, p.Err)
			}
		}
		return nil, ps
	}
	mix, err := NewMix(w.Mix.Name, w.Mix.Year, w.Mix.Items...)
	if err != nil { // validated above
		return nil, policy.ProblemsOf(err)
	}
	return &Profile{Jurisdiction: w.Jurisdiction, Mix: mix, Earmarks: w.Earmarks, Spending: w.Spending}, nil
}

// EncodeProfile writes p in its canonical JSON form: keys in the
// documented order, indented by two spaces, optional keys left out when
// empty, amounts as strings of yuan, a final newline. Decoding the result
// and encoding it again gives the same bytes. An invalid p is refused with
// Validate's problems.
func EncodeProfile(p *Profile) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return jsonwalk.Encode(p)
}
