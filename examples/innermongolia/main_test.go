package main

import (
	"testing"

	"github.com/shegong/shegong/examples/internal/clitest"
)

// The notice's posts, 1 head, 2 deputies and 1 resident staff member, held
// against the built-in staff: the head is missing at the 4th and 11th
// stations, a deputy at the 3rd, 8th and 13th, resident staff at the 6th
// and 12th, so 7 of 14 stations are complete and 7 posts unfilled.
func TestRun(t *testing.T) {
	clitest.Contains(t, run, nil,
		"- at least 2 deputy station head\n",
		"159902101  新华镇    town            1         1               1  1 deputy station head\n",
		"159902200  七星苏木  sumu            0         2               1  1 station head\n",
		"159921001  安居街道  subdistrict     1         2               0  1 social-assistance coordinator or child supervisor or child director or project staff\n",
		"Fully staffed: 7 of 14 stations; posts unfilled: 7 (rule nm-station-roles).\n",
		"- donations (social funds): 社会资金滚动支持社工站运营管理\n",
	)
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, run)
}
