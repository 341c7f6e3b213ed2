package funding_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/metrics"
)

func ratio(t *testing.T, s string) metrics.Ratio {
	t.Helper()
	r, err := metrics.ParseRatio(s)
	require.NoError(t, err)
	return r
}

func TestChongqingTotals(t *testing.T) {
	m := funding.Chongqing2019().Mix
	total := m.Total()
	// 32.5 M + 70 M + more than 100 M + about 25 M; the 1% earmark has no
	// figure.
	assert.Equal(t, "227500000", total.Amount.Value.String())
	assert.Equal(t, metrics.About, total.Amount.Qualifier)
	assert.Equal(t, funding.Yuan, total.Amount.Unit)
	assert.Equal(t, 4, total.Stated)
	assert.Equal(t, 1, total.Unstated)
	assert.True(t, total.Approximate())
	assert.False(t, total.Complete())

	type row struct {
		class    funding.Class
		kind     funding.Kind
		yuan     string
		q        metrics.Qualifier
		unstated int
		includes []funding.Kind
	}
	var got []row
	for _, l := range m.ByClass() {
		got = append(got, row{l.Class, l.Kind, l.Sum.Amount.Value.String(), l.Sum.Amount.Qualifier, l.Sum.Unstated, l.Includes})
	}
	assert.Equal(t, []row{
		{funding.Fiscal, 0, "102500000", metrics.Exact, 1, nil},
		{funding.Social, 0, "100000000", metrics.MoreThan, 0, nil},
		{funding.Market, 0, "25000000", metrics.About, 0, nil},
	}, got)

	got = nil
	for _, l := range m.ByKind() {
		got = append(got, row{l.Class, l.Kind, l.Sum.Amount.Value.String(), l.Sum.Amount.Qualifier, l.Sum.Unstated, l.Includes})
	}
	assert.Equal(t, []row{
		{funding.Fiscal, funding.PurchaseOfServices, "32500000", metrics.Exact, 0, nil},
		{funding.Fiscal, funding.AwardInLieu, "70000000", metrics.Exact, 0, nil},
		{funding.Fiscal, funding.EarmarkedShare, "0", metrics.Exact, 1, nil},
		{funding.Social, funding.Donation, "100000000", metrics.MoreThan, 0, []funding.Kind{funding.Foundation}},
		{funding.Market, funding.ServiceFees, "25000000", metrics.About, 0, nil},
	}, got)
}

// The hand computation: fiscal 102.5 M, social 100 M, market 25 M
// of 227.5 M are 41/91, 40/91 and 10/91.
func TestChongqingShares(t *testing.T) {
	lines := funding.Chongqing2019().Mix.ByClass()
	// Every share rests on an approximate figure, its own or the rest's,
	// so each is "about" and rounded to the nearest: 45.0549…, 43.9560…,
	// 10.9890…. To tenths they add up to 100.1, and that is right: each
	// statement holds, and only exact figures promise a whole.
	for _, tc := range []struct {
		places int32
		want   []string
	}{
		{2, []string{"45.05", "43.96", "10.99"}},
		{1, []string{"45.1", "44.0", "11.0"}},
		{0, []string{"45", "44", "11"}},
		{4, []string{"45.0549", "43.9560", "10.9890"}},
	} {
		shares, err := funding.Shares(lines, tc.places)
		require.NoError(t, err)
		var got []string
		for _, s := range shares {
			got = append(got, s.Percent.StringFixed(tc.places))
			assert.Equal(t, metrics.About, s.Qualifier)
		}
		assert.Equal(t, tc.want, got, "places %d", tc.places)
	}
	shares, err := funding.Shares(lines, 2)
	require.NoError(t, err)
	for i, want := range []string{"41/91", "40/91", "10/91"} {
		assert.True(t, shares[i].Ratio.Equal(ratio(t, want)), "%s: %s", shares[i].Class, shares[i].Ratio)
	}
}

