package metrics

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/shegong/shegong/internal/enum"
)

// A Formatter writes counts, money, ratios and quantities for one language:
// English, Simplified or Traditional Chinese, whichever matches the tag
// best. Digit grouping comes from golang.org/x/text; 万/亿 scaling, which
// x/text lacks, is done here. A Formatter is an immutable value, safe for
// concurrent use.
type Formatter struct {
	lang    enum.Lang
	printer *message.Printer
	myriads bool
}

// A FormatOption changes how a Formatter writes numbers.
type FormatOption func(*Formatter)

// Myriads makes a Chinese Formatter scale counts, money and quantities of
// ten thousand and more to 万 or 亿 (萬, 億), rounded to at most two places
// (half away from zero, or for a hedged quantity in the direction that
// keeps the hedge true: Qualifier.Round): 63,000 is "6.3万", 102,000,000
// "1.02亿", more than 51,234,567 "超过5,123.45万". It has no effect in
// English, which has no such words.
func Myriads() FormatOption { return func(f *Formatter) { f.myriads = true } }

// NewFormatter returns a Formatter for the supported language closest to
// tag: zh-CN gives Simplified, zh-TW and zh-HK Traditional, others English.
func NewFormatter(tag language.Tag, opts ...FormatOption) Formatter {
	lang := enum.Match(tag)
	f := Formatter{lang: lang, printer: message.NewPrinter(enum.Supported[lang])}
	for _, o := range opts {
		o(&f)
	}
	return f
}

// Tag returns the language f writes: language.English,
// language.SimplifiedChinese or language.TraditionalChinese.
func (f Formatter) Tag() language.Tag { return enum.Supported[f.lang] }

// Count writes n with digit grouping: "4,350", or with Myriads "1.12万".
func (f Formatter) Count(n int64) string {
	return f.scaled(decimal.NewFromInt(n), -1, Exact)
}

// Decimal writes d rounded half away from zero to places (places < 0 keeps
// every digit), with digit grouping: "1,234.50".
func (f Formatter) Decimal(d decimal.Decimal, places int32) string {
	return f.plain(d, places, Exact)
}

// Money writes an amount in yuan rounded to the fen by r: "¥1,000.00" in
// English, "1,000.00元" in Chinese; with Myriads "3,250万元".
func (f Formatter) Money(yuan decimal.Decimal, r Rounding) string {
	yuan = r.Fen(yuan)
	if f.lang == enum.En {
		s := f.plain(yuan, 2, Exact)
		if neg, ok := strings.CutPrefix(s, "-"); ok {
			return "-¥" + neg
		}
		return "¥" + s
	}
	return f.scaled(yuan, 2, Exact) + "元"
}

// Ratio writes r in scale s rounded half away from zero to places: "39.00%",
// "2.5‰".
func (f Formatter) Ratio(r Ratio, s Scale, places int32) string {
	return f.plain(r.In(s, places), places, Exact) + s.Sign()
}

// Quantity writes q with its qualifier and unit: "超过1亿元" (with Myriads),
// "约3,000,000元", "more than 100,000,000 yuan", "2.5‰". Every digit is
// kept, except with Myriads, where q.Qualifier.Round keeps the statement
// true. Units the library knows are translated to English; others are
// written as given.
func (f Formatter) Quantity(q Quantity) string {
	var num string
	if r, ok := q.Ratio(); ok {
		num = f.plain(r.Num(), -1, q.Qualifier) + q.Unit
	} else {
		num = f.scaled(q.Value, -1, q.Qualifier) + f.unit(q.Unit)
	}
	qual := qualifierNames.Label(q.Qualifier, f.Tag())
	if qual != "" && f.lang == enum.En {
		qual += " "
	}
	return qual + num
}

var unitsEn = map[string]string{
	"元": "yuan", "人": "people", "人次": "person-times", "名": "people",
	"个": "", "個": "", "家": "organisations", "户": "households", "戶": "households",
	"小时": "hours", "小時": "hours", "张": "beds", "張": "beds",
}

func (f Formatter) unit(u string) string {
	if f.lang != enum.En || u == "" {
		return u
	}
	if en, ok := unitsEn[u]; ok {
		if en == "" {
			return ""
		}
		return " " + en
	}
	return " " + u
}

var myriadWords = [...][3]string{{"", "万", "萬"}, {"", "亿", "億"}}

// scaled writes d rounded by q to places (places < 0 keeps every digit),
// or with Myriads in a Chinese Formatter, in 万 or 亿 rounded by q to two
// places. The word is chosen after rounding, so that 99,999,999.995 is
// "1亿", not "10,000万", and a hedge stays true: more than 99,999,999.995
// is "超过9,999.99万".
func (f Formatter) scaled(d decimal.Decimal, places int32, q Qualifier) string {
	if !f.myriads || f.lang == enum.En || f.round(d, places, q).Abs().LessThan(wan) {
		return f.plain(d, places, q)
	}
	v := q.Round(Fraction(d.Shift(-4)), 2)
	word := 0
	if v.Abs().GreaterThanOrEqual(wan) {
		v, word = q.Round(Fraction(d.Shift(-8)), 2), 1
	}
	return f.plain(v, -1, q) + myriadWords[word][f.lang]
}

var wan = decimal.New(1, 4)

// round rounds d by q to places, or keeps it whole for places < 0.
func (f Formatter) round(d decimal.Decimal, places int32, q Qualifier) decimal.Decimal {
	if places < 0 {
		return d
	}
	return q.Round(Fraction(d), places)
}

// plain writes d rounded by q to places (all digits for places < 0),
// grouping the integer part through x/text.
func (f Formatter) plain(d decimal.Decimal, places int32, q Qualifier) string {
	d = f.round(d, places, q)
	var s string
	if places >= 0 {
		s = d.Abs().StringFixed(places)
	} else {
		s = d.Abs().String()
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if i, err := strconv.ParseInt(intPart, 10, 64); err == nil {
		intPart = f.printer.Sprint(number.Decimal(i))
	}
	if hasFrac {
		intPart += "." + frac
	}
	if d.IsNegative() {
		return "-" + intPart
	}
	return intPart
}
