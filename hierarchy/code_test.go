package hierarchy_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
)

func TestParseCode(t *testing.T) {
	for _, tc := range []struct {
		in, short, full string
		level           hierarchy.Level
	}{
		{"50", "50", "500000000000", hierarchy.LevelProvince},
		{"5001", "5001", "500100000000", hierarchy.LevelCity},
		{"500101", "500101", "500101000000", hierarchy.LevelCounty},
		{"500101001", "500101001", "500101001000", hierarchy.LevelTownship},
		{"500101001001", "500101001001", "500101001001", hierarchy.LevelCommunity},
		{"500101000000", "500101", "500101000000", hierarchy.LevelCounty},      // full form of a county
		{"500101001000", "500101001", "500101001000", hierarchy.LevelTownship}, // full form of a township
		{"500100", "5001", "500100000000", hierarchy.LevelCity},                // a 6-digit prefecture
		{"５００１０１", "500101", "500101000000", hierarchy.LevelCounty},            // full-width digits
		{" 320505001002\t", "320505001002", "320505001002", hierarchy.LevelCommunity},
		{"\u3000320505\u3000", "320505", "320505000000", hierarchy.LevelCounty}, // ideographic spaces
	} {
		c, err := hierarchy.ParseCode(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.short, c.String(), tc.in)
		assert.Equal(t, tc.full, c.Full(), tc.in)
		assert.Equal(t, tc.level, c.Level(), tc.in)
		assert.True(t, c.Valid(), tc.in)
	}
}

func TestParseCodeErrors(t *testing.T) {
	for _, tc := range []struct{ in, reason string }{
		{"", `"": empty`},
		{"   ", `"   ": empty`},
		{"50010", `"50010": 5 digits`},
		{"5001010010011", `"5001010010011": more than 12 digits`},
		{"50a101", `'a' at byte 2 is not a digit`},
		{"-500101", `'-' at byte 0 is not a digit`},
		{"000000", `"000000": province part is 00`},
		{"500001001", `"500001001": prefecture part is zero but county part is 1`},
		{"500100001", `"500100001": county part is zero but township part is 1`},
		{"500101000001", `"500101000001": township part is zero but village part is 1`},
	} {
		_, err := hierarchy.ParseCode(tc.in)
		require.Error(t, err, tc.in)
		assert.ErrorIs(t, err, hierarchy.ErrCode, tc.in)
		assert.Contains(t, err.Error(), tc.reason, tc.in)
	}
}

func TestCodeParts(t *testing.T) {
	c := mustCode("500101017200") // 太白村村民委员会, 太白街道, 万州区
	assert.Equal(t, 50, c.Province())
	assert.Equal(t, 1, c.Prefecture())
	assert.Equal(t, 1, c.County())
	assert.Equal(t, 17, c.Township())
	assert.Equal(t, 200, c.Village())

	var chain []string
	for p := c; p != 0; p = p.Parent() {
		chain = append(chain, p.String())
	}
	assert.Equal(t, []string{"500101017200", "500101017", "500101", "5001", "50"}, chain)

	assert.Equal(t, mustCode("500101"), c.Truncate(hierarchy.LevelCounty))
	assert.Equal(t, c, c.Truncate(hierarchy.LevelCommunity))
	assert.Equal(t, c, c.Truncate(hierarchy.LevelUnspecified))
	assert.Equal(t, mustCode("500101"), mustCode("500101").Truncate(hierarchy.LevelTownship))
	assert.Equal(t, hierarchy.Code(0), hierarchy.Code(7).Parent())

	county := mustCode("500101")
	assert.True(t, county.Contains(c))
	assert.True(t, county.Contains(county))
	assert.False(t, c.Contains(county))
	assert.False(t, mustCode("500102").Contains(c))
	assert.False(t, hierarchy.Code(7).Contains(c))
}

