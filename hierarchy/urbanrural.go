package hierarchy

import (
	"fmt"

	"github.com/shegong/shegong/internal/enum"
	"golang.org/x/text/language"
)

// UrbanRural is the urban–rural classification code (城乡分类代码) NBS
// publishes for every village-level unit, stored as its three-digit value
// (111 … 220). A first digit 1 is urban, 2 rural. The zero value is unknown.
type UrbanRural uint8

// The urban–rural classification codes.
const (
	UrbanRuralUnknown   UrbanRural = 0
	UrbanMainArea       UrbanRural = 111 // 主城区
	UrbanFringe         UrbanRural = 112 // 城乡结合区
	UrbanTownCenter     UrbanRural = 121 // 镇中心区
	UrbanTownFringe     UrbanRural = 122 // 镇乡结合区
	UrbanSpecialArea    UrbanRural = 123 // 特殊区域
	RuralTownshipCenter UrbanRural = 210 // 乡中心区
	RuralVillage        UrbanRural = 220 // 村庄
)

// urbanRuralCodes lists the codes in the order of urbanRuralNames.
var urbanRuralCodes = [...]UrbanRural{
	UrbanRuralUnknown, UrbanMainArea, UrbanFringe, UrbanTownCenter, UrbanTownFringe,
	UrbanSpecialArea, RuralTownshipCenter, RuralVillage,
}

var urbanRuralNames = enum.New[uint8]("urban-rural code",
	enum.Name{Text: "unknown", En: "unknown", Hans: "未知", Hant: "未知", Placeholder: true},
	enum.Name{Text: "111", En: "main urban area", Hans: "主城区", Hant: "主城區"},
	enum.Name{Text: "112", En: "urban-rural fringe", Hans: "城乡结合区", Hant: "城鄉結合區"},
	enum.Name{Text: "121", En: "town centre", Hans: "镇中心区", Hant: "鎮中心區"},
	enum.Name{Text: "122", En: "town-rural fringe", Hans: "镇乡结合区", Hant: "鎮鄉結合區"},
	enum.Name{Text: "123", En: "special area", Hans: "特殊区域", Hant: "特殊區域"},
	enum.Name{Text: "210", En: "township centre", Hans: "乡中心区", Hant: "鄉中心區"},
	enum.Name{Text: "220", En: "village", Hans: "村庄", Hant: "村莊"},
)

// ordinal returns u's position in urbanRuralCodes, or its length for an
// invalid code, which the name table then reports as such.
func (u UrbanRural) ordinal() uint8 {
	switch u {
	case UrbanRuralUnknown:
		return 0
	case UrbanMainArea:
		return 1
	case UrbanFringe:
		return 2
	case UrbanTownCenter:
		return 3
	case UrbanTownFringe:
		return 4
	case UrbanSpecialArea:
		return 5
	case RuralTownshipCenter:
		return 6
	case RuralVillage:
		return 7
	}
	return uint8(len(urbanRuralCodes))
}

// UrbanRurals returns the seven codes in order, in a fresh slice.
func UrbanRurals() []UrbanRural {
	out := make([]UrbanRural, 0, len(urbanRuralCodes)-1)
	for _, i := range urbanRuralNames.Listed() {
		out = append(out, urbanRuralCodes[i])
	}
	return out
}

// Valid reports whether u is unknown or one of the seven codes.
func (u UrbanRural) Valid() bool { return int(u.ordinal()) < len(urbanRuralCodes) }

// Known reports whether u is one of the seven codes.
func (u UrbanRural) Known() bool { return u != UrbanRuralUnknown && u.Valid() }

// Urban reports whether u is a known urban code (1xx).
func (u UrbanRural) Urban() bool { return u.Known() && u/100 == 1 }

// Rural reports whether u is a known rural code (2xx).
func (u UrbanRural) Rural() bool { return u.Known() && u/100 == 2 }

// String returns the three digits, "unknown", or "urban-rural code(n)" for
// an invalid value.
func (u UrbanRural) String() string {
	if !u.Valid() {
		return fmt.Sprintf("urban-rural code(%d)", uint8(u))
	}
	return urbanRuralNames.String(u.ordinal())
}

// Label returns u's name in language lang, such as 主城区.
func (u UrbanRural) Label(lang language.Tag) string {
	if !u.Valid() {
		return u.String()
	}
	return urbanRuralNames.Label(u.ordinal(), lang)
}

// MarshalText encodes u as its three digits, or "unknown".
func (u UrbanRural) MarshalText() ([]byte, error) {
	if !u.Valid() {
		return nil, fmt.Errorf("invalid urban-rural code %d", uint8(u))
	}
	return []byte(u.String()), nil
}

// UnmarshalText decodes three digits, "unknown" or a Chinese label.
func (u *UrbanRural) UnmarshalText(b []byte) error {
	i, err := urbanRuralNames.Parse(string(b))
	if err != nil {
		return err
	}
	*u = urbanRuralCodes[i]
	return nil
}
