package xlsx_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/shegong/shegong/dataset/xlsx"
)

// FuzzRead gives any bytes to the reader: no panic.
func FuzzRead(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	book := excelize.NewFile()
	var buf bytes.Buffer
	if _, err := book.WriteTo(&buf); err == nil {
		f.Add(buf.Bytes())
	}
	f.Fuzz(func(_ *testing.T, data []byte) {
		_, _ = xlsx.Read(bytes.NewReader(data), xlsx.Options{})
	})
}

// notXML reports the characters XML 1.0 cannot hold, which a workbook
// cannot store (the writer replaces them).
func notXML(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xfffe || r == 0xffff
}

// FuzzCells writes fuzzed text into a workbook and reads it back: every
// cell with text is read as written.
func FuzzCells(f *testing.F) {
	f.Add("code", "500101", "万州区")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		for _, s := range []string{a, b, c} {
			if !utf8.ValidString(s) || len(s) > 1000 || s == "" || s == "合计" || strings.ContainsFunc(s, notXML) {
				return
			}
		}
		book := excelize.NewFile()
		for i, s := range []string{a, b, c} {
			axis, _ := excelize.CoordinatesToCellName(i+1, 1)
			if err := book.SetCellStr("Sheet1", axis, s); err != nil {
				return
			}
		}
		var buf bytes.Buffer
		if _, err := book.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		tab, err := xlsx.Read(&buf, xlsx.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !tab.Next() {
			return // only spaces
		}
		for i, s := range []string{a, b, c} {
			if got := string(tab.Cell(i)); got != s {
				t.Fatalf("cell %d: %q, want %q", i, got, s)
			}
		}
	})
}
