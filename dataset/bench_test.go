package dataset

import (
	"bytes"
	"sync"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/synth"
	"github.com/shegong/shegong/staffing"
)

var national struct {
	once            sync.Once
	network, roster []byte
	units           []hierarchy.Record
	workers         []staffing.Worker
	err             error
}

// nationalCSV returns the national network (662,373 units) and roster
// (2,000,000 workers) as CSV files in memory.
func nationalCSV(b testing.TB) (network, roster []byte) {
	national.once.Do(func() {
		national.units = synth.National()
		net, err := hierarchy.Build(national.units)
		if err != nil {
			national.err = err
			return
		}
		national.workers = synth.Workers(net, synth.NationalWorkers)
		var nb, rb bytes.Buffer
		if national.err = WriteNetworkCSV(&nb, national.units); national.err != nil {
			return
		}
		national.err = WriteRosterCSV(&rb, national.workers)
		national.network, national.roster = nb.Bytes(), rb.Bytes()
	})
	if national.err != nil {
		b.Fatal(national.err)
	}
	return national.network, national.roster
}

// cpuNanos returns the CPU time the process has used, user and system: on
// a shared machine wall time says more about the neighbours.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkNationalRead reads the national network (662,373 units) and
// roster (2,000,000 workers) from CSV in memory, as the national report
// does, reporting MB/s, allocations, the time per record and the CPU time
// per operation.
func BenchmarkNationalRead(b *testing.B) {
	network, roster := nationalCSV(b)
	bench(b, "network", network, len(national.units), func(data []byte) int {
		recs := ReadNetwork(FromCSV(bytes.NewReader(data), Detect))
		if recs.Err() != nil {
			b.Fatal(recs.Err())
		}
		return len(recs.Items)
	})
	bench(b, "roster", roster, len(national.workers), func(data []byte) int {
		recs := ReadRoster(FromCSV(bytes.NewReader(data), Detect))
		if recs.Err() != nil {
			b.Fatal(recs.Err())
		}
		return len(recs.Items)
	})
}

// BenchmarkNationalReadFloor is the floor of BenchmarkNationalRead: the
// same cells parsed by the same functions into the same records, from
// plain splits of lines known to be in the writer's column order, with no
// header, positions, quoting or problem list.
func BenchmarkNationalReadFloor(b *testing.B) {
	network, roster := nationalCSV(b)
	bench(b, "network", network, len(national.units), func(data []byte) int {
		return len(floorRead(b, data, networkSchema))
	})
	bench(b, "roster", roster, len(national.workers), func(data []byte) int {
		return len(floorRead(b, data, rosterSchema))
	})
}

func bench(b *testing.B, name string, data []byte, n int, read func([]byte) int) {
	b.Run(name, func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		cpu0 := cpuNanos()
		for b.Loop() {
			if got := read(data); got != n {
				b.Fatalf("%d records, want %d", got, n)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/record")
		b.ReportMetric(float64(cpuNanos()-cpu0)/float64(b.N), "cpu-ns/op")
	})
}

// floorRead reads data, written by WriteNetworkCSV or WriteRosterCSV
// (no quoted cells), into records of s.
func floorRead[T any](tb testing.TB, data []byte, s *schema[T]) []T {
	nl := bytes.IndexByte(data, '\n')
	var cols []int
	for h := range bytes.SplitSeq(data[:nl], []byte{','}) {
		cols = append(cols, s.byName[string(h)])
	}
	data = data[nl+1:]
	out := make([]T, 0, bytes.Count(data, []byte{'\n'}))
	var nt notes
	for len(data) > 0 {
		nl = bytes.IndexByte(data, '\n')
		line := data[:nl]
		data = data[nl+1:]
		var rec T
		for c := 0; len(line) > 0 || c < len(cols); c++ {
			k := bytes.IndexByte(line, ',')
			cell := line
			if k >= 0 {
				cell, line = line[:k], line[k+1:]
			} else {
				line = nil
			}
			if len(cell) > 0 {
				if err := s.fields[cols[c]].set(&rec, cell, &nt); err != nil {
					tb.Fatal(err)
				}
			}
			if k < 0 {
				break
			}
		}
		out = append(out, rec)
	}
	return out
}

// The floor computes the same records as the readers.
func TestFloorReadAgrees(t *testing.T) {
	units, err := synth.Municipality().Records()
	if err != nil {
		t.Fatal(err)
	}
	net, err := hierarchy.Build(units)
	if err != nil {
		t.Fatal(err)
	}
	workers := synth.Workers(net, 5000)
	var nb, rb bytes.Buffer
	if err := WriteNetworkCSV(&nb, units); err != nil {
		t.Fatal(err)
	}
	if err := WriteRosterCSV(&rb, workers); err != nil {
		t.Fatal(err)
	}
	recs := ReadNetwork(FromCSV(bytes.NewReader(nb.Bytes()), Detect))
	assert.NoError(t, recs.Err())
	assert.Equal(t, units, recs.Items)
	assert.Equal(t, units, floorRead(t, nb.Bytes(), networkSchema))
	ws := ReadRoster(FromCSV(bytes.NewReader(rb.Bytes()), Detect))
	assert.NoError(t, ws.Err())
	assert.Equal(t, workers, ws.Items)
	assert.Equal(t, workers, floorRead(t, rb.Bytes(), rosterSchema))
}
