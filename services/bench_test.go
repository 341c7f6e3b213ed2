package services_test

import (
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
)

var nationalNet = sync.OnceValues(func() (*hierarchy.Network, error) { return hierarchy.Build(synth.National()) })

// monthlyRecords returns a year (2023) of monthly output records for
// every unit of net, with arithmetic patterns: for the synthetic national
// network 662,373 units × 12 = 7,948,476 records, about 1.5 GB.
func monthlyRecords(net *hierarchy.Network) []services.OutputRecord {
	recs := make([]services.OutputRecord, 0, 12*net.Len())
	i := -1
	for u := range net.Units() {
		i++
		c := u.Code()
		for m := 1; m <= 12; m++ {
			k := i + m
			o := services.Output{
				Cases: int64(k % 5), GroupSessions: int64((3*i + m) % 7), Activities: int64((i + 2*m) % 4),
				Hours: int64(10 + k%30), PersonTimes: int64(20 + (7*i+m)%50),
				NeedsIdentified: int64(k % 6), NeedsCovered: int64(min(k%6, k%3)),
			}
			if k%10 == 0 {
				o.ProjectsByField[k%len(services.Fields())] = 1
				o.ProjectsByGroup[k%len(services.TargetGroups())] = 1
			}
			recs = append(recs, services.OutputRecord{Unit: c, Period: policy.MustMonth(2023, time.Month(m)), Output: o})
		}
	}
	return recs
}

// nationalData is built once; its input records are dropped afterwards,
// since the machine is shared.
var nationalData = sync.OnceValues(func() (*services.OutputData, error) {
	net, err := nationalNet()
	if err != nil {
		return nil, err
	}
	return services.NewOutputData(net, monthlyRecords(net))
})

func perRecord(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/record")
}

// BenchmarkNationalRollup rolls the year up to every ancestor: one pass
// over the 7.9 million records, one up the 662,373 units.
func BenchmarkNationalRollup(b *testing.B) {
	d, err := nationalData()
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC() // collect the input records before timing
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		t, err := d.Rollup(policy.MustYear(2023))
		if err != nil {
			b.Fatal(err)
		}
		if t.Total().Hours == 0 {
			b.Fatal("no hours")
		}
	}
	perRecord(b, d.Len())
}

// BenchmarkNationalOutputData validates and groups the 7.9 million
// records; BenchmarkNationalOutputDataFloor is its floor.
func BenchmarkNationalOutputData(b *testing.B) {
	net, err := nationalNet()
	if err != nil {
		b.Fatal(err)
	}
	recs := monthlyRecords(net)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := services.NewOutputData(net, recs); err != nil {
			b.Fatal(err)
		}
	}
	perRecord(b, len(recs))
}

func BenchmarkNationalOutputDataFloor(b *testing.B) {
	net, err := nationalNet()
	if err != nil {
		b.Fatal(err)
	}
	recs := monthlyRecords(net)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := newFloor(net, recs); err != nil {
			b.Fatal(err)
		}
	}
	perRecord(b, len(recs))
}
