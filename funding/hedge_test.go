package funding_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/metrics"
)

// holds reports whether "q shown" is true of every value that "q exact"
// allows, and is the tightest such statement at places: a lower bound
// rounded down, an upper bound rounded up, anything else to the nearest.
func holds(q metrics.Qualifier, shown decimal.Decimal, exact metrics.Ratio, places int32) error {
	diff := metrics.Fraction(shown).Cmp(exact) // sign of shown − exact
	unit := metrics.Fraction(decimal.New(1, -places))
	gap, _ := metrics.NewRatio(shown.Mul(exact.Den()).Sub(exact.Num()).Abs(), exact.Den())
	switch q {
	case metrics.MoreThan, metrics.AtLeast:
		if diff > 0 || gap.Cmp(unit) >= 0 {
			return fmt.Errorf("%s %s: not the floor of %s", q, shown, exact)
		}
	case metrics.FewerThan, metrics.AtMost:
		if diff < 0 || gap.Cmp(unit) >= 0 {
			return fmt.Errorf("%s %s: not the ceiling of %s", q, shown, exact)
		}
	default:
		if gap.Times(decimal.NewFromInt(2)).Cmp(unit) > 0 {
			return fmt.Errorf("%s %s: not the nearest to %s", q, shown, exact)
		}
	}
	return nil
}

// checkShares checks what Shares promises: per cents of exact figures
// that add up to 100, each within one last place of the exact share (a
// largest remainder may round up), and otherwise each true with its
// qualifier.
func checkShares(t *testing.T, m funding.Mix, shares []funding.Share, places int32) {
	t.Helper()
	sum := decimal.Zero
	for _, s := range shares {
		sum = sum.Add(s.Percent)
		exact := s.Ratio.Times(decimal.NewFromInt(100))
		if m.Total().Approximate() {
			require.NoError(t, holds(s.Qualifier, s.Percent, exact, places))
			continue
		}
		require.Equal(t, metrics.Exact, s.Qualifier)
		gap, _ := metrics.NewRatio(s.Percent.Mul(exact.Den()).Sub(exact.Num()).Abs(), exact.Den())
		require.Negative(t, gap.Cmp(metrics.Fraction(decimal.New(1, -places))), "%s is not within a last place of %s", s.Percent, exact)
	}
	if !m.Total().Approximate() {
		require.Equal(t, "100", sum.String())
	}
}

// randomMix returns a valid mix of 1 to 6 items with random amounts (some
// unstated) and random qualifiers.
func randomMix(t *testing.T, rng *rand.Rand) funding.Mix {
	src := funding.Suzhou().Mix.Items()[0].Source
	kinds := funding.Kinds()
	var items []funding.Item
	for i := range 1 + rng.IntN(6) {
		it := funding.Item{Kind: kinds[rng.IntN(len(kinds))], Label: fmt.Sprint(i), Source: src}
		if rng.IntN(8) > 0 {
			fen := rng.Int64N([]int64{100, 1e6, 1e10, 1e13}[rng.IntN(4)])
			it.Amount = &metrics.Quantity{Value: metrics.FromFen(fen), Unit: funding.Yuan, Qualifier: metrics.Qualifier(rng.IntN(6))}
		}
		items = append(items, it)
	}
	m, err := funding.NewMix("某市", 0, items...)
	require.NoError(t, err)
	return m
}

// readBack parses what a Chinese formatter printed and checks that the
// statement holds of the exact value. every says the figure was printed
// with every digit, else it was rounded to places; with 万 or 亿 the last
// place shown is 0.01 of that word.
func readBack(t *testing.T, printed string, q metrics.Qualifier, exact metrics.Ratio, every bool, places int32) {
	t.Helper()
	got, err := metrics.ParseQuantity(printed)
	require.NoError(t, err, printed)
	require.Equal(t, q, got.Qualifier, printed)
	switch {
	case strings.Contains(printed, "亿"):
		every, places = false, -6
	case strings.Contains(printed, "万"):
		every, places = false, -2
	}
	if every {
		require.True(t, metrics.Fraction(got.Value).Equal(exact), "%s is not %s", printed, exact)
		return
	}
	require.NoError(t, holds(q, got.Value, exact, places), printed)
}

// TestHedgesStayTrue: for random hedged mixes, every figure the library
// prints (sums, shares, leverage, plain and in 万/亿) holds of the exact
// value.
func TestHedgesStayTrue(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 10))
	zh := metrics.NewFormatter(language.SimplifiedChinese)
	zhM := metrics.NewFormatter(language.SimplifiedChinese, metrics.Myriads())
	for range 2000 {
		m := randomMix(t, rng)
		places := int32(rng.IntN(4))
		total := m.Total().Amount
		for _, f := range []metrics.Formatter{zh, zhM} {
			readBack(t, f.Quantity(total), total.Qualifier, metrics.Fraction(total.Value), true, 0)
		}
		if shares, err := funding.Shares(m.ByKind(), places); err == nil {
			checkShares(t, m, shares, places)
			for _, s := range shares {
				shown := metrics.Quantity{Value: s.Percent.Shift(-2), Unit: "%", Qualifier: s.Qualifier}
				got, err := metrics.ParseQuantity(zh.Quantity(shown))
				require.NoError(t, err)
				require.True(t, got.Equal(shown), "%s", zh.Quantity(shown))
			}
		}
		if l, err := m.Leverage(); err == nil {
			v := l.Qualifier.Round(l.Ratio, places)
			require.NoError(t, holds(l.Qualifier, v, l.Ratio, places))
			for _, f := range []metrics.Formatter{zh, zhM} {
				readBack(t, f.Quantity(metrics.Quantity{Value: v, Qualifier: l.Qualifier}), l.Qualifier, l.Ratio, false, places)
			}
		}
	}
}
