package services

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/shegong/shegong/metrics"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestOrgCategoryNames(t *testing.T) {
	for _, tc := range []struct {
		c          OrgCategory
		text, hans string
	}{
		{LifeService, "life-service", "生活服务类"},
		{PublicInterest, "public-interest", "公益慈善类"},
		{MutualAid, "mutual-aid", "居民互助类"},
		{VolunteerService, "volunteer-service", "志愿服务类"},
	} {
		assert.Equal(t, tc.text, tc.c.String())
		assert.Equal(t, tc.hans, tc.c.Label(language.SimplifiedChinese))
		b, err := tc.c.MarshalText()
		require.NoError(t, err)
		var back OrgCategory
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tc.c, back)
		require.NoError(t, back.UnmarshalText([]byte(tc.c.Label(language.TraditionalChinese))))
		assert.Equal(t, tc.c, back)
	}
	assert.Len(t, OrgCategories(), 4)
	var c OrgCategory
	assert.Error(t, c.UnmarshalText([]byte("sports")))
	_, err := OrgCategory(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "public interest and charity", PublicInterest.Label(language.English))
}

func TestListAndMeasureNames(t *testing.T) {
	assert.Equal(t, []ListKind{NeedsList, ResourcesList, ProjectsList}, ListKinds())
	assert.Equal(t, "需求清单", NeedsList.Label(language.SimplifiedChinese))
	assert.Equal(t, "service projects list", ProjectsList.Label(language.English))
	var k ListKind
	require.NoError(t, k.UnmarshalText([]byte("資源清單")))
	assert.Equal(t, ResourcesList, k)
	b, err := ProjectsList.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "projects", string(b))

	var m ResourceMeasure
	require.NoError(t, m.UnmarshalText([]byte("社区慈善基金")))
	assert.Equal(t, CharityFundsMeasure, m)
	assert.True(t, m.Valid())
	assert.False(t, ResourceMeasure(99).Valid())
	assert.Equal(t, "志願服務隊伍", VolunteerTeamsMeasure.Label(language.TraditionalChinese))
	b, err = ListsKeptMeasure.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "lists-kept", string(b))
	assert.Equal(t, "volunteers", VolunteersMeasure.String())
}

// jiajiang is one of the county's five pilot urban communities.
func jiajiang() Resources {
	var r Resources
	r.Organisations[PublicInterest] = OrgCount{Filed: 2}
	r.Organisations[VolunteerService] = OrgCount{Filed: 4, Registered: 1}
	r.Organisations[MutualAid] = OrgCount{Filed: 3}
	r.SocialWorkers = 2
	r.Volunteers = 120
	r.VolunteerTeams = 7
	r.CharityFunds = 1
	r.CharityFundAmount = decimal.RequireFromString("52000.50")
	r.Lists[NeedsList] = ListTally{Kept: 1, Entries: 14}
	r.Lists[ProjectsList] = ListTally{Kept: 1, Entries: 3}
	return r
}

func TestResourcesGet(t *testing.T) {
	r := jiajiang()
	for m, want := range map[ResourceMeasure]int64{
		OrganisationsMeasure:           10, // 2 + 5 + 3
		RegisteredOrganisationsMeasure: 1,
		SocialWorkersMeasure:           2,
		VolunteersMeasure:              120,
		VolunteerTeamsMeasure:          7,
		CharityFundsMeasure:            1,
		ListsKeptMeasure:               2, // needs and projects, not resources
		ResourceMeasure(42):            0,
	} {
		assert.Equal(t, want, r.Get(m), m.String())
	}
	assert.Equal(t, int64(9), r.Organisations.Filed())
	assert.Equal(t, int64(5), r.Organisations[VolunteerService].Total())
}

// TestResourcesAddJiajiang sums the volunteer teams of Jiajiang's five pilot
// communities: 7 + 7 + 7 + 6 + 6 = 33, the county's "社工志愿服务队伍33支".
func TestResourcesAddJiajiang(t *testing.T) {
	var sum Resources
	for i, teams := range []int64{7, 7, 7, 6, 6} {
		r := jiajiang()
		r.VolunteerTeams = teams
		if i > 0 { // the county's first and only community charity fund
			r.CharityFunds, r.CharityFundAmount = 0, decimal.Zero
		}
		require.NoError(t, r.Validate())
		var err error
		sum, err = sum.Add(r)
		require.NoError(t, err)
	}
	assert.Equal(t, int64(33), sum.VolunteerTeams)
	assert.Equal(t, int64(1), sum.CharityFunds)
	assert.Equal(t, "52000.50", sum.CharityFundAmount.StringFixed(2))
	assert.Equal(t, int64(50), sum.Get(OrganisationsMeasure))
	assert.Equal(t, int64(5), sum.Lists[NeedsList].Kept, "five communities keep a needs list")
	assert.Equal(t, int64(70), sum.Lists[NeedsList].Entries)
	assert.Equal(t, int64(10), sum.Get(ListsKeptMeasure))
	require.NoError(t, sum.Validate())
}

