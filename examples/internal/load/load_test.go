package load

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/funding"
	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// file writes content to a file called name in a temporary directory.
func file(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

// problems returns the problems of err, a *FileError, as "line field:
// message" strings.
func problems(t *testing.T, err error) []string {
	t.Helper()
	var fe *FileError
	require.ErrorAs(t, err, &fe)
	var out []string
	for _, p := range fe.Problems {
		out = append(out, strings.TrimSpace(fmt.Sprintf("%03d %s", p.Line, p.Field))+": "+p.Err.Error())
	}
	return out
}

const goodNetworkCSV = "\xef\xbb\xbfcode,name,parent_code,population,urban_rural,facility,since,kind,essentials\n" +
	"500101,万州区,,,,guidance-center,2021-01-01,,\n" +
	"500101001,高笋塘街道,500101,,,station,,,premises+staff\n" +
	"500101001001,东方广场社区,500101001,5200,111,room,,,\n" +
	"500101001002,乌龙池社区,500101001,\"4,100\",主城区,,,,\n" +
	"500101109,小周镇,500101,,,,,镇,\n"

func TestNetworkCSV(t *testing.T) {
	net, err := Network(file(t, "n.csv", goodNetworkCSV), Options{})
	require.NoError(t, err)
	require.Equal(t, 5, net.Len())
	all := net.Rollup().Total()
	assert.Equal(t, int64(9300), all.Population())
	assert.Equal(t, "1/2", all.Coverage(hierarchy.LevelTownship).String())
	u, ok := net.Lookup(hierarchy.Code(500101001000))
	require.True(t, ok)
	assert.Equal(t, hierarchy.EssentialsOf(hierarchy.EssentialPremises, hierarchy.EssentialStaff), u.Essentials())
}

func TestNetworkJSON(t *testing.T) {
	net, err := Network(file(t, "n.json", `[
  {"code": 500101, "name": "万州区", "facility": "guidance-center"},
  {"code": "500101001", "name": "高笋塘街道", "parent": "500101", "population": null},
  {"code": "500101001001", "name": "东方广场社区", "population": 5200, "urban_rural": "111"}
]`), Options{})
	require.NoError(t, err)
	assert.Equal(t, 3, net.Len())
	assert.Equal(t, int64(5200), net.Rollup().Total().Population())
}

func TestNetworkProblems(t *testing.T) {
	for _, tc := range []struct {
		name, file, content string
		want                []string
	}{
		{"empty csv", "n.csv", "", []string{"001: empty file: want a header line code,name,parent_code,kind,population,urban_rural,facility,since,essentials"}},
		{"header", "n.csv", "code,nom,code\n", []string{
			"001 nom: bad column: unknown column; the columns are code, name, parent_code, kind, population, urban_rural, facility, since, essentials",
			"001 code: bad column: repeated column",
			"001 name: bad column: required column",
		}},
		{"fields", "n.csv", "code,name,population,facility\n500101,,-,\n50010,万州区,12,tower\n500101001,街道\n", []string{
			"002 name: missing: required value is empty",
			"002 population: \"-\" is not a whole number",
			"003 code: invalid division code \"50010\": 5 digits; want 6 (county), 9 (township) or 12 (village), or 2 or 4",
			"003 facility: unknown facility \"tower\" (want one of none, guidance-center, service-center, station, room)",
			"004: 2 fields, want 4 as in the header",
		}},
		{"broken quote", "n.csv", "code,name\n500101,\"万州\n", []string{"002: extraneous or missing \" in quoted-field"}},
		{"build", "n.csv", "code,name,parent_code,population\n500101,万州区,,\n500101001,街道,500102,\n500101001001,社区,,-5\n500101,万州区,,\n", []string{
			"003 parent_code: record 1 (500101001 街道): missing parent: 500102 is not in the network",
			"004 population: record 2 (500101001001 社区): invalid population: -5 is negative",
			"005 code: record 3 (500101 万州区): duplicate code: 500101 is also record 0",
		}},
		{"json keys", "n.json", "[\n {\"code\": \"500101\",\n  \"nam\": \"万州区\"},\n {\"code\": true, \"name\": \"x\"}\n]", []string{
			"003 nam: unknown key; the keys are code, name, parent, kind, population, urban_rural, facility, since, essentials",
			"002 name: missing: required key",
			"004 code: want a string or a number, found true",
		}},
		{"json syntax", "n.json", "[\n {\"code\": \"500101\", \"name\": \"a\"},\n {\"code\": }\n]", []string{"003: invalid character '}' looking for beginning of value"}},
		{"json not array", "n.json", `{"code": "500101"}`, []string{"001: want an array of objects, found {"}},
		{"json trailing", "n.json", "[]\n[]", []string{"002: text after the array"}},
		{"json element", "n.json", "[1]", []string{"001: want an object, found 1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Network(file(t, tc.file, tc.content), Options{})
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}

func TestNetworkFileErrors(t *testing.T) {
	_, err := Network("missing.csv", Options{})
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = Network("network.txt", Options{})
	assert.ErrorIs(t, err, ErrFormat)
	_, err = Roster("network.xlsx", nil, Options{})
	assert.ErrorIs(t, err, ErrFormat)
	_, err = Funding("plan.csv")
	assert.ErrorIs(t, err, ErrFormat)
	_, err = Funding("missing.json")
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestFileError(t *testing.T) {
	fe := &FileError{File: "a.csv", Problems: []Problem{
		{Line: 2, Field: "code", Err: hierarchy.ErrCode},
		{Err: errors.New("whole file")},
	}}
	assert.Equal(t, "a.csv:2: code: invalid division code\na.csv: whole file", fe.Error())
	assert.ErrorIs(t, fe, hierarchy.ErrCode)
	for range ShowProblems {
		fe.Problems = append(fe.Problems, Problem{Line: 9, Err: hierarchy.ErrCode})
	}
	msg := fe.Error()
	assert.Equal(t, ShowProblems, strings.Count(msg, "\n"), "the problems shown and the count of the rest")
	assert.True(t, strings.HasSuffix(msg, "\na.csv: and 2 more problems"), msg)
}

func TestProgress(t *testing.T) {
	var b strings.Builder
	_, err := Network(file(t, "n.csv", goodNetworkCSV), Options{Progress: &b, Every: 2})
	require.NoError(t, err)
	path := "n.csv"
	assert.Contains(t, b.String(), path+": 2 records read\n")
	assert.Contains(t, b.String(), path+": 4 records read\n")
	assert.Equal(t, 2, strings.Count(b.String(), "\n"))
}

func network(t *testing.T) *hierarchy.Network {
	net, err := Network(file(t, "n.csv", goodNetworkCSV), Options{})
	require.NoError(t, err)
	return net
}

func TestRoster(t *testing.T) {
	net := network(t)
	csv := "id,unit,role,joined,prior_level,certified_intermediate,left,employment,name,certified_junior,certified_senior\n" +
		"A1,500101,social-worker,2020-01-01,junior,2023-05-06,,,,,\n" +
		"A2,500101001,驻站社工,2021-03-01,,,2024-06-30,part-time,王,2022-01-01,\n"
	r, err := Roster(file(t, "r.csv", csv), net, Options{})
	require.NoError(t, err)
	require.Equal(t, 2, r.Len())
	assert.Equal(t, staffing.Intermediate, r.Worker(0).LevelOn(policy.MustDate(2024, 12, 31)))
	assert.Equal(t, staffing.ResidentWorker, r.Worker(1).Role)
	assert.Equal(t, staffing.PartTime, r.Worker(1).Employment)

	js := `[{"id": "A1", "unit": "500101", "role": "social-worker", "joined": "2020-01-01", "certified": {"junior": "2021-02-03"}}]`
	r, err = Roster(file(t, "r.json", js), net, Options{})
	require.NoError(t, err)
	assert.Equal(t, staffing.Junior, r.Worker(0).LevelOn(policy.MustDate(2024, 12, 31)))
}

func TestRosterProblems(t *testing.T) {
	net := network(t)
	for _, tc := range []struct {
		name, file, content string
		want                []string
	}{
		{"fields", "r.csv", "id,unit,role,joined\nA1,500101,boss,2020-13-01\n", []string{
			"002 role: unknown role \"boss\" (want one of social-worker, resident-worker, outreach-worker, station-head, deputy-head, civil-affairs-assistant, assistance-coordinator, child-supervisor, child-director, project-staff, committee-cadre, supervisor)",
			"002 joined: date \"2020-13-01\": invalid date: month 13 outside 1..12",
		}},
		{"roster", "r.csv", "id,unit,role,joined,left\nA1,500102,social-worker,2020-01-01,\nA1,500101,social-worker,2020-01-01,2019-01-01\n", []string{
			"002 unit: worker 0 A1: unit not in the network: 500102",
			"003 id: worker 1 A1: missing or duplicate worker id: id also used by worker 0",
			"003: worker 1 A1: impossible dates: left 2019-01-01 before joining 2020-01-01",
		}},
		{"json", "r.json", "[{\"id\": \"A1\", \"unit\": \"500101\", \"role\": \"social-worker\", \"joined\": \"2020-01-01\",\n \"certified\": {\"doctor\": \"2021-01-01\"}}]", []string{
			"002 certified: unknown certificate level \"doctor\" (want one of junior, intermediate, senior)",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Roster(file(t, tc.file, tc.content), net, Options{})
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}

const goodMix = `{"name": "某区", "year": 2024, "items": [
  {"kind": "purchase-of-services", "amount": {"value": "600000", "unit": "元"},
   "source": {"title": "预算", "issuer": "某区民政局", "status": "in-force"}}]}`

func TestFunding(t *testing.T) {
	plan, err := Funding(file(t, "f.json", `{"mix": `+goodMix+`,
 "allocation": {"from": "purchase-of-services", "method": "population", "floor": 1000, "cap": "200000.50"}}`))
	require.NoError(t, err)
	assert.Equal(t, "某区", plan.Mix.Name())
	require.NotNil(t, plan.Allocation)
	assert.Equal(t, funding.PurchaseOfServices, plan.Allocation.From)
	assert.Equal(t, funding.ByPopulation, plan.Allocation.Method)
	assert.Equal(t, "1000.00", plan.Allocation.Floor.StringFixed(2))
	assert.Equal(t, "200000.50", plan.Allocation.Cap.Decimal.StringFixed(2))
	assert.False(t, plan.Allocation.Budget.Valid)

	plan, err = Funding(file(t, "f.json", `{"mix": `+goodMix+`, "allocation": {"budget": "5000.00", "method": "equal"}}`))
	require.NoError(t, err)
	assert.Equal(t, "5000.00", plan.Allocation.Budget.Decimal.StringFixed(2))

	plan, err = Funding(file(t, "f.json", `{"mix": `+goodMix+`}`))
	require.NoError(t, err)
	assert.Nil(t, plan.Allocation)
}

func TestFundingProblems(t *testing.T) {
	for _, tc := range []struct {
		name, content string
		want          []string
	}{
		{"keys", "{\"mixes\": []}", []string{
			"001 mixes: unknown key; the keys are mix, allocation",
			"001 mix: missing: required key",
		}},
		{"mix", "{\n\"mix\": {\"name\": \"\", \"items\": []}}", []string{
			"002 mix: invalid funding mix: name is empty\ninvalid funding mix: no items",
		}},
		{"allocation", "{\"mix\": " + goodMix + ",\n\"allocation\": {\n \"budget\": \"-1\",\n \"from\": \"gold\",\n \"method\": \"weight\",\n \"floor\": \"0.001\", \"cap\": \"x\", \"to\": 1}}", []string{
			"005 allocation.budget: invalid allocation: -1 is not a non-negative amount in whole fen",
			"006 allocation.from: unknown funding kind \"gold\" (want one of purchase-of-services, award-in-lieu, earmarked-share, welfare-lottery, pilot-subsidy, budgeted, donation, foundation, community-charity-fund, service-fees)",
			"007 allocation.method: invalid allocation: stations are shared out equally or by population",
			"008 allocation.floor: invalid allocation: 0.001 is not a non-negative amount in whole fen",
			"008 allocation.cap: can't convert x to decimal",
			"008 allocation.to: unknown key; the keys are budget, from, method, floor, cap",
			"004 allocation.budget: invalid allocation: give either a budget or the kind of the mix line it comes from",
		}},
		{"no method", "{\"mix\": " + goodMix + ", \"allocation\": {\"from\": \"welfare-lottery\"}}", []string{
			"003 allocation.method: missing: required key",
		}},
		{"no line", "{\"mix\": " + goodMix + ", \"allocation\": {\"from\": \"welfare-lottery\", \"method\": \"equal\"}}", []string{
			"003 allocation.from: invalid allocation: the mix has no welfare-lottery line",
		}},
		{"syntax", "{\"mix\": ", []string{"001: unexpected EOF"}},
		{"not object", "[]", []string{"001: want an object, found ["}},
		{"allocation not object", "{\"mix\": " + goodMix + ", \"allocation\": 3}", []string{"003 allocation: want an object, found 3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Funding(file(t, "f.json", tc.content))
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}
