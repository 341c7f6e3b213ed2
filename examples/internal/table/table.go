// Package table writes the example programs' tables as aligned plain text,
// counting Chinese characters as two columns the way terminals draw them,
// or as Markdown.
package table

import (
	"io"
	"strings"

	"golang.org/x/text/width"
)

// Align says how a column's cells are padded.
type Align uint8

// The alignments. Left is the zero value; numbers read better Right.
const (
	Left Align = iota
	Right
)

// A Table is a header and rows of cells, all rows as long as the header.
type Table struct {
	Header []string
	Align  []Align // per column; missing entries are Left
	Rows   [][]string
}

// New returns a table with the given header.
func New(header ...string) *Table { return &Table{Header: header} }

// Right aligns columns cols to the right.
func (t *Table) Right(cols ...int) *Table {
	for _, c := range cols {
		for len(t.Align) <= c {
			t.Align = append(t.Align, Left)
		}
		t.Align[c] = Right
	}
	return t
}

// Add appends a row.
func (t *Table) Add(cells ...string) { t.Rows = append(t.Rows, cells) }

func (t *Table) align(c int) Align {
	if c < len(t.Align) {
		return t.Align[c]
	}
	return Left
}

// Width returns the number of terminal columns s takes: two for wide and
// full-width characters (汉字, full-width digits and punctuation), one
// for the others.
func Width(s string) int {
	n := 0
	for len(s) > 0 {
		p, size := width.LookupString(s)
		switch p.Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
		s = s[size:]
	}
	return n
}

// Text writes t as columns separated by two spaces, the header underlined
// with dashes, with no trailing spaces.
func (t *Table) Text(w io.Writer) error {
	widths := make([]int, len(t.Header))
	for _, row := range append([][]string{t.Header}, t.Rows...) {
		for c, cell := range row {
			if c < len(widths) {
				widths[c] = max(widths[c], Width(cell))
			}
		}
	}
	var b strings.Builder
	line := func(row []string) {
		var l strings.Builder
		for c, cell := range row {
			if c >= len(widths) {
				break
			}
			if c > 0 {
				l.WriteString("  ")
			}
			pad := strings.Repeat(" ", widths[c]-Width(cell))
			if t.align(c) == Right {
				l.WriteString(pad + cell)
			} else {
				l.WriteString(cell + pad)
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteByte('\n')
	}
	line(t.Header)
	rule := make([]string, len(widths))
	for c, n := range widths {
		rule[c] = strings.Repeat("-", n)
	}
	line(rule)
	for _, row := range t.Rows {
		line(row)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Markdown writes t as a Markdown pipe table, escaping pipes in cells.
func (t *Table) Markdown(w io.Writer) error {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for c := range t.Header {
			cell := ""
			if c < len(cells) {
				cell = strings.ReplaceAll(cells[c], "|", `\|`)
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteByte('\n')
	}
	row(t.Header)
	b.WriteString("|")
	for c := range t.Header {
		if t.align(c) == Right {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	b.WriteByte('\n')
	for _, r := range t.Rows {
		row(r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
