package services

import (
	"fmt"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// wenzhouNet is part of Wenzhou: three districts with eight township
// stations between them.
func wenzhouNet(t testing.TB) *hierarchy.Network {
	station := hierarchy.FacilityStation
	return network(t,
		unit{code: "3303", name: "温州市"},
		unit{code: "330302", name: "鹿城区"},
		unit{code: "330302001", name: "五马街道", facility: station},
		unit{code: "330302002", name: "南汇街道", facility: station},
		unit{code: "330302003", name: "松台街道", facility: station},
		unit{code: "330303", name: "龙湾区"},
		unit{code: "330303001", name: "永中街道", facility: station},
		unit{code: "330303002", name: "海滨街道", facility: station},
		unit{code: "330304", name: "瓯海区"},
		unit{code: "330304001", name: "景山街道", facility: station},
		unit{code: "330304002", name: "新桥街道", facility: station},
		unit{code: "330304100", name: "泽雅镇", facility: station},
		unit{code: "330304101", name: "无站镇"},
	)
}

// wenzhouStations are the stations' 2023 figures (cases, group sessions,
// activities, projects in one field), chosen so that they add up to the
// city's "个案877个、小组3893节、社区活动4312场次" and 193 projects:
//
//	cases       120+95+130+110+105+102+115+100 = 877
//	sessions    510+480+520+470+495+468+450+500 = 3,893
//	activities  560+530+610+540+525+500+522+525 = 4,312
//	projects     30+25+24+24+23+22+23+22 = 193
var wenzhouStations = []struct {
	code                        string
	cases, sessions, activities int64
	projects                    int32
	field                       Field
}{
	{"330302001", 120, 510, 560, 30, FieldSocialAssistance},
	{"330302002", 95, 480, 530, 25, FieldElderlyCare},
	{"330302003", 130, 520, 610, 24, FieldCommunityCorrection},
	{"330303001", 110, 470, 540, 24, FieldOther},
	{"330303002", 105, 495, 525, 23, FieldElderlyCare},
	{"330304001", 102, 468, 500, 22, FieldChildProtection},
	{"330304002", 115, 450, 522, 23, FieldOther},
	{"330304100", 100, 500, 525, 22, FieldSocialAssistance},
}

// wenzhouRecords splits each station's year into two half-year records
// (the first half rounded down), with the projects in the second half.
func wenzhouRecords(t testing.TB) []OutputRecord {
	var recs []OutputRecord
	h1, h2 := period(t, "2023-01-01/2023-06-30"), period(t, "2023-07-01/2023-12-31")
	for _, s := range wenzhouStations {
		first := Output{Cases: s.cases / 2, GroupSessions: s.sessions / 2, Activities: s.activities / 2}
		second := Output{Cases: s.cases - first.Cases, GroupSessions: s.sessions - first.GroupSessions,
			Activities: s.activities - first.Activities}
		second.ProjectsByField[s.field] = s.projects
		// Written second half first: the data set orders them.
		recs = append(recs,
			OutputRecord{Unit: code(s.code), Period: h2, Output: second},
			OutputRecord{Unit: code(s.code), Period: h1, Output: first})
	}
	return recs
}

func TestWenzhouRollup(t *testing.T) {
	net := wenzhouNet(t)
	d, err := NewOutputData(net, wenzhouRecords(t))
	require.NoError(t, err)
	assert.Equal(t, 16, d.Len())
	assert.Same(t, net, d.Network())

	year, err := d.Rollup(policy.MustYear(2023))
	require.NoError(t, err)
	assert.Equal(t, policy.MustYear(2023), year.Period())
	all := year.Total()
	assert.Equal(t, int64(877), all.Cases)
	assert.Equal(t, int64(3893), all.GroupSessions)
	assert.Equal(t, int64(4312), all.Activities)
	assert.Equal(t, int64(193), all.Projects())
	assert.Equal(t, all, must(year.Of(lookup(t, net, "3303"))), "the city is the whole network")
	assert.Equal(t, int32(30+22), all.ProjectsByField[FieldSocialAssistance])
	assert.Equal(t, int32(25+23), all.ProjectsByField[FieldElderlyCare])
	assert.Equal(t, int32(24+23), all.ProjectsByField[FieldOther])

	for _, tc := range []struct {
		code                        string
		cases, sessions, activities int64
	}{
		{"330302", 120 + 95 + 130, 510 + 480 + 520, 560 + 530 + 610},  // 345, 1,510, 1,700
		{"330303", 110 + 105, 470 + 495, 540 + 525},                   // 215, 965, 1,065
		{"330304", 102 + 115 + 100, 468 + 450 + 500, 500 + 522 + 525}, // 317, 1,418, 1,547
		{"330302003", 130, 520, 610},
		{"330304101", 0, 0, 0},
	} {
		u := lookup(t, net, tc.code)
		got := must(year.Of(u))
		assert.Equal(t, tc.cases, got.Cases, tc.code)
		assert.Equal(t, tc.sessions, got.GroupSessions, tc.code)
		assert.Equal(t, tc.activities, got.Activities, tc.code)
		sum, err := d.Sum(u, policy.MustYear(2023))
		require.NoError(t, err)
		assert.Equal(t, got, sum, "Sum agrees with Rollup for %s", tc.code)
	}

	// The halves add up to the year.
	h1, err := d.Rollup(period(t, "2023-01-01/2023-06-30"))
	require.NoError(t, err)
	h2, err := d.Sum(0, period(t, "2023-07-01/"))
	require.NoError(t, err)
	assert.Equal(t, int64(60+47+65+55+52+51+57+50), h1.Total().Cases, "first halves, rounded down: 437")
	both, err := h1.Total().Add(h2)
	require.NoError(t, err)
	assert.Equal(t, all, both)

	// Every record lies in the zero (unbounded) period; none in 2022.
	ever, err := d.Sum(0, policy.Period{})
	require.NoError(t, err)
	assert.Equal(t, all, ever)
	none, err := d.Rollup(policy.MustYear(2022))
	require.NoError(t, err)
	assert.Equal(t, Output{}, none.Total())

	// Per station: 877 cases over 8 stations is 109.625; the district of
	// 瓯海 has three stations and a town without one.
	rate := must(year.PerStation(0, CasesMeasure))
	assert.Equal(t, Rate{Measure: CasesMeasure, Amount: 877, Per: 8}, rate)
	r, err := rate.Ratio()
	require.NoError(t, err)
	assert.Equal(t, "109.625", r.Value(3).String())
	ouhai := must(year.PerStation(lookup(t, net, "330304"), ActivitiesMeasure))
	assert.Equal(t, Rate{Measure: ActivitiesMeasure, Amount: 1547, Per: 3}, ouhai)
	none2 := must(year.PerStation(lookup(t, net, "330304101"), CasesMeasure))
	_, err = none2.Ratio()
	assert.ErrorIs(t, err, metrics.ErrRatio, "a town without a station has no per-station rate")
}

func TestPartialPeriod(t *testing.T) {
	net := wenzhouNet(t)
	d, err := NewOutputData(net, wenzhouRecords(t))
	require.NoError(t, err)

	_, err = d.Rollup(policy.MustQuarter(2023, 1))
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrPartial)
	var pe *PartialError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, policy.MustQuarter(2023, 1), pe.Period)
	require.Len(t, pe.Records, 8, "every station's first half straddles the quarter")
	assert.Equal(t, RecordRef{Index: 1, Unit: code("330302001"), Period: period(t, "2023-01-01/2023-06-30")}, pe.Records[0])
	assert.Equal(t, 15, pe.Records[7].Index)
	assert.Contains(t, err.Error(), "2023-Q1 contains only part of 8 record(s): record 1 (330302001 2023-01-01/2023-06-30)")
	assert.Contains(t, err.Error(), "and 3 more")

	_, err = d.Sum(lookup(t, net, "330303"), period(t, "2023-06-01/2023-12-31"))
	require.ErrorAs(t, err, &pe)
	assert.Len(t, pe.Records, 2, "only the district's two stations are asked about")
	assert.Equal(t, "services: period cuts through records: 2023-06-01/2023-12-31 contains only part of 2 record(s): record 7 (330303001 2023-01-01/2023-06-30) record 9 (330303002 2023-01-01/2023-06-30)", err.Error())

	_, err = d.Sum(0, policy.Period{From: day(2023, 5, 1), Until: day(2023, 4, 1)})
	assert.ErrorIs(t, err, policy.ErrPeriod)
	_, err = d.Rollup(policy.Period{From: day(2023, 5, 1), Until: day(2023, 4, 1)})
	assert.ErrorIs(t, err, policy.ErrPeriod)
}

