package codectest_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/shegong/shegong/internal/codectest"
	"github.com/shegong/shegong/policy"
)

// recorder is a testing.TB that records a failure instead of stopping.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.FailNow() }
func (r *recorder) FailNow() {
	r.failed = true
	panic(r)
}

// fails reports whether f fails r.
func fails(t *testing.T, f func(r *recorder)) (failed bool) {
	r := &recorder{TB: t}
	defer func() {
		if v := recover(); v != nil && v != r {
			panic(v)
		}
		failed = r.failed
	}()
	f(r)
	return false
}

func decodeInt(b []byte) (int, error) {
	n, err := strconv.Atoi(string(b))
	if err != nil {
		return 0, policy.Problems{{Path: "n", Err: err}}
	}
	return n, nil
}

func encodeInt(n int) ([]byte, error) { return []byte(strconv.Itoa(n)), nil }

func TestRoundTrip(t *testing.T) {
	v, ok := codectest.RoundTrip(t, []byte("42"), decodeInt, encodeInt)
	assert.True(t, ok)
	assert.Equal(t, 42, v)
	_, ok = codectest.RoundTrip(t, []byte("x"), decodeInt, encodeInt)
	assert.False(t, ok)

	assert.True(t, fails(t, func(r *recorder) {
		codectest.RoundTrip(r, []byte("7"), decodeInt, func(int) ([]byte, error) { return nil, errors.New("no") })
	}), "an accepted value that does not encode")
	assert.True(t, fails(t, func(r *recorder) {
		codectest.RoundTrip(r, []byte("7"), decodeInt, func(int) ([]byte, error) { return []byte("seven"), nil })
	}), "an encoding the decoder refuses")
	n := 0
	assert.True(t, fails(t, func(r *recorder) {
		codectest.RoundTrip(r, []byte("7"), decodeInt, func(int) ([]byte, error) { n++; return []byte(strconv.Itoa(n)), nil })
	}), "an encoding that is not stable")
}

func TestProblems(t *testing.T) {
	assert.False(t, fails(t, func(r *recorder) { codectest.Problems(r, policy.Problems{{Line: 3, Err: errors.New("x")}}) }))
	assert.True(t, fails(t, func(r *recorder) { codectest.Problems(r, errors.New("plain")) }), "not a list")
	assert.True(t, fails(t, func(r *recorder) { codectest.Problems(r, policy.Problems{}) }), "an empty list")
	assert.True(t, fails(t, func(r *recorder) { codectest.Problems(r, policy.Problems{{Err: errors.New("x")}}) }), "no place")
	assert.True(t, fails(t, func(r *recorder) { codectest.Problems(r, policy.Problems{{Path: "a"}}) }), "no reason")
}

func TestEnum(t *testing.T) {
	unspecified := policy.StatusUnspecified
	codectest.Enum(t, codectest.EnumCase[policy.Status]{Listed: policy.Statuses(), Invalid: policy.Status(9), Placeholder: &unspecified,
		Want: []string{"in-force", "draft", "plan", "report"}})
	assert.True(t, fails(t, func(r *recorder) {
		codectest.Enum(r, codectest.EnumCase[policy.Status]{Listed: []policy.Status{policy.Status(9)}, Invalid: policy.Status(9)})
	}), "an invalid listed value")
}
