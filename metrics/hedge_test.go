package metrics

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQualifierRound(t *testing.T) {
	r5147, _ := RatioOf(51, 47)    // 1.08510…
	neg, _ := RatioOf(-51, 47)     // −1.08510…
	half, _ := RatioOf(1085, 1000) // 1.085, a tie at two places
	for _, tc := range []struct {
		q      Qualifier
		x      Ratio
		places int32
		want   string
	}{
		{MoreThan, r5147, 2, "1.08"}, // the Suzhou leverage
		{AtLeast, r5147, 2, "1.08"},
		{FewerThan, r5147, 2, "1.09"},
		{AtMost, r5147, 2, "1.09"},
		{About, r5147, 2, "1.09"},
		{Exact, r5147, 2, "1.09"},
		{MoreThan, r5147, 0, "1"},
		{FewerThan, r5147, 0, "2"},
		{About, r5147, 4, "1.0851"},
		// Negative values: down is toward −∞, up toward +∞.
		{MoreThan, neg, 2, "-1.09"},
		{AtLeast, neg, 2, "-1.09"},
		{FewerThan, neg, 2, "-1.08"},
		{AtMost, neg, 2, "-1.08"},
		{About, neg, 2, "-1.09"},
		// Ties: half away from zero for about and exact.
		{About, half, 2, "1.09"},
		{Exact, half, 2, "1.09"},
		{MoreThan, half, 2, "1.08"},
		{FewerThan, half, 2, "1.09"},
		{About, Fraction(dec("-1.085")), 2, "-1.09"},
		{About, Fraction(dec("1.0849")), 2, "1.08"},
		// A value already at places is kept whatever the qualifier.
		{MoreThan, Fraction(dec("1.08")), 2, "1.08"},
		{FewerThan, Fraction(dec("1.08")), 2, "1.08"},
		{FewerThan, Fraction(dec("-1.08")), 2, "-1.08"},
		{MoreThan, Ratio{}, 2, "0"},
	} {
		got := tc.q.Round(tc.x, tc.places)
		assert.Equal(t, tc.want, got.String(), "%s %s to %d", tc.q, tc.x, tc.places)
	}
}

