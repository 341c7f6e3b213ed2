package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/shegong/shegong/jurisdiction"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// runReport runs the command with args and returns its exit status,
// standard output and standard error.
func runReport(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

// golden compares got with the golden file name, or rewrites it with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got, "output differs from %s; rerun with -update if the change is meant", path)
}

// The README's command: the built-in municipality under Chongqing's
// policy. Its figures follow from the built-in counts: 12 of 38 counties
// and their 325 townships, 4,350 rooms of 11,154 communities (39%); the
// standard's 2 per county centre and subdistrict station, 1 per town
// station, 2 per urban and 1 per rural room make 38×2 + 234×2 + 795×1 +
// 3,200×2 + 7,954×1 = 15,693; seven awards of 300,000 yuan; 32.5 million of
// purchased services shared over the 325 stations.
func TestBuiltinText(t *testing.T) {
	code, out, errs := runReport(t)
	require.Equal(t, exitOK, code, errs)
	assert.Empty(t, errs)
	for _, want := range []string{
		"Social-work report: Chongqing\n",
		"county                 social-work guidance centre       12      38  31.58%",
		"township               social-work station              325   1,029  31.58%",
		"village and community  social-work room               4,350  11,154  39.00%",
		"Total                    15,693",
		"cq-rural-room           minimum per unit  7,954     7,954",
		"重庆市民政局《构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化》 2020-10-19，一、以服务体系为突破……三是立标准",
		"Total                               ¥0.00     ¥0.00  ¥2,100,000.00  ¥2,100,000.00",
		"32,500,000 yuan (government purchase of services) shared by population over 325 stations",
		"cq-rooms     村社社会工作室覆盖率        full coverage 100.00%  none        39.00%  not yet met  61.00%",
	} {
		assert.Contains(t, out, want)
	}
	golden(t, "builtin.txt", out)
}

func TestBuiltinFormats(t *testing.T) {
	code, md, _ := runReport(t, "-format", "markdown")
	require.Equal(t, exitOK, code)
	assert.Contains(t, md, "# Social-work report: Chongqing\n")
	assert.Contains(t, md, "| village and community | social-work room | 4,350 | 11,154 | 39.00% | — |\n")
	golden(t, "builtin.md", md)

	code, js, _ := runReport(t, "-format", "json")
	require.Equal(t, exitOK, code)
	var rep Report
	require.NoError(t, json.Unmarshal([]byte(js), &rep))
	assert.Equal(t, int64(4350), rep.Coverage.Tiers[2].Coverage.Covered)
	assert.Equal(t, int64(15693), rep.Staffing.Total.Required)
	assert.Equal(t, "2100000.00", rep.Payroll.Total.Total)
	assert.Equal(t, "32500000.00", rep.Funding.Allocation.Budget)
	assert.Len(t, rep.Funding.Allocation.Grants, 325)
	_, again, _ := runReport(t, "-format", "json")
	assert.Equal(t, js, again, "JSON output is deterministic")
	golden(t, "builtin.json", js)
}

func TestBuiltinLanguages(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"zh-Hans", []string{"社会工作报告：重庆市", "村级  社会工作室        4,350  11,154  39.00%", "合计  15,693", "32,500,000元（政府购买服务）按人口分配给325个社工站", "合计                0.00元    0.00元  2,100,000.00元  2,100,000.00元"}},
		{"zh-Hant", []string{"社會工作報告：重慶市", "村級  社會工作室        4,350  11,154  39.00%", "合計  15,693", "32,500,000元（政府購買服務）按人口分配給325個社工站"}},
	} {
		code, out, _ := runReport(t, "-lang", tc.lang)
		require.Equal(t, exitOK, code)
		for _, want := range tc.want {
			assert.Contains(t, out, want, tc.lang)
		}
	}
}

