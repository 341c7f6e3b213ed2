package jurisdiction_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// rosterOf places n social workers at the first township of net.
func rosterOf(t *testing.T, net *hierarchy.Network, n int) *staffing.Roster {
	t.Helper()
	var at hierarchy.Code
	for u := range net.AtLevel(hierarchy.LevelTownship) {
		at = u.Code()
		break
	}
	var ws []staffing.Worker
	for i := range n {
		ws = append(ws, staffing.Worker{ID: fmt.Sprint("w", i), Unit: at, Role: staffing.ResidentWorker, Joined: policy.MustDate(2023, 1, 1)})
	}
	r, err := staffing.NewRoster(net, ws)
	require.NoError(t, err)
	return r
}

// A district with a station in one of its two townships, rooms in two of
// three communities and a social worker placed in one of them; 3,000
// people.
func TestObserve(t *testing.T) {
	code := hierarchy.MustParseCode
	net, err := hierarchy.Build([]hierarchy.Record{
		{Code: code("500101"), Name: "区"},
		{Code: code("500101001"), Name: "街道", Facility: hierarchy.FacilityStation},
		{Code: code("500101001001"), Name: "社区", Facility: hierarchy.FacilityRoom, Population: 1000},
		{Code: code("500101001002"), Name: "社区", Facility: hierarchy.FacilityRoom, Population: 1000},
		{Code: code("500101100"), Name: "镇"},
		{Code: code("500101100200"), Name: "村", Population: 1000},
	})
	require.NoError(t, err)
	day := policy.MustDate(2024, 6, 30)
	r, err := staffing.NewRoster(net, []staffing.Worker{
		{ID: "a", Unit: code("500101001001"), Role: staffing.SocialWorker, Joined: policy.MustDate(2023, 1, 1)},
		{ID: "b", Unit: code("500101001002"), Role: staffing.CommitteeCadre, Joined: policy.MustDate(2023, 1, 1)},
		{ID: "c", Unit: code("500101100200"), Role: staffing.SocialWorker, Joined: policy.MustDate(2023, 1, 1), Left: policy.MustDate(2024, 1, 31)},
		{ID: "d", Unit: code("500101100"), Role: staffing.ResidentWorker, Joined: policy.MustDate(2023, 1, 1)},
	})
	require.NoError(t, err)
	all := net.Rollup().Total()
	for _, tc := range []struct {
		m    jurisdiction.Measure
		want string
	}{
		{jurisdiction.CountyCoverage, "0"},
		{jurisdiction.TownshipCoverage, "1/2"},
		{jurisdiction.CommunityCoverage, "2/3"},
		{jurisdiction.CommunitiesServed, "1/3"},
		{jurisdiction.SocialWorkers, "2"},
		{jurisdiction.SocialWorkersPerMille, "2/3000"}, // 2 workers of 3,000 people: 0.667‰
	} {
		o, ok := jurisdiction.Goal{Measure: tc.m}.Observe(all, r, day)
		require.True(t, ok, tc.m)
		assert.Equal(t, tc.want, o.Value.String(), tc.m)
		assert.Equal(t, day, o.Date)
	}
	_, ok := jurisdiction.Goal{}.Observe(all, r, day)
	assert.False(t, ok)

	// Without a population, a per-mille measure cannot be observed.
	bare, err := hierarchy.Build([]hierarchy.Record{{Code: code("500101"), Name: "区"}, {Code: code("500101001"), Name: "街道"}})
	require.NoError(t, err)
	_, ok = jurisdiction.Goal{Measure: jurisdiction.SocialWorkersPerMille}.Observe(bare.Rollup().Total(), rosterOf(t, bare, 1), day)
	assert.False(t, ok)
}

func TestMeasureAndNames(t *testing.T) {
	assert.Len(t, jurisdiction.Measures(), 7)
	var m jurisdiction.Measure
	require.NoError(t, m.UnmarshalText([]byte("communities-served")))
	assert.Equal(t, jurisdiction.CommunitiesServed, m)
	require.NoError(t, m.UnmarshalText([]byte("乡镇（街道）覆盖率")))
	assert.Equal(t, jurisdiction.TownshipCoverage, m)
	require.ErrorIs(t, m.UnmarshalText([]byte("bogus")), policy.ErrUnknownName)
	b, err := jurisdiction.SocialWorkersPerMille.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "social-workers-per-mille", string(b))
	assert.Equal(t, "social-workers", jurisdiction.SocialWorkers.String())
	assert.Equal(t, "在崗社會工作者人數", jurisdiction.SocialWorkers.Label(language.TraditionalChinese))
	assert.True(t, jurisdiction.Unmeasured.Valid())
	assert.False(t, jurisdiction.Measure(7).Valid())

	p := jurisdiction.MustLoad("ordos")
	assert.Equal(t, "Ordos", p.Name(language.English))
	assert.Equal(t, "鄂尔多斯市", p.Name(language.SimplifiedChinese))
	assert.Equal(t, "鄂爾多斯市", p.Name(language.TraditionalChinese))
	assert.Equal(t, "Ordos", p.Name(language.French))
}

func TestLoad(t *testing.T) {
	assert.Equal(t, []string{"chongqing", "suzhou", "langxi", "ordos", "innermongolia", "guangxi", "wenzhou", "jiajiang"}, jurisdiction.IDs())
	all := jurisdiction.All()
	require.Len(t, all, 8)
	for i, p := range all {
		assert.Equal(t, jurisdiction.IDs()[i], p.ID)
		assert.NotNil(t, p.Staffing)
		assert.NotEmpty(t, p.Sources)
		assert.NotEmpty(t, p.Cases, p.ID)
	}
	// Each load is a fresh copy.
	a, b := jurisdiction.MustLoad("langxi"), jurisdiction.MustLoad("langxi")
	a.Staffing.Certificates[0].Months = 99
	assert.Equal(t, 12, b.Staffing.Certificates[0].Months)
	ids := jurisdiction.IDs()
	ids[0] = "x"
	assert.Equal(t, "chongqing", jurisdiction.IDs()[0])

	_, err := jurisdiction.Load("beijing")
	require.ErrorIs(t, err, jurisdiction.ErrUnknownPack)
	assert.Contains(t, err.Error(), "chongqing, suzhou")
	assert.Panics(t, func() { jurisdiction.MustLoad("beijing") })
}
