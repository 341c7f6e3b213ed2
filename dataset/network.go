package dataset

import (
	"errors"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// networkSchema is the network format. A table has a header, then one
// unit a row, with the columns (any order; code and name required)
//
//	code (代码, 区划代码, 统计用区划代码), name (名称, 单位名称),
//	parent_code (上级代码, 上级区划代码, parent), kind (类别, 单位类别),
//	population (人口, 常住人口), urban_rural (城乡分类代码, 城乡分类),
//	facility (设施, 社工站点), since (建成日期, 设立日期), essentials (六有)
//
// JSON is an array of objects as encoding/json writes hierarchy.Record,
// whose parent key is "parent".
var networkSchema = newSchema(
	field[hierarchy.Record]{name: "code", headers: []string{"代码", "区划代码", "统计用区划代码", "代碼", "區劃代碼"}, required: true,
		set: func(r *hierarchy.Record, b []byte, _ *notes) error { return r.Code.UnmarshalText(b) }},
	field[hierarchy.Record]{name: "name", headers: []string{"名称", "名稱", "单位名称", "單位名稱", "区划名称"}, required: true,
		set: func(r *hierarchy.Record, b []byte, _ *notes) error { r.Name = string(b); return nil }},
	field[hierarchy.Record]{name: "parent_code", key: "parent", headers: []string{"parent", "上级代码", "上級代碼", "上级区划代码", "上級區劃代碼"},
		set: func(r *hierarchy.Record, b []byte, _ *notes) error { return r.Parent.UnmarshalText(b) }},
	field[hierarchy.Record]{name: "kind", headers: []string{"类别", "類別", "单位类别", "單位類別"},
		set: enumSet(0, func(r *hierarchy.Record) *hierarchy.UnitKind { return &r.Kind }, (*hierarchy.UnitKind).UnmarshalText)},
	field[hierarchy.Record]{name: "population", headers: []string{"人口", "常住人口"},
		set: func(r *hierarchy.Record, b []byte, _ *notes) (err error) {
			r.Population, err = parseCount(b)
			return err
		}},
	field[hierarchy.Record]{name: "urban_rural", headers: []string{"城乡分类代码", "城鄉分類代碼", "城乡分类", "城鄉分類"},
		set: enumSet(1, func(r *hierarchy.Record) *hierarchy.UrbanRural { return &r.UrbanRural }, (*hierarchy.UrbanRural).UnmarshalText)},
	field[hierarchy.Record]{name: "facility", headers: []string{"设施", "設施", "社工站点", "社工站點"},
		set: enumSet(2, func(r *hierarchy.Record) *hierarchy.Facility { return &r.Facility }, (*hierarchy.Facility).UnmarshalText)},
	field[hierarchy.Record]{name: "since", headers: []string{"建成日期", "设立日期", "設立日期"},
		set: func(r *hierarchy.Record, b []byte, n *notes) (err error) { r.Since, err = parseDate(b, n); return err }},
	field[hierarchy.Record]{name: "essentials", headers: []string{"六有"},
		set: enumSet(3, func(r *hierarchy.Record) *hierarchy.Essentials { return &r.Essentials }, (*hierarchy.Essentials).UnmarshalText)},
)

// networkFields names the field each of hierarchy's problems is about.
var networkFields = []struct {
	err   error
	field string
}{
	{hierarchy.ErrName, "name"},
	{hierarchy.ErrDuplicate, "code"},
	{hierarchy.ErrCode, "code"},
	{hierarchy.ErrMissingParent, "parent_code"},
	{hierarchy.ErrInconsistent, "parent_code"},
	{hierarchy.ErrCycle, "parent_code"},
	{hierarchy.ErrPopulation, "population"},
	{hierarchy.ErrFacility, "facility"},
	{hierarchy.ErrUrbanRural, "urban_rural"},
	{hierarchy.ErrKind, "kind"},
}

// ReadNetwork reads the records of a network (the format is described at
// BuildNetwork), checking each value but not yet building, so that a
// program may complete them (a population table, facilities a document
// reports) before it builds.
func ReadNetwork(in Input) *Records[hierarchy.Record] { return read(in, networkSchema) }

// BuildNetwork builds the network of recs. The error, a policy.Problems,
// lists the problems of reading recs and those of building the network of
// the records that were read (duplicates, orphans, cycles), each naming
// its record's line.
//
// A table has a header (possibly below title rows), then one unit a row,
// with the columns, in any order (code and name required; the headers in
// brackets are accepted too):
//
//	code (代码, 区划代码, 统计用区划代码), name (名称, 单位名称),
//	parent_code (上级代码, 上级区划代码, parent), kind (类别, 单位类别),
//	population (人口, 常住人口), urban_rural (城乡分类代码, 城乡分类),
//	facility (设施, 社工站点), since (建成日期, 设立日期), essentials (六有)
//
// JSON is an array of objects as encoding/json writes hierarchy.Record,
// whose parent key is "parent".
func BuildNetwork(recs *Records[hierarchy.Record]) (*hierarchy.Network, error) {
	net, err := hierarchy.Build(recs.Items)
	var ve *hierarchy.ValidationError
	if err != nil && !errors.As(err, &ve) {
		return nil, append(recs.Problems(), policy.ProblemsOf(err)...)
	}
	problems := recs.Problems()
	if ve != nil {
		for _, p := range ve.Problems {
			field := ""
			for _, nf := range networkFields {
				if errors.Is(p.Err, nf.err) {
					field = nf.field
					break
				}
			}
			problems = append(problems, policy.Problem{Path: itemPath(recs.Row(p.Index), field), Line: recs.Line(p.Index), Err: &p})
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return net, nil
}

// Network reads and builds a network: BuildNetwork(ReadNetwork(in)).
func Network(in Input) (*hierarchy.Network, error) { return BuildNetwork(ReadNetwork(in)) }
