package dataset

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

type cell struct {
	text      string
	line, col int
}

func cellsOf(tab *Table) [][]cell {
	var out [][]cell
	for tab.Next() {
		var row []cell
		for i := range tab.Len() {
			l, c := tab.Pos(i)
			row = append(row, cell{string(tab.Cell(i)), l, c})
		}
		out = append(out, row)
	}
	return out
}

func TestCSVCells(t *testing.T) {
	tab, err := CSVBytes([]byte("a,名称\r\n\n\"x,\"\"y\"\"\",\"多\n行\"\r\n1,\n"), Detect)
	require.NoError(t, err)
	got := cellsOf(tab)
	require.NoError(t, tab.Err())
	assert.Equal(t, [][]cell{
		{{"a", 1, 1}, {"名称", 1, 3}},
		{{"x,\"y\"", 3, 1}, {"多\n行", 3, 11}},
		{{"1", 5, 1}, {"", 5, 3}},
	}, got)
	assert.Nil(t, tab.Cell(5))
}

func TestCSVSyntax(t *testing.T) {
	tests := []struct {
		in        string
		line, col int
	}{
		{"a,b\n1,\"open\n", 2, 3},
		{"a,b\n1,x\"y\n", 2, 4},
		{"a,b\n\"q\"z,1\n", 2, 4},
	}
	for _, tt := range tests {
		tab, err := CSVBytes([]byte(tt.in), UTF8)
		require.NoError(t, err)
		for tab.Next() {
		}
		var p *policy.Problem
		require.True(t, errors.As(tab.Err(), &p), tt.in)
		assert.ErrorIs(t, p, ErrSyntax)
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{p.Line, p.Column}, tt.in)
	}
}

func TestPosPastEnd(t *testing.T) {
	tab, err := CSVBytes([]byte("ab,cd\r\nx"), UTF8)
	require.NoError(t, err)
	require.True(t, tab.Next())
	l, c := tab.Pos(2)
	assert.Equal(t, [2]int{1, 6}, [2]int{l, c})
	require.True(t, tab.Next())
	l, c = tab.Pos(1)
	assert.Equal(t, [2]int{2, 2}, [2]int{l, c})
}

func TestNewTable(t *testing.T) {
	tab := NewTable([]Row{{Line: 1, Cells: []string{"a", "b"}}, {Line: 2, Cells: []string{" ", ""}}, {Line: 4, Cells: []string{"1"}}})
	got := cellsOf(tab)
	assert.Equal(t, [][]cell{{{"a", 1, 1}, {"b", 1, 2}}, {{"1", 4, 1}}}, got)
	assert.Equal(t, 4, tab.Line())
}

func TestReadCSVReader(t *testing.T) {
	tab, err := ReadCSV(strings.NewReader("a\n"), Detect)
	require.NoError(t, err)
	assert.Equal(t, UTF8, tab.Encoding)
	_, err = ReadCSV(strings.NewReader("a\xff\n"), UTF8)
	assert.ErrorIs(t, err, ErrEncoding)
	_, err = ReadCSV(errReader{}, UTF8)
	assert.ErrorIs(t, err, errRead)
}

var errRead = errors.New("read failed")

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errRead }