// Every jurisdiction's policy runs on the built-in data and shows what its
// documents set: Suzhou's three resident workers per township, Langxi's
// bonuses and stipends, Ordos's talent target (at least 2.5‰ of the
// built-in 31,779,639 people: 79,450), Inner Mongolia's station roles,
// Guangxi's 50,000 professionals.
func TestBuiltinPolicies(t *testing.T) {
	for _, tc := range []struct {
		policy string
		want   []string
	}{
		{"suzhou", []string{"sz-station-resident", "township     3,087      641      2,446        1,020", "sz-stations", "missed"}},
		{"langxi", []string{"lx-certificate-bonus", "lx-cadre-stipend", "¥2,875,000.00", "about 3,000,000 yuan (budgeted operating funds) shared by population over 325 stations"}},
		{"ordos", []string{"ordos-talent-2025", "at least 79,450", "No line of the mix has a figure to share over the stations."}},
		{"innermongolia", []string{"nm-station-roles  roles to fill  1,029     4,116", "required role unfilled: deputy station head"}},
		{"guangxi", []string{"gx-professionals-2025", "at least 50,000", "gx-volunteer-points", "no data", "The documents of Guangxi give no funding facts."}},
	} {
		code, out, errs := runReport(t, "-policy", tc.policy)
		require.Equal(t, exitOK, code, errs)
		for _, want := range tc.want {
			assert.Contains(t, out, want, tc.policy)
		}
	}
}

// The files in testdata, which the README shows, in both formats.
func TestFiles(t *testing.T) {
	code, csv, errs := runReport(t, "-network", "testdata/network.csv", "-roster", "testdata/roster.csv", "-funding", "testdata/funding.json", "-policy", "langxi")
	require.Equal(t, exitOK, code, errs)
	code, js, errs := runReport(t, "-network", "testdata/network.json", "-roster", "testdata/roster.json", "-funding", "testdata/funding.json", "-policy", "langxi")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, csv, strings.ReplaceAll(js, ".json", ".csv"), "the CSV and JSON files hold the same data")
	for _, want := range []string{
		// A04's intermediate (2,000), A09's intermediate (2,000), A10's
		// junior (1,000); A09's stipend at 100 then 300 a month from
		// April: 3×100 + 9×300 = 3,000; A10's junior from November: 2×100
		"Total                             ¥5,000.00  ¥3,200.00   ¥0.00  ¥8,200.00",
		"Workers past their certificate deadline: 1.", // A05, joined 2023-09-01
		// 600,000 over 9,300 and 6,300 residents
		"Least: 990101100 石门镇 (¥242,307.69); most: 990101001 东山街道 (¥357,692.31).",
		"Floor per station: ¥100,000.00.",
		// more than 80,000 over 750,000 = 0.1066…: more than 0.10, not 0.11
		"Leverage: more than 0.1 yuan",
	} {
		assert.Contains(t, csv, want)
	}
	golden(t, "files.txt", csv)

	// a network without a roster: every minimum is short
	code, out, _ := runReport(t, "-network", "testdata/network.csv")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "Roster: none.")
	assert.Contains(t, out, "Total                        15        0         15           10")
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "fr"},
		{"-format", "xml"},
		{"-policy", "beijing"},
		{"-date", "2024-02-30"},
		{"-nonsense"},
		{"extra"},
	} {
		code, out, errs := runReport(t, args...)
		assert.Equal(t, exitUsage, code, args)
		assert.Empty(t, out)
		assert.NotEmpty(t, errs)
	}
	code, _, errs := runReport(t, "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, errs, "-policy")
	_, _, errs = runReport(t, "-policy", "beijing")
	assert.Equal(t, "report: unknown -policy \"beijing\": want one of "+strings.Join(jurisdiction.IDs(), ", ")+", or a pack file (.json)\n", errs)
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
		return path
	}
	network := write("network.csv", "code,name,population\n990101,江城区,\n990101001,东山街道,many\n990101001001,东山社区,-3\n")
	code, out, errs := runReport(t, "-network", network)
	assert.Equal(t, exitInput, code)
	assert.Empty(t, out)
	// both bad populations at once, each with its line and column
	assert.Equal(t, "report: "+network+":3:16: [1].population: not a whole number: \"many\"\n"+
		network+":4:19: [2].population: not a whole number: \"-3\"\n", errs)

	network = write("network2.csv", "code,name,population\n990101,江城区,\n990101001001,东山社区,-3\n")
	_, _, errs = runReport(t, "-network", network)
	assert.Equal(t, "report: "+network+":3:19: [1].population: not a whole number: \"-3\"\n"+
		network+":3: [1].parent_code: record 1 (990101001001 东山社区): missing parent: 990101001 is not in the network\n", errs)

	roster := write("roster.json", "[\n{\"id\": \"X\", \"unit\": \"990101999\", \"role\": \"social-worker\", \"joined\": \"2024-01-01\"}\n]")
	code, _, errs = runReport(t, "-roster", roster)
	assert.Equal(t, exitInput, code)
	assert.Equal(t, "report: "+roster+":2: [0].unit: worker 0 X: unit not in the network: 990101999\n", errs)

	plan := write("funding.json", "{\"mix\": {\"name\": \"x\", \"items\": []},\n \"allocation\": {\"method\": \"equal\"}}")
	code, _, errs = runReport(t, "-funding", plan)
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errs, plan+":1:9: mix: invalid funding mix: no items\n")
	assert.Contains(t, errs, plan+":2:16: allocation: invalid allocation: give either a budget or the kind of the mix line it comes from\n")

	code, _, errs = runReport(t, "-network", filepath.Join(dir, "absent.csv"))
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errs, "no such file")
}

