package hierarchy

import (
	"github.com/shegong/shegong/internal/enum"
	"golang.org/x/text/language"
)

// A Level is a rung of the administrative ladder a division code encodes:
// province, prefecture (city), county, township, village (community).
// Tiers of a social-work scheme sit on levels.
type Level uint8

// The levels, from the top. The zero Level is unspecified.
const (
	LevelUnspecified Level = iota
	LevelProvince          // 省级
	LevelCity              // 地级: prefecture-level city, league, autonomous prefecture
	LevelCounty            // 县级: district, county, banner, county-level city
	LevelTownship          // 乡级: subdistrict, town, township, sumu
	LevelCommunity         // 村级: residents' and villagers' committees
	numLevels
)

var levelNames = enum.New[Level]("level",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "province", En: "province", Hans: "省级", Hant: "省級", Aliases: []string{"省", "省级单位"}},
	enum.Name{Text: "city", En: "prefecture", Hans: "地级", Hant: "地級", Aliases: []string{"市级", "市級", "地市级", "prefecture"}},
	enum.Name{Text: "county", En: "county", Hans: "县级", Hant: "縣級", Aliases: []string{"区县级", "區縣級"}},
	enum.Name{Text: "township", En: "township", Hans: "乡级", Hant: "鄉級", Aliases: []string{"乡镇级", "鄉鎮級", "镇街", "鎮街"}},
	enum.Name{Text: "community", En: "village and community", Hans: "村级", Hant: "村級", Aliases: []string{"村居", "村社", "村（社区）级"}},
)

// Levels returns the five levels from the top, in a fresh slice.
func Levels() []Level { return levelNames.Listed() }

func (l Level) String() string { return levelNames.String(l) }

// Label returns l's name in language lang.
func (l Level) Label(lang language.Tag) string { return levelNames.Label(l, lang) }

// Valid reports whether l is one of the five levels.
func (l Level) Valid() bool { return l > LevelUnspecified && l < numLevels }

// MarshalText encodes l as its machine name, such as "township".
func (l Level) MarshalText() ([]byte, error) { return levelNames.Marshal(l) }

// UnmarshalText decodes a machine name, a Chinese label or an alias.
func (l *Level) UnmarshalText(b []byte) error { return enum.Unmarshal(levelNames, l, b) }

// Kinds returns the unit kinds of level l, in kind order.
func (l Level) Kinds() []UnitKind {
	var out []UnitKind
	for k := KindProvince; k < numKinds; k++ {
		if kindLevels[k] == l {
			out = append(out, k)
		}
	}
	return out
}

// A UnitKind is the class of an administrative unit: what kind of county-,
// township- or village-level body it is. Staffing rules differ by kind
// (Chongqing: two social workers per subdistrict station, one per town
// station), so the kind is part of every unit.
type UnitKind uint8

// The unit kinds, ordered by level. The zero UnitKind is unspecified: a
// record without a kind takes the class its division code implies.
const (
	KindUnspecified     UnitKind = iota
	KindProvince                 // 省、自治区、直辖市
	KindCity                     // 地级市、地区、自治州、盟
	KindDistrict                 // 市辖区 (code 01–20)
	KindCounty                   // 县、自治县 (code 21–80)
	KindBanner                   // 旗、自治旗 (Inner Mongolia; stated, not coded)
	KindCountyCity               // 县级市 (code 81–99)
	KindSimilarCounty            // development zones coded at county level by NBS only (stated)
	KindSubdistrict              // 街道 (code 001–099)
	KindTown                     // 镇 (code 100–199)
	KindTownship                 // 乡、民族乡 (code 200–399)
	KindSumu                     // 苏木 (Inner Mongolia; stated, coded as a township)
	KindSimilarTownship          // 类似乡级单位: zones, farms, regiments (code 400–599)
	KindUrbanCommunity           // 社区居民委员会 (code 001–199)
	KindVillage                  // 村民委员会, 嘎查 (code 200–399)
	KindSimilarUrban             // 类似居委会 (code 400–499)
	KindSimilarRural             // 类似村委会 (code 500–599)
	numKinds
)

