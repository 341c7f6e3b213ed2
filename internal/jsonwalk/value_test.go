package jsonwalk

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

type inner struct {
	Day  policy.Date `json:"day"`
	Note string      `json:"note,omitempty"`
}

type outer struct {
	Name   string   `json:"name"`
	Count  int      `json:"count,omitzero"`
	Items  []inner  `json:"items,omitempty"`
	Ptr    *inner   `json:"ptr,omitempty"`
	Tags   []string `json:"tags"`
	Plain  bool
	hidden int // an unexported field is not a key
	Skip   int `json:"-"`
}

// The walk must leave hidden alone; reading it here keeps it declared.
var _ = outer{}.hidden

func problemLines(err error) []string {
	var out []string
	for _, p := range policy.ProblemsOf(err) {
		out = append(out, p.Error())
	}
	return out
}

func TestUnmarshalValue(t *testing.T) {
	var v outer
	err := Unmarshal([]byte(`{"name": "a", "count": 3, "items": [{"day": "2024-01-02"}], "ptr": {"day": "2024-02-03", "note": "n"}, "tags": null, "Plain": true}`),
		&v, func() error { return nil })
	require.NoError(t, err)
	assert.Equal(t, outer{Name: "a", Count: 3, Items: []inner{{Day: policy.MustDate(2024, 1, 2)}},
		Ptr: &inner{Day: policy.MustDate(2024, 2, 3), Note: "n"}, Plain: true}, v)

	v = outer{Tags: []string{"x"}, Ptr: &inner{}}
	require.NoError(t, Unmarshal([]byte(`{"name": "a", "tags": [], "ptr": null, "Plain": false, "items": []}`), &v, func() error { return nil }))
	assert.Nil(t, v.Tags)
	assert.Nil(t, v.Ptr)
	assert.Nil(t, v.Items)
}

func TestUnmarshalProblems(t *testing.T) {
	var v outer
	validate := func() error {
		return policy.Problems{
			{Path: "count", Err: errors.New("count is odd")},             // placed at its node
			{Path: "items[0].day", Err: errors.New("follows a bad day")}, // left out: decoding reported it
			{Path: "items[1]", Err: errors.New("no such item")},          // placed at the array
			{Path: "", Err: errors.New("whole")},                         // placed at the root
			{Path: "name", Line: 9, Column: 9, Err: errors.New("placed")},
		}.Err()
	}
	err := Unmarshal([]byte("{\"count\": 3, \"items\": [{\"day\": \"2024-13-01\"}],\n \"ptr\": 5, \"tags\": [1], \"Plain\": null, \"extra\": 1}"), &v, validate)
	// The whole-document problem and the one at "name" follow problems
	// of decoding (every path is inside the root), so they are left out.
	assert.Equal(t, []string{
		"name (line 1, column 1): missing",
		"count (line 1, column 11): count is odd",
		"items[1] (line 1, column 23): no such item",
		"items[0].day (line 1, column 32): date \"2024-13-01\": invalid date: month 13 outside 1..12",
		"ptr (line 2, column 9): wrong type: a number, want an object",
		"tags[0] (line 2, column 21): 1 is not a string",
		"Plain (line 2, column 34): wrong type: null, want true or false",
		"extra (line 2, column 49): unknown key; the keys are name, count, items, ptr, tags, Plain",
	}, problemLines(err))

	// With nothing wrong in decoding, every problem of validation stays.
	err = Unmarshal([]byte("{\"name\": \"n\", \"tags\": [],\n \"Plain\": true}"), &v, validate)
	assert.Equal(t, []string{
		"count (line 1, column 1): count is odd",
		"items[0].day (line 1, column 1): follows a bad day",
		"items[1] (line 1, column 1): no such item",
		"(line 1, column 1): whole",
		"name (line 9, column 9): placed",
	}, problemLines(err))

	err = Unmarshal([]byte(`{`), &v, validate)
	assert.ErrorIs(t, err, ErrSyntax)
	var ps policy.Problems
	assert.ErrorAs(t, err, &ps)
}

