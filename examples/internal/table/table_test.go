package table

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"万州区", 6},
		{"39.00%", 6},
		{"３９％", 6},
		{"¥1,000.00", 9},
	} {
		assert.Equal(t, tc.want, Width(tc.s), tc.s)
	}
}

func TestText(t *testing.T) {
	tb := New("unit", "rooms", "rate").Right(1, 2)
	tb.Add("万州区", "12", "39.00%")
	tb.Add("Yubei", "1,234", "5%")
	var b strings.Builder
	require.NoError(t, tb.Text(&b))
	assert.Equal(t, ""+
		"unit    rooms    rate\n"+
		"------  -----  ------\n"+
		"万州区     12  39.00%\n"+
		"Yubei   1,234      5%\n", b.String())
}

func TestMarkdown(t *testing.T) {
	tb := New("unit", "n").Right(1)
	tb.Add("a|b", "1")
	tb.Add("short")
	var b strings.Builder
	require.NoError(t, tb.Markdown(&b))
	assert.Equal(t, "| unit | n |\n| --- | ---: |\n| a\\|b | 1 |\n| short |  |\n", b.String())
}
