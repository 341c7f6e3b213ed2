package staffing

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/codectest"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

func FuzzDecodeRuleSet(f *testing.F) {
	for _, rs := range Presets() {
		b, err := EncodeRuleSet(rs)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"jurisdiction":"x","minimums":[{"id":"a","units":{"kinds":["subdistrict"],"area":"urban"},"min":2,"counts":{"roles":["social-worker"]},"source":{"title":"t","issuer":"i","status":"plan"}}]}`))
	f.Add([]byte(`{"jurisdiction":"x","areas":[{"id":"a","indicator":"i","requirement":{"floor":5,"share":"2.5‰"},"deadline":"2025-12-31","source":{"title":"t","issuer":"i","status":"draft"}}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := DecodeRuleSet(data)
		if err != nil {
			codectest.Problems(t, err)
			return
		}
		if err := rs.Validate(); err != nil {
			t.Fatalf("decoded rule set does not validate: %v", err)
		}
		b, err := EncodeRuleSet(rs)
		if err != nil {
			t.Fatalf("accepted rule set does not encode: %v", err)
		}
		back, err := DecodeRuleSet(b)
		if err != nil {
			t.Fatalf("re-encoded rule set rejected: %v\n%s", err, b)
		}
		again, _ := EncodeRuleSet(back)
		if string(again) != string(b) {
			t.Fatalf("round trip changed the rule set:\n%s\n%s", b, again)
		}
	})
}

// FuzzRuleSetTyped fuzzes rule sets built from typed values and encoded to
// JSON, so that most inputs are valid documents and the property checks
// run on them: DecodeRuleSet accepts exactly what Validate accepts, and a
// decoded rule set encodes back to the same bytes.
func FuzzRuleSetTyped(f *testing.F) {
	f.Add("m", uint8(3), uint8(8), 2, uint32(1<<1), true, 12, int64(5000), "2.5", 2025, "t")
	f.Add("", uint8(9), uint8(99), -1, uint32(1<<31), false, 1<<40, int64(-1), "x", 0, "")
	f.Add("a", uint8(5), uint8(14), 4294967298, uint32(0), false, 601, int64(0), "100", 10000, "t")
	f.Fuzz(func(t *testing.T, id string, level, kind uint8, least int, roles uint32, fullTime bool, months int,
		floor int64, share string, year int, title string) {
		src := policy.Source{Title: title, Issuer: "i", Status: policy.StatusPlan}
		sel := hierarchy.Selector{Level: hierarchy.Level(level), Kinds: []hierarchy.UnitKind{hierarchy.UnitKind(kind)}}
		rs := RuleSet{Jurisdiction: "x",
			Minimums:     []Minimum{{ID: id, Units: sel, Min: least, Counts: Counts{Roles: RoleSet(roles), FullTime: fullTime}, Source: src}},
			Roles:        []RoleRule{{ID: id + "r", Units: sel, Quotas: []RoleQuota{{Roles: RoleSet(roles), Min: least}}, Source: src}},
			Certificates: []CertificateRule{{ID: id + "c", Roles: RoleSet(roles), Months: months, Source: src}},
		}
		if r, err := metrics.ParseRatio(share + "‰"); err == nil {
			d, _ := policy.NewDate(year, 12, 31)
			rs.Areas = []AreaRule{{ID: id + "a", Indicator: "talent", Requirement: metrics.Requirement{Floor: floor, Share: r},
				Deadline: d, Source: src}}
		}
		valid := rs.Validate() == nil
		if !utf8.ValidString(id) {
			if valid {
				t.Fatalf("an id of invalid UTF-8 passes: %q", id)
			}
			return // JSON carries it as U+FFFD, which is valid
		}
		canon, err := EncodeRuleSet(&rs)
		if (err == nil) != valid {
			t.Fatalf("encode says %v, Validate says valid=%v", err, valid)
		}
		b, err := json.Marshal(&rs)
		if err != nil {
			if valid {
				t.Fatalf("valid rule set does not encode: %v", err)
			}
			return // an unnamed enum value does not encode
		}
		back, err := DecodeRuleSet(b)
		if (err == nil) != valid {
			t.Fatalf("decode says %v, Validate says valid=%v:\n%s", err, valid, b)
		}
		if err != nil {
			codectest.Problems(t, err)
			return
		}
		again, err := EncodeRuleSet(back)
		if err != nil || string(again) != string(canon) {
			// Only text outside the ids (a source's title) may lose
			// invalid UTF-8 to U+FFFD on the first trip; after that the
			// trip is exact.
			back2, err2 := DecodeRuleSet(again)
			third, err3 := EncodeRuleSet(back2)
			if err != nil || err2 != nil || err3 != nil || string(third) != string(again) {
				t.Fatalf("round trip changed the rule set:\n%s\n%s", b, again)
			}
		}
	})
}
