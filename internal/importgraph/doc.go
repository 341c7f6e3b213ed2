// Package importgraph holds the test that keeps the module's real import
// graph to the package table of the design document (design.md: which of
// our packages each may import, and which modules besides the standard
// library). It has no code of its own.
package importgraph
