package jurisdiction

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuiltinPacksRoundTripAndPassTheirCases(t *testing.T) {
	for _, id := range IDs() {
		t.Run(id, func(t *testing.T) {
			data, err := packFiles.ReadFile("packs/" + id + ".json")
			require.NoError(t, err)
			p, err := Decode(data)
			require.NoError(t, err)
			again, err := p.Encode()
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again))
			for _, r := range RunCases(p) {
				assert.NotEqual(t, Fail, r.Status, "%s: %s", r.Case.ID, r.Diff())
			}
		})
	}
}
