package metrics

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/policy"
)

type enumValue interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
	Label(language.Tag) string
	Valid() bool
}

// checkEnum holds an enumeration to the library's shape: the listing gives
// valid values whose machine names and labels in both Chinese scripts read
// back, an out-of-range value is invalid and does not encode, and unknown
// text wraps policy.ErrUnknownName and leaves the value alone.
func checkEnum[E enumValue, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, listed []E, invalid E, want []string, labelled bool) {
	t.Helper()
	names := make([]string, len(listed))
	for i, e := range listed {
		require.True(t, e.Valid(), "%v", e)
		names[i] = e.String()
		b, err := e.MarshalText()
		require.NoError(t, err)
		var back E
		require.NoError(t, P(&back).UnmarshalText(b))
		assert.Equal(t, e, back)
		if !labelled {
			continue
		}
		for _, tag := range []language.Tag{language.MustParse("zh-CN"), language.MustParse("zh-TW")} {
			var back E
			require.NoError(t, P(&back).UnmarshalText([]byte(e.Label(tag))), "%v in %v", e, tag)
			assert.Equal(t, e, back)
		}
	}
	assert.Equal(t, want, names)
	assert.False(t, invalid.Valid())
	_, err := invalid.MarshalText()
	assert.Error(t, err)
	if len(listed) > 1 {
		e := listed[1]
		err = P(&e).UnmarshalText([]byte("no-such-name"))
		assert.ErrorIs(t, err, policy.ErrUnknownName)
		assert.Equal(t, listed[1], e, "unchanged on error")
	}
}

func TestEnumShapes(t *testing.T) {
	checkEnum(t, Comparators(), Comparator(4), []string{"at-least", "at-most", "exactly", "full-coverage"}, true)
	checkEnum(t, ValueKinds(), ValueKind(3), []string{"count", "ratio", "money"}, true)
	checkEnum(t, Statuses(), Status(4), []string{"unobserved", "met", "not-yet", "missed"}, true)
	checkEnum(t, Roundings(), Rounding(4), []string{"half-up", "half-even", "down", "up"}, true)
	checkEnum(t, Scales(), Scale(3), []string{"percent", "per-mille", "per-ten-thousand"}, true)
	// Exact has no word: its label is empty.
	checkEnum(t, Qualifiers(), Qualifier(6), []string{"exact", "about", "more-than", "at-least", "fewer-than", "at-most"}, false)

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
