package synth

import (
	"strconv"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// NationalWorkers is about the number of social-work professionals in
// China: the size of the roster the national benchmarks use.
const NationalWorkers = 2_000_000

var workerRoles = [...]staffing.Role{
	staffing.SocialWorker, staffing.ResidentWorker, staffing.SocialWorker, staffing.OutreachWorker,
	staffing.CommitteeCadre, staffing.ProjectStaff, staffing.SocialWorker, staffing.StationHead,
	staffing.DeputyHead, staffing.ChildDirector, staffing.CommitteeCadre,
}

// Workers returns n workers spread over the units of net round-robin, in
// code order, with patterns over the worker number i: roles cycle through
// eleven, one in seven is part-time, joining dates spread over 2015–2024;
// one worker in three came with a junior certificate, one in four earned
// the next level in post a year after joining, one in twenty the senior
// one after three, and one in fifty has left.
func Workers(net *hierarchy.Network, n int) []staffing.Worker {
	out := make([]staffing.Worker, n)
	codes := make([]hierarchy.Code, 0, net.Len())
	for u := range net.Units() {
		codes = append(codes, u.Code())
	}
	base := policy.MustDate(2015, 1, 1)
	for i := range out {
		w := &out[i]
		w.ID = "W" + strconv.Itoa(i)
		w.Unit = codes[i%len(codes)]
		w.Role = workerRoles[i%len(workerRoles)]
		if i%7 == 3 {
			w.Employment = staffing.PartTime
		}
		w.Joined = base + policy.Date(i*7%3650)
		if i%3 == 0 {
			w.Prior = staffing.Junior
		}
		if i%4 == 1 {
			w.Certified[w.Prior+1] = yearsAfter(w.Joined, 1)
		}
		if i%20 == 9 && w.Prior < staffing.Intermediate {
			w.Certified[staffing.Senior] = yearsAfter(w.Joined, 3)
		}
		if i%50 == 7 {
			w.Left = yearsAfter(w.Joined, 2)
		}
	}
	return out
}

// NationalRoster builds the national network and places NationalWorkers
// workers on it: the roster the national benchmarks share.
func NationalRoster() (*staffing.Roster, error) {
	net, err := hierarchy.Build(National())
	if err != nil {
		return nil, err
	}
	return staffing.NewRoster(net, Workers(net, NationalWorkers))
}

// yearsAfter is policy.Date.AddYears for synth's dates, which lie far
// inside the years a Date holds.
func yearsAfter(d policy.Date, n int) policy.Date {
	e, err := d.AddYears(n)
	if err != nil {
		panic(err)
	}
	return e
}
