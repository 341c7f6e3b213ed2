package load

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"
)

// checkLines fails if a problem points past the end of data.
func checkLines(t *testing.T, data []byte, problems []Problem) {
	last := bytes.Count(data, []byte{'\n'}) + 1
	for _, p := range problems {
		if p.Line < 0 || p.Line > last || p.Err == nil {
			t.Fatalf("problem %+v outside lines 0..%d", p, last)
		}
	}
}

// A network CSV either reads with a record for every row after the header,
// each on a later line than the one before, or reports problems within the
// file.
func FuzzNetworkCSV(f *testing.F) {
	for _, s := range []string{
		goodNetworkCSV,
		"code,name\n500101,万州区\n",
		"code,name,population\n500101,,-1\n5001,x,1\n",
		"code,name\n500101,\"万州\n",
		"code,name\n500101\n",
		"",
		"nom\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, problems := readCSV("f.csv", bytes.NewReader(data), networkSchema, Options{})
		checkLines(t, data, problems)
		if len(problems) > 0 {
			return
		}
		if len(recs.items) != len(recs.lines) {
			t.Fatalf("%d records on %d lines", len(recs.items), len(recs.lines))
		}
		for i := 1; i < len(recs.lines); i++ {
			if recs.lines[i] <= recs.lines[i-1] {
				t.Fatalf("record %d on line %d after line %d", i, recs.lines[i], recs.lines[i-1])
			}
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
		rows, err := r.ReadAll()
		if err == nil && len(rows) > 0 && len(rows)-1 != len(recs.items) {
			t.Fatalf("%d rows read as %d records", len(rows)-1, len(recs.items))
		}
	})
}

// A network JSON file either reads with a record for every element of its
// array, or reports problems within the file.
func FuzzNetworkJSON(f *testing.F) {
	for _, s := range []string{
		`[{"code": "500101", "name": "万州区"}, {"code": 500101001, "name": "街道", "population": 3}]`,
		`[{"code": "500101", "nam": "x"}]`,
		"[\n{\"code\": }\n]",
		`{}`,
		`[1]`,
		`[] []`,
		``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, problems := readJSON("f.json", data, networkSchema, Options{})
		checkLines(t, data, problems)
		if len(problems) > 0 {
			return
		}
		var all []json.RawMessage
		if err := json.Unmarshal(data, &all); err != nil {
			t.Fatalf("read without problems, but encoding/json says %v", err)
		}
		if len(all) != len(recs.items) {
			t.Fatalf("%d elements read as %d records", len(all), len(recs.items))
		}
		for i, r := range recs.items {
			if r.Code != 0 && !r.Code.Valid() || r.Parent != 0 && !r.Parent.Valid() {
				t.Fatalf("record %d has an invalid code: %+v", i, r)
			}
		}
	})
}

// A funding plan either reads with a valid mix and, if it has one, an
// allocation with a budget or a line, or reports problems within the file.
func FuzzFunding(f *testing.F) {
	for _, s := range []string{
		`{"mix": ` + goodMix + `, "allocation": {"from": "purchase-of-services", "method": "population", "floor": 1000}}`,
		`{"mix": ` + goodMix + `, "allocation": {"budget": "5000.00", "method": "equal"}}`,
		`{"mix": ` + goodMix + `}`,
		`{"mix": {"name": "", "items": []}}`,
		`{"mixes": []}`,
		`[]`,
		`{"mix": `,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		plan, problems := readPlan(data)
		checkLines(t, data, problems)
		if len(problems) > 0 {
			return
		}
		if plan.Mix.Name() == "" || len(plan.Mix.Items()) == 0 {
			t.Fatalf("read a plan without a valid mix: %+v", plan)
		}
		if a := plan.Allocation; a != nil && !a.Budget.Valid && !hasKind(plan.Mix, a.From) {
			t.Fatalf("allocation from %s, which the mix does not have", a.From)
		}
	})
}
