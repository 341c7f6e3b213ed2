package hierarchy_test

import (
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
		if _, _, err := hierarchy.Sum(n, minimums.Of); err != nil {
			b.Fatal(err)
		}
	}
	perUnit(b, n.Len())
}

// BenchmarkNationalLookup finds every unit by code, in a scattered order.
func BenchmarkNationalLookup(b *testing.B) {
	n := national(b)
	codes := make([]hierarchy.Code, n.Len())
	for i := range codes {
		codes[i] = n.Unit(i * 7919 % n.Len()).Code()
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
