package funding_test

import (
	"encoding/binary"
	"encoding/json"
	"errors"
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
// mix, whose shares add up to 100%.
func FuzzMixJSON(f *testing.F) {
	for _, p := range funding.Presets() {
		b, err := json.Marshal(p.Mix)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"name":"某","items":[{"kind":"donation","amount":{"value":"1e9","unit":"元","qualifier":"about"},"source":{"title":"t","issuer":"i","status":"report"}}]}`))
	f.Add([]byte(`{"name":"某","year":2024,"items":[{"kind":"donation","includes":["foundation"],"amount":{"value":"0.01","unit":"元"},"source":{"title":"t","issuer":"i","status":"report"}},{"kind":"service-fees","amount":{"value":"3","unit":"元","qualifier":"fewer-than"},"source":{"title":"t","issuer":"i","status":"report"}}]}`))
	f.Add([]byte(`{"name":"某","items":[{"kind":"donation","amount":{"value":"1e-9999","unit":"元"}}]}`))
	f.Add([]byte(`{"name":"","items":null}`))
	f.Add([]byte(`nonsense`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var m funding.Mix
		if err := json.Unmarshal(data, &m); err != nil {
			if !errors.Is(err, funding.ErrMix) {
				var se *json.SyntaxError
				require.ErrorAs(t, err, &se, "a failure is ErrMix or a syntax error: %v", err)
			}
			return
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
			return
		}
		sum := decimal.Zero
		for _, s := range shares {
			sum = sum.Add(s.Percent)
		}
		require.Equal(t, "100", sum.String())
	})
}
