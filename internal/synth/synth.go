// Package synth builds deterministic synthetic division networks: up to
// national scale (Records, National) for the benchmarks and tests of every
// package that walks a network, and shaped like a document's counts (Spec)
// for the example programs. The records follow arithmetic patterns, not a
// random source, so every run and every package sees the same network.
package synth

import (
	"errors"
	"fmt"
	"time"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
	"golang.org/x/text/language"
)

// Size is the number of units of each level. Each level's units are spread
// as evenly as possible over the units of the level above, in code order.
type Size struct {
	Provinces, Cities, Counties, Townships, Communities int
}

// NationalSize is about China's network: 31 provinces, 342 prefectures,
// about 3,000 counties, 39,000 townships and 620,000 village-level units.
func NationalSize() Size {
	return Size{Provinces: 31, Cities: 342, Counties: 3_000, Townships: 39_000, Communities: 620_000}
}

// Len returns the number of units of s.
func (s Size) Len() int { return s.Provinces + s.Cities + s.Counties + s.Townships + s.Communities }

// National returns the records of the network of NationalSize.
func National() []hierarchy.Record {
	r, err := Records(NationalSize())
	if err != nil {
		panic(err) // NationalSize fits the codes, as synth's tests check
	}
	return r
}

// ErrSize is wrapped by errors about a Size the codes cannot hold.
var ErrSize = errors.New("synthetic network size")

// Records returns the records of a network of size s, in code order, every
// one with its parent stated, as published lists have it. The patterns:
//   - provinces 11, 12, …; province 15 (Inner Mongolia) states banners and
//     sumu where its codes say county and township;
//   - of every 10 counties 3 are districts and 1 a county-level city; of
//     every 16 townships 4 are subdistricts, 8 towns, 3 townships, 1 a
//     similar unit; communities are residents' committees under
//     subdistricts, one in four under towns, villages otherwise, and
//     similar units under similar townships;
//   - three counties in four have a guidance centre, 56 townships in 100 a
//     station, 39 communities in 100 a room; about one facility in five meets
//     all six essentials;
//   - populations are stated for communities only, 600 to 3,899 people
//     (1.4 billion nationally).
func Records(s Size) ([]hierarchy.Record, error) {
	counts := [...]int{s.Provinces, s.Cities, s.Counties, s.Townships, s.Communities}
	for i, n := range counts {
		switch {
		case n < 0:
			return nil, fmt.Errorf("%w: %d units at level %d", ErrSize, n, i+1)
		case i > 0 && n > 0 && counts[i-1] == 0:
			return nil, fmt.Errorf("%w: %d units at level %d but none above", ErrSize, n, i+1)
		}
	}
	if s.Provinces > 89 {
		return nil, fmt.Errorf("%w: %d provinces, at most 89", ErrSize, s.Provinces)
	}
	g := gen{size: s, out: make([]hierarchy.Record, 0, s.Len())}
	for p := range s.Provinces {
		province := hierarchy.Code(uint64(11+p) * 1e10)
		g.emit(province, 0, hierarchy.KindProvince, 0)
		n := Spread(s.Cities, s.Provinces, p)
		if n > 99 {
			return nil, fmt.Errorf("%w: %d cities in province %s, at most 99", ErrSize, n, province)
		}
		for c := range n {
			city := province + hierarchy.Code(uint64(c+1)*1e8)
			g.emit(city, province, hierarchy.KindCity, 0)
			if err := g.counties(city); err != nil {
				return nil, err
			}
		}
	}
	return g.out, nil
}

// Spread returns how many of total things the j-th of n parts gets when
// they are shared as evenly as possible, the first parts taking one more:
// how many units each parent receives, and how the example programs share
// a document's totals out over units.
func Spread(total, n, j int) int {
	q := total / n
	if j < total%n {
		q++
	}
	return q
}

// A class is a code range for children of one kind: its first number and
// how many numbers it holds.
type class struct {
	kind        hierarchy.UnitKind
	first, size int
}

var (
	countyClasses    = []class{{hierarchy.KindDistrict, 1, 20}, {hierarchy.KindCounty, 21, 60}, {hierarchy.KindCountyCity, 81, 19}}
	townshipClasses  = []class{{hierarchy.KindSubdistrict, 1, 99}, {hierarchy.KindTown, 100, 100}, {hierarchy.KindTownship, 200, 200}, {hierarchy.KindSimilarTownship, 400, 200}}
	communityClasses = []class{{hierarchy.KindUrbanCommunity, 1, 199}, {hierarchy.KindVillage, 200, 200}}
	similarClasses   = []class{{hierarchy.KindSimilarUrban, 400, 100}, {hierarchy.KindSimilarRural, 500, 100}}
)

// countyClass returns the class of the k-th county of a city: of every
// 10, 3 districts, 6 counties, 1 county-level city.
func countyClass(k int) int {
	switch k % 10 {
	case 0, 1, 2:
		return 0
	case 9:
		return 2
	}
	return 1
}

// townshipClass returns the class of the k-th township of a county: of
// every 16, 4 subdistricts, 8 towns, 3 townships, 1 similar unit.
func townshipClass(k int) int {
	switch k % 16 {
	case 0, 1, 2, 3:
		return 0
	case 12, 13, 14:
		return 2
	case 15:
		return 3
	}
	return 1
}

