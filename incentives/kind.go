package incentives

import (
	"github.com/shegong/shegong/internal/enum"
	"golang.org/x/text/language"
)

// A Kind is what a line item pays.
type Kind uint8

// The kinds of payment, in the order a worker's line items list them.
const (
	KindBonus   Kind = iota // 一次性奖励: on obtaining a certificate
	KindStipend             // 津贴补助: monthly, by certificate level
	KindAward               // 奖励金: a fixed award granted to a named person
	numKinds
)

var kindNames = enum.New[Kind]("payment kind",
	enum.Name{Text: "bonus", En: "one-time certificate bonus", Hans: "持证一次性奖励", Hant: "持證一次性獎勵"},
	enum.Name{Text: "stipend", En: "monthly stipend", Hans: "津贴补助", Hant: "津貼補助"},
	enum.Name{Text: "award", En: "award", Hans: "奖励金", Hant: "獎勵金"},
)

// Kinds lists the kinds of payment in order.
func Kinds() []Kind { return kindNames.Listed() }

// String returns k's machine name, such as "stipend".
func (k Kind) String() string { return kindNames.String(k) }

// Valid reports whether k is one of the named values.
func (k Kind) Valid() bool { return kindNames.Valid(k) }

// Label returns k's name in the language closest to l.
func (k Kind) Label(l language.Tag) string { return kindNames.Label(k, l) }

// MarshalText encodes k as its machine name, such as "stipend".
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText decodes a machine name or a Chinese label.
func (k *Kind) UnmarshalText(b []byte) error { return enum.Unmarshal(kindNames, k, b) }

// PartialMonth says how a stipend pays a month in which the entitlement
// starts: the worker joins, obtains a level, or obtains a higher one. The
// documents are silent; the default, WholeMonthIfFirst, is the usual payroll
// practice of setting a monthly allowance by the status on the first day,
// and never pays for a day on which the level was not held.
type PartialMonth uint8

// The partial-month rules.
const (
	// WholeMonthIfFirst pays a month in full at the level held on its first
	// day, and nothing for a level obtained later in the month.
	WholeMonthIfFirst PartialMonth = iota
	// ProRata pays each day at the level held that day: the monthly amount
	// times the days over the days of the month, rounded by the schedule's
	// Rounding.
	ProRata
	// FromNextMonth pays from the month after the one the entitlement
	// starts in, even if it starts on the first: a month is paid at the
	// level held on the last day of the month before.
	FromNextMonth
)

var partialMonthNames = enum.New[PartialMonth]("partial-month rule",
	enum.Name{Text: "whole-month-if-first", En: "whole month if held on the first day", Hans: "当月1日持有的按整月发放", Hant: "當月1日持有的按整月發放"},
	enum.Name{Text: "pro-rata", En: "pro rata by days", Hans: "按天折算", Hant: "按天折算"},
	enum.Name{Text: "from-next-month", En: "from the next month", Hans: "次月起发放", Hant: "次月起發放"},
)

// PartialMonths lists the partial-month rules in order.
func PartialMonths() []PartialMonth { return partialMonthNames.Listed() }

// String returns p's machine name, such as "pro-rata".
func (p PartialMonth) String() string { return partialMonthNames.String(p) }

// Valid reports whether p is one of the named values.
func (p PartialMonth) Valid() bool { return partialMonthNames.Valid(p) }

// Label returns p's name in the language closest to l.
func (p PartialMonth) Label(l language.Tag) string { return partialMonthNames.Label(p, l) }

// MarshalText encodes p as its machine name.
func (p PartialMonth) MarshalText() ([]byte, error) { return partialMonthNames.Marshal(p) }

// UnmarshalText decodes a machine name or a Chinese label.
func (p *PartialMonth) UnmarshalText(b []byte) error {
	return enum.Unmarshal(partialMonthNames, p, b)
}

// Leaving says how a stipend pays the month in which a worker leaves
// (before its last day). The default, LeaveProRata, pays through the last
// day in post and so, like WholeMonthIfFirst, never pays for a day out of
// post.
type Leaving uint8

// The leaving rules.
const (
	// LeaveProRata pays the days from the first of the month (or the
	// start of the entitlement) through the last day in post, pro rata.
	LeaveProRata Leaving = iota
	// LeaveWholeMonth pays the month of leaving in full.
	LeaveWholeMonth
	// LeaveUnpaid pays nothing for the month of leaving.
	LeaveUnpaid
)

