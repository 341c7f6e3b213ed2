package funding_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
)

// TestConcurrentReads reads one Allocation and one Mix from several
// goroutines at once, as the package documentation promises is safe; run
// under -race it fails on any write behind a read method.
func TestConcurrentReads(t *testing.T) {
	a, err := funding.Allocate(dec("1000.00"), funding.ByWeight, []funding.Claimant{
		{Code: code("C"), Weight: 6, Cap: capOf("500")}, {Code: code("A"), Weight: 1, Floor: dec("150")}, {Code: code("B"), Weight: 2},
	})
	require.NoError(t, err)
	m := funding.Suzhou().Mix
	want := grants(a)
	wantTotal := m.Total().Amount.Value.String()
	var wg sync.WaitGroup
	results := make([][]string, 8)
	totals := make([]string, 8)
	for g := range 8 {
		wg.Go(func() {
			results[g] = grants(a)
			if al, ok := a.Of(code("B")); ok {
				_ = al.Yuan()
			}
			_ = a.Rate()
			items := m.Items()
			items[0].Label = "changed by a reader" // a copy: no other reader sees it
			_, _ = m.Leverage()
			_, _ = funding.Shares(m.ByKind(), 2)
			totals[g] = m.Total().Amount.Value.String()
		})
	}
	wg.Wait()
	for g := range 8 {
		assert.Equal(t, want, results[g])
		assert.Equal(t, wantTotal, totals[g])
	}
	assert.NotEqual(t, "changed by a reader", m.Items()[0].Label)
}
