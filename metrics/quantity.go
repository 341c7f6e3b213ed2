package metrics

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
)

// A Qualifier says how a written figure relates to the true one: "5100余万"
// is more than 51 million, "近300万" about 3 million.
type Qualifier uint8

// The qualifiers. Exact is the zero value.
const (
	Exact     Qualifier = iota // no qualifier
	About                      // 近, 约, 左右: about, nearly
	MoreThan                   // 余, 多, 超过, 逾: more than
	AtLeast                    // 以上, 不少于, 至少: at least (以上 includes the figure)
	FewerThan                  // 不足, 不到, 少于: fewer than
	AtMost                     // 以下, 不超过: at most
)

var qualifierNames = enum.New[Qualifier]("qualifier",
	enum.Name{Text: "exact", En: "", Hans: "", Hant: ""},
	enum.Name{Text: "about", En: "about", Hans: "约", Hant: "約"},
	enum.Name{Text: "more-than", En: "more than", Hans: "超过", Hant: "超過"},
	enum.Name{Text: "at-least", En: "at least", Hans: "不少于", Hant: "不少於"},
	enum.Name{Text: "fewer-than", En: "fewer than", Hans: "不足", Hant: "不足"},
	enum.Name{Text: "at-most", En: "at most", Hans: "不超过", Hant: "不超過"},
)

func (q Qualifier) String() string { return qualifierNames.String(q) }

// MarshalText encodes q as its machine name, such as "more-than".
func (q Qualifier) MarshalText() ([]byte, error) { return qualifierNames.Marshal(q) }

// UnmarshalText decodes a machine name or a Chinese label.
func (q *Qualifier) UnmarshalText(b []byte) error { return enum.Unmarshal(qualifierNames, q, b) }

// Plus returns the qualifier of x + y when x carries q and y carries o:
// an exact term keeps the other's qualifier, bounds on the same side add
// up to a (strict) bound on that side, anything else is About. "More than
// 100 million" plus "nearly 25 million" is about 125 million.
func (q Qualifier) Plus(o Qualifier) Qualifier {
	switch {
	case q == o || o == Exact:
		return q
	case q == Exact:
		return o
	case q.lower() && o.lower():
		return MoreThan
	case q.upper() && o.upper():
		return FewerThan
	}
	return About
}

func (q Qualifier) lower() bool { return q == MoreThan || q == AtLeast }
func (q Qualifier) upper() bool { return q == FewerThan || q == AtMost }

// Opposite returns the qualifier of −x, or of 1/x for positive x, when x
// carries q: a lower bound becomes an upper bound.
func (q Qualifier) Opposite() Qualifier {
	switch q {
	case MoreThan:
		return FewerThan
	case FewerThan:
		return MoreThan
	case AtLeast:
		return AtMost
	case AtMost:
		return AtLeast
	case Exact, About:
	}
	return q
}

// Approximate reports whether a figure with q is not known exactly.
func (q Qualifier) Approximate() bool { return q != Exact }

// A Quantity is a figure as a policy text writes it: an exact value, its
// unit and how the figure relates to the truth. "5100余万元" is
// {51000000, "元", MoreThan}. For a figure with %, ‰ or ‱ the value is the
// fraction and the unit the sign: "2.5‰" is {0.0025, "‰", Exact}.
type Quantity struct {
	Value     decimal.Decimal `json:"value"`
	Unit      string          `json:"unit,omitempty"`
	Qualifier Qualifier       `json:"qualifier,omitzero"`
}

// ErrQuantity is wrapped by every error of ParseQuantity.
var ErrQuantity = errors.New("invalid quantity")

// A qualWord is a word that qualifies a figure, such as 近 or 以上.
type qualWord struct {
	word string
	q    Qualifier
}

// Qualifier words, longest first within each list so that 不少于 is not
// read as 不… and 大约 not as 约 followed by junk.
var (
	prefixWords = []qualWord{
		{"不少于", AtLeast}, {"不低于", AtLeast}, {"不少於", AtLeast}, {"不低於", AtLeast},
		{"不超过", AtMost}, {"不超過", AtMost}, {"不高于", AtMost}, {"不高於", AtMost},
		{"不足", FewerThan}, {"不到", FewerThan}, {"少于", FewerThan}, {"少於", FewerThan},
		{"超过", MoreThan}, {"超過", MoreThan}, {"多于", MoreThan}, {"多於", MoreThan},
		{"大约", About}, {"大約", About}, {"将近", About}, {"將近", About},
		{"至少", AtLeast}, {"近", About}, {"约", About}, {"約", About}, {"逾", MoreThan},
	}
	suffixWords = []qualWord{
		{"以上", AtLeast}, {"以下", AtMost}, {"左右", About},
		{"余", MoreThan}, {"餘", MoreThan}, {"多", MoreThan},
	}
	// Words that write a ratio before its number: 百分之三十九 is 39%.
	ratioWords = []struct {
		word  string
		scale Scale
	}{{"百分之", Percent}, {"千分之", PerMille}, {"万分之", PerTenThousand}, {"萬分之", PerTenThousand}}
	scaleExps = [...]int32{2, 3, 4}
)

