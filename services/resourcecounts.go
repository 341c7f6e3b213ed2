package services

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/metrics"
)

// ErrCount is the condition of the additive record types, Resources and
// Output, holding a negative count or an impossible combination of counts.
var ErrCount = errors.New("invalid count")

// MaxCount bounds every count of Resources and Output, of one unit or
// summed over the nation and over decades: a thousand billion is far past
// any head count, hour count or organisation count the documents could
// state (China has 1.4 billion people), and a larger figure is a mistake
// in the data. Sums of a record's counts, such as all its organisations,
// stay far inside int64.
const MaxCount int64 = 1_000_000_000_000

// An OrgCategory is one of the four categories of community social
// organisation (社区社会组织) the Ordos plan cultivates: "生活服务类、公益慈善类、
// 居民互助类、志愿服务类".
type OrgCategory uint8

// The categories, in the plan's order.
const (
	LifeService      OrgCategory = iota // 生活服务类
	PublicInterest                      // 公益慈善类
	MutualAid                           // 居民互助类
	VolunteerService                    // 志愿服务类
	numOrgCategories
)

var orgCategoryNames = enum.New[OrgCategory]("organisation category",
	enum.Name{Text: "life-service", En: "life services", Hans: "生活服务类", Hant: "生活服務類"},
	enum.Name{Text: "public-interest", En: "public interest and charity", Hans: "公益慈善类", Hant: "公益慈善類"},
	enum.Name{Text: "mutual-aid", En: "mutual aid among residents", Hans: "居民互助类", Hant: "居民互助類"},
	enum.Name{Text: "volunteer-service", En: "volunteer service", Hans: "志愿服务类", Hant: "志願服務類"},
)

// OrgCategories lists the categories in order.
func OrgCategories() []OrgCategory { return orgCategoryNames.Listed() }

// String returns c's machine name.
func (c OrgCategory) String() string { return orgCategoryNames.String(c) }

// Valid reports whether c is one of the named categories.
func (c OrgCategory) Valid() bool { return orgCategoryNames.Valid(c) }

// Label returns c's name in language l.
func (c OrgCategory) Label(l language.Tag) string { return orgCategoryNames.Label(c, l) }

// MarshalText encodes c as its machine name, such as "mutual-aid".
func (c OrgCategory) MarshalText() ([]byte, error) { return orgCategoryNames.Marshal(c) }

// UnmarshalText decodes a machine name or a Chinese label.
func (c *OrgCategory) UnmarshalText(b []byte) error {
	return enum.Unmarshal(orgCategoryNames, c, b)
}

// An OrgCount counts the community social organisations of one category:
// those filed (备案) with the township or community, and those registered
// as legal persons (法人登记) with the county's civil-affairs bureau. The plan
// moves mature filed organisations to registration, so the two are
// disjoint.
type OrgCount struct {
	Filed      int64 `json:"filed,omitempty"`
	Registered int64 `json:"registered,omitempty"`
}

// Total returns filed plus registered organisations. On counts in range
// (at most MaxCount each) it cannot overflow.
func (c OrgCount) Total() int64 { return c.Filed + c.Registered }

// Organisations counts community social organisations by category,
// indexed by OrgCategory.
type Organisations [numOrgCategories]OrgCount

// Total returns the organisations of every category.
func (o Organisations) Total() int64 { return o.Filed() + o.Registered() }

// Filed returns the filed organisations of every category.
func (o Organisations) Filed() int64 {
	var n int64
	for _, c := range o {
		n += c.Filed
	}
	return n
}

// Registered returns the organisations of every category registered as
// legal persons.
func (o Organisations) Registered() int64 {
	var n int64
	for _, c := range o {
		n += c.Registered
	}
	return n
}

// MarshalJSON writes an object from category names to counts, leaving out
// empty categories: {"mutual-aid":{"filed":3}}.
func (o Organisations) MarshalJSON() ([]byte, error) { return marshalKeyed(orgCategoryNames, o[:]) }

// UnmarshalJSON reads an object from category names (or Chinese labels)
// to counts. An unknown or repeated category is an error.
func (o *Organisations) UnmarshalJSON(b []byte) error {
	return unmarshalKeyed(orgCategoryNames, b, o[:])
}

// A ListKind is one of the three lists (三清单) stations and communities
// keep: residents' needs, the resources at hand, and the service projects
// that match the two.
type ListKind uint8