var leavingNames = enum.New[Leaving]("leaving rule",
	enum.Name{Text: "pro-rata", En: "pro rata through the last day", Hans: "按天折算至离岗日", Hant: "按天折算至離崗日"},
	enum.Name{Text: "whole-month", En: "whole month", Hans: "离岗当月按整月发放", Hant: "離崗當月按整月發放"},
	enum.Name{Text: "unpaid", En: "month of leaving unpaid", Hans: "离岗当月不发放", Hant: "離崗當月不發放"},
)

// Leavings lists the leaving rules in order.
func Leavings() []Leaving { return leavingNames.Listed() }

// String returns l's machine name, such as "unpaid".
func (l Leaving) String() string { return leavingNames.String(l) }

// Valid reports whether l is one of the named values.
func (l Leaving) Valid() bool { return leavingNames.Valid(l) }

// Label returns l's name in the language closest to lang.
func (l Leaving) Label(lang language.Tag) string { return leavingNames.Label(l, lang) }

// MarshalText encodes l as its machine name.
func (l Leaving) MarshalText() ([]byte, error) { return leavingNames.Marshal(l) }

// UnmarshalText decodes a machine name or a Chinese label.
func (l *Leaving) UnmarshalText(b []byte) error { return enum.Unmarshal(leavingNames, l, b) }

// Upgrade says what a certificate bonus pays a worker who already holds a
// lower level. The documents are silent; the default, UpgradeFull, is the
// literal reading of "取得中级社工证奖励2000元".
type Upgrade uint8

// The upgrade rules.
const (
	// UpgradeFull pays the full amount of the new level.
	UpgradeFull Upgrade = iota
	// UpgradeDifference tops up the difference between the new level's
	// amount and that of the level held before (补差), the level held on
	// joining included, both at the amounts in force on the day of the new
	// certificate.
	UpgradeDifference
)

var upgradeNames = enum.New[Upgrade]("upgrade rule",
	enum.Name{Text: "full", En: "full amount of the new level", Hans: "按新等级全额奖励", Hant: "按新等級全額獎勵"},
	enum.Name{Text: "difference", En: "top-up of the difference", Hans: "补差额", Hant: "補差額"},
)

// Upgrades lists the upgrade rules in order.
func Upgrades() []Upgrade { return upgradeNames.Listed() }

// String returns u's machine name, such as "difference".
func (u Upgrade) String() string { return upgradeNames.String(u) }

// Valid reports whether u is one of the named values.
func (u Upgrade) Valid() bool { return upgradeNames.Valid(u) }

// Label returns u's name in the language closest to l.
func (u Upgrade) Label(l language.Tag) string { return upgradeNames.Label(u, l) }

// MarshalText encodes u as its machine name.
func (u Upgrade) MarshalText() ([]byte, error) { return upgradeNames.Marshal(u) }

// UnmarshalText decodes a machine name or a Chinese label.
func (u *Upgrade) UnmarshalText(b []byte) error { return enum.Unmarshal(upgradeNames, u, b) }

// Once says how often a certificate bonus is paid to one person. The
// documents are silent; the default, OncePerLevel, pays each level the
// worker reaches in post once.
type Once uint8

// The once rules.
const (
	// OncePerLevel pays once for each level obtained in post.
	OncePerLevel Once = iota
	// OncePerPerson pays only the first bonus a worker earns under the
	// rule; later certificates earn nothing.
	OncePerPerson
)

var onceNames = enum.New[Once]("once rule",
	enum.Name{Text: "per-level", En: "once per level", Hans: "每个等级奖励一次", Hant: "每個等級獎勵一次"},
	enum.Name{Text: "per-person", En: "once per person", Hans: "每人仅奖励一次", Hant: "每人僅獎勵一次"},
)

// Onces lists the once rules in order.
func Onces() []Once { return onceNames.Listed() }

// String returns o's machine name, such as "per-person".
func (o Once) String() string { return onceNames.String(o) }

// Valid reports whether o is one of the named values.
func (o Once) Valid() bool { return onceNames.Valid(o) }

// Label returns o's name in the language closest to l.
func (o Once) Label(l language.Tag) string { return onceNames.Label(o, l) }

// MarshalText encodes o as its machine name.
func (o Once) MarshalText() ([]byte, error) { return onceNames.Marshal(o) }

// UnmarshalText decodes a machine name or a Chinese label.
func (o *Once) UnmarshalText(b []byte) error { return enum.Unmarshal(onceNames, o, b) }
