package incentives_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// FuzzDecodeSchedule checks that decoding never panics and either fails
// with ErrSchedule or gives a valid schedule that encodes and decodes back
// to the same JSON, and whose payroll of a small roster adds up.
func FuzzDecodeSchedule(f *testing.F) {
	for _, s := range incentives.Presets() {
		b, err := json.Marshal(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(handWritten))
	f.Add([]byte(`{"jurisdiction":"x"}`))
	f.Add([]byte(`{"jurisdiction":"x","stipends":[{"id":"s","rates":[{"period":"2024-07-15/","value":{"monthly":{"senior":"0.01"}},"source":{"title":"t","issuer":"i","status":"draft"}}]}]}`))
	f.Add([]byte(`{"jurisdiction":"x","bonuses":[{"id":"b","terms":[]}]}`))
	f.Add([]byte(`[]`))

	senior := cadre("c1", "2020-01-01")
	senior.Prior = staffing.Senior
	ws := []staffing.Worker{
		senior,
		certified(certified(cadre("c2", "2023-03-03"), staffing.Junior, "2024-02-29"), staffing.Intermediate, "2024-07-15"),
		{ID: "r1", Unit: town1, Role: staffing.ResidentWorker, Joined: date("2024-05-05"), Left: date("2024-10-20")},
	}
	r := roster(f, ws...)

	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := incentives.DecodeSchedule(data)
		if err != nil {
			if !errors.Is(err, incentives.ErrSchedule) {
				t.Fatalf("error without ErrSchedule: %v", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("decoded schedule does not validate: %v", err)
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		back, err := incentives.DecodeSchedule(b)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		b2, err := json.Marshal(back)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != string(b2) {
			t.Fatalf("round trip changed\n%s\n%s", b, b2)
		}
		p, err := s.Payroll(r, policy.Year(2024))
		if err != nil {
			if !errors.Is(err, metrics.ErrOverflow) {
				t.Fatalf("payroll: %v", err)
			}
			return
		}
		sums := make([]int64, len(ws))
		for li := range p.Items() {
			sums[li.Worker()] += li.Amount().Shift(2).IntPart()
		}
		var total int64
		for i, sum := range sums {
			if got := p.Worker(i).Shift(2).IntPart(); got != sum {
				t.Fatalf("worker %d: items %d fen, total %d fen", i, sum, got)
			}
			total += sum
		}
		if got := p.Total().Shift(2).IntPart(); got != total {
			t.Fatalf("items %d fen, total %d fen", total, got)
		}
	})
}
