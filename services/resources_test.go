package services

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// ordosNet is part of Ordos: a subdistrict of 康巴什区 with five urban
// communities, and a town of 伊金霍洛旗 with one urban community (its town
// centre) and four gacha (villages).
func ordosNet(t testing.TB) *hierarchy.Network {
	urban, town, rural := hierarchy.UrbanMainArea, hierarchy.UrbanTownCenter, hierarchy.RuralVillage
	return network(t,
		unit{code: "1506", name: "鄂尔多斯市", facility: hierarchy.FacilityGuidanceCenter},
		unit{code: "150603", name: "康巴什区", facility: hierarchy.FacilityServiceCenter},
		unit{code: "150603001", name: "青春山街道", facility: hierarchy.FacilityStation},
		unit{code: "150603001001", name: "社区一", urbanRural: urban},
		unit{code: "150603001002", name: "社区二", urbanRural: urban},
		unit{code: "150603001003", name: "社区三", urbanRural: urban},
		unit{code: "150603001004", name: "社区四", urbanRural: urban},
		unit{code: "150603001005", name: "社区五", urbanRural: urban},
		unit{code: "150627", name: "伊金霍洛旗", kind: hierarchy.KindBanner},
		unit{code: "150627100", name: "阿勒腾席热镇", facility: hierarchy.FacilityStation},
		unit{code: "150627100001", name: "镇区社区", urbanRural: town},
		unit{code: "150627100200", name: "嘎查一", urbanRural: rural},
		unit{code: "150627100201", name: "嘎查二", urbanRural: rural},
		unit{code: "150627100202", name: "嘎查三", urbanRural: rural},
		unit{code: "150627100203", name: "嘎查四", urbanRural: rural},
	)
}

// orgs returns organisations adding up to n, spread over the categories
// with one of them registered when n > 1.
func orgs(n int64) Organisations {
	var o Organisations
	for i := range n {
		o[i%4].Filed++
	}
	if n > 1 {
		o[VolunteerService].Filed--
		o[VolunteerService].Registered++
	}
	return o
}

// ordosRecords state each community's resources from 2025 on; community
// 一 also reported 8 organisations for 2024. Community 五 reported nothing.
func ordosRecords() []ResourceRecord {
	since2025 := policy.Since(day(2025, 1, 1))
	rec := func(c string, p policy.Period, n, workers int64) ResourceRecord {
		return ResourceRecord{Unit: code(c), Period: p, Resources: Resources{Organisations: orgs(n), SocialWorkers: workers}}
	}
	return []ResourceRecord{
		rec("150603001001", since2025, 12, 2),
		rec("150603001001", policy.MustYear(2024), 8, 1),
		rec("150603001002", since2025, 9, 0),
		rec("150603001003", since2025, 10, 1),
		rec("150603001004", since2025, 9, 1),
		rec("150627100001", since2025, 10, 1),
		rec("150627100200", since2025, 5, 1),
		rec("150627100201", since2025, 4, 1),
		rec("150627100202", since2025, 7, 0),
		rec("150627100203", since2025, 0, 0),
	}
}

