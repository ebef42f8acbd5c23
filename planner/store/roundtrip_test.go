package store

import (
	"context"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

func TestCreateLoadRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Guild")
	id, err := s.Create(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if id == 0 || p.ID != id {
		t.Fatalf("Create returned %d, p.ID %d", id, p.ID)
	}
	if !p.Updated.Equal(testNow) {
		t.Errorf("Updated = %v, want %v", p.Updated, testNow)
	}
	// References were remapped to the new IDs.
	if got := p.Survey.Responses[0].Answers[0].QuestionID; got != p.Survey.Questions[0].ID {
		t.Errorf("answer question %d, want %d", got, p.Survey.Questions[0].ID)
	}
	if got := p.Charter.Roles[0].HolderIDs; got[0] != p.Candidates[0].ID || got[1] != p.Candidates[1].ID {
		t.Errorf("holders %v not remapped to %d, %d", got, p.Candidates[0].ID, p.Candidates[1].ID)
	}
	if p.Candidates[0].ResponseID != p.Survey.Responses[0].ID {
		t.Errorf("candidate response %d, want %d", p.Candidates[0].ResponseID, p.Survey.Responses[0].ID)
	}
	got, err := s.Load(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	requireEqual(t, p, got)

	// The plan survives a reopen.
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := mustOpenAt(t, path, Options{Now: fixedClock()})
	got2, err := s2.Load(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	requireEqual(t, p, got2)
}

func TestCreateLeavesInputOnFailure(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("")
	if _, err := s.Create(ctx, p); err == nil {
		t.Fatal("Create of a nameless plan succeeded")
	}
	if p.Candidates[0].ID != 51 || p.Charter.Roles[0].HolderIDs[0] != 51 {
		t.Errorf("failed Create changed the input: %+v", p.Candidates[0])
	}
}

func TestCreateDropsDanglingReferences(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Dangling")
	p.Charter.Roles[0].HolderIDs = []int64{999, 51}
	p.Goals[0].ThemeIDs = []int64{21, 998}
	p.Reviews[0].GoalValues = append(p.Reviews[0].GoalValues, planner.GoalValue{GoalID: 997, Value: 1})
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Charter.Roles[0].HolderIDs) != 1 || len(got.Goals[0].ThemeIDs) != 1 || len(got.Reviews[0].GoalValues) != 2 {
		t.Errorf("dangling references kept: holders %v themes %v values %v",
			got.Charter.Roles[0].HolderIDs, got.Goals[0].ThemeIDs, got.Reviews[0].GoalValues)
	}
	requireEqual(t, p, got)
}

func TestCreateCachesProgress(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Progress")
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	done, step := planner.Progress(p)
	list, err := s.List(ctx, planner.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Progress != done || list[0].Step != step {
		t.Fatalf("List = %+v, want progress %d step %v", list, done, step)
	}
	if err := s.Save(ctx, p.ID, planner.Change{Done: 2, Current: planner.StepCharter}); err != nil {
		t.Fatal(err)
	}
	list, _ = s.List(ctx, planner.ListOptions{})
	if list[0].Progress != 2 || list[0].Step != planner.StepCharter {
		t.Errorf("after SaveProgress List = %+v", list[0])
	}
}

func TestDuplicate(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Original")
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	id, err := s.Duplicate(ctx, p.ID, "Copy")
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Load(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Copy" || c.ID == p.ID || len(c.Candidates) != len(p.Candidates) {
		t.Fatalf("copy = %q id %d with %d candidates", c.Name, c.ID, len(c.Candidates))
	}
	if c.Candidates[0].ID == p.Candidates[0].ID || c.Charter.Roles[0].HolderIDs[0] != c.Candidates[0].ID {
		t.Errorf("copy's references not its own: holders %v, candidates %d", c.Charter.Roles[0].HolderIDs, c.Candidates[0].ID)
	}
	if c.Survey.Responses[0].Answers[0].Tags[0].ThemeID != c.Survey.Themes[0].ID {
		t.Errorf("copy's tags point at %d, want %d", c.Survey.Responses[0].Answers[0].Tags[0].ThemeID, c.Survey.Themes[0].ID)
	}
}
