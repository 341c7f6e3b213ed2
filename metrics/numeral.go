package metrics

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"
)

// maxFigure bounds the bytes ParseQuantity and ParseRatio read. The longest
// figure a document writes ("不少于100,000,000,000.00万元以上") is under 60
// bytes; the bound keeps the work small and linear, since converting a long
// digit string to a decimal is not.
const maxFigure = 256

// A char is one character of a figure after normalisation, remembering
// whether white space came before it: a space may separate words but not
// split a number.
type char struct {
	r   rune
	gap bool
}

// normalize decodes s into chars: full-width forms folded to half-width,
// white space dropped (remembered in gap), invisible format characters
// (zero-width space, byte order mark, joiners: Unicode Cf) dropped, as a
// reader who sees only the glyphs would. Folding works on decoded runes, so
// dropping a space can never splice bytes into a new character. Invalid
// UTF-8 and a text longer than maxFigure bytes are errors.
func normalize(s string) ([]char, error) {
	if len(s) > maxFigure {
		return nil, fmt.Errorf("longer than %d bytes", maxFigure)
	}
	out := make([]char, 0, len(s))
	gap := false
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return nil, fmt.Errorf("invalid UTF-8 at byte %d", i)
			}
		}
		switch {
		case unicode.IsSpace(r):
			gap = true
			continue
		case unicode.Is(unicode.Cf, r):
			continue
		}
		if f := width.LookupRune(r).Folded(); f != 0 {
			r = f
		}
		out = append(out, char{r: r, gap: gap})
		gap = false
	}
	return out, nil
}

// brief quotes at most the first 32 bytes of s for an error message, cut at
// a character boundary, so that an error never repeats a huge input.
func briefQuote(s string) string {
	const most = 32
	if len(s) <= most {
		return fmt.Sprintf("%q", s)
	}
	n := most
	for n > most-utf8.UTFMax && !utf8.RuneStart(s[n]) {
		n--
	}
	return fmt.Sprintf("%q… (%d bytes)", s[:n], len(s))
}

// A scanner reads normalised chars.
type scanner struct {
	c []char
	i int
}

func (p *scanner) done() bool { return p.i >= len(p.c) }

// peek returns the next rune, or 0 at the end.
func (p *scanner) peek() rune {
	if p.done() {
		return 0
	}
	return p.c[p.i].r
}

// rest returns the unread chars as a string.
func (p *scanner) rest() string {
	var b strings.Builder
	for _, c := range p.c[p.i:] {
		b.WriteRune(c.r)
	}
	return b.String()
}

// cut reads word if the unread chars start with it.
func (p *scanner) cut(word string) bool {
	j := p.i
	for _, r := range word {
		if j >= len(p.c) || p.c[j].r != r {
			return false
		}
		j++
	}
	p.i = j
	return true
}

// Chinese numerals: digits, the units 十 百 千 inside a group of four
// digits, and 万 亿 between groups.
var (
	cnDigits = map[rune]int64{
		'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4,
		'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
	}
	smallUnits = map[rune]int32{'十': 1, '百': 2, '千': 3}
	bigUnits   = map[rune]int32{'万': 4, '萬': 4, '亿': 8, '億': 8}
)

func isMore(r rune) bool  { return r == '余' || r == '餘' || r == '多' }
func isPoint(r rune) bool { return r == '点' || r == '點' }

// numeralRune reports whether r can be part of a number, so that a unit
// must not start with it nor a second number follow the first.
func numeralRune(r rune) bool {
	_, d := cnDigits[r]
	_, s := smallUnits[r]
	_, b := bigUnits[r]
	return d || s || b || isPoint(r) || r >= '0' && r <= '9' || r == '.' || r == ','
}

