package incentives_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

var (
	propFrom = date("2019-01-01")
	propDays = date("2026-12-31").Sub(propFrom)
)

func randomDate(rng *rand.Rand, from policy.Date, days int) policy.Date {
	return from + policy.Date(rng.IntN(days+1))
}

// randomWorkers returns n workers on the test network with random roles,
// dates and certificates.
func randomWorkers(rng *rand.Rand, n int) []staffing.Worker {
	units := []string{"341821100", "341821101", "341821100200", "341821100201", "341821101001"}
	roles := []staffing.Role{staffing.CommitteeCadre, staffing.CommitteeCadre, staffing.ResidentWorker, staffing.SocialWorker}
	ws := make([]staffing.Worker, n)
	for i := range ws {
		w := &ws[i]
		w.ID = fmt.Sprintf("w%d", i)
		w.Unit = code(units[rng.IntN(len(units))])
		w.Role = roles[rng.IntN(len(roles))]
		w.Joined = randomDate(rng, propFrom, propDays-400)
		w.Prior = staffing.CertLevel(rng.IntN(3))
		for l := w.Prior + 1; l <= staffing.Senior; l++ {
			if rng.IntN(2) == 0 {
				w.Certified[l] = randomDate(rng, w.Joined, 900)
			}
		}
		switch rng.IntN(6) {
		case 0, 1:
			w.Left = randomDate(rng, w.Joined, 1200)
		case 2: // just before or on a certificate's day
			if d := w.Certified[staffing.Senior]; !d.IsZero() {
				w.Left = max(w.Joined, d+policy.Date(-rng.IntN(25)))
			}
		}
	}
	return ws
}

// randomSchedule returns Langxi's schedule with random options, perhaps a
// revision of the stipends and a cap, and Chongqing's award.
func randomSchedule(t *testing.T, rng *rand.Rand) *incentives.Schedule {
	s := incentives.Langxi()
	s.Awards = incentives.Chongqing().Awards
	s.Rounding = metrics.Rounding(rng.IntN(4))
	s.Stipends[0].PartialMonth = incentives.PartialMonth(rng.IntN(3))
	s.Stipends[0].Leaving = incentives.Leaving(rng.IntN(3))
	s.Bonuses[0].Upgrade = incentives.Upgrade(rng.IntN(2))
	s.Bonuses[0].Once = incentives.Once(rng.IntN(2))
	var err error
	if rng.IntN(2) == 0 {
		r := func() decimal.Decimal { return decimal.New(int64(rng.IntN(100000)), -2) }
		s.Stipends[0].Rates, err = s.Stipends[0].Rates.Supersede(randomDate(rng, propFrom, propDays),
			incentives.Rates{Monthly: incentives.Amounts{staffing.Junior: r(), staffing.Intermediate: r(), staffing.Senior: r()}}, whatIfSource)
		require.NoError(t, err)
	}
	if rng.IntN(2) == 0 {
		s.Bonuses[0].Terms, err = s.Bonuses[0].Terms.Supersede(randomDate(rng, propFrom, propDays),
			incentives.BonusTerms{Amounts: incentives.Amounts{staffing.Junior: dec("1000"), staffing.Intermediate: dec("2000"), staffing.Senior: dec("3000")}, Cap: dec("3500")}, whatIfSource)
		require.NoError(t, err)
	}
	return s
}

func randomGrants(rng *rand.Rand, ws []staffing.Worker) []incentives.Grant {
	var gs []incentives.Grant
	for _, w := range ws {
		if rng.IntN(10) == 0 {
			gs = append(gs, incentives.Grant{Worker: w.ID, Award: "cq-mingjia-mingshi", Date: randomDate(rng, w.Joined, 300)})
		}
	}
	// A grant after leaving is an error; keep those in post.
	return slices.DeleteFunc(gs, func(g incentives.Grant) bool {
		i := slices.IndexFunc(ws, func(w staffing.Worker) bool { return w.ID == g.Worker })
		return !ws[i].Active(g.Date)
	})
}