// The 万/亿 word is chosen after rounding, and rounding keeps hedges true.
func TestFormatMyriadsRounding(t *testing.T) {
	for _, tc := range []struct {
		f    Formatter
		q    Quantity
		want string
	}{
		{hansM, Quantity{Value: dec("99999999.995"), Unit: "元"}, "1亿元"},
		{hansM, Quantity{Value: dec("99999999.995"), Unit: "元", Qualifier: About}, "约1亿元"},
		{hansM, Quantity{Value: dec("99999999.995"), Unit: "元", Qualifier: MoreThan}, "超过9,999.99万元"},
		{hansM, Quantity{Value: dec("99999999.995"), Unit: "元", Qualifier: FewerThan}, "不足1亿元"},
		{hansM, Quantity{Value: dec("99994999"), Unit: "元"}, "9,999.5万元"},
		{hansM, Quantity{Value: dec("9999.995"), Unit: "元"}, "9,999.995元"},
		{hansM, Quantity{Value: dec("51234567"), Unit: "元", Qualifier: MoreThan}, "超过5,123.45万元"},
		{hansM, Quantity{Value: dec("51234567"), Unit: "元", Qualifier: AtLeast}, "不少于5,123.45万元"},
		{hansM, Quantity{Value: dec("51234567"), Unit: "元", Qualifier: FewerThan}, "不足5,123.46万元"},
		{hansM, Quantity{Value: dec("51234567"), Unit: "元", Qualifier: AtMost}, "不超过5,123.46万元"},
		{hansM, Quantity{Value: dec("51235000"), Unit: "元", Qualifier: About}, "约5,123.5万元"},
		{hansM, Quantity{Value: dec("51234999"), Unit: "元", Qualifier: About}, "约5,123.5万元"},
		{hansM, Quantity{Value: dec("51234499"), Unit: "元", Qualifier: About}, "约5,123.45万元"},
		{hansM, Quantity{Value: dec("-51234567"), Unit: "元", Qualifier: MoreThan}, "超过-5,123.46万元"},
		{hansM, Quantity{Value: dec("123456789"), Unit: "人", Qualifier: MoreThan}, "超过1.23亿人"},
		{hansM, Quantity{Value: dec("123456789"), Unit: "人", Qualifier: FewerThan}, "不足1.24亿人"},
		{hantM, Quantity{Value: dec("123456789"), Unit: "人", Qualifier: FewerThan}, "不足1.24億人"},
		{hantM, Quantity{Value: dec("99999999.995")}, "1億"},
		{hansM, Quantity{Value: dec("9999.995"), Qualifier: FewerThan}, "不足9,999.995"},
	} {
		assert.Equal(t, tc.want, tc.f.Quantity(tc.q), "%s %s", tc.q.Qualifier, tc.q.Value)
	}
	// Money is rounded to the fen first, then scaled.
	assert.Equal(t, "1万元", hansM.Money(dec("9999.995"), HalfUp))
	assert.Equal(t, "9,999.99元", hansM.Money(dec("9999.995"), Down))
	assert.Equal(t, "1亿元", hansM.Money(dec("99999999.995"), HalfUp))
	assert.Equal(t, "1亿", hansM.Count(99_999_999), "9,999.9999万 rounds to 10,000万, which is 1亿")
	assert.Equal(t, "9,999.5万", hansM.Count(99_994_999))
	assert.Equal(t, "1万", hansM.Count(10_000))
	assert.Equal(t, "0", en.Decimal(dec("-0.4"), 0), "rounded to 0 before the sign is written")
	assert.Equal(t, "-1", en.Decimal(dec("-0.5"), 0))
	assert.Equal(t, "9,999", hansM.Count(9_999))
}

// holds reports whether "q shown" is true of every value "q exact" allows
// and is the tightest such statement with the given last place.
func holds(q Qualifier, shown decimal.Decimal, exact Ratio, places int32) error {
	diff := Fraction(shown).Cmp(exact)
	unit := Fraction(decimal.New(1, -places))
	gap := Ratio{num: shown.Mul(exact.Den()).Sub(exact.Num()).Abs(), den: exact.Den()}
	switch {
	case q.lower() && (diff > 0 || gap.Cmp(unit) >= 0):
		return fmt.Errorf("%s %s: not the floor of %s at %d places", q, shown, exact, places)
	case q.upper() && (diff < 0 || gap.Cmp(unit) >= 0):
		return fmt.Errorf("%s %s: not the ceiling of %s at %d places", q, shown, exact, places)
	case !q.lower() && !q.upper() && gap.Times(two).Cmp(unit) > 0:
		return fmt.Errorf("%s %s: not the nearest to %s at %d places", q, shown, exact, places)
	}
	return nil
}

// Every statement a Formatter prints of a hedged quantity holds of its
// exact value: read back, its qualifier is the same and its value lies on
// the side the qualifier says, within the last place shown.
func TestFormattedHedgesHold(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 1))
	for range 20000 {
		v := decimal.New(rng.Int64N(1e12)-1e11, -int32(rng.IntN(5)))
		q := Quantity{Value: v, Unit: "元", Qualifier: Qualifier(rng.IntN(6))}
		for _, f := range []Formatter{hans, hansM, hant, hantM} {
			s := f.Quantity(q)
			got, err := ParseQuantity(s)
			require.NoError(t, err, s)
			require.Equal(t, q.Qualifier, got.Qualifier, s)
			places := int32(-1)
			switch {
			case strings.ContainsAny(s, "亿億"):
				places = -6
			case strings.ContainsAny(s, "万萬"):
				places = -2
			}
			if places == -1 {
				require.True(t, got.Equal(q), "%s is not %s", s, v)
				continue
			}
			require.NoError(t, holds(q.Qualifier, got.Value, Fraction(v), places), s)
		}
	}
}
