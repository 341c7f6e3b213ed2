package dataset

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/internal/jsonwalk"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func testdata(t *testing.T, name string) []byte {
	b, err := os.ReadFile(filepath.Join("..", "examples", "report", "testdata", name))
	require.NoError(t, err)
	return b
}

// sharedData reads a file of ../shared/data (relative to the repository
// root), skipping the test where it is absent unless CI is set.
func sharedData(t testing.TB, name string) []byte {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", name))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI: %v", err)
		}
		t.Skipf("no shared data: %v", err)
	}
	return b
}

type where struct {
	Path      string
	Line, Col int
}

func wheres(ps policy.Problems) []where {
	if len(ps) == 0 {
		return nil
	}
	out := make([]where, len(ps))
	for i, p := range ps {
		out[i] = where{p.Path, p.Line, p.Column}
	}
	return out
}

func TestNetworkCSVAndJSONAgree(t *testing.T) {
	a := ReadNetwork(FromCSV(bytes.NewReader(testdata(t, "network.csv")), Detect))
	require.NoError(t, a.Err())
	b := ReadNetwork(FromJSON(bytes.NewReader(testdata(t, "network.json"))))
	require.NoError(t, b.Err())
	assert.Equal(t, a.Items, b.Items)
	net, err := BuildNetwork(a)
	require.NoError(t, err)
	assert.Equal(t, len(a.Items), net.Len())
	assert.Equal(t, 2, a.Line(0))
	assert.Equal(t, 0, a.Row(0))
}

func TestChongqingGB18030(t *testing.T) {
	utf := sharedData(t, "chongqing-2020-divisions.csv")
	a := ReadNetwork(FromCSV(bytes.NewReader(utf), Detect))
	require.NoError(t, a.Err())
	b := ReadNetwork(FromCSV(bytes.NewReader(gb(t, string(utf))), Detect))
	require.NoError(t, b.Err())
	assert.Equal(t, a.Items, b.Items)
	assert.Len(t, a.Items, 12291)
	assert.Equal(t, "万州区", b.Items[0].Name)
	_, err := BuildNetwork(b)
	require.NoError(t, err)
}

func TestNetworkTitleRowsAndChineseHeaders(t *testing.T) {
	in := "重庆市区划表,,\n（2020年）,,\n代码,名称,上级代码,人口\n500101,万州区,,\"1,656,300\"\n500101001,高笋塘街道,500101,\n"
	recs := ReadNetwork(FromCSV(strings.NewReader(in), Detect))
	require.NoError(t, recs.Err())
	require.Len(t, recs.Items, 2)
	assert.Equal(t, int64(1656300), recs.Items[0].Population)
	assert.Equal(t, hierarchy.Code(500101000000), recs.Items[1].Parent)
	assert.Equal(t, []int{4, 5}, []int{recs.Line(0), recs.Line(1)})
}

func TestNetworkEveryProblem(t *testing.T) {
	// six independent problems: a bad population, a bad kind, an empty
	// name, a bad facility, a duplicate code and an orphan
	in := strings.Join([]string{
		"code,name,parent_code,kind,population,facility",
		"500101,万州区,,,abc,",
		"500101001,高笋塘街道,500101,planet,,",
		"500101002,,500101,,,",
		"500101003,牌楼街道,500101,,,palace",
		"500101003,牌楼街道二,500101,,,",
		"500102001,孤儿街道,,,,",
	}, "\n")
	recs := ReadNetwork(FromCSV(strings.NewReader(in), Detect))
	_, err := BuildNetwork(recs)
	require.Error(t, err)
	ps := policy.ProblemsOf(err)
	assert.Equal(t, []where{
		{"[0].population", 2, 14},
		{"[1].kind", 3, 24},
		{"[2].name", 4, 11},
		{"[3].facility", 5, 25},
		{"[4].code", 6, 0},
		{"[5].parent_code", 7, 0},
	}, wheres(ps))
	assert.ErrorIs(t, err, ErrNumber)
	assert.ErrorIs(t, err, hierarchy.ErrDuplicate)
	assert.ErrorIs(t, err, hierarchy.ErrMissingParent)
	assert.ErrorIs(t, err, policy.ErrUnknownName)
	assert.Contains(t, ps[1].Err.Error(), "township")
	assert.NotContains(t, ps[1].Err.Error(), "unspecified")
}

func TestNetworkHeaderProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []where
		err  error
	}{
		{"empty", "", []where{{"", 0, 0}}, ErrMissing},
		{"blank lines", "\n\n", []where{{"", 0, 0}}, ErrMissing},
		{"no header", "a,b\n1,2\n", []where{{"", 1, 0}}, ErrColumn},
		{"missing name", "x\ncode,population\n1,2\n", []where{{"name", 2, 0}}, ErrColumn},
		{"unknown and repeated", "code,name,facilty,name\n500101,万州区,,\n", []where{{"facilty", 1, 11}, {"name", 1, 19}}, ErrColumn},
		{"cells beyond", "code,name\n500101,万州区,x\n", []where{{"[0]", 2, 12}}, ErrRow},
		{"short row", "code,name\n500101\n", []where{{"[0].name", 2, 7}}, ErrMissing},
		{"syntax", "code,name\n500101,\"万州区\n", []where{{"", 2, 8}}, ErrSyntax},
		{"syntax in header", "\"code,name\n", []where{{"", 1, 1}}, ErrSyntax},
		{"encoding", "code,name\n500101,万州\xff\n", []where{{"", 2, 10}}, ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc := Detect
			if errors.Is(tt.err, ErrEncoding) {
				enc = UTF8
			}
			recs := ReadNetwork(FromCSV(strings.NewReader(tt.in), enc))
			assert.Equal(t, tt.want, wheres(recs.Problems()))
			assert.ErrorIs(t, recs.Err(), tt.err)
		})
	}
}

func TestNetworkJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []where
		err  error
	}{
		{"bom", "\xef\xbb\xbf[{\"code\":\"500101\",\"name\":\"万州区\"}]", nil, nil},
		{"number code", `[{"code":500101,"name":"万州区","population":12}]`, nil, nil},
		{"empty", "", []where{{"", 1, 1}}, jsonwalk.ErrSyntax},
		{"misspelt key", `[{"code":"500101","name":"万州区","facilty":"room"}]`, []where{{"[0].facilty", 1, 42}}, jsonwalk.ErrUnknownKey},
		{"missing name", `[{"code":"500101"}]`, []where{{"[0].name", 1, 2}}, jsonwalk.ErrMissing},
		{"null name", `[{"code":"500101","name":null}]`, []where{{"[0].name", 1, 26}}, ErrMissing},
		{"empty name", `[{"code":"500101","name":" "}]`, []where{{"[0].name", 1, 26}}, ErrMissing},
		{"object name", `[{"code":"500101","name":{}}]`, []where{{"[0].name", 1, 26}}, jsonwalk.ErrType},
		{"not an array", `{}`, []where{{"", 1, 1}}, jsonwalk.ErrType},
		{"not an object", `[1]`, []where{{"[0]", 1, 2}}, jsonwalk.ErrType},
		{"bad population", `[{"code":"500101","name":"x","population":-1}]`, []where{{"[0].population", 1, 43}}, ErrNumber},
		{"null optional", `[{"code":"500101","name":"x","kind":null}]`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := ReadNetwork(FromJSON(strings.NewReader(tt.in)))
			assert.Equal(t, tt.want, wheres(recs.Problems()))
			if tt.err != nil {
				assert.ErrorIs(t, recs.Err(), tt.err)
			} else {
				assert.NoError(t, recs.Err())
			}
		})
	}
	recs := ReadNetwork(FromJSON(errReader{}))
	assert.ErrorIs(t, recs.Err(), errRead)
	recs = ReadNetwork(Input{})
	assert.ErrorIs(t, recs.Err(), ErrFormat)
}

func TestRoster(t *testing.T) {
	net, err := Network(FromCSV(bytes.NewReader(testdata(t, "network.csv")), Detect))
	require.NoError(t, err)
	a := ReadRoster(FromCSV(bytes.NewReader(testdata(t, "roster.csv")), Detect))
	require.NoError(t, a.Err())
	b := ReadRoster(FromJSON(bytes.NewReader(testdata(t, "roster.json"))))
	require.NoError(t, b.Err())
	assert.Equal(t, a.Items, b.Items)
	r, err := BuildRoster(net, a)
	require.NoError(t, err)
	assert.Equal(t, len(a.Items), r.Len())
}

