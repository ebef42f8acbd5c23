package store

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

func TestSaveEvidence(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Guild")
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	got := load(t, s, p.ID)
	cleo := got.Candidates[1].ID
	// A new reading: one session replaces the two, a decision is added.
	got.Sessions = []planner.Session{{Date: planner.MustDate("2026-05-04"), Source: "Zoom participants report", Minutes: 40,
		PracticeID: got.Charter.Cadence[0].ID,
		Attendees:  []planner.Attendee{{Person: planner.Person{Name: "Cleo", Email: "cleo@example.com"}, Minutes: 40, Joins: 1, CandidateID: cleo}}}}
	got.Matches = append(got.Matches, planner.MatchDecision{Key: "name:bot zoom", Name: "Zoom bot", Action: planner.MatchNotMember})
	got.MinAttendMinutes = 3
	if err := s.SaveEvidence(ctx, p.ID, got); err != nil {
		t.Fatal(err)
	}
	again := load(t, s, p.ID)
	requireEqual(t, got, again)
	if n := count(t, s, "SELECT count(*) FROM sessions WHERE plan_id = ?", p.ID); n != 1 {
		t.Errorf("%d sessions stored, want the one of the new reading", n)
	}

	// A reference to another plan's member is refused, and nothing changes.
	other := fullPlan("Other")
	if _, err := s.Create(ctx, other); err != nil {
		t.Fatal(err)
	}
	bad := load(t, s, p.ID)
	bad.Sessions[0].Attendees[0].CandidateID = other.Candidates[0].ID
	bad.Sessions = append(bad.Sessions, planner.Session{Date: planner.MustDate("2026-05-11")})
	if err := s.SaveEvidence(ctx, p.ID, bad); !errors.Is(err, planner.ErrNotFound) {
		t.Fatalf("foreign member: err = %v, want ErrNotFound", err)
	}
	requireEqual(t, again, load(t, s, p.ID))
}

func TestDeletePersonErasesTheirEvidence(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Guild")
	// Dan (no member match in the evidence) has an unmatched row under his email.
	p.Sessions[1].Attendees = []planner.Attendee{{Person: planner.Person{Name: "Daniel P.", Email: "dan@example.com"}, Minutes: 20, Joins: 1}}
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	before := load(t, s, p.ID)
	cleo, dan := before.Candidates[1], before.Candidates[2]
	e := planner.ErasureOfCandidate(before, cleo.ID)
	if e.Sessions != 1 || e.Activity != 1 || e.Decisions != 1 || !strings.Contains(strings.Join(e.Lines(), "\n"), "their attendance at 1 session") {
		t.Errorf("erasure of Cleo: %+v\n%s", e, strings.Join(e.Lines(), "\n"))
	}
	for _, c := range []planner.Candidate{cleo, dan} {
		if err := s.DeletePerson(ctx, p.ID, c.ID); err != nil {
			t.Fatal(err)
		}
	}
	after := load(t, s, p.ID)
	want := before
	for _, c := range []planner.Candidate{cleo, dan} {
		planner.EraseEvidenceOf(want, c)
	}
	if got := len(after.Sessions[0].Attendees); got != 2 || len(after.Sessions[1].Attendees) != 0 {
		t.Errorf("attendance left: %+v", after.Sessions)
	}
	if len(after.Activity[0].Members) != 1 || len(after.Matches) != 1 || after.Matches[0].Action != planner.MatchNotMember {
		t.Errorf("activity %+v, decisions %+v", after.Activity[0].Members, after.Matches)
	}
	for _, tbl := range []string{"session_attendees", "activity_members", "match_decisions"} {
		if n := count(t, s, "SELECT count(*) FROM "+tbl+" WHERE email IN ('cleo@example.com', 'dan@example.com')"); n != 0 {
			t.Errorf("%s still holds %d rows of the erased", tbl, n)
		}
	}
	if !reflect.DeepEqual(want.Sessions, after.Sessions) || !reflect.DeepEqual(want.Matches, after.Matches) {
		t.Errorf("planner.EraseEvidenceOf and DeletePerson differ:\n%+v\n%+v", want.Sessions, after.Sessions)
	}
}