func TestOrdosCheck(t *testing.T) {
	net := ordosNet(t)
	d, err := NewResourceData(net, ordosRecords())
	require.NoError(t, err)
	assert.Equal(t, 10, d.Len())
	assert.Same(t, net, d.Network())

	type finding struct {
		unit, rule       string
		required, actual int64
		status           metrics.Status
	}
	expect := func(before metrics.Status) []finding {
		return []finding{
			{"150603001002", "ordos-urban-organisations", 10, 9, before},
			{"150603001002", "ordos-social-workers", 1, 0, before},
			{"150603001004", "ordos-urban-organisations", 10, 9, before},
			{"150603001005", "ordos-urban-organisations", 10, 0, metrics.Unobserved},
			{"150603001005", "ordos-social-workers", 1, 0, metrics.Unobserved},
			{"150627100201", "ordos-rural-organisations", 5, 4, before},
			{"150627100202", "ordos-social-workers", 1, 0, before},
			{"150627100203", "ordos-rural-organisations", 5, 0, before},
			{"150627100203", "ordos-social-workers", 1, 0, before},
		}
	}
	for _, tc := range []struct {
		on     policy.Date
		status metrics.Status
	}{
		{day(2025, 6, 30), metrics.NotYet},
		{day(2025, 12, 31), metrics.NotYet}, // the deadline day is still in time
		{day(2026, 1, 1), metrics.Missed},
	} {
		rep, err := Check(d, Ordos(), tc.on)
		require.NoError(t, err)
		assert.Equal(t, tc.on, rep.Date())
		all := collect(rep.Select(Filter{}))
		assert.Equal(t, len(all), rep.Len())
		results := collect(rep.Results())
		var got []finding
		for _, f := range all {
			got = append(got, finding{f.Unit.String(), f.Rule, f.Required, f.Actual, f.Status})
			assert.Equal(t, "鄂尔多斯市民政局", f.Source.Issuer)
			assert.Equal(t, policy.StatusDraft, f.Source.Status)
			assert.Equal(t, day(2025, 12, 31), f.Deadline)
		}
		assert.Equal(t, expect(tc.status), got, tc.on.String())
		urbanShort := all[0]
		assert.Contains(t, urbanShort.Source.Clause, "每个城市社区至少有10个以上")
		assert.Equal(t, OrganisationsMeasure, urbanShort.Measure)
		assert.Equal(t, int64(1), urbanShort.Gap())
		assert.Contains(t, all[1].Source.Clause, "每个城乡社区均有社会工作者提供专业服务")

		require.Len(t, results, 3)
		assert.Equal(t, "ordos-urban-organisations", results[0].Rule.ID)
		assert.Equal(t, Tally{Met: metrics.Coverage{Covered: 3, Total: 6}, Unreported: 1}, results[0].Tally, "urban: 一, 三 and the town centre of six")
		assert.Equal(t, Tally{Met: metrics.Coverage{Covered: 2, Total: 4}}, results[1].Tally, "rural: 嘎查一 and 三 of four")
		assert.Equal(t, Tally{Met: metrics.Coverage{Covered: 6, Total: 10}, Unreported: 1}, results[2].Tally)
		assert.Equal(t, Ordos().Rules[2], results[2].Rule)

		banner := collect(rep.Select(Filter{Within: lookup(t, net, "150627")}))
		require.Len(t, banner, 4)
		assert.Equal(t, "150627100201", banner[0].Unit.String())
		assert.Empty(t, collect(rep.Select(Filter{Within: lookup(t, net, "150603001003")})))
		assert.Len(t, collect(rep.Select(Filter{Within: lookup(t, net, "1506")})), 9)
		assert.Empty(t, collect(rep.Select(Filter{Within: code("150699")})), "a unit not in the network")
		social := collect(rep.Select(Filter{Rule: "ordos-social-workers"}))
		assert.Len(t, social, 4)
		unobserved := metrics.Unobserved
		assert.Len(t, collect(rep.Select(Filter{Status: &unobserved})), 2)
		assert.Len(t, collect(rep.Select(Filter{Within: lookup(t, net, "150627"), Rule: "ordos-social-workers", Status: &tc.status})), 2)
	}

	// In 2024 only community 一 had reported, with 8 organisations.
	rep, err := Check(d, Ordos(), day(2024, 6, 30))
	require.NoError(t, err)
	all := collect(rep.Select(Filter{}))
	require.Len(t, all, 1+9*2, "一 short of organisations; every other community unobserved on both of its rules")
	assert.Equal(t, int64(8), all[0].Actual)
	assert.Equal(t, metrics.NotYet, all[0].Status)
	assert.Equal(t, metrics.Unobserved, all[1].Status)

	// A rule not yet in force is skipped.
	later := Ordos()
	for i := range later.Rules {
		later.Rules[i].Period = policy.Since(day(2026, 1, 1))
	}
	rep, err = Check(d, later, day(2025, 6, 30))
	require.NoError(t, err)
	assert.Empty(t, collect(rep.Results()))
	assert.Zero(t, rep.Len())

	bad := Ordos()
	bad.Rules[0].Min = 0
	_, err = Check(d, bad, day(2025, 6, 30))
	assert.ErrorIs(t, err, ErrRule)
}

