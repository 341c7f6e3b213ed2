package xlsx_test

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/shegong/shegong/dataset"
	"github.com/shegong/shegong/dataset/xlsx"
)

// A population sheet with a title row and a totals row, read by the
// same reader as CSV.
func ExampleInput() {
	f := excelize.NewFile()
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"2020年人口普查"})
	_ = f.SetSheetRow("Sheet1", "A2", &[]any{"代码", "名称", "人口"})
	_ = f.SetSheetRow("Sheet1", "A3", &[]any{"500101", "万州区", 1656300})
	_ = f.SetSheetRow("Sheet1", "A4", &[]any{"500102", "涪陵区", 1115000})
	_ = f.SetSheetRow("Sheet1", "A5", &[]any{"合计", "", 2771300})
	var buf bytes.Buffer
	_, _ = f.WriteTo(&buf)
	pop := dataset.ReadPopulation(xlsx.Input(&buf, xlsx.Options{}))
	for i, p := range pop.Items {
		fmt.Println(pop.Line(i), p.Code, p.Population)
	}
	fmt.Println(pop.Saw)
	// Output:
	// 3 500101 1656300
	// 4 500102 1115000
	// [numbers stored as text a totals row at the bottom, skipped]
}
