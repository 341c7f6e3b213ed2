package hierarchy

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"

	"github.com/shegong/shegong/internal/enum"
	"golang.org/x/text/language"
)

// A Facility is the social-work body a unit hosts: a guidance or service
// centre at city or county level, a station (社工站) at township level, a
// room (社工室) at community level.
type Facility uint8

// The facilities. The zero Facility means the unit has none.
const (
	FacilityNone           Facility = iota
	FacilityGuidanceCenter          // 社会工作指导中心
	FacilityServiceCenter           // 社会工作服务中心
	FacilityStation                 // 社会工作(服务)站
	FacilityRoom                    // 社会工作(服务)室
	numFacilities
)

var facilityNames = enum.New[Facility]("facility",
	enum.Name{Text: "none", En: "none", Hans: "无", Hant: "無", Aliases: []string{"未建", "没有"}},
	enum.Name{Text: "guidance-center", En: "social-work guidance centre", Hans: "社会工作指导中心", Hant: "社會工作指導中心",
		Aliases: []string{"指导中心", "指導中心", "社工指导中心", "社工指導中心"}},
	enum.Name{Text: "service-center", En: "social-work service centre", Hans: "社会工作服务中心", Hant: "社會工作服務中心",
		Aliases: []string{"服务中心", "服務中心", "社工服务中心", "社工服務中心"}},
	enum.Name{Text: "station", En: "social-work station", Hans: "社会工作站", Hant: "社會工作站",
		Aliases: []string{"社工站", "社会工作服务站", "社會工作服務站", "乡镇（街道）社工站"}},
	enum.Name{Text: "room", En: "social-work room", Hans: "社会工作室", Hant: "社會工作室",
		Aliases: []string{"社工室", "社会工作服务室", "社會工作服務室", "村（社区）社工室"}},
)

// Facilities returns every facility, FacilityNone first, in a fresh slice.
func Facilities() []Facility { return facilityNames.Listed() }

func (f Facility) String() string { return facilityNames.String(f) }

// Label returns f's name in language lang.
func (f Facility) Label(lang language.Tag) string { return facilityNames.Label(f, lang) }

// Valid reports whether f is one of the named facilities, none included.
func (f Facility) Valid() bool { return facilityNames.Valid(f) }

// MarshalText encodes f as its machine name, such as "station".
func (f Facility) MarshalText() ([]byte, error) { return facilityNames.Marshal(f) }

// UnmarshalText decodes a machine name, a Chinese label or an alias such
// as 社工站.
func (f *Facility) UnmarshalText(b []byte) error { return enum.Unmarshal(facilityNames, f, b) }

// Fits reports whether a unit of level l can host f: centres sit at city or
// county level, stations at township level, rooms at community level. Every
// level fits FacilityNone.
func (f Facility) Fits(l Level) bool {
	switch f {
	case FacilityNone:
		return l.Valid()
	case FacilityGuidanceCenter, FacilityServiceCenter:
		return l == LevelCity || l == LevelCounty
	case FacilityStation:
		return l == LevelTownship
	case FacilityRoom:
		return l == LevelCommunity
	default:
		return false
	}
}

// A Function is a task the documents give a tier's facility, such as
// Chongqing's "统筹规划、资源整合、协调指导和督促评估" for county centres.
type Function uint8

// The functions named in the source documents. The zero Function is
// unspecified.
const (
	FunctionUnspecified     Function = iota
	FunctionPlanning                 // 统筹规划
	FunctionIntegration              // 资源整合
	FunctionGuidance                 // 协调指导
	FunctionEvaluation               // 督促评估
	FunctionStandards                // 工作指引和规范
	FunctionTalent                   // 人才队伍建设
	FunctionCultivation              // 社会组织培育
	FunctionProjects                 // 服务项目策划与实施
	FunctionRoomSupervision          // 监督指导社会工作室
	FunctionServiceLinking           // 衔接村(居)专项服务
	FunctionDirectService            // 面向居民的直接服务
	FunctionResourceLinking          // 联动社区、志愿者和慈善资源
	numFunctions
)

var functionNames = enum.New[Function]("function",
	enum.Name{Text: "unspecified", En: "unspecified", Hans: "未说明", Hant: "未說明", Placeholder: true},
	enum.Name{Text: "planning", En: "overall planning", Hans: "统筹规划", Hant: "統籌規劃"},
	enum.Name{Text: "integration", En: "resource integration", Hans: "资源整合", Hant: "資源整合"},
	enum.Name{Text: "guidance", En: "coordination and guidance", Hans: "协调指导", Hant: "協調指導"},
	enum.Name{Text: "evaluation", En: "supervision and evaluation", Hans: "督促评估", Hant: "督促評估"},
	enum.Name{Text: "standards", En: "work guidelines and standards", Hans: "工作指引和规范", Hant: "工作指引和規範"},
	enum.Name{Text: "talent", En: "talent development", Hans: "人才队伍建设", Hant: "人才隊伍建設"},
	enum.Name{Text: "cultivation", En: "cultivating social organisations", Hans: "社会组织培育", Hant: "社會組織培育"},
	enum.Name{Text: "projects", En: "designing and running service projects", Hans: "服务项目策划", Hant: "服務項目策劃"},
	enum.Name{Text: "room-supervision", En: "supervising community rooms", Hans: "监督指导社会工作室", Hant: "監督指導社會工作室"},
	enum.Name{Text: "service-linking", En: "linking village services", Hans: "衔接村居专项服务", Hant: "銜接村居專項服務"},
	enum.Name{Text: "direct-service", En: "direct services to residents", Hans: "直接服务居民", Hant: "直接服務居民"},
	enum.Name{Text: "resource-linking", En: "linking community, volunteer and charity resources", Hans: "联动社区志愿者慈善资源", Hant: "聯動社區志願者慈善資源"},
)

