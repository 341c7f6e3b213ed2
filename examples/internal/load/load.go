// Package load reads the networks, rosters and funding plans the example
// programs take from their users, in the CSV and JSON formats the README
// documents. Every problem is reported, all at once, with the file, the
// line and the field it concerns; no record is skipped.
package load

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A Problem is one thing wrong in a file.
type Problem struct {
	Line  int    // from 1; 0 when the problem concerns the whole file
	Field string // column or key, "" when the message names it
	Err   error
}

// A FileError lists every problem found in one file.
type FileError struct {
	File     string
	Problems []Problem
}

// ShowProblems is how many problems FileError.Error lists before counting
// the rest.
const ShowProblems = 50

func (e *FileError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i == ShowProblems {
			fmt.Fprintf(&b, "\n%s: and %d more problems", e.File, len(e.Problems)-i)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.File)
		if p.Line > 0 {
			b.WriteString(":" + strconv.Itoa(p.Line))
		}
		b.WriteString(": ")
		if p.Field != "" {
			b.WriteString(p.Field + ": ")
		}
		b.WriteString(p.Err.Error())
	}
	return b.String()
}

// Unwrap returns the problems' errors, so that errors.Is finds the
// library's sentinels through a FileError.
func (e *FileError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p.Err
	}
	return errs
}

// Options say how to report progress on long inputs.
type Options struct {
	Progress io.Writer // where progress lines go; nil for none
	Every    int       // records between progress lines; 0 means DefaultEvery
}

// DefaultEvery is the number of records between progress lines.
const DefaultEvery = 100_000

func (o Options) tick(file string, n int) {
	every := o.Every
	if every <= 0 {
		every = DefaultEvery
	}
	if o.Progress != nil && n%every == 0 {
		fmt.Fprintf(o.Progress, "%s: %d records read\n", file, n)
	}
}

// Format is a file's format, told by its extension.
type Format uint8

// The formats.
const (
	CSV Format = iota + 1
	JSON
)

// ErrFormat is wrapped by errors about a file whose extension is neither
// .csv nor .json.
var ErrFormat = errors.New("unknown file format")

// FormatOf returns the format of path from its extension.
func FormatOf(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return CSV, nil
	case ".json":
		return JSON, nil
	}
	return 0, fmt.Errorf("%w %q: want .csv or .json", ErrFormat, filepath.Ext(path))
}

// isCSV reports whether path names a CSV file.
func isCSV(path string) bool {
	f, _ := FormatOf(path)
	return f == CSV
}

// ErrMissing is wrapped by problems about a required value that is absent.
var ErrMissing = errors.New("missing")

// ErrColumn is wrapped by problems about a CSV header.
var ErrColumn = errors.New("bad column")

// ErrKey is wrapped by problems about a JSON key no field has.
var ErrKey = errors.New("unknown key")

// A field is one column of a CSV format and one key of the JSON format
// that goes with it.
type field[T any] struct {
	column, key string
	required    bool
	csv         func(t *T, value string) error
	json        func(t *T, raw []byte) error
}

// A schema is the fields of a record type.
type schema[T any] []field[T]

func (s schema[T]) columns() []string {
	var out []string
	for _, f := range s {
		if f.column != "" {
			out = append(out, f.column)
		}
	}
	return out
}

// records are the records read from a file with the line each starts on.
type records[T any] struct {
	items []T
	lines []int
}

// lineOf returns the line of record i.
func (r records[T]) lineOf(i int) int {
	if i >= 0 && i < len(r.lines) {
		return r.lines[i]
	}
	return 0
}

// read reads the records of path in its format.
func read[T any](path string, s schema[T], opts Options) (records[T], []Problem, error) {
	format, err := FormatOf(path)
	if err != nil {
		return records[T]{}, nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return records[T]{}, nil, err
	}
	defer f.Close()
	name := path
	if format == CSV {
		recs, problems := readCSV(name, f, s, opts)
		return recs, problems, nil
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return records[T]{}, nil, err
	}
	recs, problems := readJSON(name, data, s, opts)
	return recs, problems, nil
}

