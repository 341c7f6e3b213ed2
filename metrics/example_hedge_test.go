package metrics_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/metrics"
)

// Suzhou raised more than 51 million of charity money on 47 million of
// government purchase: more than 51/47 = 1.0851… yuan per yuan. Rounded
// to the nearest, 1.09 would claim more than the documents say.
func ExampleQualifier_Round() {
	leverage, _ := metrics.RatioOf(51, 47)
	for _, q := range []metrics.Qualifier{metrics.MoreThan, metrics.FewerThan, metrics.About} {
		fmt.Println(q, q.Round(leverage, 2))
	}
	// Output:
	// more-than 1.08
	// fewer-than 1.09
	// about 1.09
}

func ExampleParseQuantity_chineseNumerals() {
	for _, s := range []string{"三千万元", "一千二百人", "两千余万元", "百分之三十九", "千分之二点五", "3万万万万", "5 100万元"} {
		q, err := metrics.ParseQuantity(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s, q.Value, q.Unit, q.Qualifier, q)
	}
	// Output:
	// 三千万元 30000000 元 exact 30000000元
	// 一千二百人 1200 人 exact 1200人
	// 两千余万元 20000000 元 more-than 超过20000000元
	// 百分之三十九 0.39 % exact 39%
	// 千分之二点五 0.0025 ‰ exact 2.5‰
	// invalid quantity "3万万万万": number: malformed multipliers at "万万万" (write 千万, 万亿, not 百千 or 万万)
	// invalid quantity "5 100万元": number: two numbers, or a space inside a number, at "100万元"
}

// With Myriads the word is chosen after rounding, and a hedged figure is
// rounded the way that keeps it true.
func ExampleMyriads() {
	zh := metrics.NewFormatter(language.SimplifiedChinese, metrics.Myriads())
	for _, s := range []string{"99999999.995元", "超过51234567元", "不足51234567元", "约51234567元"} {
		q, _ := metrics.ParseQuantity(s)
		fmt.Println(zh.Quantity(q))
	}
	// Output:
	// 1亿元
	// 超过5,123.45万元
	// 不足5,123.46万元
	// 约5,123.46万元
}
