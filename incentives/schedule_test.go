package incentives_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func TestPresets(t *testing.T) {
	for _, s := range incentives.Presets() {
		require.NoError(t, s.Validate(), s.Jurisdiction)
	}
	lx := incentives.Langxi()
	require.Len(t, lx.Bonuses, 1)
	require.Len(t, lx.Stipends, 1)
	require.Len(t, lx.Floors, 1)
	bonus, ok := lx.Bonuses[0].Terms.At(date("2024-01-01"))
	require.True(t, ok)
	assert.Equal(t, policy.Period{}, bonus.Period, "the notice gives no date: open period")
	assert.Equal(t, []string{"1000", "2000", "3000"}, []string{bonus.Value.Amounts[staffing.Junior].String(), bonus.Value.Amounts[staffing.Intermediate].String(), bonus.Value.Amounts[staffing.Senior].String()})
	assert.True(t, bonus.Value.Cap.IsZero())
	assert.Equal(t, staffing.RoleSet(0), lx.Bonuses[0].Roles)
	require.NoError(t, bonus.Source.Validate())

	rates, ok := lx.Stipends[0].Rates.At(date("2024-01-01"))
	require.True(t, ok)
	assert.Equal(t, []string{"100", "300", "500"}, []string{rates.Value.Of(staffing.Junior).String(), rates.Value.Of(staffing.Intermediate).String(), rates.Value.Of(staffing.Senior).String()})
	assert.Equal(t, staffing.RolesOf(staffing.CommitteeCadre), lx.Stipends[0].Roles)
	assert.Equal(t, incentives.WholeMonthIfFirst, lx.Stipends[0].PartialMonth)
	assert.Equal(t, policy.LangxiAllowance.Source().Title, rates.Source.Title)

	floor, ok := lx.Floors[0].Annual.At(date("2024-01-01"))
	require.True(t, ok)
	assert.Equal(t, "50000", floor.Value.String())
	assert.Equal(t, staffing.RolesOf(staffing.ResidentWorker), lx.Floors[0].Roles)
	assert.Equal(t, policy.Langxi2023.Source().Title, floor.Source.Title)

	cq := incentives.Chongqing()
	require.Len(t, cq.Awards, 1)
	award, ok := cq.Awards[0].Amount.At(date("2020-10-19"))
	require.True(t, ok)
	assert.Equal(t, "300000", award.Value.String())
	assert.Equal(t, policy.Chongqing2020.Source().Title, award.Source.Title)

	// Fresh copies: changing one leaves the next untouched.
	lx.Stipends[0].Roles = 0
	assert.Equal(t, staffing.RolesOf(staffing.CommitteeCadre), incentives.Langxi().Stipends[0].Roles)
}

// versions returns a series of one open version of v.
func versions[T any](t *testing.T, v T) policy.Versioned[T] {
	t.Helper()
	out, err := policy.NewVersioned(policy.Version[T]{Value: v, Source: whatIfSource})
	require.NoError(t, err)
	return out
}

