package funding_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
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

func TestProfileRoundTrip(t *testing.T) {
	for _, p := range funding.Presets() {
		b, err := funding.EncodeProfile(&p)
		require.NoError(t, err, p.Jurisdiction)
		back, err := funding.DecodeProfile(b)
		require.NoError(t, err, "%s", b)
		assertProfile(t, &p, back)
		again, err := funding.EncodeProfile(back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(again), p.Jurisdiction)
		direct, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, string(direct), string(b))
	}
	_, err := funding.EncodeProfile(&funding.Profile{})
	assert.Equal(t, []string{
		"jurisdiction: invalid funding profile: jurisdiction is empty",
		"mix.name: invalid funding mix: name is empty",
		"mix.items: invalid funding mix: no items",
	}, problemLines(err))
}

const profileSrc = `"source": {"title": "t", "issuer": "i", "status": "report"}`

func TestDecodeProfileProblems(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		want      []string
	}{{
		name: "a bad kind in one item does not hide a bad amount in another",
		doc: `{"jurisdiction": "x", "mix": {"name": "x", "year": 2024, "items": [
  {"kind": "welfare-lotery", "amount": {"value": "100", "unit": "元"}, ` + profileSrc + `},
  {"kind": "welfare-lottery", "amount": {"value": "0.001", "unit": "元"}, ` + profileSrc + `}]}}`,
		want: []string{
			`mix.items[0].kind (line 2, column 12): invalid funding profile: unknown funding kind "welfare-lotery" (want one of purchase-of-services, award-in-lieu, earmarked-share, welfare-lottery, pilot-subsidy, budgeted, donation, foundation, community-charity-fund, service-fees)`,
			`mix.items[1].amount (line 3, column 41): item 1 (welfare-lottery): invalid funding mix: amount: invalid amount: 0.001 yuan is not a whole number of fen`,
		},
	}, {
		name: "Go field names are unknown keys",
		doc:  `{"Jurisdiction": "x", "jurisdiction": "x", "mix": {"name": "x", "items": [{"kind": "welfare-lottery", ` + profileSrc + `}]}, "Earmarks": []}`,
		want: []string{
			`Jurisdiction (line 1, column 18): invalid funding profile: unknown key; the keys are jurisdiction, mix, earmarks, spending`,
			`Earmarks (line 1, column 179): invalid funding profile: unknown key; the keys are jurisdiction, mix, earmarks, spending`,
		},
	}, {
		name: "earmarks and spending",
		doc: `{"jurisdiction": "x", "mix": {"name": "x", "items": [{"kind": "welfare-lottery", ` + profileSrc + `}]},
 "earmarks": [{"fund": "f", "share": "120%", "purpose": "", ` + profileSrc + `}],
 "spending": [{"purpose": "training", "amount": {"value": "-1", "unit": "元"}, ` + profileSrc + `}, {"purpose": "p"}]}`,
		want: []string{
			`earmarks[0].share (line 2, column 38): invalid earmark: share 120/100 is not more than 0 and at most 1`,
			`earmarks[0].purpose (line 2, column 57): invalid earmark: purpose is empty`,
			`spending[0].amount (line 3, column 49): invalid funding profile: amount: invalid amount: -1 yuan is negative`,
			`spending[1].amount (line 3, column 141): invalid funding profile: missing`,
			`spending[1].source (line 3, column 141): invalid funding profile: missing`,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := funding.DecodeProfile([]byte(tc.doc))
			assert.Nil(t, p)
			var ps policy.Problems
			require.ErrorAs(t, err, &ps)
			assert.Equal(t, tc.want, problemLines(err))
		})
	}
}

