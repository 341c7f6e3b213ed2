package staffing

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/policy"
	"golang.org/x/text/language"
)

// A CertLevel is a national social-work certificate level (职业水平证书
// 等级), not to be confused with hierarchy.Level, the administrative level of
// a unit. The three levels are earned in order of difficulty, but not
// necessarily one after another: a graduate may sit the intermediate exam
// first.
type CertLevel uint8

// The certificate levels, from none to senior. NoCertificate is the
// absence of a certificate: it parses ("none", 无证书) but CertLevels does
// not list it.
const (
	NoCertificate CertLevel = iota
	Junior                  // 助理社会工作师
	Intermediate            // 社会工作师
	Senior                  // 高级社会工作师
	numLevels
)

var levelNames = enum.New[CertLevel]("certificate level",
	enum.Name{Text: "none", En: "no certificate", Hans: "无证书", Hant: "無證書", Aliases: []string{"无", "無"}, Placeholder: true},
	enum.Name{Text: "junior", En: "assistant social worker (junior)", Hans: "助理社会工作师", Hant: "助理社會工作師",
		Aliases: []string{"助理社工师", "助理社工師", "初级", "初級"}},
	enum.Name{Text: "intermediate", En: "social worker (intermediate)", Hans: "社会工作师", Hant: "社會工作師",
		Aliases: []string{"社工师", "社工師", "中级", "中級"}},
	enum.Name{Text: "senior", En: "senior social worker", Hans: "高级社会工作师", Hant: "高級社會工作師",
		Aliases: []string{"高级社工师", "高級社工師", "高级", "高級"}},
)

// CertLevels returns the certificate levels from junior to senior, in a
// fresh slice.
func CertLevels() []CertLevel { return levelNames.Listed() }

func (l CertLevel) String() string { return levelNames.String(l) }

// Label returns l's name in language lang.
func (l CertLevel) Label(lang language.Tag) string { return levelNames.Label(l, lang) }

// Valid reports whether l is one of the named levels, NoCertificate
// included.
func (l CertLevel) Valid() bool { return levelNames.Valid(l) }

// MarshalText encodes l as its machine name, such as "intermediate".
func (l CertLevel) MarshalText() ([]byte, error) { return levelNames.Marshal(l) }

// UnmarshalText decodes a machine name, a Chinese title or an alias such
// as 社工师.
func (l *CertLevel) UnmarshalText(b []byte) error { return enum.Unmarshal(levelNames, l, b) }

// A Role is what a worker does in the network. The Inner Mongolia notice
// staffs a station with a head (the township's leader in charge, a
// concurrent post), deputy heads (the civil-affairs assistant and the head
// of the contracted service organisation) and resident staff.
type Role uint8

// The roles.
const (
	RoleUnspecified       Role = iota
	SocialWorker               // 专职社会工作者: full-time social worker
	ResidentWorker             // 驻站社工: social worker resident at a station
	OutreachWorker             // 外派社工: social worker sent out to community rooms
	StationHead                // 站长
	DeputyHead                 // 副站长
	CivilAffairsAssistant      // 民政助理员
	AssistanceCoordinator      // 社会救助协理员
	ChildSupervisor            // 儿童督导员
	ChildDirector              // 儿童主任
	ProjectStaff               // 社会服务项目人员
	CommitteeCadre             // 村（社区）“两委”干部
	Supervisor                 // 督导
	numRoles
)

