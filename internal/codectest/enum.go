package codectest

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/policy"
)

// EnumValue is the shape every enumeration of the library has.
type EnumValue interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
	Label(language.Tag) string
	Valid() bool
}

// An EnumCase is one enumeration to hold to the shape.
type EnumCase[E EnumValue] struct {
	Listed      []E      // what the listing function returns
	Want        []string // the machine names the listing must have, in order
	Invalid     E        // a value past the last
	Placeholder *E       // a valid value the listing leaves out, if any
	Unlabelled  bool     // some value has an empty label (Qualifier's Exact)
}

// Enum holds an enumeration to the library's shape: the listing gives
// valid values whose machine names and Chinese labels (zh-CN, zh-TW,
// zh-HK) read back, leaving out the placeholder; an out-of-range value is
// invalid and does not encode; unknown text wraps policy.ErrUnknownName and
// leaves the value alone.
func Enum[E EnumValue, P interface {
	*E
	encoding.TextUnmarshaler
}](t testing.TB, c EnumCase[E]) {
	t.Helper()
	names := make([]string, len(c.Listed))
	for i, e := range c.Listed {
		require.True(t, e.Valid(), "%v", e)
		names[i] = e.String()
		b, err := e.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, e.String(), string(b))
		var back E
		require.NoError(t, P(&back).UnmarshalText(b))
		assert.Equal(t, e, back)
		if c.Unlabelled {
			continue
		}
		assert.NotEmpty(t, e.Label(language.English), "%v", e)
		for _, tag := range []language.Tag{language.MustParse("zh-CN"), language.MustParse("zh-TW"), language.MustParse("zh-HK")} {
			var back E
			require.NoError(t, P(&back).UnmarshalText([]byte(e.Label(tag))), "%v in %v", e, tag)
			assert.Equal(t, e, back)
		}
	}
	assert.Equal(t, c.Want, names)
	if c.Placeholder != nil {
		assert.True(t, (*c.Placeholder).Valid())
		assert.NotContains(t, c.Listed, *c.Placeholder)
	}
	assert.False(t, c.Invalid.Valid())
	_, err := c.Invalid.MarshalText()
	assert.Error(t, err)
	if len(c.Listed) > 0 {
		e := c.Listed[len(c.Listed)-1]
		err = P(&e).UnmarshalText([]byte("no-such-name"))
		assert.ErrorIs(t, err, policy.ErrUnknownName)
		assert.Equal(t, c.Listed[len(c.Listed)-1], e, "unchanged on error")
	}
}
