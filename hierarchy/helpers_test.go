package hierarchy_test

import (
	"iter"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
)

var mustCode = hierarchy.MustParseCode

// rec returns the record of a unit with code s named name.
func rec(s, name string) hierarchy.Record {
	return hierarchy.Record{Code: mustCode(s), Name: name}
}

func mustBuild(t testing.TB, records []hierarchy.Record) *hierarchy.Network {
	t.Helper()
	n, err := hierarchy.Build(records)
	require.NoError(t, err)
	return n
}

// codes returns the short codes of units.
func codes(units iter.Seq[hierarchy.Unit]) []string {
	var out []string
	for u := range units {
		out = append(out, u.Code().String())
	}
	return out
}

// unitAt returns the i-th unit of n in code order.
func unitAt(n *hierarchy.Network, i int) hierarchy.Unit { return slices.Collect(n.Units())[i] }
