// Package netindex gives the library's own packages the dense positions of
// a hierarchy.Network's units (0 … Len-1 in code order), which hierarchy
// keeps out of its exported API so that callers address units by Code
// only. Per-unit tables in staffing, incentives and services are slices
// indexed by these positions, which is what keeps national-scale passes
// linear without a lookup per record.
//
// hierarchy registers its accessors once, in an init function; nothing
// else writes the hooks. (The same pattern lets golang.org/x/tools reach
// go/types internals.) The slices a Layout holds are the network's own and
// must not be written.
package netindex

import (
	"cmp"
	"slices"
)

// A Layout is a network's shape by position.
type Layout[C cmp.Ordered] struct {
	Codes  []C     // the units' codes in code order
	Parent []int32 // the parent's position, -1 for a root
	End    []int32 // one past the last position of the unit's subtree
}

// Len returns the number of units.
func (l Layout[C]) Len() int { return len(l.Codes) }

// Index returns the position of the unit with code c.
func (l Layout[C]) Index(c C) (int, bool) { return slices.BinarySearch(l.Codes, c) }

var layoutHook, posHook any

// Register installs hierarchy's accessors: the layout of a network and the
// position of a unit value in its network.
func Register[N any, U any, C cmp.Ordered](layout func(N) Layout[C], pos func(U) int) {
	layoutHook, posHook = layout, pos
}

// Of returns the layout of network n (a *hierarchy.Network).
func Of[C cmp.Ordered, N any](n N) Layout[C] { return layoutHook.(func(N) Layout[C])(n) }

// Pos returns the position of unit u (a hierarchy.Unit) in the network it
// came from.
func Pos[U any](u U) int { return posHook.(func(U) int)(u) }

var rosterHook any

// RegisterRoster installs staffing's accessor: the position of each
// worker's unit, in roster order.
func RegisterRoster[R any](units func(R) []int32) { rosterHook = units }

// WorkerUnits returns the unit position of every worker of roster r (a
// *staffing.Roster), in roster order. The slice is the roster's own.
func WorkerUnits[R any](r R) []int32 { return rosterHook.(func(R) []int32)(r) }