// assertProfile checks that got is want, amounts and shares compared by
// value (1.50 and 1.5 are one amount).
func assertProfile(t *testing.T, want, got *funding.Profile) {
	t.Helper()
	assert.Equal(t, want.Jurisdiction, got.Jurisdiction)
	assert.Equal(t, want.Mix.Name(), got.Mix.Name())
	assert.Equal(t, want.Mix.Year(), got.Mix.Year())
	wi, gi := want.Mix.Items(), got.Mix.Items()
	require.Len(t, gi, len(wi))
	for i := range wi {
		if wi[i].Amount != nil {
			require.NotNil(t, gi[i].Amount)
			assert.True(t, wi[i].Amount.Value.Equal(gi[i].Amount.Value), "%s = %s", wi[i].Amount.Value, gi[i].Amount.Value)
			a := *gi[i].Amount
			a.Value = wi[i].Amount.Value
			gi[i].Amount = &a
		}
	}
	assert.Equal(t, wi, gi)
	require.Len(t, got.Earmarks, len(want.Earmarks))
	for i, e := range want.Earmarks {
		g := got.Earmarks[i]
		assert.True(t, e.Share.Equal(g.Share))
		g.Share = e.Share
		assert.Equal(t, e, g)
	}
	require.Len(t, got.Spending, len(want.Spending))
	for i, s := range want.Spending {
		g := got.Spending[i]
		assert.True(t, s.Amount.Value.Equal(g.Amount.Value))
		g.Amount.Value = s.Amount.Value
		assert.Equal(t, s, g)
	}
}

// FuzzDecodeProfile: no bytes make the decoder panic; every error is a
// list of placed problems; an accepted profile encodes, decodes back and
// encodes to the same bytes.
func FuzzDecodeProfile(f *testing.F) {
	for _, p := range funding.Presets() {
		b, err := funding.EncodeProfile(&p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"jurisdiction": "x", "mix": {"name": "x", "items": [{"kind": "福彩公益金", ` + profileSrc + `}]}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		codectest.RoundTrip(t, data, funding.DecodeProfile, funding.EncodeProfile)
	})
}

// FuzzProfileTyped builds profiles from typed values, so that most inputs
// are valid documents: the decoder accepts one exactly when Validate
// accepts the profile, and gives it back.
func FuzzProfileTyped(f *testing.F) {
	f.Add("x", "mix", 2024, uint8(3), int64(10000), int32(2), "元", "fund", int64(3), "training")
	f.Add("", "", -1, uint8(0), int64(-1), int32(3), "", "", int64(0), "")
	f.Fuzz(func(t *testing.T, jurisdiction, name string, year int, kind uint8, amount int64, places int32, unit, fund string, share int64, purpose string) {
		// JSON carries invalid UTF-8 as U+FFFD, a different string.
		jurisdiction, name, fund, purpose = strings.ToValidUTF8(jurisdiction, "?"), strings.ToValidUTF8(name, "?"),
			strings.ToValidUTF8(fund, "?"), strings.ToValidUTF8(purpose, "?")
		src := policy.Source{Title: "t", Issuer: "i", Status: policy.StatusReport}
		q := metrics.Quantity{Value: decimal.New(amount, -(places % 4)), Unit: unit}
		items := []funding.Item{{Kind: funding.Kind(kind % 12), Amount: &q, Source: src}}
		mix, err := funding.NewMix(name, year, items...)
		p := funding.Profile{Jurisdiction: jurisdiction, Mix: mix,
			Earmarks: []funding.Earmark{{Fund: fund, Share: metrics.Fraction(decimal.New(share, -2)), Purpose: purpose, Source: src}},
			Spending: []funding.Spending{{Purpose: purpose, Amount: q, Source: src}}}
		valid := p.Validate() == nil
		if valid && err != nil {
			t.Fatalf("valid profile with an invalid mix: %v", err)
		}
		// Write the mix as NewMix would have taken it, valid or not.
		doc := map[string]any{"jurisdiction": jurisdiction,
			"mix":      map[string]any{"name": name, "year": year, "items": items},
			"earmarks": p.Earmarks, "spending": p.Spending}
		b, merr := json.Marshal(doc)
		if merr != nil {
			return // a kind with no name does not encode
		}
		back, derr := funding.DecodeProfile(b)
		if derr == nil != (err == nil && valid) {
			t.Fatalf("decode says %v; NewMix says %v, Validate valid=%v:\n%s", derr, err, valid, b)
		}
		codectest.RoundTrip(t, b, funding.DecodeProfile, funding.EncodeProfile)
		if derr == nil && back.Jurisdiction != jurisdiction {
			t.Fatalf("decoded %+v from %s", back, b)
		}
	})
}
