package dataset

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

func TestOutputs(t *testing.T) {
	net, err := Network(FromCSV(bytes.NewReader(testdata(t, "network.csv")), Detect))
	require.NoError(t, err)
	csvIn := "单位代码,统计期,个案,小组,服务时长\n990101001,2024-01-01/2024-01-31,3,\"1,200\",40\n990101001,2024-02-01/2024-02-29,2,,\n"
	a := ReadOutputs(FromCSV(strings.NewReader(csvIn), Detect))
	require.NoError(t, a.Err())
	jsIn := `[{"unit":"990101001","period":"2024-01-01/2024-01-31","output":{"cases":3,"group_sessions":1200,"hours":40}},
{"unit":"990101001","period":"2024-02-01/2024-02-29","output":{"cases":2}}]`
	b := ReadOutputs(FromJSON(strings.NewReader(jsIn)))
	require.NoError(t, b.Err())
	assert.Equal(t, a.Items, b.Items)
	data, err := BuildOutputs(net, a)
	require.NoError(t, err)
	require.NotNil(t, data)

	bad := "unit,period,cases\n990101001,2024-01-01/2024-01-31,x\n990199001,2024-01-01/2024-01-31,1\n990101001,2024-01-15/2024-02-15,1\n990101001,2024-01-01/2024-01-31,2\n"
	_, err = BuildOutputs(net, ReadOutputs(FromCSV(strings.NewReader(bad), Detect)))
	ps := policy.ProblemsOf(err)
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, "[0].cases", paths[0])
	assert.Contains(t, paths, "[1].unit")
	assert.ErrorIs(t, err, hierarchy.ErrUnknownUnit)
	assert.ErrorIs(t, err, policy.ErrOverlap)
}

func TestResources(t *testing.T) {
	net, err := Network(FromCSV(bytes.NewReader(testdata(t, "network.csv")), Detect))
	require.NoError(t, err)
	a := ReadResources(FromCSV(strings.NewReader("unit,period,志愿者,社工人数,志愿服务队,社区慈善基金\n990101001001,2023-12-31,120,3,2,1\n"), Detect))
	require.NoError(t, a.Err())
	b := ReadResources(FromJSON(strings.NewReader(`[{"unit":"990101001001","period":"2023-12-31","resources":{"volunteers":120,"social_workers":3,"volunteer_teams":2,"charity_funds":1}}]`)))
	require.NoError(t, b.Err())
	assert.Equal(t, a.Items, b.Items)
	_, err = BuildResources(net, a)
	require.NoError(t, err)
	_, err = BuildResources(net, ReadResources(FromJSON(strings.NewReader(`[{"unit":"990101001001","period":"2023-12-31","resources":{"volunteers":-1}}]`))))
	assert.Error(t, err)
	_, err = BuildResources(net, ReadResources(FromJSON(strings.NewReader(`[{"unit":"990101001001","period":"2023-12-31","resources":[]}]`))))
	assert.Equal(t, []where{{"[0].resources", 1, 59}}, wheres(policy.ProblemsOf(err)))
}
