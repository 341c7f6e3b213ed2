package incentives_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// whatIfSource cites a hypothetical revision.
var whatIfSource = policy.Source{Title: "测算方案", Issuer: "郎溪县民政局", Status: policy.StatusDraft}

func TestSeniorCadreAllYear(t *testing.T) {
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Senior
	p := payroll(t, incentives.Langxi(), policy.MustYear(2024), w)

	// 12 months × 500 yuan, one line item; the senior certificate was held
	// on joining, so no bonus.
	assert.Equal(t, "6000.00", fixed(p.Total()))
	got := items(p)
	require.Len(t, got, 1)
	li := got[0]
	assert.Equal(t, incentives.KindStipend, li.Kind())
	assert.Equal(t, staffing.Senior, li.Level())
	assert.Equal(t, policy.MustYear(2024), li.Period())
	assert.Equal(t, 12, li.Months())
	assert.Equal(t, 0, li.Worker())
	assert.Equal(t, "6000.00", fixed(li.Amount()))
	assert.Equal(t, "lx-cadre-stipend", p.RuleID(li))
	src := p.Source(li)
	assert.Equal(t, policy.LangxiAllowance.Source().Title, src.Title)
	assert.Contains(t, src.Clause, "高级500元/月")

	line := p.Line(li)
	assert.Equal(t, "c1", line.Worker)
	assert.Equal(t, "lx-cadre-stipend", line.Rule)
	assert.Equal(t, src, line.Source)
	assert.Equal(t, 12, line.Months)
	assert.Equal(t, "6000.00", fixed(line.Amount))
}

// A cadre without a certificate obtains the intermediate one on
// 2024-07-15 (or on 2024-07-01). Stipend for 2024 by partial-month rule:
//   - whole month if held on the first: August–December, 5 × 300 = 1,500;
//   - from the next month: August–December, 1,500;
//   - pro rata: 17 of July's 31 days, 17/31 × 300 = 164.516… yuan, plus
//     1,500: 1,664.52 rounded half up, 1,664.51 rounded down.
//
// Obtained on 2024-07-01, July counts in full under the first and third
// rules (6 × 300 = 1,800) but not under the second (1,500).
func TestPartialMonth(t *testing.T) {
	tests := []struct {
		obtained string
		rule     incentives.PartialMonth
		rounding metrics.Rounding
		want     string
	}{
		{"2024-07-15", incentives.WholeMonthIfFirst, metrics.HalfUp, "1500.00"},
		{"2024-07-15", incentives.FromNextMonth, metrics.HalfUp, "1500.00"},
		{"2024-07-15", incentives.ProRata, metrics.HalfUp, "1664.52"},
		{"2024-07-15", incentives.ProRata, metrics.HalfEven, "1664.52"},
		{"2024-07-15", incentives.ProRata, metrics.Down, "1664.51"},
		{"2024-07-15", incentives.ProRata, metrics.Up, "1664.52"},
		{"2024-07-01", incentives.WholeMonthIfFirst, metrics.HalfUp, "1800.00"},
		{"2024-07-01", incentives.FromNextMonth, metrics.HalfUp, "1500.00"},
		{"2024-07-01", incentives.ProRata, metrics.HalfUp, "1800.00"},
	}
	for _, tt := range tests {
		t.Run(tt.obtained+"/"+tt.rule.String()+"/"+tt.rounding.String(), func(t *testing.T) {
			s := incentives.Langxi()
			s.Stipends[0].PartialMonth = tt.rule
			s.Rounding = tt.rounding
			w := certified(cadre("c1", "2020-01-01"), staffing.Intermediate, tt.obtained)
			p := payroll(t, s, policy.MustYear(2024), w)
			assert.Equal(t, tt.want, fixed(p.Totals().Kind(incentives.KindStipend)))
			assert.Equal(t, "2000.00", fixed(p.Totals().Kind(incentives.KindBonus)))
			assert.Equal(t, tt.rounding, p.Rounding())
		})
	}
}