// The same amounts stated exactly: the per cents add up to 100 by largest
// remainders.
func TestExactSharesAddUp(t *testing.T) {
	exact := func(c funding.Class, yuan string) funding.Line {
		return funding.Line{Class: c, Sum: funding.Sum{Amount: metrics.Quantity{Value: dec(yuan), Unit: funding.Yuan}, Stated: 1}}
	}
	lines := []funding.Line{exact(funding.Fiscal, "102500000"), exact(funding.Social, "100000000"), exact(funding.Market, "25000000")}
	for _, tc := range []struct {
		places int32
		want   []string
	}{
		// Floors 45.05 + 43.95 + 10.98 = 99.98; the two hundredths left go
		// to the largest remainders, market (.890) and social (.604), not
		// fiscal (.494).
		{2, []string{"45.05", "43.96", "10.99"}},
		// Tenths: 450.549, 439.560, 109.890 → 450 + 439 + 109 = 998; the two
		// left go to market (.890) and social (.560), so fiscal stays at
		// 45.0 although it would round to 45.1 alone.
		{1, []string{"45.0", "44.0", "11.0"}},
		{0, []string{"45", "44", "11"}},
		{4, []string{"45.0550", "43.9560", "10.9890"}},
	} {
		shares, err := funding.Shares(lines, tc.places)
		require.NoError(t, err)
		var got []string
		sum := dec("0")
		for _, s := range shares {
			got = append(got, s.Percent.StringFixed(tc.places))
			sum = sum.Add(s.Percent)
			assert.Equal(t, metrics.Exact, s.Qualifier)
		}
		assert.Equal(t, tc.want, got, "places %d", tc.places)
		assert.Equal(t, "100", sum.String(), "places %d add up to 100", tc.places)
	}
}

func TestSharesByKind(t *testing.T) {
	shares, err := funding.Shares(funding.Chongqing2019().Mix.ByKind(), 2)
	require.NoError(t, err)
	var got []string
	for _, s := range shares {
		got = append(got, s.Kind.String()+" "+s.Percent.StringFixed(2)+" "+s.Qualifier.String())
	}
	// 14.2857…, 30.7692…, 0, 43.9560…, 10.9890…, each about, so each to
	// the nearest hundredth (they add up to 100.01).
	assert.Equal(t, []string{
		"purchase-of-services 14.29 about",
		"award-in-lieu 30.77 about",
		"earmarked-share 0.00 exact",
		"donation 43.96 about",
		"service-fees 10.99 about",
	}, got)
}

func TestSharesQualifiersAndTies(t *testing.T) {
	// Suzhou: 47 M exact, more than 51 M: 47/98 = 47.9591…% is an upper
	// bound of that share (fewer than), rounded up, and 51/98 = 52.0408…%
	// a lower bound (more than), rounded down.
	shares, err := funding.Shares(funding.Suzhou().Mix.ByKind(), 2)
	require.NoError(t, err)
	require.Len(t, shares, 2)
	assert.Equal(t, "47.96", shares[0].Percent.StringFixed(2))
	assert.Equal(t, metrics.FewerThan, shares[0].Qualifier)
	assert.Equal(t, "52.04", shares[1].Percent.StringFixed(2))
	assert.Equal(t, metrics.MoreThan, shares[1].Qualifier)
	// To tenths: fewer than 48.0 (not 47.9) and more than 52.0 (not 52.1).
	shares, err = funding.Shares(funding.Suzhou().Mix.ByKind(), 1)
	require.NoError(t, err)
	assert.Equal(t, "48.0", shares[0].Percent.StringFixed(1))
	assert.Equal(t, "52.0", shares[1].Percent.StringFixed(1))
	// To units: fewer than 48, more than 52; 47.96 + 52.04 rounded each to
	// the nearest would also be 48 and 52, but at 3 places: 47.960 (up from
	// 47.9591…) and 52.040 (down from 52.0408…).
	shares, err = funding.Shares(funding.Suzhou().Mix.ByKind(), 3)
	require.NoError(t, err)
	assert.Equal(t, "47.960", shares[0].Percent.StringFixed(3))
	assert.Equal(t, "52.040", shares[1].Percent.StringFixed(3))

	// Three equal lines: 33.33… each; the hundredth left goes to the first.
	third := funding.Sum{Amount: metrics.Quantity{Value: dec("1"), Unit: funding.Yuan}, Stated: 1}
	lines := []funding.Line{{Class: funding.Fiscal, Sum: third}, {Class: funding.Social, Sum: third}, {Class: funding.Market, Sum: third}}
	shares, err = funding.Shares(lines, 2)
	require.NoError(t, err)
	assert.Equal(t, "33.34", shares[0].Percent.StringFixed(2))
	assert.Equal(t, "33.33", shares[1].Percent.StringFixed(2))
	assert.Equal(t, "33.33", shares[2].Percent.StringFixed(2))
	assert.Equal(t, metrics.Exact, shares[2].Qualifier)

	// A line that is the whole is exactly 100%, whatever its qualifier.
	only := funding.Langxi2023().Mix.ByClass()
	shares, err = funding.Shares(only, 1)
	require.NoError(t, err)
	assert.Equal(t, "100.0", shares[0].Percent.StringFixed(1))
	assert.Equal(t, metrics.Exact, shares[0].Qualifier)
	assert.Equal(t, "0.0", shares[1].Percent.StringFixed(1))

	_, err = funding.Shares(funding.Ordos().Mix.ByClass(), 2)
	assert.ErrorIs(t, err, funding.ErrNoAmount)
	negative := []funding.Line{{Sum: third}, {Sum: funding.Sum{Amount: metrics.Quantity{Value: dec("-2"), Unit: funding.Yuan}}}}
	_, err = funding.Shares(negative, 2)
	assert.ErrorIs(t, err, metrics.ErrMoney)
	_, err = funding.Shares(lines, -1)
	assert.ErrorIs(t, err, funding.ErrPlaces)
	_, err = funding.Shares(lines, 11)
	assert.ErrorIs(t, err, funding.ErrPlaces)
}

