package jurisdiction

import (
	"bytes"
	"encoding"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/services"
	"github.com/shegong/shegong/staffing"
)

// The schema is generated from the wire types by reflection (with
// -update), so that it names exactly the keys the decoder reads and the
// machine names of every enumeration; a test keeps the file equal.

func names[E encoding.TextMarshaler](es []E) []string {
	out := make([]string, len(es))
	for i, e := range es {
		b, _ := e.MarshalText()
		out[i] = string(b)
	}
	return out
}

// enums maps each enumeration type to its machine names.
func enums() map[reflect.Type][]string {
	return map[reflect.Type][]string{
		reflect.TypeFor[hierarchy.Level]():          names(hierarchy.Levels()),
		reflect.TypeFor[hierarchy.Facility]():       names(hierarchy.Facilities()),
		reflect.TypeFor[hierarchy.Function]():       names(hierarchy.Functions()),
		reflect.TypeFor[hierarchy.UnitKind]():       names(hierarchy.UnitKinds()),
		reflect.TypeFor[hierarchy.Area]():           names(hierarchy.Areas()),
		reflect.TypeFor[staffing.Role]():            names(staffing.Roles()),
		reflect.TypeFor[staffing.Employment]():      names(staffing.Employments()),
		reflect.TypeFor[staffing.CertLevel]():       names(staffing.CertLevels()),
		reflect.TypeFor[incentives.PartialMonth]():  names(incentives.PartialMonths()),
		reflect.TypeFor[incentives.Leaving]():       names(incentives.Leavings()),
		reflect.TypeFor[incentives.Upgrade]():       names(incentives.Upgrades()),
		reflect.TypeFor[incentives.Once]():          names(incentives.Onces()),
		reflect.TypeFor[funding.Kind]():             names(funding.Kinds()),
		reflect.TypeFor[metrics.Rounding]():         names(metrics.Roundings()),
		reflect.TypeFor[metrics.Qualifier]():        names(metrics.Qualifiers()),
		reflect.TypeFor[metrics.Comparator]():       names(metrics.Comparators()),
		reflect.TypeFor[metrics.ValueKind]():        names(metrics.ValueKinds()),
		reflect.TypeFor[policy.Status]():            names(policy.Statuses()),
		reflect.TypeFor[services.ResourceMeasure](): names(services.ResourceMeasures()),
		reflect.TypeFor[Measure]():                  names(Measures()),
		reflect.TypeFor[CaseKind]():                 names(CaseKinds()),
	}
}

// mixJSON is the JSON form of a funding.Mix, which has its own
// MarshalJSON and no exported fields for the generator to read.
type mixJSON struct {
	Name  string         `json:"name"`
	Year  int            `json:"year,omitempty"`
	Items []funding.Item `json:"items"`
}

type schemaGen struct {
	enums map[reflect.Type][]string
	defs  map[string]any
}

type object = map[string]any

var (
	// a decimal is written as a string in the canonical form; the decoders
	// also read a JSON number
	decimalSchema = object{"type": []string{"string", "number"}, "pattern": `^-?[0-9]+(\.[0-9]+)?$`}
	dateSchema    = object{"type": "string", "pattern": `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`}
)

// levels is an object from certificate level to v.
func levels(v any) object {
	return object{"type": "object", "additionalProperties": false, "minProperties": 1,
		"properties": object{"junior": v, "intermediate": v, "senior": v}}
}