func TestProRataLineItems(t *testing.T) {
	s := incentives.Langxi()
	s.Stipends[0].PartialMonth = incentives.ProRata
	w := certified(cadre("c1", "2020-01-01"), staffing.Intermediate, "2024-07-15")
	p := payroll(t, s, policy.MustYear(2024), w)
	got := items(p)
	require.Len(t, got, 3)
	type item struct {
		kind          incentives.Kind
		from, until   string
		months        int
		amount, level string
	}
	want := []item{
		{incentives.KindBonus, "2024-07-15", "2024-07-15", 0, "2000.00", "intermediate"},
		{incentives.KindStipend, "2024-07-15", "2024-07-31", 0, "164.52", "intermediate"},
		{incentives.KindStipend, "2024-08-01", "2024-12-31", 5, "1500.00", "intermediate"},
	}
	for i, li := range got {
		assert.Equal(t, want[i], item{li.Kind(), li.Period().From.String(), li.Period().Until.String(), li.Months(), fixed(li.Amount()), li.Level().String()}, "item %d", i)
	}
	assert.Equal(t, "lx-certificate-bonus", p.RuleID(got[0]))
	assert.Equal(t, "3664.52", fixed(p.Total()))
}

// A worker obtains the junior certificate on 2023-03-10 and the
// intermediate one on 2024-07-15. The full rule pays 2,000 for the
// intermediate; the difference rule tops up 2,000 − 1,000 = 1,000.
func TestUpgrade(t *testing.T) {
	worker := staffing.Worker{ID: "w1", Unit: town1, Role: staffing.ResidentWorker, Joined: date("2022-05-01")}
	inPost := certified(certified(worker, staffing.Junior, "2023-03-10"), staffing.Intermediate, "2024-07-15")
	prior := certified(worker, staffing.Intermediate, "2024-07-15")
	prior.Prior = staffing.Junior
	skipped := certified(worker, staffing.Intermediate, "2024-07-15")
	both := policy.MustBetween(date("2023-01-01"), date("2024-12-31"))
	tests := []struct {
		name    string
		w       staffing.Worker
		upgrade incentives.Upgrade
		period  policy.Period
		want    string
	}{
		{"full/2024", inPost, incentives.UpgradeFull, policy.MustYear(2024), "2000.00"},
		{"difference/2024", inPost, incentives.UpgradeDifference, policy.MustYear(2024), "1000.00"},
		{"full/2023-2024", inPost, incentives.UpgradeFull, both, "3000.00"},
		{"difference/2023-2024", inPost, incentives.UpgradeDifference, both, "2000.00"},
		{"full/junior-on-joining", prior, incentives.UpgradeFull, both, "2000.00"},
		{"difference/junior-on-joining", prior, incentives.UpgradeDifference, both, "1000.00"},
		{"difference/no-junior", skipped, incentives.UpgradeDifference, both, "2000.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := incentives.Langxi()
			s.Bonuses[0].Upgrade = tt.upgrade
			p := payroll(t, s, tt.period, tt.w)
			assert.Equal(t, tt.want, fixed(p.Total()))
		})
	}
}

func TestOnce(t *testing.T) {
	w := staffing.Worker{ID: "w1", Unit: town1, Role: staffing.SocialWorker, Joined: date("2022-05-01")}
	w = certified(certified(w, staffing.Junior, "2023-03-10"), staffing.Intermediate, "2024-07-15")
	tests := []struct {
		once       incentives.Once
		y2023, y24 string
	}{
		{incentives.OncePerLevel, "1000.00", "2000.00"},
		{incentives.OncePerPerson, "1000.00", "0.00"},
	}
	for _, tt := range tests {
		t.Run(tt.once.String(), func(t *testing.T) {
			s := incentives.Langxi()
			s.Bonuses[0].Once = tt.once
			assert.Equal(t, tt.y2023, fixed(payroll(t, s, policy.MustYear(2023), w).Total()))
			assert.Equal(t, tt.y24, fixed(payroll(t, s, policy.MustYear(2024), w).Total()))
		})
	}
}

