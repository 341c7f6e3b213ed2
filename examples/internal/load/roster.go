package load

import (
	"encoding/json"
	"errors"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// rosterSchema is the roster formats. CSV: a header, then one worker a
// row, with the columns
//
//	id,name,unit,role,employment,prior_level,joined,left,certified_junior,certified_intermediate,certified_senior
//
// in any order, id, unit, role and joined required; certified_… are the
// days the levels were obtained in post. JSON: an array of objects as
// encoding/json writes staffing.Worker, certificates obtained in post
// under "certified" as an object from level to day.
var rosterSchema = schema[staffing.Worker]{
	{column: "id", key: "id", required: true,
		csv: func(w *staffing.Worker, s string) error { w.ID = s; return nil }},
	{column: "name", key: "name",
		csv: func(w *staffing.Worker, s string) error { w.Name = s; return nil }},
	{column: "unit", key: "unit", required: true, csv: unmarshaler(func(w *staffing.Worker) *hierarchy.Code { return &w.Unit })},
	{column: "role", key: "role", required: true, csv: unmarshaler(func(w *staffing.Worker) *staffing.Role { return &w.Role })},
	{column: "employment", key: "employment", csv: unmarshaler(func(w *staffing.Worker) *staffing.Employment { return &w.Employment })},
	{column: "prior_level", key: "prior_level", csv: unmarshaler(func(w *staffing.Worker) *staffing.CertLevel { return &w.Prior })},
	{column: "joined", key: "joined", required: true, csv: unmarshaler(func(w *staffing.Worker) *policy.Date { return &w.Joined })},
	{column: "left", key: "left", csv: unmarshaler(func(w *staffing.Worker) *policy.Date { return &w.Left })},
	{column: "certified_junior", csv: certified(staffing.Junior)},
	{column: "certified_intermediate", csv: certified(staffing.Intermediate)},
	{column: "certified_senior", csv: certified(staffing.Senior)},
	{key: "certified", json: func(w *staffing.Worker, raw []byte) error { return json.Unmarshal(raw, &w.Certified) }},
}

func certified(l staffing.CertLevel) func(*staffing.Worker, string) error {
	return func(w *staffing.Worker, s string) error { return w.Certified[l].UnmarshalText([]byte(s)) }
}

func init() {
	for i, f := range rosterSchema {
		if f.json == nil {
			rosterSchema[i].json = textField(f.csv)
		}
	}
}

// rosterFields names the field each of staffing's problems is about, where
// the condition tells it.
var rosterFields = []struct {
	err   error
	field string
}{
	{staffing.ErrWorkerID, "id"},
	{hierarchy.ErrUnknownUnit, "unit"},
}

// Roster reads the workers of a CSV or JSON file and places them on net,
// reporting every problem in a *FileError.
func Roster(path string, net *hierarchy.Network, opts Options) (*staffing.Roster, error) {
	recs, problems, err := read(path, rosterSchema, opts)
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return nil, &FileError{File: path, Problems: problems}
	}
	roster, err := staffing.NewRoster(net, recs.items)
	var re *staffing.RosterError
	if errors.As(err, &re) {
		for _, p := range re.Problems {
			field := ""
			for _, f := range rosterFields {
				if errors.Is(p.Err, f.err) {
					field = f.field
				}
			}
			problems = append(problems, Problem{Line: recs.lineOf(p.Index), Field: field, Err: &p})
		}
		return nil, &FileError{File: path, Problems: problems}
	}
	return roster, err
}
