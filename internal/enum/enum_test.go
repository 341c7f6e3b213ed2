package enum_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
)

type color uint8

var colors = enum.New[color]("colour",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "red", En: "red", Hans: "红", Hant: "紅", Aliases: []string{"赤"}},
	enum.Name{Text: "green", En: "green", Hans: "绿", Hant: "綠"},
)

func TestSet(t *testing.T) {
	assert.Equal(t, []color{0, 1, 2}, colors.Values())
	assert.True(t, colors.Valid(2))
	assert.False(t, colors.Valid(3))
	assert.Equal(t, "green", colors.String(2))
	assert.Equal(t, "colour(7)", colors.String(7))

	for _, tc := range []struct {
		lang language.Tag
		want string
	}{{language.English, "green"}, {language.SimplifiedChinese, "绿"}, {language.TraditionalChinese, "綠"},
		{language.MustParse("zh-CN"), "绿"}, {language.MustParse("zh-TW"), "綠"}, {language.MustParse("zh-HK"), "綠"},
		{language.MustParse("zh-MO"), "綠"}, {language.MustParse("zh-SG"), "绿"}, {language.MustParse("en-US"), "green"},
		{language.French, "green"}, {language.Und, "green"}} {
		assert.Equal(t, tc.want, colors.Label(2, tc.lang))
	}
	assert.Equal(t, "colour(9)", colors.Label(9, language.SimplifiedChinese))

	b, err := colors.Marshal(1)
	require.NoError(t, err)
	assert.Equal(t, "red", string(b))
	_, err = colors.Marshal(5)
	assert.EqualError(t, err, "invalid colour 5")
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want color
	}{{"red", 1}, {"绿", 2}, {"綠", 2}, {"green", 2}, {"赤", 1}, {"unspecified", 0}, {"未说明", 0}} {
		got, err := colors.Parse(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
	_, err := colors.Parse("blue")
	assert.EqualError(t, err, `unknown colour "blue" (want one of red, green)`)
	assert.ErrorIs(t, err, enum.ErrUnknown)
	_, err = colors.Parse("")
	assert.ErrorIs(t, err, enum.ErrUnknown)
	assert.Equal(t, []string{"red", "green"}, colors.Accepted())
	assert.Equal(t, []color{1, 2}, colors.Listed())
}

func TestUnmarshal(t *testing.T) {
	c := color(2)
	require.NoError(t, enum.Unmarshal(colors, &c, []byte("红")))
	assert.Equal(t, color(1), c)
	assert.Error(t, enum.Unmarshal(colors, &c, []byte("blue")))
	assert.Equal(t, color(1), c, "unchanged on error")
}