func TestResourcesAddOverflow(t *testing.T) {
	for _, tc := range []struct {
		name  string
		a, b  Resources
		field string
	}{
		{"volunteers", Resources{Volunteers: math.MaxInt64}, Resources{Volunteers: 1}, "volunteers"},
		{"organisations", Resources{Organisations: Organisations{MutualAid: {Registered: math.MaxInt64 - 1}}},
			Resources{Organisations: Organisations{MutualAid: {Registered: 2}}}, "organisations"},
		{"lists", Resources{Lists: Lists{ProjectsList: {Kept: 1, Entries: math.MaxInt64}}},
			Resources{Lists: Lists{ProjectsList: {Kept: 1, Entries: 1}}}, "lists"},
		{"first of several", Resources{SocialWorkers: math.MaxInt64, CharityFunds: math.MaxInt64},
			Resources{SocialWorkers: 1, CharityFunds: 1}, "social_workers"},
	} {
		_, err := tc.a.Add(tc.b)
		require.Error(t, err, tc.name)
		assert.ErrorIs(t, err, metrics.ErrOverflow, tc.name)
		assert.Contains(t, err.Error(), tc.field, tc.name)
	}
}

func TestResourcesValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		edit   func(*Resources)
		errors []string // one per problem, in order
	}{
		{"valid", func(*Resources) {}, nil},
		{"zero", func(r *Resources) { *r = Resources{} }, nil},
		{"negative organisations", func(r *Resources) { r.Organisations[LifeService].Registered = -1 },
			[]string{"organisations.life-service.registered is -1"}},
		{"negative filed and volunteers", func(r *Resources) {
			r.Organisations[MutualAid].Filed = -3
			r.Volunteers = -2
		}, []string{"organisations.mutual-aid.filed is -3", "volunteers is -2"}},
		{"every scalar", func(r *Resources) {
			r.SocialWorkers, r.VolunteerTeams, r.CharityFunds = -1, -1, -1
			r.CharityFundAmount = decimal.Zero
		}, []string{"social_workers is -1", "volunteer_teams is -1", "charity_funds is -1"}},
		{"negative amount", func(r *Resources) { r.CharityFundAmount = decimal.RequireFromString("-0.01") },
			[]string{"charity_fund_amount -0.01 is negative"}},
		{"fraction of a fen", func(r *Resources) { r.CharityFundAmount = decimal.RequireFromString("10.005") },
			[]string{"not a whole number of fen"}},
		{"huge amount", func(r *Resources) { r.CharityFundAmount = decimal.RequireFromString("1e30") },
			[]string{"overflows int64 fen"}},
		{"amount without fund", func(r *Resources) { r.CharityFunds = 0 },
			[]string{"charity_fund_amount 52000.5 without a charity fund"}},
		{"entries of an unkept list", func(r *Resources) { r.Lists[ResourcesList].Entries = 5 },
			[]string{"lists.resources has 5 entries but no unit keeps it"}},
		{"negative list counts", func(r *Resources) { r.Lists[NeedsList] = ListTally{Kept: -1, Entries: -4} },
			[]string{"lists.needs.kept is -1", "lists.needs.entries is -4"}},
	} {
		r := jiajiang()
		tc.edit(&r)
		assertCountErrors(t, tc.name, r.Validate(), tc.errors)
	}
}

