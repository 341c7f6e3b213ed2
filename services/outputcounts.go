package services

import (
	"errors"
	"math"

	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/metrics"
	"golang.org/x/text/language"
)

// A Field is the field a service project works in. The documents
// name these: social assistance, elderly care and child protection (Inner
// Mongolia, Langxi, Jiajiang, Suzhou), community correction (Ordos,
// Wenzhou), community rehabilitation, counselling, mediation, family
// education and skills training (Ordos), community governance (Langxi),
// cultivating social organisations and linking charity resources (Inner
// Mongolia). Wenzhou counts 24 fields without naming them all: the rest are
// FieldOther.
type Field uint8

// The service fields.
const (
	FieldSocialAssistance        Field = iota // 社会救助
	FieldElderlyCare                          // 养老服务
	FieldChildProtection                      // 儿童关爱保护
	FieldCommunityCorrection                  // 社区矫正
	FieldRehabilitation                       // 社区康复, 精神障碍患者社区康复
	FieldCounselling                          // 心理疏导
	FieldMediation                            // 矛盾调解
	FieldFamilyEducation                      // 家庭教育
	FieldSkillsTraining                       // 技能培训
	FieldCommunityGovernance                  // 社区治理
	FieldOrganisationCultivation              // 社会组织培育
	FieldCharityLinking                       // 慈善资源链接
	FieldOther                                // 其他
	numFields
)

var fieldNames = enum.New[Field]("service field",
	enum.Name{Text: "social-assistance", En: "social assistance", Hans: "社会救助", Hant: "社會救助"},
	enum.Name{Text: "elderly-care", En: "elderly care", Hans: "养老服务", Hant: "養老服務"},
	enum.Name{Text: "child-protection", En: "child care and protection", Hans: "儿童关爱保护", Hant: "兒童關愛保護"},
	enum.Name{Text: "community-correction", En: "community correction", Hans: "社区矫正", Hant: "社區矯正"},
	enum.Name{Text: "rehabilitation", En: "community rehabilitation", Hans: "社区康复", Hant: "社區康復"},
	enum.Name{Text: "counselling", En: "psychological counselling", Hans: "心理疏导", Hant: "心理疏導"},
	enum.Name{Text: "mediation", En: "dispute mediation", Hans: "矛盾调解", Hant: "矛盾調解"},
	enum.Name{Text: "family-education", En: "family education", Hans: "家庭教育", Hant: "家庭教育"},
	enum.Name{Text: "skills-training", En: "skills training", Hans: "技能培训", Hant: "技能培訓"},
	enum.Name{Text: "community-governance", En: "community governance", Hans: "社区治理", Hant: "社區治理"},
	enum.Name{Text: "organisation-cultivation", En: "cultivating social organisations", Hans: "社会组织培育", Hant: "社會組織培育"},
	enum.Name{Text: "charity-linking", En: "linking charity resources", Hans: "慈善资源链接", Hant: "慈善資源鏈接"},
	enum.Name{Text: "other", En: "other fields", Hans: "其他领域", Hant: "其他領域"},
)

// Fields lists the fields in order.
func Fields() []Field { return fieldNames.Listed() }

// String returns f's machine name.
func (f Field) String() string { return fieldNames.String(f) }

// Valid reports whether f is one of the named fields.
func (f Field) Valid() bool { return fieldNames.Valid(f) }

// Label returns f's name in language l.
func (f Field) Label(l language.Tag) string { return fieldNames.Label(f, l) }

// MarshalText encodes f as its machine name, such as "elderly-care".
func (f Field) MarshalText() ([]byte, error) { return fieldNames.Marshal(f) }

// UnmarshalText decodes a machine name or a Chinese label.
func (f *Field) UnmarshalText(b []byte) error {
	return enum.Unmarshal(fieldNames, f, b)
}

// A TargetGroup is a group of people a project serves: the groups the
// Ordos plan lists for needs surveys (低保对象、特困人员、农村牧区“三留守”人员、
// 退役军人、孤寡高龄老人、残疾人、困境儿童、失独家庭、社区矫正人员), Langxi's
// ordinary residents, and Wenzhou's elderly, migrant workers and
// low-income families.
type TargetGroup uint8

