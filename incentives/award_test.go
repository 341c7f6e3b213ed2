package incentives_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func TestChongqingAward(t *testing.T) {
	w := staffing.Worker{ID: "cq-1", Unit: comm1, Role: staffing.SocialWorker, Prior: staffing.Senior, Joined: date("2015-03-01")}
	r := roster(t, w)
	grant := incentives.Grant{Worker: "cq-1", Award: "cq-mingjia-mingshi", Date: date("2020-06-30")}
	p, err := incentives.Chongqing().Payroll(r, policy.MustYear(2020), incentives.WithGrants(grant))
	require.NoError(t, err)
	assert.Equal(t, "300000.00", fixed(p.Total()))
	got := items(p)
	require.Len(t, got, 1)
	li := got[0]
	assert.Equal(t, incentives.KindAward, li.Kind())
	assert.Equal(t, staffing.Senior, li.Level())
	assert.Equal(t, policy.MustBetween(date("2020-06-30"), date("2020-06-30")), li.Period())
	assert.Equal(t, "cq-mingjia-mingshi", p.RuleID(li))
	src := p.Source(li)
	assert.Equal(t, "重庆市民政局", src.Issuer)
	assert.Contains(t, src.Clause, "每人奖励30万元")

	// Checked but not paid outside the period.
	p, err = incentives.Chongqing().Payroll(r, policy.MustYear(2021), incentives.WithGrants(grant))
	require.NoError(t, err)
	assert.True(t, p.Total().IsZero())
}

// A schedule with every kind lists a worker's items as bonuses, stipends,
// then awards.
func TestItemOrder(t *testing.T) {
	s := incentives.Langxi()
	s.Awards = incentives.Chongqing().Awards
	w := certified(cadre("c1", "2020-01-01"), staffing.Junior, "2024-01-01")
	other := staffing.Worker{ID: "s1", Unit: town2, Role: staffing.SocialWorker, Joined: date("2020-01-01")}
	p, err := s.Payroll(roster(t, w, other), policy.MustYear(2024),
		incentives.WithGrants(incentives.Grant{Worker: "s1", Award: "cq-mingjia-mingshi", Date: date("2024-03-01")}),
		incentives.WithGrants(incentives.Grant{Worker: "c1", Award: "cq-mingjia-mingshi", Date: date("2024-02-01")}))
	require.NoError(t, err)
	var got []string
	for li := range p.Items() {
		got = append(got, p.Line(li).Worker+" "+li.Kind().String()+" "+fixed(li.Amount()))
	}
	assert.Equal(t, []string{"c1 bonus 1000.00", "c1 stipend 1200.00", "c1 award 300000.00", "s1 award 300000.00"}, got)
	assert.Equal(t, staffing.Junior, items(p)[2].Level())
	assert.Equal(t, staffing.NoCertificate, items(p)[3].Level())
}

func TestGrantErrors(t *testing.T) {
	s := incentives.Chongqing()
	later, err := policy.NewVersioned(policy.Version[decimal.Decimal]{Period: policy.Since(date("2021-01-01")), Value: dec("100000"), Source: whatIfSource})
	require.NoError(t, err)
	s.Awards = append(s.Awards, incentives.Award{ID: "later", Title: "新秀", Amount: later})
	w := staffing.Worker{ID: "w1", Unit: comm1, Role: staffing.SocialWorker, Joined: date("2019-01-01"), Left: date("2022-12-31")}
	r := roster(t, w)
	grants := []incentives.Grant{
		{Worker: "w1", Award: "cq-mingjia-mingshi", Date: date("2020-01-01")}, // fine
		{Worker: "nobody", Award: "cq-mingjia-mingshi", Date: date("2020-01-01")},
		{Worker: "w1", Award: "no-such-award", Date: date("2020-01-01")},
		{Worker: "w1", Award: "later"},
		{Worker: "w1", Award: "later", Date: date("2023-05-01")},              // left by then
		{Worker: "w1", Award: "later", Date: date("2020-05-01")},              // not in force yet
		{Worker: "w1", Award: "cq-mingjia-mingshi", Date: date("2021-01-01")}, // twice
	}
	_, err = s.Payroll(r, policy.MustYear(2020), incentives.WithGrants(grants...))
	require.ErrorIs(t, err, incentives.ErrGrant)
	var ge *incentives.GrantError
	require.ErrorAs(t, err, &ge)
	var got []int
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		require.ErrorAs(t, e, &ge)
		got = append(got, ge.Index)
	}
	assert.Equal(t, []int{1, 2, 3, 4, 5, 6}, got)
	for _, want := range []string{"not on the roster", "not in the schedule", "date is missing", "not in post on 2023-05-01", "not in force on 2020-05-01", "already granted to this worker on 2020-01-01 (grant 0)"} {
		assert.Contains(t, err.Error(), want)
	}
	assert.True(t, errors.Is(ge, incentives.ErrGrant))
}
