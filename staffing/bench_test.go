package staffing_test

import (
	"sync"
	"testing"

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
