package main

import (
	"testing"

	"github.com/shegong/shegong/examples/internal/clitest"
)

// The account's figures from the built-in county: more than 200 posts
// (207 on the roster), 6 + 30 = 36 joined in 2023, 5 rooms in 5 of 25
// urban communities, 33 volunteer teams, the first charity fund.
func TestRun(t *testing.T) {
	clitest.Contains(t, run, nil,
		"Social-work posts on the roster: 207 (the account: more than 200).\n",
		"Joined in 2023: 36 (6 professionals recruited and 30 social workers hired).\n",
		"Rooms: 5, in 5 of 25 urban communities (20%); 3.85% of all 130 communities.\n",
		"Volunteer teams: 33; community charity funds: 1.\n",
		"The account's trained, 78人: 78 people.\n",
	)
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, run)
}
