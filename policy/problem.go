package policy

import (
	"errors"
	"strconv"
	"strings"

	"github.com/shegong/shegong/internal/errlist"
)

// A Problem is one thing wrong with a document or a data file: where it is
// and why. Path locates it in the document's own terms: a JSON path such
// as "staffing.minimums[2].min", or a record and field of a table such as
// "[41].population". Line and Column, counted from 1, give the position in
// the file where it is known (syntax errors, decoded documents, rows of a
// CSV file), and are 0 otherwise.
type Problem struct {
	Path         string
	Line, Column int
	Err          error
}

// Error writes the problem as "path (line L, column C): reason", leaving
// out what is not known.
func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.Path)
	if p.Line > 0 {
		if p.Path != "" {
			b.WriteByte(' ')
		}
		b.WriteString("(line ")
		b.WriteString(strconv.Itoa(p.Line))
		if p.Column > 0 {
			b.WriteString(", column ")
			b.WriteString(strconv.Itoa(p.Column))
		}
		b.WriteByte(')')
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if p.Err == nil {
		b.WriteString("problem")
	} else {
		b.WriteString(p.Err.Error())
	}
	return b.String()
}

// Unwrap returns the reason, for errors.Is and errors.As.
func (p *Problem) Unwrap() error { return p.Err }

// Problems is every problem found in one document or file, in the order of
// the input. It is an error whose message shows the first twenty; the list
// itself is whole. Use Err to return it, so that no problems is a nil
// error.
type Problems []Problem

// Err returns ps as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Error writes the number of problems and the first of them.
func (ps Problems) Error() string { return errlist.Summary("", []Problem(ps)) }

// Unwrap returns every problem, for errors.Is and errors.As.
func (ps Problems) Unwrap() []error { return errlist.Errors([]Problem(ps)) }

// Within returns ps with prefix put before every path, joined as a JSON
// path is: a key with a dot, an index directly. A pack decoder uses it to
// place a part's problems ("minimums[2].min") in the whole document
// ("staffing.minimums[2].min").
func (ps Problems) Within(prefix string) Problems {
	out := make(Problems, len(ps))
	for i, p := range ps {
		p.Path = JoinPath(prefix, p.Path)
		out[i] = p
	}
	return out
}

// At returns ps with positions moved for a part of a larger file that
// begins at line and column of the whole: a part's line 1 is the whole's
// line, and its line-1 columns are counted from column. Problems without a
// position keep none.
func (ps Problems) At(line, column int) Problems {
	out := make(Problems, len(ps))
	for i, p := range ps {
		if p.Line > 0 {
			if p.Line == 1 && p.Column > 0 {
				p.Column += column - 1
			}
			p.Line += line - 1
		}
		out[i] = p
	}
	return out
}

// JoinPath joins two parts of a JSON path: "a" and "b" give "a.b", "a" and
// "[2].b" give "a[2].b", and an empty part gives the other.
func JoinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}

// ProblemsOf returns the problems in err: the list itself when err is (or
// wraps) a Problems, each Problem of an errors.Join, and otherwise err as
// one problem with no path. It lets a caller collect the problems of
// several steps into one list.
func ProblemsOf(err error) Problems {
	if err == nil {
		return nil
	}
	var ps Problems
	if errors.As(err, &ps) {
		return ps
	}
	var out Problems
	for _, e := range errlist.Flatten(err) {
		var p *Problem
		if errors.As(e, &p) {
			out = append(out, *p)
		} else {
			out = append(out, Problem{Err: e})
		}
	}
	return out
}
