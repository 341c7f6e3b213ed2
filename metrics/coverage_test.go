package metrics

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCoverage(t *testing.T) {
	for _, tc := range []struct {
		name           string
		covered, total int64
		rate           string // percent at two places
		full, empty    bool
		missing        int64
	}{
		{"chongqing rooms", 4350, 11154, "39.00%", false, false, 6804},
		{"suzhou stations", 90, 96, "93.75%", false, false, 6},
		{"langxi stations", 12, 12, "100.00%", true, false, 0},
		{"nothing to cover", 0, 0, "100.00%", true, true, 0},
		{"none covered", 0, 5, "0.00%", false, false, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCoverage(tc.covered, tc.total)
			require.NoError(t, err)
			assert.Equal(t, tc.rate, c.Rate().Format(Percent, 2))
			assert.Equal(t, tc.full, c.Full())
			assert.Equal(t, tc.empty, c.Empty())
			assert.Equal(t, tc.missing, c.Missing())
		})
	}
}

func TestCoverageInvalid(t *testing.T) {
	for _, tc := range []struct {
		covered, total int64
		why            string
	}{
		{-1, 5, "negative"},
		{1, -5, "negative"},
		{97, 96, "97 covered of only 96"},
	} {
		_, err := NewCoverage(tc.covered, tc.total)
		assert.ErrorIs(t, err, ErrCoverage)
		assert.ErrorContains(t, err, tc.why)
	}
}

func TestCoverageAdd(t *testing.T) {
	const maxInt = math.MaxInt64
	for _, tc := range []struct {
		name string
		a, b Coverage
		want Coverage
		err  error
	}{
		{"two counties", Coverage{Covered: 40, Total: 48}, Coverage{Covered: 48, Total: 48}, Coverage{Covered: 88, Total: 96}, nil},
		{"with nothing", Coverage{Covered: 40, Total: 48}, Coverage{}, Coverage{Covered: 40, Total: 48}, nil},
		{"to the last count", Coverage{Covered: 1, Total: maxInt - 5}, Coverage{Covered: 5, Total: 5}, Coverage{Covered: 6, Total: maxInt}, nil},
		// Both once wrapped to negative totals.
		{"one past", Coverage{Covered: 1, Total: maxInt - 5}, Coverage{Covered: 6, Total: 6}, Coverage{}, ErrOverflow},
		{"far past", Coverage{Covered: maxInt, Total: maxInt}, Coverage{Covered: maxInt, Total: maxInt}, Coverage{}, ErrOverflow},
		{"more covered than there are", Coverage{Covered: 50, Total: 48}, Coverage{Covered: 40, Total: 48}, Coverage{}, ErrCoverage},
		{"negative operand", Coverage{Covered: 1, Total: 2}, Coverage{Covered: -1, Total: 2}, Coverage{}, ErrCoverage},
	} {
		got, err := tc.a.Add(tc.b)
		if tc.err != nil {
			assert.ErrorIs(t, err, tc.err, tc.name)
		} else {
			assert.NoError(t, err, tc.name)
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
	sum, err := Coverage{Covered: 40, Total: 48}.Add(Coverage{Covered: 50, Total: 54})
	require.NoError(t, err)
	assert.Equal(t, "90/102", sum.String())
}

func TestRequirement(t *testing.T) {
	ordos := Requirement{Floor: 5000, Share: Scaled(dec("2.5"), PerMille)}
	for _, tc := range []struct {
		name string
		q    Requirement
		base int64
		want int64
	}{
		{"share above floor", ordos, 3_000_001, 7501},
		{"floor above share", ordos, 1_000_000, 5000},
		{"exact share", ordos, 2_400_000, 6000},
		{"share only", Requirement{Share: Scaled(dec("2.5"), PerMille)}, 1_000_001, 2501},
		{"floor only", Requirement{Floor: 50_000}, 0, 50_000},
		{"nothing", Requirement{}, 1000, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.q.Of(tc.base)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	for _, tc := range []struct {
		q    Requirement
		base int64
		why  string
	}{
		{Requirement{Floor: -1}, 10, "floor -1 is negative"},
		{Requirement{Share: Fraction(dec("-0.1"))}, 10, "share -0.1 is negative"},
		{ordos, -1, "base -1 is negative"},
		{Requirement{Share: Fraction(dec("100"))}, 1 << 60, "overflows"},
	} {
		_, err := tc.q.Of(tc.base)
		assert.ErrorIs(t, err, ErrRequirement)
		assert.ErrorContains(t, err, tc.why)
		assert.Equal(t, tc.why == "overflows", errors.Is(err, ErrOverflow), tc.why)
	}
	err := Requirement{Floor: -1, Share: Fraction(dec("-1"))}.Validate()
	assert.ErrorContains(t, err, "floor")
	assert.ErrorContains(t, err, "share", "every problem is reported")
}
