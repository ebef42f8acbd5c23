package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// bigPlan is the SPEC's large plan: 2,000 responses of 6 answers, 5,000 candidates, 36 reviews
// with actions, 100 agenda and checklist items.
func bigPlan() *planner.Plan {
	p := fullPlan("Big")
	qs := p.Survey.Questions
	for len(qs) < 6 {
		qs = append(qs, planner.Question{ID: int64(1000 + len(qs)), Kind: planner.KindText, Title: fmt.Sprint("Q", len(qs))})
	}
	p.Survey.Questions = qs
	p.Survey.Responses = nil
	for i := 0; i < 2000; i++ {
		r := planner.Response{ID: int64(10000 + i), Respondent: fmt.Sprint("R", i), Email: fmt.Sprintf("r%d@x.org", i),
			SubmittedAt: testNow, Source: "csv", Key: fmt.Sprint("k", i)}
		for _, q := range qs {
			a := planner.Answer{QuestionID: q.ID, Text: "my thumbnails get no click"}
			if q.Role == planner.RolePain {
				a.Tags = []planner.Tag{{ThemeID: 21, State: planner.TagAuto}}
			}
			r.Answers = append(r.Answers, a)
		}
		p.Survey.Responses = append(p.Survey.Responses, r)
	}
	p.Candidates = nil
	for i := 0; i < 5000; i++ {
		p.Candidates = append(p.Candidates, planner.Candidate{ID: int64(100000 + i), Name: fmt.Sprint("C", i),
			Contact: fmt.Sprintf("c%d@x.org", i), Status: planner.Invited,
			History: []planner.StatusEntry{{Status: planner.Prospect, On: planner.MustDate("2026-01-01")}, {Status: planner.Invited, On: planner.MustDate("2026-01-05")}}})
	}
	p.Charter.Roles[0].HolderIDs = []int64{100000, 100001}
	p.Charter.Roles[1].HolderIDs = []int64{100002}
	p.Event.AttendeeIDs = []int64{100003}
	p.Event.Agenda, p.Event.Checklist = nil, nil
	for i := 0; i < 100; i++ {
		p.Event.Agenda = append(p.Event.Agenda, planner.AgendaItem{ID: int64(200000 + i), Title: fmt.Sprint("A", i), Minutes: 5})
		p.Event.Checklist = append(p.Event.Checklist, planner.ChecklistItem{ID: int64(300000 + i), Task: fmt.Sprint("T", i), OffsetDays: i - 50})
	}
	p.Reviews = nil
	for i := 0; i < 36; i++ {
		r := planner.Review{ID: int64(400000 + i), Date: planner.MustDate("2026-04-01").AddDays(30 * i), MembersTotal: 10 + i,
			GoalValues: []planner.GoalValue{{GoalID: 41, Value: float64(i)}}}
		for j := 0; j < 5; j++ {
			r.Actions = append(r.Actions, planner.Action{Text: fmt.Sprint("act ", j), Owner: "C1"})
		}
		r.Stories = []planner.Story{{Member: "C2", Story: "learned", Cycle: planner.CycleApplied}}
		p.Reviews = append(p.Reviews, r)
	}
	return p
}

// TestLargePlanEdits round-trips a large plan and edits it; the timings are reported by the
// benchmarks (make bench), never asserted here.
func TestLargePlanEdits(t *testing.T) {
	if testing.Short() {
		t.Skip("large plan")
	}
	ctx := context.Background()
	s := mustOpen(t)
	p := bigPlan()
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireEqual(t, p, got)
	c := got.Candidates[4000]
	c.Notes = "called"
	if err := s.Put(ctx, p.ID, &c); err != nil {
		t.Fatal(err)
	}
	gone := got.Candidates[1].ID
	if err := s.DeletePerson(ctx, p.ID, gone); err != nil {
		t.Fatal(err)
	}
	after, err := s.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Candidates) != len(got.Candidates)-1 || after.Candidates[3999].Notes != "called" {
		t.Errorf("after the edits: %d candidates (want %d), edited notes %q",
			len(after.Candidates), len(got.Candidates)-1, after.Candidates[3999].Notes)
	}
}

func BenchmarkLoadLarge(b *testing.B) {
	ctx := context.Background()
	s := mustOpen(b)
	p := bigPlan()
	if _, err := s.Create(ctx, p); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Load(ctx, p.ID); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPutCandidate(b *testing.B) {
	ctx := context.Background()
	s := mustOpen(b)
	p := bigPlan()
	if _, err := s.Create(ctx, p); err != nil {
		b.Fatal(err)
	}
	c := p.Candidates[2500]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Notes = fmt.Sprint(i)
		if err := s.Put(ctx, p.ID, &c); err != nil {
			b.Fatal(err)
		}
	}
}