func TestValidate(t *testing.T) {
	amounts := func(j, i, s string) incentives.Amounts {
		return incentives.Amounts{staffing.Junior: dec(j), staffing.Intermediate: dec(i), staffing.Senior: dec(s)}
	}
	tests := []struct {
		name   string
		change func(s *incentives.Schedule)
		want   string
	}{
		{"jurisdiction", func(s *incentives.Schedule) { s.Jurisdiction = " " }, "jurisdiction is empty"},
		{"rounding", func(s *incentives.Schedule) { s.Rounding = 7 }, "rounding rounding(7) is unknown"},
		{"empty id", func(s *incentives.Schedule) { s.Bonuses[0].ID = "" }, "bonuses[0] (no id): id is empty"},
		{"duplicate id", func(s *incentives.Schedule) { s.Floors[0].ID = "lx-cadre-stipend" }, "floors[0] lx-cadre-stipend: id is used by another rule"},
		{"unknown role", func(s *incentives.Schedule) { s.Stipends[0].Roles |= 1 << 30 }, "role role(30) is unknown"},
		{"unspecified role", func(s *incentives.Schedule) { s.Floors[0].Roles = staffing.RolesOf(staffing.RoleUnspecified) }, "role unspecified is unknown"},
		{"upgrade", func(s *incentives.Schedule) { s.Bonuses[0].Upgrade = 5 }, "upgrade upgrade rule(5) is unknown"},
		{"once", func(s *incentives.Schedule) { s.Bonuses[0].Once = 5 }, "once once rule(5) is unknown"},
		{"partial month", func(s *incentives.Schedule) { s.Stipends[0].PartialMonth = 5 }, "partial month partial-month rule(5) is unknown"},
		{"leaving", func(s *incentives.Schedule) { s.Stipends[0].Leaving = 5 }, "leaving leaving rule(5) is unknown"},
		{"no versions", func(s *incentives.Schedule) { s.Bonuses[0].Terms = policy.Versioned[incentives.BonusTerms]{} }, "terms: no versions"},
		{"negative amount", func(s *incentives.Schedule) {
			s.Bonuses[0].Terms = versions(t, incentives.BonusTerms{Amounts: amounts("-1", "2", "3")})
		}, "terms: version 0: amount for junior -1 is negative"},
		{"fraction of a fen", func(s *incentives.Schedule) {
			s.Bonuses[0].Terms = versions(t, incentives.BonusTerms{Amounts: amounts("1", "2.001", "3")})
		}, "amount for intermediate: invalid amount: 2.001 yuan is not a whole number of fen"},
		{"no-certificate amount", func(s *incentives.Schedule) {
			s.Bonuses[0].Terms = versions(t, incentives.BonusTerms{Amounts: incentives.Amounts{staffing.NoCertificate: dec("5")}})
		}, "amount for none: only certificate levels are paid"},
		{"negative cap", func(s *incentives.Schedule) {
			s.Bonuses[0].Terms = versions(t, incentives.BonusTerms{Amounts: amounts("1", "2", "3"), Cap: dec("-1")})
		}, "cap -1 is negative"},
		{"monthly and grades", func(s *incentives.Schedule) {
			s.Stipends[0].Rates = versions(t, incentives.Rates{Monthly: amounts("1", "2", "3"), PerGrade: dec("5"), Grades: incentives.Grades{staffing.Junior: 1}})
		}, "monthly amounts given both per level and as grades"},
		{"grades without amount", func(s *incentives.Schedule) {
			s.Stipends[0].Rates = versions(t, incentives.Rates{Grades: incentives.Grades{staffing.Junior: 1}})
		}, "per-grade amount 0 is not positive"},
		{"negative grades", func(s *incentives.Schedule) {
			s.Stipends[0].Rates = versions(t, incentives.Rates{PerGrade: dec("5"), Grades: incentives.Grades{staffing.Junior: -1}})
		}, "grades for junior: -1"},
		{"no-certificate grades", func(s *incentives.Schedule) {
			s.Stipends[0].Rates = versions(t, incentives.Rates{PerGrade: dec("5"), Grades: incentives.Grades{staffing.NoCertificate: 1}})
		}, "grades for none: 1"},
		{"grades overflow", func(s *incentives.Schedule) {
			s.Stipends[0].Rates = versions(t, incentives.Rates{PerGrade: dec("90000000000000000"), Grades: incentives.Grades{staffing.Senior: 3}})
		}, "monthly amount for senior: invalid amount: 270000000000000000 yuan overflows int64 fen"},
		{"award title", func(s *incentives.Schedule) { s.Awards[0].Title = "" }, "awards[0] cq-mingjia-mingshi: title is empty"},
		{"award amount", func(s *incentives.Schedule) { s.Awards[0].Amount = versions(t, decimal.Zero) }, "amount: version 0: amount 0 is not positive"},
		{"award fraction", func(s *incentives.Schedule) { s.Awards[0].Amount = versions(t, dec("0.001")) }, "not a whole number of fen"},
		{"floor amount", func(s *incentives.Schedule) { s.Floors[0].Annual = versions(t, dec("-50000")) }, "annual: version 0: amount -50000 is not positive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := incentives.Langxi()
			s.Awards = incentives.Chongqing().Awards
			tt.change(s)
			err := s.Validate()
			require.ErrorIs(t, err, incentives.ErrSchedule)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// Every problem is reported at once, each as a *RuleError naming its rule.
func TestValidateAll(t *testing.T) {
	s := incentives.Langxi()
	s.Bonuses[0].ID = ""
	s.Stipends[0].Leaving = 9
	s.Floors[0].Annual = policy.Versioned[decimal.Decimal]{}
	err := s.Validate()
	require.Error(t, err)
	var got []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *incentives.RuleError
		require.ErrorAs(t, e, &re)
		got = append(got, re.List+"/"+re.Rule)
	}
	assert.Equal(t, []string{"bonuses/", "stipends/lx-cadre-stipend", "floors/lx-resident-floor"}, got)
}

func TestDecodeRoundTrip(t *testing.T) {
	for _, s := range incentives.Presets() {
		b, err := incentives.EncodeSchedule(s)
		require.NoError(t, err)
		got, err := incentives.DecodeSchedule(b)
		require.NoError(t, err, "%s", b)
		assert.Equal(t, s, got, s.Jurisdiction)
		b2, err := incentives.EncodeSchedule(got)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(b2), s.Jurisdiction)
		direct, err := json.Marshal(s)
		require.NoError(t, err)
		assert.JSONEq(t, string(direct), string(b), "encoding/json writes the same form")
	}
	b, err := json.Marshal(incentives.Langxi())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"monthly":{"junior":"100","intermediate":"300","senior":"500"}`)
	assert.Contains(t, string(b), `"roles":["committee-cadre"]`)
	assert.Contains(t, string(b), `"period":"/"`)
	assert.NotContains(t, string(b), "partial_month", "defaults are left out")
}

// A schedule written by hand, with Chinese labels and every option.
const handWritten = `{
  "jurisdiction": "某市",
  "rounding": "四舍五入",
  "bonuses": [{
    "id": "b", "upgrade": "difference", "once": "per-person",
    "terms": [{"period": "2024-01-01/", "value": {"amounts": {"助理社会工作师": 500, "社会工作师": "1000"}, "cap": "1500"},
               "source": {"title": "某市社工激励办法", "issuer": "某市民政局", "status": "in-force"}}]
  }],
  "stipends": [{
    "id": "s", "roles": ["两委干部", "resident-worker"], "partial_month": "pro-rata", "leaving": "unpaid",
    "rates": [{"period": "2024", "value": {"per_grade": "150", "grades": {"junior": 1, "intermediate": 2, "senior": 3}},
               "source": {"title": "某市社工激励办法", "issuer": "某市民政局", "status": "in-force"}}]
  }]
}`

func TestDecodeHandWritten(t *testing.T) {
	s, err := incentives.DecodeSchedule([]byte(handWritten))
	require.NoError(t, err)
	assert.Equal(t, metrics.HalfUp, s.Rounding)
	assert.Equal(t, incentives.UpgradeDifference, s.Bonuses[0].Upgrade)
	assert.Equal(t, incentives.OncePerPerson, s.Bonuses[0].Once)
	assert.Equal(t, staffing.RolesOf(staffing.CommitteeCadre, staffing.ResidentWorker), s.Stipends[0].Roles)
	assert.Equal(t, incentives.ProRata, s.Stipends[0].PartialMonth)
	assert.Equal(t, incentives.LeaveUnpaid, s.Stipends[0].Leaving)
	terms, ok := s.Bonuses[0].Terms.At(date("2024-03-01"))
	require.True(t, ok)
	assert.Equal(t, "1000", terms.Value.Amounts[staffing.Intermediate].String())
	assert.True(t, terms.Value.Amounts[staffing.Senior].IsZero())
	rates, ok := s.Stipends[0].Rates.At(date("2024-03-01"))
	require.True(t, ok)
	assert.Equal(t, "300", rates.Value.Of(staffing.Intermediate).String())
	_, ok = s.Stipends[0].Rates.At(date("2025-01-01"))
	assert.False(t, ok)

	// json.Unmarshal is as strict as DecodeSchedule.
	var direct incentives.Schedule
	require.NoError(t, json.Unmarshal([]byte(handWritten), &direct))
	assert.Equal(t, "某市", direct.Jurisdiction)
	assert.Error(t, json.Unmarshal([]byte(strings.Replace(handWritten, `"cap"`, `"caps"`, 1)), &direct))
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, json string
		want       []string
	}{
		{"a bad enum in one rule does not hide a bad number in another", `{"jurisdiction": "x", "stipends": [
  {"id": "s1", "leaving": "never", "rates": [{"period": "/", "value": {"monthly": {"junior": "100"}}, "source": {"title": "t", "issuer": "i", "status": "plan"}}]},
  {"id": "s2", "rates": [{"period": "/", "value": {"monthly": {"junior": "-3"}}, "source": {"title": "t", "issuer": "i", "status": "plan"}}]}]}`, []string{
			`stipends[0].leaving (line 2, column 27): invalid incentive schedule: unknown leaving rule "never" (want one of pro-rata, whole-month, unpaid)`,
			`stipends[1].rates[0].value (line 3, column 51): invalid incentive schedule: stipends[1] s2: rates: version 0: monthly amount for junior -3 is negative`,
		}},
		{"not json", `{`, []string{
			`(line 1, column 2): invalid incentive schedule: invalid JSON: want a key in quotes, found the end of the document`,
		}},
		{"null", `null`, []string{
			`(line 1, column 1): invalid incentive schedule: wrong type: null, want an object`,
		}},
		{"trailing data", `{"jurisdiction":"x"} {}`, []string{
			`(line 1, column 22): invalid incentive schedule: invalid JSON: data after the document's value`,
		}},
		{"unknown top field", `{"jurisdiction":"x","bonus":[]}`, []string{
			`bonus (line 1, column 29): invalid incentive schedule: unknown key; the keys are jurisdiction, rounding, bonuses, stipends, awards, floors`,
		}},
		{"unknown rule field", strings.Replace(handWritten, `"upgrade"`, `"upgrad"`, 1), []string{
			`bonuses[0].upgrad (line 5, column 26): invalid incentive schedule: unknown key; the keys are id, roles, upgrade, once, terms`,
		}},
		{"unknown value field", strings.Replace(handWritten, `"cap"`, `"caps"`, 1), []string{
			`bonuses[0].terms[0].value.caps (line 6, column 105): invalid incentive schedule: unknown key; the keys are amounts, cap`,
		}},
		{"unknown source field", strings.Replace(handWritten, `"issuer"`, `"issuers"`, 1), []string{
			`bonuses[0].terms[0].source.issuer (line 7, column 26): invalid incentive schedule: missing`,
			`bonuses[0].terms[0].source.issuers (line 7, column 59): invalid incentive schedule: unknown key; the keys are title, issuer, number, date, clause, status, url`,
		}},
		{"unknown option", strings.Replace(handWritten, `"unpaid"`, `"never"`, 1), []string{
			`stipends[0].leaving (line 10, column 94): invalid incentive schedule: unknown leaving rule "never" (want one of pro-rata, whole-month, unpaid)`,
		}},
		{"unknown level", strings.Replace(handWritten, `"junior": 1`, `"master": 1`, 1), []string{
			`stipends[0].rates[0].value.grades (line 11, column 74): invalid incentive schedule: grades: unknown certificate level "master" (want one of junior, intermediate, senior)`,
		}},
		{"no-certificate level", strings.Replace(handWritten, `"junior": 1`, `"none": 1`, 1), []string{
			`stipends[0].rates[0].value.grades (line 11, column 74): invalid incentive schedule: grades: level "none" is not a certificate or is given twice`,
		}},
		{"repeated level", strings.Replace(handWritten, `"senior": 3`, `"junior": 3`, 1), []string{
			`stipends[0].rates[0].value.grades (line 11, column 74): invalid incentive schedule: grades: level "junior" is not a certificate or is given twice`,
		}},
		{"amounts not an object", strings.Replace(handWritten, `"amounts": {"助理社会工作师": 500, "社会工作师": "1000"}`, `"amounts": [500]`, 1), []string{
			`bonuses[0].terms[0].value.amounts (line 6, column 62): invalid incentive schedule: amounts: want an object from level to value, got [500]`,
		}},
		{"amount not a number", strings.Replace(handWritten, `"社会工作师": "1000"`, `"社会工作师": "lots"`, 1), []string{
			`bonuses[0].terms[0].value.amounts (line 6, column 62): invalid incentive schedule: amounts: intermediate: error decoding string '"lots"': can't convert lots to decimal`,
		}},
		{"grades truncated", `{"jurisdiction":"x","stipends":[{"id":"s","rates":[{"value":{"grades":{"junior":1`, []string{
			`(line 1, column 82): invalid incentive schedule: invalid JSON: want ',' or '}' in an object, found the end of the document`,
		}},
		// Problems the decoder cannot see are all reported by validation.
		{"several problems", `{"jurisdiction": "x", "rounding": "down",
			"bonuses": [{"id": "b", "terms": [
				{"period": "2024-01-01/", "value": {"amounts": {"junior": "-5"}}, "source": {"title": "t", "issuer": "i", "status": "in-force"}},
				{"period": "2024-06-01/", "value": {"amounts": {"junior": "5"}}, "source": {"title": "t", "issuer": "i", "status": "in-force"}}]}],
			"awards": [{"id": "b", "title": "", "amount": [{"value": "1", "source": {"title": "", "issuer": "i", "status": "in-force"}}]}]}`,
			[]string{
				`bonuses[0].terms[0].value (line 3, column 40): invalid incentive schedule: bonuses[0] b: terms: version 0: amount for junior -5 is negative`,
				`bonuses[0].terms[1].period (line 4, column 16): invalid incentive schedule: bonuses[0] b: terms: version 0 and version 1: versions overlap: 2024-01-01/ and 2024-06-01/ share days`,
				`awards[0].id (line 5, column 22): invalid incentive schedule: awards[0] b: id is used by another rule`,
				`awards[0].title (line 5, column 36): invalid incentive schedule: awards[0] b: title is empty`,
				`awards[0].amount[0].period (line 5, column 51): invalid incentive schedule: missing`,
				`awards[0].amount[0].source (line 5, column 76): invalid incentive schedule: awards[0] b: amount: version 0: invalid source: title is empty`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := incentives.DecodeSchedule([]byte(tt.json))
			require.Error(t, err)
			var got []string
			for _, p := range policy.ProblemsOf(err) {
				got = append(got, p.Error())
			}
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := incentives.DecodeSchedule([]byte(`{"jurisdiction":"x","bonus":[]}`))
	assert.ErrorIs(t, err, incentives.ErrSchedule)
	bad := incentives.Langxi()
	bad.Jurisdiction = ""
	_, err = incentives.EncodeSchedule(bad)
	var ps policy.Problems
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, "jurisdiction", ps[0].Path)
	_, err = incentives.DecodeSchedule([]byte(strings.Replace(handWritten, `"2024-01-01/"`, `"2024-13-01/"`, 1)))
	assert.ErrorIs(t, err, policy.ErrDate)
}

// enumValue is what TestEnums needs of an enumeration: every value
// round-trips through its machine name and its Chinese label, has labels,
// and unknown text and values are errors.
type enumValue interface {
	encoding.TextMarshaler
	Label(language.Tag) string
	String() string
}

func TestEnums(t *testing.T) {
	tests := []struct {
		values []enumValue
		bad    enumValue
		parse  func(string) (enumValue, error)
	}{
		{[]enumValue{incentives.KindBonus, incentives.KindStipend, incentives.KindAward}, incentives.Kind(9),
			func(s string) (enumValue, error) {
				var v incentives.Kind
				err := v.UnmarshalText([]byte(s))
				return v, err
			}},
		{[]enumValue{incentives.WholeMonthIfFirst, incentives.ProRata, incentives.FromNextMonth}, incentives.PartialMonth(9),
			func(s string) (enumValue, error) {
				var v incentives.PartialMonth
				err := v.UnmarshalText([]byte(s))
				return v, err
			}},
		{[]enumValue{incentives.LeaveProRata, incentives.LeaveWholeMonth, incentives.LeaveUnpaid}, incentives.Leaving(9),
			func(s string) (enumValue, error) {
				var v incentives.Leaving
				err := v.UnmarshalText([]byte(s))
				return v, err
			}},
		{[]enumValue{incentives.UpgradeFull, incentives.UpgradeDifference}, incentives.Upgrade(9),
			func(s string) (enumValue, error) {
				var v incentives.Upgrade
				err := v.UnmarshalText([]byte(s))
				return v, err
			}},
		{[]enumValue{incentives.OncePerLevel, incentives.OncePerPerson}, incentives.Once(9),
			func(s string) (enumValue, error) {
				var v incentives.Once
				err := v.UnmarshalText([]byte(s))
				return v, err
			}},
	}
	for _, tt := range tests {
		for _, v := range tt.values {
			text, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, v.String(), string(text))
			back, err := tt.parse(string(text))
			require.NoError(t, err)
			assert.Equal(t, v, back)
			back, err = tt.parse(v.Label(language.SimplifiedChinese))
			require.NoError(t, err, "Chinese label of %s", v)
			assert.Equal(t, v, back)
			for _, l := range []language.Tag{language.English, language.SimplifiedChinese, language.TraditionalChinese} {
				assert.NotEmpty(t, v.Label(l))
			}
		}
		_, err := tt.bad.MarshalText()
		assert.Error(t, err)
		_, err = tt.parse("no-such-value")
		assert.Error(t, err)
	}
	assert.Equal(t, "每人仅奖励一次", incentives.OncePerPerson.Label(language.SimplifiedChinese))
	assert.Equal(t, "補差額", incentives.UpgradeDifference.Label(language.TraditionalChinese))
	assert.Equal(t, "pro rata by days", incentives.ProRata.Label(language.English))
	assert.True(t, errors.Is(&incentives.RuleError{Err: errors.New("x")}, incentives.ErrSchedule))
}
