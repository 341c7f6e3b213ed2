package load

import (
	"errors"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// networkSchema is the network formats. CSV: a header, then one unit a
// row, with the columns
//
//	code,name,parent_code,kind,population,urban_rural,facility,since,essentials
//
// in any order, code and name required. JSON: an array of objects as
// encoding/json writes hierarchy.Record, whose parent key is "parent".
var networkSchema = schema[hierarchy.Record]{
	{column: "code", key: "code", required: true,
		csv: func(r *hierarchy.Record, s string) error { return r.Code.UnmarshalText([]byte(s)) }},
	{column: "name", key: "name", required: true,
		csv: func(r *hierarchy.Record, s string) error { r.Name = s; return nil }},
	{column: "parent_code", key: "parent",
		csv: func(r *hierarchy.Record, s string) error { return r.Parent.UnmarshalText([]byte(s)) }},
	{column: "kind", key: "kind", csv: unmarshaler(func(r *hierarchy.Record) *hierarchy.UnitKind { return &r.Kind })},
	{column: "population", key: "population", csv: integer(func(r *hierarchy.Record) *int64 { return &r.Population })},
	{column: "urban_rural", key: "urban_rural", csv: unmarshaler(func(r *hierarchy.Record) *hierarchy.UrbanRural { return &r.UrbanRural })},
	{column: "facility", key: "facility", csv: unmarshaler(func(r *hierarchy.Record) *hierarchy.Facility { return &r.Facility })},
	{column: "since", key: "since", csv: unmarshaler(func(r *hierarchy.Record) *policy.Date { return &r.Since })},
	{column: "essentials", key: "essentials", csv: unmarshaler(func(r *hierarchy.Record) *hierarchy.Essentials { return &r.Essentials })},
}

func init() {
	for i := range networkSchema {
		networkSchema[i].json = textField(networkSchema[i].csv)
	}
}

// networkFields names the field each of hierarchy's problems is about.
var networkFields = []struct {
	err   error
	field string
}{
	{hierarchy.ErrName, "name"},
	{hierarchy.ErrDuplicate, "code"},
	{hierarchy.ErrMissingParent, "parent"},
	{hierarchy.ErrInconsistent, "parent"},
	{hierarchy.ErrCycle, "parent"},
	{hierarchy.ErrPopulation, "population"},
	{hierarchy.ErrFacility, "facility"},
	{hierarchy.ErrUrbanRural, "urban_rural"},
	{hierarchy.ErrKind, "kind"},
}

// NetworkFile is a network file's records, read and checked field by
// field but not yet built, so that a program may complete them (with the
// facilities a document reports, say) before building.
type NetworkFile struct {
	File    string
	Records []hierarchy.Record
	lines   []int
}

// ReadNetwork reads the records of a network from a CSV or JSON file,
// reporting every problem of their fields in a *FileError.
func ReadNetwork(path string, opts Options) (*NetworkFile, error) {
	recs, problems, err := read(path, networkSchema, opts)
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return nil, &FileError{File: path, Problems: problems}
	}
	return &NetworkFile{File: path, Records: recs.items, lines: recs.lines}, nil
}

// Build builds the network of f's records, reporting every problem in a
// *FileError with the line of the record it concerns.
func (f *NetworkFile) Build() (*hierarchy.Network, error) {
	net, err := hierarchy.Build(f.Records)
	var ve *hierarchy.ValidationError
	if !errors.As(err, &ve) {
		return net, err
	}
	recs := records[hierarchy.Record]{lines: f.lines}
	var problems []Problem
	for _, p := range ve.Problems {
		field := ""
		for _, nf := range networkFields {
			if errors.Is(p.Err, nf.err) {
				field = nf.field
				break
			}
		}
		if field == "parent" && isCSV(f.File) {
			field = "parent_code"
		}
		problems = append(problems, Problem{Line: recs.lineOf(p.Index), Field: field, Err: &p})
	}
	return nil, &FileError{File: f.File, Problems: problems}
}

// Network reads a network from a CSV or JSON file and builds it, reporting
// every problem in a *FileError.
func Network(path string, opts Options) (*hierarchy.Network, error) {
	f, err := ReadNetwork(path, opts)
	if err != nil {
		return nil, err
	}
	return f.Build()
}