// ParseQuantity reads a figure the way the documents write it: "6.3 万人",
// "1.2万人次", "3250 万元", "1 亿元", "5100余万元", "近300万余元", "超过 1 亿元",
// "80%以上", "2.5‰", "4350 个", "1,102", in half- or full-width characters,
// and in Chinese numerals: "三千万元", "一千二百人", "两千余万元", "十五",
// "一百零五", "一万五" (15000), "三点五万", "百分之三十九", "千分之二点五",
// "万分之三". The value is exact.
//
// After a number in digits, 十, 百 or 千 (at most one), then 万, then 亿
// scale it ("3千万", "2万亿"); "3百千万" and "3万万" are errors. One
// qualifier word may stand before the number (近, 超过, 不少于…), one 余 or
// 多 among its multipliers and one word at the end (以上, 以下, 左右, 余);
// a text with two qualifiers keeps the hedged one when either is "about"
// (近300万余元 is about 3 million: 近 and 余 pull opposite ways, so only
// "about" is safe) and is an error when they contradict otherwise.
// Whatever follows is the unit, which must hold no digit, numeral or
// qualifier word.
//
// White space may separate the words but not split a number: "5 100万元"
// is an error, not 51 million. Invisible format characters (zero-width
// space, byte order mark) are dropped. Invalid UTF-8 and texts longer than
// 256 bytes are errors; errors quote at most the first 32 bytes.
func ParseQuantity(s string) (Quantity, error) {
	q, err := parseFigure(s)
	if err != nil {
		return Quantity{}, fmt.Errorf("%w %s: %w", ErrQuantity, briefQuote(s), err)
	}
	return q, nil
}

// parseFigure is ParseQuantity with errors that do not quote s.
func parseFigure(s string) (Quantity, error) {
	bad := func(part string, err error) (Quantity, error) {
		return Quantity{}, fmt.Errorf("%s: %w", part, err)
	}
	c, err := normalize(s)
	if err != nil {
		return bad("text", err)
	}
	p := &scanner{c: c}
	var quals []Qualifier
	for _, w := range prefixWords {
		if p.cut(w.word) {
			quals = append(quals, w.q)
			break
		}
	}
	scale := -1
	for _, w := range ratioWords {
		if p.cut(w.word) {
			scale = int(w.scale)
			break
		}
	}
	v, more, err := p.number()
	if err != nil {
		return bad("number", err)
	}
	if more {
		quals = append(quals, MoreThan)
	}
	if scale < 0 {
		for i, sign := range scaleSigns {
			if p.cut(sign) {
				scale = i
				break
			}
		}
	}
	t := p.rest()
	for _, w := range suffixWords {
		if rest, ok := strings.CutSuffix(t, w.word); ok {
			if more && isMore([]rune(w.word)[0]) {
				return bad("qualifier", fmt.Errorf("%s written twice", w.word))
			}
			t = rest
			quals = append(quals, w.q)
			break
		}
	}
	unit := t
	if scale >= 0 {
		unit = scaleSigns[scale]
		v = v.Shift(-scaleExps[scale]) // the value of a ratio is the fraction
		if t != "" {
			return bad("unit", fmt.Errorf("%s after %s", briefQuote(t), unit))
		}
	} else if err := checkUnit(unit); err != nil {
		return bad("unit", err)
	}
	q, err := combine(quals)
	if err != nil {
		return bad("qualifier", err)
	}
	return Quantity{Value: v, Unit: unit, Qualifier: q}, nil
}

// checkUnit reports why u cannot be a unit: it would be read back as part
// of the number or as a qualifier, or it holds a ratio sign.
func checkUnit(u string) error {
	if u == "" {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(u); numeralRune(r) || isMore(r) {
		return fmt.Errorf("%s is not a unit: it starts with %q", briefQuote(u), r)
	}
	if strings.ContainsFunc(u, unicode.IsDigit) {
		return fmt.Errorf("%s is not a unit: it holds a digit", briefQuote(u))
	}
	for _, sign := range scaleSigns {
		if strings.Contains(u, sign) {
			return fmt.Errorf("%s is not a unit: it holds %s", briefQuote(u), sign)
		}
	}
	for _, ws := range [][]qualWord{prefixWords, suffixWords} {
		for _, w := range ws {
			if strings.Contains(u, w.word) {
				return fmt.Errorf("%s is not a unit: qualifier %s out of place", briefQuote(u), w.word)
			}
		}
	}
	return nil
}

// groupedWell reports whether the commas of a number, if any, separate
// groups of exactly three digits before the point: "1,102" but not "11,02".
func groupedWell(num string) bool {
	intPart, frac, _ := strings.Cut(strings.TrimLeft(num, "+-"), ".")
	if strings.Contains(frac, ",") {
		return false
	}
	groups := strings.Split(intPart, ",")
	for i, g := range groups {
		if i > 0 && len(g) != 3 || i == 0 && len(groups) > 1 && (g == "" || len(g) > 3) {
			return false
		}
	}
	return true
}

// combine merges the qualifiers written around one figure.
func combine(qs []Qualifier) (Qualifier, error) {
	q := Exact
	for _, x := range qs {
		switch {
		case x == q || q == About:
		case x == About || q == Exact:
			q = x
		default:
			return Exact, fmt.Errorf("%s and %s contradict each other", q, x)
		}
	}
	return q, nil
}

// Ratio returns a figure written with %, ‰ or ‱ as a Ratio in its scale,
// and false for any other unit.
func (q Quantity) Ratio() (Ratio, bool) {
	for i, sign := range scaleSigns {
		if q.Unit == sign {
			return Scaled(q.Value.Mul(scaleFactors[i]), Scale(i)), true
		}
	}
	return Ratio{}, false
}

// Equal reports whether q and o have equal values, units and qualifiers.
func (q Quantity) Equal(o Quantity) bool {
	return q.Value.Equal(o.Value) && q.Unit == o.Unit && q.Qualifier == o.Qualifier
}

// String writes q in the plain Chinese form ParseQuantity reads back to an
// equal Quantity: "超过100000000元", "约3000000元", "2.5‰".
func (q Quantity) String() string {
	v := q.Value
	if r, ok := q.Ratio(); ok {
		v = r.Num()
	}
	return qualifierNames.Label(q.Qualifier, language.SimplifiedChinese) + v.String() + q.Unit
}
