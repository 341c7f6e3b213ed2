package metrics

import "errors"

// ErrOverflow is wrapped by every error, in any package of the library,
// about a count, amount or sum that passes the range it is held in: a
// roll-up, a payroll in fen, a weight, a head count.
var ErrOverflow = errors.New("value overflows")
