package metrics

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Chinese numerals as the documents write them, read exactly.
func TestParseChineseNumerals(t *testing.T) {
	for _, tc := range []struct {
		in, value, unit string
		q               Qualifier
	}{
		{"三千万元", "30000000", "元", Exact},
		{"一千二百人", "1200", "人", Exact},
		{"百分之三十九", "0.39", "%", Exact},
		{"千分之二点五", "0.0025", "‰", Exact},
		{"万分之三", "0.0003", "‱", Exact},
		{"萬分之三", "0.0003", "‱", Exact},
		{"百分之39", "0.39", "%", Exact},
		{"超过百分之五十", "0.5", "%", MoreThan},
		{"百分之八十以上", "0.8", "%", AtLeast},
		{"两千余万元", "20000000", "元", MoreThan},
		{"兩千餘萬元", "20000000", "元", MoreThan},
		{"三千余万", "30000000", "", MoreThan},
		{"三十余人", "30", "人", MoreThan},
		{"一百多人", "100", "人", MoreThan},
		{"近三十万人", "300000", "人", About},
		{"十", "10", "", Exact},
		{"十五", "15", "", Exact},
		{"二十", "20", "", Exact},
		{"一百一十", "110", "", Exact},
		{"一百零五", "105", "", Exact},
		{"一千零五十", "1050", "", Exact},
		{"一万零五百", "10500", "", Exact},
		{"三亿零五万", "300050000", "", Exact},
		{"一万五", "15000", "", Exact}, // the spoken shortening of 一万五千
		{"两百五", "250", "", Exact},
		{"一亿五", "150000000", "", Exact},
		{"一亿二千万", "120000000", "", Exact},
		{"三万亿", "3000000000000", "", Exact},
		{"二点五", "2.5", "", Exact},
		{"十二点五", "12.5", "", Exact},
		{"一百点零五", "100.05", "", Exact},
		{"一千零五点五", "1005.5", "", Exact},
		{"一万点五", "10000.5", "", Exact},
		{"一万零五点五元", "10005.5", "元", Exact},
		{"三点五万", "35000", "", Exact},
		{"一点二亿元", "120000000", "元", Exact},
		{"〇", "0", "", Exact},
		{"约零人", "0", "人", About},
		{"+5元", "5", "元", Exact},
		{"超过-5元", "-5", "元", MoreThan},
		{"零", "0", "", Exact},
		{"九千九百九十九万亿九千九百九十九亿九千九百九十九万九千九百九十九", "9999999999999999", "", Exact},
		// digits with multipliers
		{"3千万", "30000000", "", Exact},
		{"2万亿", "2000000000000", "", Exact},
		{"3千余万元", "30000000", "元", MoreThan},
		{"1亿余元", "100000000", "元", MoreThan},
		{"100多人", "100", "人", MoreThan},
		// invisible characters are dropped, as a reader sees the figure
		{"5\u200b万", "50000", "", Exact},
		{"5\ufeff万", "50000", "", Exact},
		{"\ufeff5万元", "50000", "元", Exact},
		{"5\u00ad000元", "5000", "元", Exact},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseQuantity(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.value, got.Value.String())
			assert.Equal(t, tc.unit, got.Unit)
			assert.Equal(t, tc.q, got.Qualifier)
			again, err := ParseQuantity(got.String())
			require.NoError(t, err, "String %q must parse back", got.String())
			assert.True(t, got.Equal(again), "%q → %q", got.String(), again.String())
		})
	}
}

// The inputs of issue 17 that gave silent wrong values, and malformed
// numerals: each is an error that says why.
func TestParseQuantityRejects(t *testing.T) {
	for _, tc := range []struct{ in, why string }{
		{"000\xef\xbc \x8c", "invalid UTF-8 at byte 3"},
		{"5\xef\xbc \x85", "invalid UTF-8 at byte 1"},
		{"5\xff", "invalid UTF-8 at byte 1"},
		{"5元\xff", "invalid UTF-8 at byte 4"},
		{"5 100万元", `two numbers, or a space inside a number, at "100万元"`},
		{"1 2 3", "two numbers, or a space inside a number"},
		{"1 .5", "two numbers, or a space inside a number"},
		{"5 0元", "two numbers, or a space inside a number"},
		{"5 9元", "two numbers, or a space inside a number"},
		{"5 一元", "two numbers, or a space inside a number"},
		{"5 点元", "two numbers, or a space inside a number"},
		{"一 万", "two numbers, or a space inside a number"},
		{"5 ,000", "two numbers, or a space inside a number"},
		{"1234,567人", `"1234,567" is not a number`},
		{"-,567人", `"-,567" is not a number`},
		{"1,5678人", `"1,5678" is not a number`},
		{"1,000.000,1", "commas every three digits"},
		{"三 千", "two numbers, or a space inside a number"},
		{"3百千万", `malformed multipliers at "千万"`},
		{"3万万万万", `malformed multipliers at "万万万"`},
		{"2万亿亿", "malformed multipliers"},
		{"1亿万", "malformed multipliers"},
		{"5余万余元", "余 written twice"},
		{"1约约约约约", `"约约约约约" is not a unit: qualifier 约 out of place`},
		{"5人以上以上", "qualifier 以上 out of place"},
		{"约近5人", `no number at "近5人"`},
		{"3十五", `"五" is not a unit: it starts with '五'`},
		{"5多人多", "多 written twice"},
		{"5余元余", "余 written twice"},
		{"5多多人", "多 written twice"},
		{"5元%", "holds %"},
		{"5元2", "holds a digit"},
		{"百分之5%", `"%" after %`},
		{"一千零", "零 at the end"},
		{"零零", "零 out of place at \"零\": 零 must stand"},
		{"零五", "two digits in a row"},
		{"三三", "two digits in a row"},
		{"一二三", "two digits in a row"},
		{"三十余五", "two digits in a row"},
		{"三余", "余 out of place at \"余\": 余 follows a unit"},
		{"三十余余", "余 out of place at \"余\": 余 follows a unit"},
		{"一十十", "十 out of place at \"十\": units fall"},
		{"三百千", "千 out of place at \"千\": units fall"},
		{"三千余百", "百 out of place at \"百\": units fall"},
		{"一万十五", "十 out of place at \"十五\": no digit before it"},
		{"一万二万", "万 out of place at \"万\": groups fall"},
		{"三零万", "零 out of place at \"零万\": 零 must stand"},
		{"一千五点五", "a point after 余 or a shortened number"},
		{"三十余点五", "a point after 余"},
		{"一万零五点五万", `"万" is not a unit`},
		{"二点", "no digit after the point"},
		{"二点五余余", "余 written twice"},
		{"百人", `no number at "百人"`},
		{"亿万", `no number at "亿万"`},
		{"点五", `no number at "点五"`},
	} {
		_, err := ParseQuantity(tc.in)
		require.Error(t, err, tc.in)
		assert.ErrorIs(t, err, ErrQuantity)
		assert.Contains(t, err.Error(), tc.why, tc.in)
	}
}

