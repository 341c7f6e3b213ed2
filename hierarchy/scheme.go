package hierarchy

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/shegong/shegong/internal/errlist"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// A Scheme is a jurisdiction's tiered social-work service system: which
// levels carry which facility, and what each does. Chongqing's
// "区县—镇街—村社" is three tiers, Ordos's and Suzhou's four. Schemes are
// values; the presets return fresh copies.
type Scheme struct {
	Name   string        `json:"name"`
	Motto  string        `json:"motto,omitempty"` // the slogan naming the system, such as 一区县一中心、一镇街一站、一村社一室
	Tiers  []Tier        `json:"tiers"`           // from the top down
	Source policy.Source `json:"source"`
}

// A Tier is one rung of a scheme: the facility its units host and the
// functions the document gives it.
type Tier struct {
	Level     Level      `json:"level"`
	Facility  Facility   `json:"facility"`
	Functions []Function `json:"functions,omitempty"`
	// Optional is set where the document asks for the facility only where
	// conditions allow (Ordos: rooms "在有条件的城乡社区"), so that less
	// than full coverage is not a shortfall.
	Optional bool `json:"optional,omitempty"`
	// Standard is the set of essentials the facility must meet (Ordos: the
	// whole "六有" for stations and rooms); empty if the document sets none.
	Standard Essentials    `json:"standard,omitzero"`
	Source   policy.Source `json:"source"`
}

// ErrScheme is wrapped by Scheme.Validate's errors.
var ErrScheme = errors.New("invalid scheme")

// Validate reports every problem of s at once: a missing name or tier,
// tiers not strictly descending, a facility that does not fit its level,
// an unknown function or essential, an invalid source. It returns a
// policy.Problems whose paths are those of the scheme's JSON form
// ("tiers[1].level"), each wrapping ErrScheme.
func (s Scheme) Validate() error {
	var ps policy.Problems
	bad := func(path, format string, args ...any) {
		ps = append(ps, policy.Problem{Path: path, Err: fmt.Errorf("%w %q: "+format, append([]any{ErrScheme, s.Name}, args...)...)})
	}
	if s.Name == "" {
		bad("name", "name is empty")
	}
	if len(s.Tiers) == 0 {
		bad("tiers", "no tiers")
	}
	for _, err := range errlist.Flatten(s.Source.Validate()) {
		bad("source", "source: %w", err)
	}
	for i, t := range s.Tiers {
		at := "tiers[" + strconv.Itoa(i) + "]"
		switch {
		case !t.Level.Valid():
			bad(at+".level", "tier %d: level %s is not a level", i, t.Level)
		case i > 0 && t.Level <= s.Tiers[i-1].Level:
			bad(at+".level", "tier %d: level %s does not lie below %s", i, t.Level, s.Tiers[i-1].Level)
		case t.Facility == FacilityNone || !t.Facility.Fits(t.Level):
			bad(at+".facility", "tier %d: facility %s does not fit level %s", i, t.Facility, t.Level)
		}
		for j, f := range t.Functions {
			if !f.Valid() {
				bad(at+".functions["+strconv.Itoa(j)+"]", "tier %d: function %s is not a function", i, f)
			}
		}
		if !t.Standard.Valid() {
			bad(at+".standard", "tier %d: standard %s", i, t.Standard)
		}
		for _, err := range errlist.Flatten(t.Source.Validate()) {
			bad(at+".source", "tier %d: %w", i, err)
		}
	}
	return ps.Err()
}

// DecodeScheme reads a scheme from its JSON form (see the package
// documentation for the keys) and validates it as Validate does. Decoding
// is strict: an unknown key, a key given twice, a missing required key, a
// value of the wrong type or an unknown name is a problem. Every problem
// is reported at once, as a policy.Problems whose entries carry the JSON
// path within the scheme ("tiers[2].facility") and the line and column,
// each wrapping ErrScheme; a problem of validation at the path of a
// problem of decoding is left out, being its consequence.
func DecodeScheme(data []byte) (Scheme, error) {
	var s Scheme
	// A closure, since the method value s.Validate would copy s before it
	// is decoded.
	if err := jsonwalk.Unmarshal(data, &s, func() error { return s.Validate() }); err != nil { //nolint:gocritic // see above
		ps := policy.ProblemsOf(err)
		for i, p := range ps {
			if !errors.Is(p.Err, ErrScheme) {
				ps[i].Err = fmt.Errorf("%w: %w", ErrScheme, p.Err)
			}
		}
		return Scheme{}, ps
	}
	return s, nil
}

// EncodeScheme writes s in its canonical JSON form: keys in the
// documented order, indented by two spaces, optional keys left out when
// empty, a final newline. Decoding the result and encoding it again gives
// the same bytes. An invalid s is refused with Validate's problems.
func EncodeScheme(s Scheme) ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return jsonwalk.Encode(s)
}

