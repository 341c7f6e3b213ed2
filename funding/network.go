package funding

import (
	"strconv"
	"strings"

	"github.com/shegong/shegong/hierarchy"
)

// Claimants returns a claimant for every unit of n that pick accepts
// (every unit when pick is nil), in code order. The key is the unit's
// 12-digit code (Code.Full), so key order is code order and Allocate needs
// no sort; the weight is the unit's population, as its subtree's Totals
// count it. Pick units that do not contain one another, such as the
// townships with a station or the units of one level, so that each
// resident counts once.
func Claimants(n *hierarchy.Network, pick func(hierarchy.Unit) bool) []Claimant {
	var picked []hierarchy.Unit
	for u := range n.Units() {
		if pick == nil || pick(u) {
			picked = append(picked, u)
		}
	}
	// One string holds every key (Code.Full's digits), and each key is a
	// slice of it: one allocation instead of one per unit.
	var keys strings.Builder
	keys.Grow(12 * len(picked))
	out := make([]Claimant, len(picked))
	var rollup *hierarchy.Rollup
	for i, u := range picked {
		var buf [20]byte
		digits := strconv.AppendUint(buf[:0], uint64(u.Code()), 10)
		keys.WriteString("000000000000"[min(len(digits), 12):]) // Code.Full's leading zeros, if any
		keys.Write(digits)
		if u.Leaf() {
			out[i].Weight = u.Population()
			continue
		}
		if rollup == nil {
			rollup = n.Rollup()
		}
		t, _ := rollup.Of(u.Code())
		out[i].Weight = t.Population()
	}
	all := keys.String()
	for i := range out {
		out[i].Key = all[12*i : 12*i+12]
	}
	return out
}