var roleNames = enum.New[Role]("role",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "social-worker", En: "full-time social worker", Hans: "专职社会工作者", Hant: "專職社會工作者",
		Aliases: []string{"社工", "社会工作者", "社會工作者", "专职社工", "專職社工"}},
	enum.Name{Text: "resident-worker", En: "resident social worker", Hans: "驻站社工", Hant: "駐站社工",
		Aliases: []string{"驻站社会工作者", "駐站社會工作者"}},
	enum.Name{Text: "outreach-worker", En: "outreach social worker", Hans: "外派社工", Hant: "外派社工"},
	enum.Name{Text: "station-head", En: "station head", Hans: "站长", Hant: "站長", Aliases: []string{"社工站站长", "社工站站長"}},
	enum.Name{Text: "deputy-head", En: "deputy station head", Hans: "副站长", Hant: "副站長"},
	enum.Name{Text: "civil-affairs-assistant", En: "civil-affairs assistant", Hans: "民政助理员", Hant: "民政助理員"},
	enum.Name{Text: "assistance-coordinator", En: "social-assistance coordinator", Hans: "社会救助协理员", Hant: "社會救助協理員"},
	enum.Name{Text: "child-supervisor", En: "child supervisor", Hans: "儿童督导员", Hant: "兒童督導員"},
	enum.Name{Text: "child-director", En: "child director", Hans: "儿童主任", Hant: "兒童主任"},
	enum.Name{Text: "project-staff", En: "project staff", Hans: "社会服务项目人员", Hant: "社會服務項目人員"},
	enum.Name{Text: "committee-cadre", En: "village or community committee cadre", Hans: "两委干部", Hant: "兩委幹部",
		Aliases: []string{"村两委干部", "社区两委干部"}},
	enum.Name{Text: "supervisor", En: "supervisor", Hans: "督导", Hant: "督導"},
)

// Roles returns every role but RoleUnspecified, in order, in a fresh
// slice.
func Roles() []Role { return roleNames.Listed() }

func (r Role) String() string { return roleNames.String(r) }

// Label returns r's name in language lang.
func (r Role) Label(lang language.Tag) string { return roleNames.Label(r, lang) }

// Valid reports whether r is a named role other than RoleUnspecified.
func (r Role) Valid() bool { return r > RoleUnspecified && r < numRoles }

// MarshalText encodes r as its machine name, such as "resident-worker".
func (r Role) MarshalText() ([]byte, error) { return roleNames.Marshal(r) }

// UnmarshalText decodes a machine name, a Chinese title or an alias such
// as 社工.
func (r *Role) UnmarshalText(b []byte) error { return enum.Unmarshal(roleNames, r, b) }

// A RoleSet is a set of roles, such as the roles a staffing minimum counts.
// The zero RoleSet is empty; rules read an empty set as "any role".
type RoleSet uint32

// RolesOf returns the set of rs.
func RolesOf(rs ...Role) RoleSet {
	var s RoleSet
	for _, r := range rs {
		s |= 1 << r
	}
	return s
}

// Has reports whether r is in s.
func (s RoleSet) Has(r Role) bool { return r < 32 && s&(1<<r) != 0 }

