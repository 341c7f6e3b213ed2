package dataset

import (
	"errors"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

var rosterSchema = newSchema(
	field[staffing.Worker]{name: "id", headers: []string{"编号", "編號", "工号", "工號", "人员编号", "人員編號"}, required: true,
		set: func(w *staffing.Worker, b []byte, _ *notes) error { w.ID = string(b); return nil }},
	field[staffing.Worker]{name: "name", headers: []string{"姓名"},
		set: func(w *staffing.Worker, b []byte, _ *notes) error { w.Name = string(b); return nil }},
	field[staffing.Worker]{name: "unit", headers: []string{"单位代码", "單位代碼", "所在单位代码", "所在單位代碼"}, required: true,
		set: func(w *staffing.Worker, b []byte, _ *notes) error { return w.Unit.UnmarshalText(b) }},
	field[staffing.Worker]{name: "role", headers: []string{"岗位", "崗位", "角色"}, required: true,
		set: enumSet(0, func(w *staffing.Worker) *staffing.Role { return &w.Role }, (*staffing.Role).UnmarshalText)},
	field[staffing.Worker]{name: "employment", headers: []string{"用工方式", "用工形式"},
		set: enumSet(1, func(w *staffing.Worker) *staffing.Employment { return &w.Employment }, (*staffing.Employment).UnmarshalText)},
	field[staffing.Worker]{name: "prior_level", headers: []string{"入职时证书", "入職時證書", "原有证书", "原有證書"},
		set: enumSet(2, func(w *staffing.Worker) *staffing.CertLevel { return &w.Prior }, (*staffing.CertLevel).UnmarshalText)},
	field[staffing.Worker]{name: "joined", headers: []string{"入职日期", "入職日期"}, required: true,
		set: func(w *staffing.Worker, b []byte, n *notes) (err error) { w.Joined, err = parseDate(b, n); return err }},
	field[staffing.Worker]{name: "left", headers: []string{"离职日期", "離職日期"},
		set: func(w *staffing.Worker, b []byte, n *notes) (err error) { w.Left, err = parseDate(b, n); return err }},
	certified(staffing.Junior, "certified_junior", "助理社工师取证日期", "助理社工師取證日期", "助理社工师", "助理社工師"),
	certified(staffing.Intermediate, "certified_intermediate", "社工师取证日期", "社工師取證日期", "社工师", "社工師"),
	certified(staffing.Senior, "certified_senior", "高级社工师取证日期", "高級社工師取證日期", "高级社工师", "高級社工師"),
	field[staffing.Worker]{key: "certified", json: func(w *staffing.Worker, wk *jsonwalk.Walker, n *jsonwalk.Node, path string) bool {
		return wk.Decode(n, path, &w.Certified)
	}},
)

// certified is the column of the day a level was obtained in post; JSON
// gives the days under "certified" instead.
func certified(l staffing.CertLevel, name string, headers ...string) field[staffing.Worker] {
	return field[staffing.Worker]{name: name, key: "-" + name, headers: headers,
		set: func(w *staffing.Worker, b []byte, n *notes) (err error) {
			w.Certified[l], err = parseDate(b, n)
			return err
		}}
}

// rosterFields names the field each of staffing's problems is about.
var rosterFields = []struct {
	err   error
	field string
}{
	{staffing.ErrWorkerID, "id"},
	{hierarchy.ErrUnknownUnit, "unit"},
	{staffing.ErrWorkerDates, "joined"},
}

// ReadRoster reads the workers of a roster (the format is described at
// BuildRoster).
func ReadRoster(in Input) *Records[staffing.Worker] { return read(in, rosterSchema) }

// BuildRoster places the workers of recs on net. The error, a
// policy.Problems, lists the problems of reading recs and those the
// roster finds in the workers that were read (duplicate ids, units not in
// the network, impossible dates), each naming its record's line.
//
// A table has a header (possibly below title rows), then one worker a
// row, with the columns, in any order (id, unit, role and joined
// required):
//
//	id (编号, 工号, 人员编号), name (姓名), unit (单位代码, 所在单位代码),
//	role (岗位, 角色), employment (用工方式, 用工形式),
//	prior_level (入职时证书, 原有证书), joined (入职日期), left (离职日期),
//	certified_junior (助理社工师取证日期, 助理社工师),
//	certified_intermediate (社工师取证日期, 社工师),
//	certified_senior (高级社工师取证日期, 高级社工师)
//
// The certified_… columns are the days the levels were obtained in post.
// Dates are YYYY-MM-DD, 2020/1/5, 2020.1.5 or 2020年1月5日. JSON is an
// array of objects as encoding/json writes staffing.Worker, with the
// certificates obtained in post under "certified" as an object from level
// to day.
func BuildRoster(net *hierarchy.Network, recs *Records[staffing.Worker]) (*staffing.Roster, error) {
	roster, err := staffing.NewRoster(net, recs.Items)
	problems := recs.Problems()
	var re *staffing.RosterError
	switch {
	case errors.As(err, &re):
		for _, p := range re.Problems {
			field := ""
			for _, f := range rosterFields {
				if errors.Is(p.Err, f.err) {
					field = f.field
					break
				}
			}
			problems = append(problems, policy.Problem{Path: itemPath(recs.Row(p.Index), field), Line: recs.Line(p.Index), Err: &p})
		}
	case err != nil:
		problems = append(problems, policy.ProblemsOf(err)...)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return roster, nil
}

// Roster reads a roster and places it on net: BuildRoster(net,
// ReadRoster(in)).
func Roster(net *hierarchy.Network, in Input) (*staffing.Roster, error) {
	return BuildRoster(net, ReadRoster(in))
}
