package jurisdiction_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/shegong/shegong/jurisdiction"
	"github.com/shegong/shegong/policy"
)

// Run the cases a built-in pack's documents publish.
func ExampleRunCases() {
	p, err := jurisdiction.Load("suzhou")
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Name(language.SimplifiedChinese))
	for _, r := range jurisdiction.RunCases(p) {
		fmt.Println(strings.TrimSpace(fmt.Sprint(r.Status, " ", r.Case.ID, " ", r.Got)))
	}
	// Output:
	// 苏州市
	// pass sz-stations-94 94%
	// pass sz-station-resident 3
	// not-reproducible sz-certified-share
	// not-reproducible sz-rooms-1102
}

// Every mistake in a pack is reported at once, with its path and position.
func ExampleDecode() {
	_, err := jurisdiction.Decode([]byte(`{"format": 1, "id": "My County",
 "names": {"en": "X", "zh_hans": "县", "zh_hant": "縣"}, "sources": [],
 "staffing": {"jurisdiction": "县"}, "budjet": "budgeted"}`))
	for _, p := range policy.ProblemsOf(err) {
		fmt.Println(p.Error())
	}
	// Output:
	// id (line 1, column 21): invalid pack: id "My County" is not lower-case words of letters and digits joined by '-'
	// budjet (line 3, column 47): unknown key; the keys are format, id, names, sources, scheme, staffing, incentives, funding, budget, services, targets, cases
}

// The built-in packs, by id.
func ExampleIDs() {
	fmt.Println(jurisdiction.IDs())
	// Output: [chongqing suzhou langxi ordos innermongolia guangxi wenzhou jiajiang]
}
