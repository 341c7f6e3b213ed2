package dataset

import (
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/shegong/shegong/policy"
)

// Format is a data file's format.
type Format uint8

// The formats the package reads itself; dataset/xlsx reads workbooks into
// a Table.
const (
	CSV Format = iota + 1
	JSON
	XLSX
)

// ErrFormat is wrapped by errors about a file whose format is unknown or
// does not suit the data set.
var ErrFormat = errors.New("unknown file format")

// FormatOf returns the format a file name's extension gives: .csv, .json
// or .xlsx, in any case.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(path.Ext(name)) {
	case ".csv":
		return CSV, nil
	case ".json":
		return JSON, nil
	case ".xlsx":
		return XLSX, nil
	}
	return 0, fmt.Errorf("%w %q: want .csv, .json or .xlsx", ErrFormat, path.Ext(name))
}

// An Input is a data file to read records from: a table (CSV, or a
// worksheet read by dataset/xlsx) or a JSON document. Make one with
// FromCSV, FromJSON or FromTable.
type Input struct {
	table *Table
	json  []byte
	err   error
}

// FromCSV returns the input of the CSV text r gives, in encoding enc
// (Detect to tell it from the bytes).
func FromCSV(r io.Reader, enc Encoding) Input {
	t, err := ReadCSV(r, enc)
	return Input{table: t, err: err}
}

// FromJSON returns the input of the JSON document r gives: UTF-8, with or
// without a byte-order mark.
func FromJSON(r io.Reader) Input {
	data, err := readAll(r) // never nil, so that Input{} stays "no input"
	return Input{json: data, err: err}
}

// FromError returns an input that could not be read: reading records
// from it gives err as their problem (a *policy.Problem keeps its
// position).
func FromError(err error) Input { return Input{err: err} }

// FromTable returns the input of a table, such as one dataset/xlsx read.
func FromTable(t *Table) Input { return Input{table: t} }

// read reads the records of in.
func read[T any](in Input, s *schema[T]) *Records[T] {
	switch {
	case in.err != nil:
		return &Records[T]{problems: policy.ProblemsOf(in.err)}
	case in.table != nil:
		return readTable(in.table, s)
	case in.json != nil:
		return readJSON(in.json, s)
	}
	return &Records[T]{problems: policy.Problems{{Err: fmt.Errorf("%w: no input", ErrFormat)}}}
}
