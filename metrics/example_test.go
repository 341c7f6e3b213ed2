package metrics_test

import (
	"errors"
	"fmt"
	"math"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

func ExampleParseQuantity() {
	for _, s := range []string{"5100余万元", "近300万余元", "6.3 万人", "80%以上", "2.5‰"} {
		q, err := metrics.ParseQuantity(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s %q %s\n", s, q.Value, q.Unit, q.Qualifier)
	}
	_, err := metrics.ParseQuantity("11,02人")
	fmt.Println(err)
	// Output:
	// 5100余万元: 51000000 "元" more-than
	// 近300万余元: 3000000 "元" about
	// 6.3 万人: 63000 "人" exact
	// 80%以上: 0.8 "%" at-least
	// 2.5‰: 0.0025 "‰" exact
	// invalid quantity "11,02人": number: "11,02" is not a number (digits, one point, commas every three digits)
}

func ExampleCoverage() {
	rooms, _ := metrics.NewCoverage(4350, 11154) // Chongqing's community rooms
	stations, _ := metrics.NewCoverage(90, 96)   // Suzhou's township stations
	fmt.Println(rooms.Rate().Format(metrics.Percent, 2), rooms.Missing())
	fmt.Println(stations.Rate().Format(metrics.Percent, 0), stations.Rate().Format(metrics.Percent, 2))
	_, err := metrics.NewCoverage(97, 96)
	fmt.Println(err)
	// Output:
	// 39.00% 6804
	// 94% 93.75%
	// invalid coverage: 97 covered of only 96
}

func ExampleRequirement() {
	// Ordos: social-work talent at least 5,000 and at least 2.5‰ of the population.
	share, _ := metrics.ParseRatio("2.5‰")
	talent := metrics.Requirement{Floor: 5000, Share: share}
	for _, population := range []int64{1_000_000, 2_200_000, 3_000_001} {
		n, _ := talent.Of(population)
		fmt.Println(population, n)
	}
	// Output:
	// 1000000 5000
	// 2200000 5500
	// 3000001 7501
}

func ExampleTarget_Evaluate() {
	target := metrics.Target{
		ID:         "professionals",
		Indicator:  "社会工作专业人才",
		Comparator: metrics.AtLeastValue,
		Kind:       metrics.CountValue,
		Value:      metrics.Fraction(decimal.NewFromInt(50000)),
		Deadline:   policy.MustDate(2025, 12, 31),
		Source:     policy.Guangxi14FYP.Cite("慈善事业和社会工作方面"),
	}
	for _, o := range []metrics.Observation{
		metrics.ObserveCount(policy.MustDate(2023, 12, 31), 37000),
		metrics.ObserveCount(policy.MustDate(2025, 12, 31), 50000),
		metrics.ObserveCount(policy.MustDate(2026, 1, 1), 48000),
	} {
		e, err := target.Evaluate(o)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Print(o.Date, " ", e.Status, " gap ", e.Gap)
		if e.HasGrowth {
			fmt.Print(", needs ", e.Growth.Format(metrics.Percent, 2), " a year")
		}
		fmt.Println()
	}

	// The zero Target is invalid, never "met".
	_, err := metrics.Target{}.Evaluate(metrics.ObserveCount(policy.MustDate(2024, 1, 1), 1))
	fmt.Println(errors.Is(err, metrics.ErrTarget))
	// Output:
	// 2023-12-31 not-yet gap 13000, needs 16.25% a year
	// 2025-12-31 met gap 0
	// 2026-01-01 missed gap 2000
	// true
}

func ExampleScorecard() {
	full := metrics.Fraction(decimal.NewFromInt(1))
	plan := policy.Guangxi14FYP.Cite("慈善事业和社会工作方面")
	sc, err := metrics.NewScorecard(
		metrics.Target{ID: "stations", Indicator: "乡镇社工站覆盖率", Comparator: metrics.FullCoverage, Kind: metrics.RatioValue, Value: full, Deadline: policy.MustDate(2025, 12, 31), Source: plan},
		metrics.Target{ID: "talent", Indicator: "社会工作专业人才", Comparator: metrics.AtLeastValue, Kind: metrics.CountValue, Value: metrics.Fraction(decimal.NewFromInt(50000)), Deadline: policy.MustDate(2025, 12, 31), Source: plan},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	on := policy.MustDate(2024, 6, 30)
	evals, _ := sc.Evaluate(map[string]metrics.Observation{
		"stations": metrics.ObserveCoverage(on, metrics.Coverage{Covered: 1118, Total: 1118}),
	})
	for _, e := range evals {
		fmt.Println(e.Target.ID, e.Status)
	}
	// Output:
	// stations met
	// talent unobserved
}

func ExampleFormatter() {
	amount := decimal.NewFromInt(51_000_000)
	for _, tag := range []string{"en", "zh-CN", "zh-TW"} {
		f := metrics.NewFormatter(language.MustParse(tag), metrics.Myriads())
		fmt.Println(f.Count(17439), f.Money(amount, metrics.HalfUp))
	}
	q, _ := metrics.ParseQuantity("近300万余元")
	fmt.Println(metrics.NewFormatter(language.English).Quantity(q))
	// Output:
	// 17,439 ¥51,000,000.00
	// 1.74万 5,100万元
	// 1.74萬 5,100萬元
	// about 3,000,000 yuan
}

// Suzhou's report of 30 November 2021 counts 90 stations in 96 townships
// and promises full coverage by the end of the year.
func ExampleSuzhouTargets() {
	sc, err := metrics.NewScorecard(metrics.SuzhouTargets()...)
	if err != nil {
		fmt.Println(err)
		return
	}
	on := policy.MustDate(2021, 11, 30)
	evals, err := sc.Evaluate(map[string]metrics.Observation{
		"sz-stations": metrics.ObserveCoverage(on, metrics.Coverage{Covered: 90, Total: 96}),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range evals {
		fmt.Printf("%s by %s: %s, gap %s\n", e.Target.ID, e.Target.Deadline, e.Status, e.Gap.Format(metrics.Percent, 2))
	}
	// Output:
	// sz-stations by 2021-12-31: not-yet, gap 6.25%
	// sz-rooms by 2022-12-31: unobserved, gap 0.00%
}

// Guangxi's plan sets shares, counts and full coverage, all for the end of
// 2025; the formatter writes each target as the plan states it.
func ExampleGuangxiTargets() {
	en := metrics.NewFormatter(language.English)
	for _, t := range metrics.GuangxiTargets()[:6] {
		value := en.Count(t.Value.Num().IntPart())
		if t.Kind == metrics.RatioValue {
			value = en.Ratio(t.Value, metrics.Percent, 0)
		}
		fmt.Printf("%-24s %-14s %7s by %s\n", t.ID, t.Comparator, value, t.Deadline)
	}
	// Output:
	// gx-stations              full-coverage     100% by 2025-12-31
	// gx-volunteer-points      at-least           80% by 2025-12-31
	// gx-elderly-centres       at-least           60% by 2025-12-31
	// gx-elderly-adaptation    at-least        25,000 by 2025-12-31
	// gx-livable-communities   at-least           100 by 2025-12-31
	// gx-smart-nursing-homes   at-least            15 by 2025-12-31
}

func ExampleCoverage_Add() {
	east := metrics.Coverage{Covered: 40, Total: 48}
	west := metrics.Coverage{Covered: 50, Total: 54}
	all, err := east.Add(west)
	fmt.Println(all, err)
	// A roll-up past the int64 range is an error, not a negative count.
	_, err = all.Add(metrics.Coverage{Covered: 1, Total: math.MaxInt64 - 100})
	fmt.Println(errors.Is(err, metrics.ErrOverflow))
	// Output:
	// 90/102 <nil>
	// true
}

func ExampleDecodeTargets() {
	ts, err := metrics.DecodeTargets([]byte(`[{"id": "talent", "indicator": "社会工作专业人才", "comparator": "at-least",
  "kind": "count", "value": "50000", "deadline": "2025-12-31",
  "source": {"title": "示例方案", "issuer": "示例厅", "status": "plan"}}]`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ts[0].ID, ts[0].Value, ts[0].Deadline)
	// A misspelt key is a problem, not a target without a deadline.
	_, err = metrics.DecodeTargets([]byte(`[{"id": "talent", "indicator": "社会工作专业人才", "comparator": "at-least",
  "kind": "count", "value": "-1", "deadlne": "2025-12-31",
  "source": {"title": "示例方案", "issuer": "示例厅", "status": "plan"}}]`))
	for _, p := range policy.ProblemsOf(err) {
		fmt.Println(p.Path, p.Line, p.Column)
	}
	// Output:
	// talent 50000 2025-12-31
	// [0].value 2 29
	// [0].deadlne 2 46
}
