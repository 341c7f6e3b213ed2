package jurisdiction_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/policy"
)

// testdata/anji.json is a pack for a county that is not built in, written
// from the README alone: a two-tier scheme, two staffing minimums, a bonus
// and a stipend, one funding line and two targets. It loads, passes its
// own cases, and encodes canonically.
func TestAcceptanceHandWrittenPack(t *testing.T) {
	data, err := os.ReadFile("testdata/anji.json")
	require.NoError(t, err)
	p, err := jurisdiction.Decode(data)
	require.NoError(t, err)
	assert.Equal(t, "安吉縣", p.Name(language.TraditionalChinese))
	assert.Len(t, p.Scheme.Tiers, 2)
	assert.Len(t, p.Staffing.Minimums, 2)
	assert.Len(t, p.Schedule.Bonuses, 1)
	assert.Len(t, p.Schedule.Stipends, 1)
	assert.Len(t, p.Funding.Mix.Items(), 1)
	assert.Len(t, p.Goals, 2)
	results := jurisdiction.RunCases(p)
	require.Len(t, results, 4)
	for _, r := range results {
		assert.Equal(t, jurisdiction.Pass, r.Status, "%s: %s", r.Case.ID, r.Diff())
	}
	assert.Equal(t, []string{"73%", "3", "1500.00", "400.00"},
		[]string{results[0].Got, results[1].Got, results[2].Got, results[3].Got})

	canon, err := p.Encode()
	require.NoError(t, err)
	q, err := jurisdiction.Decode(canon)
	require.NoError(t, err)
	again, err := q.Encode()
	require.NoError(t, err)
	assert.Equal(t, string(canon), string(again))
}

// The same pack with five mistakes in five parts gets five problems in one
// run, each naming its path and position, in the order of the document.
func TestAcceptanceFiveMistakes(t *testing.T) {
	data, err := os.ReadFile("testdata/anji-mistakes.json")
	require.NoError(t, err)
	_, err = jurisdiction.Decode(data)
	var ps policy.Problems
	require.ErrorAs(t, err, &ps)
	require.Len(t, ps, 5, err.Error())
	for i, prefix := range []string{"staffing", "incentives", "budget", "targets[0].target.deadlne", "cases[0].kind"} {
		assert.True(t, strings.HasPrefix(ps[i].Path, prefix), "problem %d: %s", i, ps[i].Error())
		assert.Positive(t, ps[i].Line, ps[i].Error())
	}
	assert.Contains(t, ps[0].Error(), "-3")
	assert.Contains(t, ps[1].Error(), "1五0")
	assert.Contains(t, ps[2].Error(), "welfare-lottery")
	assert.ErrorIs(t, &ps[2], jurisdiction.ErrPack)
	assert.Equal(t, 50, ps[3].Line)
	assert.Contains(t, ps[4].Error(), "coverge")
	assert.True(t, errors.Is(err, policy.ErrUnknownName))
}

// The hand-written pack measures its two targets on a network and roster.
func TestAcceptanceObserve(t *testing.T) {
	data, err := os.ReadFile("testdata/anji.json")
	require.NoError(t, err)
	p, err := jurisdiction.Decode(data)
	require.NoError(t, err)
	code := hierarchy.MustParseCode
	net, err := hierarchy.Build([]hierarchy.Record{
		{Code: code("330523"), Name: "安吉县"},
		{Code: code("330523100"), Name: "递铺镇", Facility: hierarchy.FacilityStation},
		{Code: code("330523101"), Name: "孝丰镇"},
	})
	require.NoError(t, err)
	r := rosterOf(t, net, 2)
	day := policy.MustDate(2024, 6, 30)
	o, ok := p.Goals[0].Observe(net.Rollup().Total(), r, day)
	require.True(t, ok)
	assert.Equal(t, "1/2", o.Value.String())
	o, ok = p.Goals[1].Observe(net.Rollup().Total(), r, day)
	require.True(t, ok)
	assert.Equal(t, "2", o.Value.String())
}
