package metrics

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

var (
	en    = NewFormatter(language.English)
	hans  = NewFormatter(language.MustParse("zh-CN"))
	hant  = NewFormatter(language.MustParse("zh-TW"))
	hansM = NewFormatter(language.SimplifiedChinese, Myriads())
	hantM = NewFormatter(language.MustParse("zh-HK"), Myriads())
	enM   = NewFormatter(language.English, Myriads())
)

func TestFormatterLang(t *testing.T) {
	assert.Equal(t, language.English, en.Tag())
	assert.Equal(t, language.SimplifiedChinese, hans.Tag())
	assert.Equal(t, language.TraditionalChinese, hantM.Tag())
	assert.Equal(t, language.TraditionalChinese, hant.Tag())
	assert.Equal(t, language.English, NewFormatter(language.French).Tag())
}

func TestFormatCount(t *testing.T) {
	for _, tc := range []struct {
		f    Formatter
		n    int64
		want string
	}{
		{en, 4350, "4,350"},
		{hans, 11154, "11,154"},
		{en, -2_000_000, "-2,000,000"},
		{hansM, 63000, "6.3万"},
		{hansM, 4350, "4,350"},
		{hansM, 102_000_000, "1.02亿"},
		{hantM, 102_000_000, "1.02億"},
		{hantM, 17439, "1.74萬"},
		{hansM, 15_555_000_000, "155.55亿"},
		{enM, 63000, "63,000"},
	} {
		assert.Equal(t, tc.want, tc.f.Count(tc.n))
	}
}

func TestFormatMoney(t *testing.T) {
	for _, tc := range []struct {
		f    Formatter
		yuan string
		r    Rounding
		want string
	}{
		{en, "1000", HalfUp, "¥1,000.00"},
		{en, "-12.345", HalfUp, "-¥12.35"},
		{en, "-12.345", HalfEven, "-¥12.34"},
		{hans, "333333.335", Down, "333,333.33元"},
		{hant, "50000", HalfUp, "50,000.00元"},
		{hansM, "32500000", HalfUp, "3,250万元"},
		{hansM, "100000000", HalfUp, "1亿元"},
		{hansM, "9999.99", HalfUp, "9,999.99元"},
	} {
		assert.Equal(t, tc.want, tc.f.Money(dec(tc.yuan), tc.r))
	}
}

func TestFormatRatioAndDecimal(t *testing.T) {
	r, _ := RatioOf(4350, 11154)
	assert.Equal(t, "39.00%", hans.Ratio(r, Percent, 2))
	assert.Equal(t, "2.5‰", en.Ratio(Fraction(dec("0.0025")), PerMille, 1))
	big, _ := RatioOf(12345, 10)
	assert.Equal(t, "123,450%", en.Ratio(big, Percent, 0))
	assert.Equal(t, "1,234.50", en.Decimal(dec("1234.5"), 2))
	assert.Equal(t, "1,234.5", en.Decimal(dec("1234.5"), -1))
	assert.Equal(t, "0.00", en.Decimal(dec("-0.001"), 2), "a value rounded to zero has no sign")
	assert.Equal(t, "123456789012345678901", en.Decimal(dec("123456789012345678901"), -1), "beyond int64: ungrouped, every digit kept")
}

func TestFormatQuantity(t *testing.T) {
	for _, tc := range []struct {
		f    Formatter
		in   string
		want string
	}{
		{hansM, "超过 1 亿元", "超过1亿元"},
		{hantM, "近300万余元", "約300萬元"},
		{hans, "近300万余元", "约3,000,000元"},
		{en, "超过 1 亿元", "more than 100,000,000 yuan"},
		{en, "80%以上", "at least 80%"},
		{en, "2.5‰", "2.5‰"},
		{en, "4350 个", "4,350"},
		{en, "1.2万人次", "12,000 person-times"},
		{en, "36个项目", "36 个项目"},
		{hansM, "6.3 万人", "6.3万人"},
		{en, "不足 100 人", "fewer than 100 people"},
	} {
		q, err := ParseQuantity(tc.in)
		if assert.NoError(t, err) {
			assert.Equal(t, tc.want, tc.f.Quantity(q), tc.in)
		}
	}
}

func TestLabelLanguages(t *testing.T) {
	assert.Equal(t, "不少於", AtLeastValue.Label(language.MustParse("zh-HK")))
	assert.Equal(t, "不少於", AtLeastValue.Label(language.MustParse("zh-TW")))
	assert.Equal(t, "不少于", AtLeastValue.Label(language.MustParse("zh-CN")))
	assert.Equal(t, "不少于", AtLeastValue.Label(language.Chinese))
	assert.Equal(t, "at least", AtLeastValue.Label(language.German))
	assert.Equal(t, "at least", AtLeastValue.Label(language.MustParse("en-US")))
}
