// Package xlsx reads a worksheet of an Excel workbook (.xlsx) into a
// dataset.Table, so that every record reader of package dataset reads
// workbooks as it reads CSV files. It is a package of its own so that a
// program that reads no workbook never links the workbook library.
//
// What real workbooks hold, and what the reader does with it:
//   - Title rows above the header: dataset finds the header below them.
//   - Merged cells: a merged range's value fills every cell of the range.
//     A two-level header (a merged cell over sub-headers, the other
//     headers merged down over both rows) is read as one header row of
//     the sub-headers and the cells merged down.
//   - Numbers stored as numbers are read as Excel stores them (12345, not
//     "12,345"); numbers stored as text are read as their text.
//   - Date cells (a number with a date format) are read as YYYY-MM-DD;
//     plain numbers in a date column are read by dataset as Excel serial
//     dates.
//   - A totals row at the bottom (its first cell 合计, 总计, 小计, 合計,
//     總計 or "total") is skipped; a row like it anywhere else is data,
//     and its problems are reported.
//
// The table's Saw lists which of these the reader met.
package xlsx

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/shegong/shegong/dataset"
)

// Options choose the sheet to read.
type Options struct {
	// Sheet is the name of the sheet; "" for the first one.
	Sheet string
}

// ErrSheet is wrapped by the error about a sheet the workbook does not
// have.
var ErrSheet = errors.New("no such sheet")

// What a table's Saw may list.
const (
	SawTitleRows     = "title rows above the header"
	SawMergedCells   = "merged cells"
	SawNumbersAsText = "numbers stored as text"
	SawDateCells     = "date cells"
	SawTotalsRow     = "a totals row at the bottom, skipped"
	SawTwoLevel      = "a two-level header"
)

// ErrWorkbook is wrapped by the error about a workbook the workbook
// library failed on.
var ErrWorkbook = errors.New("unreadable workbook")

// Read reads a sheet of the workbook r gives into a table.
func Read(r io.Reader, opts Options) (t *dataset.Table, err error) {
	defer func() {
		// no bytes may crash the program: a fault of the workbook
		// library on a hostile file is that file's error
		if p := recover(); p != nil {
			t, err = nil, fmt.Errorf("%w: %v", ErrWorkbook, p)
		}
	}()
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: not an Excel workbook: %w", dataset.ErrFormat, err)
	}
	defer func() { _ = f.Close() }()
	sheets := f.GetSheetList()
	sheet := opts.Sheet
	switch {
	case len(sheets) == 0:
		return nil, fmt.Errorf("%w: the workbook has no sheets", ErrSheet)
	case sheet == "":
		sheet = sheets[0]
	case !contains(sheets, sheet):
		return nil, fmt.Errorf("%w %q; the sheets are %s", ErrSheet, sheet, strings.Join(sheets, ", "))
	}
	s := &reader{f: f, sheet: sheet, dates: map[int]bool{}}
	return s.read()
}