// The target groups.
const (
	GroupResidents            TargetGroup = iota // 普通居民
	GroupSubsistenceAllowance                    // 低保对象
	GroupExtremePoverty                          // 特困人员
	GroupLeftBehind                              // 留守人员 (三留守)
	GroupVeterans                                // 退役军人
	GroupElderlyAlone                            // 孤寡高龄老人, 独居困难老人
	GroupElderly                                 // 老年人
	GroupDisabled                                // 残疾人
	GroupChildrenInDifficulty                    // 困境儿童
	GroupBereavedFamilies                        // 失独家庭
	GroupCommunityCorrection                     // 社区矫正人员
	GroupMigrantWorkers                          // 外来务工人员
	GroupLowIncome                               // 低收入家庭
	GroupOther                                   // 其他
	numTargetGroups
)

var targetGroupNames = enum.New[TargetGroup]("target group",
	enum.Name{Text: "residents", En: "ordinary residents", Hans: "普通居民", Hant: "普通居民"},
	enum.Name{Text: "subsistence-allowance", En: "subsistence-allowance recipients", Hans: "低保对象", Hant: "低保對象"},
	enum.Name{Text: "extreme-poverty", En: "people in extreme poverty", Hans: "特困人员", Hant: "特困人員"},
	enum.Name{Text: "left-behind", En: "left-behind people", Hans: "留守人员", Hant: "留守人員"},
	enum.Name{Text: "veterans", En: "veterans", Hans: "退役军人", Hant: "退役軍人"},
	enum.Name{Text: "elderly-alone", En: "elderly living alone", Hans: "孤寡高龄老人", Hant: "孤寡高齡老人"},
	enum.Name{Text: "elderly", En: "elderly people", Hans: "老年人", Hant: "老年人"},
	enum.Name{Text: "disabled", En: "disabled people", Hans: "残疾人", Hant: "殘疾人"},
	enum.Name{Text: "children-in-difficulty", En: "children in difficulty", Hans: "困境儿童", Hant: "困境兒童"},
	enum.Name{Text: "bereaved-families", En: "bereaved single-child families", Hans: "失独家庭", Hant: "失獨家庭"},
	enum.Name{Text: "community-correction", En: "people under community correction", Hans: "社区矫正人员", Hant: "社區矯正人員"},
	enum.Name{Text: "migrant-workers", En: "migrant workers", Hans: "外来务工人员", Hant: "外來務工人員"},
	enum.Name{Text: "low-income", En: "low-income families", Hans: "低收入家庭", Hant: "低收入家庭"},
	enum.Name{Text: "other", En: "other groups", Hans: "其他群体", Hant: "其他群體"},
)

// TargetGroups lists the groups in order.
func TargetGroups() []TargetGroup { return targetGroupNames.Listed() }

// String returns g's machine name.
func (g TargetGroup) String() string { return targetGroupNames.String(g) }

// Valid reports whether g is one of the named groups.
func (g TargetGroup) Valid() bool { return targetGroupNames.Valid(g) }

// Label returns g's name in language l.
func (g TargetGroup) Label(l language.Tag) string { return targetGroupNames.Label(g, l) }

// MarshalText encodes g as its machine name, such as "veterans".
func (g TargetGroup) MarshalText() ([]byte, error) { return targetGroupNames.Marshal(g) }

// UnmarshalText decodes a machine name or a Chinese label.
func (g *TargetGroup) UnmarshalText(b []byte) error {
	return enum.Unmarshal(targetGroupNames, g, b)
}

// FieldCounts counts projects by service field, indexed by Field.
// Project counts are small (Wenzhou's whole city ran 193), so int32 keeps
// a service record compact.
type FieldCounts [numFields]int32

// Total returns the projects of every field.
func (c FieldCounts) Total() int64 { return sumCounts(c[:]) }

// MarshalJSON writes an object from field names to counts, leaving out
// zeros: {"elderly-care":2}.
func (c FieldCounts) MarshalJSON() ([]byte, error) { return marshalKeyed(fieldNames, c[:]) }

// UnmarshalJSON reads an object from field names (or Chinese labels) to
// counts. An unknown or repeated field is an error.
func (c *FieldCounts) UnmarshalJSON(b []byte) error {
	return unmarshalKeyed(fieldNames, b, c[:])
}

// GroupCounts counts projects by target group, indexed by TargetGroup.
type GroupCounts [numTargetGroups]int32

