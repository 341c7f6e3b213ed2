package hierarchy_test

import (
	"errors"
	"fmt"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

func ExampleParseCode() {
	for _, s := range []string{"500101001", "500101001000", "５００１０１０１７２００"} {
		c, err := hierarchy.ParseCode(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		kind, _ := c.Class()
		fmt.Println(c, c.Full(), c.Level(), kind, "parent", c.Parent())
	}
	_, err := hierarchy.ParseCode("50010")
	fmt.Println(err)
	// Output:
	// 500101001 500101001000 township subdistrict parent 500101
	// 500101001 500101001000 township subdistrict parent 500101
	// 500101017200 500101017200 community village parent 500101017
	// invalid division code "50010": 5 digits; want 6 (county), 9 (township) or 12 (village), or 2 or 4
}

// A county of Chongqing's list with its facilities, and the coverage of
// "one station per township, one room per community".
func ExampleBuild() {
	net, err := hierarchy.Build([]hierarchy.Record{
		{Code: hierarchy.MustParseCode("500101"), Name: "万州区", Facility: hierarchy.FacilityGuidanceCenter},
		{Code: hierarchy.MustParseCode("500101001"), Name: "高笋塘街道", Facility: hierarchy.FacilityStation},
		{Code: hierarchy.MustParseCode("500101001001"), Name: "东方广场社区", Population: 5200, Facility: hierarchy.FacilityRoom},
		{Code: hierarchy.MustParseCode("500101001002"), Name: "乌龙池社区", Population: 4100},
		{Code: hierarchy.MustParseCode("500101109"), Name: "小周镇"},
		{Code: hierarchy.MustParseCode("500101109200"), Name: "小周村", Population: 2300, Facility: hierarchy.FacilityRoom},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for u := range net.Units() {
		fmt.Printf("%-12s %-10s %-15s %s\n", u.Code(), u.Name(), u.Kind(), u.Facility())
	}
	all := net.Rollup().Total()
	fmt.Println("stations", all.Coverage(hierarchy.LevelTownship))
	rooms := all.Coverage(hierarchy.LevelCommunity)
	fmt.Println("rooms", rooms, rooms.Rate().Format(metrics.Percent, 1))
	fmt.Println("population", all.Population())
	// Output:
	// 500101       万州区        district        guidance-center
	// 500101001    高笋塘街道      subdistrict     station
	// 500101001001 东方广场社区     urban-community room
	// 500101001002 乌龙池社区      urban-community none
	// 500101109    小周镇        town            none
	// 500101109200 小周村        village         room
	// stations 1/2
	// rooms 2/3 66.7%
	// population 11600
}

// Build reports every problem at once, each with its record.
func ExampleValidationError() {
	_, err := hierarchy.Build([]hierarchy.Record{
		{Code: hierarchy.MustParseCode("500101"), Name: "万州区"},
		{Code: hierarchy.MustParseCode("500101001"), Name: "高笋塘街道", Parent: hierarchy.MustParseCode("500102")},
		{Code: hierarchy.MustParseCode("500101001001"), Name: "东方广场社区", Population: -1},
		{Code: hierarchy.MustParseCode("500101"), Name: "万州区"},
	})
	var verr *hierarchy.ValidationError
	if errors.As(err, &verr) {
		for _, p := range verr.Problems {
			fmt.Println(p.Error())
		}
	}
	fmt.Println(errors.Is(err, hierarchy.ErrDuplicate))
	// Output:
	// record 1 (500101001 高笋塘街道): missing parent: 500102 is not in the network
	// record 2 (500101001001 东方广场社区): invalid population: -1 is negative
	// record 3 (500101 万州区): duplicate code: 500101 is also record 0
	// true
}

// Chongqing's minimum staffing by the kind of unit hosting the facility,
// rolled up to every ancestor with Sum.
func ExampleSum() {
	minimum := hierarchy.ByKind[int64]{}.
		WithLevel(hierarchy.LevelCounty, 2).
		With(hierarchy.KindSubdistrict, 2).With(hierarchy.KindTown, 1).With(hierarchy.KindTownship, 1).
		With(hierarchy.KindUrbanCommunity, 2).With(hierarchy.KindVillage, 1)
	net, err := hierarchy.Build([]hierarchy.Record{
		{Code: hierarchy.MustParseCode("500101"), Name: "万州区", Facility: hierarchy.FacilityGuidanceCenter},
		{Code: hierarchy.MustParseCode("500101001"), Name: "高笋塘街道", Facility: hierarchy.FacilityStation},
		{Code: hierarchy.MustParseCode("500101001001"), Name: "东方广场社区", Facility: hierarchy.FacilityRoom},
		{Code: hierarchy.MustParseCode("500101109"), Name: "小周镇", Facility: hierarchy.FacilityStation},
		{Code: hierarchy.MustParseCode("500101109200"), Name: "小周村", Facility: hierarchy.FacilityRoom},
		{Code: hierarchy.MustParseCode("500101109201"), Name: "大周村"}, // no room yet: no staff required
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	required, err := hierarchy.Sum(net, func(u hierarchy.Unit) int64 {
		if u.Facility() == hierarchy.FacilityNone {
			return 0
		}
		return minimum.Of(u)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for u := range net.AtLevel(hierarchy.LevelTownship) {
		n, _ := required.Of(u.Code())
		fmt.Println(u.Name(), n)
	}
	fmt.Println("total", required.Total())
	// Output:
	// 高笋塘街道 4
	// 小周镇 2
	// total 8
}

func ExampleChongqing() {
	s := hierarchy.Chongqing()
	fmt.Println(s.Motto)
	for _, t := range s.Tiers {
		fmt.Println(t.Level, t.Facility, t.Functions) //nolint:staticcheck // a []Function prints each by its String method, not as bytes
	}
	fmt.Println(s.Source)
	// Output:
	// 一区县一中心、一镇街一站、一村社一室
	// county guidance-center [planning integration guidance evaluation]
	// township station [cultivation projects room-supervision]
	// community room [direct-service]
	// 重庆市民政局《构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化》 2020-10-19，一、以服务体系为突破……一是建体系
}

// Scheme.Coverage measures each tier of a scheme over any subtree.
func ExampleScheme_Coverage() {
	net, err := hierarchy.Build([]hierarchy.Record{
		{Code: hierarchy.MustParseCode("150600"), Name: "鄂尔多斯市", Facility: hierarchy.FacilityGuidanceCenter},
		{Code: hierarchy.MustParseCode("150602"), Name: "东胜区", Facility: hierarchy.FacilityServiceCenter},
		{Code: hierarchy.MustParseCode("150602001"), Name: "交通街道", Facility: hierarchy.FacilityStation, Essentials: hierarchy.AllEssentials},
		{Code: hierarchy.MustParseCode("150602002"), Name: "公园街道", Facility: hierarchy.FacilityStation},
		{Code: hierarchy.MustParseCode("150622"), Name: "准格尔旗", Kind: hierarchy.KindBanner},
		{Code: hierarchy.MustParseCode("150622100"), Name: "薛家湾镇"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	ordos := hierarchy.Ordos()
	all := net.Rollup().Total()
	for i, c := range ordos.Coverage(all) {
		fmt.Println(ordos.Tiers[i].Level, ordos.Tiers[i].Facility, c)
	}
	fmt.Println("六有", all.Compliance(hierarchy.LevelTownship))
	// Output:
	// city guidance-center 1/1
	// county service-center 1/2
	// township station 2/3
	// community room 0/0
	// 六有 1/2
}

func ExampleDecodeScheme() {
	s, err := hierarchy.DecodeScheme([]byte(`{"name": "示例县三级体系", "tiers": [
  {"level": "county", "facility": "guidance-center", "source": {"title": "示例县方案", "issuer": "示例县民政局", "status": "plan"}},
  {"level": "township", "facility": "社工站", "functions": ["direct-service"], "source": {"title": "示例县方案", "issuer": "示例县民政局", "status": "plan"}}],
 "source": {"title": "示例县方案", "issuer": "示例县民政局", "status": "plan"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, len(s.Tiers), s.Tiers[1].Facility)
	// Every problem at once, each with its path and position.
	_, err = hierarchy.DecodeScheme([]byte(`{"name": "示例县三级体系", "tiers": [
  {"level": "township", "facility": "station", "source": {"title": "示例县方案", "issuer": "示例县民政局", "status": "plan"}},
  {"level": "county", "facilty": "room", "source": {"title": "示例县方案", "issuer": "示例县民政局", "status": "plan"}}]}`))
	for _, p := range policy.ProblemsOf(err) {
		fmt.Println(p.Path, p.Line, p.Column)
	}
	// Output:
	// 示例县三级体系 2 station
	// source 1 1
	// tiers[1].facility 3 3
	// tiers[1].level 3 13
	// tiers[1].facilty 3 34
}