// A certificate below the level already held, or obtained after leaving,
// earns nothing.
func TestBonusNotOwed(t *testing.T) {
	w := staffing.Worker{ID: "w1", Unit: town1, Role: staffing.SocialWorker, Joined: date("2022-05-01")}
	lower := certified(certified(w, staffing.Intermediate, "2023-03-10"), staffing.Junior, "2024-07-15")
	assert.Equal(t, "0.00", fixed(payroll(t, incentives.Langxi(), policy.MustYear(2024), lower).Total()))
	assert.Equal(t, "2000.00", fixed(payroll(t, incentives.Langxi(), policy.MustYear(2023), lower).Total()))

	gone := certified(w, staffing.Junior, "2024-07-15")
	gone.Left = date("2024-06-30")
	assert.Equal(t, "0.00", fixed(payroll(t, incentives.Langxi(), policy.MustYear(2024), gone).Total()))

	// Two levels on one day: both raise the level, both are paid.
	same := certified(certified(w, staffing.Junior, "2024-07-15"), staffing.Intermediate, "2024-07-15")
	assert.Equal(t, "3000.00", fixed(payroll(t, incentives.Langxi(), policy.MustYear(2024), same).Total()))
}

// A cap of 4,000 on what one person receives: junior 1,000 (2022),
// intermediate 2,000 (2023), then senior 3,000 is cut to 1,000 (2024). The
// 2024 payroll alone sees the earlier bonuses.
func TestBonusCap(t *testing.T) {
	s := incentives.Langxi()
	terms := incentives.BonusTerms{Amounts: incentives.Amounts{staffing.Junior: dec("1000"), staffing.Intermediate: dec("2000"), staffing.Senior: dec("3000")}, Cap: dec("4000")}
	var err error
	s.Bonuses[0].Terms, err = policy.NewVersioned(policy.Version[incentives.BonusTerms]{Value: terms, Source: whatIfSource})
	require.NoError(t, err)
	w := staffing.Worker{ID: "w1", Unit: town1, Role: staffing.SocialWorker, Joined: date("2021-05-01")}
	w = certified(certified(certified(w, staffing.Junior, "2022-03-10"), staffing.Intermediate, "2023-03-10"), staffing.Senior, "2024-03-10")
	assert.Equal(t, "1000.00", fixed(payroll(t, s, policy.MustYear(2024), w).Total()))
	assert.Equal(t, "4000.00", fixed(payroll(t, s, policy.MustBetween(date("2022-01-01"), date("2024-12-31")), w).Total()))
	assert.Equal(t, "2000.00", fixed(payroll(t, s, policy.MustYear(2023), w).Total()))
}

// A stipend for the junior and intermediate levels only: a cadre holding
// junior on joining, intermediate from April and senior from October 2024
// receives 3 × 100 + 6 × 300 = 2,100, nothing once senior.
func TestStipendSomeLevels(t *testing.T) {
	s := incentives.Langxi()
	rates := incentives.Rates{Monthly: incentives.Amounts{staffing.Junior: dec("100"), staffing.Intermediate: dec("300")}}
	var err error
	s.Stipends[0].Rates, err = policy.NewVersioned(policy.Version[incentives.Rates]{Value: rates, Source: whatIfSource})
	require.NoError(t, err)
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Junior
	w = certified(certified(w, staffing.Intermediate, "2024-04-01"), staffing.Senior, "2024-10-01")
	p, err := s.Payroll(roster(t, w), policy.MustYear(2024))
	require.NoError(t, err)
	tot := p.Totals()
	assert.Equal(t, "2100.00", fixed(tot.Kind(incentives.KindStipend)))
	assert.Equal(t, "300.00", fixed(tot.Level(staffing.Junior)))
	// Levels count bonuses too: 2,000 for intermediate, 3,000 for senior.
	assert.Equal(t, "3800.00", fixed(tot.Level(staffing.Intermediate)))
	assert.Equal(t, "3000.00", fixed(tot.Level(staffing.Senior)))
	assert.Equal(t, "7100.00", fixed(tot.Total()))
}