// The three lists.
const (
	NeedsList     ListKind = iota // 需求清单
	ResourcesList                 // 资源清单
	ProjectsList                  // 服务项目清单
	numLists
)

var listNames = enum.New[ListKind]("list",
	enum.Name{Text: "needs", En: "needs list", Hans: "需求清单", Hant: "需求清單"},
	enum.Name{Text: "resources", En: "resources list", Hans: "资源清单", Hant: "資源清單"},
	enum.Name{Text: "projects", En: "service projects list", Hans: "服务项目清单", Hant: "服務項目清單"},
)

// ListKinds lists the three lists in order.
func ListKinds() []ListKind { return listNames.Listed() }

// String returns k's machine name.
func (k ListKind) String() string { return listNames.String(k) }

// Valid reports whether k is one of the three lists.
func (k ListKind) Valid() bool { return listNames.Valid(k) }

// Label returns k's name in language l.
func (k ListKind) Label(l language.Tag) string { return listNames.Label(k, l) }

// MarshalText encodes k as its machine name, such as "needs".
func (k ListKind) MarshalText() ([]byte, error) { return listNames.Marshal(k) }

// UnmarshalText decodes a machine name or a Chinese label.
func (k *ListKind) UnmarshalText(b []byte) error { return enum.Unmarshal(listNames, k, b) }

// A ListTally counts the units keeping one list and the entries on it. In
// one unit's record Kept is 1 or 0; added up, it counts the units that keep
// the list.
type ListTally struct {
	Kept    int64 `json:"kept,omitempty"`
	Entries int64 `json:"entries,omitempty"`
}

// Lists holds the tally of each of the three lists, indexed by ListKind.
type Lists [numLists]ListTally

// Kept returns the sum of Kept over the three lists: 3 for a unit keeping
// all of them.
func (l Lists) Kept() int64 {
	var n int64
	for _, t := range l {
		n += t.Kept
	}
	return n
}

// MarshalJSON writes an object from list names to tallies, leaving out
// empty ones: {"needs":{"kept":1,"entries":12}}.
func (l Lists) MarshalJSON() ([]byte, error) { return marshalKeyed(listNames, l[:]) }

// UnmarshalJSON reads an object from list names (or Chinese labels) to
// tallies. An unknown or repeated list is an error.
func (l *Lists) UnmarshalJSON(b []byte) error { return unmarshalKeyed(listNames, b, l[:]) }

// A ResourceMeasure names one count of Resources, the figure a
// requirement such as Ordos's "at least 10 community social organisations
// in every urban community" looks at.
type ResourceMeasure uint8

// The measures. Organisations is the zero value.
const (
	OrganisationsMeasure           ResourceMeasure = iota // community social organisations, filed and registered
	RegisteredOrganisationsMeasure                        // of which registered as legal persons
	SocialWorkersMeasure                                  // social workers serving the unit
	VolunteersMeasure                                     // volunteers
	VolunteerTeamsMeasure                                 // volunteer teams
	CharityFundsMeasure                                   // community charity funds
	ListsKeptMeasure                                      // lists kept of the three
	numResourceMeasures
)

var resourceMeasureNames = enum.New[ResourceMeasure]("resource measure",
	enum.Name{Text: "organisations", En: "community social organisations", Hans: "社区社会组织", Hant: "社區社會組織"},
	enum.Name{Text: "registered-organisations", En: "registered community social organisations", Hans: "登记的社区社会组织", Hant: "登記的社區社會組織"},
	enum.Name{Text: "social-workers", En: "social workers serving", Hans: "提供服务的社会工作者", Hant: "提供服務的社會工作者"},
	enum.Name{Text: "volunteers", En: "volunteers", Hans: "志愿者", Hant: "志願者"},
	enum.Name{Text: "volunteer-teams", En: "volunteer teams", Hans: "志愿服务队伍", Hant: "志願服務隊伍"},
	enum.Name{Text: "charity-funds", En: "community charity funds", Hans: "社区慈善基金", Hant: "社區慈善基金"},
	enum.Name{Text: "lists-kept", En: "lists kept (of three)", Hans: "三清单", Hant: "三清單"},
)

// ResourceMeasures lists the measures in order.
func ResourceMeasures() []ResourceMeasure { return resourceMeasureNames.Listed() }

// String returns m's machine name.
func (m ResourceMeasure) String() string { return resourceMeasureNames.String(m) }

// Label returns m's name in language l.
func (m ResourceMeasure) Label(l language.Tag) string { return resourceMeasureNames.Label(m, l) }