// Functions returns every function but FunctionUnspecified, in order, in a
// fresh slice.
func Functions() []Function { return functionNames.Listed() }

func (f Function) String() string { return functionNames.String(f) }

// Label returns f's name in language lang.
func (f Function) Label(lang language.Tag) string { return functionNames.Label(f, lang) }

// Valid reports whether f is a function other than unspecified.
func (f Function) Valid() bool { return f > FunctionUnspecified && f < numFunctions }

// MarshalText encodes f as its machine name, such as "planning".
func (f Function) MarshalText() ([]byte, error) { return functionNames.Marshal(f) }

// UnmarshalText decodes a machine name or a Chinese label.
func (f *Function) UnmarshalText(b []byte) error { return enum.Unmarshal(functionNames, f, b) }

// An Essential is one of the "六有" a station or room must meet (Ordos):
// fixed premises, equipment, professional staff, functions, rules and
// workflow.
type Essential uint8

// The six essentials, in the order the document lists them.
const (
	EssentialPremises  Essential = iota // 有固定工作场所
	EssentialEquipment                  // 有必要工作设备
	EssentialStaff                      // 有专业工作人员
	EssentialFunctions                  // 有健全服务功能
	EssentialRules                      // 有完善规章制度
	EssentialWorkflow                   // 有规范工作流程
	numEssentials
)

var essentialNames = enum.New[Essential]("essential",
	enum.Name{Text: "premises", En: "fixed premises", Hans: "有固定工作场所", Hant: "有固定工作場所"},
	enum.Name{Text: "equipment", En: "necessary equipment", Hans: "有必要工作设备", Hant: "有必要工作設備"},
	enum.Name{Text: "staff", En: "professional staff", Hans: "有专业工作人员", Hant: "有專業工作人員"},
	enum.Name{Text: "functions", En: "sound service functions", Hans: "有健全服务功能", Hant: "有健全服務功能"},
	enum.Name{Text: "rules", En: "complete rules", Hans: "有完善规章制度", Hant: "有完善規章制度"},
	enum.Name{Text: "workflow", En: "standard workflow", Hans: "有规范工作流程", Hant: "有規範工作流程"},
)

// EssentialList returns the six essentials in the document's order, in a
// fresh slice. (Essentials, the plural, is the set type.)
func EssentialList() []Essential { return essentialNames.Listed() }

func (e Essential) String() string { return essentialNames.String(e) }

// Valid reports whether e is one of the six essentials.
func (e Essential) Valid() bool { return essentialNames.Valid(e) }

// Label returns e's name in language lang.
func (e Essential) Label(lang language.Tag) string { return essentialNames.Label(e, lang) }

// MarshalText encodes e as its machine name, such as "premises".
func (e Essential) MarshalText() ([]byte, error) { return essentialNames.Marshal(e) }

// UnmarshalText decodes a machine name or a Chinese label.
func (e *Essential) UnmarshalText(b []byte) error { return enum.Unmarshal(essentialNames, e, b) }

// Essentials is the set of essentials a facility meets, one bit per
// Essential. The zero value meets none.
type Essentials uint8

// AllEssentials meets the whole "六有" standard.
const AllEssentials Essentials = 1<<numEssentials - 1

// EssentialsOf returns the set of es.
func EssentialsOf(es ...Essential) Essentials {
	var s Essentials
	for _, e := range es {
		s = s.With(e)
	}
	return s
}

// With returns s with e added; an invalid e adds nothing.
func (s Essentials) With(e Essential) Essentials {
	if e >= numEssentials {
		return s
	}
	return s | 1<<e
}

// Has reports whether s holds e.
func (s Essentials) Has(e Essential) bool { return e < numEssentials && s&(1<<e) != 0 }

// Complete reports whether s meets all six essentials.
func (s Essentials) Complete() bool { return s == AllEssentials }

// Missing returns the essentials s lacks.
func (s Essentials) Missing() Essentials { return AllEssentials &^ s }

// Len returns how many essentials s holds.
func (s Essentials) Len() int { return bits.OnesCount8(uint8(s & AllEssentials)) }

// Valid reports whether s holds no bit beyond the six essentials.
func (s Essentials) Valid() bool { return s&^AllEssentials == 0 }

// All yields the essentials in s in the document's order.
func (s Essentials) All() iter.Seq[Essential] {
	return func(yield func(Essential) bool) {
		for e := range numEssentials {
			if s.Has(e) && !yield(e) {
				return
			}
		}
	}
}

// String writes the machine names joined by "+", such as
// "premises+staff"; the empty set is "".
func (s Essentials) String() string {
	var b strings.Builder
	for e := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString(e.String())
	}
	if !s.Valid() {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		fmt.Fprintf(&b, "invalid(%#x)", uint8(s&^AllEssentials))
	}
	return b.String()
}

// MarshalText encodes s as String does, refusing bits beyond the six.
func (s Essentials) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("invalid essentials %#x", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes names or Chinese labels separated by "+", "," or
// "、"; empty text is the empty set. A repeated essential is an error, as it
// usually means a typo for a missing one.
func (s *Essentials) UnmarshalText(b []byte) error {
	var out Essentials
	text := strings.TrimSpace(string(b))
	if text != "" {
		for part := range strings.FieldsFuncSeq(text, func(r rune) bool { return r == '+' || r == ',' || r == '、' }) {
			e, err := essentialNames.Parse(strings.TrimSpace(part))
			if err != nil {
				return err
			}
			if out.Has(e) {
				return fmt.Errorf("essential %s listed twice in %q", e, text)
			}
			out = out.With(e)
		}
	}
	*s = out
	return nil
}
