package staffing_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"

	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

var national = sync.OnceValues(synth.NationalRoster)

// allRules merges every preset into one rule set, so the benchmark runs
// every kind of rule.
func allRules() *staffing.RuleSet {
	all := &staffing.RuleSet{Jurisdiction: "全国（合成）"}
	for _, rs := range staffing.Presets() {
		if rs.Jurisdiction == "苏州市" {
			continue // its township minimum would shadow Chongqing's
		}
		all.Minimums = append(all.Minimums, rs.Minimums...)
		all.Roles = append(all.Roles, rs.Roles...)
		all.Certificates = append(all.Certificates, rs.Certificates...)
		all.Areas = append(all.Areas, rs.Areas...)
	}
	return all
}

// BenchmarkNationalStaffing is minimum + compliance over the synthetic
// national network (662,373 units) and a 2,000,000-worker roster.
func BenchmarkNationalStaffing(b *testing.B) {
	r, err := national()
	if err != nil {
		b.Fatal(err)
	}
	rules, on := allRules(), policy.MustDate(2024, 6, 30)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := staffing.Check(r, rules, on); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(r.Len()), "ns/worker")
}

// BenchmarkNationalRoster is validating and placing the 2,000,000 workers.
func BenchmarkNationalRoster(b *testing.B) {
	r, err := national()
	if err != nil {
		b.Fatal(err)
	}
	workers := synth.Workers(r.Network(), synth.NationalWorkers)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := staffing.NewRoster(r.Network(), workers); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(workers)), "ns/worker")
}

// plainRoster is a roster as the floor holds it: plain slices, workers
// grouped by unit, units in code order.
type plainRoster struct {
	kind, facility []uint8
	urban          []bool
	parent         []int32
	population     []int64 // the subtree's, as the roll-up gives it
	start          []int32 // workers of unit u: start[u] … start[u+1]-1
	role, employ   []uint8
	prior          []uint8
	joined, left   []int32
	certified      [][4]int32
}

func plainOf(r *staffing.Roster) *plainRoster {
	net := r.Network()
	p := &plainRoster{}
	var codes []hierarchy.Code
	roll := net.Rollup()
	index := map[hierarchy.Code]int32{}
	for u := range net.Units() {
		index[u.Code()] = int32(len(codes))
		codes = append(codes, u.Code())
		p.kind = append(p.kind, uint8(u.Kind()))
		p.facility = append(p.facility, uint8(u.Facility()))
		p.urban = append(p.urban, u.Urban())
		par := int32(-1)
		if u.Parent() != 0 {
			par = index[u.Parent()]
		}
		p.parent = append(p.parent, par)
		t, _ := roll.Of(u.Code())
		p.population = append(p.population, t.Population())
	}
	p.start = make([]int32, len(codes)+1)
	byUnit := make([][]staffing.Worker, len(codes))
	for _, w := range r.All() {
		i := index[w.Unit]
		byUnit[i] = append(byUnit[i], w)
	}
	for i, ws := range byUnit {
		p.start[i+1] = p.start[i] + int32(len(ws))
		for _, w := range ws {
			p.role = append(p.role, uint8(w.Role))
			p.employ = append(p.employ, uint8(w.Employment))
			p.prior = append(p.prior, uint8(w.Prior))
			p.joined = append(p.joined, int32(w.Joined))
			p.left = append(p.left, int32(w.Left))
			var c [4]int32
			for l := range c {
				c[l] = int32(w.Certified[l])
			}
			p.certified = append(p.certified, c)
		}
	}
	return p
}

// plainCounts is the floor's answer: findings by kind, the sum of their
// gaps, and the staffed units.
type plainCounts struct {
	findings [4]int64
	gaps     int64
	staffed  int64
}

