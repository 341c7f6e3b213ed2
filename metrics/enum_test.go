package metrics

import (
	"testing"

	"github.com/shegong/shegong/internal/codectest"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

func TestEnumShapes(t *testing.T) {
	codectest.Enum(t, codectest.EnumCase[Comparator]{Listed: Comparators(), Invalid: Comparator(4), Want: []string{"at-least", "at-most", "exactly", "full-coverage"}})
	codectest.Enum(t, codectest.EnumCase[ValueKind]{Listed: ValueKinds(), Invalid: ValueKind(3), Want: []string{"count", "ratio", "money"}})
	codectest.Enum(t, codectest.EnumCase[Status]{Listed: Statuses(), Invalid: Status(4), Want: []string{"unobserved", "met", "not-yet", "missed"}})
	codectest.Enum(t, codectest.EnumCase[Rounding]{Listed: Roundings(), Invalid: Rounding(4), Want: []string{"half-up", "half-even", "down", "up"}})
	codectest.Enum(t, codectest.EnumCase[Scale]{Listed: Scales(), Invalid: Scale(3), Want: []string{"percent", "per-mille", "per-ten-thousand"}})
	// Exact has no word: its label is empty.
	codectest.Enum(t, codectest.EnumCase[Qualifier]{Listed: Qualifiers(), Invalid: Qualifier(6), Want: []string{"exact", "about", "more-than", "at-least", "fewer-than", "at-most"}, Unlabelled: true})

	for _, tc := range []struct {
		got, want string
	}{
		{CountValue.Label(language.English), "count"},
		{MoneyValue.Label(language.MustParse("zh-HK")), "金額"},
		{PerMille.Label(language.SimplifiedChinese), "千分比"},
		{PerTenThousand.Label(language.TraditionalChinese), "萬分比"},
		{Percent.Label(language.English), "per cent"},
		{MoreThan.Label(language.SimplifiedChinese), "超过"},
		{FewerThan.Label(language.English), "fewer than"},
		{Exact.Label(language.English), ""},
		{HalfEven.Label(language.TraditionalChinese), "四捨六入五成雙"},
	} {
		assert.Equal(t, tc.want, tc.got)
	}
}