func TestLeverage(t *testing.T) {
	// Chongqing: (more than 100 M + about 25 M) / 102.5 M = 125/102.5 =
	// 50/41 ≈ 1.22 yuan raised per fiscal yuan.
	l, err := funding.Chongqing2019().Mix.Leverage()
	require.NoError(t, err)
	assert.True(t, l.Ratio.Equal(ratio(t, "50/41")), "%s", l.Ratio)
	assert.Equal(t, "1.22", l.Ratio.Value(2).String())
	assert.Equal(t, metrics.About, l.Qualifier)
	assert.Equal(t, "102500000", l.Fiscal.Amount.Value.String())
	assert.Equal(t, "125000000", l.NonFiscal.Amount.Value.String())

	// Suzhou: more than 51 M of charity money on 47 M of purchase: more
	// than 51/47 = 1.0851…, so more than 1.08 (1.09 would claim too much).
	l, err = funding.Suzhou().Mix.Leverage()
	require.NoError(t, err)
	assert.True(t, l.Ratio.Equal(ratio(t, "51/47")))
	assert.Equal(t, metrics.MoreThan, l.Qualifier)
	assert.Equal(t, "1.08", l.Qualifier.Round(l.Ratio, 2).StringFixed(2))
	assert.Equal(t, "1.085", l.Qualifier.Round(l.Ratio, 3).StringFixed(3))

	// Langxi: fiscal only, about 3 M: no leverage, and about so.
	l, err = funding.Langxi2023().Mix.Leverage()
	require.NoError(t, err)
	assert.True(t, l.Ratio.IsZero())
	assert.Equal(t, metrics.About, l.Qualifier)

	_, err = funding.Ordos().Mix.Leverage()
	assert.ErrorIs(t, err, funding.ErrNoAmount)
	assert.Contains(t, err.Error(), "鄂尔多斯市 has no stated fiscal figure")
}

func TestYearOnYear(t *testing.T) {
	// A made-up 2018 for Chongqing: 30 M of purchase and more than 80 M of
	// social input.
	from, err := funding.NewMix("重庆市", 2018,
		funding.Item{Kind: funding.PurchaseOfServices, Amount: qty(t, "3000 万元"), Source: testSource},
		funding.Item{Kind: funding.Donation, Amount: qty(t, "8000余万元"), Source: testSource},
	)
	require.NoError(t, err)
	to := funding.Chongqing2019().Mix
	c, err := funding.YearOnYear(from, to)
	require.NoError(t, err)
	assert.Equal(t, 2018, c.From)
	assert.Equal(t, 2019, c.To)

	type row struct {
		class     funding.Class
		kind      funding.Kind
		diff      string
		q         metrics.Qualifier
		growth    string
		hasGrowth bool
	}
	r := func(d funding.Delta) row {
		return row{d.Class, d.Kind, d.Diff.Value.String(), d.Diff.Qualifier, d.Growth.String(), d.HasGrowth}
	}
	// Total: about 227.5 M − more than 110 M = about 117.5 M, +117.5/110.
	assert.Equal(t, row{0, 0, "117500000", metrics.About, "117500000/110000000", true}, r(c.Total))
	var got []row
	for _, d := range c.ByClass {
		got = append(got, r(d))
	}
	assert.Equal(t, []row{
		{funding.Fiscal, 0, "72500000", metrics.Exact, "72500000/30000000", true},
		// More than 100 M − more than 80 M: the bounds pull apart, about 20 M.
		{funding.Social, 0, "20000000", metrics.About, "20000000/80000000", true},
		{funding.Market, 0, "25000000", metrics.About, "0", false},
	}, got)
	got = nil
	for _, d := range c.ByKind {
		got = append(got, r(d))
	}
	assert.Equal(t, []row{
		{funding.Fiscal, funding.PurchaseOfServices, "2500000", metrics.Exact, "2500000/30000000", true},
		{funding.Fiscal, funding.AwardInLieu, "70000000", metrics.Exact, "0", false},
		{funding.Fiscal, funding.EarmarkedShare, "0", metrics.Exact, "0", false},
		{funding.Social, funding.Donation, "20000000", metrics.About, "20000000/80000000", true},
		{funding.Market, funding.ServiceFees, "25000000", metrics.About, "0", false},
	}, got)
	assert.Equal(t, 1, c.ByKind[2].To.Unstated)

	for _, pair := range [][2]funding.Mix{{to, from}, {to, to}, {funding.Suzhou().Mix, to}, {from, funding.Ordos().Mix}} {
		_, err := funding.YearOnYear(pair[0], pair[1])
		assert.ErrorIs(t, err, funding.ErrYears)
	}
}

