package funding_test

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// One million yuan over three stations: the fen that does not divide goes
// to the first station in code order.
func ExampleAllocate() {
	stations := []funding.Claimant{{Code: 500101003000}, {Code: 500101001000}, {Code: 500101002000}}
	a, err := funding.Allocate(decimal.RequireFromString("1000000.00"), funding.Equal, stations)
	if err != nil {
		panic(err)
	}
	for g := range a.All() {
		fmt.Println(g.Code, g.Yuan().StringFixed(2))
	}
	// Output:
	// 500101001 333333.34
	// 500101002 333333.33
	// 500101003 333333.33
}

// Floors and caps: A is raised to its floor, C held at its cap, and B
// takes what is left.
func ExampleAllocate_floorsAndCaps() {
	a, err := funding.Allocate(decimal.NewFromInt(900), funding.ByWeight, []funding.Claimant{
		{Code: 500101001001, Weight: 1, Floor: decimal.NewFromInt(150)},
		{Code: 500101001002, Weight: 2},
		{Code: 500101001003, Weight: 6, Cap: decimal.NewNullDecimal(decimal.NewFromInt(500))},
	})
	if err != nil {
		panic(err)
	}
	for g := range a.All() {
		fmt.Println(g.Code, g.Yuan().StringFixed(2), g.Bound.Label(language.SimplifiedChinese))
	}
	fmt.Println("rate", a.Rate().Value(2), "yuan per unit of weight")
	// Output:
	// 500101001001 150.00 保底
	// 500101001002 250.00 按比例
	// 500101001003 500.00 封顶
	// rate 125 yuan per unit of weight
}

// Share a budget over the townships of a network by population.
func ExampleClaimants() {
	var records []hierarchy.Record
	for _, r := range []struct {
		code, name string
		pop        int64
	}{
		{"500101", "万州区", 0},
		{"500101001", "高笋塘街道", 0},
		{"500101001001", "东方广场社区", 3000},
		{"500101001002", "乌龙池社区", 1000},
		{"500101002", "太白街道", 0},
		{"500101002001", "太白岩社区", 6000},
	} {
		code, err := hierarchy.ParseCode(r.code)
		if err != nil {
			panic(err)
		}
		records = append(records, hierarchy.Record{Code: code, Name: r.name, Population: r.pop})
	}
	n, err := hierarchy.Build(records)
	if err != nil {
		panic(err)
	}
	townships := funding.Claimants(n, func(u hierarchy.Unit) bool { return u.Level() == hierarchy.LevelTownship })
	a, err := funding.Allocate(decimal.NewFromInt(100000), funding.ByPopulation, townships)
	if err != nil {
		panic(err)
	}
	for g := range a.All() {
		fmt.Println(g.Code, g.Yuan().StringFixed(2))
	}
	fmt.Println(a.Rate().Value(2), "yuan per resident")
	// Output:
	// 500101001 40000.00
	// 500101002 60000.00
	// 10 yuan per resident
}

// Chongqing's 2019 mix by class, in per cent to two places: the shares add
// up to exactly 100.00 and say that they rest on approximate figures.
func ExampleShares() {
	m := funding.Chongqing2019().Mix
	shares, err := funding.Shares(m.ByClass(), 2)
	if err != nil {
		panic(err)
	}
	for _, s := range shares {
		fmt.Printf("%s %s%% %s (%s yuan %s)\n", s.Class.Label(language.English), s.Percent.StringFixed(2), s.Qualifier, s.Sum.Amount.Value, s.Sum.Amount.Qualifier)
	}
	total := m.Total()
	fmt.Println("total", total.Amount, "of", total.Stated, "figures;", total.Unstated, "source without one")
	// Output:
	// fiscal funds 45.05% about (102500000 yuan exact)
	// social funds 43.96% about (100000000 yuan more-than)
	// market income 10.99% about (25000000 yuan about)
	// total 约227500000元 of 4 figures; 1 source without one
}

func ExampleMix_Leverage() {
	l, err := funding.Suzhou().Mix.Leverage()
	if err != nil {
		panic(err)
	}
	// 51/47 = 1.0851…: "more than" rounds down to stay true.
	fmt.Println(l.Qualifier, l.Qualifier.Round(l.Ratio, 2), "yuan of charity money per yuan of government purchase")
	// Output:
	// more-than 1.08 yuan of charity money per yuan of government purchase
}

// Chongqing earmarks 1% of social assistance funds; for a fund of about
// 150 million that is about 1.5 million.
func ExampleEarmark_Of() {
	e := funding.Chongqing2019().Earmarks[0]
	fund, err := metrics.ParseQuantity("约 1.5 亿元")
	if err != nil {
		panic(err)
	}
	got, err := e.Of(fund, metrics.HalfUp)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Share.Format(metrics.Percent, 0), "of", e.Fund, "→", got)
	// Output:
	// 1% of 社会救助资金 → 约1500000元
}

// Langxi's about 3 million of 2023 over its 12 town stations.
func ExamplePer() {
	p, err := funding.Per(funding.Langxi2023().Mix.Total().Amount, 12, funding.PerStation)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Basis.Label(language.SimplifiedChinese), p.Yuan(metrics.HalfUp), "approximate:", p.Approximate())
	// Output:
	// 站均 250000 approximate: true
}

// A mix decoded from JSON is validated on the way in.
func ExampleMix_UnmarshalJSON() {
	var m funding.Mix
	err := json.Unmarshal([]byte(`{"name":"某县","year":2024,"items":[
		{"kind":"welfare-lottery","amount":{"value":"-5","unit":"元"},
		 "source":{"title":"某通知","issuer":"某县民政局","status":"in-force"}}]}`), &m)
	fmt.Println(err)
	// Output:
	// item 0 (welfare-lottery): invalid funding mix: amount: invalid amount: -5 yuan is negative
}

func ExampleDecodeProfile() {
	p, err := funding.DecodeProfile([]byte(`{"jurisdiction": "示例县", "mix": {"name": "示例县", "year": 2024, "items": [
  {"kind": "welfare-lottery", "amount": {"value": "2000000", "unit": "元"},
   "source": {"title": "示例县工作报告", "issuer": "示例县民政局", "status": "report"}}]}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Jurisdiction, p.Mix.Year(), p.Mix.Items()[0].Amount)
	// Every problem at once, each with its path and position.
	_, err = funding.DecodeProfile([]byte(`{"jurisdiction": "示例县", "mix": {"name": "示例县", "items": [
  {"kind": "lottery", "source": {"title": "示例县工作报告", "issuer": "示例县民政局", "status": "report"}},
  {"kind": "donation", "amount": {"value": "-5", "unit": "元"}, "source": {"title": "示例县工作报告", "issuer": "示例县民政局", "status": "report"}}]}}`))
	for _, p := range policy.ProblemsOf(err) {
		fmt.Println(p.Path, p.Line, p.Column)
	}
	// Output:
	// 示例县 2024 2000000元
	// mix.items[0].kind 2 12
	// mix.items[1].amount 3 34
}
