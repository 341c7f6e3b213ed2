package jsonwalk

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"", "(line 1, column 1): invalid JSON: the document is empty"},
		{" \n\t", "(line 2, column 2): invalid JSON: the document is empty"},
		{"\xef\xbb\xbf", "(line 1, column 1): invalid JSON: the document is empty"},
		{`{"a": 1,}`, `(line 1, column 9): invalid JSON: want a key in quotes, found '}'`},
		{"{\n  \"a\": 1\n  \"b\": 2}", `(line 3, column 3): invalid JSON: want ',' or '}' in an object, found '"'`},
		{`[1 2]`, `(line 1, column 4): invalid JSON: want ',' or ']' in an array, found '2'`},
		{`{"a" 1}`, `(line 1, column 6): invalid JSON: want ':' after key "a", found '1'`},
		{`{"名称": 值}`, `(line 1, column 8): invalid JSON: want a value, found '值'`},
		{`[01]`, `(line 1, column 3): invalid JSON: want ',' or ']' in an array, found '1'`},
		{`-`, `(line 1, column 2): invalid JSON: want a digit, found the end of the document`},
		{`1.`, `(line 1, column 3): invalid JSON: want a digit after the decimal point, found the end of the document`},
		{`1e+`, `(line 1, column 4): invalid JSON: want a digit in the exponent, found the end of the document`},
		{`"abc`, `(line 1, column 1): invalid JSON: unterminated string`},
		{`"a\`, `(line 1, column 1): invalid JSON: unterminated string`},
		{`"a\x"`, `(line 1, column 4): invalid JSON: invalid escape \'x'`},
		{`"\u12G4"`, `(line 1, column 3): invalid JSON: want four hex digits after \u`},
		{"\"a\tb\"", `(line 1, column 3): invalid JSON: control character 0x9 in a string`},
		{"[\"a\xffb\"]", `(line 1, column 4): invalid JSON: invalid UTF-8 (byte 0xff) in a string`},
		{"\xff", `(line 1, column 1): invalid JSON: want a value, found byte 0xff`},
		{`{} {}`, `(line 1, column 4): invalid JSON: data after the document's value`},
		{`[`, `(line 1, column 2): invalid JSON: unexpected end of the document`},
		{`tru`, `(line 1, column 1): invalid JSON: want a value, found 't'`},
		{strings.Repeat("[", MaxDepth+2), `(line 1, column 258): invalid JSON: nested deeper than 256`},
	} {
		_, err := Parse([]byte(tc.in))
		require.Error(t, err, tc.in)
		assert.EqualError(t, err, tc.want, "%q", tc.in)
		assert.ErrorIs(t, err, ErrSyntax)
		var p *policy.Problem
		assert.True(t, errors.As(err, &p))
	}
}

func TestParseTree(t *testing.T) {
	doc, err := Parse([]byte("\xef\xbb\xbf{\"a\": [1, -2.5e3, true, false, null], \"名\": \"社工\\u7ad9\", \"e\": {}, \"z\": []}"))
	require.NoError(t, err)
	root := doc.Root
	require.Equal(t, Object, root.Kind)
	require.Len(t, root.Members, 4)
	assert.Equal(t, "a", root.Members[0].Key)
	arr := root.Members[0].Value
	assert.Equal(t, []Kind{Number, Number, Bool, Bool, Null}, []Kind{arr.Elems[0].Kind, arr.Elems[1].Kind, arr.Elems[2].Kind, arr.Elems[3].Kind, arr.Elems[4].Kind})
	assert.Equal(t, "-2.5e3", string(doc.Raw(arr.Elems[1])))
	assert.Equal(t, "false", string(doc.Raw(arr.Elems[3])))
	assert.Equal(t, "社工站", root.Members[1].Value.Str)
	assert.Equal(t, "名", root.Members[1].Key)
	assert.Empty(t, root.Members[2].Value.Members)
	assert.Empty(t, root.Members[3].Value.Elems)
	line, col := doc.Position(root.Members[1].Value.Start)
	assert.Equal(t, 1, line)
	assert.Equal(t, 44, col, "columns count characters after the byte-order mark")
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "null", Null.String())
	assert.Equal(t, "an object", Object.String())
	assert.Equal(t, "true or false", Bool.String())
}

type level uint8

func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "county":
		*l = 1
	case "township":
		*l = 2
	default:
		return errors.New(`unknown level "` + string(b) + `" (want one of county, township)`)
	}
	return nil
}

