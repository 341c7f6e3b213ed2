package staffing

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// code parses a code written in a test.
var code = hierarchy.MustParseCode

// chongqingNet is one district shaped like the standard's example: 2
// subdistricts, 3 towns, 5 urban communities under the first subdistrict
// and 7 villages under the first town.
func chongqingNet(t testing.TB) *hierarchy.Network {
	t.Helper()
	recs := []hierarchy.Record{{Code: code("500101"), Name: "万州区", Population: 20000}}
	add := func(c, name string) { recs = append(recs, hierarchy.Record{Code: code(c), Name: name}) }
	add("500101001", "高笋塘街道")
	add("500101002", "太白街道")
	for i := 1; i <= 3; i++ {
		add(fmt.Sprintf("500101%03d", 100+i), fmt.Sprintf("镇%d", i))
	}
	for i := 1; i <= 5; i++ {
		add(fmt.Sprintf("500101001%03d", i), fmt.Sprintf("社区%d", i))
	}
	for i := range 7 {
		add(fmt.Sprintf("500101101%03d", 200+i), fmt.Sprintf("村%d", i))
	}
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	return net
}

// unitOf returns the code of unit c, which must be in net.
func unitOf(t testing.TB, net *hierarchy.Network, c string) hierarchy.Code {
	t.Helper()
	u, ok := net.Lookup(code(c))
	require.True(t, ok, c)
	return u.Code()
}

// findings returns every finding of rep, in report order.
func findings(rep *Report) []Finding { return slicesCollect(rep.Select(Filter{})) }

var day = policy.MustDate

