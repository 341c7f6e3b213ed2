package policy

import (
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
)

// ErrUnknownName is wrapped by every error about text that names no value
// of one of the library's enumerations, in any package: an UnmarshalText
// of "kounty" as a hierarchy level, of "tower" as a facility.
var ErrUnknownName = unknownName()

// unknownName hands over the sentinel internal/enum wraps, so that the
// documentation shows no internal name.
func unknownName() error { return enum.ErrUnknown }

// Languages returns the three languages the library writes, fallback
// first: language.English, language.SimplifiedChinese and
// language.TraditionalChinese. Every Label method and every formatter takes
// a language.Tag and writes the one of these that MatchLanguage gives.
func Languages() []language.Tag {
	return []language.Tag{enum.Supported[enum.En], enum.Supported[enum.Hans], enum.Supported[enum.Hant]}
}

// MatchLanguage returns the language the library writes for tag: zh,
// zh-CN, zh-SG and zh-Hans give Simplified Chinese; zh-TW, zh-HK, zh-MO
// and zh-Hant Traditional Chinese; any other tag (en-US, fr, und) English.
func MatchLanguage(tag language.Tag) language.Tag { return enum.Supported[enum.Match(tag)] }
