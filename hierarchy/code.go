package hierarchy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A Code is a statistical division code (统计用区划代码) held as its
// 12-digit value: province 2 digits, prefecture 2, county 2, township 3,
// village 3, lower parts zero for higher units. Codes compare as numbers,
// and numeric order is the order of the published lists: every unit sorts
// right after its parent and before its parent's next sibling. The zero Code
// means no code.
type Code uint64

// ErrCode is wrapped by errors about a malformed or impossible division
// code.
var ErrCode = errors.New("invalid division code")

const maxCode = 999_999_999_999

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12}

// levelDigits is the number of significant digits of a code of each level:
// the length of its short form.
var levelDigits = [numLevels]int{LevelProvince: 2, LevelCity: 4, LevelCounty: 6, LevelTownship: 9, LevelCommunity: 12}

// ParseCode reads a division code in its full 12-digit form or in the short
// forms data sets use: 6 digits for a county, 9 for a township, 12 for a
// village-level unit (2 and 4 digits for provinces and prefectures are
// accepted too). Full-width digits (０–９) and surrounding spaces are
// accepted. Errors quote the input and say what is wrong with it.
func ParseCode(s string) (Code, error) {
	text := strings.TrimSpace(s)
	var v uint64
	n := 0
	for i, r := range text {
		switch {
		case r >= '0' && r <= '9':
			r -= '0'
		case r >= '０' && r <= '９':
			r -= '０'
		default:
			return 0, fmt.Errorf("%w %q: %q at byte %d is not a digit", ErrCode, s, r, i)
		}
		if n == 12 {
			return 0, fmt.Errorf("%w %q: more than 12 digits", ErrCode, s)
		}
		v = v*10 + uint64(r)
		n++
	}
	switch n {
	case 2, 4, 6, 9, 12:
	case 0:
		return 0, fmt.Errorf("%w %q: empty", ErrCode, s)
	default:
		return 0, fmt.Errorf("%w %q: %d digits; want 6 (county), 9 (township) or 12 (village), or 2 or 4", ErrCode, s, n)
	}
	c := Code(v * pow10[12-n])
	if reason := c.problem(); reason != "" {
		return 0, fmt.Errorf("%w %q: %s", ErrCode, s, reason)
	}
	return c, nil
}

