package main

import (
	"testing"

	"github.com/shegong/shegong/examples/internal/clitest"
)

// 38,000 professionals at the end of 2023 need (50,000 / 38,000)^(1/2) − 1
// = 14.71% a year to reach 50,000 by the end of 2025; 1,120 of 1,260
// townships (88.89%) need (1,260 / 1,120)^(1/2) − 1 = 6.07% a year.
func TestRun(t *testing.T) {
	clitest.Contains(t, run, nil,
		"14 prefectures, 112 counties, 1,260 townships, 15,400 communities; 38,000 professionals on the roster.\n",
		"gx-professionals-2025           社会工作专业人才                                at least 50,000    38,000  not yet met  12,000                14.71%\n",
		"gx-stations                     乡镇（街道）社会工作服务站覆盖率          full coverage 100.00%    88.89%  not yet met  11.11%                 6.07%\n",
		"gx-volunteer-points             志愿服务站点在社区综合服务设施中的覆盖率        at least 80.00%         —  no data           —                     —\n",
		"Targets: 12 named by the report of the plan's 16 main indicators and its projects; measured here: 2.\n",
	)
	clitest.Contains(t, run, []string{"-date", "2026-01-01"}, "gx-stations                     乡镇（街道）社会工作服务站覆盖率          full coverage 100.00%    88.89%  missed")
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, run, []string{"-date", "2023-13-01"})
}
