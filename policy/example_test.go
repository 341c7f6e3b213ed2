package policy_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/shegong/shegong/policy"
	"golang.org/x/text/language"
)

func ExampleParseDate() {
	joined, err := policy.ParseDate("2024-02-29")
	if err != nil {
		panic(err)
	}
	// Langxi retains a resident social worker who is certified within a
	// year of joining; a year after a leap day ends on 28 February.
	deadline, err := joined.AddYears(1)
	if err != nil {
		panic(err)
	}
	fmt.Println("certify by", deadline)
	next, err := policy.MustDate(2024, time.January, 31).AddMonths(1)
	fmt.Println("one month later", next, err)

	_, err = policy.ParseDate("2023-02-29")
	fmt.Println(err)
	fmt.Println(errors.Is(err, policy.ErrDate))

	// A count of months from a data file cannot wrap the calendar round.
	_, err = joined.AddMonths(1 << 40)
	fmt.Println(errors.Is(err, policy.ErrDate))
	// Output:
	// certify by 2025-02-28
	// one month later 2024-02-29 <nil>
	// date "2023-02-29": invalid date: 2023-02 has no day 29
	// true
	// true
}

func ExampleParsePeriod() {
	for _, s := range []string{"2025", "2024-Q3", "2024-02", "2024-07-15", "2021-01-01/2025-12-31", "2021-11-10/"} {
		p, err := policy.ParsePeriod(s)
		if err != nil {
			panic(err)
		}
		days, bounded := p.Days()
		fmt.Printf("%-22s %s..%s days=%d bounded=%t\n", p, p.From, p.Until, days, bounded)
	}
	_, err := policy.ParsePeriod("2025-12-31/2021-01-01")
	fmt.Println(err)
	// Output:
	// 2025                   2025-01-01..2025-12-31 days=365 bounded=true
	// 2024-Q3                2024-07-01..2024-09-30 days=92 bounded=true
	// 2024-02                2024-02-01..2024-02-29 days=29 bounded=true
	// 2024-07-15/2024-07-15  2024-07-15..2024-07-15 days=1 bounded=true
	// 2021-01-01/2025-12-31  2021-01-01..2025-12-31 days=1826 bounded=true
	// 2021-11-10/            2021-11-10.. days=0 bounded=false
	// invalid period "2025-12-31/2021-01-01": until is before from
}

func ExamplePeriod_Months() {
	// A payroll from 15 July to 10 September pays three months, the first
	// and last in part.
	p, err := policy.ParsePeriod("2024-07-15/2024-09-10")
	if err != nil {
		panic(err)
	}
	for m := range p.Months() {
		days, _ := m.Days()
		month := policy.MustMonth(m.From.Year(), m.From.Month())
		all, _ := month.Days()
		fmt.Printf("%s: %d of %d days\n", m, days, all)
	}
	aug := policy.MustMonth(2024, time.August)
	fmt.Println(p.Contains(policy.MustDate(2024, time.September, 11)), p.Overlaps(aug))
	// Output:
	// 2024-07-15/2024-07-31: 17 of 31 days
	// 2024-08: 31 of 31 days
	// 2024-09-01/2024-09-10: 10 of 30 days
	// false true
}

func ExampleSource() {
	chongqing := policy.Source{
		Title:  "构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化",
		Issuer: "重庆市民政局",
		Date:   policy.MustDate(2020, time.October, 19),
		Status: policy.StatusReport, // published as an account of work done
	}
	// Rules share the document and differ in the clause they cite.
	award := chongqing.Cite("二、以人才建设为支撑")
	fmt.Println(award)
	fmt.Println(award.Validate())

	b, err := json.Marshal(award)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	fmt.Println(policy.Source{Title: "鄂尔多斯市开展“五社联动”工作创新提升基层治理与服务能力实施方案"}.Validate())
	// Output:
	// 重庆市民政局《构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化》 2020-10-19，二、以人才建设为支撑
	// <nil>
	// {"title":"构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化","issuer":"重庆市民政局","date":"2020-10-19","clause":"二、以人才建设为支撑","status":"report"}
	// invalid source: issuer is empty
	// invalid source: status unspecified is not one of in-force, draft, plan, report
}

// langxiStipend is the junior-level monthly stipend (yuan) Langxi pays
// certified village and community cadres. The report dates neither the
// notice nor its effect: the notice stays undated, and the start of the
// stipend is for illustration.
func langxiStipend() policy.Versioned[int] {
	notice := policy.Source{
		Title:  "关于做好社区工作者取得国家社会工作者职业水平证书给予职业津贴补助的通知",
		Issuer: "郎溪县民政局",
		Status: policy.StatusInForce,
	}
	v, err := policy.NewVersioned(policy.Version[int]{
		Period: policy.Since(policy.MustDate(2023, time.January, 1)),
		Value:  100,
		Source: notice,
	})
	if err != nil {
		panic(err)
	}
	return v
}

