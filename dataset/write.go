package dataset

import (
	"encoding"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/staffing"
)

// WriteNetworkCSV writes recs as a network table in UTF-8, with every
// column of the format, that ReadNetwork reads back to the same records.
func WriteNetworkCSV(w io.Writer, recs []hierarchy.Record) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"code", "name", "parent_code", "kind", "population", "urban_rural", "facility", "since", "essentials"})
	row := make([]string, 9)
	var err error
	text := func(v encoding.TextMarshaler, set bool) string { return textOf(v, set, &err) }
	for _, r := range recs {
		row[0], row[1], row[2] = text(r.Code, r.Code != 0), r.Name, text(r.Parent, r.Parent != 0)
		row[3] = text(r.Kind, r.Kind != 0)
		row[4] = ""
		if r.Population != 0 {
			row[4] = strconv.FormatInt(r.Population, 10)
		}
		row[5], row[6] = text(r.UrbanRural, r.UrbanRural != 0), text(r.Facility, r.Facility != 0)
		row[7], row[8] = text(r.Since, !r.Since.IsZero()), text(r.Essentials, r.Essentials != 0)
		if err != nil {
			return fmt.Errorf("record %s: %w", r.Code, err)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteRosterCSV writes workers as a roster table in UTF-8, with every
// column of the format, that ReadRoster reads back to the same workers.
func WriteRosterCSV(w io.Writer, workers []staffing.Worker) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "name", "unit", "role", "employment", "prior_level", "joined", "left", "certified_junior", "certified_intermediate", "certified_senior"})
	row := make([]string, 11)
	var err error
	text := func(v encoding.TextMarshaler, set bool) string { return textOf(v, set, &err) }
	for _, x := range workers {
		row[0], row[1], row[2], row[3] = x.ID, x.Name, text(x.Unit, x.Unit != 0), text(x.Role, x.Role != 0)
		row[4], row[5] = text(x.Employment, x.Employment != 0), text(x.Prior, x.Prior != 0)
		row[6], row[7] = text(x.Joined, !x.Joined.IsZero()), text(x.Left, !x.Left.IsZero())
		for i, l := range []staffing.CertLevel{staffing.Junior, staffing.Intermediate, staffing.Senior} {
			row[8+i] = text(x.Certified[l], !x.Certified[l].IsZero())
		}
		if err != nil {
			return fmt.Errorf("worker %s: %w", x.ID, err)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// textOf is v's text, or "" when it is not set; a value that has no text
// sets *err.
func textOf(v encoding.TextMarshaler, set bool, err *error) string {
	if !set {
		return ""
	}
	b, e := v.MarshalText()
	if e != nil {
		*err = e
		return ""
	}
	return string(b)
}