// Pay-grade steps of 150 yuan: junior 1 grade, intermediate 2, senior 3.
// The highest level counts: a senior receives 3 grades (450), not 1 + 2 + 3.
// A cadre intermediate since 2023 and senior from July 2024 receives
// 6 × 300 + 6 × 450 = 4,500 in 2024.
func TestPayGrades(t *testing.T) {
	rates := incentives.Rates{PerGrade: dec("150"), Grades: incentives.Grades{staffing.Junior: 1, staffing.Intermediate: 2, staffing.Senior: 3}}
	assert.Equal(t, "450", rates.Of(staffing.Senior).String())
	assert.Equal(t, "0", rates.Of(staffing.NoCertificate).String())
	assert.True(t, rates.Of(staffing.CertLevel(9)).IsZero())
	s := incentives.Langxi()
	var err error
	s.Stipends[0].Rates, err = policy.NewVersioned(policy.Version[incentives.Rates]{Value: rates, Source: whatIfSource})
	require.NoError(t, err)
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Junior
	w = certified(certified(w, staffing.Intermediate, "2023-01-01"), staffing.Senior, "2024-07-01")
	p := payroll(t, s, policy.MustYear(2024), w)
	assert.Equal(t, "4500.00", fixed(p.Totals().Kind(incentives.KindStipend)))
	assert.Equal(t, "2700.00", fixed(p.Totals().Level(staffing.Senior).Sub(dec("3000")))) // less the senior bonus
}

// A senior cadre leaves on 2024-06-10: five whole months (2,500) and June
// by the leaving rule: pro rata 10/30 × 500 = 166.67, whole month 500, or
// nothing.
func TestLeaving(t *testing.T) {
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Senior
	w.Left = date("2024-06-10")
	lastDay := w
	lastDay.Left = date("2024-06-30")
	joined := cadre("c2", "2024-03-10")
	joined.Prior = staffing.Senior
	tests := []struct {
		name    string
		w       staffing.Worker
		partial incentives.PartialMonth
		leaving incentives.Leaving
		want    string
	}{
		{"first/pro-rata", w, incentives.WholeMonthIfFirst, incentives.LeaveProRata, "2666.67"},
		{"first/whole", w, incentives.WholeMonthIfFirst, incentives.LeaveWholeMonth, "3000.00"},
		{"first/unpaid", w, incentives.WholeMonthIfFirst, incentives.LeaveUnpaid, "2500.00"},
		{"days/pro-rata", w, incentives.ProRata, incentives.LeaveProRata, "2666.67"},
		{"days/whole", w, incentives.ProRata, incentives.LeaveWholeMonth, "3000.00"},
		{"days/unpaid", w, incentives.ProRata, incentives.LeaveUnpaid, "2500.00"},
		{"next/pro-rata", w, incentives.FromNextMonth, incentives.LeaveProRata, "2666.67"},
		{"next/unpaid", w, incentives.FromNextMonth, incentives.LeaveUnpaid, "2500.00"},
		{"last-day/unpaid", lastDay, incentives.WholeMonthIfFirst, incentives.LeaveUnpaid, "3000.00"},
		{"last-day/days", lastDay, incentives.ProRata, incentives.LeaveProRata, "3000.00"},
		// Joined 2024-03-10: April–December, 4,500; pro rata adds 22/31 ×
		// 500 = 354.84 for March.
		{"joined/first", joined, incentives.WholeMonthIfFirst, incentives.LeaveProRata, "4500.00"},
		{"joined/next", joined, incentives.FromNextMonth, incentives.LeaveProRata, "4500.00"},
		{"joined/days", joined, incentives.ProRata, incentives.LeaveProRata, "4854.84"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := incentives.Langxi()
			s.Stipends[0].PartialMonth = tt.partial
			s.Stipends[0].Leaving = tt.leaving
			p := payroll(t, s, policy.MustYear(2024), tt.w)
			assert.Equal(t, tt.want, fixed(p.Total()))
			// Nothing is owed for 2025.
			assert.Equal(t, tt.w.Left.IsZero(), payroll(t, s, policy.MustYear(2025), tt.w).Total().IsPositive())
		})
	}
}

