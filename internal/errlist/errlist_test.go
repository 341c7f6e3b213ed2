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
