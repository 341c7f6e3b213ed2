package incentives_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// stipendOnly returns Langxi's schedule with only its cadre stipend, paying
// monthly per level, pro rata under rounding.
func stipendOnly(t *testing.T, monthly incentives.Amounts, partial incentives.PartialMonth, rounding metrics.Rounding) *incentives.Schedule {
	t.Helper()
	s := incentives.Langxi()
	s.Bonuses, s.Floors = nil, nil
	s.Rounding = rounding
	s.Stipends[0].PartialMonth = partial
	var err error
	s.Stipends[0].Rates, err = policy.NewVersioned(policy.Version[incentives.Rates]{Value: incentives.Rates{Monthly: monthly}, Source: whatIfSource})
	require.NoError(t, err)
	return s
}

// TestHalfEvenTies: a cadre joining on 16 April is owed 15 of April's 30
// days, exactly half a month. Half of 0.05 yuan is 0.025: half to even
// gives 0.02, half up 0.03. Half of 0.15 is 0.075: 0.08 either way.
func TestHalfEvenTies(t *testing.T) {
	w := cadre("c1", "2024-04-16")
	w.Prior = staffing.Senior
	for _, tt := range []struct {
		monthly  string
		rounding metrics.Rounding
		april    string
	}{
		{"0.05", metrics.HalfEven, "0.02"},
		{"0.05", metrics.HalfUp, "0.03"},
		{"0.15", metrics.HalfEven, "0.08"},
		{"0.15", metrics.HalfUp, "0.08"},
		{"0.05", metrics.Down, "0.02"},
		{"0.05", metrics.Up, "0.03"},
	} {
		s := stipendOnly(t, incentives.Amounts{staffing.Senior: dec(tt.monthly)}, incentives.ProRata, tt.rounding)
		p := payroll(t, s, policy.MustMonth(2024, 4), w)
		require.Equal(t, 1, p.Len(), "%s %s", tt.monthly, tt.rounding)
		li := items(p)[0]
		assert.Equal(t, tt.april, fixed(li.Amount()), "%s %s", tt.monthly, tt.rounding)
		assert.Equal(t, policy.Period{From: date("2024-04-16"), Until: date("2024-04-30")}, li.Period())
	}
}

// TestLeavingOnTheFirstProRata: a cadre leaving on 1 March is paid that
// one day of March, 1/31 of 310 yuan, after January and February in full.
func TestLeavingOnTheFirstProRata(t *testing.T) {
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Senior
	w.Left = date("2024-03-01")
	for _, tt := range []struct {
		leaving incentives.Leaving
		total   string
		march   string
	}{
		{incentives.LeaveProRata, "630.00", "10.00"},
		{incentives.LeaveWholeMonth, "930.00", "930.00"}, // three whole months, one item
		{incentives.LeaveUnpaid, "620.00", ""},
	} {
		s := stipendOnly(t, incentives.Amounts{staffing.Senior: dec("310")}, incentives.ProRata, metrics.HalfUp)
		s.Stipends[0].Leaving = tt.leaving
		p := payroll(t, s, policy.MustYear(2024), w)
		assert.Equal(t, tt.total, fixed(p.Total()), "%s", tt.leaving)
		var march string
		for li := range p.Items() {
			if li.Period().Until >= date("2024-03-01") {
				march = fixed(li.Amount())
			}
		}
		assert.Equal(t, tt.march, march, "%s", tt.leaving)
	}
}