// floorCheck is the floor BenchmarkNationalStaffing is held against: the
// same rules judged over plain slices with int64 counts, computing the
// number of findings of each kind and their gaps.
func floorCheck(p *plainRoster, rs *staffing.RuleSet, d policy.Date) (plainCounts, error) {
	var out plainCounts
	if err := rs.Validate(); err != nil {
		return out, err
	}
	day := int32(d)
	active := func(w int32) bool { return p.joined[w] <= day && (p.left[w] == 0 || day <= p.left[w]) }
	level := func(w int32) uint8 {
		best := p.prior[w]
		for l := uint8(3); l > best; l-- {
			if c := p.certified[w][l]; c != 0 && c <= day {
				return l
			}
		}
		return best
	}
	match := func(s hierarchy.Selector, u int) bool {
		k := hierarchy.UnitKind(p.kind[u])
		return !s.IsZero() && (s.Level == 0 || k.Level() == s.Level) && (len(s.Kinds) == 0 || slices.Contains(s.Kinds, k)) &&
			(s.Area == hierarchy.AreaAny || p.urban[u] == (s.Area == hierarchy.AreaUrban)) && (!s.WithFacility || p.facility[u] != 0)
	}
	counts := func(c staffing.Counts, w int32) bool {
		return (c.Roles == 0 || c.Roles.Has(staffing.Role(p.role[w]))) && (!c.FullTime || p.employ[w] == 0) && (!c.Certified || level(w) != 0)
	}
	for u := range len(p.kind) {
		for _, m := range rs.Minimums {
			if !m.Period.Contains(d) || m.Min == 0 || !match(m.Units, u) {
				continue
			}
			var n int64
			for w := p.start[u]; w < p.start[u+1]; w++ {
				if active(w) && counts(m.Counts, w) {
					n++
				}
			}
			out.staffed++
			if n < int64(m.Min) {
				out.findings[staffing.Shortfall]++
				out.gaps += int64(m.Min) - n
			}
		}
		for _, rr := range rs.Roles {
			if !rr.Period.Contains(d) || !match(rr.Units, u) {
				continue
			}
			for _, q := range rr.Quotas {
				var n int64
				for w := p.start[u]; w < p.start[u+1]; w++ {
					if active(w) && q.Roles.Has(staffing.Role(p.role[w])) {
						n++
					}
				}
				if n < int64(q.Min) {
					out.findings[staffing.MissingRole]++
					out.gaps += int64(q.Min) - n
				}
			}
		}
		for _, c := range rs.Certificates {
			if !c.Period.Contains(d) {
				continue
			}
			for w := p.start[u]; w < p.start[u+1]; w++ {
				if c.Roles.Has(staffing.Role(p.role[w])) && active(w) && level(w) == 0 &&
					deadline(policy.Date(p.joined[w]), c.Months) < d {
					out.findings[staffing.CertificateOverdue]++
					out.gaps++
				}
			}
		}
	}
	for _, a := range rs.Areas {
		if !a.Period.Contains(d) {
			continue
		}
		sub := make([]int64, len(p.kind))
		var total int64
		for u := len(p.kind) - 1; u >= 0; u-- {
			for w := p.start[u]; w < p.start[u+1]; w++ {
				if active(w) && counts(a.Counts, w) {
					sub[u]++
				}
			}
			if q := p.parent[u]; q >= 0 {
				sub[q] += sub[u]
			} else {
				total += sub[u]
			}
		}
		judge := func(pop, actual int64) error {
			need, err := a.Requirement.Of(pop)
			if err != nil {
				return err
			}
			out.findings[staffing.AreaTarget]++
			out.gaps += need - actual
			return nil
		}
		if a.Units.IsZero() {
			var pop int64
			for u := range p.kind {
				if p.parent[u] < 0 {
					pop += p.population[u]
				}
			}
			if err := judge(pop, total); err != nil {
				return out, err
			}
			continue
		}
		for u := range p.kind {
			if match(a.Units, u) {
				if err := judge(p.population[u], sub[u]); err != nil {
					return out, err
				}
			}
		}
	}
	return out, nil
}

// countsOf reads a report as the floor counts.
func countsOf(rep *staffing.Report) plainCounts {
	var out plainCounts
	for f := range rep.Select(staffing.Filter{}) {
		out.findings[f.Kind]++
		out.gaps += f.Gap()
	}
	for range rep.Units() {
		out.staffed++
	}
	return out
}

// TestFloorMatchesCheck checks that the floor computes what Check
// computes, on a synthetic province.
func TestFloorMatchesCheck(t *testing.T) {
	recs, err := synth.Records(synth.Size{Provinces: 1, Cities: 2, Counties: 12, Townships: 150, Communities: 2400})
	require.NoError(t, err)
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	r, err := staffing.NewRoster(net, synth.Workers(net, 20_000))
	require.NoError(t, err)
	p := plainOf(r)
	for _, on := range []policy.Date{policy.MustDate(2018, 3, 1), policy.MustDate(2024, 6, 30), policy.MustDate(2026, 1, 1)} {
		rep, err := staffing.Check(r, allRules(), on)
		require.NoError(t, err)
		want := countsOf(rep)
		got, err := floorCheck(p, allRules(), on)
		require.NoError(t, err)
		assert.Equal(t, want, got, on)
		for k := range want.findings {
			assert.Positive(t, want.findings[k], "%s: kind %d occurs", on, k)
		}
	}
}

// BenchmarkNationalStaffingFloor is floorCheck over the national roster.
func BenchmarkNationalStaffingFloor(b *testing.B) {
	r, err := national()
	if err != nil {
		b.Fatal(err)
	}
	p := plainOf(r)
	rules, on := allRules(), policy.MustDate(2024, 6, 30)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := floorCheck(p, rules, on); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(r.Len()), "ns/worker")
}

// deadline is the joining date moved by the rule's months; rule sets bound
// the months, so the error cannot occur on validated rules.
func deadline(joined policy.Date, months int) policy.Date {
	d, err := joined.AddMonths(months)
	if err != nil {
		panic(err)
	}
	return d
}