func ExampleVersioned() {
	stipend := langxiStipend()
	for _, s := range []string{"2022-12-31", "2023-01-01", "2025-07-01"} {
		on, _ := policy.ParseDate(s)
		if v, ok := stipend.At(on); ok {
			fmt.Printf("%s: %d yuan/month (%s)\n", on, v.Value, v.Source.Issuer)
		} else {
			fmt.Printf("%s: no stipend in force\n", on)
		}
	}
	// Output:
	// 2022-12-31: no stipend in force
	// 2023-01-01: 100 yuan/month (郎溪县民政局)
	// 2025-07-01: 100 yuan/month (郎溪县民政局)
}

func ExampleVersioned_Supersede() {
	baseline := langxiStipend()
	// What if the stipend rose to 150 yuan from July 2025? The baseline is
	// left as it was, so the two can be compared.
	proposal := policy.Source{
		Title:  "示例：津贴标准调整测算",
		Issuer: "郎溪县民政局",
		Date:   policy.MustDate(2025, time.March, 1),
		Status: policy.StatusDraft,
	}
	whatIf, err := baseline.Supersede(policy.MustDate(2025, time.July, 1), 150, proposal)
	if err != nil {
		panic(err)
	}
	for _, v := range whatIf.All() {
		fmt.Printf("%s: %d (%s)\n", v.Period, v.Value, v.Source.Status)
	}
	aug := policy.MustDate(2025, time.August, 1)
	was, _ := baseline.At(aug)
	would, _ := whatIf.At(aug)
	fmt.Printf("%s: %d, what-if %d\n", aug, was.Value, would.Value)

	// One cadre's stipend for 2025, month by month.
	cost := func(s policy.Versioned[int]) int {
		total := 0
		for v := range s.During(policy.MustYear(2025)) {
			for range v.Period.Months() {
				total += v.Value
			}
		}
		return total
	}
	fmt.Println("2025 baseline:", cost(baseline), "what-if:", cost(whatIf))
	// Output:
	// 2023-01-01/2025-06-30: 100 (in-force)
	// 2025-07-01/: 150 (draft)
	// 2025-08-01: 100, what-if 150
	// 2025 baseline: 1200 what-if: 1500
}

func ExampleNewVersioned() {
	src := policy.Source{Title: "示例", Issuer: "某县民政局", Date: policy.MustDate(2022, time.December, 1), Status: policy.StatusInForce}
	_, err := policy.NewVersioned(
		policy.Version[int]{Period: policy.MustYear(2023), Value: 100, Source: src},
		policy.Version[int]{Period: policy.Since(policy.MustDate(2023, time.October, 1)), Value: 120, Source: src},
	)
	fmt.Println(err)
	var ve *policy.VersionError
	if errors.As(err, &ve) {
		fmt.Println("entries", ve.Other, "and", ve.Index, errors.Is(err, policy.ErrOverlap))
	}
	// Output:
	// version 0 and version 1: versions overlap: 2023 and 2023-10-01/ share days
	// entries 0 and 1 true
}

// MatchLanguage maps a caller's language tag, such as one parsed from an
// Accept-Language header, to one of the three languages labels are written
// in.
func ExampleMatchLanguage() {
	for _, s := range []string{"zh-CN", "zh-TW", "zh-HK", "en-US", "fr"} {
		tag := policy.MatchLanguage(language.MustParse(s))
		fmt.Println(s, tag, policy.StatusDraft.Label(tag))
	}
	// Output:
	// zh-CN zh-Hans 征求意见稿
	// zh-TW zh-Hant 徵求意見稿
	// zh-HK zh-Hant 徵求意見稿
	// en-US en draft for comment
	// fr en draft for comment
}

// Problems collects what is wrong with a document, each with its path, and
// Within places a part's problems in the whole document.
func ExampleProblems() {
	part := policy.Problems{
		{Path: "minimums[2].min", Line: 14, Column: 12, Err: errors.New("-3 is negative")},
		{Path: "minimums[3].units.level", Line: 18, Column: 23, Err: errors.New(`unknown level "kounty"`)},
	}
	for _, p := range part.Within("staffing") {
		fmt.Println(p.Error())
	}
	// Output:
	// staffing.minimums[2].min (line 14, column 12): -3 is negative
	// staffing.minimums[3].units.level (line 18, column 23): unknown level "kounty"
}

func ExampleQuarter() {
	q, err := policy.Quarter(2024, 2)
	fmt.Println(q, err)
	// A fifth quarter is an error, not the first quarter of 2025.
	_, err = policy.Quarter(2024, 5)
	fmt.Println(err)
	fmt.Println(errors.Is(err, policy.ErrPeriod))
	// Periods written in source code use the Must forms.
	fmt.Println(policy.MustMonth(2024, time.February).Days())
	// Output:
	// 2024-Q2 <nil>
	// invalid period: quarter 5 of year 2024 is outside 1..4
	// true
	// 29 true
}
