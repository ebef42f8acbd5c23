package planner

import (
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

func TestRotationSchedule(t *testing.T) {
	p := &Plan{
		Created:    testNow, // Wednesday 2026-03-04
		Candidates: []Candidate{{ID: 1, Name: "Ana"}, {ID: 2, Handle: "@bo"}, {ID: 3}},
		Charter: Charter{Roles: []Role{
			{Name: "Facilitator", HolderIDs: []int64{1, 2, 3}, RotationWeeks: 2},
			{Name: "Moderator", HolderIDs: []int64{2}, RotationWeeks: 0},  // no rotation
			{Name: "Sharer", HolderIDs: []int64{99, 1}, RotationWeeks: 1}, // 99 was deleted
			{Name: "Empty", RotationWeeks: 4},
		}},
	}
	got := RotationSchedule(p, 0)
	if len(got) != 12 {
		t.Fatalf("%d slots, want 6 facilitator + 6 sharer: %+v", len(got), got)
	}
	equal(t, "first", got[0], RotationSlot{Period: 1, Start: d("2026-03-09"), End: d("2026-03-22"), Role: "Facilitator", Holder: "Ana", HolderID: 1})
	equal(t, "second holder", got[1].Holder, "@bo")
	equal(t, "third holder", got[2].Holder, "Candidate 3")
	equal(t, "third holder's ID", got[2].HolderID, int64(3))
	equal(t, "wraps", got[3].Holder, "Ana")
	equal(t, "sixth period", [2]Date{got[5].Start, got[5].End}, [2]Date{d("2026-05-18"), d("2026-05-31")})
	equal(t, "sharer", got[6], RotationSlot{Period: 1, Start: d("2026-03-09"), End: d("2026-03-15"), Role: "Sharer", Holder: "Ana", HolderID: 1})

	p.Charter.RotationOn = d("2026-01-01")
	if got := RotationSchedule(p, 2); len(got) != 4 || got[0].Start != d("2026-01-01") {
		t.Errorf("RotationOn: %+v", got)
	}
	if RotationSchedule(&Plan{Charter: p.Charter, Candidates: p.Candidates}, 0)[0].Start != d("2026-01-01") {
		t.Error("RotationOn without Created")
	}
	if got := RotationSchedule(&Plan{Charter: Charter{Roles: p.Charter.Roles}, Candidates: p.Candidates}, 3); got != nil {
		t.Errorf("no start date: %+v", got)
	}
	if RotationSchedule(nil, 6) != nil {
		t.Error("nil plan")
	}
}

func TestRotationStartOnMonday(t *testing.T) {
	monday := d("2026-03-09").Time()
	if got := RotationStart(&Plan{Created: monday}); got != d("2026-03-09") {
		t.Errorf("created on a Monday: %s", got)
	}
}

func TestRotationWarnings(t *testing.T) {
	p := &Plan{Candidates: []Candidate{{ID: 1, Name: "Ana"}, {ID: 2, Name: "Bo"}}}
	p.Charter.Roles = []Role{
		{Name: "Host", RotationWeeks: 4, HolderIDs: []int64{1}},
		{Name: "Scribe", RotationWeeks: 2, HolderIDs: []int64{1, 2}},
		{Name: "Greeter", RotationWeeks: 1},
		{Name: "Sponsor", HolderIDs: []int64{2}}, // does not rotate
		{Name: "Ghost", RotationWeeks: 2, HolderIDs: []int64{1, 99}},
	}
	got := Strings(RotationWarnings(p))
	if len(got) != 3 || !strings.Contains(got[0], "“Host” rotates every 4 weeks but has one holder, Ana") ||
		!strings.Contains(got[1], "“Greeter” rotates every week but has no holder") || !strings.Contains(got[2], "“Ghost”") {
		t.Errorf("warnings %q", got)
	}
	// In German, with a nameless role and a nameless holder: both are worded in German.
	p.Charter.Roles = []Role{{RotationWeeks: 2, HolderIDs: []int64{3}}}
	p.Candidates = append(p.Candidates, Candidate{ID: 3})
	de := RotationWarnings(p)[0].In(i18n.New(i18n.German))
	if !strings.Contains(de, "2 Wochen") || !strings.Contains(de, "Kandidat") || strings.Contains(de, "rotates") {
		t.Errorf("German warning %q", de)
	}
}
