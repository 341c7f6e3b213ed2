package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The account's figures from the built-in county: more than 200 posts
// (207 on the roster), 6 + 30 = 36 joined in 2023, 5 rooms in 5 of 25
// urban communities, 33 volunteer teams, the first charity fund.
func TestRun(t *testing.T) {
	var out, errs bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errs), errs.String())
	for _, want := range []string{
		"Social-work posts on the roster: 207 (the account: more than 200).\n",
		"Joined in 2023: 36 (6 professionals recruited and 30 social workers hired).\n",
		"Rooms: 5, in 5 of 25 urban communities (20%); 3.85% of all 130 communities.\n",
		"Volunteer teams: 33; community charity funds: 1.\n",
		"The account's trained, 78人: 78 people.\n",
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