// decodeRule walks one rule as a decoder in the library does.
func decodeRule(w *Walker, n *Node, path string) {
	m := w.Object(n, path, "id", "level", "min", "roles")
	if m == nil {
		return
	}
	var id string
	if v := w.Require(n, m, path, "id"); v != nil {
		w.Decode(v, Key(path, "id"), &id)
	}
	var l level
	if v := m["level"]; v != nil {
		w.Decode(v, Key(path, "level"), &l)
	}
	var minimum int32
	if v := w.Require(n, m, path, "min"); v != nil && w.Decode(v, Key(path, "min"), &minimum) && minimum < 0 {
		w.Reportf(v, Key(path, "min"), "%d is negative", minimum)
	}
	if v := m["roles"]; v != nil {
		for i, e := range w.Array(v, Key(path, "roles")) {
			var s string
			w.Decode(e, Index(Key(path, "roles"), i), &s)
		}
	}
}

func TestWalkerReportsEveryProblem(t *testing.T) {
	doc, err := Parse([]byte(`{"minimums": [
  {"id": "a", "level": "county", "min": 2},
  {"id": "b", "level": "kounty", "min": -3, "deadlne": "2025-12-31"},
  {"level": "township", "min": "2", "min": 3, "roles": "x"},
  {"id": 7, "min": 4294967298, "roles": ["a", 1]},
  [1]
]}`))
	require.NoError(t, err)
	w := NewWalker(doc)
	top := w.Object(doc.Root, "", "minimums")
	for i, r := range w.Array(top["minimums"], "minimums") {
		decodeRule(w, r, Index("minimums", i))
	}
	var got []string
	for _, p := range w.Problems() {
		got = append(got, p.Error())
	}
	assert.Equal(t, []string{
		`minimums[1].deadlne (line 3, column 56): unknown key; the keys are id, level, min, roles`,
		`minimums[1].level (line 3, column 24): unknown level "kounty" (want one of county, township)`,
		`minimums[1].min (line 3, column 41): -3 is negative`,
		`minimums[2].min (line 4, column 44): key given twice`,
		`minimums[2].id (line 4, column 3): missing`,
		`minimums[2].min (line 4, column 32): wrong type: a string, want a whole number from -2147483648 to 2147483647`,
		`minimums[2].roles (line 4, column 56): wrong type: a string, want an array`,
		`minimums[3].id (line 5, column 10): 7 is not a string`,
		`minimums[3].min (line 5, column 20): 4294967298 is not a whole number from -2147483648 to 2147483647`,
		`minimums[3].roles[1] (line 5, column 47): 1 is not a string`,
		`minimums[4] (line 6, column 3): wrong type: an array, want an object`,
	}, got)
	ps := w.Problems()
	assert.ErrorIs(t, ps, ErrUnknownKey)
	assert.ErrorIs(t, ps, ErrMissing)
	assert.ErrorIs(t, ps, ErrType)
	assert.Len(t, ps.Unwrap(), 11)
}

func TestWant(t *testing.T) {
	doc, err := Parse([]byte(`[300, -1, 1.5, "x", true, {}, [], 2]`))
	require.NoError(t, err)
	w := NewWalker(doc)
	var u8 uint8
	var u64 uint64
	var f float64
	var b bool
	var s []string
	var m map[string]int
	var st struct{}
	var i int
	w.Decode(doc.Root.Elems[0], "[0]", &u8)
	w.Decode(doc.Root.Elems[1], "[1]", &u64)
	w.Decode(doc.Root.Elems[3], "[3]", &f)
	w.Decode(doc.Root.Elems[4], "[4]", &s)
	w.Decode(doc.Root.Elems[5], "[5]", &b)
	w.Decode(doc.Root.Elems[6], "[6]", &m)
	w.Decode(doc.Root.Elems[4], "[4]", &st)
	w.Decode(doc.Root.Elems[2], "[2]", &i)
	w.Decode(doc.Root.Elems[3], "[3]", &doc)
	var got []string
	for _, p := range w.Problems() {
		got = append(got, p.Err.Error())
	}
	assert.Equal(t, []string{
		"300 is not a whole number from 0 to 255",
		"-1 is not a whole number from 0 to 18446744073709551615",
		"wrong type: a string, want a number",
		"wrong type: true or false, want an array",
		"wrong type: an object, want true or false",
		"wrong type: an array, want an object",
		"wrong type: true or false, want an object",
		"1.5 is not a whole number from -9223372036854775808 to 9223372036854775807",
		"wrong type: a string, want an object",
	}, got)
}

