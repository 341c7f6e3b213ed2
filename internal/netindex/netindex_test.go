package netindex_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/netindex"
	"github.com/shegong/shegong/staffing"
)

func TestLayout(t *testing.T) {
	l := netindex.Layout[int]{Codes: []int{10, 20, 30}, Parent: []int32{-1, 0, 0}, End: []int32{3, 2, 3}}
	assert.Equal(t, 3, l.Len())
	i, ok := l.Index(20)
	assert.True(t, ok)
	assert.Equal(t, 1, i)
	_, ok = l.Index(25)
	assert.False(t, ok)
}

// TestHooks checks the accessors hierarchy and staffing register: the
// layout of a network in code order with its parents and subtree ends, the
// position of a unit, and the unit position of each worker.
func TestHooks(t *testing.T) {
	var recs []hierarchy.Record
	for _, c := range []string{"500101", "500101001", "500101001001", "500101002"} {
		recs = append(recs, hierarchy.Record{Code: hierarchy.MustParseCode(c), Name: c})
	}
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	l := netindex.Of[hierarchy.Code](net)
	assert.Equal(t, []hierarchy.Code{recs[0].Code, recs[1].Code, recs[2].Code, recs[3].Code}, l.Codes)
	assert.Equal(t, []int32{-1, 0, 1, 0}, l.Parent)
	assert.Equal(t, []int32{4, 3, 3, 4}, l.End)
	u, ok := net.Lookup(recs[2].Code)
	require.True(t, ok)
	assert.Equal(t, 2, netindex.Pos(u))

	r, err := staffing.NewRoster(net, []staffing.Worker{
		{ID: "a", Unit: recs[3].Code, Role: staffing.SocialWorker, Joined: 1},
		{ID: "b", Unit: recs[1].Code, Role: staffing.SocialWorker, Joined: 1},
	})
	require.NoError(t, err)
	assert.Equal(t, []int32{3, 1}, netindex.WorkerUnits(r))
}
