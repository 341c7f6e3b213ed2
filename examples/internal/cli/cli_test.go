package cli_test

import (
	"bytes"
	"errors"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/shegong/shegong/examples/internal/cli"
)

func TestRun(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		err  error
		code int
		msg  string
	}{
		{"ok", nil, nil, cli.OK, ""},
		{"help", []string{"-h"}, nil, cli.OK, "Usage of prog"},
		{"bad flag", []string{"-x"}, nil, cli.Usage, "flag provided but not defined: -x"},
		{"argument", []string{"x"}, nil, cli.Usage, `prog: unexpected argument "x"`},
		{"failure", nil, errors.New("boom"), cli.Failed, "prog: boom\n"},
		{"usage from do", nil, cli.Usagef("-n %d is negative", -1), cli.Usage, "prog: -n -1 is negative\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			fs := flag.NewFlagSet("prog", flag.ContinueOnError)
			fs.Int("n", 0, "a number")
			code := cli.Run(fs, tc.args, &stderr, func() error { return tc.err })
			assert.Equal(t, tc.code, code)
			assert.Contains(t, stderr.String(), tc.msg)
		})
	}
}