// The stipends are raised to 200 / 400 / 600 from a date: a senior cadre
// is paid 500 a month before and 600 after, each under its own Source.
func TestSupersede(t *testing.T) {
	raised := incentives.Rates{Monthly: incentives.Amounts{staffing.Junior: dec("200"), staffing.Intermediate: dec("400"), staffing.Senior: dec("600")}}
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Senior
	tests := []struct {
		from    string
		partial incentives.PartialMonth
		want    string
		items   int
	}{
		{"2024-07-01", incentives.WholeMonthIfFirst, "6600.00", 2}, // 6 × 500 + 6 × 600
		// From mid-July, the whole-month rule pays July at the rate in
		// force on its first day: 7 × 500 + 5 × 600.
		{"2024-07-15", incentives.WholeMonthIfFirst, "6500.00", 2},
		// Pro rata splits July: 14/31 × 500 = 225.81 and 17/31 × 600 =
		// 329.03, plus 3,000 and 3,000.
		{"2024-07-15", incentives.ProRata, "6554.84", 4},
	}
	for _, tt := range tests {
		t.Run(tt.from+"/"+tt.partial.String(), func(t *testing.T) {
			s := incentives.Langxi()
			s.Stipends[0].PartialMonth = tt.partial
			var err error
			s.Stipends[0].Rates, err = s.Stipends[0].Rates.Supersede(date(tt.from), raised, whatIfSource)
			require.NoError(t, err)
			p := payroll(t, s, policy.MustYear(2024), w)
			assert.Equal(t, tt.want, fixed(p.Total()))
			got := items(p)
			require.Len(t, got, tt.items)
			assert.Equal(t, policy.LangxiAllowance.Source().Title, p.Source(got[0]).Title)
			assert.Equal(t, whatIfSource, p.Source(got[len(got)-1]))
		})
	}
	// The baseline is untouched.
	assert.Equal(t, "6000.00", fixed(payroll(t, incentives.Langxi(), policy.MustYear(2024), w).Total()))
}

// Periods shorter than a year: a quarter, a month, a range of days. A whole
// month belongs to the period holding its first day.
func TestPeriods(t *testing.T) {
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Senior
	tests := []struct {
		period policy.Period
		want   string
	}{
		{policy.MustQuarter(2024, 3), "1500.00"},
		{policy.MustMonth(2024, 2), "500.00"},
		{policy.MustBetween(date("2024-07-01"), date("2024-07-10")), "500.00"},
		{policy.MustBetween(date("2024-07-02"), date("2024-07-31")), "0.00"},
		{policy.MustBetween(date("2024-07-02"), date("2024-09-01")), "1000.00"},
	}
	for _, tt := range tests {
		t.Run(tt.period.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, fixed(payroll(t, incentives.Langxi(), tt.period, w).Total()))
		})
	}
}