func (g *schemaGen) of(t reflect.Type) any {
	if e, ok := g.enums[t]; ok {
		return object{"enum": e}
	}
	switch t {
	case reflect.TypeFor[decimal.Decimal]():
		return decimalSchema
	case reflect.TypeFor[policy.Date]():
		return dateSchema
	case reflect.TypeFor[policy.Period]():
		return object{"type": "string", "minLength": 1}
	case reflect.TypeFor[hierarchy.Code]():
		return object{"type": "string", "pattern": `^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$`}
	case reflect.TypeFor[metrics.Ratio]():
		return object{"type": "string", "minLength": 1}
	case reflect.TypeFor[funding.Mix]():
		return g.ref(reflect.TypeFor[mixJSON]())
	case reflect.TypeFor[hierarchy.Essentials]():
		return object{"type": "string"}
	case reflect.TypeFor[staffing.RoleSet]():
		return object{"type": "array", "items": g.of(reflect.TypeFor[staffing.Role]()), "uniqueItems": true}
	case reflect.TypeFor[staffing.Certificates]():
		return levels(dateSchema)
	case reflect.TypeFor[incentives.Amounts]():
		return levels(decimalSchema)
	case reflect.TypeFor[incentives.Grades]():
		return levels(object{"type": "integer", "minimum": 0})
	}
	if t.Kind() == reflect.Pointer {
		return g.of(t.Elem())
	}
	if m, ok := t.MethodByName("At"); ok && strings.HasPrefix(t.Name(), "Versioned[") {
		// an array of the Version[T] that At returns
		return object{"type": "array", "minItems": 1, "items": g.of(m.Type.Out(0))}
	}
	switch t.Kind() { //nolint:exhaustive // the format uses no other kind; the panic below says so
	case reflect.Struct:
		return g.ref(t)
	case reflect.Slice:
		return object{"type": "array", "items": g.of(t.Elem())}
	case reflect.String:
		return object{"type": "string"}
	case reflect.Bool:
		return object{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint8:
		return object{"type": "integer"}
	}
	panic("schema: no schema for " + t.String())
}

// ref defines struct t once, as an object of its json-tagged fields, and
// refers to it.
func (g *schemaGen) ref(t reflect.Type) any {
	name := t.Name()
	if i := strings.IndexByte(name, '['); i >= 0 { // Version[...]: name by the value type
		name = name[:i] + "_" + strings.NewReplacer(".", "_", "/", "_", "]", "", "github_com_shegong_shegong_", "").
			Replace(strings.ReplaceAll(name[i+1:], "github.com/shegong/shegong/", ""))
	}
	if t.PkgPath() != reflect.TypeFor[Pack]().PkgPath() {
		name = t.PkgPath()[strings.LastIndexByte(t.PkgPath(), '/')+1:] + "_" + name
	}
	if n, ok := map[string]string{"funding_Profile": "Funding", "mixJSON": "FundingMix", "funding_Spending": "FundingSpending",
		"policy_Version_github_com_shopspring_decimal_Decimal": "policy_Version_Decimal"}[name]; ok {
		name = n
	}
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // a placeholder against recursion
		props, required := object{}, []string{}
		g.fields(t, props, &required)
		def := object{"type": "object", "additionalProperties": false, "properties": props}
		if len(required) > 0 {
			def["required"] = required
		}
		g.defs[name] = def
	}
	return object{"$ref": "#/$defs/" + name}
}

// fields adds the json-tagged fields of t, and of the structs it embeds
// untagged, to props and required.
func (g *schemaGen) fields(t reflect.Type, props object, required *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("json")
		if !ok && f.Anonymous && f.Type.Kind() == reflect.Struct {
			g.fields(f.Type, props, required)
			continue
		}
		if !ok || tag == "-" || !f.IsExported() {
			continue
		}
		key, opts, _ := strings.Cut(tag, ",")
		props[key] = g.of(f.Type)
		if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
			*required = append(*required, key)
		}
	}
}

// packSchema returns the schema of the pack format.
func packSchema() ([]byte, error) {
	g := &schemaGen{enums: enums(), defs: map[string]any{}}
	root := g.of(reflect.TypeFor[wirePack]()).(object)
	top := g.defs["wirePack"].(object)
	delete(g.defs, "wirePack")
	_ = root
	top["properties"].(object)["format"] = object{"const": Format}
	top["properties"].(object)["id"] = object{"type": "string", "pattern": idPattern.String()}
	s := object{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         "https://github.com/shegong/shegong/jurisdiction/pack.schema.json",
		"title":       "shegong jurisdiction pack",
		"description": "A jurisdiction's whole policy: names, documents, tier scheme, staffing rules, incentives, funding, five-society requirements, targets and the cases its documents publish. Generated from the decoder's types: go test ./jurisdiction -run TestSchema -update.",
		"$defs":       g.defs,
	}
	for k, v := range top {
		s[k] = v
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	f, err := os.Open("pack.schema.json")
	require.NoError(t, err)
	defer func() { _ = f.Close() }()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	require.NoError(t, c.AddResource("pack.schema.json", doc))
	s, err := c.Compile("pack.schema.json")
	require.NoError(t, err)
	return s
}

func validates(t *testing.T, s *jsonschema.Schema, data []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

func TestSchemaFileIsGenerated(t *testing.T) {
	want, err := packSchema()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("pack.schema.json", want, 0o644))
	}
	got, err := os.ReadFile("pack.schema.json")
	require.NoError(t, err)
	if line, diff := firstDiff(string(want), string(got)); diff != "" {
		t.Errorf("pack.schema.json is stale at line %d (%s): go test ./jurisdiction -run TestSchema -update", line, diff)
	}
}