// A million digits were quadratic (2.8 s, 6 s for ParseRatio) and the error
// repeated them all: now the length is bounded and the error short.
func TestParseLongInput(t *testing.T) {
	long := strings.Repeat("1", 1_000_000)
	start := time.Now()
	_, err := ParseQuantity(long)
	require.ErrorIs(t, err, ErrQuantity)
	assert.Contains(t, err.Error(), "longer than 256 bytes")
	assert.Less(t, len(err.Error()), 150)
	_, err = ParseRatio(long)
	require.ErrorIs(t, err, ErrRatio)
	assert.Contains(t, err.Error(), "longer than 256 bytes")
	assert.Less(t, len(err.Error()), 150)
	assert.Less(t, time.Since(start), time.Second)

	// 256 bytes are read; the error quotes 32 of them, cut at a character.
	q, err := ParseQuantity(strings.Repeat("0", 255) + "5")
	require.NoError(t, err)
	assert.Equal(t, "5", q.Value.String())
	_, err = ParseQuantity(strings.Repeat("0", 257))
	assert.ErrorContains(t, err, `"00000000000000000000000000000000"… (257 bytes)`)
	_, err = ParseQuantity("1" + strings.Repeat("万", 90))
	assert.ErrorContains(t, err, `"1万万万万万万万万万万"… (271 bytes)`)
	_, err = ParseQuantity("1" + strings.Repeat("万", 40))
	assert.ErrorContains(t, err, `"1万万万万万万万万万万"… (121 bytes)`)
}

func TestBriefQuote(t *testing.T) {
	assert.Equal(t, `"abc"`, briefQuote("abc"))
	s32 := strings.Repeat("a", 32)
	assert.Equal(t, `"`+s32+`"`, briefQuote(s32))
	assert.Equal(t, `"`+s32+`"… (33 bytes)`, briefQuote(s32+"b"))
	// 万 is 3 bytes: 10 of them and "1" are 31 bytes, the 11th would pass 32.
	assert.Equal(t, `"1万万万万万万万万万万"… (34 bytes)`, briefQuote("1"+strings.Repeat("万", 11)))
	assert.Equal(t, `"万万万万万万万万万万"… (36 bytes)`, briefQuote(strings.Repeat("万", 12)))
	// Invalid UTF-8 has no character boundary: cut at 28 bytes, not later.
	assert.Equal(t, fmt.Sprintf("%q… (40 bytes)", strings.Repeat("\x80", 28)), briefQuote(strings.Repeat("\x80", 40)))
}

func TestParseRatioForms(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"百分之三十九", "39/100"},
		{"千分之二点五", "2.5/1000"},
		{"万分之三", "3/10000"},
		{" 4350 / 11154 ", "4350/11154"},
		{"5\u200b%", "5/100"},
		{"1万", "10000"},
		{"+5%", "5/100"},
		{"-2.5‰", "-2.5/1000"},
		{"+1/-2", "-1/2"},
	} {
		r, err := ParseRatio(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, r.String(), tc.in)
	}
	for _, tc := range []struct{ in, why string }{
		{"约5%", "a ratio is exact, not about"},
		{"5%以上", "a ratio is exact, not at-least"},
		{"5元", `unit "元" is not %, ‰ or ‱`},
		{"1 2/3", "want a quotient"},
		{"1/2 3", "want a quotient"},
		{"5\xff%", "invalid UTF-8 at byte 1"},
		{"5 5%", "two numbers"},
		{"  ", "empty"},
		{"5-%", "5-"},
		{"1+2", "1+2"},
		{"1/2-", "want a quotient"},
		{"+/2", "want a quotient"},
		{"-", `"-" is not a number`},
	} {
		_, err := ParseRatio(tc.in)
		require.ErrorIs(t, err, ErrRatio, tc.in)
		assert.Contains(t, err.Error(), tc.why, tc.in)
	}
}
