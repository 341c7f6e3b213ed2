package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

// The account's figures: 4,350 rooms, 39% of the communities; centres and
// stations in 12 counties; the standard of 2 per centre, subdistrict
// station and urban room and 1 per town station and rural room, which over
// the built-in 38 counties, 234 subdistricts, 795 towns and townships,
// 3,200 urban and 7,954 rural communities is 76 + 468 + 795 + 6,400 +
// 7,954 = 15,693; 6.3万 professionals of whom 3.7万余 at the grassroots;
// 30万 to each of 7 名家名师.
func TestBuiltin(t *testing.T) {
	code, out, errs := runMain(t)
	require.Equal(t, 0, code, errs)
	for _, want := range []string{
		"county     social-work guidance centre     12      38    31.58%\n",
		"community  social-work room             4,350  11,154    39.00%\n",
		"Rooms: 4,350 of 11,154 communities = 39%.\n",
		"cq-subdistrict-station         2    234       468\n",
		"cq-rural-room                  1  7,954     7,954\n",
		"total                                      15,693\n",
		"total          15,693             6,006\n",
		"Professionals: 63,000 people, of whom in grassroots bodies more than 37,000 people (more than 58.7%).\n",
		// 45.05…%: about, so to the nearest tenth (the shares need not add up)
		"fiscal funds             102,500,000 yuan  about 45.1%\n",
		"Social and market money per yuan of public money: about 1.22.\n",
		"Each 名家名师: Award “重庆英才·名家名师” granted on 2020-10-19: ¥300,000.00.\n",
		"Seven selected: ¥2,100,000.00 in all.\n",
	} {
		assert.Contains(t, out, want)
	}
}

// The 2020 division list has 11,224 village-level units, 3,218 of them
// residents' committees: 4,350 rooms are 38.76% of them, 39% as the
// account rounds it.
func TestRealData(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "chongqing-2020-divisions.csv")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("real division list %s not found: the shared data folder is not next to the repository", path)
	}
	code, out, errs := runMain(t, "-data", path)
	require.Equal(t, 0, code, errs)
	for _, want := range []string{
		"38 county-level units, 1,029 townships (234 subdistricts, 624 towns, 171 townships), 11,224 communities (3,218 urban, 8,006 rural).\n",
		"community  social-work room             4,350  11,224    38.76%\n",
		"Rooms: 4,350 of 11,224 communities = 39%.\n",
		"total                                      15,781\n",
	} {
		assert.Contains(t, out, want)
	}
}

func TestErrors(t *testing.T) {
	code, _, errs := runMain(t, "-data", "absent.csv")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "chongqing: open absent.csv")
	bad := filepath.Join(t.TempDir(), "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("code,name,parent_code\n500101,万州区,\n500101001001,社区,500101001\n"), 0o600))
	code, _, errs = runMain(t, "-data", bad)
	assert.Equal(t, 1, code)
	assert.Equal(t, "chongqing: "+bad+": 1 problem; [1].parent_code (line 3): record 1 (500101001001 社区): missing parent: 500101001 is not in the network\n", errs)
	code, _, _ = runMain(t, "-bogus")
	assert.Equal(t, 2, code)
	code, _, _ = runMain(t, "extra")
	assert.Equal(t, 2, code)
	code, _, _ = runMain(t, "-h")
	assert.Equal(t, 0, code)
}
