package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// TestDeleteRespondent: deleting a response erases the candidate made from it (and their other
// responses, roles, attendance, stories, ownerships) exactly as planner.ErasureOfResponse
// lists; a response nobody was made from goes alone.
func TestDeleteRespondent(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Person")
	other := created(t, s, "Other")
	ben := p.Candidates[0] // linked to response 0, contact = its email
	extra := planner.Response{Email: "  r0@EXAMPLE.com ", Key: "k", Answers: []planner.Answer{{QuestionID: p.Survey.Questions[0].ID, Text: "x"}}}
	if err := s.Put(ctx, p.ID, &extra); err != nil {
		t.Fatal(err)
	}
	before := load(t, s, p.ID)
	e := planner.ErasureOfResponse(before, ben.ResponseID)
	if len(e.Candidates) != 1 || e.Candidates[0].ID != ben.ID || len(e.Responses) != 2 || len(e.Roles) == 0 || !e.Attended {
		t.Fatalf("erasure of response %d: %+v", ben.ResponseID, e)
	}
	if err := s.DeleteRespondent(ctx, p.ID, ben.ResponseID); err != nil {
		t.Fatal(err)
	}
	after := load(t, s, p.ID)
	gone := func(ids []int64, id int64) bool { return !slices.Contains(ids, id) }
	var cands, resps []int64
	for _, c := range after.Candidates {
		cands = append(cands, c.ID)
	}
	for _, r := range after.Survey.Responses {
		resps = append(resps, r.ID)
	}
	for _, c := range e.Candidates {
		if !gone(cands, c.ID) {
			t.Errorf("candidate %d left", c.ID)
		}
	}
	for _, r := range e.Responses {
		if !gone(resps, r.ID) {
			t.Errorf("response %d left", r.ID)
		}
	}
	if len(after.Candidates) != len(before.Candidates)-1 || len(after.Survey.Responses) != len(before.Survey.Responses)-2 {
		t.Errorf("%d candidates and %d responses left of %d and %d", len(after.Candidates), len(after.Survey.Responses),
			len(before.Candidates), len(before.Survey.Responses))
	}
	for _, r := range after.Charter.Roles {
		if slices.Contains(r.HolderIDs, ben.ID) {
			t.Errorf("role %q still held by the erased candidate", r.Name)
		}
	}
	if slices.Contains(after.Event.AttendeeIDs, ben.ID) {
		t.Error("attendance left")
	}
	if n := count(t, s, "SELECT count(*) FROM stories WHERE plan_id = ? AND member = ?", p.ID, ben.Name); n != 0 {
		t.Errorf("%d stories left", n)
	}

	// A response no candidate comes from goes alone.
	lone := planner.Response{Respondent: "Lone", Email: "lone@example.com", Key: "lone"}
	if err := s.Put(ctx, p.ID, &lone); err != nil {
		t.Fatal(err)
	}
	now := load(t, s, p.ID)
	if e := planner.ErasureOfResponse(now, lone.ID); e.Linked() || len(e.Responses) != 1 {
		t.Errorf("erasure of a lone response: %+v", e)
	}
	if err := s.DeleteRespondent(ctx, p.ID, lone.ID); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s, p.ID); len(got.Candidates) != len(now.Candidates) || len(got.Survey.Responses) != len(now.Survey.Responses)-1 {
		t.Errorf("deleting a lone response: %d candidates (was %d), %d responses (was %d)",
			len(got.Candidates), len(now.Candidates), len(got.Survey.Responses), len(now.Survey.Responses))
	}
	requireEqual(t, other, load(t, s, other.ID))
	if err := s.DeleteRespondent(ctx, other.ID, after.Survey.Responses[0].ID); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("DeleteRespondent across plans = %v, want ErrNotFound", err)
	}
}

// TestErasureOfCandidateMatchesDeletePerson: what the confirmation lists for a candidate is
// what DeletePerson removes.
func TestErasureOfCandidateMatchesDeletePerson(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Person")
	ben := p.Candidates[0]
	before := load(t, s, p.ID)
	e := planner.ErasureOfCandidate(before, ben.ID)
	if len(e.Candidates) != 1 || len(e.Responses) == 0 || len(e.Lines()) < 3 {
		t.Fatalf("erasure %+v, lines %q", e, e.Lines())
	}
	if err := s.DeletePerson(ctx, p.ID, ben.ID); err != nil {
		t.Fatal(err)
	}
	after := load(t, s, p.ID)
	if len(after.Survey.Responses) != len(before.Survey.Responses)-len(e.Responses) {
		t.Errorf("%d responses left of %d; the erasure listed %d", len(after.Survey.Responses), len(before.Survey.Responses), len(e.Responses))
	}
	for _, r := range after.Survey.Responses {
		for _, g := range e.Responses {
			if r.ID == g.ID {
				t.Errorf("listed response %d left", r.ID)
			}
		}
	}
}

// TestDeletePersonScrubsIssuedVersions: an issued charter version that names the erased
// person as a role holder keeps its text with the name replaced; other holders stay.
func TestDeletePersonScrubsIssuedVersions(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Scrub")
	var holder planner.Candidate
	var others []string
	for _, r := range p.Charter.Roles {
		for _, id := range r.HolderIDs {
			for _, c := range p.Candidates {
				if c.ID == id && holder.ID == 0 {
					holder = c
				} else if c.ID == id && c.ID != holder.ID {
					others = append(others, c.DisplayName())
				}
			}
		}
	}
	if holder.ID == 0 {
		t.Fatal("the plan has no role holder")
	}
	v, err := planner.IssueVersion(p, "", planner.DateOf(testNow), "Zoë", "For review")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(ctx, p.ID, &v); err != nil {
		t.Fatal(err)
	}
	name := holder.DisplayName()
	if roles := v.Snapshot.Text(planner.SectionRoles); !strings.Contains(roles, name) {
		t.Fatalf("the snapshot's roles %q lack %q", roles, name)
	}
	if e := planner.ErasureOfCandidate(load(t, s, p.ID), holder.ID); e.Versions != 1 || !strings.Contains(strings.Join(e.Lines(), "\n"), "1 issued charter version") {
		t.Errorf("erasure counts %d issued versions: %q", e.Versions, e.Lines())
	}
	if err := s.DeletePerson(ctx, p.ID, holder.ID); err != nil {
		t.Fatal(err)
	}
	after := load(t, s, p.ID)
	last := planner.LastIssued(after)
	if last == nil {
		t.Fatal("the issued version is gone")
	}
	roles := last.Snapshot.Text(planner.SectionRoles)
	if strings.Contains(roles, name) || !strings.Contains(roles, planner.ErasedName) {
		t.Errorf("roles after erasure: %q", roles)
	}
	for _, o := range others {
		if o != name && !strings.Contains(roles, o) {
			t.Errorf("%q was removed with %q: %q", o, name, roles)
		}
	}
}
