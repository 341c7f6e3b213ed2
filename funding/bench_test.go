package funding_test

import (
	"math/rand/v2"
	"slices"
	"sync"
	"syscall"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
)

var national = sync.OnceValue(func() *hierarchy.Network {
	n, err := hierarchy.Build(synth.National())
	if err != nil {
		panic(err)
	}
	return n
})

// cpuNanos returns the CPU time the process has used, user and system:
// on a machine shared with other work, wall time per operation says more
// about the neighbours than about the code, and CPU time less.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// perUnit reports the wall time per unit and the CPU time per operation
// (cpu-ns/op) of a loop that started at cpu0.
func perUnit(b *testing.B, units int, cpu0 int64) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(units), "ns/unit")
	b.ReportMetric(float64(cpuNanos()-cpu0)/float64(b.N), "cpu-ns/op")
}

func townships(u hierarchy.Unit) bool { return u.Level() == hierarchy.LevelTownship }

// BenchmarkNationalAllocation shares 2.49 billion yuan by population over
// the synthetic national network: its 39,000 township stations and all of
// its 662,373 units, from the network (claimants built in the loop), with
// floors and caps on every station, and from claimants in a shuffled order
// (which costs a sort of the codes), beside its floor: the same shuffled
// allocation in plain slices and int64 (plainAllocate).
func BenchmarkNationalAllocation(b *testing.B) {
	n := national()
	budget := decimal.NewFromInt(2_490_000_000)
	fromNetwork := func(pick func(hierarchy.Unit) bool) func(b *testing.B) {
		return func(b *testing.B) {
			units := len(funding.Claimants(n, pick))
			b.ReportAllocs()
			cpu0 := cpuNanos()
			for b.Loop() {
				if _, err := funding.Allocate(budget, funding.ByPopulation, funding.Claimants(n, pick)); err != nil {
					b.Fatal(err)
				}
			}
			perUnit(b, units, cpu0)
		}
	}
	fromClaimants := func(cs []funding.Claimant) func(b *testing.B) {
		return func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuNanos()
			for b.Loop() {
				if _, err := funding.Allocate(budget, funding.ByPopulation, cs); err != nil {
					b.Fatal(err)
				}
			}
			perUnit(b, len(cs), cpu0)
		}
	}

	// Every station gets at least 40,000 yuan and at most 90,000: both
	// bind somewhere, so the sweep sorts 78,000 kinks.
	bounded := funding.Claimants(n, townships)
	for i := range bounded {
		bounded[i].Floor = decimal.NewFromInt(40_000)
		bounded[i].Cap = decimal.NewNullDecimal(decimal.NewFromInt(90_000))
	}
	shuffled := slices.Clone(funding.Claimants(n, nil))
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })

	b.Run("stations-39000", fromNetwork(townships))
	b.Run("units-662373", fromNetwork(nil))
	b.Run("stations-floors-caps-39000", fromClaimants(bounded))
	b.Run("units-shuffled-662373", fromClaimants(shuffled))
	b.Run("units-shuffled-662373-floor", func(b *testing.B) {
		codes, weights := plainInput(shuffled)
		fen := budget.Shift(2).IntPart()
		b.ReportAllocs()
		cpu0 := cpuNanos()
		for b.Loop() {
			if _, _, err := plainAllocate(fen, codes, weights); err != nil {
				b.Fatal(err)
			}
		}
		perUnit(b, len(codes), cpu0)
	})
}