func TestResourcesOn(t *testing.T) {
	net := ordosNet(t)
	d, err := NewResourceData(net, ordosRecords())
	require.NoError(t, err)
	one := lookup(t, net, "150603001001")
	for _, tc := range []struct {
		on   policy.Date
		orgs int64
		ok   bool
	}{
		{day(2023, 12, 31), 0, false},
		{day(2024, 1, 1), 8, true},
		{day(2024, 12, 31), 8, true},
		{day(2025, 1, 1), 12, true},
		{day(2030, 1, 1), 12, true},
	} {
		r, ok, err := d.On(one, tc.on)
		require.NoError(t, err)
		assert.Equal(t, tc.ok, ok, tc.on.String())
		assert.Equal(t, tc.orgs, r.Get(OrganisationsMeasure), tc.on.String())
	}

	sum, reporting, err := d.Sum(lookup(t, net, "150603"), day(2025, 6, 30))
	require.NoError(t, err)
	assert.Equal(t, int64(12+9+10+9), sum.Organisations.Total())
	assert.Equal(t, int64(4), sum.SocialWorkers)
	assert.Equal(t, metrics.Coverage{Covered: 4, Total: 7}, reporting, "four communities of the district's seven units")
	sum, reporting, err = d.Sum(0, day(2025, 6, 30))
	require.NoError(t, err)
	assert.Equal(t, int64(12+9+10+9+10+5+4+7+0), sum.Organisations.Total())
	assert.Equal(t, int64(8), sum.Organisations.Registered(), "one registered in each community with more than one")
	assert.Equal(t, metrics.Coverage{Covered: 9, Total: 15}, reporting)

	var order []string
	for i, r := range d.Records() {
		order = append(order, fmt.Sprintf("%d %s %s", i, r.Unit, r.Period))
		if len(order) == 3 {
			break
		}
	}
	assert.Equal(t, []string{"1 150603001001 2024", "0 150603001001 2025-01-01/", "2 150603001002 2025-01-01/"}, order)
}

// suzhouNet is Suzhou: four districts of 24 townships, 96 in all, each
// with 12 villages or communities (1,152).
func suzhouNet(t testing.TB) *hierarchy.Network {
	units := []unit{{code: "3205", name: "苏州市"}}
	for c := range 4 {
		county := fmt.Sprintf("32050%d", 5+c)
		units = append(units, unit{code: county, name: "区" + county})
		for s := range 24 {
			township := fmt.Sprintf("%s%03d", county, 100+s)
			units = append(units, unit{code: township, name: "镇" + township, facility: hierarchy.FacilityStation})
			for v := range 12 {
				units = append(units, unit{code: fmt.Sprintf("%s%03d", township, 200+v), name: "村"})
			}
		}
	}
	return network(t, units...)
}