// number reads a number, in Arabic digits with optional multipliers
// ("5100余万") or in Chinese numerals ("三千万", "二点五"), and returns its
// exact value and whether 余 or 多 ("more than") was written inside it.
func (p *scanner) number() (decimal.Decimal, bool, error) {
	var (
		v    decimal.Decimal
		more bool
		err  error
	)
	switch r := p.peek(); {
	case r == '+' || r == '-' || r == '.' || r >= '0' && r <= '9':
		v, more, err = p.arabic()
	case cnDigits[r] != 0 || r == '零' || r == '〇' || r == '十':
		v, more, err = p.chinese()
	default:
		if p.done() {
			return v, false, errors.New("no number at the end")
		}
		return v, false, fmt.Errorf("no number at %s", briefQuote(p.rest()))
	}
	if err != nil {
		return v, false, err
	}
	if !p.done() && p.c[p.i].gap && numeralRune(p.peek()) {
		return v, false, fmt.Errorf("two numbers, or a space inside a number, at %s", briefQuote(p.rest()))
	}
	return v, more, nil
}

// arabic reads a sign, digits, commas between groups of three and at most
// one point, then the multipliers after it ("3千万", "5100余万").
func (p *scanner) arabic() (decimal.Decimal, bool, error) {
	start := p.i
	var b strings.Builder
	for ; !p.done(); p.i++ {
		c := p.c[p.i]
		sign := (c.r == '-' || c.r == '+') && p.i == start
		if p.i > start && c.gap || !sign && (c.r < '0' || c.r > '9') && c.r != '.' && c.r != ',' {
			break
		}
		b.WriteRune(c.r)
	}
	num := b.String()
	v, err := parseDecimal(strings.ReplaceAll(num, ",", ""))
	if err != nil || !groupedWell(num) {
		return v, false, fmt.Errorf("%s is not a number (digits, one point, commas every three digits)", briefQuote(num))
	}
	exp, more, err := p.multipliers()
	return v.Shift(exp), more, err
}

// multipliers reads what may follow a number in digits: at most one of
// 十 百 千, then 万, then 亿, each at most once and in that order ("千万",
// "万亿"), with 余 or 多 at most once among them. It returns the power of
// ten they make and whether 余 was read.
func (p *scanner) multipliers() (int32, bool, error) {
	exp, order, more := int32(0), 0, false
	for !p.done() {
		r := p.peek()
		rank := 0
		switch {
		case isMore(r):
			if more {
				return 0, false, fmt.Errorf("%c written twice", r)
			}
			more = true
			p.i++
			continue
		case smallUnits[r] != 0:
			rank = 1
			exp += smallUnits[r]
		case bigUnits[r] == 4:
			rank = 2
			exp += 4
		case bigUnits[r] == 8:
			rank = 3
			exp += 8
		default:
			return exp, more, nil
		}
		if rank <= order {
			return 0, false, fmt.Errorf("malformed multipliers at %s (write 千万, 万亿, not 百千 or 万万)", briefQuote(p.rest()))
		}
		order = rank
		p.i++
	}
	return exp, more, nil
}

// chinese reads a number in Chinese numerals: "三千万" (3000 × 10⁴),
// "一千二百", "一百零五", "十五", "一万五" (15000, the spoken shortening),
// "两千余万", "二点五", "三点五万". Units fall from left to right within a
// group of four digits (千 百 十) and between groups (万亿 亿 万).
func (p *scanner) chinese() (decimal.Decimal, bool, error) {
	n := cnNumber{digit: none, lastSmall: 4, lastBig: noBig, lastUnit: none}
	start := p.i
	for ; !p.done() && (p.i == start || !p.c[p.i].gap); p.i++ {
		r := p.c[p.i].r
		var err error
		if d, ok := cnDigits[r]; ok {
			err = n.addDigit(d)
		} else if u := smallUnits[r]; u != 0 {
			err = n.addSmall(u, p.i == start)
		} else if u := bigUnits[r]; u != 0 {
			if u == 4 && p.i+1 < len(p.c) && bigUnits[p.c[p.i+1].r] == 8 {
				u = 12 // 万亿
				p.i++
			}
			err = n.addBig(u)
		} else if isMore(r) {
			err = n.addMore()
		} else {
			break
		}
		if err != nil {
			return decimal.Decimal{}, false, fmt.Errorf("in Chinese numerals: %c out of place at %s: %w", r, briefQuote(p.rest()), err)
		}
	}
	if err := n.finish(p.i - start); err != nil {
		return decimal.Decimal{}, false, fmt.Errorf("in Chinese numerals: %w", err)
	}
	if p.done() || !isPoint(p.peek()) {
		return decimal.NewFromInt(n.total), n.more, nil
	}
	return p.chineseFraction(n)
}