func TestWalkerWithoutNode(t *testing.T) {
	doc, err := Parse([]byte(`{}`))
	require.NoError(t, err)
	w := NewWalker(doc)
	w.Report(nil, "scheme", errors.New("no tiers"))
	assert.Equal(t, "scheme: no tiers", w.Problems()[0].Error())
	assert.Nil(t, w.Require(nil, nil, "", "x"), "no object, nothing more to report")
	assert.Len(t, w.Problems(), 1)
}

func TestKeyIndex(t *testing.T) {
	assert.Equal(t, "a", Key("", "a"))
	assert.Equal(t, "a.b_c-1", Key("a", "b_c-1"))
	assert.Equal(t, `a["x.y"]`, Key("a", "x.y"))
	assert.Equal(t, `["名称"]`, Key("", "名称"))
	assert.Equal(t, `a[""]`, Key("a", ""))
	assert.Equal(t, "a[3]", Index("a", 3))
	assert.Equal(t, "[0]", Index("", 0))
}

// FuzzParse checks Parse against encoding/json on any bytes: it accepts
// exactly the valid JSON documents (after an optional byte-order mark) that
// are valid UTF-8 and nest at most MaxDepth deep, and a string node decodes
// as encoding/json decodes it.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5e-3,"x\u00e9",true,null]}`, `"社工"`, `[]`, `{"a":}`, "\xef\xbb\xbf[1]", `"\ud800"`, `-0`, `[{"a":{"b":[]}}]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse(data)
		body := data[len(bom(data)):]
		if err != nil {
			var p *policy.Problem
			require.True(t, errors.As(err, &p))
			require.Positive(t, p.Line)
			require.Positive(t, p.Column)
			if json.Valid(body) && utf8.Valid(body) && depth(body) <= MaxDepth {
				t.Fatalf("valid JSON refused: %v", err)
			}
			return
		}
		require.True(t, json.Valid(body), "accepted invalid JSON")
		require.True(t, utf8.Valid(body))
		check(t, doc, doc.Root)
	})
}

// FuzzWalk builds documents from fuzzed values, so that the walker runs on
// valid documents: every value decodes back to what was encoded.
func FuzzWalk(f *testing.F) {
	f.Add("社工", int64(-3), "county", true)
	f.Add("a\"b\\c\n", int64(1<<40), "kounty", false)
	f.Fuzz(func(t *testing.T, id string, n int64, lvl string, flag bool) {
		if !utf8.ValidString(id) || !utf8.ValidString(lvl) {
			return
		}
		data, err := json.Marshal(map[string]any{"id": id, "min": n, "level": lvl, "flag": flag, id: []any{n, id}})
		require.NoError(t, err)
		doc, err := Parse(data)
		require.NoError(t, err)
		w := NewWalker(doc)
		m := w.Object(doc.Root, "", "id", "min", "level", "flag", id)
		var gotID string
		var gotN int64
		var gotFlag bool
		var l level
		require.True(t, w.Decode(m["id"], "id", &gotID))
		require.True(t, w.Decode(m["min"], "min", &gotN))
		require.True(t, w.Decode(m["flag"], "flag", &gotFlag))
		assert.Equal(t, id, gotID)
		assert.Equal(t, n, gotN)
		assert.Equal(t, flag, gotFlag)
		if w.Decode(m["level"], "level", &l) {
			assert.Contains(t, []string{"county", "township"}, lvl)
		} else {
			assert.Equal(t, "level", w.Problems()[len(w.Problems())-1].Path)
		}
		if len(w.Problems()) == 0 {
			assert.Len(t, w.Array(m[id], Key("", id)), 2)
		}
	})
}

func depth(data []byte) int {
	d, deepest, inString, escaped := 0, 0, false, false
	for _, c := range data {
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString:
		case c == '[' || c == '{':
			d++
			deepest = max(deepest, d)
		case c == ']' || c == '}':
			d--
		}
	}
	return deepest - 1
}

func check(t *testing.T, doc *Doc, n *Node) {
	raw := doc.Raw(n)
	require.True(t, json.Valid(raw))
	switch n.Kind {
	case String:
		var s string
		require.NoError(t, json.Unmarshal(raw, &s))
		require.Equal(t, s, n.Str)
	case Array:
		for _, e := range n.Elems {
			check(t, doc, e)
		}
	case Object:
		for _, m := range n.Members {
			check(t, doc, m.Value)
		}
	case Null, Bool, Number:
	}
}
