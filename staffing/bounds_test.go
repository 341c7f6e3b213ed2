package staffing

import (
	"encoding/json"
	"fmt"
	"math"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// TestMinimumBounds: a minimum past MaxMin used to be cast to int32 in
// Require, so 4,294,967,298 required 2 and 3e9 a negative total.
func TestMinimumBounds(t *testing.T) {
	net := chongqingNet(t)
	for _, tc := range []struct {
		min int
		ok  bool
	}{{4294967298, false}, {3_000_000_000, false}, {MaxMin + 1, false}, {MaxMin, true}, {0, true}, {-1, false}} {
		rs := Chongqing()
		rs.Minimums[0].Min = tc.min
		m, err := Require(net, rs, day(2024, 1, 1))
		if !tc.ok {
			assert.ErrorIs(t, err, ErrRule, tc.min)
			assert.ErrorContains(t, err, fmt.Sprintf(`rule "cq-centre": min %d is outside 0..100000`, tc.min))
			continue
		}
		require.NoError(t, err, tc.min)
		assert.Equal(t, int64(tc.min+2*2+3+10+7), m.Total(), "the county's own minimum plus the rest (24)")
	}
	_, err := DecodeRuleSet([]byte(`{"jurisdiction":"x","minimums":[{"id":"m","units":{"level":"county"},"min":4294967298,
		"source":{"title":"t","issuer":"i","status":"plan"}}]}`))
	assert.ErrorContains(t, err, "min 4294967298 is outside 0..100000")

	rs := InnerMongolia()
	rs.Roles[0].Quotas[0].Min = MaxMin + 1
	assert.ErrorContains(t, rs.Validate(), "roles[0].quotas[0].min: invalid staffing rule: rule \"nm-station-roles\": min 100001 is outside 1..100000")
	rs.Roles[0].Quotas[0].Min = MaxMin
	assert.NoError(t, rs.Validate())
}

// TestMonthsBounds: Months of 2⁴⁰ used to give a deadline in the year
// −1879452 and a false overdue finding.
func TestMonthsBounds(t *testing.T) {
	for _, tc := range []struct {
		months int
		ok     bool
	}{{1 << 40, false}, {math.MaxInt, false}, {MaxMonths + 1, false}, {MaxMonths, true}, {1, true}, {0, false}, {-12, false}} {
		rs := Langxi()
		rs.Certificates[0].Months = tc.months
		err := rs.Validate()
		if tc.ok {
			assert.NoError(t, err, tc.months)
			continue
		}
		assert.ErrorContains(t, err, fmt.Sprintf("months %d is outside 1..600", tc.months))
	}
	// Fifty years after joining on a leap day is 2070-02-28.
	w := Worker{Joined: day(2020, 2, 29)}
	assert.Equal(t, day(2070, 2, 28), CertificateRule{Months: MaxMonths}.Deadline(w))
	assert.Equal(t, day(2021, 2, 28), CertificateRule{Months: 12}.Deadline(w))
	assert.Equal(t, day(2024, 2, 29), CertificateRule{Months: 48}.Deadline(w))
}

// TestAddMonths holds the integer calendar arithmetic equal to
// policy.Date.AddMonths, over every day of 1999–2001 and the ends of the
// range of dates, for every bounded month count.
func TestAddMonths(t *testing.T) {
	check := func(d policy.Date, n int) {
		want, err := d.AddMonths(n)
		if err != nil {
			t.Fatalf("%s.AddMonths(%d): %v", d, n, err)
		}
		if got := addMonths(d, n); got != want {
			t.Fatalf("addMonths(%s, %d) = %s, want %s", d, n, got, want)
		}
	}
	for d := day(1999, 1, 1); d <= day(2001, 12, 31); d++ {
		for _, n := range []int{0, 1, 2, 11, 12, 13, 23, 25, 48, 599, 600} {
			check(d, n)
		}
	}
	for _, d := range []policy.Date{day(1, 1, 1), day(1, 3, 1), day(4, 2, 29), day(100, 2, 28), day(400, 2, 29), day(1900, 2, 28), day(9949, 12, 31)} {
		for n := range MaxMonths + 1 {
			check(d, n)
		}
	}
	for _, d := range []policy.Date{day(2000, 3, 1), day(2023, 12, 31), day(2024, 1, 1), day(2024, 2, 29), day(1, 1, 1)} {
		y, m, dd := civil(d)
		assert.Equal(t, []int{d.Year(), int(d.Month()), d.Day()}, []int{y, m, dd}, d)
		assert.Equal(t, d, fromCivil(y, m, dd))
	}
	assert.Equal(t, 29, daysIn(2000, 2))
	assert.Equal(t, 28, daysIn(1900, 2))
	assert.Equal(t, 29, daysIn(2024, 2))
	assert.Equal(t, 28, daysIn(2023, 2))
	assert.Equal(t, 30, daysIn(2023, 11))
	assert.Equal(t, 31, daysIn(2023, 12))
}

// TestCountsCertified: only workers holding a certificate on the day
// count toward a minimum that asks for certificates.
func TestCountsCertified(t *testing.T) {
	w := Worker{Role: SocialWorker, Joined: day(2020, 1, 1)}
	w.Certified[Junior] = day(2023, 6, 1)
	c := Counts{Certified: true}
	assert.False(t, c.Match(w, day(2023, 5, 31)), "the day before the certificate")
	assert.True(t, c.Match(w, day(2023, 6, 1)), "the day of the certificate")
	assert.True(t, Counts{}.Match(w, day(2023, 5, 31)), "without the condition, anyone counts")
	prior := Worker{Role: SocialWorker, Joined: day(2020, 1, 1), Prior: Junior}
	assert.True(t, c.Match(prior, day(2020, 1, 1)), "a certificate held on joining")
	assert.False(t, Counts{FullTime: true}.Match(Worker{Employment: PartTime}, day(2020, 1, 1)))
	assert.False(t, Counts{Roles: RolesOf(ResidentWorker)}.Match(w, day(2024, 1, 1)))

	// In a check: two workers on a station, one certified on the day.
	net := chongqingNet(t)
	a := worker("a", "500101102", SocialWorker, day(2020, 1, 1))
	a.Certified[Junior] = day(2024, 1, 1)
	b := worker("b", "500101102", SocialWorker, day(2020, 1, 1))
	r, err := NewRoster(net, []Worker{a, b})
	require.NoError(t, err)
	rs := &RuleSet{Jurisdiction: "x", Minimums: []Minimum{{ID: "certified", Units: hierarchy.Selector{Kinds: []hierarchy.UnitKind{hierarchy.KindTown}},
		Min: 2, Counts: Counts{Certified: true}, Source: Chongqing().Minimums[0].Source}}}
	for _, tc := range []struct {
		on     policy.Date
		actual int
	}{{day(2023, 12, 31), 0}, {day(2024, 1, 1), 1}} {
		rep, err := Check(r, rs, tc.on)
		require.NoError(t, err)
		for u := range rep.Units() {
			if u.Unit == code("500101102") {
				assert.Equal(t, tc.actual, u.Actual, tc.on)
			}
		}
	}
}

// TestLastDayInPost: a worker is in post on the day recorded as the last,
// and not the day after.
func TestLastDayInPost(t *testing.T) {
	w := Worker{Joined: day(2020, 1, 1), Left: day(2023, 6, 30)}
	assert.True(t, w.Active(day(2023, 6, 30)))
	assert.False(t, w.Active(day(2023, 7, 1)))
	assert.True(t, w.Active(day(2020, 1, 1)))
	assert.False(t, w.Active(day(2019, 12, 31)))

	// A centre's two workers; one leaves on the day checked.
	net := chongqingNet(t)
	a := worker("a", "500101", SocialWorker, day(2020, 1, 1))
	a.Left = day(2024, 1, 1)
	r, err := NewRoster(net, []Worker{a, worker("b", "500101", SocialWorker, day(2020, 1, 1))})
	require.NoError(t, err)
	for _, tc := range []struct {
		on    policy.Date
		short bool
	}{{day(2024, 1, 1), false}, {day(2024, 1, 2), true}} {
		rep, err := Check(r, Chongqing(), tc.on)
		require.NoError(t, err)
		k := Shortfall
		got := slicesCollect(rep.Select(Filter{Within: code("500101"), Kind: &k, Rule: "cq-centre"}))
		assert.Equal(t, tc.short, len(got) == 1, tc.on)
	}
}

// TestFindingOnFirstUnit: the first unit in code order (index 0) is in
// the report like any other, under the zero filter and within itself.
func TestFindingOnFirstUnit(t *testing.T) {
	net := chongqingNet(t)
	r, err := NewRoster(net, []Worker{worker("a", "500101001", SocialWorker, day(2020, 1, 1))})
	require.NoError(t, err)
	rep, err := Check(r, Chongqing(), day(2024, 1, 1))
	require.NoError(t, err)
	all := findings(rep)
	require.NotEmpty(t, all)
	assert.Equal(t, code("500101"), all[0].Unit, "the county, first in code order, is short")
	assert.Equal(t, "cq-centre", all[0].Rule)
	assert.Equal(t, int64(2), all[0].Gap())
	assert.Len(t, all, rep.Len())
	within := slicesCollect(rep.Select(Filter{Within: code("500101")}))
	assert.Equal(t, all, within, "the county's subtree is the whole network")
	only := slicesCollect(rep.Select(Filter{Within: code("500101001")}))
	require.NotEmpty(t, only)
	assert.Equal(t, code("500101001"), only[0].Unit)
	for _, f := range only {
		assert.True(t, code("500101001").Contains(f.Unit), f.Unit)
	}
	assert.Len(t, slicesCollect(rep.Select(Filter{MinSeverity: Violation})), len(all))
	var one []Finding
	for f := range rep.Select(Filter{}) {
		one = append(one, f)
		break
	}
	assert.Len(t, one, 1)
}

// TestRosterBoundaries: a certificate dated on the joining day counts as
// obtained in post; one dated the day before must be recorded as the
// prior level. A certificate at the prior level or below is refused, one
// above it accepted.
func TestRosterBoundaries(t *testing.T) {
	net := chongqingNet(t)
	j := day(2023, 3, 1)
	onDay := worker("a", "500101", SocialWorker, j)
	onDay.Certified[Junior] = j
	above := worker("b", "500101", SocialWorker, j)
	above.Prior, above.Certified[Intermediate] = Junior, day(2024, 1, 1)
	_, err := NewRoster(net, []Worker{onDay, above})
	require.NoError(t, err)

	before := worker("c", "500101", SocialWorker, j)
	before.Certified[Junior] = j - 1
	same := worker("d", "500101", SocialWorker, j)
	same.Prior, same.Certified[Junior] = Junior, day(2024, 1, 1)
	left := worker("e", "500101", SocialWorker, j)
	left.Left = j // joins and leaves the same day: allowed
	_, err = NewRoster(net, []Worker{before, same, left})
	var re *RosterError
	require.ErrorAs(t, err, &re)
	require.Len(t, re.Problems, 2)
	assert.Equal(t, 0, re.Problems[0].Index)
	assert.ErrorIs(t, &re.Problems[0], ErrWorkerDates)
	assert.Equal(t, 1, re.Problems[1].Index)
	assert.ErrorIs(t, &re.Problems[1], ErrWorkerInvalid)
}

// TestCertLevelsAndAliases checks the listings, that they are fresh
// slices, and the short forms people type.
func TestCertLevelsAndAliases(t *testing.T) {
	assert.Equal(t, []CertLevel{Junior, Intermediate, Senior}, CertLevels())
	l := CertLevels()
	l[0] = Senior
	assert.Equal(t, Junior, CertLevels()[0])
	assert.Len(t, Roles(), 12)
	assert.NotContains(t, Roles(), RoleUnspecified)
	assert.Equal(t, []Employment{FullTime, PartTime, Concurrent}, Employments())
	assert.Equal(t, []Severity{Info, Warning, Violation}, Severities())
	assert.Equal(t, []FindingKind{Shortfall, MissingRole, CertificateOverdue, AreaTarget}, FindingKinds())
	assert.Equal(t, RolesOf(SocialWorker, ResidentWorker, OutreachWorker), SocialWorkRoles())
	for _, v := range []interface{ Valid() bool }{Junior, NoCertificate, Concurrent, Violation, AreaTarget} {
		assert.True(t, v.Valid(), v)
	}
	for _, v := range []interface{ Valid() bool }{CertLevel(4), Employment(3), Severity(3), FindingKind(4)} {
		assert.False(t, v.Valid(), v)
	}
	for text, want := range map[string]Role{"社工": SocialWorker, "社会工作者": SocialWorker, "专职社工": SocialWorker, "驻站社会工作者": ResidentWorker} {
		var r Role
		require.NoError(t, r.UnmarshalText([]byte(text)), text)
		assert.Equal(t, want, r, text)
	}
	for text, want := range map[string]CertLevel{"社工师": Intermediate, "助理社工师": Junior, "高级": Senior, "无": NoCertificate, "none": NoCertificate} {
		var c CertLevel
		require.NoError(t, c.UnmarshalText([]byte(text)), text)
		assert.Equal(t, want, c, text)
	}
	var e Employment
	require.NoError(t, e.UnmarshalText([]byte("全职")))
	assert.Equal(t, FullTime, e)
	var r Role
	err := r.UnmarshalText([]byte("社工员"))
	require.ErrorIs(t, err, policy.ErrUnknownName)
	assert.NotContains(t, err.Error(), "unspecified")
	assert.Equal(t, "不达标", Violation.Label(language.SimplifiedChinese))
}

// TestConcurrentReads reads one roster, its minimums, a report and a
// comparison from several goroutines at once; run under -race it shows
// that these results need no locking.
func TestConcurrentReads(t *testing.T) {
	net := chongqingNet(t)
	var ws []Worker
	for i := range 40 {
		w := worker(fmt.Sprint("w", i), []string{"500101", "500101001", "500101101200"}[i%3], SocialWorker, day(2020, 1, 1))
		if i%4 == 0 {
			w.Role = ResidentWorker
		}
		ws = append(ws, w)
	}
	r, err := NewRoster(net, ws)
	require.NoError(t, err)
	rs := Chongqing()
	rs.Certificates = Langxi().Certificates
	rep, err := Check(r, rs, day(2024, 1, 1))
	require.NoError(t, err)
	c, err := Compare(Chongqing(), rs, net, day(2024, 1, 1))
	require.NoError(t, err)
	want := findings(rep)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 10 {
				if got := findings(rep); len(got) != len(want) {
					t.Error("findings differ")
				}
				for range rep.Units() {
				}
				for u := range net.Units() {
					_, _ = rep.Minimums.Of(u.Code())
					_, _ = c.Reform.Subtree(u.Code())
					for range r.AtUnit(u.Code()) {
					}
				}
				_ = c.Total()
				_ = rep.Minimums.ByLevel()
				for range r.All() {
				}
				if _, err := json.Marshal(rep); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
}

// TestReportJSON checks that a report encodes its units and findings.
func TestReportJSON(t *testing.T) {
	net := chongqingNet(t)
	r, err := NewRoster(net, []Worker{worker("a", "500101", SocialWorker, day(2020, 1, 1))})
	require.NoError(t, err)
	rep, err := Check(r, Chongqing(), day(2024, 1, 1))
	require.NoError(t, err)
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	var back struct {
		Date     policy.Date
		Units    []UnitStaffing
		Findings []Finding
	}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, day(2024, 1, 1), back.Date)
	assert.Equal(t, slicesCollect(rep.Units()), back.Units)
	assert.Equal(t, findings(rep), back.Findings)
}

// TestManyFindings passes a chunk of findings, so that reading them
// crosses from one chunk to the next.
func TestManyFindings(t *testing.T) {
	recs := []hierarchy.Record{{Code: code("500101"), Name: "区"}, {Code: code("500101001"), Name: "街道"}}
	for i := range chunkLen + 10 {
		recs = append(recs, hierarchy.Record{Code: code(fmt.Sprintf("500101001%03d", 1+i%199)), Name: "社区"})
		if i >= 198 {
			break
		}
	}
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	var ws []Worker
	for i := range chunkLen + 100 {
		ws = append(ws, worker(fmt.Sprint("w", i), "500101001001", ResidentWorker, day(2020, 1, 1)))
	}
	r, err := NewRoster(net, ws)
	require.NoError(t, err)
	rep, err := Check(r, Langxi(), day(2024, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, chunkLen+100, rep.Len())
	got := findings(rep)
	require.Len(t, got, chunkLen+100)
	assert.Equal(t, "w0", got[0].Worker)
	assert.Equal(t, fmt.Sprint("w", chunkLen+99), got[len(got)-1].Worker)
	n := 0
	for range rep.Select(Filter{}) {
		n++
		if n == chunkLen+1 {
			break
		}
	}
	assert.Equal(t, chunkLen+1, n, "stops in the second chunk")
}

// TestIDNotUTF8 is the fuzzer's find: an id of invalid UTF-8 came back
// from JSON as U+FFFD, a different id.
func TestIDNotUTF8(t *testing.T) {
	rs := Langxi()
	rs.Certificates[0].ID = "\xe4"
	err := rs.Validate()
	assert.ErrorContains(t, err, "rule \"\uFFFD\": id is not valid UTF-8")
}

// TestReportOrder checks the order of a report that mixes every kind of
// finding, with two rules of each kind so that each finding names its own
// rule: whole-network targets first, then by unit in code order, and
// within a unit by kind, rule and worker.
func TestReportOrder(t *testing.T) {
	net := chongqingNet(t)
	src := Chongqing().Minimums[0].Source
	j := day(2020, 1, 1)
	r, err := NewRoster(net, []Worker{
		worker("a", "500101001", ResidentWorker, j), // no certificate: overdue under both rules
		worker("b", "500101001", OutreachWorker, j),
		worker("c", "500101101", SocialWorker, j),
	})
	require.NoError(t, err)
	sel := func(k hierarchy.UnitKind) hierarchy.Selector {
		return hierarchy.Selector{Kinds: []hierarchy.UnitKind{k}}
	}
	rs := &RuleSet{Jurisdiction: "x",
		Minimums: []Minimum{
			{ID: "m1", Units: sel(hierarchy.KindSubdistrict), Min: 3, Source: src},
			{ID: "m2", Units: sel(hierarchy.KindSubdistrict), Min: 4, Source: src},
		},
		Roles: []RoleRule{
			{ID: "r1", Units: sel(hierarchy.KindSubdistrict), Quotas: []RoleQuota{{Roles: RolesOf(StationHead), Min: 1}}, Source: src},
			{ID: "r2", Units: sel(hierarchy.KindSubdistrict), Quotas: []RoleQuota{{Roles: RolesOf(DeputyHead), Min: 2}}, Source: src},
		},
		Certificates: []CertificateRule{
			{ID: "c1", Roles: RolesOf(ResidentWorker), Months: 12, Source: src},
			{ID: "c2", Roles: RolesOf(ResidentWorker, OutreachWorker), Months: 24, Source: src},
		},
		Areas: []AreaRule{
			{ID: "all", Indicator: "i", Requirement: metrics.Requirement{Floor: 10}, Deadline: day(2030, 1, 1), Source: src},
			{ID: "towns", Indicator: "i", Units: hierarchy.Selector{Level: hierarchy.LevelTownship}, Requirement: metrics.Requirement{Floor: 1},
				Deadline: day(2030, 1, 1), Source: src},
		},
	}
	rep, err := Check(r, rs, day(2024, 1, 1))
	require.NoError(t, err)
	var got []string
	for _, f := range findings(rep) {
		got = append(got, fmt.Sprintf("%s %s %s %s %d/%d", f.Unit, f.Kind, f.Rule, f.Worker, f.Actual, f.Required))
	}
	assert.Equal(t, []string{
		" area-target all  3/10",
		"500101001 shortfall m1  2/3", "500101001 shortfall m2  2/4",
		"500101001 missing-role r1  0/1", "500101001 missing-role r2  0/2",
		"500101001 certificate-overdue c1 a 0/1", "500101001 certificate-overdue c2 a 0/1", "500101001 certificate-overdue c2 b 0/1",
		"500101001 area-target towns  2/1",
		"500101002 shortfall m1  0/3", "500101002 shortfall m2  0/4",
		"500101002 missing-role r1  0/1", "500101002 missing-role r2  0/2",
		"500101002 area-target towns  0/1",
		"500101101 area-target towns  1/1", "500101102 area-target towns  0/1", "500101103 area-target towns  0/1",
	}, got)
	require.Len(t, rep.Areas, 6, "the whole network, then five townships")
	assert.Zero(t, rep.Areas[0].Unit)
	assert.Equal(t, code("500101103"), rep.Areas[5].Unit)
	assert.Equal(t, int64(20000), rep.Areas[0].Population)
	sev := map[string]Severity{}
	for _, f := range findings(rep) {
		if f.Kind == AreaTarget {
			sev[f.Unit.String()] = f.Severity
		}
	}
	assert.Equal(t, map[string]Severity{"": Warning, "500101001": Info, "500101002": Warning, "500101101": Info, "500101102": Warning, "500101103": Warning}, sev)
}

// TestChunksGrowByWholeChunks: growing a chunk list allocates one chunk
// at a time and copies nothing, where a slice would reallocate.
func TestChunksGrowByWholeChunks(t *testing.T) {
	allocs := testing.AllocsPerRun(2, func() {
		var c chunks[int]
		for i := range 3 * chunkLen {
			c.add(i)
		}
	})
	assert.LessOrEqual(t, allocs, 6.0, "three chunks and the list of full ones")
	var c chunks[int]
	for i := range 2*chunkLen + 1 {
		c.add(i)
	}
	n := 0
	for v := range c.all() {
		require.Equal(t, n, *v)
		n++
	}
	assert.Equal(t, 2*chunkLen+1, n)
	assert.Len(t, c.full, 2)
}

// TestMinimumTies: of two minimums as large as each other on one unit,
// the first in the rule set is the one named; 2¹⁵ minimums in force are
// the most a rule set may hold.
func TestMinimumTies(t *testing.T) {
	net := chongqingNet(t)
	rs := Chongqing()
	tie := rs.Minimums[0]
	tie.ID = "cq-centre-again"
	rs.Minimums = append(rs.Minimums, tie)
	m, err := Require(net, rs, day(2024, 1, 1))
	require.NoError(t, err)
	n, id := m.Of(code("500101"))
	assert.Equal(t, 2, n)
	assert.Equal(t, "cq-centre", id)

	src := rs.Minimums[0].Source
	many := &RuleSet{Jurisdiction: "x"}
	for i := range 1 << 15 {
		many.Minimums = append(many.Minimums, Minimum{ID: fmt.Sprint("m", i), Units: hierarchy.Selector{Level: hierarchy.LevelCounty}, Min: i % 3, Source: src})
	}
	m, err = Require(net, many, day(2024, 1, 1))
	require.NoError(t, err)
	n, id = m.Of(code("500101"))
	assert.Equal(t, 2, n)
	assert.Equal(t, "m2", id)
	many.Minimums = append(many.Minimums, Minimum{ID: "one-more", Units: hierarchy.Selector{Level: hierarchy.LevelCounty}, Source: src})
	_, err = Require(net, many, day(2024, 1, 1))
	assert.ErrorContains(t, err, "32769 minimums in force, at most 32768")
}

// TestSeniorCertificateChecked: every level's certificate date is held
// against the joining day and the prior level, the senior one included.
func TestSeniorCertificateChecked(t *testing.T) {
	net := chongqingNet(t)
	j := day(2023, 3, 1)
	early := worker("a", "500101", SocialWorker, j)
	early.Certified[Senior] = j - 1
	low := worker("b", "500101", SocialWorker, j)
	low.Prior, low.Certified[Senior] = Senior, day(2024, 1, 1)
	mid := worker("c", "500101", SocialWorker, j)
	mid.Certified[Intermediate] = j - 1
	_, err := NewRoster(net, []Worker{early, low, mid})
	var re *RosterError
	require.ErrorAs(t, err, &re)
	var got []string
	for _, p := range re.Problems {
		got = append(got, p.Error())
	}
	assert.Equal(t, []string{
		"worker 0 a: impossible dates: senior certificate 2023-02-28 before joining 2023-03-01 (record it as the prior level)",
		"worker 1 b: invalid field: senior certificate obtained in post but senior held on joining",
		"worker 2 c: impossible dates: intermediate certificate 2023-02-28 before joining 2023-03-01 (record it as the prior level)",
	}, got)
}

// TestRoleRange: the thirteenth role value is not a role.
func TestRoleRange(t *testing.T) {
	assert.True(t, Supervisor.Valid())
	assert.False(t, Role(13).Valid())
}