// langxiNet is Langxi county: a guidance centre and 12 town and
// subdistrict stations, full coverage.
func langxiNet(t testing.TB) *hierarchy.Network {
	units := []unit{{code: "341821", name: "郎溪县", facility: hierarchy.FacilityGuidanceCenter}}
	for i := range 12 {
		units = append(units, unit{code: fmt.Sprintf("341821%03d", 100+i), name: fmt.Sprintf("镇%d", i+1), facility: hierarchy.FacilityStation})
	}
	return network(t, units...)
}

// langxiRoster places the county's 26 social workers, two at each station
// and two at the centre, and three people who do not count in 2023: one
// who left in 2022, one who joined in 2024, and a committee cadre.
func langxiRoster(t testing.TB, net *hierarchy.Network) *staffing.Roster {
	var ws []staffing.Worker
	add := func(c string, role staffing.Role, joined, left policy.Date) {
		ws = append(ws, staffing.Worker{ID: fmt.Sprintf("lx-%02d", len(ws)), Unit: code(c), Role: role, Joined: joined, Left: left})
	}
	add("341821", staffing.SocialWorker, day(2021, 3, 1), 0)
	add("341821", staffing.SocialWorker, day(2022, 3, 1), day(2023, 2, 28)) // left during 2023: counts
	for i := range 12 {
		c := fmt.Sprintf("341821%03d", 100+i)
		add(c, staffing.ResidentWorker, day(2022, 1, 1), 0)
		add(c, staffing.ResidentWorker, day(2023, 12, 31), 0) // joined on the last day: counts
	}
	add("341821100", staffing.ResidentWorker, day(2021, 1, 1), day(2022, 12, 31))
	add("341821101", staffing.ResidentWorker, day(2024, 1, 1), 0)
	add("341821102", staffing.CommitteeCadre, day(2020, 1, 1), 0)
	r, err := staffing.NewRoster(net, ws)
	require.NoError(t, err)
	return r
}

