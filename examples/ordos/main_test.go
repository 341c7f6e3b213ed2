package main

import (
	"testing"

	"github.com/shegong/shegong/examples/internal/clitest"
)

// The plan's talent rule, max(5,000, ⌈2.5‰ × population⌉): 5,000 up to 2
// million people, 5,001 for one more, 6,250 for 2.5 million, and for the
// built-in 2,108,935 people ⌈5,272.3375⌉ = 5,273; for 3 million, 7,500.
// Of 4,200 workers one in thirty leaves a year after joining: 124 have
// left by 2023-12-31, leaving 4,076 in post, 1,197 short of 5,273.
func TestRun(t *testing.T) {
	clitest.Contains(t, run, []string{"-population", "3000000"},
		"township   social-work station                           60   68    88.24%            44 of 60\n",
		" 2,000,000     5,000\n 2,000,001     5,001\n 2,500,000     6,250\n 2,108,935     5,273\n 3,000,000     7,500\n",
		"The 2.5‰ share binds above 2,000,000 people.\n",
		"社会工作人才总量                        2025-12-31     5,273     4,076  not yet met   1,197                13.74%\n",
		"苏木乡镇（街道）社会工作服务站覆盖率    2023-12-31      100%    88.24%  not yet met  11.76%",
		"total                                5,350\n",
		"5. Funding sources named (no figures given: 7)\n",
	)
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, run, []string{"-population", "-1"}, []string{"-population", "many"})
}
