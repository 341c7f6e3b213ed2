// Package errlist splits joined errors into their parts, so that a
// validation can report each problem on its own line, naming its record.
package errlist

import "strings"

// Flatten returns the parts of err, recursively through errors.Join; nil
// gives none. Only joins are split: an error wrapping several with
// fmt.Errorf("%w: %w", …) also has Unwrap() []error, but its message is
// more than its parts', so it stays whole.
func Flatten(err error) []error {
	if err == nil {
		return nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	parts := j.Unwrap()
	msgs := make([]string, len(parts))
	for i, e := range parts {
		msgs[i] = e.Error()
	}
	if err.Error() != strings.Join(msgs, "\n") {
		return []error{err}
	}
	var out []error
	for _, e := range parts {
		out = append(out, Flatten(e)...)
	}
	return out
}
