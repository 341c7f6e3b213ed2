package hierarchy_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
)

// perUnit reports the time per unit of n units.
func perUnit(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/unit")
}

// BenchmarkNationalNetwork builds, validates and rolls up the synthetic
// national network (662,373 units).
func BenchmarkNationalNetwork(b *testing.B) {
	records := synth.National()
	b.ReportAllocs()
	for b.Loop() {
		n, err := hierarchy.Build(records)
		if err != nil {
			b.Fatal(err)
		}
		n.Rollup()
	}
	perUnit(b, len(records))
}

func national(b *testing.B) *hierarchy.Network {
	n, err := hierarchy.Build(synth.National())
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkNationalRollup is the roll-up alone.
func BenchmarkNationalRollup(b *testing.B) {
	n := national(b)
	b.ReportAllocs()
	for b.Loop() {
		n.Rollup()
	}
	perUnit(b, n.Len())
}

// BenchmarkNationalSum rolls up a per-kind requirement, as staffing does.
func BenchmarkNationalSum(b *testing.B) {
	n := national(b)
	minimums := chongqingMinimums()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := hierarchy.Sum(n, minimums.Of); err != nil {
			b.Fatal(err)
		}
	}
	perUnit(b, n.Len())
}

// BenchmarkNationalLookup finds every unit by code, in a scattered order.
func BenchmarkNationalLookup(b *testing.B) {
	n := national(b)
	units := slices.Collect(n.Units())
	codes := make([]hierarchy.Code, n.Len())
	for i := range codes {
		codes[i] = units[i*7919%n.Len()].Code()
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range codes {
			if _, ok := n.Lookup(c); !ok {
				b.Fatal(c)
			}
		}
	}
	perUnit(b, n.Len())
}

// BenchmarkNationalBaseline is the bare loop BenchmarkNationalNetwork is
// measured against: index the records by code in a map, link each to its
// parent, and add kinds, facilities and populations up the tree, with no
// validation and no error reporting.
func BenchmarkNationalBaseline(b *testing.B) {
	records := synth.National()
	b.ReportAllocs()
	for b.Loop() {
		index := make(map[hierarchy.Code]int32, len(records))
		for i, r := range records {
			index[r.Code] = int32(i)
		}
		parent := make([]int32, len(records))
		for i, r := range records {
			p, ok := index[r.Parent]
			if !ok {
				p = -1
			}
			parent[i] = p
		}
		type totals struct {
			kinds      [17]int32
			facilities int32
			population int64
		}
		sums := make([]totals, len(records))
		for i := len(records) - 1; i >= 0; i-- {
			r := &records[i]
			t := &sums[i]
			t.kinds[r.Kind]++
			if r.Facility != hierarchy.FacilityNone {
				t.facilities++
			}
			t.population += r.Population
			if p := parent[i]; p >= 0 {
				pt := &sums[p]
				for k := range t.kinds {
					pt.kinds[k] += t.kinds[k]
				}
				pt.facilities += t.facilities
				pt.population += t.population
			}
		}
	}
	perUnit(b, len(records))
}

// floorTotals is what the floor computes: the Totals of the whole network
// and of every unit with children, by code.
type floorTotals struct {
	kinds      [17]int64 // units by kind
	hosting    [6]int64  // units hosting a facility, by level
	compliant  [6]int64  // facilities meeting the six essentials, by level
	population int64
}

