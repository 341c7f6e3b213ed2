package funding_test

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/metrics"
)

// fuzzClaimants reads 8 bytes a claimant: a code byte (so codes repeat), a
// 16-bit weight shifted left by the next byte (so products pass 64 bits and
// weights overflow), a 16-bit floor in fen (0: none) and a 16-bit cap in fen
// (0xffff: none).
func fuzzClaimants(data []byte) []funding.Claimant {
	var cs []funding.Claimant
	for ; len(data) >= 8; data = data[8:] {
		c := funding.Claimant{
			Code:   hierarchy.Code(500101001001 + int(data[0])),
			Weight: int64(uint64(binary.LittleEndian.Uint16(data[1:])) << (data[3] % 64)),
			Floor:  metrics.FromFen(int64(binary.LittleEndian.Uint16(data[4:]))),
		}
		if cp := binary.LittleEndian.Uint16(data[6:]); cp != 0xffff {
			c.Cap = decimal.NewNullDecimal(metrics.FromFen(int64(cp)))
		}
		cs = append(cs, c)
	}
	return cs
}

// FuzzAllocate checks that any input gives either an allocation that adds
// up to the budget, keeps every floor and cap and matches the exact
// reference, or an error from the documented list; never a panic.
func FuzzAllocate(f *testing.F) {
	f.Add(int64(100_000_000), uint8(0), []byte("\x01\x00\x00\x00\x00\x00\xff\xff\x02\x00\x00\x00\x00\x00\xff\xff\x03\x00\x00\x00\x00\x00\xff\xff"))
	f.Add(int64(90_000), uint8(2), []byte("\x01\x01\x00\x00\x98\x3a\xff\xff\x02\x02\x00\x00\x00\x00\xff\xff\x03\x06\x00\x00\x00\x00\x50\xc3"))
	f.Add(int64(1), uint8(1), []byte("\x01\x07\x00\x00\x00\x00\xff\xff\x02\x07\x00\x00\x00\x00\xff\xff\x03\x07\x00\x00\x00\x00\xff\xff"))
	f.Add(int64(1<<62), uint8(1), []byte("\x01\xff\xff\x2f\x00\x00\xff\xff\x02\xff\xff\x2e\x10\x00\xff\xff"))
	f.Add(int64(-5), uint8(7), []byte("\x01\x00\x00\x00\x10\x00\x05\x00\x01\xff\xff\x3f\x00\x00\xff\xff"))
	f.Add(int64(0), uint8(1), []byte{})
	f.Fuzz(func(t *testing.T, budget int64, method uint8, data []byte) {
		cs := fuzzClaimants(data)
		m := funding.Method(method % 4)
		a, err := funding.Allocate(metrics.FromFen(budget), m, cs)
		if err != nil {
			require.NotEmpty(t, err.Error())
			if !errors.Is(err, funding.ErrAllocation) && !errors.Is(err, funding.ErrInfeasible) {
				t.Fatalf("undocumented error: %v", err)
			}
			return
		}
		checkAllocation(t, budget, cs, a)
		if len(cs) > 64 {
			return // the reference's rational iteration is quadratic
		}
		var fen []int64
		for g := range a.All() {
			fen = append(fen, g.Fen)
		}
		require.Equal(t, reference(budget, m, cs), fen)
	})
}

