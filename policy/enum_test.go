package policy_test

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/policy"
)

// enumValue is the shape every enumeration of the library has.
type enumValue interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
	Label(language.Tag) string
	Valid() bool
}

// checkEnum holds an enumeration to the shape: the listing gives valid
// values with distinct names and labels in three languages that read back,
// leaves out the placeholder, and unknown text wraps ErrUnknownName.
func checkEnum[E enumValue, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, listed []E, placeholder *E, invalid E, want []string) {
	t.Helper()
	names := make([]string, len(listed))
	for i, e := range listed {
		require.True(t, e.Valid(), "%v", e)
		names[i] = e.String()
		b, err := e.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, e.String(), string(b))
		for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.MustParse("zh-HK")} {
			var back E
			require.NoError(t, P(&back).UnmarshalText([]byte(e.Label(tag))), "%v in %v", e, tag)
			assert.Equal(t, e, back)
		}
		assert.NotEmpty(t, e.Label(language.English), "%v", e)
	}
	assert.Equal(t, want, names)
	if placeholder != nil {
		assert.True(t, (*placeholder).Valid())
		assert.NotContains(t, listed, *placeholder)
	}
	assert.False(t, invalid.Valid())
	_, err := invalid.MarshalText()
	assert.Error(t, err)
	var e E
	err = P(&e).UnmarshalText([]byte("no-such-name"))
	assert.ErrorIs(t, err, policy.ErrUnknownName)
}

func TestEnumShapes(t *testing.T) {
	unspecified := policy.StatusUnspecified
	checkEnum(t, policy.Statuses(), &unspecified, policy.Status(5), []string{"in-force", "draft", "plan", "report"})
	none := policy.DocUnspecified
	checkEnum(t, policy.Documents(), &none, policy.Document(10), []string{"chongqing-2020", "ordos-2021", "inner-mongolia-notice",
		"langxi-2023", "langxi-allowance", "guangxi-14fyp", "wenzhou", "jiajiang", "suzhou-2021"})
	assert.Equal(t, "重庆2020", policy.Chongqing2020.Label(language.MustParse("zh-CN")))
	assert.Equal(t, "蘇州2021", policy.Suzhou2021.Label(language.MustParse("zh-TW")))
	assert.Equal(t, "Suzhou 2021", policy.Suzhou2021.Label(language.MustParse("en-US")))
	assert.Equal(t, "work report", policy.StatusReport.Label(language.English))
}
