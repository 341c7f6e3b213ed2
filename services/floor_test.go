package services_test

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// floor is the floor of NewOutputData for the benchmarks: the same checks
// (each record's counts, unit, period; overlaps within a unit; the total
// within MaxCount) and the same grouping, written as plainly as possible
// over struct-of-arrays int64 columns. It stops at the first problem,
// which is all a floor needs.
type floor struct {
	start        []int32
	from, until  []policy.Date
	index        []int32
	counts       [7][]int64
	projects     []int32 // position in fields and groups, or -1
	fields       []services.FieldCounts
	groups       []services.GroupCounts
	unitsOfInput []int32
}

var errFloor = errors.New("floor: invalid records")

func newFloor(net *hierarchy.Network, recs []services.OutputRecord) (*floor, error) {
	f := &floor{start: make([]int32, net.Len()+1), unitsOfInput: make([]int32, len(recs))}
	codes := make([]hierarchy.Code, 0, net.Len())
	for u := range net.Units() {
		codes = append(codes, u.Code())
	}
	var (
		total    [7]int64
		projects [len(services.FieldCounts{}) + len(services.GroupCounts{})]int64
	)
	for i := range recs {
		r := &recs[i]
		u, ok := slices.BinarySearch(codes, r.Unit)
		if !ok || r.Period.Validate() != nil || !r.Period.Bounded() || r.Output.Validate() != nil {
			return nil, errFloor
		}
		for k, v := range floorCounts(&r.Output) {
			total[k] += v
			if total[k] > services.MaxCount {
				return nil, errFloor
			}
		}
		if r.Output.ProjectsByField != (services.FieldCounts{}) || r.Output.ProjectsByGroup != (services.GroupCounts{}) {
			for k, v := range r.Output.ProjectsByField {
				projects[k] += int64(v)
			}
			for k, v := range r.Output.ProjectsByGroup {
				projects[len(r.Output.ProjectsByField)+k] += int64(v)
			}
			if slices.Max(projects[:]) > math.MaxInt32 {
				return nil, errFloor
			}
		}
		f.unitsOfInput[i] = int32(u)
		f.start[u+1]++
	}
	for u := 1; u < len(f.start); u++ {
		f.start[u] += f.start[u-1]
	}
	order := make([]int32, len(recs))
	next := slices.Clone(f.start[:net.Len()])
	for i, u := range f.unitsOfInput {
		order[next[u]] = int32(i)
		next[u]++
	}
	f.unitsOfInput = nil
	for u := range net.Len() {
		g := order[f.start[u]:f.start[u+1]]
		slices.SortFunc(g, func(a, b int32) int {
			return cmp.Or(cmp.Compare(recs[a].Period.From, recs[b].Period.From), cmp.Compare(recs[a].Period.Until, recs[b].Period.Until), cmp.Compare(a, b))
		})
		for k := 1; k < len(g); k++ {
			if recs[g[k]].Period.From <= recs[g[k-1]].Period.Until { // bounded periods, sorted: neighbours suffice when none overlaps
				return nil, errFloor
			}
		}
	}
	n := len(order)
	f.from, f.until, f.index, f.projects = make([]policy.Date, n), make([]policy.Date, n), make([]int32, n), make([]int32, n)
	for k := range f.counts {
		f.counts[k] = make([]int64, n)
	}
	for k, i := range order {
		r := &recs[i]
		f.from[k], f.until[k], f.index[k], f.projects[k] = r.Period.From, r.Period.Until, i, -1
		for c, v := range floorCounts(&r.Output) {
			f.counts[c][k] = v
		}
		if r.Output.ProjectsByField != (services.FieldCounts{}) || r.Output.ProjectsByGroup != (services.GroupCounts{}) {
			f.projects[k] = int32(len(f.fields))
			f.fields = append(f.fields, r.Output.ProjectsByField)
			f.groups = append(f.groups, r.Output.ProjectsByGroup)
		}
	}
	return f, nil
}

func floorCounts(o *services.Output) [7]int64 {
	return [7]int64{o.Cases, o.GroupSessions, o.Activities, o.Hours, o.PersonTimes, o.NeedsIdentified, o.NeedsCovered}
}

// records returns the floor's records in its order, as OutputData.Records
// yields them.
func (f *floor) records(net *hierarchy.Network) (idx []int, out []services.OutputRecord) {
	u := -1
	for unit := range net.Units() {
		u++
		for k := f.start[u]; k < f.start[u+1]; k++ {
			o := services.Output{Cases: f.counts[0][k], GroupSessions: f.counts[1][k], Activities: f.counts[2][k],
				Hours: f.counts[3][k], PersonTimes: f.counts[4][k], NeedsIdentified: f.counts[5][k], NeedsCovered: f.counts[6][k]}
			if p := f.projects[k]; p >= 0 {
				o.ProjectsByField, o.ProjectsByGroup = f.fields[p], f.groups[p]
			}
			idx = append(idx, int(f.index[k]))
			out = append(out, services.OutputRecord{Unit: unit.Code(), Period: policy.Period{From: f.from[k], Until: f.until[k]}, Output: o})
		}
	}
	return idx, out
}

// TestFloorAgrees checks that the benchmark's floor computes what
// NewOutputData does, on a network of 1,113 units with a year of monthly
// records given in reverse, and refuses what it refuses.
func TestFloorAgrees(t *testing.T) {
	units, err := synth.Records(synth.Size{Provinces: 1, Cities: 2, Counties: 10, Townships: 100, Communities: 1000})
	require.NoError(t, err)
	net, err := hierarchy.Build(units)
	require.NoError(t, err)
	recs := monthlyRecords(net)
	slices.Reverse(recs)
	d, err := services.NewOutputData(net, recs)
	require.NoError(t, err)
	f, err := newFloor(net, recs)
	require.NoError(t, err)
	var (
		idx  []int
		outs []services.OutputRecord
	)
	for i, r := range d.Records() {
		idx, outs = append(idx, i), append(outs, r)
	}
	fidx, fouts := f.records(net)
	assert.Equal(t, fidx, idx)
	assert.Equal(t, fouts, outs)
	assert.Len(t, outs, 12*net.Len())

	for _, bad := range []func(r *services.OutputRecord){
		func(r *services.OutputRecord) { r.Output.Cases = -1 },
		func(r *services.OutputRecord) { r.Output.Hours = services.MaxCount },
		func(r *services.OutputRecord) { r.Period.Until++ },
		func(r *services.OutputRecord) { r.Unit++ },
	} {
		broken := slices.Clone(recs)
		bad(&broken[5])
		_, err := services.NewOutputData(net, broken)
		require.Error(t, err)
		_, err = newFloor(net, broken)
		assert.ErrorIs(t, err, errFloor)
	}
}
