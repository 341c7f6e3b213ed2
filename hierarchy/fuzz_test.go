package hierarchy_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
)

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{
		"50", "5001", "500101", "500101001", "500101001001", "500101000000", "５００１０１", " 320505400 ",
		"", "5", "50010", "000000", "500001001", "500101700", "500101001650", "5001010010011", "50a101", "\u3000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := hierarchy.ParseCode(s)
		if err != nil {
			require.ErrorIs(t, err, hierarchy.ErrCode)
			require.Contains(t, err.Error(), fmt.Sprintf("%q", s), "errors quote the input")
			return
		}
		require.True(t, c.Valid())
		l := c.Level()
		require.True(t, l.Valid())
		for _, text := range []string{c.String(), c.Full()} {
			back, err := hierarchy.ParseCode(text)
			require.NoError(t, err, text)
			require.Equal(t, c, back, text)
		}
		require.Len(t, c.Full(), 12)
		require.Len(t, c.String(), map[hierarchy.Level]int{
			hierarchy.LevelProvince: 2, hierarchy.LevelCity: 4, hierarchy.LevelCounty: 6, hierarchy.LevelTownship: 9, hierarchy.LevelCommunity: 12,
		}[l])
		if p := c.Parent(); l > hierarchy.LevelProvince {
			require.Equal(t, l-1, p.Level())
			require.True(t, p.Contains(c))
			require.False(t, c.Contains(p))
		} else {
			require.Zero(t, p)
		}
		k, err := c.Class()
		if err != nil {
			require.ErrorIs(t, err, hierarchy.ErrClass)
			require.Contains(t, err.Error(), c.String())
		} else {
			require.Equal(t, l, k.Level())
		}
	})
}

// fuzzRecords decodes data into records over a small universe of codes,
// so that duplicates, parents, cycles and bad ranges all come up: each
// record takes 6 bytes, and 100 records are plenty for a universe of 288
// codes (longer inputs only slow the fuzzer down).
func fuzzRecords(data []byte) []hierarchy.Record {
	data = data[:min(len(data), 600)]
	var (
		counties  = [...]int{0, 1, 2, 52}
		townships = [...]int{0, 1, 100, 201, 400, 700}
		villages  = [...]int{0, 1, 200, 450, 550, 650}
		urban     = [...]hierarchy.UrbanRural{0, 0, hierarchy.UrbanMainArea, hierarchy.RuralVillage, 113}
		code      = func(b0, b1 byte) hierarchy.Code {
			c, err := hierarchy.NewCode(50, int(b0&1), counties[b0>>1%4], townships[b0>>3%6], villages[b1%6])
			if err != nil {
				return 0 // a zero part above a nonzero one: a record without a code
			}
			return c
		}
	)
	var out []hierarchy.Record
	for ; len(data) >= 6; data = data[6:] {
		r := hierarchy.Record{Code: code(data[0], data[1]), Name: "unit"}
		if data[1]&0x80 != 0 {
			r.Name = ""
		}
		switch data[2] % 8 {
		case 1:
			r.Parent = r.Code.Parent()
		case 2:
			r.Parent = code(data[2]>>3, data[3])
		case 3:
			r.Parent = r.Code
		}
		if data[3]&0x80 != 0 {
			r.Kind = hierarchy.UnitKind(data[3] % 20)
		}
		r.Population = int64(int8(data[4])) * 1000
		if data[4] == 0x7f {
			r.Population = math.MaxInt64
		}
		r.Facility = hierarchy.Facility(data[5] % 6)
		r.Essentials = hierarchy.Essentials(data[5] >> 6 * 0x1f)
		r.UrbanRural = urban[data[5]>>3%5]
		out = append(out, r)
	}
	return out
}

var sentinels = []error{
	hierarchy.ErrCode, hierarchy.ErrClass, hierarchy.ErrName, hierarchy.ErrKind, hierarchy.ErrDuplicate,
	hierarchy.ErrMissingParent, hierarchy.ErrInconsistent, hierarchy.ErrCycle, hierarchy.ErrPopulation,
	hierarchy.ErrFacility, hierarchy.ErrUrbanRural,
}