func TestSchemaAcceptsEveryBuiltinPack(t *testing.T) {
	s := compileSchema(t)
	for _, id := range IDs() {
		data, err := packFiles.ReadFile("packs/" + id + ".json")
		require.NoError(t, err)
		assert.NoError(t, validates(t, s, data), id)
	}
	data, err := os.ReadFile("testdata/anji.json")
	require.NoError(t, err)
	assert.NoError(t, validates(t, s, data), "anji")
}

// badPacks are mistakes in a valid pack that the schema can see: the
// schema and the decoder both refuse each.
func badPacks() map[string]func(string) string {
	rep := func(old, repl string) func(string) string {
		return func(s string) string { return strings.Replace(s, old, repl, 1) }
	}
	return map[string]func(string) string{
		"format 2":           rep(`"format": 1`, `"format": 2`),
		"format missing":     rep(`"format": 1,`, ``),
		"unknown top key":    rep(`"format": 1,`, `"format": 1, "nmae": "x",`),
		"bad id":             rep(`"id": "langxi"`, `"id": "Lang Xi"`),
		"names missing":      rep(`"names"`, `"nombres"`),
		"unknown name key":   rep(`"zh_hant": "郎溪縣"`, `"zh_hant": "郎溪縣", "fr": "x"`),
		"source status":      rep(`"status": "report"`, `"status": "rumour"`),
		"scheme level":       rep(`"level": "county"`, `"level": "kounty"`),
		"scheme unknown key": rep(`"motto"`, `"slogan"`),
		"staffing missing":   rep(`"staffing"`, `"staff"`),
		"staffing unknown":   rep(`"months": 12`, `"months": 12, "grace": 1`),
		"staffing type":      rep(`"months": 12`, `"months": "twelve"`),
		"bonus amount":       rep(`"junior": "1000"`, `"junior": "1千"`),
		"stipend level":      rep(`"senior": "500"`, `"seniour": "500"`),
		"incentive rounding": rep(`"jurisdiction": "郎溪县",
    "bonuses"`, `"jurisdiction": "郎溪县",
    "rounding": "up-ish",
    "bonuses"`),
		"funding kind":        rep(`"kind": "budgeted"`, `"kind": "budget-ish"`),
		"funding unknown key": rep(`"label"`, `"lable"`),
		"amount qualifier":    rep(`"qualifier": "about"`, `"qualifier": "roughly"`),
		"budget kind":         rep(`"budget": "budgeted"`, `"budget": "nope"`),
		"case kind":           rep(`"kind": "payroll"`, `"kind": "payrol"`),
		"case unknown key":    rep(`"want": "2000.00"`, `"wanted": "2000.00"`),
		"case date":           rep(`"joined": "2022-01-01"`, `"joined": "1 Jan 2022"`),
		"case role":           rep(`"role": "committee-cadre"`, `"role": "cadre-ish"`),
		"case code":           rep(`"unit": "341821100200"`, `"unit": "34182110020X"`),
		"not an object":       func(string) string { return `[1, 2]` },
	}
}

func TestSchemaAndDecoderRefuseTheSameBadPacks(t *testing.T) {
	s := compileSchema(t)
	good, err := packFiles.ReadFile("packs/langxi.json")
	require.NoError(t, err)
	require.NoError(t, validates(t, s, good))
	for name, mutate := range badPacks() {
		bad := mutate(string(good))
		require.NotEqual(t, string(good), bad, "%s: the mistake was not made", name)
		_, decErr := Decode([]byte(bad))
		assert.Error(t, decErr, "%s: the decoder accepts it", name)
		assert.Error(t, validates(t, s, []byte(bad)), "%s: the schema accepts it", name)
	}
}
