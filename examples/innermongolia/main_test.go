package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The notice's posts, 1 head, 2 deputies and 1 resident staff member, held
// against the built-in staff: the head is missing at the 4th and 11th
// stations, a deputy at the 3rd, 8th and 13th, resident staff at the 6th
// and 12th, so 7 of 14 stations are complete and 7 posts unfilled.
func TestRun(t *testing.T) {
	var out, errs bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errs), errs.String())
	for _, want := range []string{
		"- at least 2 deputy station head\n",
		"159902101  新华镇    town            1         1               1  1 deputy station head\n",
		"159902200  七星苏木  sumu            0         2               1  1 station head\n",
		"159921001  安居街道  subdistrict     1         2               0  1 social-assistance coordinator or child supervisor or child director or project staff\n",
		"Fully staffed: 7 of 14 stations; posts unfilled: 7 (rule nm-station-roles).\n",
		"- donations (social funds): 社会资金滚动支持社工站运营管理\n",
	} {
		assert.Contains(t, out.String(), want)
	}
}

func TestUsage(t *testing.T) {
	var out, errs bytes.Buffer
	assert.Equal(t, 2, run([]string{"-x"}, &out, &errs))
	assert.Equal(t, 2, run([]string{"x"}, &out, &errs))
	assert.Equal(t, 0, run([]string{"-h"}, &out, &errs))
}
