package funding

import (
	"errors"
	"fmt"

	"github.com/shegong/shegong/hierarchy"
)

// Claimants returns a claimant for every unit of n that pick accepts
// (every unit when pick is nil), in code order, so that Allocate needs no
// sort; the weight is the unit's population, as its subtree's Totals
// count it. Pick units that do not contain one another, such as the
// townships with a station or the units of one level, so that each
// resident counts once.
func Claimants(n *hierarchy.Network, pick func(hierarchy.Unit) bool) []Claimant {
	out := []Claimant{}
	if pick == nil {
		out = make([]Claimant, 0, n.Len())
	}
	var rollup *hierarchy.Rollup
	for u := range n.Units() {
		if pick != nil && !pick(u) {
			continue
		}
		out = append(out, Claimant{Code: u.Code(), Weight: weightOf(n, u, &rollup)})
	}
	return out
}

// ClaimantsOf returns a claimant for each code, in the order given,
// weighted by the population of the unit of n with that code as Claimants
// weighs it. Every code not in n is reported at once, each as a
// *ClaimantError wrapping hierarchy.ErrUnknownUnit.
func ClaimantsOf(n *hierarchy.Network, codes ...hierarchy.Code) ([]Claimant, error) {
	out := make([]Claimant, len(codes))
	var errs []error
	var rollup *hierarchy.Rollup
	for i, c := range codes {
		u, ok := n.Lookup(c)
		if !ok {
			errs = append(errs, &ClaimantError{Index: i, Code: c, Err: fmt.Errorf("%w: %d", hierarchy.ErrUnknownUnit, uint64(c))})
			continue
		}
		out[i] = Claimant{Code: c, Weight: weightOf(n, u, &rollup)}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// weightOf returns the population of u's subtree, building the network's
// roll-up, once, only when a unit above the leaves needs it.
func weightOf(n *hierarchy.Network, u hierarchy.Unit, rollup **hierarchy.Rollup) int64 {
	if u.Leaf() {
		return u.Population()
	}
	if *rollup == nil {
		*rollup = n.Rollup()
	}
	t, _ := (*rollup).Of(u.Code()) // u is n's
	return t.Population()
}
