package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"

	"github.com/shegong/shegong/policy"
)

// A Table is rows of text cells read from a CSV file or a worksheet, each
// cell knowing its line and column in the file. The record readers take a
// Table whatever it was read from. A Table is read once, row by row; it is
// not safe for concurrent use.
type Table struct {
	// CSV text, scanned in place
	data     []byte
	off      int // next byte to scan
	line     int // line of the next row
	rowStart int
	rowLine  int
	cells    [][]byte
	starts   []int // byte offset of each cell of the row
	err      error

	// rows given by another reader
	rows []Row
	next int

	// Encoding is the encoding the CSV text was in; Detect for a table
	// that was not text.
	Encoding Encoding
	// Saw lists what a reader noticed and accepted while making the
	// table, such as "numbers stored as text" or "Excel serial dates".
	Saw []string
}

// A Row is one row of a table read by another reader (a worksheet): its
// line (row number) and its cells, the first in column 1.
type Row struct {
	Line  int
	Cells []string
}

// ReadCSV reads a CSV table from r in the encoding enc (Detect to tell it
// from the bytes). Fields are separated by commas and may be quoted as RFC
// 4180 says; lines end in LF or CRLF. A fault of the encoding is a
// *policy.Problem naming the line and column.
func ReadCSV(r io.Reader, enc Encoding) (*Table, error) {
	data, err := readAll(r)
	if err != nil {
		return nil, err
	}
	return CSVBytes(data, enc)
}