func TestQualifierArithmetic(t *testing.T) {
	// Sums of two items of each pair of qualifiers.
	q := func(s string) metrics.Qualifier {
		var v metrics.Qualifier
		require.NoError(t, v.UnmarshalText([]byte(s)))
		return v
	}
	for _, tc := range []struct{ a, b, sum string }{
		{"exact", "exact", "exact"},
		{"exact", "at-most", "at-most"},
		{"more-than", "exact", "more-than"},
		{"more-than", "at-least", "more-than"},
		{"at-least", "at-least", "at-least"},
		{"fewer-than", "at-most", "fewer-than"},
		{"at-most", "at-most", "at-most"},
		{"more-than", "fewer-than", "about"},
		{"at-least", "at-most", "about"},
		{"about", "more-than", "about"},
		{"exact", "about", "about"},
	} {
		m, err := funding.NewMix("某", 0,
			funding.Item{Kind: funding.Donation, Amount: &metrics.Quantity{Value: dec("1"), Unit: funding.Yuan, Qualifier: q(tc.a)}, Source: testSource},
			funding.Item{Kind: funding.ServiceFees, Amount: &metrics.Quantity{Value: dec("2"), Unit: funding.Yuan, Qualifier: q(tc.b)}, Source: testSource},
			funding.Item{Kind: funding.Budgeted, Amount: &metrics.Quantity{Value: dec("3"), Unit: funding.Yuan}, Source: testSource},
		)
		require.NoError(t, err)
		assert.Equal(t, tc.sum, m.Total().Amount.Qualifier.String(), "%s + %s", tc.a, tc.b)
		// Leverage (1 + 2) / 3 grows with both, so it keeps the sum's
		// qualifier.
		l, err := m.Leverage()
		require.NoError(t, err)
		assert.Equal(t, tc.sum, l.Qualifier.String(), "(%s + %s)/exact", tc.a, tc.b)
	}
	// Dividing by a bound turns it over: 1 / at most 3 is at least 1/3.
	m, err := funding.NewMix("某", 0,
		funding.Item{Kind: funding.Donation, Amount: &metrics.Quantity{Value: dec("1"), Unit: funding.Yuan}, Source: testSource},
		funding.Item{Kind: funding.Budgeted, Amount: &metrics.Quantity{Value: dec("3"), Unit: funding.Yuan, Qualifier: metrics.AtMost}, Source: testSource},
		funding.Item{Kind: funding.PilotSubsidy, Amount: &metrics.Quantity{Value: dec("3"), Unit: funding.Yuan, Qualifier: metrics.FewerThan}, Source: testSource},
	)
	require.NoError(t, err)
	l, err := m.Leverage()
	require.NoError(t, err)
	assert.Equal(t, metrics.MoreThan, l.Qualifier) // 1 / (fewer than 6)
	assert.True(t, l.Ratio.Equal(ratio(t, "1/6")))

	for _, tc := range []struct{ num, den, want metrics.Qualifier }{
		{metrics.AtMost, metrics.AtLeast, metrics.AtMost},    // at most 1 / at least 3
		{metrics.AtLeast, metrics.AtMost, metrics.AtLeast},   // at least 1 / at most 3
		{metrics.Exact, metrics.MoreThan, metrics.FewerThan}, // 1 / more than 3
		{metrics.About, metrics.AtMost, metrics.About},
	} {
		m, err := funding.NewMix("某", 0,
			funding.Item{Kind: funding.Donation, Amount: &metrics.Quantity{Value: dec("1"), Unit: funding.Yuan, Qualifier: tc.num}, Source: testSource},
			funding.Item{Kind: funding.Budgeted, Amount: &metrics.Quantity{Value: dec("3"), Unit: funding.Yuan, Qualifier: tc.den}, Source: testSource},
		)
		require.NoError(t, err)
		l, err := m.Leverage()
		require.NoError(t, err)
		assert.Equal(t, tc.want, l.Qualifier, "%s / %s", tc.num, tc.den)
	}
}
