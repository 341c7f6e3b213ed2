package dataset_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/shegong/shegong/dataset"
	"github.com/shegong/shegong/policy"
)

// A division list saved by Excel on Chinese Windows, with a title row and
// Chinese headers, read and built into a network.
func Example() {
	text := "重庆市区划（2020年）,,\n代码,名称,上级代码\n500101,万州区,\n500101001,高笋塘街道,500101\n"
	gbk, _ := simplifiedchinese.GB18030.NewEncoder().String(text)
	net, err := dataset.Network(dataset.FromCSV(strings.NewReader(gbk), dataset.Detect))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(net.Len(), "units")
	// Output: 2 units
}

// Every problem of a file at once, each with its record, column and
// position.
func ExampleBuildNetwork() {
	text := "code,name,population,facility\n500101,万州区,many,\n500101001,高笋塘街道,,tower\n500102001,孤儿街道,,\n"
	_, err := dataset.BuildNetwork(dataset.ReadNetwork(dataset.FromCSV(strings.NewReader(text), dataset.Detect)))
	for _, p := range policy.ProblemsOf(err) {
		fmt.Printf("line %d: %s\n", p.Line, p.Path)
	}
	// Output:
	// line 2: [0].population
	// line 3: [1].facility
	// line 4: [2].parent_code
}

// A population table joined onto a division list, with a code that
// matches nothing.
func ExampleJoinPopulation() {
	net := dataset.ReadNetwork(dataset.FromCSV(strings.NewReader("code,name\n500101,万州区\n"), dataset.Detect))
	pop := dataset.ReadPopulation(dataset.FromCSV(strings.NewReader("代码,人口\n500101,\"1,656,300\"\n500199,5\n"), dataset.Detect))
	err := dataset.JoinPopulation(net, pop)
	fmt.Println(net.Items[0].Population)
	fmt.Println(err)
	// Output:
	// 1656300
	// 1 problem; [1].code (line 3): no division with this code: 500199
}

// Roles and dates as people type them.
func ExampleReadRoster() {
	text := "编号,单位代码,岗位,入职日期\nA1,500101,社工,2020/1/5\nA2,500101,站长,2020年3月1日\n"
	recs := dataset.ReadRoster(dataset.FromCSV(strings.NewReader(text), dataset.Detect))
	for _, w := range recs.Items {
		fmt.Println(w.ID, w.Role, w.Joined)
	}
	// Output:
	// A1 social-worker 2020-01-05
	// A2 station-head 2020-03-01
}
