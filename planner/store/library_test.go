package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

func TestDeletePerson(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Person")
	other := created(t, s, "Other") // same names and contacts in another plan must stay
	ben := p.Candidates[0]          // contact R0@Example.com = response 0's email; linked to response 0
	// A second response with Ben's email in another case, and Ben holding roles, attending,
	// owning actions and agenda items, telling stories.
	extra := planner.Response{Email: "  r0@EXAMPLE.com ", Key: "k", Answers: []planner.Answer{{QuestionID: p.Survey.Questions[0].ID, Text: "x"}}}
	if err := s.Put(ctx, p.ID, &extra); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePerson(ctx, p.ID, ben.ID); err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		what  string
		query string
		args  []any
	}{
		{"candidate with their status history", "SELECT count(*) FROM candidates WHERE id = ?", []any{ben.ID}},
		{"candidate by name", "SELECT count(*) FROM candidates WHERE plan_id = ? AND (name = ? OR contact = ?)", []any{p.ID, ben.Name, ben.Contact}},
		{"role holders", "SELECT count(*) FROM role_holders WHERE candidate_id = ?", []any{ben.ID}},
		{"attendees", "SELECT count(*) FROM attendees WHERE candidate_id = ?", []any{ben.ID}},
		{"responses by email", "SELECT count(*) FROM responses WHERE plan_id = ? AND lower(trim(email)) = 'r0@example.com'", []any{p.ID}},
		{"linked response", "SELECT count(*) FROM responses WHERE id = ?", []any{ben.ResponseID}},
		{"responses with their answers", "SELECT count(*) FROM responses WHERE id IN (?, ?)", []any{ben.ResponseID, extra.ID}},
		{"stories", "SELECT count(*) FROM stories WHERE plan_id = ? AND member = ?", []any{p.ID, ben.Name}},
		{"action owners", "SELECT count(*) FROM actions WHERE plan_id = ? AND owner = ?", []any{p.ID, ben.Name}},
		{"agenda owners", "SELECT count(*) FROM agenda WHERE plan_id = ? AND owner = ?", []any{p.ID, ben.Name}},
		{"respondent name", "SELECT count(*) FROM responses WHERE plan_id = ? AND respondent = 'Resp 0'", []any{p.ID}},
	}
	for _, c := range checks {
		if n := count(t, s, c.query, c.args...); n != 0 {
			t.Errorf("%s: %d traces left", c.what, n)
		}
	}
	// Everyone else stays.
	got := load(t, s, p.ID)
	if len(got.Candidates) != 2 || len(got.Survey.Responses) != 2 || len(got.Reviews[0].Actions) != 1 || len(got.Event.Agenda) != 3 {
		t.Errorf("too much deleted: %d candidates, %d responses, %d actions, %d agenda items",
			len(got.Candidates), len(got.Survey.Responses), len(got.Reviews[0].Actions), len(got.Event.Agenda))
	}
	if h := got.Charter.Roles[0].HolderIDs; len(h) != 1 || h[0] != p.Candidates[1].ID {
		t.Errorf("facilitator holders %v", h)
	}
	requireEqual(t, other, load(t, s, other.ID))
	if err := s.DeletePerson(ctx, other.ID, p.Candidates[1].ID); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("DeletePerson across plans = %v, want ErrNotFound", err)
	}
}

