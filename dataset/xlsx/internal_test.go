package xlsx

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

func TestDateFormats(t *testing.T) {
	for code, want := range map[string]bool{
		"yyyy-mm-dd": true, `yyyy"年"m"月"d"日"`: true, "[$-804]yyyy年m月": true, "0.00": false,
		`"day"0`: false, "[Red]0": false, "#,##0": false, "mmm": false,
	} {
		assert.Equal(t, want, isCustomDate(code), code)
	}
	for id, want := range map[int]bool{14: true, 17: true, 22: true, 27: true, 36: true, 50: true, 58: true, 13: false, 18: false, 37: false, 59: false} {
		assert.Equal(t, want, isDateFormat(id), id)
	}
}

func TestCustomDateCellsAndBlankRows(t *testing.T) {
	f := excelize.NewFile()
	code := "yyyy年m月d日"
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	require.NoError(t, err)
	require.NoError(t, f.SetSheetRow("Sheet1", "A1", &[]any{"code", "since"}))
	require.NoError(t, f.SetSheetRow("Sheet1", "A2", &[]any{500101, 43831}))
	require.NoError(t, f.SetCellStyle("Sheet1", "B2", "B2", style))
	require.NoError(t, f.SetSheetRow("Sheet1", "A3", &[]any{500102, 1.5}))
	require.NoError(t, f.SetSheetRow("Sheet1", "A5", &[]any{"Total:", 2}))
	require.NoError(t, f.SetSheetRow("Sheet1", "A7", &[]any{" "}))
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	tab, err := Read(&buf, Options{Sheet: "Sheet1"})
	require.NoError(t, err)
	var rows []string
	for tab.Next() {
		for i := range tab.Len() {
			rows = append(rows, string(tab.Cell(i)))
		}
	}
	assert.Equal(t, []string{"code", "since", "500101", "2020-01-01", "500102", "1.5"}, rows)
	assert.Equal(t, []string{SawDateCells, SawTotalsRow}, tab.Saw)
	assert.Equal(t, "", cellAt(nil, 3, 3))
}

func TestEmptyAndPanickyInput(t *testing.T) {
	f := excelize.NewFile()
	var buf bytes.Buffer
	_, err := f.WriteTo(&buf)
	require.NoError(t, err)
	tab, err := Read(&buf, Options{})
	require.NoError(t, err)
	assert.False(t, tab.Next())
	_, err = Read(panicReader{}, Options{})
	assert.ErrorIs(t, err, ErrWorkbook)
}

type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic("boom") }