func FuzzBuild(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{2, 0, 0, 0, 5, 0, 2 | 8, 0, 1, 0, 5, 3, 2 | 8, 1, 1, 0, 5, 4})           // county, township, community
	f.Add([]byte{2, 0, 0, 0, 5, 0, 2, 0, 0, 0, 5, 0})                                     // duplicate
	f.Add([]byte{2 | 16, 0, 2 | 16<<3, 0, 1, 0, 2 | 24, 0, 2 | 16<<3, 0, 1, 0})           // stated parents elsewhere
	f.Add([]byte{2 | 8, 0, 3, 0x85, 0xff, 0x43, 2 | 8*5, 3, 0, 0, 0x7f, 0x1c})            // kinds, ranges, overflow
	f.Add([]byte{1, 0, 0, 0, 0, 1, 3, 0, 1, 0x82, 0, 2, 5, 0, 1, 0x83, 0, 0x9a, 0, 0, 0}) // city, counties, bad kinds
	f.Fuzz(func(t *testing.T, data []byte) {
		recs := fuzzRecords(data)
		n, err := hierarchy.Build(recs)
		if err != nil {
			checkProblems(t, err, recs)
			return
		}
		checkInvariants(t, n, recs)
	})
}

// checkProblems checks that a rejection names records and reasons. It
// avoids testify in loops: the fuzzer runs it thousands of times a second.
func checkProblems(t *testing.T, err error, recs []hierarchy.Record) {
	var verr *hierarchy.ValidationError
	if !errors.As(err, &verr) || len(verr.Problems) == 0 {
		t.Fatalf("error without problems: %v", err)
	}
	for _, p := range verr.Problems {
		if p.Index < 0 || p.Index >= len(recs) || recs[p.Index].Code != p.Code || recs[p.Index].Name != p.Name {
			t.Fatalf("problem does not name its record: %v", &p)
		}
		known := false
		for _, s := range sentinels {
			known = known || errors.Is(p.Err, s)
		}
		if !known {
			t.Fatalf("problem wraps no sentinel: %v", &p)
		}
	}
}

// checkInvariants checks what every accepted network guarantees.
func checkInvariants(t *testing.T, n *hierarchy.Network, recs []hierarchy.Record) {
	if n.Len() != len(recs) {
		t.Fatalf("%d units from %d records", n.Len(), len(recs))
	}
	ones, err := hierarchy.Sum(n, func(hierarchy.Unit) int64 { return 1 })
	if err != nil || ones.Total() != int64(n.Len()) {
		t.Fatalf("sum of ones: %v", err)
	}
	r := n.Rollup()
	if r.Total().Len() != int64(n.Len()) {
		t.Fatalf("roll-up counts %d units of %d", r.Total().Len(), n.Len())
	}
	units := slices.Collect(n.Units())
	var people int64
	children := 0
	for i, u := range units {
		found, ok := n.Lookup(u.Code())
		size := 0
		for range n.Subtree(u.Code()) {
			size++
		}
		one, _ := ones.Of(u.Code())
		tot, _ := r.Of(u.Code())
		switch {
		case !ok || found != u:
			t.Fatalf("unit %d (%s) not found by code", i, u.Code())
		case recs[u.Record()].Code != u.Code():
			t.Fatalf("unit %s from record %d of code %s", u.Code(), u.Record(), recs[u.Record()].Code)
		case u.Code().Level() != u.Level() || !u.Kind().Valid():
			t.Fatalf("unit %s of kind %s", u.Code(), u.Kind())
		case i > 0 && units[i-1].Code() >= u.Code():
			t.Fatalf("unit %s after %s", u.Code(), units[i-1].Code())
		case one != int64(size) || tot.Len() != one:
			t.Fatalf("subtree of %s: %d units, %d by Sum, %d by Rollup", u.Code(), size, one, tot.Len())
		case u.Leaf() != (size == 1):
			t.Fatalf("unit %s: leaf %v, subtree of %d", u.Code(), u.Leaf(), size)
		}
		if pc := u.Parent(); pc != 0 {
			p, ok := n.Lookup(pc)
			if !ok || p.Code() >= u.Code() || !p.Code().Contains(u.Code()) || p.Level() >= u.Level() {
				t.Fatalf("unit %s under %s", u.Code(), pc)
			}
		} else {
			if u.Level() != n.Top() {
				t.Fatalf("root %s below the top level %s", u.Code(), n.Top())
			}
			people += tot.Population()
		}
		for range n.Children(u.Code()) {
			children++
		}
	}
	roots := 0
	for range n.Roots() {
		roots++
	}
	if roots+children != n.Len() || people != r.Total().Population() || people < 0 {
		t.Fatalf("%d roots and %d children of %d units; population %d of %d", roots, children, n.Len(), people, r.Total().Population())
	}
}
