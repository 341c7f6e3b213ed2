package dataset

import (
	"errors"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
)

func count[T any](get func(*T) *int64) func(*T, []byte, *notes) error {
	return func(t *T, b []byte, _ *notes) (err error) { *get(t), err = parseCount(b); return err }
}

func period[T any](get func(*T) *policy.Period) func(*T, []byte, *notes) error {
	return func(t *T, b []byte, _ *notes) error { return get(t).UnmarshalText(b) }
}

func unit[T any](get func(*T) *hierarchy.Code) func(*T, []byte, *notes) error {
	return func(t *T, b []byte, _ *notes) error { return get(t).UnmarshalText(b) }
}

// object is the JSON reader of a member whose value is an object read by
// its type's UnmarshalJSON; tables have no column for it.
func object[T, V any](key string, get func(*T) *V) field[T] {
	return field[T]{key: key, json: func(t *T, w *jsonwalk.Walker, n *jsonwalk.Node, path string) bool {
		return w.Decode(n, path, get(t))
	}}
}

var outputSchema = newSchema(
	field[services.OutputRecord]{name: "unit", headers: []string{"单位代码", "單位代碼"}, required: true,
		set: unit(func(r *services.OutputRecord) *hierarchy.Code { return &r.Unit })},
	field[services.OutputRecord]{name: "period", headers: []string{"期间", "期間", "统计期", "統計期"}, required: true,
		set: period(func(r *services.OutputRecord) *policy.Period { return &r.Period })},
	field[services.OutputRecord]{name: "cases", key: "-cases", headers: []string{"个案", "個案"},
		set: count(func(r *services.OutputRecord) *int64 { return &r.Output.Cases })},
	field[services.OutputRecord]{name: "group_sessions", key: "-group_sessions", headers: []string{"小组", "小組"},
		set: count(func(r *services.OutputRecord) *int64 { return &r.Output.GroupSessions })},
	field[services.OutputRecord]{name: "activities", key: "-activities", headers: []string{"社区活动", "社區活動"},
		set: count(func(r *services.OutputRecord) *int64 { return &r.Output.Activities })},
	field[services.OutputRecord]{name: "hours", key: "-hours", headers: []string{"服务时长", "服務時長"},
		set: count(func(r *services.OutputRecord) *int64 { return &r.Output.Hours })},
	field[services.OutputRecord]{name: "person_times", key: "-person_times", headers: []string{"服务人次", "服務人次"},
		set: count(func(r *services.OutputRecord) *int64 { return &r.Output.PersonTimes })},
	field[services.OutputRecord]{name: "needs_identified", key: "-needs_identified", headers: []string{"需求发现", "需求發現"},
		set: count(func(r *services.OutputRecord) *int64 { return &r.Output.NeedsIdentified })},
	field[services.OutputRecord]{name: "needs_covered", key: "-needs_covered", headers: []string{"需求回应", "需求回應"},
		set: count(func(r *services.OutputRecord) *int64 { return &r.Output.NeedsCovered })},
	object("output", func(r *services.OutputRecord) *services.Output { return &r.Output }),
)

var resourceSchema = newSchema(
	field[services.ResourceRecord]{name: "unit", headers: []string{"单位代码", "單位代碼"}, required: true,
		set: unit(func(r *services.ResourceRecord) *hierarchy.Code { return &r.Unit })},
	field[services.ResourceRecord]{name: "period", headers: []string{"期间", "期間", "统计期", "統計期"}, required: true,
		set: period(func(r *services.ResourceRecord) *policy.Period { return &r.Period })},
	field[services.ResourceRecord]{name: "social_workers", key: "-social_workers", headers: []string{"社工人数", "社工人數"},
		set: count(func(r *services.ResourceRecord) *int64 { return &r.Resources.SocialWorkers })},
	field[services.ResourceRecord]{name: "volunteers", key: "-volunteers", headers: []string{"志愿者", "志願者"},
		set: count(func(r *services.ResourceRecord) *int64 { return &r.Resources.Volunteers })},
	field[services.ResourceRecord]{name: "volunteer_teams", key: "-volunteer_teams", headers: []string{"志愿服务队", "志願服務隊"},
		set: count(func(r *services.ResourceRecord) *int64 { return &r.Resources.VolunteerTeams })},
	field[services.ResourceRecord]{name: "charity_funds", key: "-charity_funds", headers: []string{"社区慈善基金", "社區慈善基金"},
		set: count(func(r *services.ResourceRecord) *int64 { return &r.Resources.CharityFunds })},
	object("resources", func(r *services.ResourceRecord) *services.Resources { return &r.Resources }),
)

// ReadOutputs reads service output records. A table has a header
// (possibly below title rows), then one record a row, with the columns
// unit (单位代码) and period (期间, 统计期: "2024-01-01/2024-01-31" or as
// policy.Period reads it), both required, and the counts cases (个案),
// group_sessions (小组), activities (社区活动), hours (服务时长),
// person_times (服务人次), needs_identified (需求发现) and needs_covered
// (需求回应); projects by field and group are in JSON only. JSON is an
// array of objects as encoding/json writes services.OutputRecord.
func ReadOutputs(in Input) *Records[services.OutputRecord] { return read(in, outputSchema) }

// ReadResources reads five-society resource records. A table has the
// columns unit (单位代码) and period (期间), both required, and the counts
// social_workers (社工人数), volunteers (志愿者), volunteer_teams
// (志愿服务队) and charity_funds (社区慈善基金); organisations, fund
// amounts and the three lists are in JSON only, an array of objects as
// encoding/json writes services.ResourceRecord.
func ReadResources(in Input) *Records[services.ResourceRecord] { return read(in, resourceSchema) }

// BuildOutputs validates recs on net into a data set. The error, a
// policy.Problems, lists the problems of reading recs and those
// services.NewOutputData finds in the records read, naming their lines.
func BuildOutputs(net *hierarchy.Network, recs *Records[services.OutputRecord]) (*services.OutputData, error) {
	data, err := services.NewOutputData(net, recs.Items)
	return finish(data, recs.Problems(), err, recs.Row, recs.Line)
}

// BuildResources validates recs on net into a data set, as BuildOutputs
// does.
func BuildResources(net *hierarchy.Network, recs *Records[services.ResourceRecord]) (*services.ResourceData, error) {
	data, err := services.NewResourceData(net, recs.Items)
	return finish(data, recs.Problems(), err, recs.Row, recs.Line)
}

func finish[D any](data *D, problems policy.Problems, err error, row, line func(int) int) (*D, error) {
	var de *services.DataError
	switch {
	case errors.As(err, &de):
		for _, p := range de.Problems {
			field := ""
			if errors.Is(p.Err, hierarchy.ErrUnknownUnit) {
				field = "unit"
			} else if errors.Is(p.Err, policy.ErrOverlap) {
				field = "period"
			}
			problems = append(problems, policy.Problem{Path: itemPath(row(p.Index), field), Line: line(p.Index), Err: &p})
		}
	case err != nil:
		problems = append(problems, policy.ProblemsOf(err)...)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return data, nil
}
