package metrics

import (
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/internal/l10n"
)

// Lang is one of the three languages the library writes. Every Label
// method of the library's enumerations takes a Lang.
type Lang = enum.Lang

// The languages.
const (
	English     Lang = enum.En
	Simplified  Lang = enum.Hans // 简体中文
	Traditional Lang = enum.Hant // 繁體中文
)

// LangOf returns the supported language closest to tag: zh, zh-CN and
// zh-SG give Simplified, zh-TW, zh-HK and zh-MO Traditional, anything else
// English.
func LangOf(tag language.Tag) Lang { return l10n.Match(tag) }
