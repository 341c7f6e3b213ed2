package policy_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/shegong/shegong/policy"
)

func TestProblemError(t *testing.T) {
	bad := errors.New("-3 is negative")
	for _, tc := range []struct {
		p    policy.Problem
		want string
	}{
		{policy.Problem{Path: "staffing.minimums[2].min", Err: bad}, "staffing.minimums[2].min: -3 is negative"},
		{policy.Problem{Path: "min", Line: 12, Column: 7, Err: bad}, "min (line 12, column 7): -3 is negative"},
		{policy.Problem{Line: 3, Err: bad}, "(line 3): -3 is negative"},
		{policy.Problem{Err: bad}, "-3 is negative"},
		{policy.Problem{Path: "x"}, "x: problem"},
	} {
		assert.Equal(t, tc.want, tc.p.Error())
	}
	p := &policy.Problem{Path: "a", Err: policy.ErrDate}
	assert.ErrorIs(t, p, policy.ErrDate)
}

func TestProblems(t *testing.T) {
	var none policy.Problems
	assert.NoError(t, none.Err())
	ps := policy.Problems{{Path: "minimums[2].min", Err: errors.New("-3 is negative")}, {Path: "[0].id", Err: policy.ErrUnknownName}}
	err := ps.Err()
	assert.EqualError(t, err, "2 problems; minimums[2].min: -3 is negative; [0].id: unknown name")
	assert.ErrorIs(t, err, policy.ErrUnknownName)
	var p *policy.Problem
	assert.True(t, errors.As(err, &p))
	assert.Equal(t, "minimums[2].min", p.Path)

	in := ps.Within("staffing")
	assert.Equal(t, "staffing.minimums[2].min", in[0].Path)
	assert.Equal(t, "staffing[0].id", in[1].Path)
	assert.Equal(t, "minimums[2].min", ps[0].Path, "Within copies")
}

func TestProblemsAt(t *testing.T) {
	ps := policy.Problems{{Path: "a", Line: 1, Column: 5}, {Path: "b", Line: 3, Column: 2}, {Path: "c"}, {Path: "d", Line: 1}}
	got := ps.At(10, 7)
	assert.Equal(t, policy.Problems{{Path: "a", Line: 10, Column: 11}, {Path: "b", Line: 12, Column: 2}, {Path: "c"}, {Path: "d", Line: 10}}, got)
	assert.Equal(t, 1, ps[0].Line, "At copies")
}

func TestJoinPath(t *testing.T) {
	for _, tc := range [][3]string{
		{"", "a", "a"}, {"a", "", "a"}, {"a", "b", "a.b"}, {"a", "[2].b", "a[2].b"}, {"", "", ""},
	} {
		assert.Equal(t, tc[2], policy.JoinPath(tc[0], tc[1]), "%q %q", tc[0], tc[1])
	}
}

func TestProblemsOf(t *testing.T) {
	assert.Nil(t, policy.ProblemsOf(nil))
	ps := policy.Problems{{Path: "a", Err: policy.ErrDate}}
	assert.Equal(t, ps, policy.ProblemsOf(fmt.Errorf("pack: %w", ps)))
	plain := errors.New("plain")
	got := policy.ProblemsOf(errors.Join(&policy.Problem{Path: "b", Err: policy.ErrPeriod}, plain))
	assert.Equal(t, policy.Problems{{Path: "b", Err: policy.ErrPeriod}, {Err: plain}}, got)
}