// FuzzMixJSON checks that decoding never panics, that every failure is an
// ErrMix, and that a decoded mix encodes to JSON that decodes to the same
// mix, whose shares add up to 100%. Besides the raw bytes it builds a
// document from typed values (a name, a year, two items' kinds, labels,
// amounts in fen and qualifiers), encoded by encoding/json, so that most
// inputs are valid documents and the properties run on them; such a
// document must decode exactly when its values are valid.
func FuzzMixJSON(f *testing.F) {
	for _, p := range funding.Presets() {
		b, err := json.Marshal(p.Mix)
		require.NoError(f, err)
		f.Add(b, "", 0, uint8(0), "", int64(0), uint8(0), uint8(0), int64(-1), uint8(0))
	}
	f.Add([]byte(`{"name":"某","items":[{"kind":"donation","amount":{"value":"1e9","unit":"元","qualifier":"about"},"source":{"title":"t","issuer":"i","status":"report"}}]}`), "某", 2024, uint8(1), "购买服务", int64(4_700_000_000), uint8(2), uint8(0), int64(5_100_000_000), uint8(2))
	f.Add([]byte(`{"name":"某","year":2024,"items":[{"kind":"donation","includes":["foundation"],"amount":{"value":"0.01","unit":"元"},"source":{"title":"t","issuer":"i","status":"report"}},{"kind":"service-fees","amount":{"value":"3","unit":"元","qualifier":"fewer-than"},"source":{"title":"t","issuer":"i","status":"report"}}]}`), "x", 0, uint8(7), "", int64(-1), uint8(1), uint8(10), int64(1), uint8(4))
	f.Add([]byte(`{"name":"某","items":[{"kind":"donation","amount":{"value":"1e-9999","unit":"元"}}]}`), " ", 10000, uint8(0), "a", int64(1), uint8(9), uint8(7), int64(0), uint8(0))
	f.Add([]byte(`{"name":"","items":null}`), "某", 1, uint8(9), "a", int64(0), uint8(5), uint8(9), int64(0), uint8(5))
	f.Add([]byte(`nonsense`), "", 0, uint8(0), "", int64(0), uint8(0), uint8(0), int64(0), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, name string, year int, kind1 uint8, label string, fen1 int64, q1 uint8, kind2 uint8, fen2 int64, q2 uint8) {
		checkMixJSON(t, data)

		// The typed document: an amount of -1 fen means none stated.
		item := func(k uint8, label string, fen int64, q uint8) map[string]any {
			it := map[string]any{"kind": funding.Kind(k % 12).String(), "source": map[string]any{"title": "t", "issuer": "i", "status": "report"}}
			if label != "" {
				it["label"] = label
			}
			if fen != -1 {
				it["amount"] = map[string]any{"value": metrics.FromFen(fen).String(), "unit": funding.Yuan, "qualifier": metrics.Qualifier(q % 7).String()}
			}
			return it
		}
		doc := map[string]any{"name": name, "year": year, "items": []any{item(kind1, label, fen1, q1), item(kind2, "", fen2, q2)}}
		b, err := json.Marshal(doc)
		require.NoError(t, err)
		valid := strings.TrimSpace(name) != "" && year >= 0 && year <= 9999 &&
			funding.Kind(kind1%12).Valid() && funding.Kind(kind2%12).Valid() && fen1 >= -1 && fen2 >= -1 &&
			(fen1 == -1 || q1%7 < 6) && (fen2 == -1 || q2%7 < 6) && // a qualifier is written only with an amount
			(kind1%12 != kind2%12 || label != "")
		m := checkMixJSON(t, b)
		require.Equal(t, valid, m != nil, "%s", b)
	})
}

// checkMixJSON decodes data as a mix and checks the properties of
// FuzzMixJSON, returning the mix or nil.
func checkMixJSON(t *testing.T, data []byte) *funding.Mix {
	var m funding.Mix
	if err := json.Unmarshal(data, &m); err != nil {
		if !errors.Is(err, funding.ErrMix) {
			var se *json.SyntaxError
			require.ErrorAs(t, err, &se, "a failure is ErrMix or a syntax error: %v", err)
		}
		return nil
	}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	var back funding.Mix
	require.NoError(t, json.Unmarshal(b, &back), "%s", b)
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	require.Equal(t, string(b), string(b2))

	shares, err := funding.Shares(m.ByKind(), 2)
	if err != nil {
		require.ErrorIs(t, err, funding.ErrNoAmount)
		require.True(t, m.Total().Amount.Value.IsZero())
		return &m
	}
	sum := decimal.Zero
	for _, s := range shares {
		sum = sum.Add(s.Percent)
		require.True(t, s.Percent.Sign() >= 0 && s.Percent.LessThanOrEqual(decimal.NewFromInt(100)), "%s", s.Percent)
	}
	if !m.Total().Approximate() {
		// Hedged shares are each rounded to stay true (funding.Shares), so
		// only exact ones add up to 100.
		require.Equal(t, "100", sum.String())
	}
	return &m
}
