// Package l10n maps a caller's language tag to one of the three languages
// the library writes: English, Simplified and Traditional Chinese.
package l10n

import (
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
)

// Supported lists the languages in enum.Lang order; the first is the
// fallback for tags that match none.
var Supported = []language.Tag{language.English, language.SimplifiedChinese, language.TraditionalChinese}

var matcher = language.NewMatcher(Supported)

// Match returns the supported language closest to tag: zh, zh-CN and zh-SG
// give Simplified, zh-TW, zh-HK and zh-MO Traditional, anything else English.
func Match(tag language.Tag) enum.Lang {
	_, i, conf := matcher.Match(tag)
	if conf == language.No {
		return enum.En
	}
	return enum.Lang(i)
}