var kindNames = enum.New[UnitKind]("unit kind",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "province", En: "province", Hans: "省", Hant: "省", Aliases: []string{"自治区", "自治區", "直辖市", "直轄市"}},
	enum.Name{Text: "city", En: "prefecture-level city", Hans: "地级市", Hant: "地級市", Aliases: []string{"地区", "地區", "自治州", "盟"}},
	enum.Name{Text: "district", En: "district", Hans: "区", Hant: "區", Aliases: []string{"市辖区", "市轄區"}},
	enum.Name{Text: "county", En: "county", Hans: "县", Hant: "縣", Aliases: []string{"自治县", "自治縣"}},
	enum.Name{Text: "banner", En: "banner", Hans: "旗", Hant: "旗", Aliases: []string{"自治旗"}},
	enum.Name{Text: "county-city", En: "county-level city", Hans: "县级市", Hant: "縣級市"},
	enum.Name{Text: "similar-county", En: "county-level zone", Hans: "类似县级单位", Hant: "類似縣級單位"},
	enum.Name{Text: "subdistrict", En: "subdistrict", Hans: "街道", Hant: "街道", Aliases: []string{"街道办事处", "街道辦事處", "街"}},
	enum.Name{Text: "town", En: "town", Hans: "镇", Hant: "鎮", Aliases: []string{"建制镇", "建制鎮"}},
	enum.Name{Text: "township", En: "township", Hans: "乡", Hant: "鄉", Aliases: []string{"民族乡", "民族鄉"}},
	enum.Name{Text: "sumu", En: "sumu", Hans: "苏木", Hant: "蘇木", Aliases: []string{"民族苏木", "民族蘇木"}},
	enum.Name{Text: "similar-township", En: "township-level zone", Hans: "类似乡级单位", Hant: "類似鄉級單位"},
	enum.Name{Text: "urban-community", En: "urban community", Hans: "社区", Hant: "社區",
		Aliases: []string{"居委会", "居委會", "居民委员会", "居民委員會", "社区居委会", "社區居委會", "社区居民委员会", "社區居民委員會"}},
	enum.Name{Text: "village", En: "village", Hans: "村", Hant: "村",
		Aliases: []string{"村委会", "村委會", "村民委员会", "村民委員會", "行政村", "嘎查"}},
	enum.Name{Text: "similar-urban", En: "unit similar to a residents' committee", Hans: "类似居委会", Hant: "類似居委會"},
	enum.Name{Text: "similar-rural", En: "unit similar to a villagers' committee", Hans: "类似村委会", Hant: "類似村委會"},
)

var kindLevels = [numKinds]Level{
	KindProvince:        LevelProvince,
	KindCity:            LevelCity,
	KindDistrict:        LevelCounty,
	KindCounty:          LevelCounty,
	KindBanner:          LevelCounty,
	KindCountyCity:      LevelCounty,
	KindSimilarCounty:   LevelCounty,
	KindSubdistrict:     LevelTownship,
	KindTown:            LevelTownship,
	KindTownship:        LevelTownship,
	KindSumu:            LevelTownship,
	KindSimilarTownship: LevelTownship,
	KindUrbanCommunity:  LevelCommunity,
	KindVillage:         LevelCommunity,
	KindSimilarUrban:    LevelCommunity,
	KindSimilarRural:    LevelCommunity,
}

// UnitKinds returns every unit kind but KindUnspecified, in kind order, in
// a fresh slice.
func UnitKinds() []UnitKind { return kindNames.Listed() }

func (k UnitKind) String() string { return kindNames.String(k) }

// Label returns k's name in language lang.
func (k UnitKind) Label(lang language.Tag) string { return kindNames.Label(k, lang) }

// Valid reports whether k is a kind other than unspecified.
func (k UnitKind) Valid() bool { return k > KindUnspecified && k < numKinds }

// MarshalText encodes k as its machine name, such as "subdistrict".
func (k UnitKind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText decodes a machine name, a Chinese label such as 街道 or
// an alias such as 居委会.
func (k *UnitKind) UnmarshalText(b []byte) error { return enum.Unmarshal(kindNames, k, b) }

// Level returns the level units of kind k sit on (unspecified for an
// invalid kind).
func (k UnitKind) Level() Level {
	if int(k) >= len(kindLevels) {
		return LevelUnspecified
	}
	return kindLevels[k]
}

// Urban reports whether k is an urban class: a subdistrict, a residents'
// committee or a unit similar to one. Rules that differ "street vs town" or
// "urban vs rural community" turn on it.
func (k UnitKind) Urban() bool {
	return k == KindSubdistrict || k == KindUrbanCommunity || k == KindSimilarUrban
}
