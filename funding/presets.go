package funding

import (
	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// A Profile is what one jurisdiction's documents say about funding: the
// mix of its sources, the earmarks, and spending the documents report
// without saying where the money came from.
//
// Its JSON form (see the package documentation) is read by DecodeProfile
// and written by EncodeProfile.
type Profile struct {
	Jurisdiction string     `json:"jurisdiction"`
	Mix          Mix        `json:"mix"`
	Earmarks     []Earmark  `json:"earmarks,omitempty"`
	Spending     []Spending `json:"spending,omitempty"`
}

// Spending is money a document reports spent on a purpose without naming
// its source, such as Suzhou's training.
type Spending struct {
	Purpose string           `json:"purpose"`
	Amount  metrics.Quantity `json:"amount"`
	Source  policy.Source    `json:"source"`
}

// The documents the presets cite.
var (
	chongqingReport     = policy.Chongqing2020.Source()
	ordosPlan           = policy.Ordos2021.Source()
	suzhouReport        = policy.Suzhou2021.Source()
	langxiReport        = policy.Langxi2023.Source()
	innerMongoliaNotice = policy.InnerMongoliaNotice.Source()
)

// Presets returns the profile of every jurisdiction with funding facts in
// the documents, in the order Chongqing, Suzhou, Langxi, Ordos, Inner
// Mongolia.
func Presets() []Profile {
	return []Profile{Chongqing2019(), Suzhou(), Langxi2023(), Ordos(), InnerMongolia()}
}

// Chongqing2019 is Chongqing's funding as its civil affairs bureau reported
// it in 2020: 32.5 million a year for direct purchase of social-work
// services and 70 million a year of awards in lieu of subsidies (fiscal,
// taken for 2019 as for every year), 1% of social assistance funds
// earmarked (no amount given), more than 100 million of social input and
// nearly 25 million of market fees in 2019.
func Chongqing2019() Profile {
	fiscal := chongqingReport.Cite("三、以多元投入为保障，拓宽社会工作经费来源：一是加大财政投入")
	return Profile{
		Jurisdiction: "重庆市",
		Mix: mustMix("重庆市", 2019,
			Item{Kind: PurchaseOfServices, Label: "直接购买社会工作服务", Amount: amount("3250 万元"), Source: fiscal},
			Item{Kind: AwardInLieu, Label: "以奖代补资金用于购买基层民政能力", Amount: amount("7000 万元"), Source: fiscal},
			Item{Kind: EarmarkedShare, Label: "1%的社会救助资金用于购买基层社会救助经办能力", Source: fiscal},
			Item{Kind: Donation, Includes: []Kind{Foundation}, Label: "社会投入（公益捐赠、设立基金等）", Amount: amount("超过 1 亿元"),
				Source: chongqingReport.Cite("三、以多元投入为保障，拓宽社会工作经费来源：二是拓展社会投入")},
			Item{Kind: ServiceFees, Label: "市场服务合理收费", Amount: amount("近 2500 万元"),
				Source: chongqingReport.Cite("三、以多元投入为保障，拓宽社会工作经费来源：三是探索市场投入")},
		),
		Earmarks: []Earmark{{
			Fund:    "社会救助资金",
			Share:   metrics.Scaled(decimal.NewFromInt(1), metrics.Percent), // "1%的社会救助资金"
			Purpose: "购买基层社会救助经办能力",
			Source:  fiscal,
		}},
	}
}

// Suzhou is Suzhou's funding as reported in November 2021, cumulative
// rather than for one year: 47 million of government purchase of services,
// more than 51 million of charity money raised through community charity
// funds in 96 townships and 565 villages and communities, and nearly 5
// million spent on training from a source not named.
func Suzhou() Profile {
	return Profile{
		Jurisdiction: "蘇州市",
		Mix: mustMix("蘇州市", 0,
			Item{Kind: PurchaseOfServices, Label: "政府投入購買服務資金", Amount: amount("4700萬元"),
				Source: suzhouReport.Cite("強融合：二是推動“社工與慈善”有機銜接")},
			Item{Kind: CommunityCharityFund, Label: "社區慈善基金累計動員慈善資金", Amount: amount("5100餘萬元"),
				Source: suzhouReport.Cite("強融合：二是推動“社工與慈善”有機銜接")},
		),
		Spending: []Spending{{
			Purpose: "舉辦各類培訓和繼續教育",
			Amount:  *amount("近500萬元"),
			Source:  suzhouReport.Cite("強體系：一是健全培養體系"),
		}},
	}
}

// Langxi2023 is Langxi county's funding in 2023: about 3 million of fiscal
// funds raised by "fiscal pooling and a funding mosaic" from social
// assistance, welfare lottery funds and other county resources, one figure
// for all of them.
func Langxi2023() Profile {
	return Profile{
		Jurisdiction: "郎溪县",
		Mix: mustMix("郎溪县", 2023,
			Item{Kind: Budgeted, Includes: []Kind{EarmarkedShare, WelfareLottery},
				Label:  "财政保障资金（财政统筹+资金拼盘：统筹民政社会救助、福利彩票专项经费、县内其他资源）",
				Amount: amount("近300万余元"),
				Source: langxiReport.Cite("高标准保障：做好资金保障服务")},
		),
	}
}

// Ordos is the list of sources in Ordos's 2021 draft plan, none with a
// figure: budgeted funds, city awards and subsidies, purchase of services,
// the region's pilot subsidies, welfare lottery funds, special funds levered
// by public money, and community charity funds.
func Ordos() Profile {
	funds := ordosPlan.Cite("四、保障措施（二）强化经费保障")
	return Profile{
		Jurisdiction: "鄂尔多斯市",
		Mix: mustMix("鄂尔多斯市", 0,
			Item{Kind: Budgeted, Label: "“五社联动”项目实施、站（室）建设、人才培养、社区社会组织培育等经费列入财政预算", Source: funds},
			Item{Kind: AwardInLieu, Label: "市财政采取奖补激励的方式给予支持", Source: funds},
			Item{Kind: PurchaseOfServices, Label: "依托社会工作服务站（室）开展下沉服务事项政府购买服务", Source: funds},
			Item{Kind: PilotSubsidy, Label: "自治区“五社联动”试点补助资金", Source: funds},
			Item{Kind: WelfareLottery, Label: "福彩公益金中用于老年人、残疾人、儿童和社会公益等支出资金", Source: funds},
			Item{Kind: Foundation, Label: "政府资金撬动社会力量以服务项目和设立专项基金等方式参与", Source: funds},
			Item{Kind: CommunityCharityFund, Label: "社区慈善救助基金和社区服务专项基金",
				Source: ordosPlan.Cite("三、主要任务（六）发挥社会慈善资源的助推作用")},
		),
	}
}

// InnerMongolia is the list of sources in the region's notice on township
// station standards, none with a figure: central and regional funds for
// purchasing services, business operating funds, special funds from local
// finance, and social money.
func InnerMongolia() Profile {
	funds := innerMongoliaNotice.Cite("强化组织保障")
	return Profile{
		Jurisdiction: "内蒙古自治区",
		Mix: mustMix("内蒙古自治区", 0,
			Item{Kind: PurchaseOfServices, Label: "中央和自治区用于社会救助、养老服务、儿童福利、社会组织、公益慈善等领域政府购买社会服务资金", Source: funds},
			Item{Kind: Budgeted, Label: "相关业务工作经费", Source: funds},
			Item{Kind: Budgeted, Label: "向当地财政部门争取专项资金", Source: funds},
			Item{Kind: Donation, Includes: []Kind{Foundation}, Label: "社会资金滚动支持社工站运营管理", Source: funds},
		),
	}
}

// amount parses a figure as a preset's document writes it.
func amount(s string) *metrics.Quantity {
	q, err := metrics.ParseQuantity(s)
	if err != nil {
		panic("funding: preset figure: " + err.Error()) // the presets' tests run every one
	}
	return &q
}

func mustMix(name string, year int, items ...Item) Mix {
	m, err := NewMix(name, year, items...)
	if err != nil {
		panic("funding: preset " + name + ": " + err.Error())
	}
	return m
}