// MustParseCode is ParseCode for codes written in source code, such as
// those of tests and examples; it panics on a code ParseCode rejects.
func MustParseCode(s string) Code {
	c, err := ParseCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// NewCode returns the code of the given parts, each zero below the unit's
// level: NewCode(50, 1, 1, 1, 0) is the township 500101001.
func NewCode(province, prefecture, county, township, village int) (Code, error) {
	parts := [...]struct {
		name  string
		v     int
		limit int
	}{{"province", province, 99}, {"prefecture", prefecture, 99}, {"county", county, 99}, {"township", township, 999}, {"village", village, 999}}
	var v uint64
	for _, p := range parts {
		if p.v < 0 || p.v > p.limit {
			return 0, fmt.Errorf("%w: %s part %d outside 0..%d", ErrCode, p.name, p.v, p.limit)
		}
		v = v*uint64(p.limit+1) + uint64(p.v)
	}
	c := Code(v)
	if reason := c.problem(); reason != "" {
		return 0, fmt.Errorf("%w %s: %s", ErrCode, c.Full(), reason)
	}
	return c, nil
}

// problem returns why c is not a code, or "" if it is one. The checks run
// for every record of a national build, so the common case is a few
// multiplications.
func (c Code) problem() string {
	if c > maxCode {
		return "more than 12 digits"
	}
	if c < 1e10 {
		return "province part is 00"
	}
	below := c % 1e10
	if (below/1e8 != 0 || below%1e8 == 0) && (below/1e6%100 != 0 || below%1e6 == 0) && (below/1e3%1000 != 0 || below%1e3 == 0) {
		return ""
	}
	parts := [...]struct {
		name string
		v    int
	}{{"prefecture", c.Prefecture()}, {"county", c.County()}, {"township", c.Township()}, {"village", c.Village()}}
	for i := 1; ; i++ {
		if parts[i-1].v == 0 && parts[i].v != 0 {
			return fmt.Sprintf("%s part is zero but %s part is %d", parts[i-1].name, parts[i].name, parts[i].v)
		}
	}
}

// Valid reports whether c is a well-formed code.
func (c Code) Valid() bool { return c.problem() == "" }

// Level returns the level of the unit c names, found from its trailing
// zero parts, or LevelUnspecified for an invalid code.
func (c Code) Level() Level {
	if !c.Valid() {
		return LevelUnspecified
	}
	return c.level()
}

// level is Level for a code known to be valid.
func (c Code) level() Level {
	switch {
	case c%1000 != 0:
		return LevelCommunity
	case c%1e6 != 0:
		return LevelTownship
	case c%1e8 != 0:
		return LevelCounty
	case c%1e10 != 0:
		return LevelCity
	}
	return LevelProvince
}

// Province returns the two-digit province part, 50 for Chongqing.
func (c Code) Province() int { return int(c / 1e10) }

// Prefecture returns the two-digit prefecture part.
func (c Code) Prefecture() int { return int(c / 1e8 % 100) }

// County returns the two-digit county part (GB/T 2260 digits 5–6).
func (c Code) County() int { return int(c / 1e6 % 100) }

// Township returns the three-digit township part (digits 7–9).
func (c Code) Township() int { return int(c / 1e3 % 1000) }

// Village returns the three-digit village part (digits 10–12).
func (c Code) Village() int { return int(c % 1000) }

// Truncate returns the code of c's ancestor at level l, or c itself when l
// is c's level or below it or is not a level.
func (c Code) Truncate(l Level) Code {
	if !l.Valid() || l >= c.Level() {
		return c
	}
	p := Code(pow10[12-levelDigits[l]])
	return c / p * p
}

// Parent returns the code one level up (a county's parent is its
// prefecture, 500100 for 500101 even though Chongqing's lists leave that
// row out), or zero for a province or an invalid code.
func (c Code) Parent() Code {
	l := c.Level()
	if l <= LevelProvince {
		return 0
	}
	return c.Truncate(l - 1)
}

// Contains reports whether d is c or lies under c.
func (c Code) Contains(d Code) bool {
	l := c.Level()
	return l != LevelUnspecified && d.Level() >= l && d.Truncate(l) == c
}

// ErrClass is wrapped by errors about a code whose digits fall outside
// every class range, so that a unit's kind cannot be read from it.
var ErrClass = errors.New("no class for division code")

// Class returns the unit kind the ranges of the code imply (domain.md,
// "Real division codes"): county part 01–20 district, 21–80 county, 81–99
// county-level city; township part 001–099 subdistrict, 100–199 town,
// 200–399 township, 400–599 similar unit; village part 001–199 residents'
// committee, 200–399 villagers' committee, 400–499 and 500–599 units
// similar to them. Banners, sumu and NBS-only zones are not coded apart:
// such units state their kind, which then wins over Class.
func (c Code) Class() (UnitKind, error) {
	if reason := c.problem(); reason != "" {
		return 0, fmt.Errorf("%w %d: %s", ErrCode, uint64(c), reason)
	}
	return c.class()
}

// class is Class for a code known to be valid.
func (c Code) class() (UnitKind, error) {
	switch c.level() {
	case LevelProvince:
		return KindProvince, nil
	case LevelCity:
		return KindCity, nil
	case LevelCounty:
		switch n := c.County(); {
		case n <= 20:
			return KindDistrict, nil
		case n <= 80:
			return KindCounty, nil
		}
		return KindCountyCity, nil
	case LevelTownship:
		switch n := c.Township(); {
		case n <= 99:
			return KindSubdistrict, nil
		case n <= 199:
			return KindTown, nil
		case n <= 399:
			return KindTownship, nil
		case n <= 599:
			return KindSimilarTownship, nil
		}
		return 0, fmt.Errorf("%w %s: township part %03d is outside 001–599", ErrClass, c, c.Township())
	default: // LevelCommunity: a valid code has no other level
	}
	switch n := c.Village(); {
	case n <= 199:
		return KindUrbanCommunity, nil
	case n <= 399:
		return KindVillage, nil
	case n <= 499:
		return KindSimilarUrban, nil
	case n <= 599:
		return KindSimilarRural, nil
	}
	return 0, fmt.Errorf("%w %s: village part %03d is outside 001–599", ErrClass, c, c.Village())
}

// String returns the short form: 6 digits for a county, 9 for a township,
// 12 for a village-level unit (2 and 4 for provinces and prefectures). The
// zero Code is "", and an invalid one is written as "Code(n)".
func (c Code) String() string {
	if c == 0 {
		return ""
	}
	if !c.Valid() {
		return "Code(" + strconv.FormatUint(uint64(c), 10) + ")"
	}
	return c.Full()[:levelDigits[c.level()]]
}

// Full returns the 12-digit form with trailing zeros, as NBS publishes it.
func (c Code) Full() string {
	var b [20]byte
	s := strconv.AppendUint(b[:0], uint64(c), 10)
	if len(s) >= 12 {
		return string(s)
	}
	return strings.Repeat("0", 12-len(s)) + string(s)
}

// MarshalText encodes c in its short form; the zero Code encodes as "".
func (c Code) MarshalText() ([]byte, error) {
	if c != 0 && !c.Valid() {
		return nil, fmt.Errorf("%w %d: %s", ErrCode, uint64(c), c.problem())
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes any form ParseCode accepts; "" decodes to zero.
func (c *Code) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