func TestFind(t *testing.T) {
	doc, err := Parse([]byte(`{"a": [1, {"b.c": {"d": 2}}], "e": "x"}`))
	require.NoError(t, err)
	for _, tc := range []struct {
		path string
		want string
	}{
		{"", `{"a": [1, {"b.c": {"d": 2}}], "e": "x"}`},
		{"a", `[1, {"b.c": {"d": 2}}]`},
		{"a[0]", `1`},
		{`a[1]["b.c"].d`, `2`},
		{`a[1]["b.c"]`, `{"d": 2}`},
		{"a[2]", `[1, {"b.c": {"d": 2}}]`},
		{"a[-1]", `[1, {"b.c": {"d": 2}}]`},
		{"a[x]", `[1, {"b.c": {"d": 2}}]`},
		{"a[1", `[1, {"b.c": {"d": 2}}]`},
		{"e.f", `"x"`},
		{"e[0]", `"x"`},
		{"z", `{"a": [1, {"b.c": {"d": 2}}], "e": "x"}`},
		{`a[1]["b.c`, `{"b.c": {"d": 2}}`},
		{`a[1]["b\"c"]`, `{"b.c": {"d": 2}}`},
		{`a[1]["b.c"x`, `{"b.c": {"d": 2}}`},
		{`a[1]["\x"]`, `{"b.c": {"d": 2}}`},
	} {
		assert.Equal(t, tc.want, string(doc.Raw(doc.Find(tc.path))), tc.path)
	}
}

func TestRelated(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"a", "a", true}, {"a", "a.b", true}, {"a[1].b", "a", true}, {"", "x", true},
		{"a", "ab", false}, {"a[1]", "a[10]", false}, {"a.b", "a.c", false},
	} {
		assert.Equal(t, tc.want, related(tc.a, tc.b), "%q %q", tc.a, tc.b)
	}
}

func TestEncode(t *testing.T) {
	b, err := Encode(outer{Name: "<a>", Tags: []string{"x"}})
	require.NoError(t, err)
	assert.Equal(t, "{\n  \"name\": \"\\u003ca\\u003e\",\n  \"tags\": [\n    \"x\"\n  ],\n  \"Plain\": false\n}\n", string(b))
	_, err = Encode(func() {})
	assert.Error(t, err)
}

type base struct {
	A int    `json:"a"`
	B string `json:"b,omitempty"`
}

type wrapped struct {
	base
	B []int `json:"b,omitempty"` // hides base.B
	C int   `json:"c,omitempty"`
}

func TestEmbedded(t *testing.T) {
	var v wrapped
	require.NoError(t, Unmarshal([]byte(`{"a": 1, "b": [2], "c": 3}`), &v, func() error { return nil }))
	assert.Equal(t, wrapped{base: base{A: 1}, B: []int{2}, C: 3}, v)
	err := Unmarshal([]byte(`{"b": "x"}`), &v, func() error { return nil })
	assert.Equal(t, []string{
		"a (line 1, column 1): missing",
		"b (line 1, column 7): wrong type: a string, want an array",
	}, problemLines(err))
	err = Unmarshal([]byte(`{"a": 1, "d": 1}`), &v, func() error { return nil })
	assert.Equal(t, []string{"d (line 1, column 15): unknown key; the keys are a, b, c"}, problemLines(err))
}

// FuzzUnmarshal: no bytes make the typed walk panic, every problem has a
// place, and what decodes encodes and decodes back to the same bytes.
func FuzzUnmarshal(f *testing.F) {
	f.Add([]byte(`{"name": "a", "count": 3, "items": [{"day": "2024-01-02"}], "ptr": {"day": "2024-02-03", "note": "n"}, "tags": ["x"], "Plain": true}`))
	f.Add([]byte(`{"a": 1, "b": [2], "c": 3}`))
	f.Add([]byte(`[{"name": null}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var v outer
		err := Unmarshal(data, &v, func() error { return nil })
		if err != nil {
			for _, p := range policy.ProblemsOf(err) {
				if p.Path == "" && p.Line == 0 {
					t.Fatalf("problem without a place: %v", &p)
				}
			}
			return
		}
		b, err := Encode(v)
		require.NoError(t, err)
		var back outer
		require.NoError(t, Unmarshal(b, &back, func() error { return nil }), "%s", b)
		again, err := Encode(back)
		require.NoError(t, err)
		require.Equal(t, string(b), string(again))
	})
}
