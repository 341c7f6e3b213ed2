package incentives_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func TestDescribe(t *testing.T) {
	s := incentives.Langxi()
	s.Stipends[0].PartialMonth = incentives.ProRata
	s.Awards = incentives.Chongqing().Awards
	c1 := certified(cadre("c1", "2020-01-01"), staffing.Intermediate, "2024-07-15")
	c2 := cadre("c2", "2020-01-01")
	c2.Prior, c2.Left = staffing.Senior, date("2024-01-31")
	r := roster(t, c1, c2)
	p, err := s.Payroll(r, policy.MustYear(2024), incentives.WithGrants(incentives.Grant{Worker: "c1", Award: "cq-mingjia-mingshi", Date: date("2024-09-01")}))
	require.NoError(t, err)
	got := map[language.Tag][]string{}
	for li := range p.Items() {
		for _, tag := range []language.Tag{language.English, language.SimplifiedChinese, language.TraditionalChinese} {
			got[tag] = append(got[tag], p.Describe(li, tag))
		}
	}
	assert.Equal(t, []string{
		"One-time bonus for the social worker (intermediate) certificate obtained on 2024-07-15: ¥2,000.00",
		"Monthly stipend for the social worker (intermediate) certificate, 2024-07-15 to 2024-07-31, 17 of 31 days: ¥164.52",
		"Monthly stipend for the social worker (intermediate) certificate, 2024-08 to 2024-12, 5 months: ¥1,500.00",
		"Award “重庆英才·名家名师” granted on 2024-09-01: ¥300,000.00",
		"Monthly stipend for the senior social worker certificate, 2024-01: ¥500.00",
	}, got[language.English])
	assert.Equal(t, []string{
		"2024年7月15日取得社会工作师证书一次性奖励：2,000.00元",
		"社会工作师证书津贴补助，2024年7月15日至2024年7月31日，按当月31天中的17天折算：164.52元",
		"社会工作师证书津贴补助，2024年8月至2024年12月，共5个月：1,500.00元",
		"2024年9月1日授予“重庆英才·名家名师”奖励：300,000.00元",
		"高级社会工作师证书津贴补助，2024年1月：500.00元",
	}, got[language.SimplifiedChinese])
	assert.Equal(t, []string{
		"2024年7月15日取得社會工作師證書一次性獎勵：2,000.00元",
		"社會工作師證書津貼補助，2024年7月15日至2024年7月31日，按當月31天中的17天折算：164.52元",
		"社會工作師證書津貼補助，2024年8月至2024年12月，共5個月：1,500.00元",
		"2024年9月1日授予「重庆英才·名家名师」獎勵：300,000.00元",
		"高級社會工作師證書津貼補助，2024年1月：500.00元",
	}, got[language.TraditionalChinese])
	// Other languages fall back to English, zh-HK to Traditional.
	first := items(p)[0]
	assert.Equal(t, p.Describe(first, language.English), p.Describe(first, language.French))
	assert.Equal(t, p.Describe(first, language.TraditionalChinese), p.Describe(first, language.MustParse("zh-HK")))
}
