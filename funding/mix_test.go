package funding_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

var testSource = policy.Source{Title: "测试文件", Issuer: "某市民政局", Date: policy.MustDate(2020, 1, 2), Status: policy.StatusReport}

func qty(t *testing.T, s string) *metrics.Quantity {
	t.Helper()
	q, err := metrics.ParseQuantity(s)
	require.NoError(t, err)
	return &q
}

func TestKindsAndClasses(t *testing.T) {
	assert.Len(t, funding.Kinds(), 10)
	byClass := map[funding.Class][]funding.Kind{}
	for _, k := range funding.Kinds() {
		require.True(t, k.Valid(), "%s", k)
		byClass[k.Class()] = append(byClass[k.Class()], k)
	}
	assert.Equal(t, map[funding.Class][]funding.Kind{
		funding.Fiscal: {funding.PurchaseOfServices, funding.AwardInLieu, funding.EarmarkedShare, funding.WelfareLottery, funding.PilotSubsidy, funding.Budgeted},
		funding.Social: {funding.Donation, funding.Foundation, funding.CommunityCharityFund},
		funding.Market: {funding.ServiceFees},
	}, byClass)
	assert.Equal(t, funding.ClassUnspecified, funding.KindUnspecified.Class())
	assert.Equal(t, funding.ClassUnspecified, funding.Kind(200).Class())
	assert.False(t, funding.Kind(200).Valid())
	assert.Equal(t, []funding.Class{funding.Fiscal, funding.Social, funding.Market}, funding.Classes())

	for _, tc := range []struct {
		k                    funding.Kind
		text, en, hans, hant string
	}{
		{funding.AwardInLieu, "award-in-lieu", "award in lieu of subsidy", "以奖代补", "以獎代補"},
		{funding.WelfareLottery, "welfare-lottery", "welfare lottery public-welfare fund", "福彩公益金", "福彩公益金"},
		{funding.CommunityCharityFund, "community-charity-fund", "community charity funds", "社区慈善基金", "社區慈善基金"},
		{funding.ServiceFees, "service-fees", "service fees", "市场服务收费", "市場服務收費"},
	} {
		assert.Equal(t, tc.text, tc.k.String())
		assert.Equal(t, tc.en, tc.k.Label(language.English))
		assert.Equal(t, tc.hans, tc.k.Label(language.SimplifiedChinese))
		assert.Equal(t, tc.hant, tc.k.Label(language.TraditionalChinese))
		for _, in := range []string{tc.text, tc.hans, tc.hant} {
			var k funding.Kind
			require.NoError(t, k.UnmarshalText([]byte(in)))
			assert.Equal(t, tc.k, k)
		}
	}
	for _, tc := range []struct {
		c          funding.Class
		text, hans string
	}{{funding.Fiscal, "fiscal", "财政投入"}, {funding.Social, "social", "社会投入"}, {funding.Market, "market", "市场投入"}} {
		b, err := tc.c.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(b))
		assert.Equal(t, tc.hans, tc.c.Label(language.SimplifiedChinese))
		var c funding.Class
		require.NoError(t, c.UnmarshalText([]byte(tc.hans)))
		assert.Equal(t, tc.c, c)
	}
	assert.Equal(t, "社會投入", funding.Social.Label(language.TraditionalChinese))
	var k funding.Kind
	assert.Error(t, k.UnmarshalText([]byte("lottery")))
	var c funding.Class
	assert.Error(t, c.UnmarshalText([]byte("public")))
	_, err := funding.Kind(99).MarshalText()
	assert.Error(t, err)
}

func TestNewMixReportsEverything(t *testing.T) {
	_, err := funding.NewMix(" ", -1)
	require.Error(t, err)
	for _, s := range []string{"name is empty", "year -1", "no items"} {
		assert.Contains(t, err.Error(), s)
	}

	_, err = funding.NewMix("某市", 2020,
		funding.Item{Kind: funding.PurchaseOfServices, Amount: qty(t, "100 万元"), Source: testSource},
		funding.Item{Kind: funding.KindUnspecified, Source: testSource},
		funding.Item{Kind: funding.Donation, Includes: []funding.Kind{funding.Foundation, funding.Foundation, funding.ServiceFees, funding.Donation, 99}, Source: testSource},
		funding.Item{Kind: funding.ServiceFees, Amount: qty(t, "6.3 万人"), Source: policy.Source{}},
		funding.Item{Kind: funding.Budgeted, Amount: &metrics.Quantity{Value: dec("-1"), Unit: funding.Yuan}, Source: testSource},
		funding.Item{Kind: funding.Budgeted, Label: "x", Amount: &metrics.Quantity{Value: dec("0.001"), Unit: funding.Yuan}, Source: testSource},
		funding.Item{Kind: funding.PurchaseOfServices, Source: testSource},
	)
	require.Error(t, err)
	assert.ErrorIs(t, err, funding.ErrMix)
	assert.ErrorIs(t, err, metrics.ErrMoney)
	assert.ErrorIs(t, err, policy.ErrSource)
	for _, s := range []string{
		"item 1 (unspecified): invalid funding mix: kind unspecified is not a funding source",
		"item 2 (donation): invalid funding mix: kind foundation is included twice",
		"included kind service-fees is market, not social",
		"kind donation is included twice",
		"included kind funding kind(99) is not a funding source",
		`item 3 (service-fees): invalid funding mix: amount: invalid amount: unit "人" is not 元`,
		"invalid funding mix: source: invalid source: title is empty",
		"item 4 (budgeted): invalid funding mix: amount: invalid amount: -1 yuan is negative",
		"item 5 (budgeted): invalid funding mix: amount: invalid amount: 0.001 yuan is not a whole number of fen",
		`item 6 (purchase-of-services): invalid funding mix: same kind and label "" as item 0`,
	} {
		assert.Contains(t, err.Error(), s)
	}
	var ie *funding.ItemError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, 1, ie.Index)
	assert.NotContains(t, err.Error(), "item 0 ")
}

