// Package errlist splits joined errors into their parts, so that a
// validation can report each problem on its own line, naming its record.
package errlist

import (
	"fmt"
	"strings"
)

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

// shown is how many problems a summary writes out: enough to fix a file
// by, few enough for a log line.
const shown = 20

// Summary writes prefix (if any), the number of problems and the first of them,
// "hierarchy: 2 problems; record 0 (…): …; record 3 (…): …", with "; and
// N more" past the twentieth. The problems' own messages name their
// records.
func Summary[T any, P interface {
	*T
	error
}](prefix string, problems []T) string {
	var b strings.Builder
	if prefix != "" {
		b.WriteString(prefix)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "%d problem", len(problems))
	if len(problems) != 1 {
		b.WriteByte('s')
	}
	for i := range min(len(problems), shown) {
		b.WriteString("; ")
		b.WriteString(P(&problems[i]).Error())
	}
	if len(problems) > shown {
		fmt.Fprintf(&b, "; and %d more", len(problems)-shown)
	}
	return b.String()
}

// Errors returns the problems as errors, for an Unwrap() []error through
// which errors.Is and errors.As find each one.
func Errors[T any, P interface {
	*T
	error
}](problems []T) []error {
	out := make([]error, len(problems))
	for i := range problems {
		out[i] = P(&problems[i])
	}
	return out
}
