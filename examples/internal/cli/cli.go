// Package cli runs the jurisdiction programs alike: flags parsed from the
// arguments, and exit codes scripts can rely on: 0 done (or help asked
// for), 1 the program failed, 2 a usage error.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// The exit codes.
const (
	OK     = 0
	Failed = 1
	Usage  = 2
)

type usageError struct{ error }

// Usagef returns an error that makes Run exit with Usage: a flag value
// that parses but makes no sense.
func Usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// Run parses args into fs, which names the program, rejects positional
// arguments, and calls do. Errors go to stderr prefixed with the program's
// name.
func Run(fs *flag.FlagSet, args []string, stderr io.Writer, do func() error) int {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return OK
		}
		return Usage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return Usage
	}
	if err := do(); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", fs.Name(), err)
		if errors.As(err, new(usageError)) {
			return Usage
		}
		return Failed
	}
	return OK
}
