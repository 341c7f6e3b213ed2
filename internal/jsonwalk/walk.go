package jsonwalk

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/shegong/shegong/policy"
)

// A Walker decodes a Doc field by field, collecting a problem for every
// fault and going on past it, so that one bad value never hides another.
type Walker struct {
	doc      *Doc
	problems policy.Problems
}

// NewWalker returns a Walker over doc.
func NewWalker(doc *Doc) *Walker { return &Walker{doc: doc} }

// Problems returns what the walk has found so far, in the order found.
func (w *Walker) Problems() policy.Problems { return w.problems }

// Report records err as a problem at path, placed at n's position in the
// document (or without a position when n is nil).
func (w *Walker) Report(n *Node, path string, err error) {
	p := policy.Problem{Path: path, Err: err}
	if n != nil {
		p.Line, p.Column = w.doc.Position(n.Start)
	}
	w.problems = append(w.problems, p)
}

// Reportf records a problem at path with a formatted reason.
func (w *Walker) Reportf(n *Node, path, format string, args ...any) {
	w.Report(n, path, fmt.Errorf(format, args...))
}

// ErrUnknownKey is wrapped by the problem reported for a key a document's
// format does not have, such as a misspelt "deadlne".
var ErrUnknownKey = errors.New("unknown key")

// ErrType is wrapped by the problem reported for a value of the wrong JSON
// type: a string where a number belongs.
var ErrType = errors.New("wrong type")

// ErrMissing is wrapped by the problem reported for a required key that is
// absent.
var ErrMissing = errors.New("missing")

// Object returns the members of n by key. It reports n not being an object
// (and returns nil), each key not among known (naming the keys there are),
// and each key given twice (the first is kept).
func (w *Walker) Object(n *Node, path string, known ...string) map[string]*Node {
	if n.Kind != Object {
		w.Report(n, path, fmt.Errorf("%w: %s, want an object", ErrType, n.Kind))
		return nil
	}
	m := make(map[string]*Node, len(n.Members))
	for _, mem := range n.Members {
		at := Key(path, mem.Key)
		switch {
		case !slices.Contains(known, mem.Key):
			w.Report(mem.Value, at, fmt.Errorf("%w; the keys are %s", ErrUnknownKey, strings.Join(known, ", ")))
		case m[mem.Key] != nil:
			w.Reportf(mem.Value, at, "key given twice")
		default:
			m[mem.Key] = mem.Value
		}
	}
	return m
}

// Require returns m's member key, reporting it missing from the object n
// at path.
func (w *Walker) Require(n *Node, m map[string]*Node, path, key string) *Node {
	v := m[key]
	if v == nil && m != nil {
		w.Report(n, Key(path, key), ErrMissing)
	}
	return v
}

// Array returns the elements of n, reporting n not being an array.
func (w *Walker) Array(n *Node, path string) []*Node {
	if n.Kind != Array {
		w.Report(n, path, fmt.Errorf("%w: %s, want an array", ErrType, n.Kind))
		return nil
	}
	return n.Elems
}

// Decode decodes the leaf n into v with encoding/json (numbers, strings,
// and types with UnmarshalText or UnmarshalJSON, such as enumerations,
// dates and decimals), reporting failure at path in plain words. It
// returns whether v was set.
func (w *Walker) Decode(n *Node, path string, v any) bool {
	err := json.Unmarshal(w.doc.Raw(n), v)
	if err == nil {
		return true
	}
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te) && n.Kind == Number:
		w.Reportf(n, path, "%s is not %s", w.doc.Raw(n), want(te.Type))
	case errors.As(err, &te):
		w.Report(n, path, fmt.Errorf("%w: %s, want %s", ErrType, n.Kind, want(te.Type)))
	default:
		w.Report(n, path, err)
	}
	return false
}

// want describes what a Go type accepts, for an error message.
func want(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("a whole number from %d to %d", int64(-1)<<(t.Bits()-1), int64(1)<<(t.Bits()-1)-1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number from 0 to " + strconv.FormatUint(uint64(1)<<(t.Bits()-1)*2-1, 10)
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Map, reflect.Struct:
		return "an object"
	default:
		return t.String()
	}
}

// Key returns the path of member key of the object at path: "a.b", or
// a["x.y"] for a key that is not a plain word.
func Key(path, key string) string {
	if key == "" || strings.ContainsFunc(key, notWord) {
		return path + "[" + strconv.Quote(key) + "]"
	}
	return policy.JoinPath(path, key)
}

func notWord(r rune) bool {
	return r != '_' && r != '-' && (r < '0' || r > '9') && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z')
}

// Index returns the path of element i of the array at path: "a[2]".
func Index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
