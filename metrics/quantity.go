package metrics

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"golang.org/x/text/width"

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
	magnitudes = map[rune]int32{'十': 1, '百': 2, '千': 3, '万': 4, '萬': 4, '亿': 8, '億': 8}
)

// ParseQuantity reads a figure the way the documents write it: "6.3 万人",
// "1.2万人次", "3250 万元", "1 亿元", "5100余万元", "近300万余元", "超过 1 亿元",
// "80%以上", "2.5‰", "4350 个", "1,102", in half- or full-width characters.
// 万 and 亿 (萬, 億) scale the value, and so do 十, 百 and 千 after a number
// ("3千"). A text with two qualifiers keeps the hedged one when either is
// "about" (近300万余元 is about 3 million: 近 and 余 pull opposite ways, so
// only "about" is safe) and is an error when they contradict otherwise.
func ParseQuantity(s string) (Quantity, error) {
	t := strings.Join(strings.FieldsFunc(width.Fold.String(s), unicode.IsSpace), "")
	bad := func(part, why string) (Quantity, error) {
		return Quantity{}, fmt.Errorf("%w %q: %s: %s", ErrQuantity, s, part, why)
	}
	t, quals := cutWords(t, prefixWords, strings.CutPrefix, nil)
	n := numberPrefix(t)
	if n == 0 {
		return bad("number", "no number at "+quoteRest(t))
	}
	v, err := parseDecimal(strings.ReplaceAll(t[:n], ",", ""))
	if err != nil || !groupedWell(t[:n]) {
		return bad("number", fmt.Sprintf("%q is not a number (digits, one point, commas every three digits)", t[:n]))
	}
	t = t[n:]
	var exp int32
	for t != "" {
		r, size := utf8.DecodeRuneInString(t)
		if m, ok := magnitudes[r]; ok {
			exp += m
		} else if r == '余' || r == '餘' || r == '多' {
			quals = append(quals, MoreThan)
		} else {
			break
		}
		t = t[size:]
	}
	if exp > 16 {
		return bad("magnitude", "more than 10¹⁶ (万亿亿)")
	}
	v = v.Shift(exp)
	var unit string
	for i, sign := range scaleSigns {
		if rest, ok := strings.CutPrefix(t, sign); ok {
			t, unit = rest, sign
			v = v.Div(scaleFactors[i]) // exact: a power of ten
			break
		}
	}
	t, quals = cutWords(t, suffixWords, strings.CutSuffix, quals)
	if unit == "" {
		unit = t
	} else if t != "" {
		return bad("unit", fmt.Sprintf("%q after %s", t, unit))
	}
	// A unit that holds a digit or starts with a comma or point would be
	// read back as part of the number.
	if strings.ContainsFunc(unit, unicode.IsDigit) || strings.HasPrefix(unit, ",") || strings.HasPrefix(unit, ".") {
		return bad("unit", fmt.Sprintf("%q is not a unit", unit))
	}
	q, err := combine(quals)
	if err != nil {
		return bad("qualifier", err.Error())
	}
	return Quantity{Value: v, Unit: unit, Qualifier: q}, nil
}

// cutWords cuts words from t with cut for as long as one matches, adding
// the qualifier of each to quals.
func cutWords(t string, words []qualWord, cut func(s, word string) (string, bool), quals []Qualifier) (string, []Qualifier) {
	for again := true; again; {
		again = false
		for _, w := range words {
			if rest, ok := cut(t, w.word); ok {
				t, again = rest, true
				quals = append(quals, w.q)
				break
			}
		}
	}
	return t, quals
}

// numberPrefix returns the length of the leading run of t that can belong
// to a number: a sign, digits, commas and points.
func numberPrefix(t string) int {
	i := 0
	if i < len(t) && (t[i] == '-' || t[i] == '+') {
		i++
	}
	start := i
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.' || t[i] == ',') {
		i++
	}
	if i == start {
		return 0
	}
	return i
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

func quoteRest(t string) string {
	if t == "" {
		return "the end"
	}
	return fmt.Sprintf("%q", t)
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