// Tier returns the tier of level l.
func (s Scheme) Tier(l Level) (Tier, bool) {
	for _, t := range s.Tiers {
		if t.Level == l {
			return t, true
		}
	}
	return Tier{}, false
}

// Coverage returns, for each tier of s in order, how many units of the
// tier's level host the tier's facility, of all units of that level in t.
func (s Scheme) Coverage(t Totals) []metrics.Coverage {
	out := make([]metrics.Coverage, len(s.Tiers))
	for i, tier := range s.Tiers {
		out[i] = t.FacilityCoverage(tier.Level, tier.Facility)
	}
	return out
}

// Chongqing returns Chongqing's three-tier system 区县—镇街—村社, "one centre
// per county, one station per township, one room per community", with the
// functions the Municipal Civil Affairs Bureau gives each tier.
func Chongqing() Scheme {
	src := policy.Chongqing2020.Source()
	build := src.Cite("一、以服务体系为突破……一是建体系")
	roles := src.Cite("一、以服务体系为突破……二是明职能")
	return Scheme{
		Name:  "重庆市三级社会工作服务体系",
		Motto: "一区县一中心、一镇街一站、一村社一室",
		Tiers: []Tier{
			{Level: LevelCounty, Facility: FacilityGuidanceCenter, Source: roles,
				Functions: []Function{FunctionPlanning, FunctionIntegration, FunctionGuidance, FunctionEvaluation}},
			{Level: LevelTownship, Facility: FacilityStation, Source: roles,
				Functions: []Function{FunctionCultivation, FunctionProjects, FunctionRoomSupervision}},
			{Level: LevelCommunity, Facility: FacilityRoom, Source: roles,
				Functions: []Function{FunctionDirectService}},
		},
		Source: build,
	}
}

// Ordos returns the four-tier system of Ordos's draft plan 市—旗区—苏木乡镇
// (街道)—城乡社区: a city guidance centre, a banner or district service
// centre, a township station and a room in communities where conditions
// allow, stations and rooms meeting the six essentials. The draft names no
// functions per tier.
func Ordos() Scheme {
	src := policy.Ordos2021.Source()
	system := src.Cite("三、主要任务（七）加快社会工作服务体系建设")
	return Scheme{
		Name:  "鄂尔多斯市四级社会工作服务体系",
		Motto: "市、旗区、苏木乡镇（街道）、城乡社区四级社会工作服务体系",
		Tiers: []Tier{
			{Level: LevelCity, Facility: FacilityGuidanceCenter, Source: system},
			{Level: LevelCounty, Facility: FacilityServiceCenter, Source: system},
			{Level: LevelTownship, Facility: FacilityStation, Standard: AllEssentials, Source: system},
			{Level: LevelCommunity, Facility: FacilityRoom, Optional: true, Standard: AllEssentials, Source: system},
		},
		Source: system,
	}
}

// Suzhou returns Suzhou's four-level system 市级统筹、市区指导、乡镇落实、
// 村居配合, from the report of its station building (in Traditional Chinese,
// as published).
func Suzhou() Scheme {
	src := policy.Suzhou2021.Source()
	system := src.Cite("“強運行”：科學統籌，構建四級平臺")
	return Scheme{
		Name:  "蘇州市四級社會工作站（室）運行格局",
		Motto: "市級統籌、市區指導、鄉鎮落實、村居配合",
		Tiers: []Tier{
			{Level: LevelCity, Facility: FacilityServiceCenter, Source: system,
				Functions: []Function{FunctionPlanning, FunctionStandards}},
			{Level: LevelCounty, Facility: FacilityGuidanceCenter, Source: system,
				Functions: []Function{FunctionGuidance, FunctionTalent}},
			{Level: LevelTownship, Facility: FacilityStation, Source: system,
				Functions: []Function{FunctionProjects, FunctionServiceLinking}},
			{Level: LevelCommunity, Facility: FacilityRoom, Source: system,
				Functions: []Function{FunctionDirectService, FunctionCultivation, FunctionResourceLinking}},
		},
		Source: system,
	}
}

// Langxi returns Langxi county's three-level station system: a county
// guidance centre and a station in every town (12, all running). The report
// names the village level of its "三级社工站" system but no facility count
// there, so that tier is optional.
// The report carries no date (its latest figures are for 2023), so its
// Source has none.
func Langxi() Scheme {
	src := policy.Langxi2023.Source()
	system := src.Cite("高起点谋划，盘活全县社会工作“一盘棋”")
	return Scheme{
		Name:  "郎溪县三级社工站工作体系",
		Motto: "1个县级指导中心及12个镇（街）服务站全覆盖运营",
		Tiers: []Tier{
			{Level: LevelCounty, Facility: FacilityGuidanceCenter, Source: system},
			{Level: LevelTownship, Facility: FacilityStation, Source: system},
			{Level: LevelCommunity, Facility: FacilityRoom, Optional: true, Source: system},
		},
		Source: system,
	}
}