// byWorker returns the total of each worker's line items in fen, by kind.
func byWorker(t *testing.T, p *incentives.Payroll, n int) [][3]int64 {
	out := make([][3]int64, n)
	for li := range p.Items() {
		f, err := metrics.ToFen(li.Amount())
		require.NoError(t, err)
		out[li.Worker()][li.Kind()] += f
	}
	return out
}

func fenOf(t *testing.T, d decimal.Decimal) int64 {
	f, err := metrics.ToFen(d)
	require.NoError(t, err)
	return f
}

// TestPayrollProperties checks, for random rosters, schedules and periods
// (years or ranges of days): line items sum to every total to the fen;
// totals without items are the same; the months (and the quarters of a
// year) pay each worker what the whole period does; cuts inside months do
// too under the whole-month rules, and within a fen per cut pro rata;
// stipends match a day-by-day reference.
func TestPayrollProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2024, 7))
	trials := 120
	if testing.Short() {
		trials = 20
	}
	for trial := range trials {
		ws := randomWorkers(rng, 40)
		r := roster(t, ws...)
		s := randomSchedule(t, rng)
		grants := randomGrants(rng, ws)
		year := 2019 + rng.IntN(8)
		period := policy.MustYear(year)
		if rng.IntN(2) == 0 {
			from := randomDate(rng, propFrom, propDays)
			period = policy.MustBetween(from, from+policy.Date(rng.IntN(800)))
		}
		name := fmt.Sprintf("trial %d (%s, %s, %s, %s)", trial, s.Stipends[0].PartialMonth, s.Stipends[0].Leaving, s.Rounding, period)

		p, err := s.Payroll(r, period, incentives.WithGrants(grants...))
		require.NoError(t, err, name)
		items := byWorker(t, p, len(ws))

		// Items sum to totals.
		var units = make([]int64, r.Network().Len())
		codes := unitCodes(r.Network())
		var kinds [3]int64
		var total int64
		for i, k := range items {
			wt := k[0] + k[1] + k[2]
			assert.Equal(t, wt, fenOf(t, p.Worker(i)), name)
			units[position(codes, r.Worker(i).Unit)] += wt
			for j := range k {
				kinds[j] += k[j]
			}
			total += wt
		}
		for u, want := range units {
			own, ok := p.Own(codes[u])
			require.True(t, ok)
			assert.Equal(t, want, fenOf(t, own), name)
		}
		sub, ok := p.Subtree(codes[0])
		require.True(t, ok)
		assert.Equal(t, total, fenOf(t, sub), name)
		assert.Equal(t, total, fenOf(t, p.Total()), name)
		tot := p.Totals()
		for k := range kinds {
			assert.Equal(t, kinds[k], fenOf(t, tot.Kind(incentives.Kind(k))), name)
		}
		var levels int64
		for l := staffing.NoCertificate; l <= staffing.Senior; l++ {
			levels += fenOf(t, tot.Level(l))
		}
		assert.Equal(t, total, levels, name)
		only, err := s.Payroll(r, period, incentives.WithGrants(grants...), incentives.TotalsOnly())
		require.NoError(t, err)
		assert.Equal(t, tot, only.Totals(), name)

		// The period split into months, into quarters (if it is a year),
		// and at random days.
		var months []policy.Period
		for m := range period.Months() {
			months = append(months, m)
		}
		quarters := []policy.Period{period}
		if period == policy.MustYear(year) {
			quarters = []policy.Period{policy.MustQuarter(year, 1), policy.MustQuarter(year, 2), policy.MustQuarter(year, 3), policy.MustQuarter(year, 4)}
		}
		cuts := randomCuts(rng, period, 1+rng.IntN(5))
		for _, split := range []struct {
			name      string
			periods   []policy.Period
			tolerance int64
		}{
			{"months", months, 0},
			{"quarters", quarters, 0},
			{"cuts", cuts, map[bool]int64{true: int64(len(cuts) - 1), false: 0}[s.Stipends[0].PartialMonth == incentives.ProRata]},
		} {
			sum := make([]int64, len(ws))
			for _, part := range split.periods {
				pp, err := s.Payroll(r, part, incentives.WithGrants(grants...))
				require.NoError(t, err)
				for i := range ws {
					sum[i] += fenOf(t, pp.Worker(i))
				}
			}
			for i := range ws {
				diff := sum[i] - fenOf(t, p.Worker(i))
				assert.LessOrEqual(t, max(diff, -diff), split.tolerance, "%s split by %s %v, worker %+v", name, split.name, split.periods, ws[i])
			}
		}

		// Stipends against a day-by-day reference.
		for i := range ws {
			want := fenOf(t, referenceStipend(&ws[i], s.Stipends[0], s.Rounding, period))
			assert.Equal(t, want, items[i][incentives.KindStipend], "%s worker %+v", name, ws[i])
		}
	}
}

