package main

import (
	"io"
	"testing"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/jurisdiction"
)

// BenchmarkReport computes and writes the report of a national network
// (about 660,000 units) and roster (2,000,000 workers) under Chongqing's
// and Langxi's policies; ns/unit is per unit of the network.
func BenchmarkReport(b *testing.B) {
	roster, err := synth.NationalRoster()
	if err != nil {
		b.Fatal(err)
	}
	net := roster.Network()
	for _, id := range []string{"chongqing", "langxi"} {
		j := jurisdiction.MustLoad(id)
		in := input{juris: j, net: net, roster: roster, plan: documentedPlan(j), date: builtinDate, network: "national", workers: "national"}
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rep, err := compute(in)
				if err != nil {
					b.Fatal(err)
				}
				if err := write(io.Discard, rep, in, config{format: "text", lang: language.English}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(net.Len()), "ns/unit")
		})
	}
}