// langxiRecords give each station 273 visiting hours in 2023, in quarters
// of 68, 68, 68 and 69: 12 × 273 = 3,276 hours. The first station also
// holds the county's needs survey (89 client and 322 resident needs) and
// its 36 venture-philanthropy projects, 261 events and 10,000 people.
func langxiRecords() []OutputRecord {
	var recs []OutputRecord
	for i := range 12 {
		for q, h := range []int64{68, 68, 68, 69} {
			r := OutputRecord{Unit: code(fmt.Sprintf("341821%03d", 100+i)), Period: policy.MustQuarter(2023, q+1), Output: Output{Hours: h}}
			if i == 0 && q == 3 {
				r.Output.NeedsIdentified, r.Output.NeedsCovered = 89+322, 36
				r.Output.Activities, r.Output.PersonTimes = 261, 10000
				r.Output.ProjectsByField[FieldElderlyCare] = 20
				r.Output.ProjectsByField[FieldChildProtection] = 16
			}
			recs = append(recs, r)
		}
	}
	return recs
}

func TestLangxiPerWorker(t *testing.T) {
	net := langxiNet(t)
	d, err := NewOutputData(net, langxiRecords())
	require.NoError(t, err)
	roster := langxiRoster(t, net)
	year, err := d.Rollup(policy.MustYear(2023))
	require.NoError(t, err)
	social := staffing.Counts{Roles: staffing.SocialWorkRoles()}

	county := lookup(t, net, "341821")
	rate, err := year.PerWorker(county, HoursMeasure, roster, social)
	require.NoError(t, err)
	assert.Equal(t, Rate{Measure: HoursMeasure, Amount: 3276, Per: 26}, rate)
	r, err := rate.Ratio()
	require.NoError(t, err)
	assert.True(t, r.Equal(metrics.Fraction(decimal.NewFromInt(126))), "3,276 / 26 = 126, got %s", r)

	whole, err := year.PerWorker(0, HoursMeasure, roster, social)
	require.NoError(t, err)
	assert.Equal(t, rate, whole)

	town, err := year.PerWorker(lookup(t, net, "341821100"), HoursMeasure, roster, social)
	require.NoError(t, err)
	assert.Equal(t, Rate{Measure: HoursMeasure, Amount: 273, Per: 2}, town, "the worker who left in 2022 does not count")
	everyone, err := year.PerWorker(lookup(t, net, "341821102"), HoursMeasure, roster, staffing.Counts{})
	require.NoError(t, err)
	assert.Equal(t, int64(3), everyone.Per, "with any role, the cadre counts")

	// The needs the survey found and the projects that answer them.
	all := year.Total()
	assert.Equal(t, int64(411), all.NeedsIdentified)
	assert.Equal(t, int64(36), all.Projects())
	assert.Equal(t, "8.76%", all.NeedsCoverage().Rate().Format(metrics.Percent, 2))
	assert.Equal(t, int64(261), all.Activities)
	q4, err := d.Sum(county, policy.MustQuarter(2023, 4))
	require.NoError(t, err)
	assert.Equal(t, int64(12*69), q4.Hours)

	_, err = year.PerWorker(county, HoursMeasure, langxiRoster(t, langxiNet(t)), social)
	assert.ErrorIs(t, err, ErrNetwork)
	open, err := d.Rollup(policy.Since(day(2023, 1, 1)))
	require.NoError(t, err)
	_, err = open.PerWorker(county, HoursMeasure, roster, social)
	assert.ErrorIs(t, err, policy.ErrPeriod)
}

