package metrics

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseQuantity(t *testing.T) {
	for _, tc := range []struct {
		in, value, unit string
		q               Qualifier
	}{
		{"6.3 万人", "63000", "人", Exact},
		{"1.2万人次", "12000", "人次", Exact},
		{"3250 万元", "32500000", "元", Exact},
		{"1 亿元", "100000000", "元", Exact},
		{"5100余万元", "51000000", "元", MoreThan},
		{"近300万余元", "3000000", "元", About},
		{"超过 1 亿元", "100000000", "元", MoreThan},
		{"80%以上", "0.8", "%", AtLeast},
		{"2.5‰", "0.0025", "‰", Exact},
		{"3‱", "0.0003", "‱", Exact},
		{"4350 个", "4350", "个", Exact},
		{"1,102个", "1102", "个", Exact},
		{"１２，０００人", "12000", "人", Exact},
		{"－５％", "-0.05", "%", Exact},
		{"約300萬元", "3000000", "元", About},
		{"5100餘萬元", "51000000", "元", MoreThan},
		{"1.02億", "102000000", "", Exact},
		{"不少于5000人", "5000", "人", AtLeast},
		{"不足 100 人", "100", "人", FewerThan},
		{"不超过50%", "0.5", "%", AtMost},
		{"9000余名", "9000", "名", MoreThan},
		{"100人左右", "100", "人", About},
		{"3千人", "3000", "人", Exact},
		{"17439", "17439", "", Exact},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseQuantity(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.value, got.Value.String())
			assert.Equal(t, tc.unit, got.Unit)
			assert.Equal(t, tc.q, got.Qualifier)
			again, err := ParseQuantity(got.String())
			require.NoError(t, err, "String %q must parse back", got.String())
			assert.True(t, got.Equal(again), "%q → %q", got.String(), again.String())
		})
	}
}

func TestParseQuantityErrors(t *testing.T) {
	for _, tc := range []struct{ in, why string }{
		{"", "no number at the end"},
		{"万元", `no number at "万元"`},
		{"逾百人", `no number at "百人"`},
		{"11,02人", "commas every three digits"},
		{"1,000.0,1", "commas every three digits"},
		{"1.2.3", "not a number"},
		{"超过80%以下", "more-than and at-most contradict"},
		{"5%元", `"元" after %`},
		{"12abc3", `"abc3" is not a unit`},
		{"1亿,AA", `",AA" is not a unit`},
		{"2万.人", `".人" is not a unit`},
		{"1万亿亿亿", "malformed multipliers"},
	} {
		_, err := ParseQuantity(tc.in)
		require.Error(t, err, tc.in)
		assert.ErrorIs(t, err, ErrQuantity)
		assert.Contains(t, err.Error(), tc.why, tc.in)
	}
}

func TestQuantityRatio(t *testing.T) {
	q, err := ParseQuantity("2.5‰")
	require.NoError(t, err)
	r, ok := q.Ratio()
	require.True(t, ok)
	assert.Equal(t, "2.5/1000", r.String())
	assert.True(t, r.Equal(Scaled(dec("2.5"), PerMille)))
	_, ok = Quantity{Value: dec("5"), Unit: "元"}.Ratio()
	assert.False(t, ok)
}

func TestQualifier(t *testing.T) {
	assert.False(t, Exact.Approximate())
	assert.True(t, About.Approximate())
	b, err := MoreThan.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "more-than", string(b))
	var q Qualifier
	require.NoError(t, q.UnmarshalText([]byte("约")))
	assert.Equal(t, About, q)
	assert.Error(t, q.UnmarshalText([]byte("roughly")))

	in := `{"value":"51000000","unit":"元","qualifier":"more-than"}`
	var got Quantity
	require.NoError(t, json.Unmarshal([]byte(in), &got))
	assert.Equal(t, MoreThan, got.Qualifier)
	out, err := json.Marshal(got)
	require.NoError(t, err)
	assert.JSONEq(t, in, string(out))
}