// chineseFraction reads the digits after 点 and, unless groups came
// before it, the multipliers after them: 二点五, 一千零五点五, 三点五万.
func (p *scanner) chineseFraction(n cnNumber) (decimal.Decimal, bool, error) {
	if n.more || n.shortened() {
		return decimal.Decimal{}, false, errors.New("in Chinese numerals: a point after 余 or a shortened number")
	}
	p.i++
	var frac strings.Builder
	for ; !p.done() && !p.c[p.i].gap; p.i++ {
		d, ok := cnDigits[p.c[p.i].r]
		if !ok {
			break
		}
		frac.WriteByte(byte('0' + d))
	}
	if frac.Len() == 0 {
		return decimal.Decimal{}, false, errors.New("in Chinese numerals: no digit after the point")
	}
	v := decimal.RequireFromString(fmt.Sprintf("%d.%s", n.total, frac.String()))
	if n.lastBig != noBig {
		return v, false, nil
	}
	exp, more, err := p.multipliers()
	return v.Shift(exp), more, err
}

// noBig is above every group unit: no 万 or 亿 read yet; none marks no
// pending digit and no unit yet.
const (
	noBig = 17
	none  = -1
)

// A cnNumber is a number in Chinese numerals being read.
type cnNumber struct {
	total, section int64
	digit          int64 // a digit not yet multiplied by a unit, or none
	zero           bool  // 零 since the last unit
	lastSmall      int32 // the units of a group fall: 千 百 十
	lastBig        int32 // the groups fall: 万亿 亿 万
	lastUnit       int32 // the unit just before, for "一万五"; none at the start
	more           bool  // 余 or 多 read
}

func (n *cnNumber) addDigit(d int64) error {
	switch {
	case d == 0 && (n.zero || n.digit != none || n.more):
		return errors.New("零 must stand between a unit and a digit")
	case d == 0:
		n.zero = true
	case n.digit != none || n.more || n.zero && n.lastUnit == none:
		return errors.New("two digits in a row")
	default:
		n.digit = d
	}
	return nil
}

func (n *cnNumber) addSmall(u int32, first bool) error {
	if u >= n.lastSmall || n.more {
		return errors.New("units fall: 千 百 十")
	}
	if n.digit == none {
		// 十 alone leads a number: 十五 is 15.
		if u != 1 || !first {
			return errors.New("no digit before it")
		}
		n.digit = 1
	}
	n.section += n.digit * pow10i(u)
	n.digit, n.zero, n.lastSmall, n.lastUnit = none, false, u, u
	return nil
}

func (n *cnNumber) addBig(u int32) error {
	if n.digit != none {
		n.section += n.digit
	}
	if n.section == 0 || u >= n.lastBig {
		return errors.New("groups fall: 万亿 亿 万, each after a number")
	}
	n.total += n.section * pow10i(u)
	n.section, n.digit, n.zero, n.lastSmall, n.lastBig, n.lastUnit = 0, none, false, 4, u, u
	return nil
}

func (n *cnNumber) addMore() error {
	if n.more || n.digit != none || n.zero || n.lastUnit == none {
		return errors.New("余 follows a unit, once")
	}
	n.more = true
	n.lastSmall = 0 // only 万 or 亿 may follow: 三千余万
	return nil
}

// shortened reports whether a trailing digit stands for the unit below
// the last one: 一万五 is 15000.
func (n *cnNumber) shortened() bool { return n.digit != none && !n.zero && n.lastUnit > 1 }

// finish adds the trailing digit, if any, given the number of chars read.
func (n *cnNumber) finish(read int) error {
	switch {
	case n.shortened():
		n.section += n.digit * pow10i(n.lastUnit-1)
	case n.digit != none:
		n.section += n.digit // 一百零五, 五, 十五
	case n.zero && read > 1:
		return errors.New("零 at the end")
	}
	n.total += n.section
	return nil
}

func pow10i(e int32) int64 {
	n := int64(1)
	for range e {
		n *= 10
	}
	return n
}
