package main

import (
	"fmt"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/incentives"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

// builtinDate is the day the built-in report is for.
var builtinDate = policy.MustDate(2024, 12, 31)

// builtinWorkers staffs the built-in network by patterns over the units in
// code order, as a year's roster would look with some posts unfilled:
//   - a county centre has two full-time social workers, one in every fifth;
//   - a station has a head and two deputy heads (concurrent posts), one to
//     three resident social workers and, in two of three, a child director;
//   - an urban room has one or two full-time social workers, a rural room
//     one in five of three; a community without a room has none;
//   - every community has a committee cadre.
//
// Certificates, joining and leaving follow the worker's number: one in
// three joined with the junior certificate, one in six obtains the next
// level in 2024, one in forty has left in 2024, one in eight resident
// workers who joined in 2023 still has no certificate.
func builtinWorkers(net *hierarchy.Network) []staffing.Worker {
	var ws []staffing.Worker
	add := func(u hierarchy.Unit, role staffing.Role, e staffing.Employment) {
		i := len(ws)
		w := staffing.Worker{
			ID: fmt.Sprintf("W%06d", i+1), Unit: u.Code(), Role: role, Employment: e,
			Joined: policy.MustDate(2016, 1, 4) + policy.Date(i*53%2900),
		}
		switch {
		case i%3 == 0:
			w.Prior = staffing.Junior
		case i%97 == 5:
			w.Prior = staffing.Intermediate
		}
		if i%6 == 1 && w.Joined.Year() < 2024 {
			w.Certified[w.Prior+1] = policy.MustDate(2024, 1, 1) + policy.Date(i*31%366)
		}
		if i%40 == 7 {
			w.Left = policy.MustDate(2024, 3, 31) + policy.Date(i%200)
		}
		if role == staffing.ResidentWorker && i%8 == 2 {
			w.Joined, w.Prior, w.Certified = policy.MustDate(2023, 6, 1)+policy.Date(i%180), staffing.NoCertificate, staffing.Certificates{}
		}
		ws = append(ws, w)
	}
	i := -1
	for u := range net.Units() {
		i++
		switch {
		case u.Facility() == hierarchy.FacilityGuidanceCenter:
			add(u, staffing.SocialWorker, staffing.FullTime)
			if i%5 != 0 {
				add(u, staffing.SocialWorker, staffing.FullTime)
			}
		case u.Facility() == hierarchy.FacilityStation:
			add(u, staffing.StationHead, staffing.Concurrent)
			add(u, staffing.DeputyHead, staffing.Concurrent)
			add(u, staffing.DeputyHead, staffing.Concurrent)
			for range 1 + i%3 {
				add(u, staffing.ResidentWorker, staffing.FullTime)
			}
			if i%3 != 0 {
				add(u, staffing.ChildDirector, staffing.PartTime)
			}
		case u.Level() == hierarchy.LevelCommunity:
			if u.Facility() == hierarchy.FacilityRoom {
				n := 1
				if u.Urban() && i%4 != 0 {
					n = 2
				} else if !u.Urban() && i%3 == 0 {
					n = 0
				}
				for range n {
					add(u, staffing.SocialWorker, staffing.FullTime)
				}
			}
			add(u, staffing.CommitteeCadre, staffing.Concurrent)
		}
	}
	return ws
}

// builtinGrants gives Chongqing's 名家名师 award, in the built-in year, to
// the first seven workers holding the intermediate certificate on joining,
// as many as the account says were selected.
func builtinGrants(r *staffing.Roster, award string) []incentives.Grant {
	var gs []incentives.Grant
	for _, w := range r.All() {
		if len(gs) == 7 {
			break
		}
		if w.Prior == staffing.Intermediate {
			gs = append(gs, incentives.Grant{Worker: w.ID, Award: award, Date: policy.MustDate(2024, 9, 10)})
		}
	}
	return gs
}
