package synth

// This file builds the example programs' networks: counties, townships and
// communities in the numbers a document gives, with facilities and
// populations laid out by the same arithmetic patterns as Records, so that
// every run builds the same network. The names are made up; the counts are
// the documents'.

import (
	"fmt"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// A County is one county-level unit of a Spec.
type County struct {
	Number int    // the county part of its code, 1–99
	Name   string // its name
	// Kind is stated when the code's range would imply another (a banner,
	// or a district numbered in the county range); zero otherwise.
	Kind hierarchy.UnitKind
	// Centre is the facility the county hosts, FacilityNone if none.
	Centre hierarchy.Facility
	// Stations puts a station in every township of the county.
	Stations bool
}

// A Spec is the shape of a synthetic network.
type Spec struct {
	// Prefix is the code the counties are numbered under: a prefecture
	// such as 150600 (Ordos), or 500100 for a municipality whose lists
	// leave that level out.
	Prefix hierarchy.Code
	// Root names a unit with code Prefix at the top of the network; empty
	// for none, the counties then being the roots.
	Root         string
	RootFacility hierarchy.Facility
	Counties     []County
	// Townships by kind over all counties; Sumu are coded as townships
	// (乡) and stated as 苏木.
	Subdistricts, Towns, Townships, Sumu int
	// Communities, of which Urban are residents' committees (filling the
	// subdistricts first, then the towns, then the townships) and the rest
	// villages.
	Communities, Urban int
	// Stations townships, picked evenly in code order, host a station, and
	// so do all townships of counties with Stations set; Rooms communities,
	// picked the same way, host a room.
	Stations, Rooms int
	// Gacha names villages 嘎查 (Inner Mongolia) rather than 村.
	Gacha bool
	// Lacking is one facility in Lacking that does not meet all six
	// essentials (0: all meet them).
	Lacking int
	// Opened is when the first facility opened; the others open within
	// two years after it. Zero leaves opening days unknown.
	Opened policy.Date
	// UrbanPeople and RuralPeople are the ranges [lo, hi) of community
	// populations, spread by a fixed pattern; zero ranges mean
	// 3,000–8,999 and 600–2,599.
	UrbanPeople, RuralPeople [2]int64
}

// Picked reports whether the i-th of n things is one of k picked as evenly
// as possible: exactly k of 0…n-1 are.
func Picked(i, k, n int) bool { return (i+1)*k/n != i*k/n }

// proportion returns how many of the k things spread in proportion over n
// slots fall in the slots from..from+size-1: consecutive calls add up to
// exactly k, and no call returns more than its size.
func proportion(k, n, from, size int) int {
	if n == 0 {
		return 0
	}
	return (from+size)*k/n - from*k/n
}

var stems = []string{
	"东山", "西湖", "南坪", "北岸", "青龙", "白沙", "金竹", "石门", "柳溪", "桃源", "凤鸣", "龙泉", "长乐", "永安",
	"新华", "文昌", "太平", "和平", "双桥", "三合", "五里", "七星", "九龙", "百花", "千佛", "万寿", "红星", "光明",
	"丰收", "团结", "胜利", "前进", "朝阳", "东风", "兴隆", "安居", "复兴", "清泉", "翠屏", "玉带",
}

func stem(i int) string { return stems[i%len(stems)] }

// classes returns, for each county, how many of its townships are
// subdistricts, towns, townships and sumu: each county's townships are
// shared as evenly as possible, and each kind over the counties in
// proportion to their townships, so that the totals are the spec's.
func (s Spec) classes() [][4]int {
	nt := s.Subdistricts + s.Towns + s.Townships + s.Sumu
	out := make([][4]int, len(s.Counties))
	t, sub, town := 0, 0, 0
	for j := range s.Counties {
		n := Spread(nt, len(s.Counties), j)
		a := proportion(s.Subdistricts, nt, t, n)
		b := proportion(s.Towns, nt-s.Subdistricts, t-sub, n-a)
		d := proportion(s.Sumu, s.Townships+s.Sumu, t-sub-town, n-a-b)
		out[j] = [4]int{a, b, n - a - b - d, d}
		t, sub, town = t+n, sub+a, town+b
	}
	return out
}

// Records returns the records of s, in code order.
func (s Spec) Records() ([]hierarchy.Record, error) {
	nt := s.Subdistricts + s.Towns + s.Townships + s.Sumu
	switch {
	case len(s.Counties) == 0:
		return nil, fmt.Errorf("synth: no counties")
	case nt == 0 && s.Communities > 0:
		return nil, fmt.Errorf("synth: %d communities but no townships", s.Communities)
	case s.Urban > s.Communities || s.Rooms > s.Communities || s.Stations > nt:
		return nil, fmt.Errorf("synth: more urban communities, rooms or stations than units")
	}
	g := specGen{spec: s, nt: nt, classes: s.classes()}
	g.countUrban()
	if s.Root != "" {
		g.emit(hierarchy.Record{Code: s.Prefix, Name: s.Root, Facility: s.RootFacility})
	}
	kinds := [4]struct {
		kind, stated hierarchy.UnitKind
		first, limit int
		suffix       string
	}{
		{hierarchy.KindSubdistrict, 0, 1, 99, "街道"},
		{hierarchy.KindTown, 0, 100, 100, "镇"},
		{hierarchy.KindTownship, 0, 200, 200, "乡"},
		{hierarchy.KindSumu, hierarchy.KindSumu, 200, 200, "苏木"},
	}
	for j, c := range s.Counties {
		code := s.Prefix + hierarchy.Code(uint64(c.Number)*1e6)
		g.emit(hierarchy.Record{Code: code, Name: c.Name, Kind: c.Kind, Facility: c.Centre})
		counts := g.classes[j]
		if counts[2]+counts[3] > 200 {
			return nil, fmt.Errorf("synth: %d townships and sumu in county %s do not fit the code range", counts[2]+counts[3], code)
		}
		for i, cl := range kinds {
			first := cl.first
			if i == 3 {
				first += counts[2] // sumu are numbered after the townships
			}
			if counts[i] > cl.limit {
				return nil, fmt.Errorf("synth: %d units of kind %s in county %s do not fit the code range", counts[i], cl.kind, code)
			}
			for k := range counts[i] {
				t := code + hierarchy.Code(uint64(first+k)*1e3)
				r := hierarchy.Record{Code: t, Name: stem(g.townships*7) + cl.suffix, Kind: cl.stated}
				if c.Stations || Picked(g.townships, s.Stations, nt) {
					r.Facility = hierarchy.FacilityStation
				}
				g.emit(r)
				if err := g.communities(t, min(i, 2)); err != nil {
					return nil, err
				}
				g.townships++
			}
		}
	}
	return g.out, nil
}

type specGen struct {
	spec    Spec
	classes [][4]int
	out     []hierarchy.Record
	nt      int
	// units emitted so far
	townships, nComm, facilities int
	// communities under subdistricts, towns and the other townships, how
	// many of them are urban, and how many were emitted
	under, urbanIn, seen [3]int
}

// countUrban works out how many communities sit under each class of
// township and how many of them are urban: subdistricts' first, then
// towns', then the others'.
func (g *specGen) countUrban() {
	s := g.spec
	t := 0
	for _, counts := range g.classes {
		for i, n := range counts {
			for range n {
				g.under[min(i, 2)] += Spread(s.Communities, g.nt, t)
				t++
			}
		}
	}
	left := s.Urban
	for c := range g.under {
		g.urbanIn[c] = min(left, g.under[c])
		left -= g.urbanIn[c]
	}
}

// communities emits the communities of a township of the given class
// (0 subdistrict, 1 town, 2 township or sumu).
func (g *specGen) communities(township hierarchy.Code, class int) error {
	s := g.spec
	n := Spread(s.Communities, g.nt, g.townships)
	urban := proportion(g.urbanIn[class], g.under[class], g.seen[class], n)
	g.seen[class] += n
	if urban > 199 || n-urban > 200 {
		return fmt.Errorf("synth: %d communities under %s do not fit the code range", n, township)
	}
	for k := range n {
		r := hierarchy.Record{Code: township + hierarchy.Code(1+k)}
		name := stem(g.nComm*13 + 5)
		lo, hi := s.RuralPeople[0], s.RuralPeople[1]
		if lo == 0 && hi == 0 {
			lo, hi = 600, 2600
		}
		if k < urban {
			lo, hi = s.UrbanPeople[0], s.UrbanPeople[1]
			if lo == 0 && hi == 0 {
				lo, hi = 3000, 9000
			}
			r.Name = name + "社区"
			r.UrbanRural = hierarchy.UrbanMainArea
			if class > 0 {
				r.UrbanRural = hierarchy.UrbanTownCenter
			}
		} else {
			r.Code = township + hierarchy.Code(200+k-urban) // villages are numbered from 200
			r.Name = name + "村"
			if s.Gacha {
				r.Name = name + "嘎查"
			}
			r.UrbanRural = hierarchy.RuralVillage
		}
		r.Population = lo + int64(g.nComm*7919)%(hi-lo)
		if Picked(g.nComm, s.Rooms, s.Communities) {
			r.Facility = hierarchy.FacilityRoom
		}
		g.emit(r)
		g.nComm++
	}
	return nil
}

// emit appends r, setting the essentials and opening day of its facility.
func (g *specGen) emit(r hierarchy.Record) {
	if r.Facility != hierarchy.FacilityNone {
		r.Essentials = hierarchy.AllEssentials
		if g.spec.Lacking > 0 && g.facilities%g.spec.Lacking == g.spec.Lacking-1 {
			r.Essentials = hierarchy.AllEssentials.Missing() | hierarchy.EssentialsOf(hierarchy.EssentialPremises, hierarchy.EssentialStaff)
		}
		if !g.spec.Opened.IsZero() {
			r.Since = g.spec.Opened + policy.Date(g.facilities*7%730)
		}
		g.facilities++
	}
	g.out = append(g.out, r)
}

// Build returns the network of s.
func (s Spec) Build() (*hierarchy.Network, error) {
	recs, err := s.Records()
	if err != nil {
		return nil, err
	}
	return hierarchy.Build(recs)
}

// Municipality is a made-up municipality, 示范市, with the counts of
// Chongqing's 2020 account and division lists: 38 county-level units (26
// districts, 12 counties), 1,029 townships (234 subdistricts, 624 towns,
// 171 townships), 11,154 communities of which 3,200 are urban. As in the
// account, centres and stations run in 12 counties and 4,350 communities
// have a room. Its codes use the unassigned province number 99, and its
// names are invented.
func Municipality() Spec {
	s := Spec{
		Prefix:       hierarchy.Code(990100000000),
		Subdistricts: 234, Towns: 624, Townships: 171,
		Communities: 11154, Urban: 3200, Rooms: 4350,
		Lacking: 5,
		Opened:  policy.MustDate(2021, 1, 1),
	}
	for i := range 38 {
		c := County{Number: i + 1, Name: countyNames[i] + "区"}
		switch {
		case i >= 26: // counties are numbered from 21
			c.Number, c.Name = 21+i-26, countyNames[i]+"县"
		case i >= 20: // as Chongqing numbers its newer districts 51–56
			c.Number, c.Kind = 51+i-20, hierarchy.KindDistrict
		}
		if i%3 == 0 && i < 36 { // 12 counties: the 1st, 4th, … 34th
			c.Centre, c.Stations = hierarchy.FacilityGuidanceCenter, true
		}
		s.Counties = append(s.Counties, c)
	}
	return s
}

var countyNames = []string{
	"江城", "山南", "河西", "云岭", "望江", "临川", "清溪", "石桥", "龙门", "金沙", "松林", "枫林", "碧水",
	"长岭", "青岩", "白塔", "桂花", "梅岭", "竹溪", "杏林", "莲花", "荷塘", "凤岭", "鹤鸣", "鹿鸣", "雁塔",
	"平湖", "双河", "三江", "四方", "五峰", "六合", "七里", "八角", "九曲", "十里", "百丈", "千秋",
}