// readCSV reads records of s from r: a header naming the columns, in any
// order, then one record a row.
func readCSV[T any](name string, r io.Reader, s schema[T], opts Options) (records[T], []Problem) {
	var out records[T]
	var problems []Problem
	fail := func(line int, field string, err error) {
		problems = append(problems, Problem{Line: line, Field: field, Err: err})
	}
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3) // spreadsheets write a byte-order mark
	}
	cr := csv.NewReader(br)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			err = errors.New("empty file: want a header line " + strings.Join(s.columns(), ","))
		}
		fail(1, "", err)
		return out, problems
	}
	byColumn := make([]int, len(header)) // header position → schema field
	seen := make([]bool, len(s))
	for c, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		i := slices.IndexFunc(s, func(f field[T]) bool { return f.column != "" && f.column == h })
		switch {
		case i < 0:
			fail(1, h, fmt.Errorf("%w: unknown column; the columns are %s", ErrColumn, strings.Join(s.columns(), ", ")))
		case seen[i]:
			fail(1, h, fmt.Errorf("%w: repeated column", ErrColumn))
		default:
			seen[i] = true
		}
		byColumn[c] = i
	}
	for i, f := range s {
		if f.required && !seen[i] {
			fail(1, f.column, fmt.Errorf("%w: required column", ErrColumn))
		}
	}
	if len(problems) > 0 {
		return out, problems
	}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				fail(0, "", err)
				return out, problems
			}
			if !errors.Is(pe.Err, csv.ErrFieldCount) {
				fail(pe.Line, "", pe.Err) // a broken quote: the rows after it cannot be told apart
				return out, problems
			}
			fail(pe.StartLine, "", fmt.Errorf("%d fields, want %d as in the header", len(row), len(header)))
			continue
		}
		line, _ := cr.FieldPos(0)
		var rec T
		for c, value := range row {
			f := s[byColumn[c]]
			value = strings.TrimSpace(value)
			if value == "" {
				if f.required {
					l, _ := cr.FieldPos(c)
					fail(l, f.column, fmt.Errorf("%w: required value is empty", ErrMissing))
				}
				continue
			}
			if err := f.csv(&rec, value); err != nil {
				l, _ := cr.FieldPos(c)
				fail(l, f.column, err)
			}
		}
		out.items = append(out.items, rec)
		out.lines = append(out.lines, line)
		opts.tick(name, len(out.items))
	}
	return out, problems
}

// readJSON reads records of s from data: an array of objects keyed as the
// schema's JSON keys.
func readJSON[T any](name string, data []byte, s schema[T], opts Options) (records[T], []Problem) {
	var out records[T]
	var problems []Problem
	lines := newLineCounter(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	fail := func(line int, field string, err error) {
		problems = append(problems, Problem{Line: line, Field: field, Err: err})
	}
	syntax := func(err error) {
		// the decoder's offsets trail the fault: take the later one
		off := dec.InputOffset()
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = max(off, se.Offset)
		}
		fail(lines.at(int(off)), "", err)
	}
	if tok, err := dec.Token(); err != nil {
		syntax(err)
		return out, problems
	} else if tok != json.Delim('[') {
		fail(lines.at(0), "", fmt.Errorf("want an array of objects, found %v", tok))
		return out, problems
	}
	for dec.More() {
		line := lines.at(lines.next(int(dec.InputOffset())))
		fields, err := readObject(dec, lines)
		if err != nil {
			syntax(err)
			return out, problems
		}
		var rec T
		has := make([]bool, len(s))
		for _, kv := range fields {
			i := slices.IndexFunc(s, func(f field[T]) bool { return f.key != "" && f.key == kv.name })
			if i < 0 {
				fail(kv.line, kv.name, fmt.Errorf("%w; the keys are %s", ErrKey, strings.Join(s.keys(), ", ")))
				continue
			}
			if string(kv.value) == "null" {
				continue
			}
			has[i] = true
			if err := s[i].json(&rec, kv.value); err != nil {
				fail(kv.line, kv.name, err)
			}
		}
		for i, f := range s {
			if f.required && !has[i] {
				fail(line, f.key, fmt.Errorf("%w: required key", ErrMissing))
			}
		}
		out.items = append(out.items, rec)
		out.lines = append(out.lines, line)
		opts.tick(name, len(out.items))
	}
	if _, err := dec.Token(); err != nil {
		syntax(err)
		return out, problems
	}
	if _, err := dec.Token(); err != io.EOF {
		fail(lines.at(lines.next(int(dec.InputOffset()))), "", errors.New("text after the array"))
	}
	return out, problems
}