// TestOncePerPersonSkipsZero: a bonus that pays nothing for a junior
// certificate does not use up the one bonus a person gets; the
// intermediate certificate later is paid.
func TestOncePerPersonSkipsZero(t *testing.T) {
	s := incentives.Langxi()
	s.Stipends, s.Floors = nil, nil
	s.Bonuses[0].Once = incentives.OncePerPerson
	var err error
	s.Bonuses[0].Terms, err = policy.NewVersioned(policy.Version[incentives.BonusTerms]{
		Value: incentives.BonusTerms{Amounts: incentives.Amounts{staffing.Intermediate: dec("2000"), staffing.Senior: dec("3000")}}, Source: whatIfSource})
	require.NoError(t, err)
	w := certified(certified(certified(cadre("c1", "2020-01-01"), staffing.Junior, "2024-02-10"), staffing.Intermediate, "2024-07-15"), staffing.Senior, "2024-11-01")
	p := payroll(t, s, policy.MustYear(2024), w)
	require.Equal(t, 1, p.Len())
	li := items(p)[0]
	assert.Equal(t, "2000.00", fixed(li.Amount()))
	assert.Equal(t, staffing.Intermediate, li.Level())
}

// TestWorkerItems checks every worker's items, the first, a middle one
// without items and the last, against the full list.
func TestWorkerItems(t *testing.T) {
	ws := []staffing.Worker{
		certified(cadre("c0", "2020-01-01"), staffing.Junior, "2024-03-03"),
		{ID: "x1", Unit: vill2, Role: staffing.OutreachWorker, Joined: date("2020-01-01")},
		certified(cadre("c2", "2020-01-01"), staffing.Senior, "2024-06-06"),
		certified(cadre("c3", "2020-01-01"), staffing.Intermediate, "2024-01-01"),
	}
	p := payroll(t, incentives.Langxi(), policy.MustYear(2024), ws...)
	byWorker := make([][]incentives.LineItem, len(ws))
	for li := range p.Items() {
		byWorker[li.Worker()] = append(byWorker[li.Worker()], li)
	}
	require.Empty(t, byWorker[1])
	for i := range ws {
		var got []incentives.LineItem
		for li := range p.WorkerItems(i) {
			got = append(got, li)
		}
		assert.Equal(t, byWorker[i], got, "worker %d", i)
		sum := decimal.Zero
		for _, li := range got {
			sum = sum.Add(li.Amount())
		}
		assert.Equal(t, fixed(p.Worker(i)), fixed(sum), "worker %d", i)
	}
	assert.Len(t, byWorker[3], 2, "bonus and stipend")
	for range p.WorkerItems(3) {
		break // stops when asked
	}
	for range p.WorkerItems(len(ws)) {
		t.Fatal("no items past the last worker")
	}
}

// TestEnumShape checks the listing and Valid of every enumeration of the
// package.
func TestEnumShape(t *testing.T) {
	assert.Equal(t, []incentives.Kind{incentives.KindBonus, incentives.KindStipend, incentives.KindAward}, incentives.Kinds())
	assert.Equal(t, []incentives.PartialMonth{incentives.WholeMonthIfFirst, incentives.ProRata, incentives.FromNextMonth}, incentives.PartialMonths())
	assert.Equal(t, []incentives.Leaving{incentives.LeaveProRata, incentives.LeaveWholeMonth, incentives.LeaveUnpaid}, incentives.Leavings())
	assert.Equal(t, []incentives.Upgrade{incentives.UpgradeFull, incentives.UpgradeDifference}, incentives.Upgrades())
	assert.Equal(t, []incentives.Once{incentives.OncePerLevel, incentives.OncePerPerson}, incentives.Onces())
	for _, v := range incentives.Kinds() {
		assert.True(t, v.Valid())
	}
	assert.False(t, incentives.Kind(3).Valid())
	assert.False(t, incentives.PartialMonth(3).Valid())
	assert.False(t, incentives.Leaving(3).Valid())
	assert.False(t, incentives.Upgrade(2).Valid())
	assert.False(t, incentives.Once(2).Valid())
	assert.True(t, incentives.FromNextMonth.Valid())
	assert.True(t, incentives.LeaveUnpaid.Valid())
	assert.True(t, incentives.UpgradeDifference.Valid())
	assert.True(t, incentives.OncePerPerson.Valid())
	assert.Equal(t, "unpaid", incentives.LeaveUnpaid.String())
	assert.Equal(t, "每人仅奖励一次", incentives.OncePerPerson.Label(language.SimplifiedChinese))
	var o incentives.Once
	assert.ErrorIs(t, o.UnmarshalText([]byte("twice")), policy.ErrUnknownName)
	require.NoError(t, o.UnmarshalText([]byte("每人僅獎勵一次")))
	assert.Equal(t, incentives.OncePerPerson, o)
}