func TestResourcesJSON(t *testing.T) {
	r := jiajiang()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"organisations": {"public-interest": {"filed": 2}, "mutual-aid": {"filed": 3}, "volunteer-service": {"filed": 4, "registered": 1}},
		"social_workers": 2, "volunteers": 120, "volunteer_teams": 7,
		"charity_funds": 1, "charity_fund_amount": "52000.5",
		"lists": {"needs": {"kept": 1, "entries": 14}, "projects": {"kept": 1, "entries": 3}}
	}`, string(b))
	var back Resources
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.CharityFundAmount.Equal(r.CharityFundAmount))
	back.CharityFundAmount = r.CharityFundAmount
	assert.Equal(t, r, back)

	empty, err := json.Marshal(Resources{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(empty))

	var zh Resources
	require.NoError(t, json.Unmarshal([]byte(`{"organisations": {"居民互助类": {"filed": 1}, "公益慈善類": {"registered": 2}}, "lists": null}`), &zh))
	assert.Equal(t, OrgCount{Filed: 1}, zh.Organisations[MutualAid])
	assert.Equal(t, OrgCount{Registered: 2}, zh.Organisations[PublicInterest])

	for _, bad := range []string{
		`{"organisations": {"sports": {"filed": 1}}}`,
		`{"organisations": {"mutual-aid": {"filed": 1}, "mutual-aid": {"filed": 2}}}`,
		`{"organisations": [1, 2]}`,
		`{"organisations": {"mutual-aid": {"filed": "one"}}}`,
		`{"organisations": {"mutual-aid": {"founded": 1}}}`,
		`{"lists": {"needs": {"kept": 1}`,
		`{"lists": {"needs" 1}}`,
	} {
		var r Resources
		assert.Error(t, json.Unmarshal([]byte(bad), &r), bad)
	}
}

// TestUnmarshalKeyedKeepsOnError checks that a failed decode leaves the
// value as it was.
func TestUnmarshalKeyedKeepsOnError(t *testing.T) {
	l := Lists{NeedsList: {Kept: 1, Entries: 2}}
	require.Error(t, l.UnmarshalJSON([]byte(`{"projects": {"kept": 1}, "budget": {}}`)))
	assert.Equal(t, Lists{NeedsList: {Kept: 1, Entries: 2}}, l)
	for _, bad := range []string{`{"projects": {"kept": 1}} x`, `{1: 2}`, `{"projects": {"kept": 1}`} {
		require.Error(t, l.UnmarshalJSON([]byte(bad)), bad)
		assert.Equal(t, Lists{NeedsList: {Kept: 1, Entries: 2}}, l, bad)
	}
}

func TestErrorsAreDistinct(t *testing.T) {
	assert.False(t, errors.Is(ErrCount, metrics.ErrOverflow))
}

func FuzzResourcesJSON(f *testing.F) {
	b, err := json.Marshal(jiajiang())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"organisations": {"居民互助类": {"filed": 1}}, "charity_fund_amount": "1e400", "charity_funds": 1}`))
	f.Add([]byte(`{"lists": {"needs": {"kept": -1, "entries": 3}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Resources
		if json.Unmarshal(data, &r) != nil || r.Validate() != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("valid resources do not encode: %v", err)
		}
		var back Resources
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("encoded resources do not decode: %v\n%s", err, b)
		}
		if !back.CharityFundAmount.Equal(r.CharityFundAmount) {
			t.Fatalf("amount %s came back as %s", r.CharityFundAmount, back.CharityFundAmount)
		}
		back.CharityFundAmount = r.CharityFundAmount
		if back != r {
			t.Fatalf("round trip changed the resources:\n%+v\n%+v", r, back)
		}
		// Adding a valid record to itself stays valid or overflows, never
		// anything else.
		sum, err := r.Add(r)
		if err != nil && !errors.Is(err, metrics.ErrOverflow) {
			t.Fatalf("add: %v", err)
		}
		if err == nil {
			if verr := sum.Validate(); verr != nil && !errors.Is(verr, metrics.ErrMoney) {
				t.Fatalf("sum of valid resources is invalid: %v", verr)
			}
		}
	})
}

func ExampleResources_Validate() {
	var r Resources
	r.Organisations[MutualAid] = OrgCount{Filed: 6, Registered: 1}
	r.Organisations[VolunteerService] = OrgCount{Filed: 3}
	r.Volunteers = -4
	r.CharityFundAmount = decimal.RequireFromString("1200.50")
	fmt.Println(r.Get(OrganisationsMeasure), "organisations,", r.Organisations.Registered(), "registered")
	fmt.Println(r.Validate())
	// Output:
	// 10 organisations, 1 registered
	// invalid count: volunteers is -4, below zero
	// invalid count: charity_fund_amount 1200.5 without a charity fund to hold it
}

// assertCountErrors checks that err holds exactly the problems want
// describes, in order, each an ErrCount; nil want means no error.
func assertCountErrors(t *testing.T, name string, err error, want []string) {
	t.Helper()
	if want == nil {
		assert.NoError(t, err, name)
		return
	}
	require.Error(t, err, name)
	assert.ErrorIs(t, err, ErrCount, name)
	parts := err.(interface{ Unwrap() []error }).Unwrap()
	require.Len(t, parts, len(want), "%s: %v", name, err)
	for i, w := range want {
		assert.Contains(t, parts[i].Error(), w, name)
	}
}
