package funding

import (
	"github.com/shegong/shegong/internal/enum"
	"golang.org/x/text/language"
)

// A Class is the broad origin of money: public finance, society or the
// market, the three "投入" the Chongqing report counts separately.
type Class uint8

// The classes. The zero Class is unspecified and belongs to no valid Kind.
const (
	ClassUnspecified Class = iota
	Fiscal                 // 财政投入: public money
	Social                 // 社会投入: donations, foundations, charity funds
	Market                 // 市场投入: fees for services sold
)

var classNames = enum.New[Class]("funding class",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "fiscal", En: "fiscal funds", Hans: "财政投入", Hant: "財政投入"},
	enum.Name{Text: "social", En: "social funds", Hans: "社会投入", Hant: "社會投入"},
	enum.Name{Text: "market", En: "market income", Hans: "市场投入", Hant: "市場投入"},
)

// Classes lists the valid classes in order, without ClassUnspecified.
func Classes() []Class { return classNames.Listed() }

// String returns c's machine name, such as "fiscal".
func (c Class) String() string { return classNames.String(c) }

// Valid reports whether c is one of the named classes other than
// ClassUnspecified.
func (c Class) Valid() bool { return c != ClassUnspecified && classNames.Valid(c) }

// Label returns c's name in the language closest to l.
func (c Class) Label(l language.Tag) string { return classNames.Label(c, l) }

// MarshalText encodes c as its machine name, such as "fiscal".
func (c Class) MarshalText() ([]byte, error) { return classNames.Marshal(c) }

// UnmarshalText decodes a machine name or a Chinese label.
func (c *Class) UnmarshalText(b []byte) error {
	return enum.Unmarshal(classNames, c, b)
}

// A Kind is one source of money in the closed taxonomy the documents use.
// Every Kind belongs to one Class.
type Kind uint8

// The kinds, grouped by class. The zero Kind is unspecified and fails
// validation, so that every item of a mix states its source.
const (
	KindUnspecified Kind = iota

	PurchaseOfServices // 政府购买服务
	AwardInLieu        // 以奖代补: awards in lieu of subsidies
	EarmarkedShare     // a fixed share of another fund, such as 1% of social assistance funds
	WelfareLottery     // 福彩公益金: welfare lottery public-welfare fund
	PilotSubsidy       // 试点补助: a higher level's subsidy for a pilot
	Budgeted           // 财政预算经费: operating funds in the budget

	Donation             // 公益捐赠
	Foundation           // 基金会、专项基金: foundations and special funds
	CommunityCharityFund // 社区慈善基金

	ServiceFees // 市场服务收费: fees for services sold
)

var kindNames = enum.New[Kind]("funding kind",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "purchase-of-services", En: "government purchase of services", Hans: "政府购买服务", Hant: "政府購買服務"},
	enum.Name{Text: "award-in-lieu", En: "award in lieu of subsidy", Hans: "以奖代补", Hant: "以獎代補"},
	enum.Name{Text: "earmarked-share", En: "earmarked share of another fund", Hans: "其他资金按比例安排", Hant: "其他資金按比例安排"},
	enum.Name{Text: "welfare-lottery", En: "welfare lottery public-welfare fund", Hans: "福彩公益金", Hant: "福彩公益金"},
	enum.Name{Text: "pilot-subsidy", En: "higher-level pilot subsidy", Hans: "上级试点补助资金", Hant: "上級試點補助資金"},
	enum.Name{Text: "budgeted", En: "budgeted operating funds", Hans: "财政预算经费", Hant: "財政預算經費"},
	enum.Name{Text: "donation", En: "donations", Hans: "公益捐赠", Hant: "公益捐贈"},
	enum.Name{Text: "foundation", En: "foundations and special funds", Hans: "基金会和专项基金", Hant: "基金會和專項基金"},
	enum.Name{Text: "community-charity-fund", En: "community charity funds", Hans: "社区慈善基金", Hant: "社區慈善基金"},
	enum.Name{Text: "service-fees", En: "service fees", Hans: "市场服务收费", Hant: "市場服務收費"},
)

// Kinds lists the valid kinds in order, without KindUnspecified.
func Kinds() []Kind { return kindNames.Listed() }

// String returns k's machine name, such as "donation".
func (k Kind) String() string { return kindNames.String(k) }

// Label returns k's name in the language closest to l.
func (k Kind) Label(l language.Tag) string { return kindNames.Label(k, l) }

// Valid reports whether k is one of the named kinds other than
// KindUnspecified.
func (k Kind) Valid() bool { return k != KindUnspecified && kindNames.Valid(k) }

// Class returns the class k belongs to, ClassUnspecified for an invalid k.
func (k Kind) Class() Class {
	switch {
	case !k.Valid():
		return ClassUnspecified
	case k < Donation:
		return Fiscal
	case k < ServiceFees:
		return Social
	}
	return Market
}

// MarshalText encodes k as its machine name, such as "award-in-lieu".
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText decodes a machine name or a Chinese label.
func (k *Kind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(kindNames, k, b)
}
