package services

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// DecodeOutputs reads a JSON array of output records, as encoding/json
// writes []OutputRecord, and validates them on net as NewOutputData does.
// The unit is a division code string ("150602001001"), the period any form
// policy.ParsePeriod reads ("2024-03", "2024-Q1"). Every problem of every
// record is reported at once in a *DataError: a record that is not an
// object, has unknown fields, lacks its unit or period, or has one that
// does not parse (each wrapping ErrRecord, and hierarchy.ErrCode or
// policy.ErrPeriod), beside the problems NewOutputData finds in the
// others. Only broken JSON syntax stops the reading.
func DecodeOutputs(net *hierarchy.Network, data []byte) (*OutputData, error) {
	recs, skip, probs := decodeRecords(data, "output", func(c hierarchy.Code, p policy.Period, m Output) OutputRecord {
		return OutputRecord{Unit: c, Period: p, Output: m}
	})
	if skip == nil {
		return nil, &DataError{Problems: probs}
	}
	d, err := newOutputData(net, recs, skip)
	if err := merge(probs, err); err != nil {
		return nil, err
	}
	return d, nil
}

// DecodeResources reads a JSON array of resource records, as
// encoding/json writes []ResourceRecord, and validates them on net as
// NewResourceData does, reporting problems as DecodeOutputs does. A state
// without end dates has the period "/".
func DecodeResources(net *hierarchy.Network, data []byte) (*ResourceData, error) {
	recs, skip, probs := decodeRecords(data, "resources", func(c hierarchy.Code, p policy.Period, m Resources) ResourceRecord {
		return ResourceRecord{Unit: c, Period: p, Resources: m}
	})
	if skip == nil {
		return nil, &DataError{Problems: probs}
	}
	d, err := newResourceData(net, recs, skip)
	if err := merge(probs, err); err != nil {
		return nil, err
	}
	return d, nil
}

// merge adds the problems found while decoding to those of building, in
// record order.
func merge(decoded []Problem, built error) error {
	var de *DataError
	if built != nil && !errors.As(built, &de) {
		return built
	}
	if len(decoded) == 0 {
		return built
	}
	all := decoded
	if de != nil {
		all = append(all, de.Problems...)
	}
	slices.SortStableFunc(all, func(a, b Problem) int { return cmp.Compare(a.Index, b.Index) })
	return &DataError{Problems: all}
}

// decodeRecords reads the array of records, each an object with "unit",
// "period" and key for the measure. It returns the records, which of them
// did not decode, and the problems found; skip is nil when the JSON itself
// is broken and reading stopped.
func decodeRecords[T, R any](data []byte, key string, record func(hierarchy.Code, policy.Period, T) R) (recs []R, skip []bool, probs []Problem) {
	dec := json.NewDecoder(bytes.NewReader(data))
	broken := func(i int, err error) ([]R, []bool, []Problem) {
		return nil, nil, append(probs, Problem{Index: i, Err: fmt.Errorf("%w: %w", ErrRecord, err)})
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return broken(0, fmt.Errorf("want an array of records, got %.40q", data))
	}
	for i := 0; dec.More(); i++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return broken(i, err)
		}
		code, p, m, errs := decodeRecord[T](raw, key)
		for _, err := range errs {
			probs = append(probs, Problem{Index: i, Unit: code, Period: p, Err: fmt.Errorf("%w: %w", ErrRecord, err)})
		}
		recs = append(recs, record(code, p, m))
		skip = append(skip, len(errs) > 0)
	}
	if _, err := dec.Token(); err != nil {
		return broken(len(recs), err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return broken(len(recs), errors.New("data after the array"))
	}
	if skip == nil {
		skip = []bool{} // read, and empty
	}
	return recs, skip, probs
}

// decodeRecord reads one record, returning every problem with it.
func decodeRecord[T any](raw json.RawMessage, key string) (code hierarchy.Code, p policy.Period, m T, errs []error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		return code, p, m, []error{fmt.Errorf("want an object, got %.40s", raw)}
	}
	var unknown []string
	for name := range fields {
		if name != "unit" && name != "period" && name != key {
			unknown = append(unknown, fmt.Sprintf("%q", name))
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown) // map order is random; messages are not
		errs = append(errs, fmt.Errorf("unknown field(s) %s", strings.Join(unknown, ", ")))
	}
	text := func(name string) (string, error) {
		v, ok := fields[name]
		if !ok {
			return "", fmt.Errorf("%s is missing", name)
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return "", fmt.Errorf("%s: want a string, got %.40s", name, v)
		}
		return s, nil
	}
	if s, err := text("unit"); err != nil {
		errs = append(errs, err)
	} else if code, err = hierarchy.ParseCode(s); err != nil {
		errs = append(errs, fmt.Errorf("unit: %w", err))
	}
	if s, err := text("period"); err != nil {
		errs = append(errs, err)
	} else if p, err = policy.ParsePeriod(s); err != nil {
		errs = append(errs, fmt.Errorf("period: %w", err))
	}
	if v, ok := fields[key]; ok {
		d := json.NewDecoder(bytes.NewReader(v))
		d.DisallowUnknownFields()
		if err := d.Decode(&m); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", key, err))
		}
	}
	return code, p, m, errs
}
