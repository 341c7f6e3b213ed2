package staffing

import (
	"encoding/json"
	"testing"
)

func FuzzDecodeRuleSet(f *testing.F) {
	for _, rs := range Presets() {
		b, err := json.Marshal(rs)
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
			return
		}
		if err := rs.Validate(); err != nil {
			t.Fatalf("decoded rule set does not validate: %v", err)
		}
		b, err := json.Marshal(rs)
		if err != nil {
			t.Fatalf("accepted rule set does not encode: %v", err)
		}
		back, err := DecodeRuleSet(b)
		if err != nil {
			t.Fatalf("re-encoded rule set rejected: %v\n%s", err, b)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(b) {
			t.Fatalf("round trip changed the rule set:\n%s\n%s", b, again)
		}
	})
}