// TestSuzhouCharityFunds reproduces the report's "96 townships and 565
// villages (communities) have set up a community charity fund", and the
// 51 million yuan and more ("5100余万元") they mobilised: 96 township
// funds of 400,000 (38,400,000) and 565 village funds of 22,500
// (12,712,500) hold 51,112,500.00.
func TestSuzhouCharityFunds(t *testing.T) {
	net := suzhouNet(t)
	census := policy.Period{From: day(2021, 11, 30), Until: day(2021, 11, 30)}
	var recs []ResourceRecord
	funded := 0
	for u := range net.Units() {
		var r Resources
		switch {
		case u.Level() == hierarchy.LevelTownship:
			r.CharityFunds, r.CharityFundAmount = 1, decimal.NewFromInt(400_000)
		case u.Level() == hierarchy.LevelCommunity && funded < 565:
			r.CharityFunds, r.CharityFundAmount = 1, decimal.RequireFromString("22500.00")
			funded++
		case u.Level() != hierarchy.LevelCommunity:
			continue
		}
		recs = append(recs, ResourceRecord{Unit: u.Code(), Period: census, Resources: r})
	}
	d, err := NewResourceData(net, recs)
	require.NoError(t, err)

	ind := SuzhouCharityFunds()
	require.Len(t, ind, 2)
	townships, err := d.Tally(ind[0], 0, day(2021, 11, 30))
	require.NoError(t, err)
	assert.Equal(t, Tally{Met: metrics.Coverage{Covered: 96, Total: 96}}, townships)
	assert.True(t, townships.Met.Full())
	villages, err := d.Tally(ind[1], 0, day(2021, 11, 30))
	require.NoError(t, err)
	assert.Equal(t, Tally{Met: metrics.Coverage{Covered: 565, Total: 1152}}, villages)
	assert.Equal(t, "49.05%", villages.Met.Rate().Format(metrics.Percent, 2), "565/1152 = 49.045…%")
	first, err := d.Tally(ind[1], lookup(t, net, "320505"), day(2021, 11, 30))
	require.NoError(t, err)
	assert.Equal(t, metrics.Coverage{Covered: 288, Total: 288}, first.Met, "the first district's 24 × 12 villages all have one")

	sum, reporting, err := d.Sum(0, day(2021, 11, 30))
	require.NoError(t, err)
	assert.Equal(t, "51112500.00", sum.CharityFundAmount.StringFixed(2))
	assert.Equal(t, int64(96+565), sum.CharityFunds)
	assert.Equal(t, metrics.Coverage{Covered: 96 + 1152, Total: 1 + 4 + 96 + 1152}, reporting)
	reported, err := metrics.ParseQuantity("5100余万元")
	require.NoError(t, err)
	assert.Equal(t, metrics.MoreThan, reported.Qualifier)
	assert.True(t, sum.CharityFundAmount.GreaterThan(reported.Value), "more than 51 million")

	gone, err := d.Tally(ind[0], 0, day(2021, 12, 1))
	require.NoError(t, err)
	assert.Equal(t, Tally{Met: metrics.Coverage{Total: 96}, Unreported: 96}, gone, "a census day's records hold on that day only")
	assert.Equal(t, "中國社會工作（微信公眾號）", ind[0].Source.Issuer)

	_, err = d.Tally(Indicator{ID: "x"}, 0, day(2021, 11, 30))
	assert.ErrorIs(t, err, ErrRule)
}

func TestInnerMongoliaThreeLists(t *testing.T) {
	net := ordosNet(t)
	all := Lists{{Kept: 1, Entries: 12}, {Kept: 1, Entries: 7}, {Kept: 1, Entries: 3}}
	two := all
	two[ResourcesList] = ListTally{}
	d, err := NewResourceData(net, []ResourceRecord{
		{Unit: code("150603001"), Period: policy.MustYear(2024), Resources: Resources{Lists: all}},
		{Unit: code("150627100"), Period: policy.MustYear(2024), Resources: Resources{Lists: two}},
		{Unit: code("150603"), Period: policy.MustYear(2024), Resources: Resources{Lists: all}}, // not a station
	})
	require.NoError(t, err)
	ind := InnerMongoliaThreeLists()
	got, err := d.Tally(ind, 0, day(2024, 6, 30))
	require.NoError(t, err)
	assert.Equal(t, Tally{Met: metrics.Coverage{Covered: 1, Total: 2}}, got)
	assert.Equal(t, "内蒙古自治区民政厅", ind.Source.Issuer)
	sum, _, err := d.Sum(0, day(2024, 6, 30))
	require.NoError(t, err)
	assert.Equal(t, int64(3), sum.Lists[NeedsList].Kept)
	assert.Equal(t, int64(12*3), sum.Lists[NeedsList].Entries)
}