// Valid reports whether m is one of the named measures.
func (m ResourceMeasure) Valid() bool { return resourceMeasureNames.Valid(m) }

// MarshalText encodes m as its machine name, such as "volunteer-teams".
func (m ResourceMeasure) MarshalText() ([]byte, error) { return resourceMeasureNames.Marshal(m) }

// UnmarshalText decodes a machine name or a Chinese label.
func (m *ResourceMeasure) UnmarshalText(b []byte) error {
	return enum.Unmarshal(resourceMeasureNames, m, b)
}

// Resources are the five-society linkage (五社联动) resources of a unit or
// of an area: its community social organisations, the social workers
// serving it, its volunteers and volunteer teams, its community charity
// funds, and the three lists. The first society, the community, is the unit
// the record is about. Resources add up, so an area's are the sum of its
// units'. The zero value has none of anything.
type Resources struct {
	Organisations Organisations `json:"organisations,omitzero"`
	// SocialWorkers serve the unit: placed there, or sent from a station
	// as Suzhou's outreach workers are (外派社工).
	SocialWorkers  int64 `json:"social_workers,omitempty"`
	Volunteers     int64 `json:"volunteers,omitempty"`
	VolunteerTeams int64 `json:"volunteer_teams,omitempty"`
	// CharityFunds counts community charity funds (社区慈善基金) and
	// CharityFundAmount is what they hold, in yuan, to the fen.
	CharityFunds      int64           `json:"charity_funds,omitempty"`
	CharityFundAmount decimal.Decimal `json:"charity_fund_amount,omitzero"`
	Lists             Lists           `json:"lists,omitzero"`
}

// Get returns the count m names, and 0 for a measure that is not Valid.
func (r Resources) Get(m ResourceMeasure) int64 {
	switch m {
	case OrganisationsMeasure:
		return r.Organisations.Total()
	case RegisteredOrganisationsMeasure:
		return r.Organisations.Registered()
	case SocialWorkersMeasure:
		return r.SocialWorkers
	case VolunteersMeasure:
		return r.Volunteers
	case VolunteerTeamsMeasure:
		return r.VolunteerTeams
	case CharityFundsMeasure:
		return r.CharityFunds
	case ListsKeptMeasure:
		return r.Lists.Kept()
	default: // not Valid: callers check first
		return 0
	}
}

// Validate reports every problem of r at once, each naming its field: a
// count below zero (ErrCount) or past MaxCount (metrics.ErrOverflow), an
// amount below zero, with a fraction of a fen or past the int64 fen range,
// an amount without a fund to hold it, entries on a list nobody keeps.
func (r Resources) Validate() error {
	var c fieldChecker
	for k, o := range r.Organisations {
		c.count(o.Filed, "organisations", OrgCategory(k).String(), "filed")
		c.count(o.Registered, "organisations", OrgCategory(k).String(), "registered")
	}
	c.count(r.SocialWorkers, "social_workers")
	c.count(r.Volunteers, "volunteers")
	c.count(r.VolunteerTeams, "volunteer_teams")
	c.count(r.CharityFunds, "charity_funds")
	_, fen := metrics.ToFen(r.CharityFundAmount) // a fraction of a fen, or beyond int64 fen
	switch {
	case r.CharityFundAmount.IsNegative():
		c.fail("charity_fund_amount %s is negative", r.CharityFundAmount)
	case fen != nil:
		c.fail("charity_fund_amount: %w", fen)
	case r.CharityFunds == 0 && r.CharityFundAmount.IsPositive():
		c.fail("charity_fund_amount %s without a charity fund to hold it", r.CharityFundAmount)
	}
	for k, t := range r.Lists {
		c.count(t.Kept, "lists", ListKind(k).String(), "kept")
		c.count(t.Entries, "lists", ListKind(k).String(), "entries")
		if t.Kept == 0 && t.Entries > 0 {
			c.fail("lists.%s has %d entries but no unit keeps it", ListKind(k), t.Entries)
		}
	}
	return errors.Join(c.errs...)
}

// Add returns r + o, as a roll-up of two units or areas does. A count
// past MaxCount, or an amount past the int64 fen range, is an error
// wrapping metrics.ErrOverflow and naming the field; the amounts add
// exactly.
func (r Resources) Add(o Resources) (Resources, error) {
	if err := r.accumulate(&o); err != nil {
		return Resources{}, err
	}
	return r, nil
}

