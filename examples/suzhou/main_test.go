package main

import (
	"testing"

	"github.com/shegong/shegong/examples/internal/clitest"
)

// The report's figures: 90 stations, 94% coverage of 96 townships; 3
// resident social workers per station: 3 × 90 = 270 at the stations
// built, 3 × 96 = 288 at full coverage; full coverage by the end of the
// year (6.25% to go on 30 November); charity funds in 96 townships and
// 565 villages and communities; 4,700万 of purchase and 5,100余万 of
// charity money, more than 51/47 = 1.0851… yuan per yuan, so more than
// 1.08 (rounded down to stay true); 1.8万 certified, 22% of
// Jiangsu's.
func TestRun(t *testing.T) {
	clitest.Contains(t, run, nil,
		"township   social-work station             90     96    93.75%\n",
		"Stations: 90 of 96 townships = 94%.\n",
		"community  social-work room             1,102  2,235    49.31%\n",
		"鄉鎮（街道）社會工作站覆蓋率  2021-12-31    93.75%  not yet met   6.25%",
		"At the stations built: 270; at full coverage: 288.\n",
		"建立社區慈善基金的鄉鎮（街道）: 96 of 96 = 100.00%\n",
		"建立社區慈善基金的村（社區）: 565 of 2,235 = 25.28%\n",
		"community charity funds          more than 51,000,000 yuan   more than 52.04%\n",
		"Charity money raised per yuan of government purchase: more than 1.08.\n",
		"Certified social workers: 18,000 people, 22% of Jiangsu's, which puts Jiangsu's at about 81,818.\n",
	)
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, run)
}
