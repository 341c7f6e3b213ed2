package incentives_test

import (
	"encoding/json"

	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// A cadre obtaining the intermediate certificate on 2024-07-15: the bonus
// of 2,000 falls in July, the stipend of 300 a month in August–December.
func TestForecast(t *testing.T) {
	r := roster(t, certified(cadre("c1", "2020-01-01"), staffing.Intermediate, "2024-07-15"))
	f, err := incentives.Langxi().Forecast(r, 2024)
	require.NoError(t, err)
	assert.Equal(t, 2024, f.Year)
	want := []string{"0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "2000.00", "300.00", "300.00", "300.00", "300.00", "300.00"}
	sum := decimal.Zero
	for m, tot := range f.Months {
		assert.Equal(t, want[m], fixed(tot.Total()), "month %d", m+1)
		sum = sum.Add(tot.Total())
	}
	assert.Equal(t, "3500.00", fixed(f.Totals.Total()))
	assert.True(t, sum.Equal(f.Totals.Total()))
	assert.Equal(t, "2000.00", fixed(f.Months[6].Kind(incentives.KindBonus)))
	assert.Equal(t, "1500.00", fixed(f.Totals.Kind(incentives.KindStipend)))

	p, err := incentives.Langxi().Payroll(r, policy.MustYear(2024))
	require.NoError(t, err)
	assert.True(t, p.Total().Equal(f.Totals.Total()))

	_, err = incentives.Langxi().Forecast(r, 10000)
	assert.ErrorIs(t, err, policy.ErrDate)
	bad := incentives.Langxi()
	bad.Rounding = 9
	_, err = bad.Forecast(r, 2024)
	assert.ErrorIs(t, err, incentives.ErrSchedule)
}

// Langxi's stipends raised from 100 / 300 / 500 to 200 / 400 / 600 a month
// from 2024: each of three cadres, one per level, costs 1,200 more a year.
func TestCompare(t *testing.T) {
	var ws []staffing.Worker
	for i, l := range levels {
		w := cadre("c"+l.String(), "2020-01-01")
		w.Prior = levels[i]
		ws = append(ws, w)
	}
	ws = append(ws, staffing.Worker{ID: "s1", Unit: town2, Role: staffing.SocialWorker, Prior: staffing.Junior, Joined: date("2020-01-01")})
	r := roster(t, ws...)

	raised := incentives.Langxi()
	var err error
	raised.Stipends[0].Rates, err = raised.Stipends[0].Rates.Supersede(date("2024-01-01"),
		incentives.Rates{Monthly: incentives.Amounts{staffing.Junior: dec("200"), staffing.Intermediate: dec("400"), staffing.Senior: dec("600")}}, whatIfSource)
	require.NoError(t, err)

	c, err := incentives.Compare(incentives.Langxi(), raised, r, policy.MustYear(2024))
	require.NoError(t, err)
	assert.Equal(t, policy.MustYear(2024), c.Period)
	for _, tt := range []struct {
		level                 staffing.CertLevel
		before, after, change string
	}{
		{staffing.NoCertificate, "0.00", "0.00", "0.00"},
		{staffing.Junior, "1200.00", "2400.00", "1200.00"},
		{staffing.Intermediate, "3600.00", "4800.00", "1200.00"},
		{staffing.Senior, "6000.00", "7200.00", "1200.00"},
	} {
		ch := c.Level(tt.level)
		assert.Equal(t, []string{tt.before, tt.after, tt.change}, []string{fixed(ch.Baseline), fixed(ch.Reform), fixed(ch.Diff())}, tt.level.String())
	}
	assert.Equal(t, "3600.00", fixed(c.Total().Diff()))
	assert.Equal(t, "10800.00", fixed(c.Total().Baseline))
	assert.Equal(t, "3600.00", fixed(c.Kind(incentives.KindStipend).Diff()))
	assert.True(t, c.Kind(incentives.KindBonus).Diff().IsZero())

	// Before 2024 nothing changes.
	c, err = incentives.Compare(incentives.Langxi(), raised, r, policy.MustYear(2023))
	require.NoError(t, err)
	assert.True(t, c.Total().Diff().IsZero())

	bad := incentives.Langxi()
	bad.Jurisdiction = ""
	_, err = incentives.Compare(bad, raised, r, policy.MustYear(2024))
	assert.ErrorContains(t, err, "baseline")
	_, err = incentives.Compare(raised, bad, r, policy.MustYear(2024))
	assert.ErrorContains(t, err, "reform: ")
}

func TestTotalsJSON(t *testing.T) {
	r := roster(t, certified(cadre("c1", "2020-01-01"), staffing.Intermediate, "2024-07-15"))
	p, err := incentives.Langxi().Payroll(r, policy.MustYear(2024))
	require.NoError(t, err)
	b, err := json.Marshal(p.Totals())
	require.NoError(t, err)
	assert.JSONEq(t, `{"kinds":{"award":"0","bonus":"2000","stipend":"1500"},
		"levels":{"none":"0","junior":"0","intermediate":"3500","senior":"0"},"total":"3500"}`, string(b))
	line, err := json.Marshal(p.Line(items(p)[1]))
	require.NoError(t, err)
	assert.Contains(t, string(line), `"worker":"c1","kind":"stipend","level":"intermediate","rule":"lx-cadre-stipend"`)
	assert.Contains(t, string(line), `"period":"2024-08-01/2024-12-31","months":5,"amount":"1500"`)
}
