package hierarchy

import (
	"errors"
	"fmt"
	"iter"
	"slices"

	"github.com/shegong/shegong/internal/enum"
	"golang.org/x/text/language"
)

// An Area narrows a selector to urban or rural units.
type Area uint8

// The areas. AreaAny is the zero value.
const (
	AreaAny   Area = iota
	AreaUrban      // 城市: by the unit's urban–rural code, else its kind (Unit.Urban)
	AreaRural      // 农村
	numAreas
)

var areaNames = enum.New[Area]("area",
	enum.Name{Text: "any", En: "urban and rural", Hans: "城乡", Hant: "城鄉"},
	enum.Name{Text: "urban", En: "urban", Hans: "城市", Hant: "城市", Aliases: []string{"城镇", "城鎮", "城"}},
	enum.Name{Text: "rural", En: "rural", Hans: "农村", Hant: "農村", Aliases: []string{"乡村", "鄉村", "乡"}},
)

// Areas returns the areas, AreaAny first, in a fresh slice.
func Areas() []Area { return areaNames.Listed() }

func (a Area) String() string { return areaNames.String(a) }

// Valid reports whether a is one of the areas.
func (a Area) Valid() bool { return areaNames.Valid(a) }

// Label returns a's name in language lang.
func (a Area) Label(lang language.Tag) string { return areaNames.Label(a, lang) }

// MarshalText encodes a as its machine name.
func (a Area) MarshalText() ([]byte, error) { return areaNames.Marshal(a) }

// UnmarshalText decodes a machine name or a Chinese label.
func (a *Area) UnmarshalText(b []byte) error { return enum.Unmarshal(areaNames, a, b) }

// A Selector picks the units a per-unit rule applies to: the units of a
// level, or of some kinds, optionally only urban or rural ones, optionally
// only those whose facility exists. Chongqing's "每个城市社区社会工作室" is
// {Level: LevelCommunity, Area: AreaUrban}. The zero Selector picks nothing
// and fails Validate; rules that mean "the whole network" say so apart.
type Selector struct {
	Level        Level      `json:"level,omitzero"`
	Kinds        []UnitKind `json:"kinds,omitempty"`
	Area         Area       `json:"area,omitzero"`
	WithFacility bool       `json:"with_facility,omitempty"`
}

// IsZero reports whether s names neither a level nor kinds.
func (s Selector) IsZero() bool { return s.Level == 0 && len(s.Kinds) == 0 }

// Validate reports every problem of s: no level or kinds, an unknown level,
// kind or area, a kind not of the stated level.
func (s Selector) Validate() error {
	var errs []error
	if s.IsZero() {
		errs = append(errs, errors.New("selector names neither a level nor kinds"))
	}
	if s.Level != 0 && !s.Level.Valid() {
		errs = append(errs, fmt.Errorf("level %s is unknown", s.Level))
	}
	for _, k := range s.Kinds {
		switch {
		case !k.Valid():
			errs = append(errs, fmt.Errorf("kind %s is unknown", k))
		case s.Level != 0 && k.Level() != s.Level:
			errs = append(errs, fmt.Errorf("kind %s is not of level %s", k, s.Level))
		}
	}
	if !s.Area.Valid() {
		errs = append(errs, fmt.Errorf("area %s is unknown", s.Area))
	}
	return errors.Join(errs...)
}

// Match reports whether u is selected.
func (s Selector) Match(u Unit) bool {
	return s.match(u.kind, u.urbanRural, u.facility)
}

func (s Selector) match(k UnitKind, ur UrbanRural, f Facility) bool {
	if s.IsZero() ||
		s.Level != 0 && kindLevels[k] != s.Level ||
		len(s.Kinds) > 0 && !slices.Contains(s.Kinds, k) ||
		s.Area != AreaAny && urban(ur, k) != (s.Area == AreaUrban) {
		return false
	}
	return !s.WithFacility || f != FacilityNone
}

// Select yields the units of n that s picks, in code order.
func (n *Network) Select(s Selector) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for i := range n.units {
			if u := &n.units[i]; s.match(u.kind, u.urbanRural, u.facility) && !yield(n.at(i)) {
				return
			}
		}
	}
}