func TestRosterProblemsAndShortForms(t *testing.T) {
	net, err := Network(FromCSV(bytes.NewReader(testdata(t, "network.csv")), Detect))
	require.NoError(t, err)
	in := strings.Join([]string{
		"员工花名册",
		"编号,姓名,单位代码,岗位,入职日期,助理社工师取证日期",
		"A1,甲,990101,社会工作者,2020/1/5,2021年6月20日",
		"A2,乙,990101,社工,2020.3.1,",
		"A3,丙,990101,worker-bee,2020-01-01,",
		"A1,丁,990101,社工,2020-01-01,",
		"A5,戊,123456,社工,2020-01-01,",
		"A6,己,990101,社工,2020-13-01,",
	}, "\n")
	recs := ReadRoster(FromCSV(strings.NewReader(in), Detect))
	_, err = BuildRoster(net, recs)
	ps := policy.ProblemsOf(err)
	assert.Equal(t, []where{
		{"[2].role", 5, 13},
		{"[5].joined", 8, 16},
		{"[3].id", 6, 0},
		{"[4].unit", 7, 0},
	}, wheres(ps))
	assert.NotContains(t, ps[0].Err.Error(), "unspecified")
	assert.Contains(t, ps[0].Err.Error(), "social-worker")
	require.Len(t, recs.Items, 4)
	assert.Equal(t, staffing.SocialWorker, recs.Items[0].Role)
	assert.Equal(t, "2020-01-05", recs.Items[0].Joined.String())
	assert.Equal(t, "2021-06-20", recs.Items[0].Certified[staffing.Junior].String())
	assert.Equal(t, "2020-03-01", recs.Items[1].Joined.String())
	_, err = Roster(net, FromJSON(strings.NewReader(`[{"id":"A","unit":"990101","role":"社工","joined":"2020-01-01","certified":{"junior":"x"}}]`)))
	assert.Equal(t, []where{{"[0].certified", 1, 74}}, wheres(policy.ProblemsOf(err)))
	_, err = Roster(net, FromJSON(strings.NewReader(`[{"id":"A","unit":"990101","role":"社工","joined":"2020-01-01","certified_junior":"2021-01-01"}]`)))
	assert.ErrorIs(t, err, jsonwalk.ErrUnknownKey)
	assert.NotContains(t, err.Error(), "-certified")
}

func TestPopulationJoin(t *testing.T) {
	net := ReadNetwork(FromCSV(bytes.NewReader(testdata(t, "network.csv")), Detect))
	require.NoError(t, net.Err())
	in := "人口普查,\n代码,人口\n990101,\"120,000\"\n990101001,30000\n880101,5\n990101,7\nx,1\n"
	pop := ReadPopulation(FromCSV(strings.NewReader(in), Detect))
	err := JoinPopulation(net, pop)
	assert.Equal(t, []where{{"[4].code", 7, 1}, {"[2].code", 5, 0}, {"[3].code", 6, 0}}, wheres(policy.ProblemsOf(err)))
	assert.ErrorIs(t, err, ErrNoMatch)
	assert.ErrorIs(t, err, hierarchy.ErrDuplicate)
	assert.Equal(t, int64(120000), net.Items[0].Population)
	assert.Equal(t, int64(30000), net.Items[1].Population)
	pop = ReadPopulation(FromJSON(strings.NewReader(`[{"code":"990101","population":5,"name":"江城区"}]`)))
	require.NoError(t, JoinPopulation(net, pop))
	assert.Equal(t, int64(5), net.Items[0].Population)
}

func TestBuildNetworkOtherError(t *testing.T) {
	recs := &Records[hierarchy.Record]{}
	_, err := BuildNetwork(recs)
	if err != nil {
		assert.False(t, errors.Is(err, hierarchy.ErrDuplicate))
	}
}

func TestWritersRefuseValuesWithoutText(t *testing.T) {
	var buf bytes.Buffer
	err := WriteNetworkCSV(&buf, []hierarchy.Record{{Code: 500101000000, Name: "x", Kind: hierarchy.UnitKind(200)}})
	assert.Error(t, err)
	err = WriteRosterCSV(&buf, []staffing.Worker{{ID: "A", Unit: 500101000000, Role: staffing.Role(200)}})
	assert.Error(t, err)
	assert.ErrorIs(t, WriteNetworkCSV(failWriter{}, nil), errRead)
	assert.ErrorIs(t, WriteRosterCSV(failWriter{}, nil), errRead)
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errRead }
