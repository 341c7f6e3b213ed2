package incentives_test

import (
	"sync"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

var national = sync.OnceValues(synth.NationalRoster)

// plainTotals are the totals of a payroll computed by plainLangxi.
type plainTotals struct {
	worker, own, subtree []int64
	level                [4]int64
	total                int64
}

// plainLangxi computes Langxi's payroll for year with its default options
// in plain int64 fen, specialised to them: the yardstick for the general
// computation. A certificate obtained in post raises the level, and earns
// its bonus, if the worker held a lower one the day before; a cadre's
// month is paid at the level held on its first day, pro rata (half up)
// through the last day on leaving.
func plainLangxi(r *staffing.Roster, year int) plainTotals {
	bonus := [4]int64{0, 100_000, 200_000, 300_000}
	stipend := [4]int64{0, 10_000, 30_000, 50_000}
	y := policy.MustYear(year)
	var first, last [12]policy.Date
	var days [12]int64
	for m := range 12 {
		first[m], _ = y.From.AddMonths(m) // within the year: no error
		last[m] = first[m].LastOfMonth()
		days[m] = int64(last[m].Sub(first[m]) + 1)
	}
	net := r.Network()
	t := plainTotals{worker: make([]int64, r.Len()), own: make([]int64, net.Len()), subtree: make([]int64, net.Len())}
	codes := unitCodes(net)
	for i := range r.Len() {
		w := r.Worker(i)
		var wt int64
		for _, l := range levels {
			if d := w.Certified[l]; y.Contains(d) && w.Active(d) && l > w.LevelOn(d-1) {
				wt += bonus[l]
				t.level[l] += bonus[l]
			}
		}
		if w.Role == staffing.CommitteeCadre {
			for m := range 12 {
				if !w.Active(first[m]) {
					continue
				}
				l := w.LevelOn(first[m])
				amount := stipend[l]
				if !w.Left.IsZero() && w.Left < last[m] {
					n := int64(w.Left.Sub(first[m]) + 1)
					amount = (2*amount*n + days[m]) / (2 * days[m])
				}
				wt += amount
				t.level[l] += amount
			}
		}
		t.worker[i] = wt
		t.own[position(codes, w.Unit)] += wt
		t.total += wt
	}
	for u := net.Len() - 1; u >= 0; u-- {
		t.subtree[u] += t.own[u]
		if u, _ := net.Lookup(codes[u]); u.Parent() != 0 {
			t.subtree[position(codes, u.Parent())] += t.subtree[position(codes, u.Code())]
		}
	}
	return t
}

// TestPlainMatchesPayroll checks the yardstick against Payroll on a
// synthetic province, year by year.
func TestPlainMatchesPayroll(t *testing.T) {
	recs, err := synth.Records(synth.Size{Provinces: 1, Cities: 2, Counties: 12, Townships: 150, Communities: 2400})
	require.NoError(t, err)
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	r, err := staffing.NewRoster(net, synth.Workers(net, 20_000))
	require.NoError(t, err)
	for _, year := range []int{2015, 2017, 2020, 2024, 2026} {
		want := plainLangxi(r, year)
		p, err := incentives.Langxi().Payroll(r, policy.MustYear(year))
		require.NoError(t, err)
		assert.Positive(t, want.total, "year %d pays something", year)
		assert.Equal(t, want.total, fenOf(t, p.Total()), "year %d", year)
		for l := range want.level {
			assert.Equal(t, want.level[l], fenOf(t, p.Totals().Level(staffing.CertLevel(l))), "year %d level %d", year, l)
		}
		for i := range want.worker {
			require.Equal(t, want.worker[i], fenOf(t, p.Worker(i)), "year %d worker %d", year, i)
		}
		for u, c := range unitCodes(net) {
			own, _ := p.Own(c)
			sub, _ := p.Subtree(c)
			require.Equal(t, want.own[u], fenOf(t, own), "year %d unit %s", year, c)
			require.Equal(t, want.subtree[u], fenOf(t, sub), "year %d unit %s", year, c)
		}
	}
}

func nationalRoster(b *testing.B) *staffing.Roster {
	r, err := national()
	if err != nil {
		b.Fatal(err)
	}
	return r
}

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

// reportPerWorker reports the wall time per worker and the CPU time per
// operation (cpu-ns/op) of a loop that started at cpu0.
func reportPerWorker(b *testing.B, r *staffing.Roster, cpu0 int64) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(r.Len()), "ns/worker")
	b.ReportMetric(float64(cpuNanos()-cpu0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkNationalPayroll is a year of Langxi's schedule for 2,000,000
// workers on the national network (662,373 units), with line items and
// every total.
func BenchmarkNationalPayroll(b *testing.B) {
	r := nationalRoster(b)
	s := incentives.Langxi()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuNanos()
	for b.Loop() {
		if _, err := s.Payroll(r, policy.MustYear(2024)); err != nil {
			b.Fatal(err)
		}
	}
	reportPerWorker(b, r, cpu0)
}

// BenchmarkNationalPayrollTotalsOnly is the same without line items.
func BenchmarkNationalPayrollTotalsOnly(b *testing.B) {
	r := nationalRoster(b)
	s := incentives.Langxi()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuNanos()
	for b.Loop() {
		if _, err := s.Payroll(r, policy.MustYear(2024), incentives.TotalsOnly()); err != nil {
			b.Fatal(err)
		}
	}
	reportPerWorker(b, r, cpu0)
}

// BenchmarkNationalPayrollInt64 is the same totals in plain int64 fen,
// specialised to Langxi's defaults: the yardstick.
func BenchmarkNationalPayrollInt64(b *testing.B) {
	r := nationalRoster(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuNanos()
	for b.Loop() {
		plainLangxi(r, 2024)
	}
	reportPerWorker(b, r, cpu0)
}
