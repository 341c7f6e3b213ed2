package metrics_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/internal/codectest"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

func problemLines(err error) []string {
	var out []string
	for _, p := range policy.ProblemsOf(err) {
		out = append(out, p.Error())
	}
	return out
}

func presetTargets() [][]metrics.Target {
	return [][]metrics.Target{metrics.ChongqingTargets(), metrics.SuzhouTargets(), metrics.OrdosTargets(), metrics.GuangxiTargets()}
}

func TestTargetsRoundTrip(t *testing.T) {
	for _, ts := range presetTargets() {
		b, err := metrics.EncodeTargets(ts)
		require.NoError(t, err)
		back, err := metrics.DecodeTargets(b)
		require.NoError(t, err, "%s", b)
		require.Len(t, back, len(ts))
		for i := range ts {
			// Ratios are compared exactly, not by representation.
			assert.True(t, ts[i].Value.Equal(back[i].Value), ts[i].ID)
			back[i].Value = ts[i].Value
		}
		assert.Equal(t, ts, back)
		again, err := metrics.EncodeTargets(back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(again))
		direct, err := json.Marshal(ts)
		require.NoError(t, err)
		assert.JSONEq(t, string(direct), string(b))
	}
	b, err := metrics.EncodeTargets(nil)
	require.NoError(t, err)
	assert.Equal(t, "[]\n", string(b))
	_, err = metrics.EncodeTargets([]metrics.Target{{ID: "x"}})
	assert.ErrorIs(t, err, metrics.ErrTarget)
}

const targetSrc = `"source": {"title": "t", "issuer": "i", "status": "plan"}`

func TestDecodeTargetsProblems(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		want      []string
	}{{
		name: "a typo is not a target without a deadline",
		doc: `[{"id": "a", "indicator": "i", "comparator": "at-least", "kind": "count", "value": "5000",
  "deadlne": "2025-12-31", ` + targetSrc + `}]`,
		want: []string{
			`[0].deadlne (line 2, column 14): invalid target: unknown key; the keys are id, indicator, comparator, kind, value, deadline, source`,
		},
	}, {
		name: "a bad name in one target does not hide a bad number in another",
		doc: `[
  {"id": "a", "indicator": "i", "comparator": "at-leest", "kind": "count", "value": "5000", ` + targetSrc + `},
  {"id": "b", "indicator": "i", "comparator": "at-least", "kind": "count", "value": "2.5", ` + targetSrc + `},
  {"id": "b", "indicator": "", "comparator": "full-coverage", "kind": "ratio", "value": "90%", "deadline": "2025-02-30", ` + targetSrc + `}]`,
		want: []string{
			`[0].comparator (line 2, column 47): invalid target: unknown comparator "at-leest" (want one of at-least, at-most, exactly, full-coverage)`,
			`[1].value (line 3, column 85): invalid target "b": count 2.5 is not a whole number`,
			`[2].id (line 4, column 10): invalid target "b": id is used by another target`,
			`[2].indicator (line 4, column 28): invalid target "b": indicator is empty`,
			`[2].value (line 4, column 89): invalid target "b": full coverage needs kind ratio and value 1 (100%), not ratio 90/100`,
			`[2].deadline (line 4, column 108): invalid target: date "2025-02-30": invalid date: 2025-02 has no day 30`,
		},
	}, {
		name: "not a list",
		doc:  `{"id": "a"}`,
		want: []string{`(line 1, column 1): invalid target: wrong type: an object, want an array`},
	}, {
		name: "a syntax error",
		doc:  "[\n{\"id\": }]",
		want: []string{`(line 2, column 8): invalid target: invalid JSON: want a value, found '}'`},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			ts, err := metrics.DecodeTargets([]byte(tc.doc))
			assert.Nil(t, ts)
			var ps policy.Problems
			require.ErrorAs(t, err, &ps)
			assert.ErrorIs(t, err, metrics.ErrTarget)
			assert.Equal(t, tc.want, problemLines(err))
		})
	}
}

// FuzzDecodeTargets: no bytes make the decoder panic; every error is a
// list of placed problems; accepted targets encode, decode back and encode
// to the same bytes.
func FuzzDecodeTargets(f *testing.F) {
	for _, ts := range presetTargets() {
		b, err := metrics.EncodeTargets(ts)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`[{"id": "a", "indicator": "i", "comparator": "至少", "kind": "ratio", "value": "2.5‰", ` + targetSrc + `}]`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		codectest.RoundTrip(t, data, metrics.DecodeTargets, metrics.EncodeTargets)
	})
}

// FuzzTargetsTyped builds targets from typed values, so that most inputs
// are valid documents: the decoder accepts one exactly when
// ValidateTargets accepts the list, and gives it back.
func FuzzTargetsTyped(f *testing.F) {
	f.Add("a", "i", uint8(0), uint8(0), int64(5000), int32(0), uint16(700), "t")
	f.Add("", "", uint8(2), uint8(1), int64(-1), int32(2), uint16(0), "")
	f.Fuzz(func(t *testing.T, id, indicator string, comparator, kind uint8, num int64, exp int32, deadline uint16, title string) {
		tg := metrics.Target{ID: id, Indicator: indicator, Comparator: metrics.Comparator(comparator % 4),
			Kind: metrics.ValueKind(kind % 4), Value: metrics.Fraction(decimal.New(num, -(exp % 8))),
			Source: policy.Source{Title: title, Issuer: "i", Status: policy.StatusPlan}}
		if deadline > 0 {
			tg.Deadline = policy.MustDate(2020, 1, 1) + policy.Date(deadline)
		}
		ts := []metrics.Target{tg}
		valid := metrics.ValidateTargets(ts) == nil
		b, err := json.Marshal(ts)
		if err != nil {
			if valid {
				t.Fatalf("valid targets do not encode: %v", err)
			}
			return
		}
		back, err := metrics.DecodeTargets(b)
		if (err == nil) != valid {
			t.Fatalf("decode says %v, ValidateTargets says valid=%v:\n%s", err, valid, b)
		}
		codectest.RoundTrip(t, b, metrics.DecodeTargets, metrics.EncodeTargets)
		if err == nil && (!back[0].Value.Equal(tg.Value) || back[0].Deadline != tg.Deadline) {
			t.Fatalf("decoded %+v from %s", back[0], b)
		}
	})
}
