// Package codectest holds the properties that the fuzz targets of the
// library's strict JSON decoders check, so that every package checks them
// one way: a refusal is a list of problems that each say where and why,
// and an accepted document encodes canonically.
package codectest

import (
	"testing"

	"github.com/shegong/shegong/policy"
)

// Problems fails t unless err is a non-empty policy.Problems (the list
// itself, as the decoders return it) whose every entry has a place (a path,
// or a line) and a reason.
func Problems(t testing.TB, err error) {
	t.Helper()
	ps, ok := err.(policy.Problems) //nolint:errorlint // the decoders return the list itself
	if !ok || len(ps) == 0 {
		t.Fatalf("error %T is not a list of problems: %v", err, err)
	}
	for _, p := range ps {
		if p.Path == "" && p.Line == 0 || p.Err == nil {
			t.Fatalf("problem without a place or a reason: %v", &p)
		}
	}
}

// RoundTrip decodes data. A refusal must be a list of problems (Problems)
// and gives false. An accepted document must encode, the encoding must
// decode, and encoding that again must give the same bytes; it gives the
// decoded value and true.
func RoundTrip[T any](t testing.TB, data []byte, decode func([]byte) (T, error), encode func(T) ([]byte, error)) (T, bool) {
	t.Helper()
	v, err := decode(data)
	if err != nil {
		Problems(t, err)
		return v, false
	}
	b, err := encode(v)
	if err != nil {
		t.Fatalf("accepted document does not encode: %v", err)
	}
	back, err := decode(b)
	if err != nil {
		t.Fatalf("re-encoded document refused: %v\n%s", err, b)
	}
	again, err := encode(back)
	if err != nil || string(again) != string(b) {
		t.Fatalf("round trip changed the document (%v):\n%s\n%s", err, b, again)
	}
	return v, true
}
