package main

import (
	"testing"

	"github.com/shegong/shegong/examples/internal/clitest"
)

// The documents' amounts (bonuses 1,000 / 2,000 / 3,000; stipends 100 /
// 300 / 500 a month; the floor of 50,000 a year), applied to the built-in
// roster: a cadre certified junior on 18 June is paid 1,000 and then 100
// for each month from July, 600; the about 3 million over 12 stations is
// about 250,000 each and adds up to 3,000,000.00 exactly by population;
// 3,276 visiting hours by 26 social workers are 126 each, and 89 + 322
// needs surveyed 411.
func TestRun(t *testing.T) {
	clitest.Contains(t, run, nil,
		"stations: 12 of 12 towns (100%).\n",
		"Roster: 26 resident social workers and 100 village and community cadres.\n",
		"assistant social worker (junior)   ¥1,000.00  ¥16,000.00          ¥100.00   ¥55,200.00   ¥71,200.00\n",
		"senior social worker               ¥3,000.00       ¥0.00          ¥500.00   ¥12,000.00   ¥12,000.00\n",
		"total                                         ¥50,000.00                   ¥123,000.00  ¥173,000.00\n",
		"2023年6月18日取得助理社会工作师证书一次性奖励：1,000.00元\n",
		"Monthly stipend for the assistant social worker (junior) certificate, 2023-07 to 2023-12, 6 months: ¥600.00\n",
		"- lx-s04: joined 2022-06-01, deadline 2023-06-01 (lx-certificate-1y)\n",
		"- lx-s01: paid ¥47,000.00, ¥3,000.00 short (lx-resident-floor)\n",
		"11 of 26 below the floor.",
		"about 3,000,000 yuan over 12 stations: about 250,000 yuan each.\n",
		"total                            ¥3,000,000.00\n",
		"service hours         3,276              26  126.0\n",
		"needs identified        411              26   15.8\n",
	)
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, run)
}