func TestUnitTotals(t *testing.T) {
	senior := cadre("c1", "2020-01-01")
	senior.Prior = staffing.Senior
	junior := cadre("c2", "2020-01-01")
	junior.Unit, junior.Prior = vill2, staffing.Junior
	other := certified(staffing.Worker{ID: "s1", Unit: comm1, Role: staffing.SocialWorker, Joined: date("2023-01-01")}, staffing.Intermediate, "2024-05-06")
	station := certified(staffing.Worker{ID: "r1", Unit: town1, Role: staffing.ResidentWorker, Joined: date("2023-01-01")}, staffing.Junior, "2024-05-06")
	r := roster(t, senior, junior, other, station)
	p, err := incentives.Langxi().Payroll(r, policy.MustYear(2024))
	require.NoError(t, err)

	// senior 6,000; junior 1,200; other 2,000 (bonus); station 1,000 (bonus).
	for i, want := range []string{"6000.00", "1200.00", "2000.00", "1000.00"} {
		assert.Equal(t, want, fixed(p.Worker(i)), "worker %d", i)
	}
	for _, tt := range []struct {
		unit     string
		own, sub string
	}{
		{"341821", "0.00", "10200.00"},
		{"341821100", "1000.00", "8200.00"},
		{"341821100200", "6000.00", "6000.00"},
		{"341821100201", "1200.00", "1200.00"},
		{"341821101", "0.00", "2000.00"},
		{"341821101001", "2000.00", "2000.00"},
	} {
		own, ok := p.Own(code(tt.unit))
		require.True(t, ok)
		assert.Equal(t, tt.own, fixed(own), tt.unit)
		sub, ok := p.Subtree(code(tt.unit))
		require.True(t, ok)
		assert.Equal(t, tt.sub, fixed(sub), tt.unit)
	}
	_, ok := p.Subtree(code("341822"))
	assert.False(t, ok)
	_, ok = p.Own(code("341822"))
	assert.False(t, ok)

	tot := p.Totals()
	assert.Equal(t, "10200.00", fixed(tot.Total()))
	assert.Equal(t, "1200.00", fixed(tot.Level(staffing.Junior).Sub(dec("1000"))))
	assert.Equal(t, "2000.00", fixed(tot.Level(staffing.Intermediate)))
	assert.Equal(t, "6000.00", fixed(tot.Level(staffing.Senior)))
	assert.Equal(t, "7200.00", fixed(tot.Kind(incentives.KindStipend)))
	assert.Equal(t, "3000.00", fixed(tot.Kind(incentives.KindBonus)))
	assert.True(t, tot.Kind(incentives.Kind(9)).IsZero())
	assert.True(t, tot.Level(staffing.CertLevel(9)).IsZero())
	assert.True(t, tot.Kind(incentives.Kind(3)).IsZero(), "first past the last kind")
	assert.True(t, tot.Level(staffing.CertLevel(4)).IsZero(), "first past the last level")
	assert.Equal(t, policy.MustYear(2024), p.Period())
	assert.Equal(t, 4, p.Len())

	var workerItems []string
	for li := range p.WorkerItems(2) {
		workerItems = append(workerItems, p.RuleID(li)+" "+fixed(li.Amount()))
	}
	assert.Equal(t, []string{"lx-certificate-bonus 2000.00"}, workerItems)

	only, err := incentives.Langxi().Payroll(r, policy.MustYear(2024), incentives.TotalsOnly())
	require.NoError(t, err)
	assert.Zero(t, only.Len())
	assert.Equal(t, "10200.00", fixed(only.Total()))
	sub, _ := only.Subtree(code("341821100"))
	assert.Equal(t, "8200.00", fixed(sub))
}

func TestPayrollErrors(t *testing.T) {
	w := cadre("c1", "2020-01-01")
	r := roster(t, w)
	_, err := incentives.Langxi().Payroll(r, policy.Since(date("2024-01-01")))
	assert.ErrorIs(t, err, policy.ErrPeriod)
	_, err = incentives.Langxi().Payroll(r, policy.Period{From: date("2024-02-01"), Until: date("2024-01-01")})
	assert.ErrorIs(t, err, policy.ErrPeriod)

	bad := incentives.Langxi()
	bad.Jurisdiction = ""
	_, err = bad.Payroll(r, policy.MustYear(2024))
	assert.ErrorIs(t, err, incentives.ErrSchedule)
}

// Amounts near the int64 limit are valid one by one but overflow a sum:
// an error names the worker and rule instead of a wrapped-around total.
func TestOverflow(t *testing.T) {
	huge := dec("90000000000000000") // 9×10¹⁶ yuan, within int64 fen
	s := incentives.Langxi()
	var err error
	s.Stipends[0].Rates, err = policy.NewVersioned(policy.Version[incentives.Rates]{Value: incentives.Rates{Monthly: incentives.Amounts{staffing.Senior: huge}}, Source: whatIfSource})
	require.NoError(t, err)
	require.NoError(t, s.Validate())
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Senior
	_, err = s.Payroll(roster(t, w), policy.MustYear(2024))
	require.ErrorIs(t, err, metrics.ErrOverflow)
	assert.Contains(t, err.Error(), "c1")

	// Two workers each under the limit overflow their unit.
	s.Stipends[0].Rates, err = policy.NewVersioned(policy.Version[incentives.Rates]{Value: incentives.Rates{Monthly: incentives.Amounts{staffing.Senior: dec("50000000000000000")}}, Source: whatIfSource})
	require.NoError(t, err)
	w2 := w
	w2.ID = "c2"
	_, err = s.Payroll(roster(t, w, w2), policy.MustMonth(2024, 1))
	assert.ErrorIs(t, err, metrics.ErrOverflow)

	// Bonuses: one worker's history overflows.
	b := incentives.Langxi()
	b.Bonuses[0].Terms, err = policy.NewVersioned(policy.Version[incentives.BonusTerms]{Value: incentives.BonusTerms{Amounts: incentives.Amounts{staffing.Junior: huge, staffing.Intermediate: huge}}, Source: whatIfSource})
	require.NoError(t, err)
	up := certified(certified(staffing.Worker{ID: "s1", Unit: town1, Role: staffing.SocialWorker, Joined: date("2020-01-01")}, staffing.Junior, "2021-01-01"), staffing.Intermediate, "2022-01-01")
	_, err = b.Payroll(roster(t, up), policy.MustYear(2024))
	assert.True(t, errors.Is(err, metrics.ErrOverflow), "%v", err)
}