func TestMixIsImmutable(t *testing.T) {
	amount := qty(t, "3250 万元")
	items := []funding.Item{{Kind: funding.Donation, Includes: []funding.Kind{funding.Foundation}, Amount: amount, Source: testSource}}
	m, err := funding.NewMix("某市", 2020, items...)
	require.NoError(t, err)
	amount.Value = dec("1")
	items[0].Includes[0] = funding.CommunityCharityFund
	got := m.Items()
	assert.Equal(t, "32500000", got[0].Amount.Value.String())
	assert.Equal(t, []funding.Kind{funding.Foundation}, got[0].Includes)
	got[0].Amount.Value = dec("2")
	got[0].Includes[0] = funding.Donation
	again := m.Items()
	assert.Equal(t, "32500000", again[0].Amount.Value.String())
	assert.Equal(t, funding.Foundation, again[0].Includes[0])
	assert.Equal(t, "某市", m.Name())
	assert.Equal(t, 2020, m.Year())
}

func TestMixJSON(t *testing.T) {
	m, err := funding.NewMix("某市", 2020,
		funding.Item{Kind: funding.CommunityCharityFund, Label: "社区慈善基金", Amount: qty(t, "5100余万元"), Source: testSource.Cite("二")},
		funding.Item{Kind: funding.WelfareLottery, Source: testSource},
	)
	require.NoError(t, err)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"某市","year":2020,"items":[
		{"kind":"community-charity-fund","label":"社区慈善基金","amount":{"value":"51000000","unit":"元","qualifier":"more-than"},
		 "source":{"title":"测试文件","issuer":"某市民政局","date":"2020-01-02","clause":"二","status":"report"}},
		{"kind":"welfare-lottery","source":{"title":"测试文件","issuer":"某市民政局","date":"2020-01-02","status":"report"}}]}`, string(b))

	var back funding.Mix
	require.NoError(t, json.Unmarshal(b, &back))
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))
	assert.Equal(t, metrics.MoreThan, back.Items()[0].Amount.Qualifier)
	assert.Nil(t, back.Items()[1].Amount)

	for _, tc := range []struct{ name, in, want string }{
		{"unknown field", `{"name":"某市","items":[{"kind":"donation","amuont":{"value":"1","unit":"元"},"source":{}}]}`, `unknown field "amuont"`},
		{"unknown kind", `{"name":"某市","items":[{"kind":"tax"}]}`, `unknown funding kind "tax"`},
		{"not an object", `[1]`, "cannot unmarshal"},
		{"invalid", `{"name":"","items":[]}`, "name is empty"},
		{"huge exponent", `{"name":"某","items":[{"kind":"donation","amount":{"value":"1e9999","unit":"元"},"source":{"title":"t","issuer":"i","date":"2020-01-01","status":"report"}}]}`, "1e9999 yuan overflows int64 fen"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got funding.Mix
			err := json.Unmarshal([]byte(tc.in), &got)
			require.Error(t, err)
			assert.True(t, errors.Is(err, funding.ErrMix))
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestNewMixYearBounds: 9999 is the last year a mix can state, 0 none.
func TestNewMixYearBounds(t *testing.T) {
	item := funding.Item{Kind: funding.Donation, Source: testSource}
	for _, tc := range []struct {
		year int
		ok   bool
	}{{0, true}, {9999, true}, {10000, false}, {-1, false}} {
		m, err := funding.NewMix("某市", tc.year, item)
		if tc.ok {
			require.NoError(t, err, tc.year)
			assert.Equal(t, tc.year, m.Year())
		} else {
			assert.ErrorIs(t, err, funding.ErrMix, tc.year)
		}
	}
}
