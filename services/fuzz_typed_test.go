package services

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/codectest"
	"github.com/shegong/shegong/policy"
)

// The typed fuzz targets build their JSON from values the fuzzer picks,
// so that most inputs are well-formed documents and the properties are
// checked on data sets that are built, not only on syntax errors. Each
// compares the decoder's verdict with an oracle written from the rules.

// fuzzCodes are the units the typed targets pick from: Wenzhou's (and
// Ordos's, for resources), one code not in the network, and none.
func fuzzCode(codes []string, i uint8) string {
	all := append(slices.Clone(codes), "330399001", "")
	return all[int(i)%len(all)]
}

// fuzzPeriod returns a bounded period of 1 to 62 days in 2023–2024.
func fuzzPeriod(start uint16, span uint8) policy.Period {
	from := policy.MustDate(2023, time.January, 1) + policy.Date(int(start)%730)
	return policy.Period{From: from, Until: from + policy.Date(int(span)%62)}
}

func inCount(n int64) bool { return n >= 0 && n <= MaxCount }

func FuzzDecodeOutputsTyped(f *testing.F) {
	net := wenzhouNet(f)
	codes := make([]string, 0, net.Len())
	for u := range net.Units() {
		codes = append(codes, u.Code().String())
	}
	f.Add(uint8(2), uint16(0), uint8(30), int64(5), int64(40), int64(3), int64(2), uint8(3), int32(2), uint8(4), int32(1), uint8(2), uint16(31), uint8(27), int64(4))
	f.Add(uint8(2), uint16(0), uint8(30), int64(5), int64(40), int64(3), int64(4), uint8(3), int32(2), uint8(4), int32(3), uint8(2), uint16(10), uint8(27), int64(-4))
	f.Add(uint8(0), uint16(5), uint8(0), MaxCount, int64(0), int64(0), int64(0), uint8(0), int32(0), uint8(0), int32(0), uint8(1), uint16(5), uint8(0), int64(1))
	f.Fuzz(func(t *testing.T, u1 uint8, start1 uint16, span1 uint8, cases, hours, identified, covered int64,
		field uint8, fieldN int32, group uint8, groupN int32, u2 uint8, start2 uint16, span2 uint8, cases2 int64) {
		c1, c2 := fuzzCode(codes, u1), fuzzCode(codes, u2)
		p1, p2 := fuzzPeriod(start1, span1), fuzzPeriod(start2, span2)
		fl, gr := Field(int(field)%int(numFields)), TargetGroup(int(group)%int(numTargetGroups))
		out1 := map[string]any{"cases": cases, "hours": hours, "needs_identified": identified, "needs_covered": covered,
			"projects_by_field": map[string]int32{fl.String(): fieldN}, "projects_by_group": map[string]int32{gr.String(): groupN}}
		doc := []map[string]any{
			{"unit": c1, "period": p1, "output": out1},
			{"unit": c2, "period": p2, "output": map[string]int64{"cases": cases2}},
		}
		data, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		known := func(c string) bool {
			code, err := hierarchy.ParseCode(c)
			_, ok := net.Lookup(code)
			return err == nil && ok
		}
		ok1 := known(c1) && inCount(cases) && inCount(hours) && inCount(identified) && inCount(covered) && covered <= identified &&
			fieldN >= 0 && groupN >= 0 && groupN <= fieldN
		ok2 := known(c2) && inCount(cases2)
		overlap := c1 == c2 && p1.Overlaps(p2)
		valid := ok1 && ok2 && !overlap && cases <= MaxCount-cases2

		d, err := DecodeOutputs(net, data)
		if (err == nil) != valid {
			t.Fatalf("decoded with error %v; the oracle says valid=%v\n%s", err, valid, data)
		}
		if err != nil {
			var de *DataError
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				t.Fatalf("not a *DataError: %v", err)
			}
			return
		}
		want := Output{Cases: cases + cases2, Hours: hours, NeedsIdentified: identified, NeedsCovered: covered}
		want.ProjectsByField[fl], want.ProjectsByGroup[gr] = fieldN, groupN
		if got := must(d.Sum(0, policy.Period{})); got != want {
			t.Fatalf("sum %+v, want %+v", got, want)
		}
		if got := must(d.Rollup(policy.Period{})).Total(); got != want {
			t.Fatalf("roll-up %+v, want %+v", got, want)
		}
		for i, r := range d.Records() {
			if r.Period != []policy.Period{p1, p2}[i] || r.Unit.String() != []string{c1, c2}[i] {
				t.Fatalf("record %d came back as %+v", i, r)
			}
		}
	})
}

