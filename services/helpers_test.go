package services

import (
	"iter"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// code parses a code written in a test.
var code = hierarchy.MustParseCode

// unit is a test network row: code, name, and optionally a stated kind,
// a facility and an urban–rural code.
type unit struct {
	code, name string
	kind       hierarchy.UnitKind
	facility   hierarchy.Facility
	urbanRural hierarchy.UrbanRural
}

func network(t testing.TB, units ...unit) *hierarchy.Network {
	t.Helper()
	recs := make([]hierarchy.Record, len(units))
	for i, u := range units {
		recs[i] = hierarchy.Record{Code: code(u.code), Name: u.name, Kind: u.kind, Facility: u.facility, UrbanRural: u.urbanRural}
	}
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	return net
}

// lookup returns the code of a unit of net.
func lookup(t testing.TB, net *hierarchy.Network, c string) hierarchy.Code {
	t.Helper()
	_, ok := net.Lookup(code(c))
	require.True(t, ok, c)
	return code(c)
}

// must returns v, panicking on an error: the test fails either way.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func period(t testing.TB, s string) policy.Period {
	t.Helper()
	p, err := policy.ParsePeriod(s)
	require.NoError(t, err)
	return p
}

func day(y int, m time.Month, d int) policy.Date { return policy.MustDate(y, m, d) }

// problems returns the problems of a *DataError.
func problems(t testing.TB, err error) []Problem {
	t.Helper()
	require.Error(t, err)
	var de *DataError
	require.ErrorAs(t, err, &de)
	return de.Problems
}

// collect returns the values of seq.
func collect[T any](seq iter.Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}