// accumulate adds o into r in place. After an error r holds partial sums.
func (r *Resources) accumulate(o *Resources) error {
	var orgs, lists bool
	for k := range r.Organisations {
		orgs = addCount(&r.Organisations[k].Filed, o.Organisations[k].Filed, MaxCount) || orgs
		orgs = addCount(&r.Organisations[k].Registered, o.Organisations[k].Registered, MaxCount) || orgs
	}
	for k := range r.Lists {
		lists = addCount(&r.Lists[k].Kept, o.Lists[k].Kept, MaxCount) || lists
		lists = addCount(&r.Lists[k].Entries, o.Lists[k].Entries, MaxCount) || lists
	}
	amount := false
	if !o.CharityFundAmount.IsZero() { // the common case skips decimal's allocation
		r.CharityFundAmount = r.CharityFundAmount.Add(o.CharityFundAmount)
		amount = r.CharityFundAmount.Abs().GreaterThan(maxYuan)
	}
	checks := [len(resourceFields)]bool{
		orgs,
		addCount(&r.SocialWorkers, o.SocialWorkers, MaxCount),
		addCount(&r.Volunteers, o.Volunteers, MaxCount),
		addCount(&r.VolunteerTeams, o.VolunteerTeams, MaxCount),
		addCount(&r.CharityFunds, o.CharityFunds, MaxCount),
		amount,
		lists,
	}
	return firstOverflow(resourceFields[:], checks[:])
}

// maxYuan is the largest amount int64 fen hold.
var maxYuan = decimal.New(math.MaxInt64, -2)

// resourceFields names the counts of Resources in the order accumulate
// checks them.
var resourceFields = [...]string{"organisations", "social_workers", "volunteers", "volunteer_teams", "charity_funds", "charity_fund_amount", "lists"}

// fieldChecker collects the problems of a record's fields.
type fieldChecker struct{ errs []error }

func (c *fieldChecker) fail(format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("%w: "+format, append([]any{ErrCount}, args...)...))
}

// count notes a count below zero or past MaxCount, naming it by the parts
// of its path, which are joined only for a problem.
func (c *fieldChecker) count(n int64, path ...string) {
	switch {
	case n < 0:
		c.fail("%s is %d, below zero", strings.Join(path, "."), n)
	case n > MaxCount:
		c.errs = append(c.errs, fmt.Errorf("%w: %s is %d, past %d", metrics.ErrOverflow, strings.Join(path, "."), n, MaxCount))
	}
}

// addCount adds v to *dst and reports whether the sum passes limit or the
// range of N. Callers OR the results of many fields and test once, so a
// roll-up over millions of records pays almost nothing for the checks.
func addCount[N int32 | int64](dst *N, v, limit N) bool {
	sum := *dst + v
	wrapped := (*dst^sum)&(v^sum) < 0 // the sign differs from both operands'
	*dst = sum
	return wrapped || sum > limit
}

// firstOverflow returns an error naming the first field whose check
// failed, or nil.
func firstOverflow(fields []string, checks []bool) error {
	for i, c := range checks {
		if c {
			return fmt.Errorf("%w: %s passes the range of its type", metrics.ErrOverflow, fields[i])
		}
	}
	return nil
}

// marshalKeyed writes vals, indexed by the values of names, as an object
// from machine names to values, leaving out zero values.
func marshalKeyed[E ~uint8, V comparable](names enum.Set[E], vals []V) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	var zero V
	for i, v := range vals {
		if v == zero {
			continue
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		if buf.Len() > 1 {
			buf.WriteByte(',')
		}
		buf.WriteString(`"` + names.String(E(i)) + `":`)
		buf.Write(b)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// unmarshalKeyed reads an object from names (or Chinese labels) to values
// into vals. Keys left out keep the zero value; an unknown or repeated key
// is an error. JSON null is no change, as encoding/json does for values.
func unmarshalKeyed[E ~uint8, V any](names enum.Set[E], data []byte, vals []V) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return fmt.Errorf("want an object, got %.40s", data)
	}
	out := make([]V, len(vals))
	seen := make([]bool, len(vals))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		name, _ := tok.(string) // inside an object, dec.Token returns keys as strings
		e, err := names.Parse(name)
		if err != nil {
			return err
		}
		if seen[e] {
			return fmt.Errorf("%s given twice", name)
		}
		seen[e] = true
		if err := dec.Decode(&out[e]); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the object")
	}
	copy(vals, out)
	return nil
}
