package services

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// TestRecordsOfTheFirstUnit gives records of the network's first unit (the
// city) after those of its stations and between them: they are grouped
// under the city, ordered by period, and counted once.
func TestRecordsOfTheFirstUnit(t *testing.T) {
	net := wenzhouNet(t)
	city, st := code("3303"), code("330302001")
	recs := []OutputRecord{
		{Unit: st, Period: policy.MustMonth(2023, 1), Output: Output{Cases: 1}},
		{Unit: city, Period: policy.MustMonth(2023, 2), Output: Output{Cases: 10}},
		{Unit: st, Period: policy.MustMonth(2023, 2), Output: Output{Cases: 2}},
		{Unit: city, Period: policy.MustMonth(2023, 1), Output: Output{Cases: 20, Hours: math.MaxUint32 + 1}},
	}
	d, err := NewOutputData(net, recs)
	require.NoError(t, err)
	var order []int
	var units []hierarchy.Code
	for i, r := range d.Records() {
		order, units = append(order, i), append(units, r.Unit)
		assert.Equal(t, recs[i], r, "record %d comes back as given", i)
	}
	assert.Equal(t, []int{3, 1, 0, 2}, order)
	assert.Equal(t, []hierarchy.Code{city, city, st, st}, units)
	all := must(d.Sum(0, policy.Period{}))
	assert.Equal(t, Output{Cases: 33, Hours: math.MaxUint32 + 1}, all)
	roll := must(d.Rollup(policy.Period{}))
	assert.Equal(t, Output{Cases: 3}, must(roll.Of(code("330302"))))
	assert.Equal(t, all, must(roll.Of(city)))
	assert.Equal(t, all, roll.Total())
	jan := must(d.Sum(0, policy.MustMonth(2023, 1)))
	assert.Equal(t, Output{Cases: 21, Hours: math.MaxUint32 + 1}, jan)

	// The same records in a duplicate: the city's January twice.
	_, err = NewOutputData(net, append(recs, OutputRecord{Unit: city, Period: policy.MustMonth(2023, 1)}))
	got := problems(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, 4, got[0].Index)
	assert.ErrorIs(t, &got[0], policy.ErrOverlap)
	assert.Contains(t, got[0].Error(), "record 3 has the same unit and period")
}

func TestUnknownCodes(t *testing.T) {
	net := langxiNet(t)
	d, err := NewOutputData(net, langxiRecords())
	require.NoError(t, err)
	year := must(d.Rollup(policy.MustYear(2023)))
	roster := langxiRoster(t, net)
	nowhere := code("341899")
	_, err = d.Sum(nowhere, policy.MustYear(2023))
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	_, err = year.Of(nowhere)
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	_, err = year.PerStation(nowhere, HoursMeasure)
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	_, err = year.PerWorker(nowhere, HoursMeasure, roster, staffing.Counts{})
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	_, err = year.PerStation(0, OutputMeasure(99))
	assert.ErrorIs(t, err, policy.ErrUnknownName)
	_, err = year.PerWorker(0, OutputMeasure(99), roster, staffing.Counts{})
	assert.ErrorIs(t, err, policy.ErrUnknownName)
	open := must(d.Rollup(policy.Since(day(2023, 1, 1))))
	_, err = open.PerWorker(0, HoursMeasure, roster, staffing.Counts{})
	assert.ErrorIs(t, err, policy.ErrPeriod)

	res, err := NewResourceData(ordosNet(t), ordosRecords())
	require.NoError(t, err)
	_, _, err = res.On(nowhere, day(2025, 1, 1))
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	_, _, err = res.Sum(nowhere, day(2025, 1, 1))
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	_, err = res.Tally(Ordos().Rules[0].Indicator, nowhere, day(2025, 1, 1))
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
}

