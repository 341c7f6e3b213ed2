package metrics

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{
		"6.3 万人", "1.2万人次", "3250 万元", "1 亿元", "5100余万元", "近300万余元",
		"超过 1 亿元", "80%以上", "2.5‰", "4350 个", "１２，０００人", "1,102个",
		"约", "11,02", "-0.5‱", "不少于5000人以上", "1.", ".5万", "1亿,AA", "2万.人",
	} {
		f.Add(s)
	}
	plain := NewFormatter(language.SimplifiedChinese)
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuantity(s)
		if err != nil {
			if !strings.Contains(err.Error(), "invalid quantity") {
				t.Fatalf("error %q does not say what is invalid", err)
			}
			return
		}
		// String is the canonical form: it must parse back to an equal value.
		back, err := ParseQuantity(q.String())
		if err != nil || !back.Equal(q) {
			t.Fatalf("%q → %+v → %q → %+v, %v", s, q, q.String(), back, err)
		}
		// The localised form without 万 scaling drops nothing either, once
		// its digit grouping is read back.
		loc, err := ParseQuantity(plain.Quantity(q))
		if err != nil || !loc.Equal(q) {
			t.Fatalf("%q → %q → %+v, %v", s, plain.Quantity(q), loc, err)
		}
	})
}

func FuzzParseRatio(f *testing.F) {
	for _, s := range []string{"39%", "2.5‰", "3‱", "4350/11154", "0.0025", "1/-2", "１/３"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRatio(s)
		if err != nil {
			return
		}
		if r.Den().Sign() <= 0 {
			t.Fatalf("%q: denominator %s not positive", s, r.Den())
		}
		back, err := ParseRatio(r.String())
		if err != nil || !back.Equal(r) {
			t.Fatalf("%q → %s → %s, %v", s, r, back, err)
		}
	})
}
