package hierarchy

import (
	"errors"
	"strconv"
	"strings"

	"github.com/shegong/shegong/internal/errlist"
	"github.com/shegong/shegong/policy"
)

// A Record is one unit as a data set lists it: the flat input a Network is
// built from. Only Code and Name are required; Kind and Parent are read
// from the code when zero, and stated values are checked against it.
type Record struct {
	Code Code   `json:"code"`
	Name string `json:"name"`
	// Kind states the unit's class. It wins over the class the code's
	// ranges imply, since real data breaks the ranges now and then (a
	// "similar unit" named 街道, a banner coded as a county).
	Kind UnitKind `json:"kind,omitzero"`
	// Parent, when given, must be the nearest ancestor of Code in the
	// network; when zero it is found from the code.
	Parent Code `json:"parent,omitzero"`
	// Population is the resident population; zero means not stated (see
	// Totals.Population).
	Population int64 `json:"population,omitempty"`
	// UrbanRural is the urban–rural classification code of a village-level
	// unit.
	UrbanRural UrbanRural `json:"urban_rural,omitzero"`
	// Facility is the social-work body the unit hosts, FacilityNone if
	// none; Since, if known, is the day it opened.
	Facility Facility    `json:"facility,omitzero"`
	Since    policy.Date `json:"since,omitzero"`
	// Essentials are the "六有" the facility meets.
	Essentials Essentials `json:"essentials,omitzero"`
}

// The conditions a network's records can break. A Problem wraps exactly
// one of them, so errors.Is on a build error tells which kinds occurred.
var (
	ErrName          = errors.New("invalid name")
	ErrKind          = errors.New("kind does not fit")
	ErrDuplicate     = errors.New("duplicate code")
	ErrMissingParent = errors.New("missing parent")
	ErrInconsistent  = errors.New("code inconsistent with parent")
	ErrCycle         = errors.New("parent cycle")
	ErrPopulation    = errors.New("invalid population")
	ErrFacility      = errors.New("invalid facility")
	ErrUrbanRural    = errors.New("invalid urban-rural code")
	ErrTooMany       = errors.New("too many records")
	// ErrUnknownUnit is wrapped by errors, in any package, about a record
	// (a worker, a service record, a claimant) placed on a code that is not
	// a unit of the network.
	ErrUnknownUnit = errors.New("unit not in the network")
)

// A Problem is one thing wrong with one record.
type Problem struct {
	Index int    // position of the record in the input, from 0
	Code  Code   // the record's code
	Name  string // the record's name
	Err   error  // wraps one of the package's sentinel errors
}

func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString("record ")
	b.WriteString(strconv.Itoa(p.Index))
	b.WriteString(" (")
	if p.Code != 0 {
		b.WriteString(p.Code.String())
	} else {
		b.WriteString("no code")
	}
	if p.Name != "" {
		b.WriteString(" " + p.Name)
	}
	b.WriteString("): ")
	b.WriteString(p.Err.Error())
	return b.String()
}

func (p *Problem) Unwrap() error { return p.Err }

// A ValidationError lists every problem found in a network's records,
// ordered by record position and then in the order of the checks.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string { return errlist.Summary("hierarchy", e.Problems) }

// Unwrap returns the problems, so that errors.Is(err, ErrCycle) and
// errors.As(err, &problem) look through them.
func (e *ValidationError) Unwrap() []error { return errlist.Errors(e.Problems) }