// A stipend in force 2024-03-10 to 2024-06-20 and again from 2024-09-05,
// paid to a senior cadre. Pro rata: 22/31 × 500 = 354.84 for March, 1,000
// for April and May, 20/30 × 500 = 333.33 for June, 26/30 × 500 = 433.33
// for September, 1,500 for October–December: 3,621.50. Whole months go by
// the version in force on the first: April–June and October–December.
func TestStipendGaps(t *testing.T) {
	rates := incentives.Rates{Monthly: incentives.Amounts{staffing.Senior: dec("500")}}
	series, err := policy.NewVersioned(
		policy.Version[incentives.Rates]{Period: policy.MustBetween(date("2024-03-10"), date("2024-06-20")), Value: rates, Source: whatIfSource},
		policy.Version[incentives.Rates]{Period: policy.Since(date("2024-09-05")), Value: rates, Source: whatIfSource},
	)
	require.NoError(t, err)
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Senior
	for _, tt := range []struct {
		partial incentives.PartialMonth
		want    string
	}{
		{incentives.ProRata, "3621.50"},
		{incentives.WholeMonthIfFirst, "3000.00"},
	} {
		s := incentives.Langxi()
		s.Stipends[0].Rates = series
		s.Stipends[0].PartialMonth = tt.partial
		assert.Equal(t, tt.want, fixed(payroll(t, s, policy.MustYear(2024), w).Total()), tt.partial.String())
	}
	s := incentives.Langxi()
	s.Stipends[0].Rates = series
	s.Stipends[0].PartialMonth = incentives.ProRata
	assert.Equal(t, "0.00", fixed(payroll(t, s, policy.MustBetween(date("2024-06-21"), date("2024-09-04")), w).Total()))
	assert.Equal(t, "0.00", fixed(payroll(t, s, policy.MustYear(2023), w).Total()))
}

// The iterators stop when the caller does.
func TestItemsStop(t *testing.T) {
	w := certified(cadre("c1", "2020-01-01"), staffing.Intermediate, "2024-07-15")
	p := payroll(t, incentives.Langxi(), policy.MustYear(2024), w)
	n := 0
	for range p.Items() {
		n++
		break
	}
	for range p.WorkerItems(0) {
		n++
		break
	}
	assert.Equal(t, 2, n)
	for range p.WorkerItems(1) {
		t.Fatal("no worker 1")
	}
}

// A certificate dated after leaving does not split the month of leaving
// that LeaveWholeMonth pays in full at the level held on the last day.
func TestCertificateAfterLeaving(t *testing.T) {
	w := cadre("c1", "2020-01-01")
	w.Prior, w.Left = staffing.Junior, date("2024-06-10")
	w = certified(w, staffing.Intermediate, "2024-06-20")
	s := incentives.Langxi()
	s.Stipends[0].PartialMonth = incentives.ProRata
	s.Stipends[0].Leaving = incentives.LeaveWholeMonth
	s.Rounding = metrics.Down
	p := payroll(t, s, policy.MustYear(2024), w)
	assert.Equal(t, "600.00", fixed(p.Total()))
	require.Len(t, items(p), 1)
	assert.Equal(t, 6, items(p)[0].Months())
}