// Long inputs report progress on standard error.
func TestProgress(t *testing.T) {
	cfg, err := parseFlags([]string{"-network", "testdata/network.csv", "-roster", "testdata/roster.json", "-format", "json"}, &bytes.Buffer{})
	require.NoError(t, err)
	cfg.progress = 4
	var out, errs bytes.Buffer
	require.Equal(t, exitOK, report(cfg, &out, &errs))
	assert.Equal(t, ""+
		"testdata/network.csv: 10 records read\n"+
		"testdata/roster.json: 11 records read\n"+
		"report: computing over 10 units and 11 workers\n", errs.String())
	assert.Equal(t, defaultProgress, must(parseFlags(nil, &errs)).progress)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// The Chongqing list saved by Excel on Chinese Windows (GB18030) gives the
// same JSON report as the UTF-8 original.
func TestChongqingGB18030Report(t *testing.T) {
	utf, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "chongqing-2020-divisions.csv"))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skipf("no shared data: %v", err)
	}
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(utf)
	require.NoError(t, err)
	dir := t.TempDir()
	report := func(name string, data []byte, args ...string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, data, 0o600))
		code, out, errs := runReport(t, append([]string{"-network", path, "-format", "json"}, args...)...)
		require.Equal(t, exitOK, code, errs)
		return strings.ReplaceAll(out, path, "FILE")
	}
	want := report("utf8.csv", utf)
	assert.Equal(t, want, report("gb.csv", gbk))
	assert.Equal(t, want, report("gb-forced.csv", gbk, "-encoding", "gbk"))
	code, _, errs := runReport(t, "-network", filepath.Join(dir, "gb.csv"), "-encoding", "utf-8")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errs, "gb.csv:2:8: ")
	assert.Contains(t, errs, "is not UTF-8")
	assert.Contains(t, want, `"counties": 38`)
}

// A network workbook with a title row gives the report the CSV gives, and
// a population table sets the populations it names.
func TestWorkbookAndPopulation(t *testing.T) {
	csvData, err := os.ReadFile("testdata/network.csv")
	require.NoError(t, err)
	f := excelize.NewFile()
	require.NoError(t, f.SetCellValue("Sheet1", "A1", "江城区社会工作网络"))
	for i, line := range strings.Split(strings.TrimSpace(string(csvData)), "\n") {
		cells := strings.Split(line, ",")
		axis, err := excelize.CoordinatesToCellName(1, i+2)
		require.NoError(t, err)
		row := make([]any, len(cells))
		for j, c := range cells {
			row[j] = c
		}
		require.NoError(t, f.SetSheetRow("Sheet1", axis, &row))
	}
	dir := t.TempDir()
	book := filepath.Join(dir, "network.xlsx")
	require.NoError(t, f.SaveAs(book))
	_, want, _ := runReport(t, "-network", "testdata/network.csv", "-format", "json")
	code, got, errs := runReport(t, "-network", book, "-format", "json")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, want, strings.ReplaceAll(got, book, "testdata/network.csv"))

	pop := filepath.Join(dir, "pop.csv")
	require.NoError(t, os.WriteFile(pop, []byte("代码,人口\n990101001001,7000\n990199,5\n"), 0o600))
	code, _, errs = runReport(t, "-network", book, "-population", pop)
	assert.Equal(t, exitInput, code)
	assert.Equal(t, "report: "+pop+":3: [1].code: no division with this code: 990199\n", errs)
	require.NoError(t, os.WriteFile(pop, []byte("代码,人口\n990101001001,7000\n"), 0o600))
	code, got, errs = runReport(t, "-network", book, "-population", pop, "-format", "json")
	require.Equal(t, exitOK, code, errs)
	assert.NotEqual(t, want, strings.ReplaceAll(got, book, "testdata/network.csv"))
	code, _, _ = runReport(t, "-population", pop)
	assert.Equal(t, exitUsage, code)
	code, _, _ = runReport(t, "-encoding", "latin1")
	assert.Equal(t, exitUsage, code)
}
