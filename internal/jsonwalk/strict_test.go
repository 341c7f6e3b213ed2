package jsonwalk_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

type inner struct {
	N int `json:"n"`
}

type embedded struct {
	E string `json:"e"`
}

type outer struct {
	embedded
	Name  string      `json:"name"`
	Opt   int         `json:"opt,omitempty"`
	Zero  policy.Date `json:"zero,omitzero"`
	In    inner       `json:"in"`
	List  []inner     `json:"list,omitempty"`
	Ptr   *inner      `json:"ptr,omitempty"`
	Bytes []byte      `json:"bytes,omitempty"`
	skip  int
	Dash  int `json:"-"`
	NoTag int
}

func into(t *testing.T, src string) (outer, policy.Problems, bool) {
	t.Helper()
	doc, err := jsonwalk.Parse([]byte(src))
	require.NoError(t, err)
	w := jsonwalk.NewWalker(doc)
	var v outer
	ok := w.Into(doc.Root, "", &v)
	return v, w.Problems(), ok
}

func TestInto(t *testing.T) {
	v, ps, ok := into(t, `{"e": "x", "name": "a", "zero": "2024-01-02", "in": {"n": 1}, "list": [{"n": 2}, {"n": 3}], "ptr": {"n": 4}, "bytes": "AQI="}`)
	require.True(t, ok, ps.Error())
	assert.Equal(t, outer{embedded: embedded{E: "x"}, Name: "a", Zero: policy.MustDate(2024, 1, 2), In: inner{N: 1},
		List: []inner{{2}, {3}}, Ptr: &inner{4}, Bytes: []byte{1, 2}}, v)
	assert.Equal(t, 0, v.skip)

	v, ps, ok = into(t, `{"e": "x", "name": "a", "in": {"n": 1}, "ptr": null}`)
	assert.True(t, ok)
	assert.Nil(t, v.Ptr)
	assert.Empty(t, ps)

	// Every problem at once, each with its path and position.
	_, ps, ok = into(t, `{"name": 5, "in": {"n": "one", "m": 2}, "list": [{"n": 1}, {}], "zero": "soon", "NoTag": 1, "Dash": 1}`)
	assert.False(t, ok)
	var got []string
	for _, p := range ps {
		got = append(got, p.Path)
		assert.Positive(t, p.Line, p.Error())
	}
	assert.ElementsMatch(t, []string{"NoTag", "Dash", "e", "name", "in.n", "in.m", "list[1].n", "zero"}, got)

	_, ps, ok = into(t, `{"e": "x", "name": "a", "in": [], "list": {}}`)
	assert.False(t, ok)
	require.Len(t, ps, 2)
	assert.ErrorIs(t, &ps[0], jsonwalk.ErrType)
	assert.Equal(t, "in", ps[0].Path)
	assert.Equal(t, "list", ps[1].Path)
}
