package main

import (
	"testing"

	"github.com/shegong/shegong/examples/internal/clitest"
)

// The report's totals, summed from the station and county records: 877
// cases, 3,893 group sessions, 4,312 activities and 193 projects over 185
// stations (877 / 185 = 4.7 cases a station); 308 volunteer organisations
// and 47,000 volunteers.
func TestRun(t *testing.T) {
	clitest.Contains(t, run, nil,
		"individual cases        877          4.7\n",
		"group sessions        3,893         21.0\n",
		"community activities  4,312         23.3\n",
		"projects                193\n",
		"330302  鹿城区     80             337         374        18\n",
		"Volunteer organisations: 308; volunteers: 47,000.\n",
		"The report's certified social workers, 17439人: 17,439 people.\n",
		"The report's volunteers, 4.7万名: 47,000 people.\n",
	)
}

func TestUsage(t *testing.T) {
	clitest.Usage(t, run)
}
