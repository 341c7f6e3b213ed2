package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
)

// MaxTitleRows is how many rows above a table's header may hold titles.
const MaxTitleRows = 10

// ErrColumn is wrapped by problems about a table's header: an unknown or
// repeated column, a required one missing, or no header row at all.
var ErrColumn = errors.New("bad column")

// ErrMissing is wrapped by problems about a required value that is empty
// or absent.
var ErrMissing = errors.New("missing")

// ErrRow is wrapped by the problem about a row with text beyond the
// header's last column.
var ErrRow = errors.New("cells beyond the header")

// A field is one column of a table and the key of the JSON format that
// goes with it.
type field[T any] struct {
	name     string   // machine name: the CSV column
	key      string   // JSON key; name when empty
	headers  []string // other headers accepted, such as Chinese ones
	required bool
	set      func(*T, []byte, *notes) error
	// json reads a value that is not text (an object); nil for text
	json func(*T, *jsonwalk.Walker, *jsonwalk.Node, string) bool
}

// A schema is the fields of a record type.
type schema[T any] struct {
	fields []field[T]
	byName map[string]int // lower-case header → field
}

func newSchema[T any](fields ...field[T]) *schema[T] {
	s := &schema[T]{fields: fields, byName: map[string]int{}}
	for i, f := range fields {
		if f.name != "" {
			s.byName[f.name] = i
		}
		for _, h := range f.headers {
			s.byName[strings.ToLower(h)] = i
		}
	}
	return s
}

func (s *schema[T]) columns() string {
	var out []string
	for _, f := range s.fields {
		if f.name != "" {
			out = append(out, f.name)
		}
	}
	return strings.Join(out, ", ")
}

func (s *schema[T]) keys() []string {
	var out []string
	for _, f := range s.fields {
		if k := f.jsonKey(); !strings.HasPrefix(k, "-") {
			out = append(out, k)
		}
	}
	return out
}

func (f field[T]) jsonKey() string {
	if f.key != "" {
		return f.key
	}
	return f.name
}

// Records are the records read from a file: those that could be read,
// the position of each, and the problems of all.
type Records[T any] struct {
	// Items holds every record whose required values were read; a value
	// that failed is left zero, and its problem is in Problems.
	Items []T
	// Saw lists what the reader noticed and accepted, such as "Excel
	// serial dates" or "numbers stored as text", for a program to show.
	Saw      []string
	notes    notes
	rows     []int32
	lines    []int32
	problems policy.Problems
}

// Row returns the position of item i among the file's records, from 0,
// counting records that could not be read: the index problems name.
func (r *Records[T]) Row(i int) int { return int(r.rows[i]) }

// Line returns the line (or worksheet row) item i starts on.
func (r *Records[T]) Line(i int) int { return int(r.lines[i]) }

// Problems returns every problem found reading the file.
func (r *Records[T]) Problems() policy.Problems { return r.problems }

// Err returns the problems as an error, nil when there are none.
func (r *Records[T]) Err() error { return r.problems.Err() }

func (r *Records[T]) add(p policy.Problem) { r.problems = append(r.problems, p) }

// itemPath is the path of a record's field: "[41].population".
func itemPath(row int, name string) string {
	return policy.JoinPath(jsonwalk.Index("", row), name)
}

