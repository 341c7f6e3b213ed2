package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
)

// A Version is one value of a Versioned series: the value, the days it is in
// force, and the document that set it. It is a plain value, safe for
// concurrent reads.
type Version[T any] struct {
	Period Period `json:"period"`
	Value  T      `json:"value"`
	Source Source `json:"source"`
}

// Versioned is a series of values of one parameter over time, such as a
// stipend schedule revised in 2025. Its versions are ordered by start and
// never overlap, so at most one is in force on any date. A Versioned is
// immutable: With and Supersede return modified copies, which is how a
// what-if is built beside the baseline. Its methods only read, so
// concurrent calls on one Versioned are safe; the versions they return are
// copies, though a T holding slices or maps shares them as any copy of a T
// does.
//
// The zero Versioned has no versions.
type Versioned[T any] struct {
	versions []Version[T]
}

// ErrOverlap reports two versions in force on a common day; ErrUnordered a
// version that starts before the one listed ahead of it. Both are wrapped
// in a *VersionError naming the two entries.
var (
	ErrOverlap   = errors.New("versions overlap")
	ErrUnordered = errors.New("versions out of order")
)

// A VersionError names the two versions (by index in the input) that
// conflict, or only Index when one version is invalid by itself.
type VersionError struct {
	Index, Other int // Other is -1 when only one version is at fault
	Err          error
}

func (e *VersionError) Error() string {
	if e.Other < 0 {
		return fmt.Sprintf("version %d: %v", e.Index, e.Err)
	}
	return fmt.Sprintf("version %d and version %d: %v", e.Other, e.Index, e.Err)
}

func (e *VersionError) Unwrap() error { return e.Err }

// NewVersioned returns the series of vs, which must be listed in order of
// their start, with no two sharing a day, each with a valid period and
// Source. All problems are reported together.
func NewVersioned[T any](vs ...Version[T]) (Versioned[T], error) {
	var errs []error
	for i, v := range vs {
		if err := v.Period.Validate(); err != nil {
			errs = append(errs, &VersionError{Index: i, Other: -1, Err: err})
		}
		if err := v.Source.Validate(); err != nil {
			errs = append(errs, &VersionError{Index: i, Other: -1, Err: err})
		}
		if i == 0 {
			continue
		}
		prev := vs[i-1]
		switch {
		case v.Period.From < prev.Period.From:
			errs = append(errs, &VersionError{Index: i, Other: i - 1, Err: fmt.Errorf("%w: %s starts before %s", ErrUnordered, v.Period, prev.Period)})
		case v.Period.Overlaps(prev.Period):
			errs = append(errs, &VersionError{Index: i, Other: i - 1, Err: fmt.Errorf("%w: %s and %s share days", ErrOverlap, prev.Period, v.Period)})
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Versioned[T]{}, err
	}
	return Versioned[T]{versions: slices.Clone(vs)}, nil
}

// Len returns the number of versions.
func (v Versioned[T]) Len() int { return len(v.versions) }

// All yields the versions in order of their start.
func (v Versioned[T]) All() iter.Seq2[int, Version[T]] {
	return slices.All(v.versions)
}

// At returns the version in force on d, and false when none is.
func (v Versioned[T]) At(d Date) (Version[T], bool) {
	// Versions are ordered and disjoint: the candidate is the last one
	// starting on or before d.
	i, _ := slices.BinarySearchFunc(v.versions, d, func(e Version[T], d Date) int {
		if e.Period.From <= d {
			return -1
		}
		return 1
	})
	if i == 0 || !v.versions[i-1].Period.Contains(d) {
		return Version[T]{}, false
	}
	return v.versions[i-1], true
}

// During yields, in order, each version in force on some day of p, with its
// period clipped to p.
func (v Versioned[T]) During(p Period) iter.Seq[Version[T]] {
	return func(yield func(Version[T]) bool) {
		for _, e := range v.versions {
			if in, ok := e.Period.Intersect(p); ok {
				e.Period = in
				if !yield(e) {
					return
				}
			}
		}
	}
}

// With returns a copy of v with ver added, validated as NewVersioned does.
func (v Versioned[T]) With(ver Version[T]) (Versioned[T], error) {
	vs := slices.Clone(v.versions)
	i, _ := slices.BinarySearchFunc(vs, ver.Period.From, func(e Version[T], d Date) int {
		if e.Period.From <= d {
			return -1
		}
		return 1
	})
	return NewVersioned(slices.Insert(vs, i, ver)...)
}

// Supersede returns a copy of v in which value, set by src, is in force from
// the date from on, open-ended: the version in force the day before is cut
// off then, and versions starting on or after from are dropped. This is how
// a revised schedule replaces the one before it.
func (v Versioned[T]) Supersede(from Date, value T, src Source) (Versioned[T], error) {
	if from.IsZero() {
		return Versioned[T]{}, fmt.Errorf("%w: supersede needs a start date", ErrPeriod)
	}
	var vs []Version[T]
	for _, e := range v.versions {
		// Keep only days before from. An open start counts as Date 1
		// (0001-01-01), so superseding from that day drops the version
		// instead of reopening it.
		if max(e.Period.From, 1) >= from {
			continue
		}
		if e.Period.Until.IsZero() || e.Period.Until >= from {
			e.Period.Until = from - 1
		}
		vs = append(vs, e)
	}
	return NewVersioned(append(vs, Version[T]{Period: Since(from), Value: value, Source: src})...)
}

// MarshalJSON encodes v as an array of versions.
func (v Versioned[T]) MarshalJSON() ([]byte, error) {
	if v.versions == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(v.versions)
}

// UnmarshalJSON decodes an array of versions, validated as NewVersioned
// does. A field it does not know is an error, not ignored: a misspelt
// "untill" would otherwise leave a version open-ended.
func (v *Versioned[T]) UnmarshalJSON(b []byte) error {
	var vs []Version[T]
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&vs); err != nil {
		return err
	}
	nv, err := NewVersioned(vs...)
	if err != nil {
		return err
	}
	*v = nv
	return nil
}
