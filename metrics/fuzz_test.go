package metrics

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// chineseNumeral writes n ≥ 0 in Chinese numerals the standard way:
// 一万零五百, 一亿零五万, 一千零五.
func chineseNumeral(n int64) string {
	if n == 0 {
		return "零"
	}
	const digits = "零一二三四五六七八九"
	d := []rune(digits)
	units := []string{"", "十", "百", "千"}
	bigs := []string{"", "万", "亿", "万亿"}
	var groups []int64
	for ; n > 0; n /= 10000 {
		groups = append(groups, n%10000)
	}
	var b strings.Builder
	zero, started := false, false
	for gi := len(groups) - 1; gi >= 0; gi-- {
		g := groups[gi]
		if g == 0 {
			zero = zero || started
			continue
		}
		if zero || started && g < 1000 {
			b.WriteString("零")
		}
		zero = false
		inner, wrote := false, false
		for pos := 3; pos >= 0; pos-- {
			x := g / pow10i(int32(pos)) % 10
			if x == 0 {
				inner = inner || wrote && g%pow10i(int32(pos)) != 0
				continue
			}
			if inner {
				b.WriteString("零")
				inner = false
			}
			b.WriteRune(d[x])
			b.WriteString(units[pos])
			wrote = true
		}
		b.WriteString(bigs[gi])
		started = true
	}
	return b.String()
}

func TestChineseNumeralWriter(t *testing.T) {
	for n, want := range map[int64]string{
		0: "零", 10: "一十", 105: "一百零五", 1005: "一千零五", 1050: "一千零五十", 10500: "一万零五百",
		300050000: "三亿零五万", 100000005: "一亿零五", 1000000000005: "一万亿零五", 120000000: "一亿二千万",
	} {
		if got := chineseNumeral(n); got != want {
			t.Errorf("%d: %s, want %s", n, got, want)
		}
	}
}

var (
	fuzzUnits    = []string{"", "元", "人", "人次", "个", "名", "家", "%", "‰", "‱"}
	fuzzSuffixes = []string{"以上", "以下", "左右", "余"}
)

// validQuantity builds a valid figure from fuzzed numbers: n scaled by
// 10^-places, written in one of several forms, with a qualifier and unit.
// It returns the text and the quantity it must parse to.
func validQuantity(n int64, places, qual, unit, form uint8) (string, Quantity) {
	q := Quantity{Value: decimal.New(n, -int32(places%6)), Unit: fuzzUnits[int(unit)%len(fuzzUnits)], Qualifier: Qualifier(qual % 6)}
	var text string
	switch form % 6 {
	case 0: // the canonical form
		return q.String(), q
	case 1: // grouped digits, in either script
		f := []Formatter{hans, hant}[form/6%2]
		text = f.Quantity(q)
	case 2: // full width
		text = width.Widen.String(q.String())
	case 3: // Chinese numerals (below 10¹⁶), with 百分之 for a ratio
		n = max(n%1e16, -(n % 1e16))
		q.Value = decimal.NewFromInt(n)
		num := chineseNumeral(n)
		if q.Qualifier == MoreThan && form/6%2 == 1 && strings.ContainsAny(num[len(num)-3:], "十百千万亿") {
			num += "余" // 一千余
		}
		switch q.Unit {
		case "%", "‰", "‱":
			prefix := map[string]string{"%": "百分之", "‰": "千分之", "‱": "万分之"}[q.Unit]
			q.Value = q.Value.Shift(-map[string]int32{"%": 2, "‰": 3, "‱": 4}[q.Unit])
			return qualifierNames.Label(q.Qualifier, language.SimplifiedChinese) + prefix + num, q
		}
		return qualifierNames.Label(q.Qualifier, language.SimplifiedChinese) + num + q.Unit, q
	case 4: // digits and a multiplier, with spaces between the words
		mult := []string{"十", "百", "千", "万", "亿", "千万", "万亿"}[form/6%7]
		exp := map[string]int32{"十": 1, "百": 2, "千": 3, "万": 4, "亿": 8, "千万": 7, "万亿": 12}[mult]
		v := decimal.New(n%1_000_000, -int32(places%3))
		q.Value = v.Shift(exp)
		if r, ok := q.Ratio(); ok {
			_ = r
			q.Unit = "元"
		}
		return qualifierNames.Label(q.Qualifier, language.TraditionalChinese) + " " + v.String() + " " + mult + " " + q.Unit, q
	default: // a qualifier word at the end
		w := fuzzSuffixes[int(form/6)%len(fuzzSuffixes)]
		q.Qualifier = map[string]Qualifier{"以上": AtLeast, "以下": AtMost, "左右": About, "余": MoreThan}[w]
		v := q.Value
		if r, ok := q.Ratio(); ok {
			v = r.Num()
		}
		return v.String() + q.Unit + w, q
	}
	return text, q
}

// checkQuantity checks the properties of any parsed quantity: its String
// and its plain localised forms read back to it.
func checkQuantity(t *testing.T, in string, q Quantity) {
	t.Helper()
	back, err := ParseQuantity(q.String())
	if err != nil || !back.Equal(q) {
		t.Fatalf("%q → %+v → %q → %+v, %v", in, q, q.String(), back, err)
	}
	for _, f := range []Formatter{hans, hant} {
		loc, err := ParseQuantity(f.Quantity(q))
		if err != nil || !loc.Equal(q) {
			t.Fatalf("%q → %q → %+v, %v", in, f.Quantity(q), loc, err)
		}
	}
}

