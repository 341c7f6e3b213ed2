package services

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// readAll reads every result of the immutable types once and returns what
// it saw, so that goroutines can compare their readings.
type reading struct {
	outputs   []OutputRecord
	resources []ResourceRecord
	sum       Output
	subtree   Output
	perWorker Rate
	all       map[hierarchy.Code]Output
	on        Resources
	tally     Tally
	findings  []Finding
	results   []Result
}

func read(t *testing.T, out *OutputData, totals *OutputTotals, res *ResourceData, rep *Report, roster *staffing.Roster) reading {
	var r reading
	for _, o := range out.Records() {
		r.outputs = append(r.outputs, o)
	}
	for _, o := range res.Records() {
		r.resources = append(r.resources, o)
	}
	r.sum = must(out.Sum(0, policy.MustYear(2023)))
	r.subtree = must(totals.Of(code("341821100")))
	r.perWorker = must(totals.PerWorker(0, HoursMeasure, roster, staffing.Counts{}))
	r.all = map[hierarchy.Code]Output{}
	for c, o := range totals.All() {
		r.all[c] = o
	}
	var ok bool
	r.on, ok, _ = res.On(code("150603001001"), day(2025, 6, 30))
	assert.True(t, ok)
	r.tally = must(res.Tally(Ordos().Rules[0].Indicator, 0, day(2025, 6, 30)))
	r.findings = collect(rep.Select(Filter{}))
	r.results = collect(rep.Results())
	return r
}

// TestConcurrentReads reads every immutable result type from several
// goroutines at once; run under -race, it checks the promise in the
// package documentation.
func TestConcurrentReads(t *testing.T) {
	lx := langxiNet(t)
	out, err := NewOutputData(lx, langxiRecords())
	require.NoError(t, err)
	totals, err := out.Rollup(policy.MustYear(2023))
	require.NoError(t, err)
	roster := langxiRoster(t, lx)
	res, err := NewResourceData(ordosNet(t), ordosRecords())
	require.NoError(t, err)
	rep, err := Check(res, Ordos(), day(2026, 1, 1))
	require.NoError(t, err)

	want := read(t, out, totals, res, rep, roster)
	require.NotEmpty(t, want.findings)
	const readers = 8
	got := make([]reading, readers)
	var wg sync.WaitGroup
	for g := range readers {
		wg.Go(func() { got[g] = read(t, out, totals, res, rep, roster) })
	}
	wg.Wait()
	for g := range readers {
		assert.Equal(t, want, got[g], "reader %d", g)
	}
}

// TestNoAliasing changes what the results returned and what the caller
// passed in, and checks that the data sets and the report did not change.
func TestNoAliasing(t *testing.T) {
	rs := Ordos()
	rs.Rules[0].Units = hierarchy.Selector{Kinds: []hierarchy.UnitKind{hierarchy.KindUrbanCommunity}}
	recs := ordosRecords()
	res, err := NewResourceData(ordosNet(t), recs)
	require.NoError(t, err)
	rep, err := Check(res, rs, day(2026, 1, 1))
	require.NoError(t, err)
	before := collect(rep.Results())
	findings := collect(rep.Select(Filter{}))

	rs.Rules[0].Units.Kinds[0] = hierarchy.KindVillage
	rs.Rules[0].Min = 99
	recs[0].Resources.Volunteers = 12345
	first := collect(rep.Results())
	first[0].Rule.Units.Kinds[0] = hierarchy.KindVillage
	first[0].Rule.Source.Title = "changed"
	for f := range rep.Select(Filter{}) {
		f.Source.Title = "changed"
	}
	assert.Equal(t, before, collect(rep.Results()))
	assert.Equal(t, findings, collect(rep.Select(Filter{})))
	assert.Equal(t, []hierarchy.UnitKind{hierarchy.KindUrbanCommunity}, before[0].Rule.Units.Kinds)
	for _, r := range res.Records() {
		assert.NotEqual(t, int64(12345), r.Resources.Volunteers, "the records were copied")
	}

	wz := wenzhouNet(t)
	orecs := wenzhouRecords(t)
	out, err := NewOutputData(wz, orecs)
	require.NoError(t, err)
	sum := must(out.Sum(0, policy.Period{}))
	orecs[0].Output.Cases += 1000
	orecs[3].Output.ProjectsByField[FieldOther] += 7
	assert.Equal(t, sum, must(out.Sum(0, policy.Period{})))
}
