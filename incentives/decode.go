package incentives

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

// DecodeSchedule reads a schedule from its JSON form (see the package
// documentation for the keys) and validates it as Validate does. Decoding
// is strict: an unknown key (a misspelt "cap" would otherwise silently
// lift a cap), a key given twice, a missing required key, a value of the
// wrong type or an unknown name is a problem. Every problem is reported at
// once, as a policy.Problems whose entries carry the JSON path within the
// schedule ("stipends[0].rates[1].value") and the line and column; a
// problem of validation at the path of a problem of decoding is left out,
// being its consequence.
func DecodeSchedule(data []byte) (*Schedule, error) {
	var w wireSchedule
	var out Schedule
	err := jsonwalk.Unmarshal(data, &w, func() error {
		var vl lists
		out, vl = w.schedule()
		_, err := out.compile(vl)
		return err
	})
	if err != nil {
		ps := policy.ProblemsOf(err)
		for i, p := range ps {
			if !errors.Is(p.Err, ErrSchedule) {
				ps[i].Err = fmt.Errorf("%w: %w", ErrSchedule, p.Err)
			}
		}
		return nil, ps
	}
	return &out, nil
}

// EncodeSchedule writes s in its canonical JSON form: keys in the
// documented order, indented by two spaces, optional keys left out when
// empty, amounts as strings of yuan, a final newline. Decoding the result
// and encoding it again gives the same bytes. An invalid s is refused with
// Validate's problems.
func EncodeSchedule(s *Schedule) ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return jsonwalk.Encode(s)
}

// UnmarshalJSON decodes and validates a schedule as DecodeSchedule does.
func (s *Schedule) UnmarshalJSON(b []byte) error {
	out, err := DecodeSchedule(b)
	if err != nil {
		return err
	}
	*s = *out
	return nil
}

// schedule returns the schedule w holds and its versions as read. A
// policy.Versioned refuses a bad series as soon as it is built, which
// would hide every later problem, so the versions are kept as plain slices
// and checked with the rest of the schedule.
func (w *wireSchedule) schedule() (Schedule, lists) {
	out := Schedule(w.scheduleFields) // its rule lists are shadowed, so empty
	var vl lists
	for _, b := range w.Bonuses {
		b.Bonus.Terms, _ = policy.NewVersioned(b.Terms...) // compile reports its error
		out.Bonuses = append(out.Bonuses, b.Bonus)
		vl.bonuses = append(vl.bonuses, b.Terms)
	}
	for _, st := range w.Stipends {
		st.Stipend.Rates, _ = policy.NewVersioned(st.Rates...)
		out.Stipends = append(out.Stipends, st.Stipend)
		vl.stipends = append(vl.stipends, st.Rates)
	}
	for _, a := range w.Awards {
		a.Award.Amount, _ = policy.NewVersioned(a.Amount...)
		out.Awards = append(out.Awards, a.Award)
		vl.awards = append(vl.awards, a.Amount)
	}
	for _, f := range w.Floors {
		f.Floor.Annual, _ = policy.NewVersioned(f.Annual...)
		out.Floors = append(out.Floors, f.Floor)
		vl.floors = append(vl.floors, f.Annual)
	}
	return out, vl
}

// scheduleFields is Schedule without its methods, so that wireSchedule can
// embed it without inheriting UnmarshalJSON.
type scheduleFields Schedule

// The wire types shadow each rule's versions with a plain slice, which the
// strict decoder reads field by field. A field of the outer struct wins
// over the embedded one of the same name.
type (
	wireSchedule struct {
		scheduleFields
		Bonuses  []wireBonus   `json:"bonuses,omitempty"`
		Stipends []wireStipend `json:"stipends,omitempty"`
		Awards   []wireAward   `json:"awards,omitempty"`
		Floors   []wireFloor   `json:"floors,omitempty"`
	}
	wireBonus struct {
		Bonus
		Terms []policy.Version[BonusTerms] `json:"terms"`
	}
	wireStipend struct {
		Stipend
		Rates []policy.Version[Rates] `json:"rates"`
	}
	wireAward struct {
		Award
		Amount []policy.Version[decimal.Decimal] `json:"amount"`
	}
	wireFloor struct {
		Floor
		Annual []policy.Version[decimal.Decimal] `json:"annual"`
	}
)