// randomCuts splits p at up to n random days into adjoining periods.
func randomCuts(rng *rand.Rand, p policy.Period, n int) []policy.Period {
	days, _ := p.Days()
	if days == 1 {
		return []policy.Period{p}
	}
	var at []policy.Date
	for range n {
		at = append(at, p.From+policy.Date(1+rng.IntN(days-1)))
	}
	slices.Sort(at)
	at = slices.Compact(at)
	var out []policy.Period
	from := p.From
	for _, d := range at {
		out = append(out, policy.MustBetween(from, d-1))
		from = d
	}
	return append(out, policy.MustBetween(from, p.Until))
}

// referenceStipend computes st for w over p the slow way: month by month,
// and under pro rata day by day, grouping days of one month paid at one
// level and version, each group rounded once.
func referenceStipend(w *staffing.Worker, st incentives.Stipend, rounding metrics.Rounding, p policy.Period) decimal.Decimal {
	total := decimal.Zero
	if !eligibleRole(st.Roles, w.Role) {
		return total
	}
	rate := func(d policy.Date, l staffing.CertLevel) (decimal.Decimal, policy.Date) {
		v, ok := st.Rates.At(d)
		if !ok {
			return decimal.Zero, 0
		}
		return v.Value.Of(l), v.Period.From
	}
	for m := range p.Months() {
		first, last := m.From.FirstOfMonth(), m.From.LastOfMonth()
		dim := decimal.NewFromInt(int64(last.Sub(first) + 1))
		leaves := !w.Left.IsZero() && w.Left < last
		if st.PartialMonth != incentives.ProRata {
			if m.From != first {
				continue
			}
			judged := first
			if st.PartialMonth == incentives.FromNextMonth {
				judged = first - 1
			}
			if !w.Active(first) || !w.Active(judged) {
				continue
			}
			amount, _ := rate(first, w.LevelOn(judged))
			if leaves {
				switch st.Leaving {
				case incentives.LeaveUnpaid:
					amount = decimal.Zero
				case incentives.LeaveProRata:
					amount = rounding.Fen(amount.Mul(decimal.NewFromInt(int64(w.Left.Sub(first)+1))).DivRound(dim, 30))
				case incentives.LeaveWholeMonth: // in full
				}
			}
			total = total.Add(amount)
			continue
		}
		if leaves && (w.Left < first || st.Leaving == incentives.LeaveUnpaid) {
			continue
		}
		type key struct {
			level staffing.CertLevel
			from  policy.Date
		}
		var groups []key
		var days []int64
		var amounts []decimal.Decimal
		for d := m.From; d <= m.Until; d++ {
			if d < w.Joined || (leaves && d > w.Left && st.Leaving == incentives.LeaveProRata) {
				continue
			}
			held := d
			if leaves && d > w.Left {
				held = w.Left
			}
			l := w.LevelOn(held)
			amount, from := rate(d, l)
			k := key{l, from}
			if n := len(groups); n > 0 && groups[n-1] == k {
				days[n-1]++
				continue
			}
			groups, days, amounts = append(groups, k), append(days, 1), append(amounts, amount)
		}
		for i := range groups {
			total = total.Add(rounding.Fen(amounts[i].Mul(decimal.NewFromInt(days[i])).DivRound(dim, 30)))
		}
	}
	return total
}

func eligibleRole(s staffing.RoleSet, r staffing.Role) bool { return s == 0 || s.Has(r) }
