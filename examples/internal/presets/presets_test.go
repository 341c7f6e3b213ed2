package presets

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func TestAll(t *testing.T) {
	assert.Equal(t, []string{"chongqing", "suzhou", "langxi", "ordos", "innermongolia", "guangxi"}, IDs())
	for _, j := range All() {
		got, ok := Lookup(j.ID)
		require.True(t, ok)
		assert.Equal(t, j.Names, got.Names)
		require.NotNil(t, j.Staffing, j.ID)
		assert.NoError(t, j.Staffing.Validate(), j.ID)
		if j.Scheme != nil {
			assert.NoError(t, j.Scheme.Validate(), j.ID)
		}
		if j.Schedule != nil {
			assert.NoError(t, j.Schedule.Validate(), j.ID)
		}
		var targets []metrics.Target
		for _, g := range j.Goals {
			assert.NoError(t, g.Target.Validate(), g.Target.ID)
			targets = append(targets, g.Target)
		}
		_, err := metrics.NewScorecard(targets...)
		assert.NoError(t, err, j.ID)
		if j.Budget != 0 {
			require.NotNil(t, j.Funding, j.ID)
		}
	}
	// Every key of a measure map names a real target.
	measuredGoals := map[string]int{}
	for _, j := range All() {
		for _, g := range j.Goals {
			if g.Measure != Unmeasured {
				measuredGoals[j.ID]++
			}
		}
	}
	assert.Equal(t, map[string]int{"chongqing": 3, "suzhou": 2, "ordos": 2, "guangxi": 1}, measuredGoals)
	_, ok := Lookup("beijing")
	assert.False(t, ok)
	assert.Equal(t, "重慶市", Chongqing().Name(language.TraditionalChinese))
	assert.Equal(t, "重庆市", Chongqing().Name(language.SimplifiedChinese))
	assert.Equal(t, "Inner Mongolia", InnerMongolia().Name(language.English))
	assert.Len(t, Guangxi().Goals, 11)
	assert.Equal(t, TownshipCoverage, Guangxi().Goals[0].Measure)
	assert.Equal(t, Unmeasured, Guangxi().Goals[1].Measure)
	assert.Equal(t, CommunitiesServed, Ordos().Goals[1].Measure)
}

// A district with a station in one of its two townships, rooms in two of
// three communities and a social worker placed in one of them.
func TestObserve(t *testing.T) {
	code := hierarchy.MustParseCode
	net, err := hierarchy.Build([]hierarchy.Record{
		{Code: code("500101"), Name: "区"},
		{Code: code("500101001"), Name: "街道", Facility: hierarchy.FacilityStation},
		{Code: code("500101001001"), Name: "社区", Facility: hierarchy.FacilityRoom},
		{Code: code("500101001002"), Name: "社区", Facility: hierarchy.FacilityRoom},
		{Code: code("500101100"), Name: "镇"},
		{Code: code("500101100200"), Name: "村"},
	})
	require.NoError(t, err)
	day := policy.MustDate(2024, 6, 30)
	r, err := staffing.NewRoster(net, []staffing.Worker{
		{ID: "a", Unit: code("500101001001"), Role: staffing.SocialWorker, Joined: policy.MustDate(2023, 1, 1)},
		{ID: "b", Unit: code("500101001002"), Role: staffing.CommitteeCadre, Joined: policy.MustDate(2023, 1, 1)},
		{ID: "c", Unit: code("500101100200"), Role: staffing.SocialWorker, Joined: policy.MustDate(2023, 1, 1), Left: policy.MustDate(2024, 1, 31)},
	})
	require.NoError(t, err)
	all := net.Rollup().Total()
	for _, tc := range []struct {
		m    Measure
		want string
	}{
		{CountyCoverage, "0"},
		{TownshipCoverage, "1/2"},
		{CommunityCoverage, "2/3"},
		{CommunitiesServed, "1/3"},
	} {
		o, ok := Goal{Measure: tc.m}.Observe(all, r, day)
		require.True(t, ok)
		assert.Equal(t, tc.want, o.Value.String(), tc.m)
		assert.Equal(t, day, o.Date)
	}
	_, ok := Goal{}.Observe(all, r, day)
	assert.False(t, ok)
}
