package funding_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
)

// TestSharesPlacesBounds: 0 to 10 decimal places are accepted, and the
// shares add up to exactly 100 at either end.
func TestSharesPlacesBounds(t *testing.T) {
	lines := funding.Suzhou().Mix.ByClass()
	for _, places := range []int32{0, 10} {
		shares, err := funding.Shares(lines, places)
		require.NoError(t, err, places)
		sum := shares[0].Percent
		for _, s := range shares[1:] {
			sum = sum.Add(s.Percent)
		}
		assert.Equal(t, "100", sum.String(), places)
		assert.LessOrEqual(t, -shares[0].Percent.Exponent(), places)
	}
	for _, places := range []int32{-1, 11} {
		_, err := funding.Shares(lines, places)
		assert.ErrorIs(t, err, funding.ErrPlaces, places)
	}
}
