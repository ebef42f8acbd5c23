package store

import (
	"context"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// progressOf reads the progress the library lists for a plan.
func progressOf(t *testing.T, s *Store, id int64) (int, planner.Step) {
	t.Helper()
	var done, step int
	if err := s.db.QueryRow("SELECT progress, step FROM plans WHERE id = ?", id).Scan(&done, &step); err != nil {
		t.Fatal(err)
	}
	return done, planner.Step(step)
}

func TestSaveWritesTheChangeAndTheProgressTogether(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Save")

	p.Client = "Acme"
	if err := s.Save(ctx, p.ID, planner.Change{Plan: p, Done: 1, Current: planner.StepRecruit}); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s, p.ID); got.Client != "Acme" {
		t.Errorf("client %q", got.Client)
	}
	if d, st := progressOf(t, s, p.ID); d != 1 || st != planner.StepRecruit {
		t.Errorf("progress %d at %v", d, st)
	}

	n := planner.Norm{Text: "Be kind"}
	if err := s.Save(ctx, p.ID, planner.Change{Item: &n, Done: 2, Current: planner.StepCharter}); err != nil {
		t.Fatal(err)
	}
	if n.ID == 0 {
		t.Error("a new item got no ID")
	}
	got := load(t, s, p.ID).Charter.Norms
	if last := got[len(got)-1]; last.ID != n.ID || last.Text != "Be kind" {
		t.Errorf("norms %+v", got)
	}
	if d, _ := progressOf(t, s, p.ID); d != 2 {
		t.Errorf("progress %d after the item", d)
	}

	// A change that fails stores nothing, the progress included.
	bad := planner.Change{Delete: &planner.ItemRef{Kind: planner.ItemNorm, ID: 999999}, Done: 5, Current: planner.StepExport}
	if err := s.Save(ctx, p.ID, bad); err == nil {
		t.Fatal("deleting a missing norm worked")
	}
	if d, st := progressOf(t, s, p.ID); d != 2 || st != planner.StepCharter {
		t.Errorf("a failed change stored progress %d at %v", d, st)
	}

	if err := s.Save(ctx, p.ID, planner.Change{Delete: &planner.ItemRef{Kind: planner.ItemNorm, ID: n.ID}, Done: 1}); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s, p.ID).Charter.Norms; len(got) != len(p.Charter.Norms) {
		t.Errorf("%d norms after the delete, want %d", len(got), len(p.Charter.Norms))
	}
}

// TestBulkWritesStoreTheirProgressTogether: erasing a person and the bulk adds store the
// progress of the plan they leave in their own transaction; one that fails stores nothing.
func TestBulkWritesStoreTheirProgressTogether(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Bulk")
	// A progress no plan has, so that each write must store its own.
	mark := func() {
		t.Helper()
		if _, err := s.db.Exec("UPDATE plans SET progress = -1, step = 99 WHERE id = ?", p.ID); err != nil {
			t.Fatal(err)
		}
	}
	unchanged := func(what string) {
		t.Helper()
		if d, st := progressOf(t, s, p.ID); d != -1 || st != 99 {
			t.Errorf("%s failed but stored progress %d at %v", what, d, st)
		}
	}
	stored := func(what string) {
		t.Helper()
		wd, wst := planner.Progress(load(t, s, p.ID))
		if d, st := progressOf(t, s, p.ID); d != wd || st != wst {
			t.Errorf("after %s: progress %d at %v, want %d at %v", what, d, st, wd, wst)
		}
	}
	writes := []struct {
		what      string
		bad, good func() error
	}{
		{"AddCandidates",
			func() error {
				_, err := s.AddCandidates(ctx, p.ID, []planner.Candidate{{Name: "Ghost", ResponseID: 999999}})
				return err
			},
			func() error {
				_, err := s.AddCandidates(ctx, p.ID, []planner.Candidate{{Name: "Dana", Contact: "dana@example.org"}})
				return err
			}},
		{"AddResponses",
			func() error {
				_, err := s.AddResponses(ctx, p.ID, []planner.Response{{Respondent: "X", Answers: []planner.Answer{{QuestionID: 999999, Text: "?"}}}})
				return err
			},
			func() error {
				_, err := s.AddResponses(ctx, p.ID, []planner.Response{{Respondent: "Eve", Email: "eve@example.org"}})
				return err
			}},
		{"DeletePerson",
			func() error { return s.DeletePerson(ctx, p.ID, 999999) },
			func() error { return s.DeletePerson(ctx, p.ID, load(t, s, p.ID).Candidates[0].ID) }},
		{"DeleteRespondent",
			func() error { return s.DeleteRespondent(ctx, p.ID, 999999) },
			func() error { return s.DeleteRespondent(ctx, p.ID, load(t, s, p.ID).Survey.Responses[0].ID) }},
	}
	for _, w := range writes {
		mark()
		if err := w.bad(); err == nil {
			t.Fatalf("a failing %s worked", w.what)
		}
		unchanged(w.what)
		if err := w.good(); err != nil {
			t.Fatalf("%s: %v", w.what, err)
		}
		stored(w.what)
	}
}
