package funding_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

func TestChongqingEarmark(t *testing.T) {
	e := funding.Chongqing2019().Earmarks[0]
	require.NoError(t, e.Validate())
	assert.Equal(t, "社会救助资金", e.Fund)
	assert.True(t, e.Share.Equal(ratio(t, "1%")))

	for _, tc := range []struct {
		fund, want string
		q          metrics.Qualifier
	}{
		{"2 亿元", "2000000.00", metrics.Exact},         // 1% of 200 M
		{"约 1.5 亿元", "1500000.00", metrics.About},     // keeps "about"
		{"12345678.91 元", "123456.79", metrics.Exact}, // 123,456.7891 rounds up
		{"8000余万元", "800000.00", metrics.MoreThan},    // more than 80 M
	} {
		got, err := e.Of(*qty(t, tc.fund), metrics.HalfUp)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got.Value.StringFixed(2), tc.fund)
		assert.Equal(t, tc.q, got.Qualifier, tc.fund)
		assert.Equal(t, funding.Yuan, got.Unit)
	}
}

func TestEarmarkRounding(t *testing.T) {
	third := funding.Earmark{Fund: "某基金", Share: ratio(t, "1/3"), Purpose: "某用途", Source: testSource}
	percent := funding.Earmark{Fund: "某基金", Share: ratio(t, "1%"), Purpose: "某用途", Source: testSource}
	for _, tc := range []struct {
		e                          funding.Earmark
		fund                       string
		halfUp, halfEven, down, up string
	}{
		{third, "100", "33.33", "33.33", "33.33", "33.34"}, // 33.333…
		{third, "200", "66.67", "66.67", "66.66", "66.67"}, // 66.666…
		{percent, "0.50", "0.01", "0.00", "0.00", "0.01"},  // exactly half a fen, even below
		{percent, "1.50", "0.02", "0.02", "0.01", "0.02"},  // exactly half a fen, even above
		{percent, "1.49", "0.01", "0.01", "0.01", "0.02"},  // 0.0149
		{percent, "1000000", "10000.00", "10000.00", "10000.00", "10000.00"},
	} {
		fund := metrics.Quantity{Value: dec(tc.fund), Unit: funding.Yuan}
		for r, want := range map[metrics.Rounding]string{metrics.HalfUp: tc.halfUp, metrics.HalfEven: tc.halfEven, metrics.Down: tc.down, metrics.Up: tc.up} {
			got, err := tc.e.Of(fund, r)
			require.NoError(t, err)
			assert.Equal(t, want, got.Value.StringFixed(2), "%s of %s by %s", tc.e.Share, tc.fund, r)
		}
	}
}

// TestHedgedParts checks that a part of a bound is rounded so that it
// stays true, whatever rounding rule the caller names: the exact parts are
// 1.005 and 1.001 yuan, and 100.2 / 3 = 33.4 yuan per station.
func TestHedgedParts(t *testing.T) {
	percent := funding.Earmark{Fund: "某基金", Share: ratio(t, "1%"), Purpose: "某用途", Source: testSource}
	for _, tc := range []struct {
		fund metrics.Quantity
		r    metrics.Rounding
		want string
	}{
		{metrics.Quantity{Value: dec("100.5"), Unit: funding.Yuan, Qualifier: metrics.MoreThan}, metrics.HalfUp, "1.00"},
		{metrics.Quantity{Value: dec("100.5"), Unit: funding.Yuan, Qualifier: metrics.AtLeast}, metrics.Up, "1.00"},
		{metrics.Quantity{Value: dec("100.1"), Unit: funding.Yuan, Qualifier: metrics.FewerThan}, metrics.HalfUp, "1.01"},
		{metrics.Quantity{Value: dec("100.1"), Unit: funding.Yuan, Qualifier: metrics.AtMost}, metrics.Down, "1.01"},
		{metrics.Quantity{Value: dec("100.5"), Unit: funding.Yuan, Qualifier: metrics.About}, metrics.HalfUp, "1.01"},
		{metrics.Quantity{Value: dec("100.5"), Unit: funding.Yuan}, metrics.Down, "1.00"},
	} {
		got, err := percent.Of(tc.fund, tc.r)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got.Value.StringFixed(2), "%s %s by %s", tc.fund.Qualifier, tc.fund.Value, tc.r)
		assert.Equal(t, tc.fund.Qualifier, got.Qualifier)
	}
	more, err := funding.Per(metrics.Quantity{Value: dec("100.01"), Unit: funding.Yuan, Qualifier: metrics.MoreThan}, 3, funding.PerStation)
	require.NoError(t, err)
	assert.Equal(t, "33.33", more.Yuan(metrics.Up).StringFixed(2), "more than 33.336…")
	fewer, err := funding.Per(metrics.Quantity{Value: dec("100.01"), Unit: funding.Yuan, Qualifier: metrics.FewerThan}, 3, funding.PerStation)
	require.NoError(t, err)
	assert.Equal(t, "33.34", fewer.Yuan(metrics.Down).StringFixed(2), "fewer than 33.336…")
}

