package incentives

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/policy"
)

// DecodeSchedule reads a schedule from JSON, as encoding/json writes a
// Schedule, and validates it: unknown fields anywhere are errors (a
// misspelt "cap" would otherwise silently lift a cap), and every problem
// is reported at once, as Validate does.
func DecodeSchedule(data []byte) (*Schedule, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var s Schedule
	if err := dec.Decode(&s); err != nil {
		if !errors.Is(err, ErrSchedule) { // a syntax error, found before UnmarshalJSON runs
			err = fmt.Errorf("%w: %w", ErrSchedule, err)
		}
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: data after the schedule", ErrSchedule)
	}
	return &s, nil
}

// UnmarshalJSON decodes and validates a schedule as DecodeSchedule does.
// A policy.Versioned refuses a bad series as soon as it is read, which
// would hide every later problem, so the versions are read here as plain
// slices and checked with the rest of the schedule.
func (s *Schedule) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var w wireSchedule
	if err := dec.Decode(&w); err != nil {
		return fmt.Errorf("%w: %w", ErrSchedule, err)
	}
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
	if _, err := out.compile(vl); err != nil {
		return err
	}
	*s = out
	return nil
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
		Bonuses  []wireBonus   `json:"bonuses"`
		Stipends []wireStipend `json:"stipends"`
		Awards   []wireAward   `json:"awards"`
		Floors   []wireFloor   `json:"floors"`
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