// Roles returns the roles of s in order.
func (s RoleSet) Roles() []Role {
	var out []Role
	for r := range numRoles {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// String lists the roles of s, joined by "+".
func (s RoleSet) String() string {
	names := make([]string, 0, 4)
	for _, r := range s.Roles() {
		names = append(names, r.String())
	}
	return strings.Join(names, "+")
}

// MarshalJSON encodes s as an array of role names.
func (s RoleSet) MarshalJSON() ([]byte, error) {
	rs := s.Roles()
	if rs == nil {
		rs = []Role{}
	}
	return json.Marshal(rs)
}

// UnmarshalJSON decodes an array of role names, rejecting unknown and
// repeated ones.
func (s *RoleSet) UnmarshalJSON(b []byte) error {
	var rs []Role
	if err := json.Unmarshal(b, &rs); err != nil {
		return err
	}
	var set RoleSet
	for _, r := range rs {
		if !r.Valid() {
			return fmt.Errorf("role %s is not a role", r)
		}
		if set.Has(r) {
			return fmt.Errorf("role %s listed twice", r)
		}
		set |= 1 << r
	}
	*s = set
	return nil
}

// SocialWorkRoles returns the roles that are social-work posts proper, the
// ones a staffing minimum of "专职社会工作者" counts.
func SocialWorkRoles() RoleSet { return RolesOf(SocialWorker, ResidentWorker, OutreachWorker) }

// Employment is how a worker holds the post.
type Employment uint8

// The forms of employment. FullTime is the zero value.
const (
	FullTime   Employment = iota // 专职
	PartTime                     // 兼职
	Concurrent                   // 兼任: a post held beside another office, as station heads hold theirs
	numEmployments
)

var employmentNames = enum.New[Employment]("employment",
	enum.Name{Text: "full-time", En: "full-time", Hans: "专职", Hant: "專職", Aliases: []string{"全职", "全職"}},
	enum.Name{Text: "part-time", En: "part-time", Hans: "兼职", Hant: "兼職"},
	enum.Name{Text: "concurrent", En: "concurrent post", Hans: "兼任", Hant: "兼任"},
)

// Employments returns the forms of employment in order, in a fresh slice.
func Employments() []Employment { return employmentNames.Listed() }

func (e Employment) String() string { return employmentNames.String(e) }

// Valid reports whether e is one of the forms of employment.
func (e Employment) Valid() bool { return employmentNames.Valid(e) }

// Label returns e's name in language lang.
func (e Employment) Label(lang language.Tag) string { return employmentNames.Label(e, lang) }

// MarshalText encodes e as its machine name, such as "part-time".
func (e Employment) MarshalText() ([]byte, error) { return employmentNames.Marshal(e) }

// UnmarshalText decodes a machine name or a Chinese label.
func (e *Employment) UnmarshalText(b []byte) error { return enum.Unmarshal(employmentNames, e, b) }

// Certificates records when a worker obtained each certificate level while
// in post; a zero date means the level was not obtained. Index it by
// CertLevel (index 0, NoCertificate, is unused). A fixed array keeps a Worker free of
// pointers, which matters for rosters of millions.
type Certificates [numLevels]policy.Date

// A Worker is one person on a roster.
type Worker struct {
	ID         string         `json:"id"`
	Name       string         `json:"name,omitempty"`
	Unit       hierarchy.Code `json:"unit"`
	Role       Role           `json:"role"`
	Employment Employment     `json:"employment,omitzero"`
	// Prior is the certificate level held on joining. Certificates earned
	// before joining carry no date here: no rule looks at them beyond the
	// level, and no one-time bonus is owed for them.
	Prior CertLevel `json:"prior_level,omitzero"`
	// Certified holds the day each level was obtained in post. A date after
	// Left is kept, as registries record it, but no rule counts it.
	Certified Certificates `json:"certified,omitzero"`
	Joined    policy.Date  `json:"joined"`
	// Left is the last day in post; zero while the worker stays.
	Left policy.Date `json:"left,omitzero"`
}

// Active reports whether w is in post on d.
func (w Worker) Active(d policy.Date) bool {
	return w.Joined <= d && (w.Left.IsZero() || d <= w.Left)
}

// LevelOn returns the highest certificate level w holds on d.
func (w Worker) LevelOn(d policy.Date) CertLevel {
	best := w.Prior
	for l := Senior; l > best; l-- {
		if got := w.Certified[l]; !got.IsZero() && got <= d {
			return l
		}
	}
	return best
}

// MarshalJSON encodes c as an object from level name to date, listing only
// the levels obtained.
func (c Certificates) MarshalJSON() ([]byte, error) {
	m := make(map[string]policy.Date, numLevels)
	for l := Junior; l <= Senior; l++ {
		if !c[l].IsZero() {
			m[l.String()] = c[l]
		}
	}
	return json.Marshal(m) // encoding/json sorts map keys
}

// UnmarshalJSON decodes an object from level name to date.
func (c *Certificates) UnmarshalJSON(b []byte) error {
	var m map[string]policy.Date
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	var out Certificates
	for name, d := range m {
		var l CertLevel
		if err := l.UnmarshalText([]byte(name)); err != nil {
			return err
		}
		if l == NoCertificate {
			return fmt.Errorf("certified: %q is not a certificate level", name)
		}
		out[l] = d
	}
	*c = out
	return nil
}

// IsZero reports whether no certificate was obtained in post.
func (c Certificates) IsZero() bool { return c == Certificates{} }
