package hierarchy_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
)

// readDivisions reads one of the real division lists (code,name,parent_code)
// from the shared data folder, skipping the test when it is absent.
func readDivisions(t *testing.T, file string) [][]string {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "data", file)
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("real division list %s not found: the shared data folder is not next to the repository", path)
	}
	require.NoError(t, err)
	defer func() { _ = f.Close() }() // read-only: a close error loses nothing
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"code", "name", "parent_code"}, rows[0])
	return rows[1:]
}

// records turns rows into records with their stated parents; kinds, when
// stated, come from kindOf (which may return KindUnspecified).
func records(rows [][]string, kindOf func(row []string) hierarchy.UnitKind) []hierarchy.Record {
	out := make([]hierarchy.Record, len(rows))
	for i, row := range rows {
		out[i] = hierarchy.Record{Code: mustCode(row[0]), Name: row[1], Kind: kindOf(row)}
		if row[2] != "" {
			out[i].Parent = mustCode(row[2])
		}
	}
	return out
}

func byCode([]string) hierarchy.UnitKind { return hierarchy.KindUnspecified }

// countClasses counts rows by the code ranges of domain.md, reading the
// digits as text, apart from the library.
func countClasses(t *testing.T, rows [][]string) map[hierarchy.UnitKind]int64 {
	counts := map[hierarchy.UnitKind]int64{}
	for _, row := range rows {
		code := row[0]
		var part string
		switch len(code) {
		case 6:
			part = code[4:6]
		case 9:
			part = code[6:9]
		case 12:
			part = code[9:12]
		default:
			t.Fatalf("code %q has %d digits", code, len(code))
		}
		n, err := strconv.Atoi(part)
		require.NoError(t, err)
		var k hierarchy.UnitKind
		switch {
		case len(code) == 6 && n <= 20:
			k = hierarchy.KindDistrict
		case len(code) == 6 && n <= 80:
			k = hierarchy.KindCounty
		case len(code) == 6:
			k = hierarchy.KindCountyCity
		case len(code) == 9 && n <= 99:
			k = hierarchy.KindSubdistrict
		case len(code) == 9 && n <= 199:
			k = hierarchy.KindTown
		case len(code) == 9 && n <= 399:
			k = hierarchy.KindTownship
		case len(code) == 9 && n <= 599:
			k = hierarchy.KindSimilarTownship
		case len(code) == 12 && n <= 199:
			k = hierarchy.KindUrbanCommunity
		case len(code) == 12 && n <= 399:
			k = hierarchy.KindVillage
		case len(code) == 12 && n <= 499:
			k = hierarchy.KindSimilarUrban
		case len(code) == 12 && n <= 599:
			k = hierarchy.KindSimilarRural
		default:
			t.Fatalf("code %q outside every range", code)
		}
		counts[k]++
	}
	return counts
}

func TestRealDivisions(t *testing.T) {
	for _, tc := range []struct {
		file                          string
		counties, townships, villages int64
	}{
		{"chongqing-2020-divisions.csv", 38, 1029, 11224},
		{"suzhou-2020-divisions.csv", 10, 124, 2235},
	} {
		t.Run(tc.file, func(t *testing.T) {
			rows := readDivisions(t, tc.file)
			n := mustBuild(t, records(rows, byCode))
			require.Equal(t, len(rows), n.Len(), "no record lost")
			assert.Equal(t, hierarchy.LevelCounty, n.Top())

			all := n.Rollup().Total()
			assert.Equal(t, tc.counties, all.Units(hierarchy.LevelCounty))
			assert.Equal(t, tc.townships, all.Units(hierarchy.LevelTownship))
			assert.Equal(t, tc.villages, all.Units(hierarchy.LevelCommunity))

			want := countClasses(t, rows)
			for k := hierarchy.KindProvince; k.Valid(); k++ {
				assert.Equal(t, want[k], all.Count(k), "%s", k)
			}
			// Stated parents agree with the codes, so every unit sits
			// under the code one level up.
			for u := range n.Units() {
				if p := u.Parent(); p != 0 {
					assert.Equal(t, u.Code().Parent(), p, u.Code())
				}
			}
		})
	}
}

// TestRealDivisionsStatedKinds states the kinds the names give where they
// contradict the code ranges, and checks that they win: Chongqing's 铜梁区
// and five other districts keep county codes (51–56) from before they
// became districts, and Suzhou's 苏州工业园区 (320571) is a zone NBS codes
// at county level.
func TestRealDivisionsStatedKinds(t *testing.T) {
	districts := func(row []string) hierarchy.UnitKind {
		switch {
		case len(row[0]) == 6 && strings.HasSuffix(row[1], "园区"):
			return hierarchy.KindSimilarCounty
		case len(row[0]) == 6 && strings.HasSuffix(row[1], "区"):
			return hierarchy.KindDistrict
		}
		return hierarchy.KindUnspecified
	}

	cq := mustBuild(t, records(readDivisions(t, "chongqing-2020-divisions.csv"), districts)).Rollup().Total()
	assert.Equal(t, int64(26), cq.Count(hierarchy.KindDistrict), "Chongqing's 26 districts")
	assert.Equal(t, int64(12), cq.Count(hierarchy.KindCounty), "8 counties and 4 autonomous counties")
	assert.Equal(t, int64(234), cq.Count(hierarchy.KindSubdistrict))
	assert.Equal(t, int64(624), cq.Count(hierarchy.KindTown))
	assert.Equal(t, int64(171), cq.Count(hierarchy.KindTownship))

	sz := mustBuild(t, records(readDivisions(t, "suzhou-2020-divisions.csv"), districts)).Rollup().Total()
	assert.Equal(t, int64(5), sz.Count(hierarchy.KindDistrict), "虎丘、吴中、相城、姑苏、吴江")
	assert.Equal(t, int64(1), sz.Count(hierarchy.KindSimilarCounty), "苏州工业园区")
	assert.Equal(t, int64(4), sz.Count(hierarchy.KindCountyCity), "常熟、张家港、昆山、太仓")
	assert.Equal(t, int64(0), sz.Count(hierarchy.KindCounty))
	assert.Equal(t, int64(31), sz.Count(hierarchy.KindSimilarTownship), "development zones and the park's community work committees")
}
