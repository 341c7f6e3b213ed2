package metrics

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

// A Scorecard, its targets and the Ratios in them are documented as safe
// for concurrent reads; under -race this test holds them to it, and every
// reader must get the same evaluations.
func TestConcurrentReads(t *testing.T) {
	sc, err := NewScorecard(GuangxiTargets()...)
	require.NoError(t, err)
	on := policy.MustDate(2024, 6, 30)
	obs := map[string]Observation{
		"gx-stations":            ObserveCoverage(on, Coverage{Covered: 1100, Total: 1118}),
		"gx-volunteer-points":    ObserveCoverage(on, Coverage{Covered: 70, Total: 100}),
		"gx-smart-nursing-homes": ObserveCount(on, 15),
	}
	want, err := sc.Evaluate(obs)
	require.NoError(t, err)
	share := Scaled(dec("2.5"), PerMille)

	const readers = 8
	got := make([][]Evaluation, readers)
	var wg sync.WaitGroup
	for i := range readers {
		wg.Go(func() {
			for _, tg := range sc.Targets() {
				_ = tg.Value.Format(Percent, 2)
				_ = tg.Value.Cmp(share)
			}
			if n, err := share.MulCeil(3_000_001); err != nil || n != 7501 {
				t.Errorf("MulCeil = %d, %v", n, err)
			}
			got[i], _ = sc.Evaluate(obs)
		})
	}
	wg.Wait()
	for i := range readers {
		assert.Equal(t, want, got[i], "reader %d", i)
	}
	assert.Equal(t, GuangxiTargets(), sc.Targets(), "the readers changed nothing")
}

// Targets returns a copy: changing it leaves the scorecard alone.
func TestScorecardTargetsCopy(t *testing.T) {
	sc, err := NewScorecard(GuangxiTargets()...)
	require.NoError(t, err)
	ts := sc.Targets()
	ts[0].ID = "changed"
	assert.Equal(t, "gx-stations", sc.Targets()[0].ID)
	in := GuangxiTargets()
	sc, err = NewScorecard(in...)
	require.NoError(t, err)
	in[0].ID = "changed"
	assert.Equal(t, "gx-stations", sc.Targets()[0].ID, "NewScorecard copies its input")
}
