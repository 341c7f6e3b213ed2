package incentives_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func resident(id, joined string) staffing.Worker {
	return staffing.Worker{ID: id, Unit: town1, Role: staffing.ResidentWorker, Joined: date(joined)}
}

// A resident social worker paid 48,000 yuan in 2024 is 2,000 below
// Langxi's floor of 50,000; one paid 52,000 is not. One who joined on
// 2024-07-01 served 184 of 366 days: the floor is 50,000 × 184/366 =
// 25,136.61 (rounded half up), so 25,000 is 136.61 short.
func TestCheckFloors(t *testing.T) {
	r := roster(t,
		resident("r1", "2020-01-01"),
		resident("r2", "2020-01-01"),
		resident("r3", "2024-07-01"),
		cadre("c1", "2020-01-01"), // no floor applies, no pay needed
		staffing.Worker{ID: "s1", Unit: town2, Role: staffing.SocialWorker, Joined: date("2020-01-01")},
	)
	pay := map[string]decimal.Decimal{"r1": dec("48000"), "r2": dec("52000"), "r3": dec("25000"), "s1": dec("30000")}
	c, err := incentives.Langxi().CheckFloors(r, 2024, pay)
	require.NoError(t, err)
	assert.Equal(t, 2024, c.Year)
	require.Len(t, c.Results, 3)
	type result struct {
		id, floor, pay, gap string
		days                int
		below               bool
	}
	var got []result
	for _, f := range c.Results {
		got = append(got, result{f.ID, fixed(f.Floor), fixed(f.Pay), fixed(f.Gap()), f.Days, f.Below()})
		assert.Equal(t, "lx-resident-floor", f.Rule)
		assert.Contains(t, f.Source.Clause, "不低于5万元")
	}
	assert.Equal(t, []result{
		{"r1", "50000.00", "48000.00", "2000.00", 366, true},
		{"r2", "50000.00", "52000.00", "-2000.00", 366, false},
		{"r3", "25136.61", "25000.00", "136.61", 184, true},
	}, got)
	var below []string
	for f := range c.Below() {
		below = append(below, f.ID)
	}
	assert.Equal(t, []string{"r1", "r3"}, below)
	for range c.Below() {
		break // stops early without panicking
	}
}

// The floor is raised to 60,000 from 2024-07-01: 50,000 × 182/366 +
// 60,000 × 184/366 = 55,027.32.
func TestCheckFloorsRevised(t *testing.T) {
	s := incentives.Langxi()
	var err error
	s.Floors[0].Annual, err = s.Floors[0].Annual.Supersede(date("2024-07-01"), dec("60000"), whatIfSource)
	require.NoError(t, err)
	c, err := s.CheckFloors(roster(t, resident("r1", "2020-01-01")), 2024, map[string]decimal.Decimal{"r1": dec("55000")})
	require.NoError(t, err)
	require.Len(t, c.Results, 1)
	f := c.Results[0]
	assert.Equal(t, "55027.32", fixed(f.Floor))
	assert.Equal(t, "27.32", fixed(f.Gap()))
	assert.Equal(t, whatIfSource, f.Source)
}

func TestCheckFloorsErrors(t *testing.T) {
	r := roster(t, resident("r1", "2020-01-01"), resident("r2", "2020-01-01"), resident("r3", "2020-01-01"), resident("r4", "2020-01-01"))
	pay := map[string]decimal.Decimal{"r2": dec("-1"), "r3": dec("48000.001"), "r4": dec("1"), "zz": dec("5")}
	_, err := incentives.Langxi().CheckFloors(r, 2024, pay)
	require.ErrorIs(t, err, incentives.ErrPay)
	var got []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var pe *incentives.PayError
		require.ErrorAs(t, e, &pe)
		got = append(got, pe.Worker)
	}
	assert.Equal(t, []string{"r1", "r2", "r3", "zz"}, got)
	for _, want := range []string{"no pay given", "is negative", "not a whole number of fen", "not on the roster"} {
		assert.Contains(t, err.Error(), want)
	}

	_, err = incentives.Langxi().CheckFloors(r, 0, nil)
	assert.ErrorIs(t, err, policy.ErrDate)
	bad := incentives.Langxi()
	bad.Floors[0].ID = ""
	_, err = bad.CheckFloors(r, 2024, nil)
	assert.ErrorIs(t, err, incentives.ErrSchedule)

	// Workers out of post all year need no pay.
	gone := resident("r1", "2020-01-01")
	gone.Left = date("2023-12-31")
	c, err := incentives.Langxi().CheckFloors(roster(t, gone), 2024, nil)
	require.NoError(t, err)
	assert.Empty(t, c.Results)
}
