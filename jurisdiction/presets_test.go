package jurisdiction

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

// update rewrites packs/*.json from the Go presets of the other packages:
// go test ./jurisdiction -run TestPacksMatchPresets -update
var update = flag.Bool("update", false, "rewrite packs/*.json from the Go presets")

func ptr[T any](v T) *T { return &v }

// measured pairs each target with how a network and roster measure it.
func measured(ts []metrics.Target, m map[string]Measure) []Goal {
	out := make([]Goal, len(ts))
	for i, t := range ts {
		out[i] = Goal{Target: t, Measure: m[t.ID]}
	}
	return out
}

var code = hierarchy.MustParseCode

// presetPacks builds the eight packs from the presets of the other
// packages, with the cases their documents publish. The embedded files
// must equal these.
func presetPacks() []*Pack {
	cq := policy.Chongqing2020.Source()
	sz := policy.Suzhou2021.Source()
	lx := policy.LangxiAllowance.Source()
	day := policy.MustDate
	return []*Pack{
		{
			ID: "chongqing", Names: Names{"Chongqing", "重庆市", "重慶市"},
			Sources: []policy.Source{cq},
			Scheme:  ptr(hierarchy.Chongqing()), Staffing: staffing.Chongqing(), Schedule: incentives.Chongqing(),
			Funding: ptr(funding.Chongqing2019()), Budget: funding.PurchaseOfServices,
			Goals: measured(metrics.ChongqingTargets(), map[string]Measure{
				"cq-centres": CountyCoverage, "cq-stations": TownshipCoverage, "cq-rooms": CommunityCoverage}),
			Cases: []Case{
				{ID: "cq-rooms-39", Kind: CaseCoverage, Covered: 4350, Total: 11154, Want: "39%",
					Source: cq.Cite("一、以服务体系为突破……村社社会工作室4350个，覆盖39%的城乡社区"),
					Note:   "the account gives no total; 11,154 is the number of communities the library takes for Chongqing in 2020"},
				{ID: "cq-subdistrict-station", Kind: CaseMinimum, Date: day(2020, 10, 19), Unit: code("500101001"), Want: "2",
					Network: cqNetwork(), Source: cq.Cite("一、以服务体系为突破……三是立标准")},
				{ID: "cq-town-station", Kind: CaseMinimum, Date: day(2020, 10, 19), Unit: code("500101100"), Want: "1",
					Network: cqNetwork(), Source: cq.Cite("一、以服务体系为突破……三是立标准")},
				{ID: "cq-urban-room", Kind: CaseMinimum, Date: day(2020, 10, 19), Unit: code("500101001001"), Want: "2",
					Network: cqNetwork(), Source: cq.Cite("一、以服务体系为突破……三是立标准")},
				{ID: "cq-rural-room", Kind: CaseMinimum, Date: day(2020, 10, 19), Unit: code("500101100200"), Want: "1",
					Network: cqNetwork(), Source: cq.Cite("一、以服务体系为突破……三是立标准")},
				{ID: "cq-awards", Kind: CasePayroll, Rule: "cq-mingjia-mingshi", Period: policy.MustYear(2020), Want: "2100000.00",
					Network: cqNetwork(), Roster: cqExperts(), Grants: cqGrants(),
					Source: cq.Cite("二、以人才建设为支撑……三是强化激励育精英：出台专门政策奖励名家名师，每人奖励30万元")},
				{ID: "cq-professionals", Kind: CaseUnreproducible, Want: "63000",
					Source: cq.Cite("二、以人才建设为支撑……目前，全市社会工作专业人才6.3万人"),
					Note:   "63,000 social-work professionals is a count of people the account reports, not a figure of any rule"},
			},
		},
		{
			ID: "suzhou", Names: Names{"Suzhou", "苏州市", "蘇州市"},
			Sources: []policy.Source{sz},
			Scheme:  ptr(hierarchy.Suzhou()), Staffing: staffing.Suzhou(),
			Funding: ptr(funding.Suzhou()), Budget: funding.PurchaseOfServices,
			Goals: measured(metrics.SuzhouTargets(), map[string]Measure{
				"sz-stations": TownshipCoverage, "sz-rooms": CommunityCoverage}),
			Cases: []Case{
				{ID: "sz-stations-94", Kind: CaseCoverage, Covered: 90, Total: 96, Want: "94%",
					Source: sz.Cite("“強運行”：目前已建成90個社工站，覆蓋率達94%")},
				{ID: "sz-station-resident", Kind: CaseMinimum, Date: day(2021, 11, 30), Unit: code("320505001"), Want: "3",
					Network: []hierarchy.Record{
						{Code: code("320505"), Name: "虎丘区"},
						{Code: code("320505001"), Name: "街道", Facility: hierarchy.FacilityStation},
					},
					Source: sz.Cite("“強運行”：每個鄉鎮（街道）社會工作站至少配備3名“駐站社工”")},
				{ID: "sz-certified-share", Kind: CaseUnreproducible, Want: "22%",
					Source: sz.Cite("“強體系”：全市持證社工總人數1.8萬人，占全省持證社工總數的22%"),
					Note:   "18,000 certified social workers are 22% of Jiangsu's, a total the report does not give"},
				{ID: "sz-rooms-1102", Kind: CaseUnreproducible, Want: "1102",
					Source: sz.Cite("“強運行”：目前已建成1102個村（社區）社工室"),
					Note:   "the report gives 1,102 rooms but not the number of villages and communities, so no coverage follows"},
			},
		},
		{
			ID: "langxi", Names: Names{"Langxi", "郎溪县", "郎溪縣"},
			Sources: []policy.Source{policy.Langxi2023.Source(), lx},
			Scheme:  ptr(hierarchy.Langxi()), Staffing: staffing.Langxi(), Schedule: incentives.Langxi(),
			Funding: ptr(funding.Langxi2023()), Budget: funding.Budgeted,
			Cases: []Case{
				{ID: "lx-bonus-intermediate", Kind: CasePayroll, Rule: "lx-certificate-bonus", Period: policy.MustYear(2023), Want: "2000.00",
					Network: lxNetwork(), Roster: []staffing.Worker{{ID: "w1", Unit: code("341821100200"), Role: staffing.SocialWorker,
						Joined: day(2022, 1, 1), Certified: staffing.Certificates{staffing.Intermediate: day(2023, 3, 15)}}},
					Source: lx.Cite("给予一次性奖励：取得初级社工证奖励1000元，取得中级社工证奖励2000元，取得高级社工证奖励3000元")},
				{ID: "lx-bonus-junior", Kind: CasePayroll, Rule: "lx-certificate-bonus", Period: policy.MustYear(2023), Want: "1000.00",
					Network: lxNetwork(), Roster: []staffing.Worker{{ID: "w1", Unit: code("341821100200"), Role: staffing.SocialWorker,
						Joined: day(2022, 1, 1), Certified: staffing.Certificates{staffing.Junior: day(2023, 9, 1)}}},
					Source: lx.Cite("给予一次性奖励：取得初级社工证奖励1000元，取得中级社工证奖励2000元，取得高级社工证奖励3000元")},
				{ID: "lx-bonus-senior", Kind: CasePayroll, Rule: "lx-certificate-bonus", Period: policy.MustYear(2023), Want: "3000.00",
					Network: lxNetwork(), Roster: []staffing.Worker{{ID: "w1", Unit: code("341821100200"), Role: staffing.SocialWorker,
						Joined: day(2022, 1, 1), Prior: staffing.Intermediate, Certified: staffing.Certificates{staffing.Senior: day(2023, 9, 1)}}},
					Source: lx.Cite("给予一次性奖励：取得初级社工证奖励1000元，取得中级社工证奖励2000元，取得高级社工证奖励3000元")},
				{ID: "lx-stipend-year", Kind: CasePayroll, Rule: "lx-cadre-stipend", Period: policy.MustYear(2023), Want: "3600.00",
					Network: lxNetwork(), Roster: []staffing.Worker{{ID: "c1", Unit: code("341821100200"), Role: staffing.CommitteeCadre,
						Joined: day(2020, 1, 1), Prior: staffing.Intermediate}},
					Source: lx.Cite("对取得全国社会工作者职业水平证书的村和社区“两委”干部，给予津贴补助：初级100元/月，中级300元/月，高级500元/月")},
				{ID: "lx-hours-per-worker", Kind: CaseUnreproducible, Want: "126",
					Source: policy.Langxi2023.Cite("高效率服务，下好社工专业服务“关键棋”：2023年，全县26名社工共入村走访3276小时"),
					Note:   "3,276 visiting hours by 26 social workers is service output, not the result of a rule in the pack"},
				{ID: "lx-stipend-senior", Kind: CasePayroll, Rule: "lx-cadre-stipend", Period: policy.MustMonth(2023, time.June), Want: "500.00",
					Network: lxNetwork(), Roster: []staffing.Worker{{ID: "c1", Unit: code("341821100200"), Role: staffing.CommitteeCadre,
						Joined: day(2020, 1, 1), Prior: staffing.Senior}},
					Source: lx.Cite("对取得全国社会工作者职业水平证书的村和社区“两委”干部，给予津贴补助：初级100元/月，中级300元/月，高级500元/月")},
			},
		},
		{
			ID: "ordos", Names: Names{"Ordos", "鄂尔多斯市", "鄂爾多斯市"},
			Sources: []policy.Source{policy.Ordos2021.Source()},
			Scheme:  ptr(hierarchy.Ordos()), Staffing: staffing.Ordos(), Funding: ptr(funding.Ordos()),
			Services: services.Ordos(),
			Goals: measured(metrics.OrdosTargets(), map[string]Measure{
				"ordos-stations-2023": TownshipCoverage, "ordos-communities-2025": CommunitiesServed}),
			Cases: []Case{
				{ID: "ordos-talent-floor", Kind: CaseRequirement, Rule: "ordos-talent-2025", Population: 1000000, Want: "5000",
					Source: policy.Ordos2021.Cite("二、工作目标")},
				{ID: "ordos-talent-census", Kind: CaseRequirement, Rule: "ordos-talent-2025", Population: 2153638, Want: "5385",
					Source: policy.Ordos2021.Cite("二、工作目标"),
					Note:   "2,153,638 people: Ordos in the 2020 census; ⌈2.5‰ × 2,153,638⌉ = ⌈5,384.095⌉"},
				{ID: "ordos-talent-share", Kind: CaseRequirement, Rule: "ordos-talent-2025", Population: 3000001, Want: "7501",
					Source: policy.Ordos2021.Cite("二、工作目标")},
			},
		},
		{
			ID: "innermongolia", Names: Names{"Inner Mongolia", "内蒙古自治区", "內蒙古自治區"},
			Sources:  []policy.Source{policy.InnerMongoliaNotice.Source()},
			Staffing: staffing.InnerMongolia(), Funding: ptr(funding.InnerMongolia()),
			Cases: []Case{
				{ID: "im-station-roles", Kind: CaseUnreproducible, Source: policy.InnerMongoliaNotice.Source(),
					Note: "the notice names the roles a station fills but no head count or figure to recompute"},
			},
		},
		{
			ID: "guangxi", Names: Names{"Guangxi", "广西壮族自治区", "廣西壯族自治區"},
			Sources:  []policy.Source{policy.Guangxi14FYP.Source()},
			Staffing: staffing.Guangxi(),
			Goals:    measured(metrics.GuangxiTargets(), map[string]Measure{"gx-stations": TownshipCoverage}),
			Cases: []Case{
				{ID: "gx-professionals", Kind: CaseRequirement, Rule: "gx-professionals-2025", Population: 50000000, Want: "50000",
					Source: policy.Guangxi14FYP.Cite("慈善事业和社会工作方面")},
			},
		},
		{
			ID: "wenzhou", Names: Names{"Wenzhou", "温州市", "溫州市"},
			Sources:  []policy.Source{policy.Wenzhou.Source()},
			Staffing: &staffing.RuleSet{Jurisdiction: "温州市"},
			Cases: []Case{
				{ID: "wz-service-output", Kind: CaseUnreproducible, Source: policy.Wenzhou.Source(),
					Note: "877 cases, 3,893 group sessions and 4,312 activities are reported output, not the result of a rule"},
			},
		},
		{
			ID: "jiajiang", Names: Names{"Jiajiang", "夹江县", "夾江縣"},
			Sources:  []policy.Source{policy.Jiajiang.Source()},
			Staffing: &staffing.RuleSet{Jurisdiction: "夹江县"},
			Cases: []Case{
				{ID: "jj-posts", Kind: CaseUnreproducible, Source: policy.Jiajiang.Source(),
					Note: "200+ posts, 30 social workers hired and 5 rooms are reported counts, not the result of a rule"},
			},
		},
	}
}

