package incentives_test

import (
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// Codes of the small network the tests use: a county with two towns, the
// first with two villages, the second with one urban community.
var (
	county = code("341821")
	town1  = code("341821100")
	town2  = code("341821101")
	vill1  = code("341821100200")
	vill2  = code("341821100201")
	comm1  = code("341821101001")
)

var code = hierarchy.MustParseCode

func network(t testing.TB) *hierarchy.Network {
	t.Helper()
	var recs []hierarchy.Record
	for _, c := range []hierarchy.Code{county, town1, town2, vill1, vill2, comm1} {
		recs = append(recs, hierarchy.Record{Code: c, Name: c.String()})
	}
	net, err := hierarchy.Build(recs)
	require.NoError(t, err)
	return net
}

func roster(t testing.TB, ws ...staffing.Worker) *staffing.Roster {
	t.Helper()
	r, err := staffing.NewRoster(network(t), ws)
	require.NoError(t, err)
	return r
}

func date(s string) policy.Date {
	d, err := policy.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// cadre returns a committee cadre of vill1 who joined on joined.
func cadre(id, joined string) staffing.Worker {
	return staffing.Worker{ID: id, Unit: vill1, Role: staffing.CommitteeCadre, Joined: date(joined)}
}

// certified returns w with level l obtained on d.
func certified(w staffing.Worker, l staffing.CertLevel, d string) staffing.Worker {
	w.Certified[l] = date(d)
	return w
}

// payroll computes s for the workers ws over p, failing the test on error.
func payroll(t testing.TB, s *incentives.Schedule, p policy.Period, ws ...staffing.Worker) *incentives.Payroll {
	t.Helper()
	pr, err := s.Payroll(roster(t, ws...), p)
	require.NoError(t, err)
	return pr
}

// items returns the line items of p.
func items(p *incentives.Payroll) []incentives.LineItem {
	var out []incentives.LineItem
	for li := range p.Items() {
		out = append(out, li)
	}
	return out
}

// fixed writes d with two places, for comparing money.
func fixed(d decimal.Decimal) string { return d.StringFixed(2) }

// levels are the certificate levels, lowest first.
var levels = []staffing.CertLevel{staffing.Junior, staffing.Intermediate, staffing.Senior}

// unitCodes returns the codes of net's units in code order: position i of
// a per-unit table in a test is the unit codes[i].
func unitCodes(net *hierarchy.Network) []hierarchy.Code {
	var out []hierarchy.Code
	for u := range net.Units() {
		out = append(out, u.Code())
	}
	return out
}

// position returns the position of c in codes.
func position(codes []hierarchy.Code, c hierarchy.Code) int {
	i, _ := slices.BinarySearch(codes, c)
	return i
}

// must returns d, panicking unless ok: for totals of codes known to be
// in the network.