// TestJiajiangAndWenzhou sums the resources the Jiajiang and Wenzhou
// accounts report: Jiajiang's first community charity fund and 33
// volunteer teams over its five pilot communities (7+7+7+6+6), and
// Wenzhou's 308 volunteer organisations (40+38+39+37+40+38+38+38) and
// 47,000 volunteers (6000+5800+6200+5500+6000+5900+5800+5800).
func TestJiajiangAndWenzhou(t *testing.T) {
	jj := network(t,
		unit{code: "511126", name: "夹江县"},
		unit{code: "511126100", name: "漹城镇"},
		unit{code: "511126100001", name: "新华社区", facility: hierarchy.FacilityRoom},
		unit{code: "511126100002", name: "滨江社区", facility: hierarchy.FacilityRoom},
		unit{code: "511126100003", name: "社区三", facility: hierarchy.FacilityRoom},
		unit{code: "511126100004", name: "社区四", facility: hierarchy.FacilityRoom},
		unit{code: "511126100005", name: "社区五", facility: hierarchy.FacilityRoom},
	)
	var recs []ResourceRecord
	for i, teams := range []int64{7, 7, 7, 6, 6} {
		r := Resources{VolunteerTeams: teams}
		if i == 0 {
			r.CharityFunds = 1
		}
		recs = append(recs, ResourceRecord{Unit: code(fmt.Sprintf("511126100%03d", i+1)), Period: policy.MustYear(2023), Resources: r})
	}
	d, err := NewResourceData(jj, recs)
	require.NoError(t, err)
	sum, reporting, err := d.Sum(lookup(t, jj, "511126"), day(2023, 12, 31))
	require.NoError(t, err)
	assert.Equal(t, int64(33), sum.VolunteerTeams)
	assert.Equal(t, int64(1), sum.CharityFunds)
	assert.Equal(t, metrics.Coverage{Covered: 5, Total: 7}, reporting)

	wz := wenzhouNet(t)
	recs = nil
	volunteerOrgs := []int64{40, 38, 39, 37, 40, 38, 38, 38}
	volunteers := []int64{6000, 5800, 6200, 5500, 6000, 5900, 5800, 5800}
	for i, s := range wenzhouStations {
		var r Resources
		r.Organisations[VolunteerService].Filed = volunteerOrgs[i]
		r.Volunteers = volunteers[i]
		recs = append(recs, ResourceRecord{Unit: code(s.code), Period: policy.MustYear(2023), Resources: r})
	}
	d, err = NewResourceData(wz, recs)
	require.NoError(t, err)
	sum, _, err = d.Sum(0, day(2023, 12, 31))
	require.NoError(t, err)
	assert.Equal(t, int64(308), sum.Organisations[VolunteerService].Total())
	reported, err := metrics.ParseQuantity("4.7万")
	require.NoError(t, err)
	assert.True(t, reported.Value.Equal(decimal.NewFromInt(sum.Volunteers)), "4.7万 volunteers")
}

func TestResourceValidation(t *testing.T) {
	net := ordosNet(t)
	c := code("150603001001")
	recs := []ResourceRecord{
		{Unit: c, Period: policy.Since(day(2024, 1, 1))},                                                     // 0
		{Unit: c, Period: policy.MustYear(2025)},                                                             // 1 inside 0
		{Unit: c, Period: policy.Period{}},                                                                   // 2 overlaps everything
		{Unit: code("150603001002"), Period: policy.Period{}, Resources: Resources{Lists: Lists{{Kept: 2}}}}, // 3 kept twice
		{Unit: code("150603001002"), Period: policy.Period{}, Resources: Resources{Volunteers: -5}},          // 4 duplicate of 3, negative
		{Unit: code("150603001003"), Period: policy.MustYear(2024), Resources: Resources{CharityFunds: 1, CharityFundAmount: decimal.RequireFromString("0.001")}}, // 5
		{Unit: code("159999001001"), Period: policy.MustYear(2024)}, // 6
	}
	_, err := NewResourceData(net, recs)
	got := problems(t, err)
	wants := []struct {
		record int
		is     error
		text   string
	}{
		{0, policy.ErrOverlap, "record 2 covers /"},
		{1, policy.ErrOverlap, "record 2 covers /"},
		{3, ErrCount, "lists.needs.kept is 2; one unit keeps a list or not"},
		{4, ErrCount, "volunteers is -5"},
		{4, policy.ErrOverlap, "record 3 has the same unit and period"},
		{5, metrics.ErrMoney, "not a whole number of fen"},
		{6, hierarchy.ErrUnknownUnit, "159999001001"},
	}
	require.Len(t, got, len(wants), "%v", &DataError{Problems: got})
	for i, w := range wants {
		assert.Equal(t, w.record, got[i].Index, "problem %d", i)
		assert.ErrorIs(t, &got[i], w.is, "problem %d", i)
		assert.Contains(t, got[i].Error(), w.text, "problem %d", i)
	}
}
