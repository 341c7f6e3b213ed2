package jsonwalk

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/shegong/shegong/policy"
)

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Value decodes n into the value v points to, led by v's type as
// encoding/json is: a struct is an object whose keys are the fields' json
// tags, a slice an array, a pointer its element or null, and a type with
// UnmarshalJSON or UnmarshalText (or a number, string or bool) a leaf
// decoded by Decode. A field whose tag has neither omitempty nor omitzero
// is required. Unlike encoding/json it rejects unknown keys, null where a
// value belongs, and goes on past every fault, reporting each. It returns
// whether the walk of n found no problem.
func (w *Walker) Value(n *Node, path string, v any) bool {
	before := len(w.problems)
	w.value(n, path, reflect.ValueOf(v).Elem())
	return len(w.problems) == before
}

func (w *Walker) value(n *Node, path string, v reflect.Value) {
	t := v.Type()
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(jsonUnmarshaler):
		w.Decode(n, path, v.Addr().Interface())
		return
	case t.Kind() == reflect.Pointer, t.Kind() == reflect.Slice:
		if n.Kind == Null {
			v.SetZero()
			return
		}
	case n.Kind == Null:
		w.Report(n, path, fmt.Errorf("%w: null, want %s", ErrType, want(t)))
		return
	case pt.Implements(textUnmarshaler):
		w.Decode(n, path, v.Addr().Interface())
		return
	}
	switch t.Kind() { //nolint:exhaustive // every other kind is a leaf
	case reflect.Struct:
		w.structure(n, path, v)
	case reflect.Slice:
		elems := w.Array(n, path)
		if len(elems) == 0 {
			// An empty array and null are both the nil slice, which
			// encodes one way.
			v.SetZero()
			return
		}
		s := reflect.MakeSlice(t, len(elems), len(elems))
		for i, e := range elems {
			w.value(e, Index(path, i), s.Index(i))
		}
		v.Set(s)
	case reflect.Pointer:
		p := reflect.New(t.Elem())
		w.value(n, path, p.Elem())
		v.Set(p)
	default:
		w.Decode(n, path, v.Addr().Interface())
	}
}

// A field is one JSON member of a struct type.
type field struct {
	name     string
	index    []int
	required bool
}

// fieldsOf lists the members of struct type t as encoding/json does, in
// its order: an untagged embedded struct's fields are promoted in its
// place, and a field of the outer struct hides a promoted one of the same
// name.
func fieldsOf(t reflect.Type) []field {
	var fs []field
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if sf.Anonymous && name == "" && sf.Type.Kind() == reflect.Struct {
			for _, f := range fieldsOf(sf.Type) {
				f.index = append([]int{i}, f.index...)
				fs = append(fs, f)
			}
			continue
		}
		if !sf.IsExported() || tag == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		optional := slices.ContainsFunc(strings.Split(opts, ","), func(o string) bool {
			return o == "omitempty" || o == "omitzero"
		})
		fs = append(fs, field{name: name, index: []int{i}, required: !optional})
	}
	return slices.DeleteFunc(fs, func(f field) bool {
		return slices.ContainsFunc(fs, func(g field) bool { return g.name == f.name && len(g.index) < len(f.index) })
	})
}

func (w *Walker) structure(n *Node, path string, v reflect.Value) {
	fs := fieldsOf(v.Type())
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	m := w.Object(n, path, names...)
	if m == nil {
		return
	}
	for _, f := range fs {
		c := m[f.name]
		if f.required {
			c = w.Require(n, m, path, f.name)
		}
		if c != nil {
			w.value(c, Key(path, f.name), v.FieldByIndex(f.index))
		}
	}
}

// Find returns the node at path (as Key and Index write paths), or, when
// the path goes where the document has nothing, the deepest node on the
// way there: the object that lacks the key, the array that lacks the
// element. An empty path is the root.
func (d *Doc) Find(path string) *Node {
	n := d.Root
	for path != "" && n != nil {
		var next *Node
		next, path = step(n, path)
		if next == nil {
			return n
		}
		n = next
	}
	return n
}

// step follows the first segment of path from n, returning the node it
// reaches (nil if none) and the rest of the path.
func step(n *Node, path string) (*Node, string) {
	switch {
	case strings.HasPrefix(path, "[\""):
		end := closingQuote(path)
		if end < 0 {
			return nil, ""
		}
		key, err := strconv.Unquote(path[1 : end+1])
		if err != nil || end+1 >= len(path) || path[end+1] != ']' {
			return nil, ""
		}
		return member(n, key), path[end+2:]
	case path[0] == '[':
		end := strings.IndexByte(path, ']')
		i, err := strconv.Atoi(path[1:max(end, 1)])
		if end < 0 || err != nil || n.Kind != Array || i < 0 || i >= len(n.Elems) {
			return nil, ""
		}
		return n.Elems[i], path[end+1:]
	}
	path = strings.TrimPrefix(path, ".")
	end := strings.IndexAny(path, ".[")
	if end < 0 {
		end = len(path)
	}
	return member(n, path[:end]), path[end:]
}

// closingQuote returns the index of the quote ending the quoted key that
// begins at s[1], or -1.
func closingQuote(s string) int {
	for i := 2; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

func member(n *Node, key string) *Node {
	if n.Kind != Object {
		return nil
	}
	for _, m := range n.Members {
		if m.Key == key {
			return m.Value
		}
	}
	return nil
}

// Unmarshal decodes data strictly into v (see Value) and then validates
// v, so that a document and a value built in Go are held to the same
// rules. validate's problems are placed at their path's position in the
// document; one at a path related to a problem of decoding (the same path,
// inside it, or around it) is left out, being a consequence of it. Every
// problem is returned at once, in document order, as a policy.Problems.
func Unmarshal(data []byte, v any, validate func() error) error {
	doc, err := Parse(data)
	if err != nil {
		return policy.ProblemsOf(err)
	}
	w := NewWalker(doc)
	w.Value(doc.Root, "", v)
	ps := w.Problems()
	decoded := len(ps)
	for _, p := range policy.ProblemsOf(validate()) {
		if slices.ContainsFunc(ps[:decoded], func(q policy.Problem) bool { return related(p.Path, q.Path) }) {
			continue
		}
		if p.Line == 0 {
			p.Line, p.Column = doc.Position(doc.Find(p.Path).Start)
		}
		ps = append(ps, p)
	}
	slices.SortStableFunc(ps, func(a, b policy.Problem) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
	return ps.Err()
}

// related reports whether one path is the other or inside it.
func related(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && (len(a) == 0 || len(a) == len(b) || b[len(a)] == '.' || b[len(a)] == '[')
}

// Encode writes v canonically: encoding/json's form (keys in the order of
// the struct's fields), indented by two spaces, with a final newline.
// Decoding and encoding again gives the same bytes.
func Encode(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