// Input reads a sheet as Read does, as a dataset.Input for the record
// readers; an error of the workbook becomes the input's problem.
func Input(r io.Reader, opts Options) dataset.Input {
	t, err := Read(r, opts)
	if err != nil {
		return dataset.FromError(err)
	}
	return dataset.FromTable(t)
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

type reader struct {
	f     *excelize.File
	sheet string
	dates map[int]bool // style → has a date format
	saw   []string
}

func (s *reader) note(what string) {
	if !contains(s.saw, what) {
		s.saw = append(s.saw, what)
	}
}

func (s *reader) read() (*dataset.Table, error) {
	shown, err := s.f.GetRows(s.sheet)
	if err != nil {
		return nil, err
	}
	raw, err := s.f.GetRows(s.sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	rows := make([][]string, len(raw))
	for i, r := range raw {
		rows[i] = make([]string, len(r))
		for j, v := range r {
			rows[i][j] = s.value(i, j, v, cellAt(shown, i, j))
		}
	}
	merged, err := s.f.GetMergeCells(s.sheet)
	if err != nil {
		return nil, err
	}
	skip := s.merge(rows, merged)
	out := make([]dataset.Row, 0, len(rows))
	for i, r := range rows {
		if !skip[i] {
			out = append(out, dataset.Row{Line: i + 1, Cells: r})
		}
	}
	out = s.totals(out)
	t := dataset.NewTable(out)
	t.Saw = s.saw
	return t, nil
}

func cellAt(rows [][]string, i, j int) string {
	if i < len(rows) && j < len(rows[i]) {
		return rows[i][j]
	}
	return ""
}

// value returns the text of the cell at row i, column j whose stored
// value is raw and shown value shown.
func (s *reader) value(i, j int, raw, shown string) string {
	if raw == "" || !isNumber(raw) {
		return raw
	}
	axis, err := excelize.CoordinatesToCellName(j+1, i+1)
	if err != nil {
		return raw
	}
	typ, err := s.f.GetCellType(s.sheet, axis)
	if err == nil && (typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString) {
		s.note(SawNumbersAsText)
		return raw
	}
	if shown != raw && s.isDate(axis) {
		serial, err := strconv.ParseFloat(raw, 64)
		if err == nil {
			if t, err := excelize.ExcelDateToTime(serial, false); err == nil {
				s.note(SawDateCells)
				return t.Format("2006-01-02")
			}
		}
	}
	return raw
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// isDate reports whether the cell's number format shows a date.
func (s *reader) isDate(axis string) bool {
	style, err := s.f.GetCellStyle(s.sheet, axis)
	if err != nil {
		return false
	}
	if d, ok := s.dates[style]; ok {
		return d
	}
	st, err := s.f.GetStyle(style)
	d := err == nil && (isDateFormat(st.NumFmt) || st.CustomNumFmt != nil && isCustomDate(*st.CustomNumFmt))
	s.dates[style] = d
	return d
}

// isDateFormat reports whether a built-in number format shows a date.
func isDateFormat(id int) bool {
	return id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58
}

// isCustomDate reports whether a format code shows a date: it has y or d
// outside quotes and brackets.
func isCustomDate(code string) bool {
	quoted, bracket := false, false
	for _, r := range strings.ToLower(code) {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == '[':
			bracket = true
		case r == ']':
			bracket = false
		case bracket:
		case r == 'y' || r == 'd' || r == '年' || r == '日':
			return true
		}
	}
	return false
}

// merge fills each merged range with its value, and finds a two-level
// header: it returns the rows to leave out.
func (s *reader) merge(rows [][]string, merged []excelize.MergeCell) []bool {
	skip := make([]bool, len(rows))
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r2 > len(rows) {
			continue
		}
		s.note(SawMergedCells)
		v := m.GetCellValue()
		for r := r1; r <= r2; r++ {
			for c := c1; c <= c2; c++ {
				rows[r-1] = setCell(rows[r-1], c-1, v)
			}
		}
		// a merged cell over sub-headers: the row below is the header,
		// and the row with the merged cell a title
		if r2 == r1 && c2 > c1 && r1 < len(rows) && subHeaders(rows[r1], c1-1, c2) {
			s.note(SawTwoLevel)
			skip[r1-1] = true
			for c, v := range rows[r1-1] {
				if c < c1-1 || c >= c2 {
					if strings.TrimSpace(cellAt(rows, r1, c)) == "" {
						rows[r1] = setCell(rows[r1], c, v)
					}
				}
			}
		}
	}
	return skip
}

// subHeaders reports whether row has text in every cell from column a to
// b (from 0, b excluded).
func subHeaders(row []string, a, b int) bool {
	for c := a; c < b; c++ {
		if c >= len(row) || strings.TrimSpace(row[c]) == "" {
			return false
		}
	}
	return true
}

func setCell(row []string, c int, v string) []string {
	for len(row) <= c {
		row = append(row, "")
	}
	row[c] = v
	return row
}

var totalWords = []string{"合计", "总计", "小计", "合計", "總計", "total", "totals", "sum"}

// totals drops a totals row at the bottom.
func (s *reader) totals(rows []dataset.Row) []dataset.Row {
	for i := len(rows) - 1; i >= 0; i-- {
		first := ""
		for _, c := range rows[i].Cells {
			if c = strings.TrimSpace(c); c != "" {
				first = c
				break
			}
		}
		if first == "" {
			continue // a blank row below the table
		}
		word := strings.ToLower(strings.Map(func(r rune) rune {
			if r == ' ' || r == '\u3000' || r == ':' || r == '：' || !utf8.ValidRune(r) {
				return -1
			}
			return r
		}, first))
		if contains(totalWords, word) {
			s.note(SawTotalsRow)
			return rows[:i]
		}
		return rows
	}
	return rows
}
