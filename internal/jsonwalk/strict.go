package jsonwalk

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
)

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
)

// Into decodes n into v, a pointer, strictly and field by field: a struct
// (without its own UnmarshalJSON or UnmarshalText) is read as an object of
// its json-tagged fields, reporting unknown, duplicate and missing keys (a
// field is required unless its tag says omitempty or omitzero); a slice
// as an array, element by element; anything else as Decode does. Every
// problem is reported at its path and the walk goes on. It returns
// whether no problem was found.
func (w *Walker) Into(n *Node, path string, v any) bool {
	before := len(w.problems)
	w.into(n, path, reflect.ValueOf(v).Elem())
	return len(w.problems) == before
}

func (w *Walker) into(n *Node, path string, v reflect.Value) {
	t := v.Type()
	custom := reflect.PointerTo(t).Implements(textUnmarshaler) || reflect.PointerTo(t).Implements(jsonUnmarshaler)
	switch {
	case custom:
		w.Decode(n, path, v.Addr().Interface())
	case t.Kind() == reflect.Pointer:
		if n.Kind == Null {
			return
		}
		p := reflect.New(t.Elem())
		w.into(n, path, p.Elem())
		v.Set(p)
	case t.Kind() == reflect.Struct:
		w.object(n, path, v)
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8:
		elems := w.Array(n, path)
		s := reflect.MakeSlice(t, len(elems), len(elems))
		for i, e := range elems {
			w.into(e, Index(path, i), s.Index(i))
		}
		if elems != nil {
			v.Set(s)
		}
	default:
		w.Decode(n, path, v.Addr().Interface())
	}
}

type field struct {
	key      string
	index    []int
	optional bool
}

// fields lists the json-tagged fields of t, with those of the structs it
// embeds without a tag, as encoding/json does.
func fields(t reflect.Type) []field {
	var out []field
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("json")
		if !ok && f.Anonymous && f.Type.Kind() == reflect.Struct {
			for _, g := range fields(f.Type) {
				g.index = append([]int{i}, g.index...)
				out = append(out, g)
			}
			continue
		}
		if !ok || tag == "-" || !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		out = append(out, field{key: name, index: []int{i},
			optional: strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")})
	}
	return out
}

func (w *Walker) object(n *Node, path string, v reflect.Value) {
	fs := fields(v.Type())
	known := make([]string, len(fs))
	for i, f := range fs {
		known[i] = f.key
	}
	m := w.Object(n, path, known...)
	if m == nil {
		return
	}
	for _, f := range fs {
		c := m[f.key]
		if c == nil {
			if !f.optional {
				w.Report(n, Key(path, f.key), ErrMissing)
			}
			continue
		}
		w.into(c, Key(path, f.key), v.FieldByIndex(f.index))
	}
}
