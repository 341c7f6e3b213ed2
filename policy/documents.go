package policy

import (
	"time"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
)

// A Document is one of the source documents the library's presets cite.
// Its Source is the citation; Cite points it at a clause. Documents are
// constants, so presets share one citation per document without any
// package-level mutable state; Source returns a copy.
type Document uint8

// The documents behind the presets. Some are news reports of a notice or
// plan whose own date the report does not give: their Source has no date
// rather than an invented one.
const (
	DocUnspecified      Document = iota
	Chongqing2020                // 重庆市民政局: three-tier system, 2020-10-19
	Ordos2021                    // 鄂尔多斯市民政局: five-society linkage plan, draft for comment, 2021-11-10
	InnerMongoliaNotice          // 内蒙古自治区民政厅: notice on standardising township stations
	Langxi2023                   // 郎溪县: account of social-work talent building (figures for 2023)
	LangxiAllowance              // 郎溪县: notice on certificate bonuses and allowances
	Guangxi14FYP                 // 广西民政事业发展“十四五”规划
	Wenzhou                      // 温州市民政局: three models of supply–demand matching
	Jiajiang                     // 夹江县: building grassroots social-work talent
	Suzhou2021                   // 苏州: the "five strengths" of township stations, 2021-11-30
	numDocuments
)

var documents = [numDocuments]Source{
	Chongqing2020: {
		Title:  "构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化",
		Issuer: "重庆市民政局",
		Date:   dateOf(2020, time.October, 19),
		Status: StatusReport,
	},
	Ordos2021: {
		Title:  "鄂尔多斯市开展“五社联动”工作创新提升基层治理与服务能力实施方案（征求意见稿）",
		Issuer: "鄂尔多斯市民政局",
		Date:   dateOf(2021, time.November, 10),
		Status: StatusDraft,
	},
	InnerMongoliaNotice: {
		Title:  "关于推进苏木乡镇（街道）社工站规范化建设 进一步提升服务质效的通知",
		Issuer: "内蒙古自治区民政厅",
		Status: StatusInForce,
	},
	Langxi2023: {
		Title:  "安徽郎溪：下好社工人才建设“四步有效棋” 助力基层社区治理创新",
		Issuer: "人民网",
		Status: StatusReport,
	},
	LangxiAllowance: {
		Title:  "关于做好社区工作者取得国家社会工作者职业水平证书给予职业津贴补助的通知",
		Issuer: "郎溪县（据人民网）",
		Status: StatusInForce,
	},
	Guangxi14FYP: {
		Title:  "广西民政事业发展“十四五”规划",
		Issuer: "广西壮族自治区民政厅、广西壮族自治区发展和改革委员会",
		Status: StatusPlan,
	},
	Wenzhou: {
		Title:  "温州市民政局惠民利民三项模式 着力发展社工精准化供需对接",
		Issuer: "温州市民政局",
		Status: StatusReport,
	},
	Jiajiang: {
		Title:  "四川省乐山市夹江县：全力推进基层社工人才队伍建设",
		Issuer: "四川省民政厅",
		Status: StatusReport,
	},
	Suzhou2021: {
		Title:  "江蘇蘇州：“五強”激發基層治理活力",
		Issuer: "中國社會工作（微信公眾號）",
		Date:   dateOf(2021, time.November, 30),
		Status: StatusReport,
	},
}

var documentNames = enum.New[Document]("document",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "chongqing-2020", En: "Chongqing 2020", Hans: "重庆2020", Hant: "重慶2020"},
	enum.Name{Text: "ordos-2021", En: "Ordos 2021 (draft)", Hans: "鄂尔多斯2021（征求意见稿）", Hant: "鄂爾多斯2021（徵求意見稿）"},
	enum.Name{Text: "inner-mongolia-notice", En: "Inner Mongolia station notice", Hans: "内蒙古社工站通知", Hant: "內蒙古社工站通知"},
	enum.Name{Text: "langxi-2023", En: "Langxi 2023", Hans: "郎溪2023", Hant: "郎溪2023"},
	enum.Name{Text: "langxi-allowance", En: "Langxi certificate allowance notice", Hans: "郎溪持证津贴通知", Hant: "郎溪持證津貼通知"},
	enum.Name{Text: "guangxi-14fyp", En: "Guangxi 14th Five-Year Plan", Hans: "广西“十四五”规划", Hant: "廣西「十四五」規劃"},
	enum.Name{Text: "wenzhou", En: "Wenzhou", Hans: "温州", Hant: "溫州"},
	enum.Name{Text: "jiajiang", En: "Jiajiang", Hans: "夹江", Hant: "夾江"},
	enum.Name{Text: "suzhou-2021", En: "Suzhou 2021", Hans: "苏州2021", Hant: "蘇州2021"},
)

// String returns d's machine name, such as "chongqing-2020".
func (d Document) String() string { return documentNames.String(d) }

// MarshalText encodes d as its machine name, such as "chongqing-2020".
func (d Document) MarshalText() ([]byte, error) { return documentNames.Marshal(d) }

// UnmarshalText decodes a machine name or a Chinese label; an unknown name
// is an error wrapping ErrUnknownName.
func (d *Document) UnmarshalText(b []byte) error { return enum.Unmarshal(documentNames, d, b) }

// Label returns d's short name in the language closest to tag, such as
// "重庆2020".
func (d Document) Label(tag language.Tag) string { return documentNames.Label(d, tag) }

// Valid reports whether d is one of the named documents (the unspecified
// placeholder included; its Source is empty).
func (d Document) Valid() bool { return documentNames.Valid(d) }

// Source returns the citation of d, with no clause.
func (d Document) Source() Source {
	if d >= numDocuments {
		return Source{}
	}
	return documents[d]
}

// Cite returns the citation of d pointing at clause.
func (d Document) Cite(clause string) Source { return d.Source().Cite(clause) }

// Documents lists every document in order, without the unspecified
// placeholder.
func Documents() []Document { return documentNames.Listed() }
