package hierarchy_test

import (
	"slices"
	"testing"

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
