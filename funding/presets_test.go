package funding_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// figure writes an item's amount as "kind value qualifier", or "kind -"
// for a source named without a figure.
func figure(it funding.Item) string {
	if it.Amount == nil {
		return it.Kind.String() + " -"
	}
	return it.Kind.String() + " " + it.Amount.Value.String() + " " + it.Amount.Qualifier.String()
}

func TestPresets(t *testing.T) {
	for _, tc := range []struct {
		profile funding.Profile
		year    int
		issuer  string
		date    string // "" when the document gives none
		status  policy.Status
		figures []string
	}{
		{
			funding.Chongqing2019(), 2019, "重庆市民政局", "2020-10-19", policy.StatusReport,
			[]string{
				"purchase-of-services 32500000 exact", // 每年安排 3250 万元用于直接购买社会工作服务
				"award-in-lieu 70000000 exact",        // 7000 万元以奖代补资金
				"earmarked-share -",                   // 1%的社会救助资金
				"donation 100000000 more-than",        // 社会投入仅 2019年就超过 1 亿元
				"service-fees 25000000 about",         // 2019 年市场服务合理收费近 2500 万元
			},
		},
		{
			funding.Suzhou(), 0, "中國社會工作（微信公眾號）", "2021-11-30", policy.StatusReport,
			[]string{
				"purchase-of-services 47000000 exact",       // 政府投入購買服務資金4700萬元
				"community-charity-fund 51000000 more-than", // 累計動員慈善資金5100余萬元
			},
		},
		{
			funding.Langxi2023(), 2023, "人民网", "", policy.StatusReport,
			[]string{"budgeted 3000000 about"}, // 2023年财政保障资金近300万余元
		},
		{
			funding.Ordos(), 0, "鄂尔多斯市民政局", "2021-11-10", policy.StatusDraft,
			[]string{"budgeted -", "award-in-lieu -", "purchase-of-services -", "pilot-subsidy -", "welfare-lottery -", "foundation -", "community-charity-fund -"},
		},
		{
			funding.InnerMongolia(), 0, "内蒙古自治区民政厅", "", policy.StatusInForce,
			[]string{"purchase-of-services -", "budgeted -", "budgeted -", "donation -"},
		},
	} {
		p := tc.profile
		t.Run(p.Jurisdiction, func(t *testing.T) {
			assert.Equal(t, p.Jurisdiction, p.Mix.Name())
			assert.Equal(t, tc.year, p.Mix.Year())
			var got []string
			for _, it := range p.Mix.Items() {
				got = append(got, figure(it))
				require.NoError(t, it.Validate())
				assert.Equal(t, tc.issuer, it.Source.Issuer)
				assert.Equal(t, tc.status, it.Source.Status)
				if tc.date == "" {
					assert.True(t, it.Source.Date.IsZero())
				} else {
					assert.Equal(t, tc.date, it.Source.Date.String())
				}
				assert.NotEmpty(t, it.Source.Clause, "every item cites its clause")
				assert.NotEmpty(t, it.Label, "every item keeps the document's words")
			}
			assert.Equal(t, tc.figures, got)

			b, err := json.Marshal(p.Mix)
			require.NoError(t, err)
			var back funding.Mix
			require.NoError(t, json.Unmarshal(b, &back))
			b2, err := json.Marshal(back)
			require.NoError(t, err)
			assert.Equal(t, string(b), string(b2))
		})
	}
	var names []string
	for _, p := range funding.Presets() {
		names = append(names, p.Jurisdiction)
	}
	assert.Equal(t, []string{"重庆市", "蘇州市", "郎溪县", "鄂尔多斯市", "内蒙古自治区"}, names)
}

func TestPresetDetails(t *testing.T) {
	cq := funding.Chongqing2019()
	require.Len(t, cq.Earmarks, 1)
	assert.Equal(t, "购买基层社会救助经办能力", cq.Earmarks[0].Purpose)
	assert.True(t, strings.HasPrefix(cq.Earmarks[0].Source.Clause, "三、"))
	social := cq.Mix.Items()[3]
	assert.Equal(t, []funding.Kind{funding.Foundation}, social.Includes, "one figure for donations and funds")

	sz := funding.Suzhou()
	require.Len(t, sz.Spending, 1)
	assert.Equal(t, "舉辦各類培訓和繼續教育", sz.Spending[0].Purpose)
	assert.Equal(t, "5000000", sz.Spending[0].Amount.Value.String()) // 近500萬元
	assert.Equal(t, metrics.About, sz.Spending[0].Amount.Qualifier)
	require.NoError(t, sz.Spending[0].Source.Validate())

	lx := funding.Langxi2023().Mix.Items()[0]
	assert.Equal(t, []funding.Kind{funding.EarmarkedShare, funding.WelfareLottery}, lx.Includes, "财政统筹+资金拼盘")
	assert.Contains(t, lx.Label, "财政统筹+资金拼盘")

	ordos := funding.Ordos().Mix.Total()
	assert.Equal(t, 0, ordos.Stated)
	assert.Equal(t, 7, ordos.Unstated)
	assert.True(t, ordos.Amount.Value.IsZero())
}