func TestOutputRecordsOrder(t *testing.T) {
	net := wenzhouNet(t)
	d, err := NewOutputData(net, wenzhouRecords(t))
	require.NoError(t, err)
	var got []string
	for i, r := range d.Records() {
		got = append(got, fmt.Sprintf("%d %s %s", i, r.Unit, r.Period))
		if len(got) == 3 {
			break
		}
	}
	assert.Equal(t, []string{
		"1 330302001 2023-01-01/2023-06-30",
		"0 330302001 2023-07-01/2023-12-31",
		"3 330302002 2023-01-01/2023-06-30",
	}, got)
}

func TestOutputValidation(t *testing.T) {
	net := wenzhouNet(t)
	st := code("330302001")
	m := func(y int, mo int) policy.Period { return period(t, fmt.Sprintf("%04d-%02d", y, mo)) }
	recs := []OutputRecord{
		{Unit: st, Period: m(2023, 1), Output: Output{Cases: 3}},             // 0 fine
		{Unit: st, Period: m(2023, 2), Output: Output{Cases: -1, Hours: -2}}, // 1 two negatives
		{Unit: code("330399001"), Period: m(2023, 1)},                        // 2 unknown unit
		{Period: m(2023, 1)},                              // 3 no unit
		{Unit: st, Period: policy.Since(day(2023, 3, 1))}, // 4 open period
		{Unit: st, Period: policy.Period{From: day(2023, 5, 1), Until: day(2023, 4, 1)}},     // 5 reversed
		{Unit: st, Period: m(2023, 1), Output: Output{Cases: 1}},                             // 6 duplicate of 0
		{Unit: st, Period: period(t, "2023-01-15/2023-02-15")},                               // 7 overlaps 0 (and 1)
		{Unit: code("330302002"), Period: m(2023, 1), Output: Output{NeedsCovered: 2}},       // 8 covered > identified
		{Unit: code("330302002"), Period: m(2023, 2), Output: Output{PersonTimes: MaxCount}}, // 9 fine alone
		{Unit: code("330302002"), Period: m(2023, 3), Output: Output{PersonTimes: 1}},        // 10 brings the total past MaxCount
		{Unit: code("330302002"), Period: m(2023, 4), Output: Output{Hours: MaxCount + 1}},   // 11 past MaxCount alone
		{Unit: code("330302002"), Period: m(2023, 5), Output: Output{Hours: math.MaxInt64}},  // 12 likewise
	}
	_, err := NewOutputData(net, recs)
	for _, is := range []error{hierarchy.ErrUnknownUnit, policy.ErrOverlap, policy.ErrOverlap, ErrCount, metrics.ErrOverflow, policy.ErrPeriod} {
		assert.ErrorIs(t, err, is, "the data error unwraps to every problem")
	}
	got := problems(t, err)
	type want struct {
		record int
		is     error
		text   string
	}
	wants := []want{
		{1, ErrCount, "cases is -1"},
		{1, ErrCount, "hours is -2"},
		{1, policy.ErrOverlap, "record 7 covers 2023-01-15/2023-02-15"},
		{2, hierarchy.ErrUnknownUnit, "330399001"},
		{3, hierarchy.ErrUnknownUnit, "unit code is missing"},
		{4, policy.ErrPeriod, "needs both ends"},
		{5, policy.ErrPeriod, "until is before from"},
		{6, policy.ErrOverlap, "record 0 has the same unit and period"},
		{7, policy.ErrOverlap, "record 0 covers 2023-01"},
		{8, ErrCount, "needs_covered 2 is more than needs_identified 0"},
		{10, metrics.ErrOverflow, "person_times passes the range"},
		{11, metrics.ErrOverflow, "hours is 1000000000001, past 1000000000000"},
		{12, metrics.ErrOverflow, "hours is 9223372036854775807, past 1000000000000"},
	}
	require.Len(t, got, len(wants), "%v", &DataError{Problems: got})
	for i, w := range wants {
		assert.Equal(t, w.record, got[i].Index, "problem %d", i)
		assert.ErrorIs(t, &got[i], w.is, "problem %d", i)
		assert.Contains(t, got[i].Error(), w.text, "problem %d", i)
	}
	assert.Equal(t, "record 2 (330399001 2023-01): unit not in the network: 330399001", got[3].Error())
	assert.Equal(t, "record 3 (no unit 2023-01): unit not in the network: unit code is missing", got[4].Error())

	// Overlaps are found whatever the input order, against the record that
	// reaches furthest.
	_, err = NewOutputData(net, []OutputRecord{
		{Unit: st, Period: period(t, "2023-03-01/2023-03-31")},
		{Unit: st, Period: period(t, "2023-01-01/2023-12-31")},
		{Unit: st, Period: period(t, "2023-02-01/2023-02-28")},
	})
	got = problems(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, 0, got[0].Index)
	assert.Contains(t, got[0].Error(), "record 1 covers 2023")
	assert.Equal(t, 2, got[1].Index)
	assert.Contains(t, got[1].Error(), "record 1 covers 2023")
}

func TestDataErrorMessage(t *testing.T) {
	net := wenzhouNet(t)
	var recs []OutputRecord
	for i := range 25 {
		recs = append(recs, OutputRecord{Unit: code("330302001"), Period: policy.MustMonth(2023, 1), Output: Output{Cases: int64(-i - 1)}})
	}
	_, err := NewOutputData(net, recs[:1])
	assert.EqualError(t, err, "services: 1 problem; record 0 (330302001 2023-01): invalid count: cases is -1, below zero")
	_, err = NewOutputData(net, recs)
	require.Error(t, err)
	// 25 negative counts and 24 duplicates.
	assert.Contains(t, err.Error(), "services: 49 problems; record 0")
	assert.Contains(t, err.Error(), "; and 29 more")
}

func TestTooManyRecords(t *testing.T) {
	_, err := build(wenzhouNet(t), spec[Output]{n: math.MaxInt32 + 1})
	assert.ErrorIs(t, err, hierarchy.ErrTooMany)
}
