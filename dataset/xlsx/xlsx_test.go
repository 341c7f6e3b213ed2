package xlsx_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/shegong/shegong/dataset"
	"github.com/shegong/shegong/dataset/xlsx"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func network(t *testing.T) *hierarchy.Network {
	f, err := os.Open(filepath.Join("..", "..", "examples", "report", "testdata", "network.csv"))
	require.NoError(t, err)
	defer func() { _ = f.Close() }()
	net, err := dataset.Network(dataset.FromCSV(f, dataset.Detect))
	require.NoError(t, err)
	return net
}

// workbook builds a roster as bureaus export it: a merged title row, a
// two-level header with merged cells, a date cell, serial dates in plain
// number cells, a unit code stored as text and a totals row.
func workbook(t *testing.T, totalsLast bool) []byte {
	f := excelize.NewFile()
	defer func() { _ = f.Close() }()
	const sh = "花名册"
	require.NoError(t, f.SetSheetName("Sheet1", sh))
	set := func(axis string, v any) { require.NoError(t, f.SetCellValue(sh, axis, v)) }
	merge := func(a, b string) { require.NoError(t, f.MergeCell(sh, a, b)) }
	set("A1", "江城区社会工作者花名册（2024年）")
	merge("A1", "G1")
	for i, h := range []string{"编号", "姓名", "单位代码", "岗位", "入职日期"} {
		col := string(rune('A' + i))
		set(col+"2", h)
		merge(col+"2", col+"3")
	}
	set("F2", "取证日期")
	merge("F2", "G2")
	set("F3", "助理社工师")
	set("G3", "社工师")
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	require.NoError(t, err)
	rows := [][]any{
		{"A01", "李明", 990101, "社工", 43525, nil, nil},
		{"A02", "王芳", "990101001", "站长", 44013, 44367, nil},
	}
	for i, r := range rows {
		for j, v := range r {
			if v != nil {
				axis, _ := excelize.CoordinatesToCellName(j+1, i+4)
				set(axis, v)
			}
		}
	}
	require.NoError(t, f.SetCellStyle(sh, "E4", "E5", dateStyle))
	totals := "6"
	if !totalsLast {
		set("A7", "A03")
		set("C7", 990101)
		set("D7", "社工")
		set("E7", "2020-01-01")
	}
	set("A"+totals, "合计")
	set("B"+totals, 2)
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	return buf.Bytes()
}

func TestRosterWorkbook(t *testing.T) {
	net := network(t)
	tab, err := xlsx.Read(bytes.NewReader(workbook(t, true)), xlsx.Options{})
	require.NoError(t, err)
	recs := dataset.ReadRoster(dataset.FromTable(tab))
	require.NoError(t, recs.Err())
	require.Len(t, recs.Items, 2)
	w := recs.Items[0]
	assert.Equal(t, "A01", w.ID)
	assert.Equal(t, hierarchy.Code(990101000000), w.Unit)
	assert.Equal(t, staffing.SocialWorker, w.Role)
	assert.Equal(t, "2019-03-01", w.Joined.String())
	w = recs.Items[1]
	assert.Equal(t, staffing.StationHead, w.Role)
	assert.Equal(t, "2020-07-01", w.Joined.String())
	assert.Equal(t, "2021-06-20", w.Certified[staffing.Junior].String())
	assert.Equal(t, []int{4, 5}, []int{recs.Line(0), recs.Line(1)})
	assert.ElementsMatch(t, []string{xlsx.SawMergedCells, xlsx.SawTwoLevel, xlsx.SawNumbersAsText, xlsx.SawDateCells, xlsx.SawTotalsRow, "Excel serial dates"}, recs.Saw)
	r, err := dataset.BuildRoster(net, recs)
	require.NoError(t, err)
	assert.Equal(t, 2, r.Len())
}

func TestTotalsRowNotLastIsNamed(t *testing.T) {
	data := workbook(t, false)
	_, err := dataset.Roster(network(t), xlsx.Input(bytes.NewReader(data), xlsx.Options{Sheet: "花名册"}))
	// a totals row above data is not skipped: its problems name its row
	var got []string
	for _, p := range policy.ProblemsOf(err) {
		got = append(got, p.Path+"@"+string(rune('0'+p.Line)))
	}
	assert.Equal(t, []string{"[2].unit@6", "[2].role@6", "[2].joined@6"}, got)
}

func TestSheets(t *testing.T) {
	data := workbook(t, true)
	_, err := xlsx.Read(bytes.NewReader(data), xlsx.Options{Sheet: "Sheet9"})
	assert.ErrorIs(t, err, xlsx.ErrSheet)
	assert.Contains(t, err.Error(), "花名册")
	_, err = xlsx.Read(strings.NewReader("not a workbook"), xlsx.Options{})
	assert.ErrorIs(t, err, dataset.ErrFormat)
	recs := dataset.ReadRoster(xlsx.Input(strings.NewReader("x"), xlsx.Options{}))
	assert.ErrorIs(t, recs.Err(), dataset.ErrFormat)
	assert.Len(t, policy.ProblemsOf(recs.Err()), 1)
}