// floorBuild is the floor BenchmarkNationalNetwork is held against: the
// same validation and the same roll-up over plain slices (struct of
// arrays, int64 sums), without problem reports or an API around them. It
// returns the whole network's totals, the totals of each unit with
// children by code, and the number of records with a problem.
func floorBuild(records []hierarchy.Record) (floorTotals, map[hierarchy.Code]floorTotals, int) {
	n := len(records)
	codes := make([]uint64, n)
	kinds := make([]uint8, n)
	levels := make([]uint8, n)
	facility := make([]uint8, n)
	essentials := make([]uint8, n)
	population := make([]int64, n)
	stated := make([]uint64, n)
	bad := 0
	var people int64
	sorted := true
	for i := range records {
		r := &records[i]
		c := uint64(r.Code)
		ok := r.Name != "" && (r.Name[0] >= 0xE4 || r.Name[0] > ' ' && r.Name[0] < 0x80 || strings.TrimSpace(r.Name) != "")
		ok = ok && r.Population >= 0 && people <= math.MaxInt64-r.Population && r.UrbanRural.Valid() && r.Facility.Valid() &&
			r.Essentials.Valid() && (r.Facility != hierarchy.FacilityNone || r.Since == 0 && r.Essentials == 0)
		people += r.Population
		// The code: 12 digits, province part set, no zero part above a
		// set one; its level from the trailing zero parts.
		level := uint8(5)
		switch {
		case c%1000 != 0:
		case c%1e6 != 0:
			level = 4
		case c%1e8 != 0:
			level = 3
		case c%1e10 != 0:
			level = 2
		default:
			level = 1
		}
		pre, cty, town, vil := c/1e8%100, c/1e6%100, c/1e3%1000, c%1000
		ok = ok && c <= 999_999_999_999 && c >= 1e10 && (pre != 0 || cty == 0 && town == 0 && vil == 0) &&
			(cty != 0 || town == 0 && vil == 0) && (town != 0 || vil == 0)
		kind := uint8(r.Kind)
		if kind == 0 {
			switch level {
			case 1:
				kind = 1
			case 2:
				kind = 2
			case 3:
				kind = [...]uint8{3, 4, 6}[btoi(cty > 20)+btoi(cty > 80)]
			case 4:
				kind = [...]uint8{8, 9, 10, 10, 12, 12, 0}[min(town/100, 6)]
			default:
				kind = [...]uint8{13, 13, 14, 14, 15, 16, 0}[min(vil/100, 6)]
			}
		}
		ok = ok && kind != 0 && hierarchy.UnitKind(kind).Level() == hierarchy.Level(level) &&
			(!r.UrbanRural.Known() || level == 5) && r.Facility.Fits(hierarchy.Level(level))
		if !ok {
			bad++
		}
		codes[i], kinds[i], levels[i], facility[i], essentials[i] = c, kind, level, uint8(r.Facility), uint8(r.Essentials)
		population[i], stated[i] = r.Population, uint64(r.Parent)
		sorted = sorted && (i == 0 || codes[i-1] < c)
	}
	if !sorted {
		panic("the floor takes records in code order, as the national list comes")
	}
	// Link on a stack of open ancestors and check each parent.
	parent := make([]int32, n)
	var stack [6]int32
	var limit [6]uint64
	depth := 0
	pow := [...]uint64{1: 1e10, 2: 1e8, 3: 1e6, 4: 1e3, 5: 1}
	for i, c := range codes {
		for depth > 0 && c >= limit[depth-1] {
			depth--
		}
		parent[i] = -1
		if depth > 0 {
			p := stack[depth-1]
			parent[i] = p
			if levels[i] != levels[p]+1 && (levels[i] != 3 || levels[p] != 1) || stated[i] != 0 && stated[i] != codes[p] {
				bad++
			}
		} else if stated[i] != 0 {
			bad++
		}
		stack[depth], limit[depth] = int32(i), c+pow[levels[i]]
		depth++
	}
	// Roll up in reverse code order into a row per unit with children (a
	// unit's first child follows it): a stated population wins over the
	// children's sum.
	row := make([]int32, n)
	rows := 1
	for i := 1; i < n; i++ {
		if p := parent[i]; p == int32(i-1) {
			row[p] = int32(rows)
			rows++
		}
	}
	sums := make([]floorRow, rows)
	for i := n - 1; i >= 0; i-- {
		dst := &sums[0]
		if p := parent[i]; p >= 0 {
			dst = &sums[row[p]]
		}
		t := dst
		if row[i] != 0 {
			t = &sums[row[i]]
		}
		t.kinds[kinds[i]]++
		if facility[i] != 0 {
			t.hosting[levels[i]]++
			if essentials[i] == uint8(hierarchy.AllEssentials) {
				t.compliant[levels[i]]++
			}
		}
		if row[i] == 0 {
			t.population += population[i]
			continue
		}
		if population[i] > 0 {
			t.population = population[i]
		}
		for k := range t.kinds {
			dst.kinds[k] += t.kinds[k]
		}
		for l := range t.hosting {
			dst.hosting[l] += t.hosting[l]
			dst.compliant[l] += t.compliant[l]
		}
		dst.population += t.population
	}
	inner := map[hierarchy.Code]floorTotals{}
	for i := range n {
		if row[i] != 0 && len(inner) < 100 { // a sample of units with children
			inner[hierarchy.Code(codes[i])] = sums[row[i]].totals()
		}
	}
	return sums[0].totals(), inner, bad
}

// floorRow is one row of the floor's roll-up.
type floorRow struct {
	kinds      [17]int32
	hosting    [6]int32
	compliant  [6]int32
	population int64
}

func (r *floorRow) totals() floorTotals {
	var t floorTotals
	for k, v := range r.kinds {
		t.kinds[k] = int64(v)
	}
	for l := range r.hosting {
		t.hosting[l], t.compliant[l] = int64(r.hosting[l]), int64(r.compliant[l])
	}
	t.population = r.population
	return t
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// totalsOf reads t as the floor holds totals.
func totalsOf(t hierarchy.Totals) floorTotals {
	var f floorTotals
	for k := hierarchy.KindProvince; k.Valid(); k++ {
		f.kinds[k] = t.Count(k)
	}
	for l := hierarchy.LevelProvince; l.Valid(); l++ {
		f.hosting[l] = t.Coverage(l).Covered
		f.compliant[l] = t.Compliance(l).Covered
	}
	f.population = t.Population()
	return f
}

// TestFloorMatchesBuild checks that the floor computes what Build and
// Rollup compute, so that the benchmarks compare the same work.
func TestFloorMatchesBuild(t *testing.T) {
	records, err := synth.Records(synth.Size{Provinces: 2, Cities: 4, Counties: 30, Townships: 400, Communities: 6000})
	require.NoError(t, err)
	all, inner, bad := floorBuild(records)
	require.Zero(t, bad)
	n, err := hierarchy.Build(records)
	require.NoError(t, err)
	r := n.Rollup()
	assert.Equal(t, totalsOf(r.Total()), all)
	require.NotEmpty(t, inner)
	for c, want := range inner {
		got, ok := r.Of(c)
		require.True(t, ok)
		assert.Equal(t, want, totalsOf(got), c)
	}
	// A broken record counts as a problem for both.
	broken := slices.Clone(records)
	broken[3].Population = -1
	town := slices.IndexFunc(broken, func(r hierarchy.Record) bool { return r.Code.Level() == hierarchy.LevelTownship })
	broken[town+1].Kind = hierarchy.KindTown // a community said to be a town
	_, _, bad = floorBuild(broken)
	assert.Equal(t, 2, bad)
	_, err = hierarchy.Build(broken)
	var verr *hierarchy.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Len(t, verr.Problems, 2)
}

// BenchmarkNationalFloor is floorBuild over the synthetic national
// network.
func BenchmarkNationalFloor(b *testing.B) {
	records := synth.National()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, bad := floorBuild(records); bad != 0 {
			b.Fatal(bad)
		}
	}
	perUnit(b, len(records))
}