func (s schema[T]) keys() []string {
	var out []string
	for _, f := range s {
		if f.key != "" {
			out = append(out, f.key)
		}
	}
	return out
}

// A keyValue is one member of a JSON object with the line its value
// starts on.
type keyValue struct {
	name  string
	value json.RawMessage
	line  int
}

// readObject reads one JSON object from dec, member by member.
func readObject(dec *json.Decoder, lines *lineCounter) (kvs []keyValue, err error) {
	defer func() {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF // the object is cut short
		}
	}()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if tok != json.Delim('{') {
		return nil, fmt.Errorf("want an object, found %v", tok)
	}
	var out []keyValue
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string) // object keys are always strings
		kv := keyValue{name: key, line: lines.at(lines.next(int(dec.InputOffset())))}
		if err := dec.Decode(&kv.value); err != nil {
			return nil, err
		}
		out = append(out, kv)
	}
	_, err = dec.Token() // the closing brace
	return out, err
}

// A lineCounter turns byte offsets into line numbers, counting forward
// from the last offset asked for, so that reading a file is linear.
type lineCounter struct {
	data       []byte
	off, lines int
}

func newLineCounter(data []byte) *lineCounter { return &lineCounter{data: data, lines: 1} }

// next returns the offset of the first byte at or after off that is not
// white space, a comma or a colon: where the next value starts.
func (c *lineCounter) next(off int) int {
	for off < len(c.data) && strings.IndexByte(" \t\r\n,:", c.data[off]) >= 0 {
		off++
	}
	return off
}

// at returns the line of the byte at off.
func (c *lineCounter) at(off int) int {
	off = min(off, len(c.data))
	if off < c.off {
		c.off, c.lines = 0, 1
	}
	c.lines += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.lines
}

// text returns a JSON string or number as text, for values such as
// division codes that data sets write either way.
func text(raw []byte) (string, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return "", err
	}
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v), nil
	case json.Number:
		return v.String(), nil
	}
	return "", fmt.Errorf("want a string or a number, found %s", raw)
}

// textField returns the JSON reader of a field whose CSV reader takes its
// text.
func textField[T any](set func(*T, string) error) func(*T, []byte) error {
	return func(t *T, raw []byte) error {
		s, err := text(raw)
		if err != nil {
			return err
		}
		if s == "" {
			return nil
		}
		return set(t, s)
	}
}

// unmarshaler returns the CSV reader of a field of a type that reads its
// text.
func unmarshaler[T any, V any, P interface {
	*V
	UnmarshalText([]byte) error
}](get func(*T) *V) func(*T, string) error {
	return func(t *T, s string) error { return P(get(t)).UnmarshalText([]byte(s)) }
}

// integer returns the reader of a non-negative whole number.
func integer[T any](get func(*T) *int64) func(*T, string) error {
	return func(t *T, s string) error {
		n, err := strconv.ParseInt(strings.ReplaceAll(s, ",", ""), 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", s)
		}
		*get(t) = n
		return nil
	}
}
