package services

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/shegong/shegong/policy"
)

func FuzzDecodeOutputs(f *testing.F) {
	net := wenzhouNet(f)
	b, err := json.Marshal(wenzhouRecords(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{"unit": "330302001", "period": "2023-Q1", "output": {"cases": 3, "needs_identified": 2, "needs_covered": 1,
		"projects_by_field": {"社区矫正": 1}, "projects_by_group": {"community-correction": 1}}},
		{"unit": "330302001", "period": "2023-04-01/2023-04-30", "output": {"hours": 9223372036854775807}},
		{"unit": "330302001", "period": "2023-05", "output": {"hours": 1}}]`))
	f.Add([]byte(`[{"unit": "330302001", "period": "2023-01"}, {"unit": "330302001", "period": "2023-01-15/2023-02-01"}]`))
	f.Add([]byte(`[{"unit": "３３０３０２００１", "period": "2023", "output": {"cases": -1}, "x": 1}, 7, {"period": "/"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := DecodeOutputs(net, data)
		if err != nil {
			var de *DataError
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				t.Fatalf("error is not a *DataError with problems: %v", err)
			}
			if !slices.IsSortedFunc(de.Problems, func(a, b Problem) int { return a.Index - b.Index }) {
				t.Fatalf("problems out of record order: %v", err)
			}
			return
		}
		// Every record is kept: the whole-network total of every record
		// equals their plain sum, and so does the roll-up's.
		recs := []OutputRecord{} // an empty set encodes as [], not null
		var sum Output
		for _, r := range d.Records() {
			recs = append(recs, r)
			if sum, err = sum.Add(r.Output); err != nil {
				t.Fatalf("accepted records overflow: %v", err)
			}
		}
		if len(recs) != d.Len() {
			t.Fatalf("%d records yielded of %d", len(recs), d.Len())
		}
		all, err := d.Sum(0, policy.Period{})
		if err != nil || all != sum {
			t.Fatalf("sum %+v (%v), want %+v", all, err, sum)
		}
		roll, err := d.Rollup(policy.Period{})
		if err != nil || roll.Total() != sum {
			t.Fatalf("roll-up %+v (%v), want %+v", roll.Total(), err, sum)
		}
		// The records round-trip through JSON.
		b, err := json.Marshal(recs)
		if err != nil {
			t.Fatalf("accepted records do not encode: %v", err)
		}
		back, err := DecodeOutputs(net, b)
		if err != nil {
			t.Fatalf("re-encoded records rejected: %v\n%s", err, b)
		}
		again := []OutputRecord{}
		for _, r := range back.Records() {
			again = append(again, r)
		}
		if !slices.Equal(recs, again) {
			t.Fatalf("round trip changed the records:\n%+v\n%+v", recs, again)
		}
	})
}