func TestListSearchSortArchived(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	mk := func(name, client, domain string, status planner.Status, at time.Time) int64 {
		s.now = func() time.Time { return at }
		p := &planner.Plan{Name: name, Client: client, Domain: domain, Status: status}
		id, err := s.Create(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	a := mk("alpha", "Zeta Corp", "100% pure_craft", planner.StatusPlanning, testNow)
	b := mk("Bravo", "acme", "woodwork", planner.StatusActive, testNow.Add(time.Minute))
	c := mk("charlie", "Acme Labs", "pottery", planner.StatusArchived, testNow.Add(2*time.Minute))
	if err := s.Save(ctx, a, planner.Change{Done: 4, Current: planner.StepReviews}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		opt  planner.ListOptions
		want []int64
	}{
		{"default newest first, archived hidden", planner.ListOptions{}, []int64{a, b}}, // a was just edited by SaveProgress
		{"archived included", planner.ListOptions{Archived: true}, []int64{a, c, b}},
		{"by name", planner.ListOptions{Sort: planner.SortName, Archived: true}, []int64{a, b, c}},
		{"by name desc", planner.ListOptions{Sort: planner.SortName, Desc: true, Archived: true}, []int64{c, b, a}},
		{"by client", planner.ListOptions{Sort: planner.SortClient, Archived: true}, []int64{b, c, a}},
		{"by progress desc", planner.ListOptions{Sort: planner.SortProgress, Desc: true}, []int64{a, b}},
		{"query client any case", planner.ListOptions{Query: "ACME", Archived: true, Sort: planner.SortName}, []int64{b, c}},
		{"query domain", planner.ListOptions{Query: "wood"}, []int64{b}},
		{"query percent is literal", planner.ListOptions{Query: "100%"}, []int64{a}},
		{"query underscore is literal", planner.ListOptions{Query: "e_c"}, []int64{a}},
		{"query wildcard finds nothing", planner.ListOptions{Query: "%o%k"}, nil},
		{"query no match", planner.ListOptions{Query: "nothing"}, nil},
	}
	s.now = func() time.Time { return testNow.Add(time.Hour) }
	if err := s.Save(ctx, a, planner.Change{Done: 4, Current: planner.StepReviews}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.List(ctx, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, ps := range got {
				ids = append(ids, ps.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tc.want) {
				t.Errorf("List(%+v) = %v, want %v", tc.opt, ids, tc.want)
			}
		})
	}
	if _, err := s.List(ctx, planner.ListOptions{Sort: "bogus"}); !errors.Is(err, planner.ErrInvalid) {
		t.Errorf("bad sort key = %v", err)
	}
	got, _ := s.List(ctx, planner.ListOptions{Query: "alpha"})
	if len(got) != 1 || got[0].Progress != 4 || got[0].Step != planner.StepReviews || got[0].Client != "Zeta Corp" || !got[0].Updated.Equal(testNow.Add(time.Hour)) {
		t.Errorf("summary %+v", got)
	}
}

func TestListThousandPlans(t *testing.T) {
	if testing.Short() {
		t.Skip("fills 1,000 plans")
	}
	ctx := context.Background()
	s := mustOpen(t)
	err := s.tx(ctx, func(w *txw) error {
		for i := 0; i < 1000; i++ {
			p := &planner.Plan{Name: fmt.Sprintf("Plan %04d", i), Client: fmt.Sprint("Client ", i%37), Domain: "a domain statement of some length"}
			if err := createPlan(w, p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.List(ctx, planner.ListOptions{Query: "client 1", Sort: planner.SortName})
	if err != nil || len(got) == 0 {
		t.Fatal(len(got), err)
	}
	all, err := s.List(ctx, planner.ListOptions{})
	if err != nil || len(all) != 1000 {
		t.Fatalf("List of the whole library: %d plans, %v", len(all), err)
	}
}

func TestResolveRenameStatus(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Guild")
	q := created(t, s, "Twin")
	r := created(t, s, "Twin")
	if id, err := s.PlanID(ctx, fmt.Sprint(p.ID)); err != nil || id != p.ID {
		t.Errorf("PlanID(id) = %d, %v", id, err)
	}
	if id, err := s.PlanID(ctx, "Guild"); err != nil || id != p.ID {
		t.Errorf("PlanID(name) = %d, %v", id, err)
	}
	if _, err := s.PlanID(ctx, "Twin"); !errors.Is(err, planner.ErrConflict) {
		t.Errorf("PlanID(ambiguous) = %v", err)
	}
	if _, err := s.PlanID(ctx, "nope"); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("PlanID(missing) = %v", err)
	}
	if err := s.Rename(ctx, r.ID, "Triplet"); err != nil {
		t.Fatal(err)
	}
	if id, err := s.PlanID(ctx, "Twin"); err != nil || id != q.ID {
		t.Errorf("PlanID after rename = %d, %v", id, err)
	}
	if err := s.Rename(ctx, r.ID, "  "); !errors.Is(err, planner.ErrInvalid) {
		t.Errorf("blank rename = %v", err)
	}
	if err := s.SetStatus(ctx, p.ID, planner.StatusArchived); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s, p.ID); got.Status != planner.StatusArchived {
		t.Errorf("status %q", got.Status)
	}
	if err := s.Rename(ctx, 4711, "x"); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("rename of missing plan = %v", err)
	}
}

func TestSoftDeleteUndeletePurge(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	path := s.Path()
	keep := created(t, s, "Keep")
	gone := created(t, s, "Gone")
	back := created(t, s, "Back")
	for _, id := range []int64{gone.ID, back.ID} {
		if err := s.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Load(ctx, gone.ID); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("Load of a deleted plan = %v", err)
	}
	if err := s.Put(ctx, gone.ID, &planner.Norm{Text: "x"}); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("Put into a deleted plan = %v", err)
	}
	if err := s.Delete(ctx, gone.ID); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("second Delete = %v", err)
	}
	if got, _ := s.List(ctx, planner.ListOptions{Archived: true}); len(got) != 1 {
		t.Errorf("List shows %d plans, want 1", len(got))
	}
	if err := s.Undelete(ctx, back.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Undelete(ctx, keep.ID); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("Undelete of a live plan = %v", err)
	}
	if n := count(t, s, "SELECT count(*) FROM candidates WHERE plan_id = ?", gone.ID); n == 0 {
		t.Fatal("soft delete already removed the rows")
	}
	s.Close()

	s2 := mustOpenAt(t, path, Options{Now: func() time.Time { return testNow.Add(time.Minute) }})
	if err := s2.Undelete(ctx, gone.ID); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("Undelete after reopen = %v", err)
	}
	for _, table := range []string{"plans", "questions", "responses", "candidates",
		"role_holders", "attendees", "reviews", "actions", "stories", "goal_values", "charter", "event"} {
		col := "plan_id"
		if table == "plans" {
			col = "id"
		}
		if n := count(t, s2, "SELECT count(*) FROM "+table+" WHERE "+col+" = ?", gone.ID); n != 0 {
			t.Errorf("%s: %d rows of the purged plan", table, n)
		}
	}
	got, _ := s2.List(ctx, planner.ListOptions{Sort: planner.SortName})
	if len(got) != 2 || got[0].ID != back.ID || got[1].ID != keep.ID {
		t.Errorf("after purge List = %+v", got)
	}
}