// communityClass returns the class of the k-th community of a township
// of the given kind: all residents' committees under a subdistrict, one in
// four under a town, none under a township; alternately similar-urban and
// similar-rural under a similar unit (with similarClasses).
func communityClass(township hierarchy.UnitKind) func(k int) int {
	return func(k int) int {
		switch township {
		case hierarchy.KindSubdistrict:
			return 0
		case hierarchy.KindTown:
			if k%4 == 0 {
				return 0
			}
		case hierarchy.KindSimilarTownship:
			return k % 2
		default:
		}
		return 1
	}
}

type gen struct {
	size Size
	out  []hierarchy.Record
	// units generated so far, by level, for the arithmetic patterns
	nCity, nCounty, nTownship, nCommunity int
}

func (g *gen) counties(city hierarchy.Code) error {
	n := Spread(g.size.Counties, g.size.Cities, g.nCity)
	g.nCity++
	return children(city, n, countyClasses, countyClass, 1e6, func(code hierarchy.Code, kind hierarchy.UnitKind) error {
		g.emit(code, city, kind, 0)
		return g.townships(code)
	})
}

func (g *gen) townships(county hierarchy.Code) error {
	n := Spread(g.size.Townships, g.size.Counties, g.nCounty)
	g.nCounty++
	return children(county, n, townshipClasses, townshipClass, 1e3, func(code hierarchy.Code, kind hierarchy.UnitKind) error {
		g.emit(code, county, kind, 0)
		return g.communities(code, kind)
	})
}

func (g *gen) communities(township hierarchy.Code, kind hierarchy.UnitKind) error {
	n := Spread(g.size.Communities, g.size.Townships, g.nTownship)
	g.nTownship++
	classes := communityClasses
	if kind == hierarchy.KindSimilarTownship {
		classes = similarClasses
	}
	return children(township, n, classes, communityClass(kind), 1, func(code hierarchy.Code, k hierarchy.UnitKind) error {
		g.emit(code, township, k, kind)
		return nil
	})
}

// children emits the n children of parent through next, numbered within
// their class in code order; classOf gives the class of the k-th child
// and unit is the value of one in the children's code part.
func children(parent hierarchy.Code, n int, classes []class, classOf func(int) int, unit uint64, next func(hierarchy.Code, hierarchy.UnitKind) error) error {
	counts := make([]int, len(classes))
	for k := range n {
		counts[classOf(k)]++
	}
	for i, c := range classes {
		if counts[i] > c.size {
			return fmt.Errorf("%w: %d units of kind %s under %s, at most %d", ErrSize, counts[i], c.kind, parent, c.size)
		}
		for j := range counts[i] {
			if err := next(parent+hierarchy.Code(uint64(c.first+j)*unit), c.kind); err != nil {
				return err
			}
		}
	}
	return nil
}

var facilitySince = policy.MustDate(2021, time.January, 1)

// emit appends the record of one unit; township is the kind of a
// community's township.
func (g *gen) emit(code, parent hierarchy.Code, kind, township hierarchy.UnitKind) {
	r := hierarchy.Record{Code: code, Parent: parent}
	var i int // the unit's ordinal within its level, driving the patterns
	switch kind.Level() {
	case hierarchy.LevelCounty:
		i = g.nCounty
		if i%4 != 3 {
			r.Facility = hierarchy.FacilityGuidanceCenter
		}
	case hierarchy.LevelTownship:
		i = g.nTownship
		if i*37%100 < 56 {
			r.Facility = hierarchy.FacilityStation
		}
	case hierarchy.LevelCommunity:
		i = g.nCommunity
		g.nCommunity++
		if i*53%100 < 39 {
			r.Facility = hierarchy.FacilityRoom
		}
		r.Population = int64(600 + i*7919%3300)
		r.UrbanRural = urbanRural(kind, township, i)
	default: // provinces and cities host no facility
	}
	if r.Facility != hierarchy.FacilityNone {
		r.Since = facilitySince + policy.Date(i%730)
		r.Essentials = hierarchy.Essentials(i % 63) // never all six…
		if i%5 == 0 {
			r.Essentials = hierarchy.AllEssentials // …except one in five
		}
	}
	if code.Province() == 15 {
		switch kind {
		case hierarchy.KindCounty:
			r.Kind = hierarchy.KindBanner
		case hierarchy.KindTownship:
			r.Kind = hierarchy.KindSumu
		default:
		}
	}
	name := kind
	if r.Kind != hierarchy.KindUnspecified {
		name = r.Kind
	}
	r.Name = name.Label(language.SimplifiedChinese) + code.String()
	g.out = append(g.out, r)
}

// urbanRural returns the urban–rural code of the i-th community, of kind
// kind in a township of kind township.
func urbanRural(kind, township hierarchy.UnitKind, i int) hierarchy.UrbanRural {
	switch kind {
	case hierarchy.KindUrbanCommunity:
		if township == hierarchy.KindSubdistrict {
			return [...]hierarchy.UrbanRural{hierarchy.UrbanFringe, hierarchy.UrbanMainArea, hierarchy.UrbanMainArea}[i%3]
		}
		return [...]hierarchy.UrbanRural{hierarchy.UrbanTownCenter, hierarchy.UrbanTownFringe}[i%2]
	case hierarchy.KindSimilarUrban:
		return hierarchy.UrbanSpecialArea
	case hierarchy.KindVillage:
		if i%10 == 0 {
			return hierarchy.RuralTownshipCenter
		}
	default:
	}
	return hierarchy.RuralVillage
}