// TestConcurrentReads reads one Payroll, Comparison, Forecast and
// FloorCheck from several goroutines, as the package documentation
// promises is safe; under -race it fails on any write behind a read.
func TestConcurrentReads(t *testing.T) {
	ws := []staffing.Worker{
		certified(cadre("c0", "2020-01-01"), staffing.Junior, "2024-03-03"),
		certified(cadre("c1", "2020-01-01"), staffing.Senior, "2024-06-06"),
		{ID: "r1", Unit: town1, Role: staffing.ResidentWorker, Joined: date("2023-01-01")},
	}
	r := roster(t, ws...)
	s := incentives.Langxi()
	p, err := s.Payroll(r, policy.MustYear(2024))
	require.NoError(t, err)
	c, err := incentives.Compare(s, s, r, policy.MustYear(2024))
	require.NoError(t, err)
	f, err := s.Forecast(r, 2024)
	require.NoError(t, err)
	fc, err := s.CheckFloors(r, 2024, map[string]decimal.Decimal{"r1": dec("48000")})
	require.NoError(t, err)
	want := fixed(p.Total())
	var wg sync.WaitGroup
	got := make([]string, 8)
	for g := range 8 {
		wg.Go(func() {
			sum := decimal.Zero
			for li := range p.Items() {
				sum = sum.Add(li.Amount())
				_ = p.Describe(li, language.TraditionalChinese)
				_ = p.Line(li)
			}
			for li := range p.WorkerItems(1) {
				_ = p.Source(li)
			}
			_, _ = p.Subtree(county)
			_ = c.Total().Diff()
			_ = f.Totals.Total()
			for range fc.Below() {
			}
			got[g] = fixed(sum)
		})
	}
	wg.Wait()
	for g := range got {
		assert.Equal(t, want, got[g])
	}
}

// TestAmountsForNoCertificate: an amount or grades for NoCertificate,
// which nothing pays, cannot be encoded: dropping it would make a schedule
// that Validate refuses decode as a valid one (found by fuzzing).
func TestAmountsForNoCertificate(t *testing.T) {
	_, err := json.Marshal(incentives.Amounts{staffing.NoCertificate: dec("500.74")})
	assert.ErrorContains(t, err, "amounts: 500.74 for none: only certificate levels are paid")
	_, err = json.Marshal(incentives.Grades{staffing.NoCertificate: 2})
	assert.ErrorContains(t, err, "grades: 2 for none: only certificate levels are paid")
	s := stipendOnly(t, incentives.Amounts{staffing.NoCertificate: dec("500.74")}, incentives.ProRata, metrics.Down)
	require.Error(t, s.Validate())
	_, err = json.Marshal(s)
	require.Error(t, err)
	b, err := json.Marshal(incentives.Grades{staffing.Junior: 1, staffing.Senior: 3})
	require.NoError(t, err)
	assert.JSONEq(t, `{"junior":1,"intermediate":0,"senior":3}`, string(b))
}

// TestCertificatesOutOfOrder: an intermediate certificate obtained before
// a junior one. Bonuses go in order of date, each raising the level held:
// intermediate in February (2,000), junior in May raises nothing, senior in
// August (3,000).
func TestCertificatesOutOfOrder(t *testing.T) {
	w := certified(certified(certified(cadre("c1", "2020-01-01"), staffing.Junior, "2024-05-05"), staffing.Intermediate, "2024-02-02"), staffing.Senior, "2024-08-08")
	s := incentives.Langxi()
	s.Stipends, s.Floors = nil, nil
	p := payroll(t, s, policy.MustYear(2024), w)
	var got []string
	for li := range p.Items() {
		got = append(got, li.Level().String()+" "+li.Period().From.String()+" "+fixed(li.Amount()))
	}
	assert.Equal(t, []string{"intermediate 2024-02-02 2000.00", "senior 2024-08-08 3000.00"}, got)
}

