package enum_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/internal/enum"
)

type color uint8

var colors = enum.New[color]("colour",
	enum.Name{Text: "red", En: "red", Hans: "红", Hant: "紅"},
	enum.Name{Text: "green", En: "green", Hans: "绿", Hant: "綠"},
)

func TestSet(t *testing.T) {
	assert.Equal(t, []color{0, 1}, colors.Values())
	assert.True(t, colors.Valid(1))
	assert.False(t, colors.Valid(2))
	assert.Equal(t, "green", colors.String(1))
	assert.Equal(t, "colour(7)", colors.String(7))

	for _, tc := range []struct {
		lang enum.Lang
		want string
	}{{enum.En, "green"}, {enum.Hans, "绿"}, {enum.Hant, "綠"}} {
		assert.Equal(t, tc.want, colors.Label(1, tc.lang))
	}
	assert.Equal(t, "colour(9)", colors.Label(9, enum.Hans))

	b, err := colors.Marshal(0)
	require.NoError(t, err)
	assert.Equal(t, "red", string(b))
	_, err = colors.Marshal(5)
	assert.EqualError(t, err, "invalid colour 5")
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want color
	}{{"red", 0}, {"绿", 1}, {"綠", 1}, {"green", 1}} {
		got, err := colors.Parse(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
	_, err := colors.Parse("blue")
	assert.EqualError(t, err, `unknown colour "blue" (want one of red, green)`)
	_, err = colors.Parse("")
	assert.Error(t, err)
}

func TestUnmarshal(t *testing.T) {
	c := color(1)
	require.NoError(t, enum.Unmarshal(colors, &c, []byte("红")))
	assert.Equal(t, color(0), c)
	assert.Error(t, enum.Unmarshal(colors, &c, []byte("blue")))
	assert.Equal(t, color(0), c, "unchanged on error")
}