// readAll is io.ReadAll reading into one buffer of the right size when r
// tells its length (a bytes.Reader, a strings.Reader) or its size (a
// file), rather than growing one, which for a 134 MB roster allocates
// twice that.
func readAll(r io.Reader) ([]byte, error) {
	size := 0
	switch v := r.(type) {
	case interface{ Len() int }:
		size = v.Len()
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() < 1<<40 {
			size = int(fi.Size())
		}
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// CSVBytes is ReadCSV of data already in memory; the table keeps data
// (or its decoded copy), which the caller must not change.
func CSVBytes(data []byte, enc Encoding) (*Table, error) {
	text, enc, err := Decode(data, enc)
	if err != nil {
		return nil, err
	}
	return &Table{data: text, line: 1, Encoding: enc}, nil
}

// NewTable returns a table of rows read by another reader, such as
// dataset/xlsx. Rows with no text are skipped as blank lines of a CSV
// file are.
func NewTable(rows []Row) *Table { return &Table{rows: rows} }

// ErrSyntax is wrapped by the problem reported for CSV text that cannot
// be split into cells, such as a quote that is never closed.
var ErrSyntax = errors.New("invalid CSV")

// Next moves to the next row that is not blank and reports whether there
// is one. It returns false at the end of the table or on a fault of the
// CSV syntax, which Err then returns.
func (t *Table) Next() bool {
	if t.data == nil {
		return t.nextRow()
	}
	for t.err == nil && t.off < len(t.data) {
		if t.scanRow() && !t.blank() {
			return true
		}
	}
	return false
}

func (t *Table) nextRow() bool {
	for t.next < len(t.rows) {
		r := t.rows[t.next]
		t.next++
		t.cells = t.cells[:0]
		for _, c := range r.Cells {
			t.cells = append(t.cells, []byte(c))
		}
		t.rowLine = r.Line
		if !t.blank() {
			return true
		}
	}
	return false
}

func (t *Table) blank() bool {
	for _, c := range t.cells {
		if len(bytes.TrimSpace(c)) > 0 {
			return false
		}
	}
	return true
}

// Err returns the fault that stopped the table, or nil.
func (t *Table) Err() error { return t.err }

// Len returns the number of cells of the row.
func (t *Table) Len() int { return len(t.cells) }

// Cell returns the text of cell i of the row, or nil past its end. The
// bytes are valid until the next call of Next.
func (t *Table) Cell(i int) []byte {
	if i < 0 || i >= len(t.cells) {
		return nil
	}
	return t.cells[i]
}

// Line returns the line of the row (its first line, for a quoted cell
// spanning lines).
func (t *Table) Line() int { return t.rowLine }

// Pos returns the line and column (in characters, from 1) of cell i of
// the row; past the row's end it is the column after its last cell.
func (t *Table) Pos(i int) (line, column int) {
	if t.data == nil {
		return t.rowLine, i + 1
	}
	off := t.off
	if i >= 0 && i < len(t.starts) {
		off = t.starts[i]
	} else if off > 0 && t.data[off-1] == '\n' {
		off-- // the end of the row's last line
		if off > 0 && t.data[off-1] == '\r' {
			off--
		}
	}
	head := t.data[t.rowStart:off]
	line = t.rowLine + bytes.Count(head, []byte{'\n'})
	start := bytes.LastIndexByte(t.data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(t.data[start:off])
}

// scanRow splits the next line (or lines, for quoted cells) into cells.
func (t *Table) scanRow() bool {
	t.cells, t.starts = t.cells[:0], t.starts[:0]
	t.rowStart, t.rowLine = t.off, t.line
	data := t.data
	i := t.off
	for {
		t.starts = append(t.starts, i)
		if i < len(data) && data[i] == '"' {
			cell, end, ok := t.quoted(i)
			if !ok {
				return false
			}
			t.cells = append(t.cells, cell)
			i = end
		} else {
			j := i
			for j < len(data) && data[j] != ',' && data[j] != '\n' {
				j++
			}
			cell := data[i:j]
			if j < len(data) && data[j] == '\n' || j == len(data) {
				cell = bytes.TrimSuffix(cell, []byte{'\r'})
			}
			if k := bytes.IndexByte(cell, '"'); k >= 0 {
				t.off = i + k
				t.fail("a quote inside an unquoted cell; quote the whole cell and double the quote")
				return false
			}
			t.cells = append(t.cells, cell)
			i = j
		}
		switch {
		case i >= len(data):
			t.off = i
			return true
		case data[i] == ',':
			i++
		case data[i] == '\n':
			t.off = i + 1
			t.line++
			return true
		}
	}
}

// quoted reads the quoted cell starting at i, returning its text, the
// offset after it and whether it is well formed.
func (t *Table) quoted(i int) ([]byte, int, bool) {
	data := t.data
	var out []byte // only for a cell with a doubled quote
	j := i + 1
	first := true
	for {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			t.off = i
			t.fail("a quote that is never closed")
			return nil, 0, false
		}
		seg := data[j : j+k]
		t.line += bytes.Count(seg, []byte{'\n'})
		j += k + 1
		if j < len(data) && data[j] == '"' {
			out = append(out, data[j-k-1:j]...) // the segment and one quote
			j++
			first = false
			continue
		}
		if first {
			out = seg
		} else {
			out = append(out, seg...)
		}
		break
	}
	if j < len(data) && data[j] == '\r' && j+1 < len(data) && data[j+1] == '\n' {
		j++
	}
	if j < len(data) && data[j] != ',' && data[j] != '\n' {
		t.off = j
		t.fail("text after a quoted cell's closing quote")
		return nil, 0, false
	}
	return out, j, true
}

func (t *Table) fail(reason string) {
	line := 1 + bytes.Count(t.data[:t.off], []byte{'\n'})
	start := bytes.LastIndexByte(t.data[:t.off], '\n') + 1
	t.err = &policy.Problem{Line: line, Column: 1 + utf8.RuneCount(t.data[start:t.off]), Err: fmt.Errorf("%w: %s", ErrSyntax, reason)}
}

// rowsLeft estimates the rows after the current one, to size the records:
// the lines left of a CSV file.
func (t *Table) rowsLeft() int {
	if t.data == nil {
		return len(t.rows) - t.next
	}
	return bytes.Count(t.data[t.off:], []byte{'\n'}) + 1
}