// MarshalJSON writes an object from group names to counts, leaving out
// zeros: {"veterans":1}.
func (c GroupCounts) MarshalJSON() ([]byte, error) { return marshalKeyed(targetGroupNames, c[:]) }

// UnmarshalJSON reads an object from group names (or Chinese labels) to
// counts. An unknown or repeated group is an error.
func (c *GroupCounts) UnmarshalJSON(b []byte) error {
	return unmarshalKeyed(targetGroupNames, b, c[:])
}

func sumCounts(c []int32) int64 {
	var n int64
	for _, v := range c {
		n += int64(v)
	}
	return n
}

// A OutputMeasure names one count of Output, for rates and
// reports.
type OutputMeasure uint8

// The measures.
const (
	CasesMeasure           OutputMeasure = iota // individual cases (个案)
	GroupSessionsMeasure                        // group-work sessions (小组节数)
	ActivitiesMeasure                           // community activities (社区活动场次)
	HoursMeasure                                // service hours
	PersonTimesMeasure                          // person-times served (服务人次)
	NeedsIdentifiedMeasure                      // needs identified
	NeedsCoveredMeasure                         // needs covered by a project
	ProjectsMeasure                             // projects
	numOutputMeasures
)

var outputMeasureNames = enum.New[OutputMeasure]("output measure",
	enum.Name{Text: "cases", En: "individual cases", Hans: "个案", Hant: "個案"},
	enum.Name{Text: "group-sessions", En: "group sessions", Hans: "小组节数", Hant: "小組節數"},
	enum.Name{Text: "activities", En: "community activities", Hans: "社区活动场次", Hant: "社區活動場次"},
	enum.Name{Text: "hours", En: "service hours", Hans: "服务时长", Hant: "服務時長"},
	enum.Name{Text: "person-times", En: "person-times served", Hans: "服务人次", Hant: "服務人次"},
	enum.Name{Text: "needs-identified", En: "needs identified", Hans: "调研需求", Hant: "調研需求"},
	enum.Name{Text: "needs-covered", En: "needs covered by projects", Hans: "项目回应需求", Hant: "項目回應需求"},
	enum.Name{Text: "projects", En: "service projects", Hans: "服务项目", Hant: "服務項目"},
)

// OutputMeasures lists the measures in order.
func OutputMeasures() []OutputMeasure { return outputMeasureNames.Values() }

func (m OutputMeasure) String() string { return outputMeasureNames.String(m) }

// Label returns m's name in language l.
func (m OutputMeasure) Label(l language.Tag) string { return outputMeasureNames.Label(m, l) }

// Valid reports whether m is one of the named measures.
func (m OutputMeasure) Valid() bool { return outputMeasureNames.Valid(m) }

// MarshalText encodes m as its machine name, such as "person-times".
func (m OutputMeasure) MarshalText() ([]byte, error) { return outputMeasureNames.Marshal(m) }

// UnmarshalText decodes a machine name or a Chinese label.
func (m *OutputMeasure) UnmarshalText(b []byte) error {
	return enum.Unmarshal(outputMeasureNames, m, b)
}

// Output is what a station, a room or an area delivered in some
// period: Wenzhou's "个案877个、小组3893节、社区活动4312场次", Langxi's 3,276
// visiting hours and 36 projects. Every count is a flow over the period,
// so outputs of units and of consecutive periods add up. A project counts
// in the period it is carried out, once under its field and once under
// each group it serves; NeedsCovered counts the needs identified in the
// same period that a project answers. The zero value delivered nothing.
//
// The struct is fixed-size and pointer-free, so a year of monthly records
// for every unit in China (8 million) rolls up without a single
// allocation per record.
type Output struct {
	Cases         int64 `json:"cases,omitempty"`
	GroupSessions int64 `json:"group_sessions,omitempty"`
	Activities    int64 `json:"activities,omitempty"`
	// Hours are whole hours of service, such as Langxi's visiting hours
	// (入村走访小时).
	Hours           int64       `json:"hours,omitempty"`
	PersonTimes     int64       `json:"person_times,omitempty"`
	NeedsIdentified int64       `json:"needs_identified,omitempty"`
	NeedsCovered    int64       `json:"needs_covered,omitempty"`
	ProjectsByField FieldCounts `json:"projects_by_field,omitzero"`
	ProjectsByGroup GroupCounts `json:"projects_by_group,omitzero"`
}

// Projects returns the projects carried out: the sum over fields.
func (s Output) Projects() int64 { return s.ProjectsByField.Total() }

