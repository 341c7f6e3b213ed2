// Package jurisdiction holds a jurisdiction's whole policy as one value, a
// Pack: its names, the documents it cites, its tier scheme, staffing
// rules, incentive schedule, funding profile, five-society requirements
// and targets, and the cases its documents publish (small inputs and the
// figures the documents give for them), which RunCases recomputes with
// the library's own functions.
//
// A pack is one JSON document (see pack.schema.json and the README). The
// decoder is strict in every part and reports every problem at once, each
// with its JSON path and line and column; the encoding is canonical, so
// that decoding and encoding a pack gives back the same bytes. The eight
// seed jurisdictions ship as embedded packs, listed by IDs and All and
// loaded by Load.
package jurisdiction
