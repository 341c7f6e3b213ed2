package incentives_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/internal/codectest"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// FuzzDecodeSchedule checks that decoding never panics and either fails
// with ErrSchedule or gives a valid schedule that encodes and decodes back
// to the same JSON, and whose payroll of a small roster adds up. Besides
// the raw bytes it builds a schedule of one rule from typed values (the
// rule's list, id, level, amount in fen, period, options and rounding),
// encoded by encoding/json, so that most inputs are valid documents; the
// decoder must accept such a document exactly when Validate accepts the
// schedule.
func FuzzDecodeSchedule(f *testing.F) {
	for _, s := range incentives.Presets() {
		b, err := json.Marshal(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "郎溪县", uint8(0), "b", uint8(2), int64(200_000), 0, 0, uint8(0), uint8(0), uint8(0))
	}
	f.Add([]byte(handWritten), "x", uint8(1), "s", uint8(3), int64(50_000), 100, 400, uint8(1), uint8(2), uint8(2))
	f.Add([]byte(`{"jurisdiction":"x"}`), "x", uint8(2), "a", uint8(0), int64(30_000_000), -5, 0, uint8(0), uint8(0), uint8(1))
	f.Add([]byte(`{"jurisdiction":"x","stipends":[{"id":"s","rates":[{"period":"2024-07-15/","value":{"monthly":{"senior":"0.01"}},"source":{"title":"t","issuer":"i","status":"draft"}}]}]}`), "", uint8(3), "f", uint8(1), int64(5_000_000), 10, 9, uint8(9), uint8(9), uint8(9))
	f.Add([]byte(`{"jurisdiction":"x","bonuses":[{"id":"b","terms":[]}]}`), "x", uint8(1), "", uint8(0), int64(-1), 0, 0, uint8(0), uint8(0), uint8(0))
	f.Add([]byte(`[]`), "x", uint8(0), "b", uint8(1), int64(1<<62), 0, 0, uint8(1), uint8(0), uint8(3))

	senior := cadre("c1", "2020-01-01")
	senior.Prior = staffing.Senior
	ws := []staffing.Worker{
		senior,
		certified(certified(cadre("c2", "2023-03-03"), staffing.Junior, "2024-02-29"), staffing.Intermediate, "2024-07-15"),
		{ID: "r1", Unit: town1, Role: staffing.ResidentWorker, Joined: date("2024-05-05"), Left: date("2024-10-20")},
	}
	r := roster(f, ws...)

	f.Fuzz(func(t *testing.T, data []byte, jurisdiction string, list uint8, id string, level uint8, fen int64, from, days int, partial, option, rounding uint8) {
		checkSchedule(t, r, len(ws), data)

		s := typedSchedule(jurisdiction, list, id, level, fen, from, days, partial, option, rounding)
		b, err := json.Marshal(s)
		if err != nil {
			return // an option out of range has no name to write
		}
		_, derr := incentives.DecodeSchedule(b)
		verr := s.Validate()
		if (derr == nil) != (verr == nil) {
			t.Fatalf("decoding %s: %v; validating: %v", b, derr, verr)
		}
		checkSchedule(t, r, len(ws), b)
	})
}

// typedSchedule builds a schedule of one rule from fuzzed values: list
// picks bonuses, stipends, awards or floors; the version runs from a day
// near 2024 for days days (open when days ≤ 0).
func typedSchedule(jurisdiction string, list uint8, id string, level uint8, fen int64, from, days int, partial, option, rounding uint8) *incentives.Schedule {
	s := &incentives.Schedule{Jurisdiction: jurisdiction, Rounding: metrics.Rounding(rounding % 5)}
	period := policy.Period{From: policy.MustDate(2024, 1, 1) + policy.Date(from%1000)}
	if days > 0 {
		period.Until = period.From + policy.Date(days%1000)
	}
	src := policy.Source{Title: "t", Issuer: "i", Status: policy.StatusDraft}
	amount := metrics.FromFen(fen)
	var amounts incentives.Amounts
	amounts[level%4] = amount
	switch list % 4 {
	case 0:
		v, _ := policy.NewVersioned(policy.Version[incentives.BonusTerms]{Period: period, Value: incentives.BonusTerms{Amounts: amounts}, Source: src})
		s.Bonuses = []incentives.Bonus{{ID: id, Upgrade: incentives.Upgrade(option % 3), Once: incentives.Once(partial % 3), Terms: v}}
	case 1:
		v, _ := policy.NewVersioned(policy.Version[incentives.Rates]{Period: period, Value: incentives.Rates{Monthly: amounts}, Source: src})
		s.Stipends = []incentives.Stipend{{ID: id, PartialMonth: incentives.PartialMonth(partial % 4), Leaving: incentives.Leaving(option % 4), Rates: v}}
	case 2:
		v, _ := policy.NewVersioned(policy.Version[decimal.Decimal]{Period: period, Value: amount, Source: src})
		s.Awards = []incentives.Award{{ID: id, Title: id, Amount: v}}
	default:
		v, _ := policy.NewVersioned(policy.Version[decimal.Decimal]{Period: period, Value: amount, Source: src})
		s.Floors = []incentives.Floor{{ID: id, Annual: v}}
	}
	return s
}

// checkSchedule decodes data and checks the properties of
// FuzzDecodeSchedule on roster r of n workers.
func checkSchedule(t *testing.T, r *staffing.Roster, n int, data []byte) {
	s, err := incentives.DecodeSchedule(data)
	if err != nil {
		if !errors.Is(err, incentives.ErrSchedule) {
			t.Fatalf("error without ErrSchedule: %v", err)
		}
		codectest.Problems(t, err)
		return
	}
	if err := s.Validate(); err != nil {
		t.Fatalf("decoded schedule does not validate: %v", err)
	}
	b, err := incentives.EncodeSchedule(s)
	if err != nil {
		t.Fatal(err)
	}
	back, err := incentives.DecodeSchedule(b)
	if err != nil {
		t.Fatalf("re-decoding %s: %v", b, err)
	}
	b2, err := incentives.EncodeSchedule(back)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != string(b2) {
		t.Fatalf("round trip changed\n%s\n%s", b, b2)
	}
	p, err := s.Payroll(r, policy.MustYear(2024))
	if err != nil {
		if !errors.Is(err, metrics.ErrOverflow) {
			t.Fatalf("payroll: %v", err)
		}
		return
	}
	sums := make([]int64, n)
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
}