func TestIteratorsStop(t *testing.T) {
	net := wenzhouNet(t)
	d, err := NewOutputData(net, wenzhouRecords(t))
	require.NoError(t, err)
	year := must(d.Rollup(policy.MustYear(2023)))
	n := 0
	for c, o := range year.All() {
		n++
		assert.Equal(t, code("3303"), c)
		assert.Equal(t, year.Total(), o)
		break
	}
	var codes []hierarchy.Code
	for c, o := range year.All() {
		codes = append(codes, c)
		assert.Equal(t, must(year.Of(c)), o)
	}
	assert.Len(t, codes, net.Len())
	for range d.Records() {
		n++
		break
	}
	res, err := NewResourceData(ordosNet(t), ordosRecords())
	require.NoError(t, err)
	for range res.Records() {
		n++
		break
	}
	rep, err := Check(res, Ordos(), day(2026, 1, 1))
	require.NoError(t, err)
	for range rep.Select(Filter{}) {
		n++
		break
	}
	for range rep.Results() {
		n++
		break
	}
	assert.Equal(t, 5, n)
}

func TestReportJSON(t *testing.T) {
	res, err := NewResourceData(ordosNet(t), ordosRecords())
	require.NoError(t, err)
	rep, err := Check(res, Ordos(), day(2026, 1, 1))
	require.NoError(t, err)
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	var back struct {
		Date     policy.Date
		Results  []Result
		Findings []Finding
	}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, day(2026, 1, 1), back.Date)
	assert.Equal(t, collect(rep.Results()), back.Results)
	assert.Equal(t, collect(rep.Select(Filter{})), back.Findings)
	assert.Len(t, back.Findings, rep.Len())
	assert.Equal(t, int64(3), back.Findings[0].Gap()+back.Findings[0].Actual-back.Findings[0].Required+3)
}

func TestEnumShape(t *testing.T) {
	assert.Equal(t, []ResourceMeasure{OrganisationsMeasure, RegisteredOrganisationsMeasure, SocialWorkersMeasure,
		VolunteersMeasure, VolunteerTeamsMeasure, CharityFundsMeasure, ListsKeptMeasure}, ResourceMeasures())
	assert.Equal(t, []OrgCategory{LifeService, PublicInterest, MutualAid, VolunteerService}, OrgCategories())
	assert.Equal(t, []ListKind{NeedsList, ResourcesList, ProjectsList}, ListKinds())
	for _, v := range []interface{ Valid() bool }{FieldOther, GroupOther, ProjectsMeasure, VolunteerService, ProjectsList, ListsKeptMeasure} {
		assert.True(t, v.Valid(), "%v", v)
	}
	for _, v := range []interface{ Valid() bool }{Field(13), TargetGroup(14), OutputMeasure(8), OrgCategory(4), ListKind(3), ResourceMeasure(7)} {
		assert.False(t, v.Valid(), "%v", v)
	}
	var m ResourceMeasure
	err := m.UnmarshalText([]byte("weather"))
	assert.ErrorIs(t, err, policy.ErrUnknownName)
	assert.Equal(t, int64(0), Output{Cases: 3}.Get(OutputMeasure(8)))
	assert.Equal(t, int64(0), Resources{Volunteers: 3}.Get(ResourceMeasure(7)))
}