func TestChongqingMinimum(t *testing.T) {
	net := chongqingNet(t)
	m, err := Require(net, Chongqing(), day(2024, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, int64(2+4+3+10+7), m.Total(), "2 + 2×2 + 3×1 + 5×2 + 7×1")
	for _, tc := range []struct {
		code    string
		own     int
		rule    string
		subtree int64
	}{
		{"500101", 2, "cq-centre", 26},
		{"500101001", 2, "cq-subdistrict-station", 12},
		{"500101002", 2, "cq-subdistrict-station", 2},
		{"500101101", 1, "cq-town-station", 8},
		{"500101102", 1, "cq-town-station", 1},
		{"500101001003", 2, "cq-urban-room", 2},
		{"500101101204", 1, "cq-rural-room", 1},
	} {
		u := unitOf(t, net, tc.code)
		own, rule := m.Of(u)
		assert.Equal(t, tc.own, own, tc.code)
		assert.Equal(t, tc.rule, rule, tc.code)
		sub, ok := m.Subtree(u)
		assert.True(t, ok)
		assert.Equal(t, tc.subtree, sub, tc.code)
	}
	_, ok := m.Subtree(code("500102"))
	assert.False(t, ok)
	own, rule := m.Of(code("500102"))
	assert.Zero(t, own)
	assert.Empty(t, rule)
	byLevel := m.ByLevel()
	assert.Equal(t, int64(2), byLevel[hierarchy.LevelCounty])
	assert.Equal(t, int64(7), byLevel[hierarchy.LevelTownship])
	assert.Equal(t, int64(17), byLevel[hierarchy.LevelCommunity])
	assert.Equal(t, day(2024, 1, 1), m.Date())
}

func TestMinimumOutsidePeriod(t *testing.T) {
	net := chongqingNet(t)
	rs := Chongqing()
	for i := range rs.Minimums {
		rs.Minimums[i].Period = policy.Since(day(2021, 1, 1))
	}
	m, err := Require(net, rs, day(2020, 12, 31))
	require.NoError(t, err)
	assert.Zero(t, m.Total(), "no rule in force yet")
	own, rule := m.Of(unitOf(t, net, "500101"))
	assert.Zero(t, own)
	assert.Empty(t, rule)
}

func TestSuzhouMinimum(t *testing.T) {
	recs := []hierarchy.Record{{Code: code("320505"), Name: "区"}}
	for i := range 90 {
		recs = append(recs, hierarchy.Record{Code: code(fmt.Sprintf("320505%03d", 100+i)), Name: fmt.Sprintf("镇%d", i), Facility: hierarchy.FacilityStation})
	}
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	m, err := Require(net, Suzhou(), day(2021, 11, 30))
	require.NoError(t, err)
	assert.Equal(t, int64(270), m.Total(), "90 stations × 3 resident workers")
}

func TestCompare(t *testing.T) {
	net := chongqingNet(t)
	raised := Chongqing()
	raised.Minimums[4].Min = 2 // rural rooms from 1 to 2
	c, err := Compare(Chongqing(), raised, net, day(2024, 1, 1))
	require.NoError(t, err)
	total := c.Total()
	assert.Equal(t, LevelChange{Baseline: 26, Reform: 33}, total)
	assert.Equal(t, int64(7), total.Diff())
	assert.Equal(t, int64(26), c.Baseline.Total())
	assert.Equal(t, int64(33), c.Reform.Total())
	require.Len(t, c.Levels, 3)
	assert.Equal(t, LevelChange{Level: hierarchy.LevelCounty, Baseline: 2, Reform: 2}, c.Levels[0])
	assert.Equal(t, LevelChange{Level: hierarchy.LevelCommunity, Baseline: 17, Reform: 24}, c.Levels[2])
	assert.Zero(t, c.Levels[0].Diff())

	bad := Chongqing()
	bad.Minimums[0].Min = -1
	_, err = Compare(bad, raised, net, day(2024, 1, 1))
	assert.ErrorContains(t, err, "baseline:")
	_, err = Compare(raised, bad, net, day(2024, 1, 1))
	assert.ErrorContains(t, err, "reform:")
}

func worker(id, unit string, role Role, joined policy.Date) Worker {
	return Worker{ID: id, Unit: code(unit), Role: role, Joined: joined}
}

func TestCheckChongqing(t *testing.T) {
	net := chongqingNet(t)
	joined := day(2022, 1, 1)
	parttime := worker("w3", "500101", SocialWorker, joined)
	parttime.Employment = PartTime
	left := worker("w5", "500101001", SocialWorker, joined)
	left.Left = day(2023, 6, 30)
	workers := []Worker{
		worker("w1", "500101", SocialWorker, joined),
		worker("w2", "500101", ResidentWorker, joined),
		parttime, // does not count toward a full-time minimum
		worker("w4", "500101001", SocialWorker, joined),
		left, // gone by the date checked
		worker("w6", "500101001001", SocialWorker, joined),
		worker("w7", "500101001001", SocialWorker, joined),
		worker("w8", "500101001001", SocialWorker, joined),
		worker("w9", "500101101200", StationHead, joined), // not a social-work role
	}
	r, err := NewRoster(net, workers)
	require.NoError(t, err)
	rep, err := Check(r, Chongqing(), day(2024, 1, 1))
	require.NoError(t, err)
	units := slicesCollect(rep.Units())
	require.Len(t, units, 18, "every unit with a minimum")
	assert.Equal(t, UnitStaffing{Unit: code("500101"), Rule: "cq-centre", Required: 2, Actual: 2}, units[0])
	assert.Equal(t, UnitStaffing{Unit: code("500101001"), Rule: "cq-subdistrict-station", Required: 2, Actual: 1}, units[1])
	assert.Equal(t, 1, units[2].Surplus(), "community 1 has 3 of 2")

	var short []string
	for _, f := range findings(rep) {
		require.Equal(t, Shortfall, f.Kind)
		short = append(short, fmt.Sprintf("%s %d/%d", f.Unit, f.Actual, f.Required))
	}
	assert.Equal(t, []string{
		"500101001 1/2", "500101001002 0/2", "500101001003 0/2", "500101001004 0/2", "500101001005 0/2",
		"500101002 0/2", "500101101 0/1",
		"500101101200 0/1", "500101101201 0/1", "500101101202 0/1", "500101101203 0/1", "500101101204 0/1", "500101101205 0/1", "500101101206 0/1",
		"500101102 0/1", "500101103 0/1",
	}, short, "in code order")
	assert.Equal(t, int64(1), findings(rep)[0].Gap())

	// Filters.
	sub := slicesCollect(rep.Select(Filter{Within: code("500101101")}))
	assert.Len(t, sub, 8)
	rural := slicesCollect(rep.Select(Filter{Rule: "cq-rural-room"}))
	assert.Len(t, rural, 7)
	assert.Empty(t, slicesCollect(rep.Select(Filter{Within: code("500102")})), "a code outside the network picks nothing")
	k := MissingRole
	assert.Empty(t, slicesCollect(rep.Select(Filter{Kind: &k})))
	assert.Len(t, slicesCollect(rep.Select(Filter{MinSeverity: Violation})), 16)
}

func slicesCollect[T any](seq func(func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func slicesCollect2[K, V any](seq func(func(K, V) bool)) []V {
	var out []V
	for _, v := range seq {
		out = append(out, v)
	}
	return out
}

func TestCertificateDeadline(t *testing.T) {
	net := chongqingNet(t)
	w := worker("lx-1", "500101101", ResidentWorker, day(2023, 3, 1))
	certified := worker("lx-2", "500101101", ResidentWorker, day(2023, 3, 1))
	certified.Certified[Junior] = day(2023, 11, 5)
	prior := worker("lx-3", "500101101", ResidentWorker, day(2023, 3, 1))
	prior.Prior = Intermediate
	other := worker("lx-4", "500101101", ProjectStaff, day(2023, 3, 1))
	r, err := NewRoster(net, []Worker{w, certified, prior, other})
	require.NoError(t, err)
	for _, tc := range []struct {
		on      policy.Date
		flagged bool
	}{
		{day(2024, 2, 28), false},
		{day(2024, 3, 1), false}, // the anniversary is still in time
		{day(2024, 3, 2), true},
	} {
		rep, err := Check(r, Langxi(), tc.on)
		require.NoError(t, err)
		if !tc.flagged {
			assert.Empty(t, findings(rep), tc.on)
			continue
		}
		require.Len(t, findings(rep), 1, tc.on)
		f := findings(rep)[0]
		assert.Equal(t, CertificateOverdue, f.Kind)
		assert.Equal(t, "lx-1", f.Worker)
		assert.Equal(t, day(2024, 3, 1), f.Deadline)
		assert.Equal(t, "lx-certificate-1y", f.Rule)
		assert.Contains(t, f.Source.Clause, "一年内持证")
	}
	// A worker who left before the deadline is not flagged.
	gone := w
	gone.Left = day(2024, 1, 31)
	r, err = NewRoster(net, []Worker{gone})
	require.NoError(t, err)
	rep, err := Check(r, Langxi(), day(2024, 3, 2))
	require.NoError(t, err)
	assert.Empty(t, findings(rep))
}

func TestInnerMongoliaRoles(t *testing.T) {
	net := chongqingNet(t)
	j := day(2022, 1, 1)
	head := worker("h", "500101001", StationHead, j)
	head.Employment = Concurrent
	r, err := NewRoster(net, []Worker{
		head,
		worker("d1", "500101001", DeputyHead, j),
		worker("d2", "500101001", DeputyHead, j),
		worker("c", "500101001", ChildDirector, j),
		worker("h2", "500101002", StationHead, j),
		worker("d3", "500101002", DeputyHead, j),
	})
	require.NoError(t, err)
	rep, err := Check(r, InnerMongolia(), day(2024, 1, 1))
	require.NoError(t, err)
	var got []string
	for _, f := range findings(rep) {
		assert.Equal(t, MissingRole, f.Kind)
		got = append(got, fmt.Sprintf("%s %s %d/%d", f.Unit, f.Roles, f.Actual, f.Required))
	}
	assert.Equal(t, []string{
		"500101002 deputy-head 1/2",
		"500101002 assistance-coordinator+child-supervisor+child-director+project-staff 0/1",
		"500101101 station-head 0/1", "500101101 deputy-head 0/2", "500101101 assistance-coordinator+child-supervisor+child-director+project-staff 0/1",
		"500101102 station-head 0/1", "500101102 deputy-head 0/2", "500101102 assistance-coordinator+child-supervisor+child-director+project-staff 0/1",
		"500101103 station-head 0/1", "500101103 deputy-head 0/2", "500101103 assistance-coordinator+child-supervisor+child-director+project-staff 0/1",
	}, got)
}

func TestAreaTargets(t *testing.T) {
	// A city of 3,000,001 people: Ordos needs max(5,000, ⌈7,500.0025⌉) = 7,501.
	net, err := hierarchy.Build([]hierarchy.Record{
		{Code: code("150600"), Name: "鄂尔多斯市", Kind: hierarchy.KindCity},
		{Code: code("150602"), Name: "东胜区", Population: 3_000_001},
	})
	require.NoError(t, err)
	workers := make([]Worker, 7500)
	for i := range workers {
		workers[i] = worker(fmt.Sprint("o", i), "150602", SocialWorker, day(2022, 1, 1))
	}
	r, err := NewRoster(net, workers)
	require.NoError(t, err)
	for _, tc := range []struct {
		on     policy.Date
		status metrics.Status
		sev    Severity
	}{
		{day(2025, 12, 31), metrics.NotYet, Warning},
		{day(2026, 1, 1), metrics.Missed, Violation},
	} {
		rep, err := Check(r, Ordos(), tc.on)
		require.NoError(t, err)
		require.Len(t, rep.Areas, 1)
		a := rep.Areas[0]
		assert.Equal(t, int64(3_000_001), a.Population)
		assert.Equal(t, tc.status, a.Evaluation.Status)
		fs := findings(rep)
		require.Len(t, fs, 1)
		assert.Equal(t, int64(7501), fs[0].Required)
		assert.Equal(t, int64(7500), fs[0].Actual)
		assert.Equal(t, tc.sev, fs[0].Severity)
		assert.Equal(t, policy.StatusDraft, fs[0].Source.Status, "Ordos's plan is a draft for comment")
	}
	// Per city-level unit instead of the whole network.
	rs := Ordos()
	rs.Areas[0].Units = hierarchy.Selector{Level: hierarchy.LevelCity}
	rs.Areas[0].Requirement.Floor = 100
	rs.Areas[0].Requirement.Share = metrics.Ratio{}
	rep, err := Check(r, rs, day(2024, 1, 1))
	require.NoError(t, err)
	require.Len(t, rep.Areas, 1)
	assert.Equal(t, code("150600"), rep.Areas[0].Unit)
	assert.Equal(t, metrics.Met, rep.Areas[0].Evaluation.Status)
	assert.Equal(t, Info, findings(rep)[0].Severity)

	// Guangxi's 50,000 is a fixed floor, whatever the population.
	rep, err = Check(r, Guangxi(), day(2024, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, int64(50000), findings(rep)[0].Required)
	assert.Equal(t, policy.StatusPlan, findings(rep)[0].Source.Status)
}

func TestRosterValidation(t *testing.T) {
	net := chongqingNet(t)
	j := day(2023, 3, 1)
	dup := worker("a", "500101", SocialWorker, j)
	unknown := worker("b", "500102", SocialWorker, j)
	early := worker("c", "500101", SocialWorker, j)
	early.Certified[Junior] = day(2023, 2, 28)
	leftEarly := worker("d", "500101", SocialWorker, j)
	leftEarly.Left = day(2023, 2, 1)
	noRole := worker("e", "500101", RoleUnspecified, j)
	noDate := worker("f", "500101", SocialWorker, 0)
	below := worker("g", "500101", SocialWorker, j)
	below.Prior = Intermediate
	below.Certified[Junior] = day(2024, 1, 1)
	badEnum := worker("h", "500101", SocialWorker, j)
	badEnum.Employment, badEnum.Prior = 9, 9
	_, err := NewRoster(net, []Worker{dup, dup, unknown, early, leftEarly, noRole, noDate, below, badEnum, worker("", "500101", SocialWorker, j)})
	var re *RosterError
	require.ErrorAs(t, err, &re)
	var got []string
	for _, p := range re.Problems {
		got = append(got, p.Error())
	}
	assert.Equal(t, []string{
		"worker 1 a: missing or duplicate worker id: id also used by worker 0",
		"worker 2 b: unit not in the network: 500102",
		"worker 3 c: impossible dates: junior certificate 2023-02-28 before joining 2023-03-01 (record it as the prior level)",
		"worker 4 d: impossible dates: left 2023-02-01 before joining 2023-03-01",
		"worker 5 e: invalid field: role unspecified",
		"worker 6 f: impossible dates: joining date is missing",
		"worker 7 g: invalid field: junior certificate obtained in post but intermediate held on joining",
		"worker 8 h: invalid field: employment employment(9)",
		"worker 8 h: invalid field: prior level certificate level(9)",
		"worker 9 (no id): missing or duplicate worker id: id is empty",
	}, got)
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	assert.ErrorIs(t, err, ErrWorkerDates)
	assert.Contains(t, err.Error(), "staffing: roster: 10 problems; worker 1 a:")

	many := make([]Worker, 12)
	_, err = NewRoster(net, many)
	assert.Contains(t, err.Error(), "worker 0 (no id): unit not in the network: unit code is missing")
	assert.Contains(t, err.Error(), "; and 28 more", "48 problems, 20 shown")
}

func TestRosterAccess(t *testing.T) {
	net := chongqingNet(t)
	j := day(2023, 3, 1)
	r, err := NewRoster(net, []Worker{worker("a", "500101001", SocialWorker, j), worker("b", "500101", SocialWorker, j), worker("c", "500101001", SocialWorker, j)})
	require.NoError(t, err)
	assert.Same(t, net, r.Network())
	assert.Equal(t, 3, r.Len())
	assert.Equal(t, "b", r.Worker(1).ID)
	u := unitOf(t, net, "500101001")
	var at []string
	for i, w := range r.AtUnit(u) {
		at = append(at, fmt.Sprint(i, w.ID))
	}
	assert.Equal(t, []string{"0a", "2c"}, at)
	for range r.AtUnit(u) {
		break
	}
	assert.Empty(t, slicesCollect2(r.AtUnit(code("500102"))), "a code outside the network")
	assert.Empty(t, slicesCollect2(r.AtUnit(unitOf(t, net, "500101002"))), "a unit without workers")

	// What the roster hands out is a copy.
	w := r.Worker(1)
	w.ID = "changed"
	assert.Equal(t, "b", r.Worker(1).ID)
	var ids []string
	for i, w := range r.All() {
		ids = append(ids, fmt.Sprint(i, w.ID))
		if i == 1 {
			break
		}
	}
	assert.Equal(t, []string{"0a", "1b"}, ids)
}

func TestLevelOn(t *testing.T) {
	w := Worker{Prior: Junior, Joined: day(2020, 1, 1)}
	w.Certified[Intermediate] = day(2022, 6, 1)
	w.Certified[Senior] = day(2024, 6, 1)
	for _, tc := range []struct {
		on   policy.Date
		want CertLevel
	}{{day(2021, 1, 1), Junior}, {day(2022, 6, 1), Intermediate}, {day(2024, 5, 31), Intermediate}, {day(2024, 6, 1), Senior}} {
		assert.Equal(t, tc.want, w.LevelOn(tc.on), tc.on)
	}
	assert.True(t, w.Active(day(2020, 1, 1)))
	assert.False(t, w.Active(day(2019, 12, 31)))
}

func TestRuleSetValidate(t *testing.T) {
	for _, rs := range Presets() {
		require.NoError(t, rs.Validate(), rs.Jurisdiction)
	}
	bad := &RuleSet{
		Minimums: []Minimum{
			{ID: "m", Min: -1, Units: hierarchy.Selector{Level: hierarchy.LevelTownship, Kinds: []hierarchy.UnitKind{hierarchy.KindVillage}}, Source: policy.Chongqing2020.Source()},
			{ID: "m", Units: hierarchy.Selector{}, Source: policy.Chongqing2020.Source(), Counts: Counts{Roles: 1 << 30}},
			{ID: "x", Units: hierarchy.Selector{Level: 99, Kinds: []hierarchy.UnitKind{99}, Area: 9}, Source: policy.Chongqing2020.Source(), Period: policy.Period{From: day(2024, 1, 2), Until: day(2024, 1, 1)}},
		},
		Roles:        []RoleRule{{ID: "r", Units: hierarchy.Selector{Level: hierarchy.LevelTownship}, Quotas: []RoleQuota{{Min: 0}}, Source: policy.Chongqing2020.Source()}, {ID: "r2", Units: hierarchy.Selector{Level: hierarchy.LevelTownship}, Source: policy.Chongqing2020.Source()}},
		Certificates: []CertificateRule{{ID: "", Months: 0}},
		Areas:        []AreaRule{{ID: "a", Requirement: metrics.Requirement{Floor: -1}, Source: policy.Chongqing2020.Source(), Units: hierarchy.Selector{Kinds: []hierarchy.UnitKind{99}}}},
	}
	err := bad.Validate()
	require.Error(t, err)
	assert.Equal(t, []string{
		`jurisdiction: invalid staffing rule: jurisdiction is empty`,
		`minimums[0].units: invalid staffing rule: rule "m": kind village is not of level township`,
		`minimums[0].min: invalid staffing rule: rule "m": min -1 is outside 0..100000`,
		`minimums[1].id: invalid staffing rule: rule "m": id is used by another rule`,
		`minimums[1].units: invalid staffing rule: rule "m": selector names neither a level nor kinds`,
		`minimums[1].counts.roles: invalid staffing rule: rule "m": role set 0x40000000 has unknown roles`,
		`minimums[2].period: invalid staffing rule: rule "x": invalid period 2024-01-02/2024-01-01: until is before from`,
		`minimums[2].units: invalid staffing rule: rule "x": level level(99) is unknown`,
		`minimums[2].units: invalid staffing rule: rule "x": kind unit kind(99) is unknown`,
		`minimums[2].units: invalid staffing rule: rule "x": area area(9) is unknown`,
		`roles[0].quotas[0].roles: invalid staffing rule: rule "r": roles are empty`,
		`roles[0].quotas[0].min: invalid staffing rule: rule "r": min 0 is outside 1..100000`,
		`roles[1].quotas: invalid staffing rule: rule "r2": no quotas`,
		`certificates[0].id: invalid staffing rule: rule "(no id)": id is empty`,
		`certificates[0].source: invalid staffing rule: rule "(no id)": invalid source: title is empty`,
		`certificates[0].source: invalid staffing rule: rule "(no id)": invalid source: issuer is empty`,
		`certificates[0].source: invalid staffing rule: rule "(no id)": invalid source: status unspecified is not one of in-force, draft, plan, report`,
		`certificates[0].roles: invalid staffing rule: rule "(no id)": roles are empty`,
		`certificates[0].months: invalid staffing rule: rule "(no id)": months 0 is outside 1..600`,
		`areas[0].requirement: invalid staffing rule: rule "a": invalid requirement: floor -1 is negative`,
		`areas[0].units: invalid staffing rule: rule "a": kind unit kind(99) is unknown`,
		`areas[0].deadline: invalid staffing rule: rule "a": deadline is missing`,
		`areas[0].indicator: invalid staffing rule: rule "a": indicator is empty`,
	}, lines(err))
	var re *RuleError
	assert.ErrorAs(t, err, &re)
	assert.ErrorIs(t, err, ErrRule)

	_, err = Require(chongqingNet(t), bad, day(2024, 1, 1))
	assert.ErrorIs(t, err, ErrRule)
	_, err = Check(&Roster{net: chongqingNet(t)}, bad, day(2024, 1, 1))
	assert.ErrorIs(t, err, ErrRule)
}

func TestEnums(t *testing.T) {
	for _, tc := range []struct {
		v    interface{ MarshalText() ([]byte, error) }
		text string
	}{
		{Senior, "senior"}, {ChildDirector, "child-director"}, {Concurrent, "concurrent"},
		{hierarchy.AreaRural, "rural"}, {Violation, "violation"}, {CertificateOverdue, "certificate-overdue"},
	} {
		b, err := tc.v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(b))
	}
	var l CertLevel
	require.NoError(t, l.UnmarshalText([]byte("社会工作师")))
	assert.Equal(t, Intermediate, l)
	var r Role
	require.NoError(t, r.UnmarshalText([]byte("驻站社工")))
	assert.Equal(t, ResidentWorker, r)
	var e Employment
	require.NoError(t, e.UnmarshalText([]byte("兼职")))
	assert.Equal(t, PartTime, e)
	var s Severity
	require.NoError(t, s.UnmarshalText([]byte("预警")))
	assert.Equal(t, Warning, s)
	var k FindingKind
	require.NoError(t, k.UnmarshalText([]byte("missing-role")))
	assert.Equal(t, MissingRole, k)
	assert.Error(t, k.UnmarshalText([]byte("nope")))

	var rs RoleSet
	require.NoError(t, json.Unmarshal([]byte(`["resident-worker","站长"]`), &rs))
	assert.Equal(t, RolesOf(ResidentWorker, StationHead), rs)
	assert.Error(t, json.Unmarshal([]byte(`["resident-worker","resident-worker"]`), &rs))
	assert.Error(t, json.Unmarshal([]byte(`["unspecified"]`), &rs))
	assert.Error(t, json.Unmarshal([]byte(`"x"`), &rs))
	b, _ := json.Marshal(RoleSet(0))
	assert.Equal(t, "[]", string(b))

	var c Certificates
	require.NoError(t, json.Unmarshal([]byte(`{"junior":"2020-01-02","高级社会工作师":"2024-06-01"}`), &c))
	assert.Equal(t, day(2020, 1, 2), c[Junior])
	assert.Equal(t, day(2024, 6, 1), c[Senior])
	assert.False(t, c.IsZero())
	b, _ = json.Marshal(c)
	assert.Equal(t, `{"junior":"2020-01-02","senior":"2024-06-01"}`, string(b))
	assert.Error(t, json.Unmarshal([]byte(`{"none":"2020-01-02"}`), &c))
	assert.Error(t, json.Unmarshal([]byte(`{"expert":"2020-01-02"}`), &c))
	assert.Error(t, json.Unmarshal([]byte(`[]`), &c))
	assert.Equal(t, "无证书", NoCertificate.Label(language.SimplifiedChinese))
	assert.True(t, errors.Is(&WorkerProblem{Err: ErrWorkerID}, ErrWorkerID))
}