func cqNetwork() []hierarchy.Record {
	return []hierarchy.Record{
		{Code: code("500101"), Name: "万州区", Facility: hierarchy.FacilityGuidanceCenter},
		{Code: code("500101001"), Name: "街道", Facility: hierarchy.FacilityStation},
		{Code: code("500101001001"), Name: "社区"},
		{Code: code("500101100"), Name: "镇", Facility: hierarchy.FacilityStation},
		{Code: code("500101100200"), Name: "村"},
	}
}

// cqExperts and cqGrants are the seven 名家名师 the account counts, each
// awarded on its day.
func cqExperts() []staffing.Worker {
	var ws []staffing.Worker
	for i := range 7 {
		ws = append(ws, staffing.Worker{ID: fmt.Sprint("expert-", i+1), Unit: code("500101"), Role: staffing.SocialWorker,
			Joined: policy.MustDate(2015, 1, 1)})
	}
	return ws
}

func cqGrants() []incentives.Grant {
	var gs []incentives.Grant
	for i := range 7 {
		gs = append(gs, incentives.Grant{Worker: fmt.Sprint("expert-", i+1), Award: "cq-mingjia-mingshi", Date: policy.MustDate(2020, 10, 19)})
	}
	return gs
}

func lxNetwork() []hierarchy.Record {
	return []hierarchy.Record{
		{Code: code("341821"), Name: "郎溪县"},
		{Code: code("341821100"), Name: "建平镇"},
		{Code: code("341821100200"), Name: "村"},
	}
}

func TestPacksMatchPresets(t *testing.T) {
	ps := presetPacks()
	require.Len(t, ps, len(IDs()))
	for i, p := range ps {
		assert.Equal(t, IDs()[i], p.ID)
		want, err := p.Encode()
		require.NoError(t, err, p.ID)
		path := filepath.Join("packs", p.ID+".json")
		if *update {
			require.NoError(t, os.WriteFile(path, want, 0o644))
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		if line, diff := firstDiff(string(want), string(got)); diff != "" {
			t.Errorf("%s drifted from the presets at line %d (%s): go test ./jurisdiction -update", path, line, diff)
		}
	}
}

// firstDiff returns the first line where a and b differ, and both versions
// of it; "" when they are equal.
func firstDiff(a, b string) (int, string) {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(la), len(lb)) {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return i + 1, fmt.Sprintf("presets %q, file %q", strings.TrimSpace(x), strings.TrimSpace(y))
		}
	}
	return 0, ""
}
