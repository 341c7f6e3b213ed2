// Package clitest checks the example programs alike: their output and the
// exit codes package cli promises.
package clitest

import (
	"bytes"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/examples/internal/cli"
)

// A Program is an example's run function.
type Program func(args []string, stdout, stderr io.Writer) int

// Contains runs p with args, requires it to succeed, and asserts that its
// output holds each of want.
func Contains(t *testing.T, p Program, args []string, want ...string) {
	t.Helper()
	var out, errs bytes.Buffer
	require.Equal(t, cli.OK, p(args, &out, &errs), errs.String())
	for _, w := range want {
		assert.Contains(t, out.String(), w)
	}
}

// Usage asserts that p exits with cli.Usage on an unknown flag, a stray
// argument and each of bad, and with cli.OK when asked for help.
func Usage(t *testing.T, p Program, bad ...[]string) {
	t.Helper()
	for _, args := range append([][]string{{"-x"}, {"x"}}, bad...) {
		var out, errs bytes.Buffer
		assert.Equal(t, cli.Usage, p(args, &out, &errs), "%q", args)
		assert.NotEmpty(t, errs.String(), "%q: says nothing of what is wrong", args)
	}
	var out, errs bytes.Buffer
	assert.Equal(t, cli.OK, p([]string{"-h"}, &out, &errs))
	assert.Contains(t, errs.String(), "Usage", "-h prints the usage")
}