// TestListSearchUnicode: the library search ignores case and accents in every script, and
// finds a plan by its current step too.
func TestListSearchUnicode(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	zoe := created(t, s, "Zoë Ångström — creators")
	greek, err := s.Create(ctx, &planner.Plan{Name: "Κοινότητα", Client: "Ελένη Παπαδοπούλου"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		want  []int64
	}{
		{"zoe", []int64{zoe.ID}},
		{"ZOË ÅNGSTRÖM", []int64{zoe.ID}},
		{"angstrom", []int64{zoe.ID}},
		{"ελενη", []int64{greek}},
		{"ΚΟΙΝΌΤΗΤΑ", []int64{greek}},
		{"xyz", nil},
	} {
		got, err := s.List(ctx, planner.ListOptions{Query: tc.query, Sort: planner.SortName})
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, p := range got {
			ids = append(ids, p.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("search %q found %v, want %v", tc.query, ids, tc.want)
		}
	}
}

// TestListSortsNamesAsReadersDo: accents and case do not move a name out of its letter, in
// any script; equal names keep their id order (reversed with Desc).
func TestListSortsNamesAsReadersDo(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	names := []string{"Zoe", "Émile", "adam", "Ørsted", "zoë", "bea", "Ärzte", "Zoe", "Ωμέγα", "Алла", "éclair"}
	ids := map[int64]string{}
	for _, n := range names {
		id, err := s.Create(ctx, &planner.Plan{Name: n, Client: n})
		if err != nil {
			t.Fatal(err)
		}
		ids[id] = n
	}
	want := "adam Ärzte bea éclair Émile Ørsted Zoe Zoe zoë Ωμέγα Алла"
	for _, key := range []planner.SortKey{planner.SortName, planner.SortClient} {
		for _, desc := range []bool{false, true} {
			got, err := s.List(ctx, planner.ListOptions{Sort: key, Desc: desc})
			if err != nil {
				t.Fatal(err)
			}
			var order []string
			var zoes []int64
			for _, ps := range got {
				order = append(order, ids[ps.ID])
				if ps.Name == "Zoe" {
					zoes = append(zoes, ps.ID)
				}
			}
			w := strings.Fields(want)
			if desc {
				slices.Reverse(w)
			}
			if strings.Join(order, " ") != strings.Join(w, " ") {
				t.Errorf("%s desc=%v:\n got %s\nwant %s", key, desc, strings.Join(order, " "), strings.Join(w, " "))
			}
			if len(zoes) != 2 || (zoes[0] < zoes[1]) == desc {
				t.Errorf("%s desc=%v: equal names in id order %v", key, desc, zoes)
			}
		}
	}
}