// TestCountBounds holds the per-category counts to [0, MaxCount], so that
// totals over categories cannot wrap, and checks every sum.
func TestCountBounds(t *testing.T) {
	var big Resources
	for k := range big.Organisations {
		big.Organisations[k] = OrgCount{Filed: MaxCount, Registered: MaxCount}
	}
	for k := range big.Lists {
		big.Lists[k] = ListTally{Kept: MaxCount, Entries: MaxCount}
	}
	require.NoError(t, big.Validate())
	assert.Equal(t, 8*MaxCount, big.Get(OrganisationsMeasure))
	assert.Equal(t, 4*MaxCount, big.Get(RegisteredOrganisationsMeasure))
	assert.Equal(t, 3*MaxCount, big.Get(ListsKeptMeasure))
	_, err := big.Add(Resources{Organisations: Organisations{MutualAid: {Filed: 1}}})
	assert.ErrorIs(t, err, metrics.ErrOverflow)
	assert.Contains(t, err.Error(), "organisations passes the range")
	_, err = big.Add(Resources{Lists: Lists{NeedsList: {Entries: 1}}})
	assert.Contains(t, err.Error(), "lists passes the range")

	for _, tc := range []struct {
		name string
		r    Resources
		want string
	}{
		{"filed", Resources{Organisations: Organisations{LifeService: {Filed: MaxCount + 1}}}, "organisations.life-service.filed is 1000000000001, past"},
		{"registered", Resources{Organisations: Organisations{MutualAid: {Registered: math.MaxInt64}}}, "organisations.mutual-aid.registered is 9223372036854775807"},
		{"kept", Resources{Lists: Lists{NeedsList: {Kept: MaxCount + 1}}}, "lists.needs.kept is 1000000000001, past"},
		{"entries", Resources{Lists: Lists{ProjectsList: {Kept: 1, Entries: math.MaxInt64}}}, "lists.projects.entries is 9223372036854775807"},
		{"volunteers", Resources{Volunteers: MaxCount + 1}, "volunteers is 1000000000001, past"},
	} {
		err := tc.r.Validate()
		assert.ErrorIs(t, err, metrics.ErrOverflow, tc.name)
		assert.False(t, errors.Is(err, ErrCount), tc.name)
		assert.ErrorContains(t, err, tc.want, tc.name)
	}

	// Amounts add exactly, up to the int64 fen range.
	rich := Resources{CharityFunds: 1, CharityFundAmount: decimal.New(math.MaxInt64, -2)}
	require.NoError(t, rich.Validate())
	_, err = rich.Add(Resources{CharityFunds: 1, CharityFundAmount: decimal.RequireFromString("0.01")})
	assert.ErrorIs(t, err, metrics.ErrOverflow)
	assert.Contains(t, err.Error(), "charity_fund_amount passes the range")
	sum, err := rich.Add(Resources{CharityFunds: 1})
	require.NoError(t, err)
	assert.True(t, sum.CharityFundAmount.Equal(rich.CharityFundAmount))

	// A data set whose records together pass MaxCount is refused.
	net := ordosNet(t)
	_, err = NewResourceData(net, []ResourceRecord{
		{Unit: code("150603001001"), Period: policy.MustYear(2024), Resources: Resources{Organisations: Organisations{MutualAid: {Filed: MaxCount}}}},
		{Unit: code("150603001002"), Period: policy.MustYear(2024), Resources: Resources{Organisations: Organisations{MutualAid: {Filed: 1}}}},
	})
	got := problems(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, 1, got[0].Index)
	assert.ErrorIs(t, &got[0], metrics.ErrOverflow)

	// Output: MaxCount is allowed, one more is not; a sum past it neither.
	o := Output{Hours: MaxCount}
	require.NoError(t, o.Validate())
	_, err = o.Add(Output{Hours: 1})
	assert.ErrorIs(t, err, metrics.ErrOverflow)
	assert.Contains(t, err.Error(), "hours passes the range")
	var p Output
	p.ProjectsByGroup[GroupVeterans] = math.MaxInt32
	q := p
	q.ProjectsByField[FieldOther] = 1
	_, err = q.Add(p)
	assert.Contains(t, err.Error(), "projects_by_group passes the range")
	p = Output{}
	p.ProjectsByField[FieldOther] = math.MaxInt32
	_, err = p.Add(p)
	assert.Contains(t, err.Error(), "projects_by_field passes the range")
}

