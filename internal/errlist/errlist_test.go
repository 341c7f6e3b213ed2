package errlist_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/shegong/shegong/internal/errlist"
)

func TestFlatten(t *testing.T) {
	a, b, c := errors.New("a"), errors.New("b"), errors.New("c")
	assert.Nil(t, errlist.Flatten(nil))
	assert.Equal(t, []error{a}, errlist.Flatten(a))
	assert.Equal(t, []error{a, b, c}, errlist.Flatten(errors.Join(a, errors.Join(b, c))))
	wrapped := fmt.Errorf("x: %w", errors.Join(a, b))
	assert.Equal(t, []error{wrapped}, errlist.Flatten(wrapped), "a wrapped join stays whole: its message carries context")
}

func TestFlattenKeepsMultiWrap(t *testing.T) {
	sentinel, a, b := errors.New("invalid count"), errors.New("a"), errors.New("b")
	multi := fmt.Errorf("%w: %w", sentinel, errors.Join(a, b))
	assert.Equal(t, []error{multi}, errlist.Flatten(multi))
	assert.Equal(t, []error{multi, a}, errlist.Flatten(errors.Join(multi, a)))
}

type problem struct{ n int }

func (p *problem) Error() string { return fmt.Sprintf("record %d: bad", p.n) }

func TestSummary(t *testing.T) {
	one := []problem{{3}}
	assert.Equal(t, "pkg: 1 problem; record 3: bad", errlist.Summary("pkg", one))
	many := make([]problem, 23)
	for i := range many {
		many[i].n = i
	}
	s := errlist.Summary("pkg", many)
	assert.Contains(t, s, "pkg: 23 problems; record 0: bad; record 1: bad;")
	assert.Contains(t, s, "record 19: bad; and 3 more")
	assert.NotContains(t, s, "record 20")
	errs := errlist.Errors(many)
	assert.Len(t, errs, 23)
	var p *problem
	assert.ErrorAs(t, errors.Join(errs...), &p)
	assert.Same(t, &many[0], p, "the errors point at the problems themselves")
}

func TestSummaryWithoutPrefix(t *testing.T) {
	assert.Equal(t, "2 problems; record 1: bad; record 2: bad", errlist.Summary("", []problem{{1}, {2}}))
}