// Get returns the count m names, and 0 for a measure that is not Valid.
func (s Output) Get(m OutputMeasure) int64 {
	switch m {
	case CasesMeasure:
		return s.Cases
	case GroupSessionsMeasure:
		return s.GroupSessions
	case ActivitiesMeasure:
		return s.Activities
	case HoursMeasure:
		return s.Hours
	case PersonTimesMeasure:
		return s.PersonTimes
	case NeedsIdentifiedMeasure:
		return s.NeedsIdentified
	case NeedsCoveredMeasure:
		return s.NeedsCovered
	case ProjectsMeasure:
		return s.Projects()
	default: // not Valid: callers check first
		return 0
	}
}

// NeedsCoverage returns the needs covered by projects of the needs
// identified. Its Rate is the share the three lists aim at: "群众要什么" met
// by "我们有什么". No needs identified is 0 of 0, which metrics.Coverage.Empty tells.
func (s Output) NeedsCoverage() metrics.Coverage {
	return metrics.Coverage{Covered: s.NeedsCovered, Total: s.NeedsIdentified}
}

// Validate reports every problem of s at once, each naming its field: a
// count below zero (ErrCount) or past MaxCount (metrics.ErrOverflow), more
// needs covered than identified, a group served by more projects than
// were carried out.
func (s Output) Validate() error {
	var c fieldChecker
	c.count(s.Cases, "cases")
	c.count(s.GroupSessions, "group_sessions")
	c.count(s.Activities, "activities")
	c.count(s.Hours, "hours")
	c.count(s.PersonTimes, "person_times")
	c.count(s.NeedsIdentified, "needs_identified")
	c.count(s.NeedsCovered, "needs_covered")
	if s.NeedsCovered > s.NeedsIdentified && s.NeedsIdentified >= 0 {
		c.fail("needs_covered %d is more than needs_identified %d", s.NeedsCovered, s.NeedsIdentified)
	}
	// The guards skip building names for the 27 project counts of nearly
	// every record: Validate runs on millions.
	for f, n := range s.ProjectsByField {
		if n < 0 {
			c.count(int64(n), "projects_by_field", Field(f).String())
		}
	}
	projects := s.Projects()
	for g, n := range s.ProjectsByGroup {
		switch {
		case n < 0:
			c.count(int64(n), "projects_by_group", TargetGroup(g).String())
		case int64(n) > projects:
			c.fail("projects_by_group.%s %d is more than the %d projects carried out", TargetGroup(g), n, projects)
		}
	}
	return errors.Join(c.errs...)
}

// Add returns s + o, as a roll-up of two units or periods does. A sum
// past MaxCount (or, for projects, past int32) is an error wrapping
// metrics.ErrOverflow and naming the field.
func (s Output) Add(o Output) (Output, error) {
	if err := s.accumulate(&o); err != nil {
		return Output{}, err
	}
	return s, nil
}

// accumulate adds o into s in place: Add without copying either, for
// roll-ups over millions of records. After an error s holds partial sums.
func (s *Output) accumulate(o *Output) error {
	var fields, groups bool
	for f := range s.ProjectsByField {
		fields = addCount(&s.ProjectsByField[f], o.ProjectsByField[f], math.MaxInt32) || fields
	}
	for g := range s.ProjectsByGroup {
		groups = addCount(&s.ProjectsByGroup[g], o.ProjectsByGroup[g], math.MaxInt32) || groups
	}
	checks := [len(outputFields)]bool{
		addCount(&s.Cases, o.Cases, MaxCount),
		addCount(&s.GroupSessions, o.GroupSessions, MaxCount),
		addCount(&s.Activities, o.Activities, MaxCount),
		addCount(&s.Hours, o.Hours, MaxCount),
		addCount(&s.PersonTimes, o.PersonTimes, MaxCount),
		addCount(&s.NeedsIdentified, o.NeedsIdentified, MaxCount),
		addCount(&s.NeedsCovered, o.NeedsCovered, MaxCount),
		fields,
		groups,
	}
	return firstOverflow(outputFields[:], checks[:])
}

// outputFields names the counts of Output in the order accumulate checks
// them.
var outputFields = [...]string{"cases", "group_sessions", "activities", "hours", "person_times",
	"needs_identified", "needs_covered", "projects_by_field", "projects_by_group"}