func TestNewCode(t *testing.T) {
	c, err := hierarchy.NewCode(50, 1, 1, 1, 0)
	require.NoError(t, err)
	assert.Equal(t, "500101001", c.String())

	_, err = hierarchy.NewCode(50, 1, 1, 1000, 0)
	assert.ErrorIs(t, err, hierarchy.ErrCode)
	assert.ErrorContains(t, err, "township part 1000 outside 0..999")
	_, err = hierarchy.NewCode(50, 0, 1, 0, 0)
	assert.ErrorContains(t, err, "500001000000: prefecture part is zero but county part is 1")
	_, err = hierarchy.NewCode(0, 0, 0, 0, 0)
	assert.ErrorContains(t, err, "000000000000: province part is 00")
}

func TestClass(t *testing.T) {
	for _, tc := range []struct {
		code string
		want hierarchy.UnitKind
	}{
		{"50", hierarchy.KindProvince},
		{"5001", hierarchy.KindCity},
		{"500101", hierarchy.KindDistrict},             // 万州区
		{"500229", hierarchy.KindCounty},               // 城口县
		{"320581", hierarchy.KindCountyCity},           // 常熟市
		{"500101001", hierarchy.KindSubdistrict},       // 高笋塘街道
		{"500101109", hierarchy.KindTown},              // 小周镇
		{"500101201", hierarchy.KindTownship},          // 柱山乡
		{"320505400", hierarchy.KindSimilarTownship},   // 浒墅关经济技术开发区
		{"500101001001", hierarchy.KindUrbanCommunity}, // 东方广场社区居民委员会
		{"500101017200", hierarchy.KindVillage},        // 太白村村民委员会
		{"500117112333", hierarchy.KindVillage},        // 保合村村民委员会
		{"320505407400", hierarchy.KindSimilarUrban},   // 苏州科技城类似社区
		{"320505405498", hierarchy.KindSimilarUrban},   // 虚拟社区
		{"320506401598", hierarchy.KindSimilarRural},   // 吴中区林场虚拟生活区
	} {
		k, err := mustCode(tc.code).Class()
		require.NoError(t, err, tc.code)
		assert.Equal(t, tc.want, k, tc.code)
	}

	_, err := mustCode("500101700").Class()
	assert.ErrorIs(t, err, hierarchy.ErrClass)
	assert.ErrorContains(t, err, "500101700: township part 700 is outside 001–599")
	_, err = mustCode("500101001650").Class()
	assert.ErrorContains(t, err, "500101001650: village part 650 is outside 001–599")
	_, err = hierarchy.Code(500101).Class()
	assert.ErrorIs(t, err, hierarchy.ErrCode)
	assert.ErrorContains(t, err, "500101: province part is 00")
}

func TestCodeText(t *testing.T) {
	type row struct {
		Code   hierarchy.Code `json:"code"`
		Parent hierarchy.Code `json:"parent"`
	}
	in := row{Code: mustCode("500101001")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"500101001","parent":""}`, string(b))
	var out row
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	require.NoError(t, json.Unmarshal([]byte(`{"code":"500101001000"}`), &out))
	assert.Equal(t, in.Code, out.Code)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"code":"5001x"}`), &out), hierarchy.ErrCode)

	_, err = hierarchy.Code(1e13).MarshalText()
	assert.ErrorContains(t, err, "more than 12 digits")
	assert.Equal(t, "Code(10000000000000)", hierarchy.Code(1e13).String())
	assert.Equal(t, "", hierarchy.Code(0).String())
	assert.Equal(t, "000000000007", hierarchy.Code(7).Full())
	assert.Equal(t, "10000000000000", hierarchy.Code(1e13).Full())
}

func TestMustParseCode(t *testing.T) {
	assert.Equal(t, "500229100", hierarchy.MustParseCode("500229100").String())
	assert.PanicsWithError(t, `invalid division code "5002291": 7 digits; want 6 (county), 9 (township) or 12 (village), or 2 or 4`, func() { hierarchy.MustParseCode("5002291") })
}
