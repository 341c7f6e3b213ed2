package metrics

import (
	"errors"
	"fmt"
	"math"
)

// ErrCoverage is wrapped by errors about impossible coverage counts.
var ErrCoverage = errors.New("invalid coverage")

// Coverage counts how many of a set of units have something, such as
// townships with a station: "90 of 96". The zero Coverage is 0 of 0. It is
// a plain value: concurrent use is safe.
type Coverage struct {
	Covered int64 `json:"covered"`
	Total   int64 `json:"total"`
}

// NewCoverage returns covered of total, rejecting negative counts and more
// covered than there are.
func NewCoverage(covered, total int64) (Coverage, error) {
	c := Coverage{Covered: covered, Total: total}
	return c, c.Validate()
}

// Validate reports a negative count or covered above total.
func (c Coverage) Validate() error {
	switch {
	case c.Covered < 0 || c.Total < 0:
		return fmt.Errorf("%w: %d of %d has a negative count", ErrCoverage, c.Covered, c.Total)
	case c.Covered > c.Total:
		return fmt.Errorf("%w: %d covered of only %d", ErrCoverage, c.Covered, c.Total)
	}
	return nil
}

// Rate returns Covered/Total of a valid c (see Validate). Coverage of an empty set (0 of 0) is defined
// as full, rate 1: nothing that should have the thing lacks it, so a target
// of "100% of townships" is met by an area without townships. Use Empty to
// tell that case apart in a report.
func (c Coverage) Rate() Ratio {
	if c.Total == 0 {
		return Fraction(one)
	}
	r, _ := RatioOf(c.Covered, c.Total)
	return r
}

// Empty reports whether there is nothing to cover.
func (c Coverage) Empty() bool { return c.Total == 0 }

// Full reports whether every unit is covered (true for 0 of 0).
func (c Coverage) Full() bool { return c.Covered == c.Total }

// Missing returns how many units are not covered.
func (c Coverage) Missing() int64 { return c.Total - c.Covered }

// Add returns the coverage of two disjoint sets together, as a roll-up
// does. An invalid operand is an error wrapping ErrCoverage, and a total
// that passes the int64 range one wrapping ErrOverflow, never a count
// wrapped round to a negative.
func (c Coverage) Add(o Coverage) (Coverage, error) {
	if err := errors.Join(c.Validate(), o.Validate()); err != nil {
		return Coverage{}, err
	}
	// Covered ≤ Total in both, so the totals overflow first.
	if c.Total > math.MaxInt64-o.Total {
		return Coverage{}, fmt.Errorf("%w: %w", ErrCoverage, overflowf("%s plus %s overflows int64", c, o))
	}
	return Coverage{Covered: c.Covered + o.Covered, Total: c.Total + o.Total}, nil
}

// String writes "covered/total".
func (c Coverage) String() string { return fmt.Sprintf("%d/%d", c.Covered, c.Total) }