// TestSlimAndWide checks which records the output table keeps whole: those
// with projects and those with a count past 32 bits; the rest are slim,
// and both add up the same.
func TestSlimAndWide(t *testing.T) {
	net := wenzhouNet(t)
	d, err := NewOutputData(net, wenzhouRecords(t))
	require.NoError(t, err)
	assert.Len(t, d.wide, 8, "the eight second halves carry projects; the first halves are slim")

	st := code("330302001")
	recs := []OutputRecord{
		{Unit: st, Period: policy.MustMonth(2023, 1), Output: Output{Hours: math.MaxUint32}},
		{Unit: st, Period: policy.MustMonth(2023, 2), Output: Output{Hours: math.MaxUint32 + 1}},
		{Unit: st, Period: policy.MustMonth(2023, 3), Output: Output{Cases: 1, GroupSessions: 2, Activities: 3, Hours: 4, PersonTimes: 5, NeedsIdentified: 7, NeedsCovered: 6}},
		{Unit: st, Period: policy.MustMonth(2023, 4)},
	}
	d, err = NewOutputData(net, recs)
	require.NoError(t, err)
	assert.Len(t, d.wide, 1, "only the count past 32 bits")
	for i, r := range d.Records() {
		assert.Equal(t, recs[i], r)
	}
	assert.Equal(t, Output{Cases: 1, GroupSessions: 2, Activities: 3, Hours: 2*math.MaxUint32 + 1 + 4, PersonTimes: 5, NeedsIdentified: 7, NeedsCovered: 6},
		must(d.Sum(st, policy.MustYear(2023))))
}

// TestSelectWithinAFindingsUnit asks for the findings of a unit that has
// findings itself: its own come first.
func TestSelectWithinAFindingsUnit(t *testing.T) {
	net := ordosNet(t)
	res, err := NewResourceData(net, ordosRecords())
	require.NoError(t, err)
	rep, err := Check(res, Ordos(), day(2026, 1, 1))
	require.NoError(t, err)
	got := collect(rep.Select(Filter{Within: code("150627100201")}))
	require.Len(t, got, 1)
	assert.Equal(t, code("150627100201"), got[0].Unit)
	assert.Equal(t, "ordos-rural-organisations", got[0].Rule)
	assert.Equal(t, int64(1), got[0].Gap(), "4 of 5")
	last := collect(rep.Select(Filter{Within: code("150627100203")}))
	require.Len(t, last, 2, "the network's last unit")
}

// TestPartialErrorOfFive lists five cut records in full, with no "and 0
// more".
func TestPartialErrorOfFive(t *testing.T) {
	net := wenzhouNet(t)
	var recs []OutputRecord
	for _, s := range wenzhouStations[:5] {
		recs = append(recs, OutputRecord{Unit: code(s.code), Period: policy.MustQuarter(2023, 1), Output: Output{Cases: 1}})
	}
	d, err := NewOutputData(net, recs)
	require.NoError(t, err)
	_, err = d.Sum(0, policy.MustMonth(2023, 1))
	var pe *PartialError
	require.ErrorAs(t, err, &pe)
	assert.Len(t, pe.Records, 5)
	assert.True(t, strings.HasSuffix(err.Error(), "record 4 (330303002 2023-Q1)"), err.Error())
}

// TestPerWorkerBoundaries counts a worker who left on the period's first
// day (in post on a day of it) and not one who left the day before, nor
// one who joins the day after the period.
func TestPerWorkerBoundaries(t *testing.T) {
	net := langxiNet(t)
	town := code("341821100")
	q := policy.MustQuarter(2023, 2)
	ws := []staffing.Worker{
		{ID: "left-on-first-day", Unit: town, Role: staffing.SocialWorker, Joined: day(2020, 1, 1), Left: q.From},
		{ID: "left-day-before", Unit: town, Role: staffing.SocialWorker, Joined: day(2020, 1, 1), Left: q.From - 1},
		{ID: "joined-last-day", Unit: town, Role: staffing.SocialWorker, Joined: q.Until},
		{ID: "joined-day-after", Unit: town, Role: staffing.SocialWorker, Joined: q.Until + 1},
	}
	roster, err := staffing.NewRoster(net, ws)
	require.NoError(t, err)
	d, err := NewOutputData(net, []OutputRecord{{Unit: town, Period: q, Output: Output{Hours: 90}}})
	require.NoError(t, err)
	rate := must(must(d.Rollup(q)).PerWorker(town, HoursMeasure, roster, staffing.Counts{}))
	assert.Equal(t, Rate{Measure: HoursMeasure, Amount: 90, Per: 2}, rate)
}
