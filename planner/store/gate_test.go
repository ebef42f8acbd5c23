package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// wantRefused checks that err is the validation error CheckPlan gives for whole (the plan
// as the refused write would have left it), and that the plan in the library is unchanged.
func wantRefused(t *testing.T, s *Store, err error, whole *planner.Plan, before *planner.Plan) {
	t.Helper()
	want := planner.CheckPlan(whole)
	if want == nil {
		t.Fatal("the write breaks no rule of CheckPlan: the test is wrong")
	}
	var ve *planner.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error = %v, want a validation error", err)
	}
	if !strings.Contains(want.Error(), ve.Msg) {
		t.Errorf("error = %q,\nCheckPlan = %q", err, want)
	}
	if before != nil {
		requireEqual(t, before, load(t, s, before.ID))
	}
}

func TestCreateRunsCheckPlan(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Too many active")
	p.Reviews[0].WeeklyActive = p.Reviews[0].MembersTotal + 1
	_, err := s.Create(ctx, p)
	wantRefused(t, s, err, p, nil)
	if n := count(t, s, "SELECT count(*) FROM plans"); n != 0 {
		t.Errorf("%d plans in the library after a refused Create", n)
	}
}

func TestSingleChangesRunTheRulesOfCheckPlan(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Gate")
	long := strings.Repeat("x", planner.MaxLongText+1)
	short := strings.Repeat("n", planner.MaxShortText+1)
	cases := []struct {
		name  string
		write func(q *planner.Plan) error // the write, given a copy of the plan
		apply func(q *planner.Plan)       // the same change to the whole plan
	}{
		{"Save of the charter", func(q *planner.Plan) error {
			c := q.Charter
			c.Purpose = long
			return s.Save(ctx, q.ID, planner.Change{Charter: &c})
		}, func(q *planner.Plan) { q.Charter.Purpose = long }},
		{"Save of the plan", func(q *planner.Plan) error {
			q.Audience = long
			return s.Save(ctx, q.ID, planner.Change{Plan: q})
		}, func(q *planner.Plan) { q.Audience = long }},
		{"Save of a review", func(q *planner.Plan) error {
			r := q.Reviews[0]
			r.NewMembers = r.MembersTotal + 5
			return s.Save(ctx, q.ID, planner.Change{Item: &r})
		}, func(q *planner.Plan) { q.Reviews[0].NewMembers = q.Reviews[0].MembersTotal + 5 }},
		{"Put of a new review", func(q *planner.Plan) error {
			return s.Put(ctx, q.ID, &planner.Review{Date: planner.MustDate("2030-01-01"), MembersTotal: 2, PollAsked: 3})
		}, func(q *planner.Plan) {
			q.Reviews = append(q.Reviews, planner.Review{Date: planner.MustDate("2030-01-01"), MembersTotal: 2, PollAsked: 3})
		}},
		{"Put of a norm", func(q *planner.Plan) error {
			return s.Put(ctx, q.ID, &planner.Norm{ID: q.Charter.Norms[0].ID, Text: long})
		}, func(q *planner.Plan) { q.Charter.Norms[0].Text = long }},
		{"AddResponses", func(q *planner.Plan) error {
			_, err := s.AddResponses(ctx, q.ID, []planner.Response{{Respondent: "Ana"}, {Respondent: short}})
			return err
		}, func(q *planner.Plan) {
			q.Survey.Responses = append(q.Survey.Responses, planner.Response{Respondent: short})
		}},
		{"AddCandidates", func(q *planner.Plan) error {
			_, err := s.AddCandidates(ctx, q.ID, []planner.Candidate{{Name: short}})
			return err
		}, func(q *planner.Plan) { q.Candidates = append(q.Candidates, planner.Candidate{Name: short}) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := load(t, s, p.ID)
			err := tc.write(load(t, s, p.ID))
			whole := load(t, s, p.ID)
			tc.apply(whole)
			wantRefused(t, s, err, whole, before)
		})
	}
}

func TestABrokenPlanFromAnOldLibraryStaysEditable(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Old")
	long := strings.Repeat("y", planner.MaxLongText+1)
	// What an older version let through: a norm past today's limit, a review's figures that
	// disagree.
	norm, review := p.Charter.Norms[0].ID, p.Reviews[0].ID
	if _, err := s.db.Exec("UPDATE norms SET text = ? WHERE id = ?", long, norm); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("UPDATE reviews SET weekly_active = members_total + 4 WHERE id = ?", review); err != nil {
		t.Fatal(err)
	}
	old := load(t, s, p.ID)
	if len(planner.PlanProblems(old)) != 2 {
		t.Fatalf("PlanProblems = %v, want the two problems", planner.PlanProblems(old))
	}

	// Changes that make it no worse are saved.
	old.Audience = "Ward nurses"
	if err := s.Save(ctx, old.ID, planner.Change{Plan: old}); err != nil {
		t.Errorf("Save of another field: %v", err)
	}
	old.Charter.Norms[0].Text = long[1:]
	if err := s.Put(ctx, old.ID, &old.Charter.Norms[0]); err != nil {
		t.Errorf("Put of the broken norm, shortened: %v", err)
	}
	old.Reviews[0].Worked = "The demos"
	if err := s.Save(ctx, old.ID, planner.Change{Item: &old.Reviews[0]}); err != nil {
		t.Errorf("Save of another field of the broken review: %v", err)
	}
	requireEqual(t, old, load(t, s, old.ID))

	// A change that adds a problem is refused, beside the old ones.
	r := old.Reviews[0]
	r.NewMembers = r.MembersTotal + 1
	if err := s.Save(ctx, old.ID, planner.Change{Item: &r}); !errors.Is(err, planner.ErrInvalid) {
		t.Errorf("Save of a new problem = %v, want ErrInvalid", err)
	}
	// A whole-plan write of it is refused: the copy would enter the library broken.
	if _, err := s.Duplicate(ctx, old.ID, "Copy"); !errors.Is(err, planner.ErrInvalid) {
		t.Errorf("Duplicate of a broken plan = %v, want ErrInvalid", err)
	}
	requireEqual(t, old, load(t, s, old.ID))
}

func TestSaveClientRunsTheTextLimits(t *testing.T) {
	s := mustOpen(t)
	c := planner.Client{Name: "Acme", Contact: strings.Repeat("c", planner.MaxLongText+1)}
	if err := s.SaveClient(context.Background(), &c); !errors.Is(err, planner.ErrInvalid) {
		t.Errorf("SaveClient of a too-long contact = %v, want ErrInvalid", err)
	}
	if n := count(t, s, "SELECT count(*) FROM clients"); n != 0 {
		t.Errorf("%d clients saved", n)
	}
}

func TestRenameRunsThePlanNameRule(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Short")
	for _, name := range []string{"  ", strings.Repeat("n", planner.MaxShortText+1)} {
		if err := s.Rename(ctx, p.ID, name); !errors.Is(err, planner.ErrInvalid) {
			t.Errorf("Rename to %d characters = %v, want ErrInvalid", len(name), err)
		}
	}
	if got := load(t, s, p.ID); got.Name != "Short" {
		t.Errorf("name %q after refused renames", got.Name)
	}
}
