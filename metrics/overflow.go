package metrics

import (
	"errors"
	"fmt"
)

// ErrOverflow is wrapped by every error, in any package of the library,
// about a count, amount or sum that passes the range it is held in: a
// roll-up, a payroll in fen, a weight, a head count.
var ErrOverflow = errors.New("value overflows")

// overflowed is an error that reads as its own message alone and still
// matches ErrOverflow under errors.Is, so that "1e9999 yuan overflows
// int64 fen" need not repeat ErrOverflow's words.
type overflowed string

func (e overflowed) Error() string { return string(e) }
func (overflowed) Unwrap() error   { return ErrOverflow }

// overflowf formats an overflowed error.
func overflowf(format string, args ...any) error {
	return overflowed(fmt.Sprintf(format, args...))
}
