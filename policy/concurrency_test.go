package policy_test

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

// The documentation promises that a Versioned, and the plain values Date,
// Period and Source, are safe for concurrent reads; under -race this test
// holds it to that. Every goroutine must also see the same answers.
func TestConcurrentReads(t *testing.T) {
	v := stipends(t)
	want, err := json.Marshal(v)
	require.NoError(t, err)
	year := policy.MustYear(2024)
	src := policy.Chongqing2020.Source()

	const readers = 8
	var wg sync.WaitGroup
	got := make([][]byte, readers)
	for i := range readers {
		wg.Go(func() {
			for day := year.From; day <= year.Until; day += 17 {
				if e, ok := v.At(day); ok && e.Value != 100 {
					t.Errorf("At(%s) = %d", day, e.Value)
				}
			}
			n := 0
			for range v.During(year) {
				n++
			}
			if n != 1 {
				t.Errorf("During(2024) gave %d versions", n)
			}
			if _, err := v.Supersede(policy.MustDate(2026, time.January, 1), 200, src); err != nil {
				t.Error(err)
			}
			for m := range year.Months() {
				_ = m.String()
			}
			_ = src.String()
			got[i], _ = json.Marshal(v)
		})
	}
	wg.Wait()
	for i := range readers {
		assert.Equal(t, string(want), string(got[i]), "reader %d", i)
	}
	assert.Equal(t, []policy.Version[int]{v80, v100, v120}, all(v), "the readers changed nothing")
}