func TestEarmarkErrors(t *testing.T) {
	err := funding.Earmark{Fund: " ", Share: ratio(t, "101%"), Source: policy.Source{}}.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, funding.ErrEarmark)
	assert.ErrorIs(t, err, policy.ErrSource)
	for _, s := range []string{"fund is empty", "purpose is empty", "share 101/100 is not more than 0 and at most 1", "source: invalid source"} {
		assert.Contains(t, err.Error(), s)
	}
	assert.Error(t, funding.Earmark{Fund: "f", Purpose: "p", Source: testSource}.Validate(), "zero share")
	assert.NoError(t, funding.Earmark{Fund: "f", Purpose: "p", Share: ratio(t, "100%"), Source: testSource}.Validate(), "the whole fund")

	e := funding.Chongqing2019().Earmarks[0]
	_, err = e.Of(*qty(t, "6.3 万人"), metrics.Rounding(9))
	require.Error(t, err)
	assert.ErrorIs(t, err, metrics.ErrMoney)
	assert.Contains(t, err.Error(), `unit "人" is not 元`)
	assert.Contains(t, err.Error(), "rounding rounding(9)")
	_, err = funding.Earmark{}.Of(*qty(t, "1 元"), metrics.HalfUp)
	assert.ErrorIs(t, err, funding.ErrEarmark)
}

func TestPer(t *testing.T) {
	langxi := funding.Langxi2023().Mix.Total().Amount // about 3 million
	// 12 town stations: about 250,000 a station.
	p, err := funding.Per(langxi, 12, funding.PerStation)
	require.NoError(t, err)
	assert.Equal(t, "250000.00", p.Yuan(metrics.HalfUp).StringFixed(2))
	assert.True(t, p.Approximate())
	assert.True(t, p.Rate.Equal(ratio(t, "250000")))
	assert.Equal(t, "站均", p.Basis.Label(language.SimplifiedChinese))

	// 26 social workers: 3,000,000 / 26 = 115,384.615 38…
	p, err = funding.Per(langxi, 26, funding.PerWorker)
	require.NoError(t, err)
	assert.Equal(t, "115384.62", p.Yuan(metrics.HalfUp).StringFixed(2))
	assert.Equal(t, "115384.61", p.Yuan(metrics.Down).StringFixed(2))
	assert.Equal(t, int64(26), p.Count)

	// Chongqing's 102.5 M of fiscal money per resident of a made-up 32
	// million: 3.203 125 yuan, 3.20 either way but up.
	fiscal := funding.Chongqing2019().Mix.ByClass()[0].Sum.Amount
	p, err = funding.Per(fiscal, 32_000_000, funding.PerResident)
	require.NoError(t, err)
	assert.True(t, p.Rate.Equal(ratio(t, "3.203125")))
	assert.Equal(t, "3.20", p.Yuan(metrics.HalfEven).StringFixed(2))
	assert.Equal(t, "3.21", p.Yuan(metrics.Up).StringFixed(2))
	assert.False(t, p.Approximate())

	_, err = funding.Per(*qty(t, "3 人"), 0, funding.Basis(7))
	require.Error(t, err)
	assert.ErrorIs(t, err, funding.ErrPerCapita)
	for _, s := range []string{`unit "人" is not 元`, "count 0 is not positive", "basis per-capita basis(7)"} {
		assert.Contains(t, err.Error(), s)
	}
}

func TestBasisText(t *testing.T) {
	for _, tc := range []struct {
		b          funding.Basis
		text, hans string
	}{{funding.PerResident, "resident", "人均"}, {funding.PerStation, "station", "站均"}, {funding.PerWorker, "social-worker", "每名社工"}} {
		b, err := tc.b.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(b))
		assert.Equal(t, tc.text, tc.b.String())
		var got funding.Basis
		require.NoError(t, got.UnmarshalText([]byte(tc.hans)))
		assert.Equal(t, tc.b, got)
	}
	assert.Equal(t, "per social worker", funding.PerWorker.Label(language.English))
	var b funding.Basis
	assert.Error(t, b.UnmarshalText([]byte("person")))
}
