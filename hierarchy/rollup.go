package hierarchy

import (
	"iter"

	"github.com/shegong/shegong/metrics"
)

// Totals roll up one subtree (a unit and all its descendants) or the whole
// network: units by kind and by level, which of them host which facility,
// how many facilities meet the six essentials, and the population.
type Totals struct {
	// counts holds units by kind, then units hosting each facility a level
	// can host, then compliant facilities by level (see slots). Slot 0, the
	// count of unspecified kinds, is always 0 in a built network and
	// absorbs the increments of units without a facility or compliance, so
	// that adding a unit needs no branch.
	counts     [numSlots]int32
	population int64
}

// The facility slots follow the kinds in Totals.counts, then the
// compliance slots.
const (
	slotCityGuidance = uint8(numKinds) + iota
	slotCityService
	slotCountyGuidance
	slotCountyService
	slotStation
	slotRoom
	slotCompliant // + level - LevelCity

	numSlots = int(slotCompliant) + int(LevelCommunity-LevelCity) + 1
)

// facilitySlots gives the slot counting units of a level hosting a
// facility, 0 where that facility cannot sit.
var facilitySlots = [numLevels][numFacilities]uint8{
	LevelCity:      {FacilityGuidanceCenter: slotCityGuidance, FacilityServiceCenter: slotCityService},
	LevelCounty:    {FacilityGuidanceCenter: slotCountyGuidance, FacilityServiceCenter: slotCountyService},
	LevelTownship:  {FacilityStation: slotStation},
	LevelCommunity: {FacilityRoom: slotRoom},
}

// compliantSlot returns the slot counting compliant facilities at level l,
// or 0 for a level that hosts none.
func compliantSlot(l Level) int {
	if l < LevelCity || l > LevelCommunity {
		return 0
	}
	return int(slotCompliant) + int(l-LevelCity)
}

func (t *Totals) addUnit(u *unit) {
	t.counts[u.kind]++
	t.counts[facilitySlots[kindLevels[u.kind]][u.facility]]++
	if u.essentials == AllEssentials { // only a facility has essentials
		t.counts[compliantSlot(kindLevels[u.kind])]++
	}
}

func (t *Totals) add(o *Totals) {
	for i := range t.counts {
		t.counts[i] += o.counts[i]
	}
	t.population += o.population
}

// Len returns the number of units.
func (t Totals) Len() int64 {
	var n int64
	for _, c := range t.counts[KindProvince:numKinds] {
		n += int64(c)
	}
	return n
}

// Count returns the number of units of kind k.
func (t Totals) Count(k UnitKind) int64 {
	if !k.Valid() {
		return 0
	}
	return int64(t.counts[k])
}

// Units returns the number of units of level l.
func (t Totals) Units(l Level) int64 {
	var n int64
	for k := KindProvince; k < numKinds; k++ {
		if kindLevels[k] == l {
			n += int64(t.counts[k])
		}
	}
	return n
}

// Facilities returns the number of units of level l hosting f
// (FacilityNone: hosting none).
func (t Totals) Facilities(l Level, f Facility) int64 {
	if !l.Valid() || !f.Valid() {
		return 0
	}
	if f == FacilityNone {
		return t.Units(l) - t.hosting(l)
	}
	if s := facilitySlots[l][f]; s != 0 {
		return int64(t.counts[s])
	}
	return 0 // f cannot sit at level l (and slot 0 holds no count)
}

// hosting returns the number of units of level l hosting any facility.
func (t Totals) hosting(l Level) int64 {
	var n int64
	for _, s := range facilitySlots[l] {
		if s != 0 {
			n += int64(t.counts[s])
		}
	}
	return n
}

// Coverage returns how many units of level l host a facility, of all units
// of that level: the coverage of "one per unit" (一镇街一站).
func (t Totals) Coverage(l Level) metrics.Coverage {
	if !l.Valid() {
		return metrics.Coverage{}
	}
	return metrics.Coverage{Covered: t.hosting(l), Total: t.Units(l)}
}

// FacilityCoverage returns how many units of level l host facility f, of
// all units of that level.
func (t Totals) FacilityCoverage(l Level, f Facility) metrics.Coverage {
	return metrics.Coverage{Covered: t.Facilities(l, f), Total: t.Units(l)}
}

// Compliance returns how many facilities at level l meet all six
// essentials (六有), of all facilities at that level.
func (t Totals) Compliance(l Level) metrics.Coverage {
	s := compliantSlot(l)
	if s == 0 {
		return metrics.Coverage{}
	}
	return metrics.Coverage{Covered: int64(t.counts[s]), Total: t.hosting(l)}
}

// Population returns the subtree's population: a unit's stated population
// when it has one (a census figure for a county wins over the sum of its
// communities, which may not be complete), else the sum over its children.
// Stated figures never overflow: Build refuses records whose populations
// together would.
func (t Totals) Population() int64 { return t.population }

// A Rollup holds the Totals of every subtree of a network, computed in one
// pass. It is immutable: any number of goroutines may read it.
type Rollup struct {
	net  *Network
	rows []Totals // the whole network's, then one for each unit with children
}

// Rollup computes the totals of every subtree in one linear pass over the
// units in reverse code order, which visits every child before its parent.
// Only units with children get a row: leaves, nineteen units in twenty
// nationally, are read straight from the network.
func (n *Network) Rollup() *Rollup {
	rows := make([]Totals, n.rows)
	for i := len(n.units) - 1; i >= 0; i-- {
		u := &n.units[i]
		dst := &rows[0]
		if p := n.parent[i]; p >= 0 {
			dst = &rows[n.units[p].row]
		}
		if u.row == 0 {
			dst.addUnit(u)
			dst.population += u.population
			continue
		}
		t := &rows[u.row]
		t.addUnit(u)
		if u.population > 0 {
			t.population = u.population
		}
		dst.add(t)
	}
	return &Rollup{net: n, rows: rows}
}

// of returns the totals of the subtree of the unit at index i.
func (r *Rollup) of(i int) Totals {
	u := &r.net.units[i]
	if u.row != 0 {
		return r.rows[u.row]
	}
	var t Totals
	t.addUnit(u)
	t.population = u.population
	return t
}

// Of returns the totals of the subtree of the unit with code c, the unit
// included, and whether the network has such a unit.
func (r *Rollup) Of(c Code) (Totals, bool) {
	i, ok := r.net.index(c)
	if !ok {
		return Totals{}, false
	}
	return r.of(i), true
}

// Total returns the totals of the whole network.
func (r *Rollup) Total() Totals { return r.rows[0] }

// All yields every unit's code with the totals of its subtree, in code
// order.
func (r *Rollup) All() iter.Seq2[Code, Totals] {
	return func(yield func(Code, Totals) bool) {
		for i, c := range r.net.codes {
			if !yield(c, r.of(i)) {
				return
			}
		}
	}
}