// header finds t's header row and maps its cells to fields.
func (s *schema[T]) header(t *Table, out *Records[T]) ([]int, bool) {
	type cand struct {
		line    int
		cols    []int
		cells   []string
		matched int
	}
	var best *cand
	for n := 0; n <= MaxTitleRows && t.Next(); n++ {
		c := cand{line: t.Line(), cols: make([]int, t.Len())}
		for i := range t.Len() {
			h := strings.ToLower(strings.TrimSpace(string(t.Cell(i))))
			c.cells = append(c.cells, h)
			f, ok := s.byName[h]
			switch {
			case h == "":
				c.cols[i] = -1
			case ok:
				c.cols[i] = f
				c.matched++
			default:
				c.cols[i] = -2
			}
		}
		if s.hasRequired(c.cols) {
			s.checkHeader(t, c.cols, c.cells, out)
			return c.cols, true
		}
		if best == nil || c.matched > best.matched {
			best = &c
		}
	}
	switch {
	case t.Err() != nil:
		out.problems = append(out.problems, policy.ProblemsOf(t.Err())...)
	case best == nil:
		out.add(policy.Problem{Err: fmt.Errorf("%w: the table is empty; want a header row naming the columns %s", ErrMissing, s.columns())})
	case best.matched == 0:
		out.add(policy.Problem{Line: 1, Err: fmt.Errorf("%w: no header row in the first %d rows; want one naming the columns %s", ErrColumn, MaxTitleRows+1, s.columns())})
	default:
		for i, f := range s.fields {
			if f.required && !containsInt(best.cols, i) {
				out.add(policy.Problem{Path: f.name, Line: best.line, Err: fmt.Errorf("%w: required column %s is missing; the columns are %s", ErrColumn, f.name, s.columns())})
			}
		}
	}
	return nil, false
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func (s *schema[T]) hasRequired(cols []int) bool {
	for i, f := range s.fields {
		if f.required && !containsInt(cols, i) {
			return false
		}
	}
	return true
}

// checkHeader reports unknown and repeated columns of the header row t is
// on.
func (s *schema[T]) checkHeader(t *Table, cols []int, cells []string, out *Records[T]) {
	for i, f := range cols {
		line, col := t.Pos(i)
		switch {
		case f == -2:
			out.add(policy.Problem{Path: cells[i], Line: line, Column: col, Err: fmt.Errorf("%w: unknown column; the columns are %s", ErrColumn, s.columns())})
			cols[i] = -1
		case f >= 0 && containsInt(cols[:i], f):
			out.add(policy.Problem{Path: cells[i], Line: line, Column: col, Err: fmt.Errorf("%w: column %s given twice", ErrColumn, s.fields[f].name)})
			cols[i] = -1
		}
	}
}

// readTable reads the records of t.
func readTable[T any](t *Table, s *schema[T]) *Records[T] {
	out := &Records[T]{}
	cols, ok := s.header(t, out)
	if !ok {
		return out
	}
	if n := t.rowsLeft(); n > 0 {
		out.Items = make([]T, 0, n)
		out.rows = make([]int32, 0, n)
		out.lines = make([]int32, 0, n)
	}
	for row := 0; t.Next(); row++ {
		var rec T
		good := true
		for i, f := range cols {
			cell := trimSpace(t.Cell(i))
			if f < 0 {
				continue
			}
			fd := &s.fields[f]
			if len(cell) == 0 {
				if fd.required {
					line, col := t.Pos(i)
					out.add(policy.Problem{Path: itemPath(row, fd.name), Line: line, Column: col, Err: fmt.Errorf("%w: required value is empty", ErrMissing)})
					good = false
				}
				continue
			}
			if err := fd.set(&rec, cell, &out.notes); err != nil {
				line, col := t.Pos(i)
				out.add(policy.Problem{Path: itemPath(row, fd.name), Line: line, Column: col, Err: err})
				good = good && !fd.required
			}
		}
		for i := len(cols); i < t.Len(); i++ {
			if len(trimSpace(t.Cell(i))) > 0 {
				line, col := t.Pos(i)
				out.add(policy.Problem{Path: jsonwalk.Index("", row), Line: line, Column: col, Err: fmt.Errorf("%w: the header has %d columns", ErrRow, len(cols))})
				break
			}
		}
		if good {
			out.Items = append(out.Items, rec)
			out.rows = append(out.rows, int32(row))        //nolint:gosec // rows of a file held in memory
			out.lines = append(out.lines, int32(t.Line())) //nolint:gosec // as rows
		}
	}
	if t.Err() != nil {
		out.problems = append(out.problems, policy.ProblemsOf(t.Err())...)
	}
	out.Saw = append(out.Saw, t.Saw...)
	out.noted()
	return out
}

// notes are what a reader saw while reading values.
type notes struct {
	serialDates bool
	// enums caches the words each enumerated column has read, by slot:
	// a national roster says "social-worker" two million times
	enums [maxEnumSlots]map[string]uint8
}

const maxEnumSlots = 8

// maxCached bounds each enumeration's cache, against a file of a million
// different misspellings.
const maxCached = 64

// enumSet returns the setter of an enumerated column, read by parse and
// cached in slot.
func enumSet[T any, E ~uint8](slot int, get func(*T) *E, parse func(*E, []byte) error) func(*T, []byte, *notes) error {
	return func(t *T, b []byte, n *notes) error {
		m := n.enums[slot]
		if v, ok := m[string(b)]; ok {
			*get(t) = E(v)
			return nil
		}
		var e E
		if err := parse(&e, b); err != nil {
			return err
		}
		if m == nil {
			m = make(map[string]uint8)
			n.enums[slot] = m
		}
		if len(m) < maxCached {
			m[string(b)] = uint8(e)
		}
		*get(t) = e
		return nil
	}
}

func (r *Records[T]) noted() {
	if r.notes.serialDates {
		r.Saw = append(r.Saw, "Excel serial dates")
	}
}

// trimSpace drops spaces, tabs, carriage returns, no-break spaces and
// ideographic spaces (U+3000) around b, without copying.
func trimSpace(b []byte) []byte {
	for len(b) > 0 {
		switch {
		case b[0] == ' ' || b[0] == '\t' || b[0] == '\r':
			b = b[1:]
		case bytes.HasPrefix(b, ideographicSpace):
			b = b[len(ideographicSpace):]
		case bytes.HasPrefix(b, noBreakSpace):
			b = b[len(noBreakSpace):]
		default:
			return trimRight(b)
		}
	}
	return b
}

func trimRight(b []byte) []byte {
	for len(b) > 0 {
		switch c := b[len(b)-1]; {
		case c == ' ' || c == '\t' || c == '\r':
			b = b[:len(b)-1]
		case bytes.HasSuffix(b, ideographicSpace):
			b = b[:len(b)-len(ideographicSpace)]
		case bytes.HasSuffix(b, noBreakSpace):
			b = b[:len(b)-len(noBreakSpace)]
		default:
			return b
		}
	}
	return b
}

var (
	ideographicSpace = []byte("\u3000")
	noBreakSpace     = []byte("\u00a0")
)

// readJSON reads the records of a JSON array of objects.
func readJSON[T any](data []byte, s *schema[T]) *Records[T] {
	out := &Records[T]{}
	doc, err := jsonwalk.Parse(data)
	if err != nil {
		out.problems = policy.ProblemsOf(err)
		return out
	}
	w := jsonwalk.NewWalker(doc)
	keys := s.keys()
	for row, el := range w.Array(doc.Root, "") {
		path := jsonwalk.Index("", row)
		m := w.Object(el, path, keys...)
		if m == nil {
			continue
		}
		var rec T
		good := true
		for _, f := range s.fields {
			if !strings.HasPrefix(f.jsonKey(), "-") { // not a column only tables have
				good = readMember(doc, w, el, m, path, &f, &rec, &out.notes) && good
			}
		}
		if good {
			line, _ := doc.Position(el.Start)
			out.Items = append(out.Items, rec)
			out.rows = append(out.rows, int32(row))    //nolint:gosec // elements of a document held in memory
			out.lines = append(out.lines, int32(line)) //nolint:gosec // as rows
		}
	}
	out.problems = w.Problems()
	out.noted()
	return out
}

// readMember reads field f of the object el at path into rec, reporting
// whether the record can still be used.
func readMember[T any](doc *jsonwalk.Doc, w *jsonwalk.Walker, el *jsonwalk.Node, m map[string]*jsonwalk.Node, path string, f *field[T], rec *T, nt *notes) bool {
	key := f.jsonKey()
	at := jsonwalk.Key(path, key)
	n := m[key]
	if f.required {
		n = w.Require(el, m, path, key)
	}
	switch {
	case n == nil:
		return !f.required
	case n.Kind == jsonwalk.Null:
		if f.required {
			w.Report(n, at, fmt.Errorf("%w: required value is null", ErrMissing))
		}
		return !f.required
	case f.json != nil:
		return f.json(rec, w, n, at)
	}
	var text []byte
	switch n.Kind {
	case jsonwalk.String:
		text = trimSpace([]byte(n.Str))
	case jsonwalk.Number:
		text = doc.Raw(n)
	default:
		w.Report(n, at, fmt.Errorf("%w: %s, want a string or a number", jsonwalk.ErrType, n.Kind))
		return !f.required
	}
	if len(text) == 0 {
		if f.required {
			w.Report(n, at, fmt.Errorf("%w: required value is empty", ErrMissing))
		}
		return !f.required
	}
	if err := f.set(rec, text, nt); err != nil {
		w.Report(n, at, err)
		return !f.required
	}
	return true
}