// TestLongestItem: whole months at one rate merge into one item of at
// most 65,535 months; the next month starts a new item.
func TestLongestItem(t *testing.T) {
	w := cadre("c1", "2000-01-01")
	w.Prior = staffing.Senior
	s := stipendOnly(t, incentives.Amounts{staffing.Senior: dec("1")}, incentives.WholeMonthIfFirst, metrics.HalfUp)
	p := payroll(t, s, policy.Period{From: date("2000-01-01"), Until: date("7461-12-31")}, w)
	require.Equal(t, 2, p.Len())
	got := items(p)
	assert.Equal(t, 65535, got[0].Months())
	assert.Equal(t, 9, got[1].Months()) // 5,462 years are 65,544 months: 65,535 + 9
	assert.Equal(t, "65535.00", fixed(got[0].Amount()))
	assert.Equal(t, "65544.00", fixed(p.Total()))
}

// TestLeftEarlierInTheFirstMonth: a payroll starting on 31 March for a
// cadre who left on 10 March, under a pro-rata stipend that pays the month
// of leaving whole: 31 March is paid, 1/31 of 310 yuan.
func TestLeftEarlierInTheFirstMonth(t *testing.T) {
	w := cadre("c1", "2020-01-01")
	w.Prior = staffing.Senior
	w.Left = date("2024-03-10")
	s := stipendOnly(t, incentives.Amounts{staffing.Senior: dec("310")}, incentives.ProRata, metrics.HalfUp)
	s.Stipends[0].Leaving = incentives.LeaveWholeMonth
	p := payroll(t, s, policy.Period{From: date("2024-03-31"), Until: date("2024-04-30")}, w)
	assert.Equal(t, "10.00", fixed(p.Total()))
	p = payroll(t, s, policy.Period{From: date("2024-04-01"), Until: date("2024-04-30")}, w)
	assert.Equal(t, "0.00", fixed(p.Total()))
}

// TestCertificateOnTheDayOfLeaving: under a pro-rata stipend, a senior
// certificate obtained on the last day in post pays that day at the
// senior rate: 19 days of March at 100 yuan a month (61.29) and one at
// 310 (10.00).
func TestCertificateOnTheDayOfLeaving(t *testing.T) {
	w := certified(certified(cadre("c1", "2020-01-01"), staffing.Junior, "2021-01-01"), staffing.Senior, "2024-03-20")
	w.Left = date("2024-03-20")
	s := stipendOnly(t, incentives.Amounts{staffing.Junior: dec("100"), staffing.Senior: dec("310")}, incentives.ProRata, metrics.HalfUp)
	p := payroll(t, s, policy.MustMonth(2024, 3), w)
	var got []string
	for li := range p.Items() {
		got = append(got, li.Level().String()+" "+li.Period().String()+" "+fixed(li.Amount()))
	}
	assert.Equal(t, []string{"junior 2024-03-01/2024-03-19 61.29", "senior 2024-03-20/2024-03-20 10.00"}, got)
}

// TestRatesOfPastTheLastLevel: a level past the table pays nothing.
func TestRatesOfPastTheLastLevel(t *testing.T) {
	r := incentives.Rates{Monthly: incentives.Amounts{staffing.Senior: dec("500")}}
	assert.Equal(t, "500.00", fixed(r.Of(staffing.Senior)))
	assert.True(t, r.Of(staffing.CertLevel(4)).IsZero())
	assert.True(t, r.Of(staffing.CertLevel(200)).IsZero())
}