func FuzzParseQuantity(f *testing.F) {
	for i, s := range []string{
		"6.3 万人", "1.2万人次", "3250 万元", "1 亿元", "5100余万元", "近300万余元",
		"超过 1 亿元", "80%以上", "2.5‰", "4350 个", "１２，０００人", "1,102个",
		"约", "11,02", "-0.5‱", "不少于5000人以上", "1.", ".5万", "1亿,AA", "2万.人",
		"000\xef\xbc \x8c", "5\xef\xbc \x85", "5\xff", "5\u200b万", "5 100万元", "1 2 3",
		"3百千万", "3万万万万", "1约约约约约", "三千万元", "一千二百人", "百分之三十九", "千分之二点五",
		"两千余万元", "一万零五百", "十五",
	} {
		f.Add(s, int64(i*7919-50000), uint8(i), uint8(i), uint8(i), uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, n int64, places, qual, unit, form uint8) {
		q, err := ParseQuantity(s)
		if err != nil {
			if !strings.Contains(err.Error(), "invalid quantity") {
				t.Fatalf("error %q does not say what is invalid", err)
			}
			if len(err.Error()) > 500 {
				t.Fatalf("error of %d bytes", len(err.Error()))
			}
		} else {
			checkQuantity(t, s, q)
		}
		text, want := validQuantity(n, places, qual, unit, form)
		got, err := ParseQuantity(text)
		if err != nil || !got.Equal(want) {
			t.Fatalf("%q → %+v, %v; want %+v", text, got, err, want)
		}
		checkQuantity(t, text, got)
	})
}

func FuzzParseRatio(f *testing.F) {
	for i, s := range []string{"39%", "2.5‰", "3‱", "4350/11154", "0.0025", "1/-2", "１/３", "百分之三十九", "千分之二点五", "约5%", "5\xff%"} {
		f.Add(s, int64(i*104729-3), int64(i-4), uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, num, den int64, form uint8) {
		if r, err := ParseRatio(s); err == nil {
			checkRatio(t, s, r)
		} else if !strings.Contains(err.Error(), "invalid ratio") || len(err.Error()) > 500 {
			t.Fatalf("error %q", err)
		}
		// Valid ratios from the fuzzed numbers, in every form.
		d := decimal.New(num, -int32(form%5))
		var text string
		var want Ratio
		switch form % 4 {
		case 0:
			if den == 0 {
				den = 1
			}
			want, _ = NewRatio(d, decimal.NewFromInt(den))
			text = d.String() + " / " + decimal.NewFromInt(den).String()
		case 1:
			sc := Scale(form / 4 % 3)
			want, text = Scaled(d, sc), width.Widen.String(d.String())+sc.Sign()
		case 2:
			want, text = Fraction(d), d.String()
		default:
			v := max(num%1e16, -(num % 1e16))
			sc := Scale(form / 4 % 3)
			want = Scaled(decimal.NewFromInt(v), sc)
			text = []string{"百分之", "千分之", "万分之"}[sc] + chineseNumeral(v)
		}
		r, err := ParseRatio(text)
		if err != nil || !r.Equal(want) {
			t.Fatalf("%q → %s, %v; want %s", text, r, err, want)
		}
		checkRatio(t, text, r)
	})
}

func checkRatio(t *testing.T, in string, r Ratio) {
	t.Helper()
	if r.Den().Sign() <= 0 {
		t.Fatalf("%q: denominator %s not positive", in, r.Den())
	}
	back, err := ParseRatio(r.String())
	if err != nil || !back.Equal(r) {
		t.Fatalf("%q → %s → %s, %v", in, r, back, err)
	}
}

// FuzzFormatter checks that every statement a Chinese Formatter prints of
// a quantity, with or without 万/亿, reads back to a statement that holds
// of it, and that English never panics and keeps the qualifier.
func FuzzFormatter(f *testing.F) {
	f.Add(int64(9999999999995), uint8(5), uint8(2), uint8(1))
	f.Add(int64(51234567), uint8(0), uint8(4), uint8(0))
	f.Add(int64(-1), uint8(3), uint8(1), uint8(7))
	f.Fuzz(func(t *testing.T, n int64, places, qual, unit uint8) {
		q := Quantity{Value: decimal.New(n, -int32(places%8)), Unit: fuzzUnits[int(unit)%len(fuzzUnits)], Qualifier: Qualifier(qual % 6)}
		for _, fm := range []Formatter{hans, hant, hansM, hantM} {
			s := fm.Quantity(q)
			got, err := ParseQuantity(s)
			if err != nil || got.Qualifier != q.Qualifier || got.Unit != q.Unit {
				t.Fatalf("%+v → %q → %+v, %v", q, s, got, err)
			}
			last := int32(-1)
			switch {
			case strings.ContainsAny(s, "亿億"):
				last = -6
			case strings.ContainsAny(s, "万萬"):
				last = -2
			}
			if last == -1 {
				if !got.Equal(q) {
					t.Fatalf("%+v → %q → %+v", q, s, got)
				}
				continue
			}
			if err := holds(q.Qualifier, got.Value, Fraction(q.Value), last); err != nil {
				t.Fatalf("%q: %v", s, err)
			}
		}
		for _, fm := range []Formatter{en, enM} {
			if s := fm.Quantity(q); !strings.HasPrefix(s, qualifierNames.Label(q.Qualifier, language.English)) {
				t.Fatalf("%+v → %q", q, s)
			}
		}
	})
}
