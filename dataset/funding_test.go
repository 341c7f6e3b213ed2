package dataset

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

func TestReadFunding(t *testing.T) {
	plan, err := ReadFunding(bytes.NewReader(testdata(t, "funding.json")))
	require.NoError(t, err)
	require.NotNil(t, plan.Allocation)
	assert.Equal(t, funding.ByPopulation, plan.Allocation.Method)
	assert.Equal(t, funding.PurchaseOfServices, plan.Allocation.From)
	assert.Equal(t, "100000.00", plan.Allocation.Floor.StringFixed(2))
	assert.False(t, plan.Allocation.Budget.Valid)
	assert.Len(t, plan.Mix.ByKind(), 3)
}

func TestReadFundingProblems(t *testing.T) {
	mix := `{"name":"x","year":2024,"items":[{"kind":"purchase-of-services","label":"a","amount":{"value":"10","unit":"元"},"source":{"title":"t","issuer":"i","status":"in-force"}}]}`
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"ok budget", `{"mix":` + mix + `,"allocation":{"budget":"100.50","method":"equal","cap":"60"}}`, nil},
		{"no allocation", `{"mix":` + mix + `}`, nil},
		{"zero floor", `{"mix":` + mix + `,"allocation":{"budget":"0","method":"equal","floor":"0"}}`, nil},
		{"null allocation", `{"mix":` + mix + `,"allocation":null}`, nil},
		{"empty", ``, []string{""}},
		{"missing mix", `{}`, []string{"mix"}},
		{"unknown key", `{"mix":` + mix + `,"alocation":{}}`, []string{"alocation"}},
		{"every problem", `{"mix":` + mix + `,"allocation":{"budget":"-1","floor":"0.001","cap":"x","method":"weight","extra":1}}`,
			[]string{"allocation.extra", "allocation.budget", "allocation.floor", "allocation.cap", "allocation.method"}},
		{"both", `{"mix":` + mix + `,"allocation":{"budget":"1","from":"welfare-lottery","method":"equal"}}`, []string{"allocation"}},
		{"neither", `{"mix":` + mix + `,"allocation":{"method":"equal"}}`, []string{"allocation"}},
		{"missing method", `{"mix":` + mix + `,"allocation":{"budget":"1"}}`, []string{"allocation.method"}},
		{"no such line", `{"mix":` + mix + `,"allocation":{"from":"welfare-lottery","method":"equal"}}`, []string{"allocation.from"}},
		{"allocation not object", `{"mix":` + mix + `,"allocation":[]}`, []string{"allocation"}},
		{"bad from", `{"mix":` + mix + `,"allocation":{"from":"gold","method":"equal"}}`, []string{"allocation.from"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadFunding(strings.NewReader(tt.in))
			var paths []string
			for _, p := range policy.ProblemsOf(err) {
				paths = append(paths, p.Path)
			}
			assert.Equal(t, tt.want, paths)
		})
	}
	_, err := ReadFunding(errReader{})
	assert.ErrorIs(t, err, errRead)
	_, err = ReadFunding(strings.NewReader(`{"mix":{}, "mix":{}}`))
	assert.Error(t, err)
	_, err = ReadFunding(strings.NewReader("\xef\xbb\xbf{\"mix\":" + mix + "}"))
	assert.NoError(t, err)
	_, err = ReadFunding(strings.NewReader(""))
	assert.ErrorIs(t, err, jsonwalk.ErrSyntax)
}
