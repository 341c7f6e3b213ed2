package synth_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func TestWorkers(t *testing.T) {
	recs, err := synth.Records(synth.Size{Provinces: 1, Cities: 1, Counties: 2, Townships: 4, Communities: 13})
	require.NoError(t, err)
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	ws := synth.Workers(net, 100)
	require.Len(t, ws, 100)
	r, err := staffing.NewRoster(net, ws)
	require.NoError(t, err, "every synthetic worker is valid")
	units := slices.Collect(net.Units())
	assert.Equal(t, units[0].Code(), ws[0].Unit)
	assert.Equal(t, units[21%len(units)].Code(), ws[21].Unit, "round robin over the units")
	assert.Equal(t, "W42", ws[42].ID)
	assert.Equal(t, staffing.PartTime, ws[3].Employment)
	assert.Equal(t, staffing.Junior, ws[3].Prior)
	senior, err := ws[9].Joined.AddYears(3)
	require.NoError(t, err)
	assert.Equal(t, senior, ws[9].Certified[staffing.Senior])
	left, err := ws[7].Joined.AddYears(2)
	require.NoError(t, err)
	assert.Equal(t, left, ws[7].Left)
	assert.Equal(t, policy.MustDate(2015, 1, 1), ws[0].Joined)
	again := synth.Workers(net, 100)
	assert.Equal(t, ws, again, "deterministic")
	assert.Equal(t, 100, r.Len())
}
