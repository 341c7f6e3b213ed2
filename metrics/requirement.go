package metrics

import (
	"errors"
	"fmt"
)

// ErrRequirement is wrapped by errors about a requirement that cannot be
// computed.
var ErrRequirement = errors.New("invalid requirement")

// A Requirement is a head count of the form "at least Floor and at least
// Share of the base", such as Ordos's "social-work talent ≥ 5,000 and
// ≥ 2.5‰ of the population". Either part may be zero. Its value for a base
// is max(Floor, ⌈Share × base⌉): a share rounds up, since 7,500.0025 people
// cannot be employed and 7,500 would fall short.
type Requirement struct {
	Floor int64 `json:"floor,omitempty"`
	Share Ratio `json:"share,omitzero"`
}

// Validate reports a negative floor or share.
func (q Requirement) Validate() error {
	var errs []error
	if q.Floor < 0 {
		errs = append(errs, fmt.Errorf("%w: floor %d is negative", ErrRequirement, q.Floor))
	}
	if q.Share.Sign() < 0 {
		errs = append(errs, fmt.Errorf("%w: share %s is negative", ErrRequirement, q.Share))
	}
	return errors.Join(errs...)
}

// Of returns the head count q requires for base (a population): with a
// floor of 5,000 at 2.5‰, 7,501 for 3,000,001 people and 5,000 for
// 1,000,000.
func (q Requirement) Of(base int64) (int64, error) {
	if err := q.Validate(); err != nil {
		return 0, err
	}
	if base < 0 {
		return 0, fmt.Errorf("%w: base %d is negative", ErrRequirement, base)
	}
	n, err := q.Share.MulCeil(base)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrRequirement, err)
	}
	return max(n, q.Floor), nil
}