func FuzzDecodeResourcesTyped(f *testing.F) {
	net := ordosNet(f)
	codes := make([]string, 0, net.Len())
	for u := range net.Units() {
		codes = append(codes, u.Code().String())
	}
	f.Add(uint8(3), uint16(0), uint8(0), uint8(2), int64(6), int64(1), uint8(0), int64(1), int64(12), int64(1), int64(250000), int64(30), uint8(3), uint16(1), uint8(0), int64(2))
	f.Add(uint8(3), uint16(0), uint8(5), uint8(2), int64(6), int64(-1), uint8(0), int64(0), int64(12), int64(0), int64(5), int64(30), uint8(3), uint16(1), uint8(0), MaxCount)
	f.Fuzz(func(t *testing.T, u1 uint8, start1 uint16, span1 uint8, cat uint8, filed, registered int64, list uint8, kept, entries,
		funds, fen, volunteers int64, u2 uint8, start2 uint16, span2 uint8, filed2 int64) {
		c1, c2 := fuzzCode(codes, u1), fuzzCode(codes, u2)
		p1, p2 := fuzzPeriod(start1, span1), fuzzPeriod(start2, span2)
		oc, lk := OrgCategory(int(cat)%int(numOrgCategories)), ListKind(int(list)%int(numLists))
		amount := decimal.New(fen, -2)
		res1 := map[string]any{
			"organisations": map[string]OrgCount{oc.String(): {Filed: filed, Registered: registered}},
			"lists":         map[string]ListTally{lk.String(): {Kept: kept, Entries: entries}},
			"charity_funds": funds, "charity_fund_amount": amount, "volunteers": volunteers,
		}
		doc := []map[string]any{
			{"unit": c1, "period": p1, "resources": res1},
			{"unit": c2, "period": p2, "resources": map[string]any{"organisations": map[string]OrgCount{oc.String(): {Filed: filed2}}}},
		}
		data, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		known := func(c string) bool {
			code, err := hierarchy.ParseCode(c)
			_, ok := net.Lookup(code)
			return err == nil && ok
		}
		ok1 := known(c1) && inCount(filed) && inCount(registered) && inCount(kept) && kept <= 1 && inCount(entries) &&
			(kept > 0 || entries == 0) && inCount(funds) && fen >= 0 && (funds > 0 || fen == 0) && inCount(volunteers)
		ok2 := known(c2) && inCount(filed2)
		overlap := c1 == c2 && p1.Overlaps(p2)
		valid := ok1 && ok2 && !overlap && filed <= MaxCount-filed2

		d, err := DecodeResources(net, data)
		if (err == nil) != valid {
			t.Fatalf("decoded with error %v; the oracle says valid=%v\n%s", err, valid, data)
		}
		if err != nil {
			var de *DataError
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				t.Fatalf("not a *DataError: %v", err)
			}
			return
		}
		var n int
		for i, r := range d.Records() {
			n++
			if i == 0 {
				if r.Resources.Organisations[oc] != (OrgCount{Filed: filed, Registered: registered}) || r.Resources.Lists[lk] != (ListTally{Kept: kept, Entries: entries}) ||
					!r.Resources.CharityFundAmount.Equal(amount) || r.Resources.Get(OrganisationsMeasure) != filed+registered {
					t.Fatalf("record 0 came back as %+v", r.Resources)
				}
			}
		}
		if n != 2 {
			t.Fatalf("%d records", n)
		}
	})
}

func FuzzDecodeRuleSetTyped(f *testing.F) {
	f.Add("ordos-x", "社区社会组织数量", uint8(5), uint8(0), int64(10), uint16(1095), "方案", "民政局", uint8(1), uint16(0))
	f.Add(" ", "", uint8(9), uint8(30), int64(0), uint16(0), "", "", uint8(9), uint16(3))
	f.Fuzz(func(t *testing.T, id, name string, level, measure uint8, minimum int64, deadline uint16, title, issuer string, status uint8, from uint16) {
		// JSON has no invalid UTF-8: encoding/json would replace it, and
		// FuzzDecodeRuleSet feeds raw bytes.
		id, name = strings.ToValidUTF8(id, "?"), strings.ToValidUTF8(name, "?")
		day := func(n uint16) policy.Date { return policy.MustDate(2020, time.January, 1) + policy.Date(int(n)%3650) }
		rule := map[string]any{
			"id": id, "name": name,
			"units":    map[string]any{"level": fmt.Sprint(hierarchy.Level(level % 7))},
			"measure":  ResourceMeasure(measure % 9).String(),
			"min":      minimum,
			"deadline": day(deadline),
			"source":   map[string]any{"title": title, "issuer": issuer, "status": fmt.Sprint(policy.Status(status % 5))},
		}
		if from != 0 {
			rule["period"] = policy.Since(day(from))
		}
		data, err := json.Marshal(map[string]any{"jurisdiction": "x", "rules": []any{rule}})
		if err != nil {
			t.Fatal(err)
		}
		rs, err := DecodeRuleSet(data)
		if err != nil {
			if !errors.Is(err, ErrRule) {
				t.Fatalf("error does not wrap ErrRule: %v", err)
			}
			codectest.Problems(t, err)
			return
		}
		r := rs.Rules[0]
		if r.ID != id || r.Name != name || r.Min != minimum || r.Min < 1 || !r.Measure.Valid() || r.Deadline != day(deadline) {
			t.Fatalf("accepted %+v from %s", r, data)
		}
		b, err := EncodeRuleSet(rs)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeRuleSet(b)
		if err != nil {
			t.Fatalf("re-encoded rule set rejected: %v\n%s", err, b)
		}
		if again, _ := EncodeRuleSet(back); string(again) != string(b) {
			t.Fatalf("round trip changed the rule set:\n%s\n%s", b, again)
		}
	})
}
