package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

func created(t *testing.T, s *Store, name string) *planner.Plan {
	t.Helper()
	p := fullPlan(name)
	if _, err := s.Create(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	return p
}

func load(t *testing.T, s *Store, id int64) *planner.Plan {
	t.Helper()
	p, err := s.Load(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPutInsertUpdate(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Put")
	later := testNow.Add(time.Hour)
	s.now = func() time.Time { return later }

	// Each kind: add one at the end, and change an existing one; the loaded plan must follow.
	cases := []struct {
		name   string
		add    func(p *planner.Plan) any // appends to p, returns a pointer to the new item
		change func(p *planner.Plan) any // changes an existing item of p, returns a pointer to it
	}{
		{"question", func(p *planner.Plan) any {
			p.Survey.Questions = append(p.Survey.Questions, planner.Question{Kind: planner.KindText, Title: "New?"})
			return &p.Survey.Questions[len(p.Survey.Questions)-1]
		}, func(p *planner.Plan) any { p.Survey.Questions[1].Title = "Skill now"; return &p.Survey.Questions[1] }},
		{"theme", func(p *planner.Plan) any {
			p.Survey.Themes = append(p.Survey.Themes, planner.Theme{Label: "Gear", Keywords: []string{"camera"}})
			return &p.Survey.Themes[len(p.Survey.Themes)-1]
		}, func(p *planner.Plan) any { p.Survey.Themes[0].Keywords = []string{"ctr"}; return &p.Survey.Themes[0] }},
		{"response", func(p *planner.Plan) any {
			p.Survey.Responses = append(p.Survey.Responses, planner.Response{Respondent: "Hand", Source: "manual",
				Answers: []planner.Answer{{QuestionID: p.Survey.Questions[0].ID, Text: "tired",
					Tags: []planner.Tag{{ThemeID: p.Survey.Themes[1].ID, State: planner.TagAuto}}}}})
			return &p.Survey.Responses[len(p.Survey.Responses)-1]
		}, func(p *planner.Plan) any {
			r := &p.Survey.Responses[0]
			r.Answers = r.Answers[:2]
			r.Answers[0].Tags = []planner.Tag{{ThemeID: p.Survey.Themes[0].ID, State: planner.TagRejected}}
			return r
		}},
		{"goal", func(p *planner.Plan) any {
			p.Goals = append(p.Goals, planner.Goal{Title: "Third", ThemeIDs: []int64{p.Survey.Themes[0].ID}})
			return &p.Goals[len(p.Goals)-1]
		}, func(p *planner.Plan) any { p.Goals[0].Baseline, p.Goals[0].ThemeIDs = nil, nil; return &p.Goals[0] }},
		{"candidate", func(p *planner.Plan) any {
			p.Candidates = append(p.Candidates, planner.Candidate{Name: "Eve", Status: planner.Prospect,
				ResponseID: p.Survey.Responses[1].ID})
			return &p.Candidates[len(p.Candidates)-1]
		}, func(p *planner.Plan) any {
			c := &p.Candidates[2]
			planner.SetCandidateStatus(c, planner.Invited, planner.MustDate("2026-03-01"))
			return c
		}},
		{"invite", func(p *planner.Plan) any {
			p.Invites = append(p.Invites, planner.InviteTemplate{Channel: planner.ChannelDM, Text: "hey"})
			return &p.Invites[len(p.Invites)-1]
		}, func(p *planner.Plan) any { p.Invites[0].Text = "Yo {name}"; return &p.Invites[0] }},
		{"role", func(p *planner.Plan) any {
			p.Charter.Roles = append(p.Charter.Roles, planner.Role{Name: "Sharer", HolderIDs: []int64{p.Candidates[2].ID}})
			return &p.Charter.Roles[len(p.Charter.Roles)-1]
		}, func(p *planner.Plan) any {
			p.Charter.Roles[0].HolderIDs = []int64{p.Candidates[1].ID}
			return &p.Charter.Roles[0]
		}},
		{"norm", func(p *planner.Plan) any {
			p.Charter.Norms = append(p.Charter.Norms, planner.Norm{Text: "No spam"})
			return &p.Charter.Norms[len(p.Charter.Norms)-1]
		}, func(p *planner.Plan) any { p.Charter.Norms[0].Text = "Share weekly"; return &p.Charter.Norms[0] }},
		{"cadence", func(p *planner.Plan) any {
			p.Charter.Cadence = append(p.Charter.Cadence, planner.CadenceItem{Practice: "Review", Frequency: planner.Quarterly})
			return &p.Charter.Cadence[len(p.Charter.Cadence)-1]
		}, func(p *planner.Plan) any { p.Charter.Cadence[0].Weekday = time.Friday; return &p.Charter.Cadence[0] }},
		{"tool", func(p *planner.Plan) any {
			p.Charter.Tools = append(p.Charter.Tools, planner.Tool{Name: "Loom"})
			return &p.Charter.Tools[len(p.Charter.Tools)-1]
		}, func(p *planner.Plan) any { p.Charter.Tools[0].Purpose = "mockups"; return &p.Charter.Tools[0] }},
		{"risk", func(p *planner.Plan) any {
			p.Charter.Risks = append(p.Charter.Risks, planner.Risk{Risk: "Spam"})
			return &p.Charter.Risks[len(p.Charter.Risks)-1]
		}, func(p *planner.Plan) any { p.Charter.Risks[0].Impact = "low"; return &p.Charter.Risks[0] }},
		{"version", func(p *planner.Plan) any {
			p.Charter.Versions = append(p.Charter.Versions, planner.CharterVersion{Version: "1.1", On: planner.MustDate("2026-03-01")})
			return &p.Charter.Versions[len(p.Charter.Versions)-1]
		}, func(p *planner.Plan) any { p.Charter.Versions[0].Author = "Ana"; return &p.Charter.Versions[0] }},
		{"signoff", func(p *planner.Plan) any {
			p.Charter.SignOffs = append(p.Charter.SignOffs, planner.SignOff{Name: "Ben"})
			return &p.Charter.SignOffs[len(p.Charter.SignOffs)-1]
		}, func(p *planner.Plan) any { p.Charter.SignOffs[0].On = planner.Date{}; return &p.Charter.SignOffs[0] }},
		{"agenda", func(p *planner.Plan) any {
			p.Event.Agenda = append(p.Event.Agenda, planner.AgendaItem{Title: "Bonus", Minutes: 5})
			return &p.Event.Agenda[len(p.Event.Agenda)-1]
		}, func(p *planner.Plan) any { p.Event.Agenda[0].Minutes = 7; return &p.Event.Agenda[0] }},
		{"checklist", func(p *planner.Plan) any {
			p.Event.Checklist = append(p.Event.Checklist, planner.ChecklistItem{Task: "Thank", OffsetDays: 2})
			return &p.Event.Checklist[len(p.Event.Checklist)-1]
		}, func(p *planner.Plan) any { p.Event.Checklist[1].Done = true; return &p.Event.Checklist[1] }},
		{"review", func(p *planner.Plan) any {
			p.Reviews = append(p.Reviews, planner.Review{Date: planner.MustDate("2026-06-01"),
				GoalValues: []planner.GoalValue{{GoalID: p.Goals[0].ID, Value: 3}},
				Actions:    []planner.Action{{Text: "Poll"}}, Stories: []planner.Story{{Member: "Eve", Story: "x"}}})
			return &p.Reviews[len(p.Reviews)-1]
		}, func(p *planner.Plan) any {
			r := &p.Reviews[0]
			r.Factors[7] = 5
			r.Actions = append(r.Actions, planner.Action{Text: "Another"})
			r.Stories = nil
			return r
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := load(t, s, p.ID)
			v := tc.add(want)
			if err := s.Put(ctx, p.ID, v); err != nil {
				t.Fatalf("Put new: %v", err)
			}
			if it, _ := itemOf(v); *it.id == 0 {
				t.Fatal("Put did not set the new item's ID")
			}
			want.Updated = later
			requireEqual(t, want, load(t, s, p.ID))

			v = tc.change(want)
			if err := s.Put(ctx, p.ID, v); err != nil {
				t.Fatalf("Put change: %v", err)
			}
			requireEqual(t, want, load(t, s, p.ID))
		})
	}
}

func TestPutRejectsForeignIDs(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	a := created(t, s, "A")
	b := created(t, s, "B")
	cases := []struct {
		name string
		item any
	}{
		{"item of another plan", &planner.Norm{ID: b.Charter.Norms[0].ID, Text: "x"}},
		{"unknown item", &planner.Tool{ID: 99999, Name: "x"}},
		{"holder of another plan", &planner.Role{Name: "x", HolderIDs: []int64{b.Candidates[0].ID}}},
		{"goal theme of another plan", &planner.Goal{Title: "x", ThemeIDs: []int64{b.Survey.Themes[0].ID}}},
		{"answer to another plan's question", &planner.Response{Answers: []planner.Answer{{QuestionID: b.Survey.Questions[0].ID}}}},
		{"tag of another plan's theme", &planner.Response{Answers: []planner.Answer{{QuestionID: a.Survey.Questions[0].ID,
			Tags: []planner.Tag{{ThemeID: b.Survey.Themes[0].ID}}}}}},
		{"goal value of another plan", &planner.Review{Date: planner.MustDate("2030-01-01"), GoalValues: []planner.GoalValue{{GoalID: b.Goals[0].ID}}}},
		{"response of another plan", &planner.Candidate{Name: "x", ResponseID: b.Survey.Responses[0].ID}},
		{"unknown plan", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			planID, item := a.ID, tc.item
			if item == nil {
				planID, item = 424242, &planner.Norm{Text: "x"}
			}
			before := load(t, s, a.ID)
			err := s.Put(ctx, planID, item)
			if !errors.Is(err, planner.ErrNotFound) {
				t.Fatalf("Put = %v, want ErrNotFound", err)
			}
			requireEqual(t, before, load(t, s, a.ID))
		})
	}
	if err := s.Put(ctx, a.ID, &a); err == nil || !errors.Is(err, planner.ErrInvalid) {
		t.Errorf("Put of a non-item = %v, want ErrInvalid", err)
	}
}

func TestDeleteItem(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Del")
	other := created(t, s, "Other")
	cases := []struct {
		kind  planner.ItemKind
		id    func(p *planner.Plan) int64
		table string
	}{
		{planner.ItemQuestion, func(p *planner.Plan) int64 { return p.Survey.Questions[0].ID }, "questions"},
		{planner.ItemResponse, func(p *planner.Plan) int64 { return p.Survey.Responses[2].ID }, "responses"},
		{planner.ItemTheme, func(p *planner.Plan) int64 { return p.Survey.Themes[0].ID }, "themes"},
		{planner.ItemGoal, func(p *planner.Plan) int64 { return p.Goals[0].ID }, "goals"},
		{planner.ItemCandidate, func(p *planner.Plan) int64 { return p.Candidates[1].ID }, "candidates"},
		{planner.ItemInvite, func(p *planner.Plan) int64 { return p.Invites[0].ID }, "invites"},
		{planner.ItemRole, func(p *planner.Plan) int64 { return p.Charter.Roles[0].ID }, "roles"},
		{planner.ItemNorm, func(p *planner.Plan) int64 { return p.Charter.Norms[0].ID }, "norms"},
		{planner.ItemCadence, func(p *planner.Plan) int64 { return p.Charter.Cadence[0].ID }, "cadence"},
		{planner.ItemTool, func(p *planner.Plan) int64 { return p.Charter.Tools[0].ID }, "tools"},
		{planner.ItemRisk, func(p *planner.Plan) int64 { return p.Charter.Risks[0].ID }, "risks"},
		{planner.ItemVersion, func(p *planner.Plan) int64 { return p.Charter.Versions[0].ID }, "versions"},
		{planner.ItemSignOff, func(p *planner.Plan) int64 { return p.Charter.SignOffs[0].ID }, "signoffs"},
		{planner.ItemAgenda, func(p *planner.Plan) int64 { return p.Event.Agenda[0].ID }, "agenda"},
		{planner.ItemChecklist, func(p *planner.Plan) int64 { return p.Event.Checklist[0].ID }, "checklist"},
		{planner.ItemReview, func(p *planner.Plan) int64 { return p.Reviews[0].ID }, "reviews"},
	}
	for _, tc := range cases {
		t.Run(string(tc.kind), func(t *testing.T) {
			id := tc.id(p)
			if err := s.Save(ctx, other.ID, planner.Change{Delete: &planner.ItemRef{Kind: tc.kind, ID: id}}); !errors.Is(err, planner.ErrNotFound) {
				t.Fatalf("delete through another plan = %v, want ErrNotFound", err)
			}
			if err := s.Save(ctx, p.ID, planner.Change{Delete: &planner.ItemRef{Kind: tc.kind, ID: id}}); err != nil {
				t.Fatal(err)
			}
			if n := count(t, s, "SELECT count(*) FROM "+tc.table+" WHERE id = ?", id); n != 0 {
				t.Errorf("%s %d still there", tc.kind, id)
			}
			if err := s.Save(ctx, p.ID, planner.Change{Delete: &planner.ItemRef{Kind: tc.kind, ID: id}}); !errors.Is(err, planner.ErrNotFound) {
				t.Errorf("second delete = %v, want ErrNotFound", err)
			}
			if _, err := s.Load(ctx, p.ID); err != nil {
				t.Errorf("plan no longer loads: %v", err)
			}
		})
	}
	// Cascades: the deleted candidate left no role holding or attendance, the theme no tags.
	got := load(t, s, p.ID)
	for _, r := range got.Charter.Roles {
		for _, h := range r.HolderIDs {
			if h == p.Candidates[1].ID {
				t.Errorf("role %q still held by a deleted candidate", r.Name)
			}
		}
	}
	// The deleted question's answers and the deleted theme's tags are gone from the responses
	// that stay, and nothing else of theirs.
	q, th := p.Survey.Questions[0].ID, p.Survey.Themes[0].ID
	var want []planner.Response
	for _, r := range p.Survey.Responses {
		if r.ID == p.Survey.Responses[2].ID {
			continue
		}
		var as []planner.Answer
		for _, a := range r.Answers {
			if a.QuestionID == q {
				continue
			}
			var tags []planner.Tag
			for _, tg := range a.Tags {
				if tg.ThemeID != th {
					tags = append(tags, tg)
				}
			}
			a.Tags = tags
			as = append(as, a)
		}
		r.Answers = as
		want = append(want, r)
	}
	if !reflect.DeepEqual(got.Survey.Responses, want) {
		t.Errorf("responses after deleting question %d and theme %d:\n%+v\nwant\n%+v", q, th, got.Survey.Responses, want)
	}
	if n := count(t, s, "SELECT count(*) FROM responses WHERE plan_id = ? AND (answers LIKE ? OR answers LIKE ?)",
		p.ID, fmt.Sprintf("%%[%d,%%", q), fmt.Sprintf("%%[%d,%%", th)); n != 0 {
		t.Errorf("%d responses still name the deleted question or theme", n)
	}
	// The other plan is untouched.
	requireEqual(t, other, load(t, s, other.ID))
}

func TestReorder(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Order")
	a := p.Event.Agenda
	ids := []int64{a[2].ID, a[0].ID, a[1].ID}
	if err := s.Save(ctx, p.ID, planner.Change{Reorder: &planner.ItemOrder{Kind: planner.ItemAgenda, IDs: ids}}); err != nil {
		t.Fatal(err)
	}
	got := load(t, s, p.ID).Event.Agenda
	for i, id := range ids {
		if got[i].ID != id {
			t.Fatalf("agenda order %v, want %v", got, ids)
		}
	}
	// A new item still goes to the end.
	n := planner.AgendaItem{Title: "Last"}
	if err := s.Put(ctx, p.ID, &n); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s, p.ID).Event.Agenda; got[len(got)-1].ID != n.ID {
		t.Errorf("new item not last: %v", got)
	}
	for _, bad := range [][]int64{ids, {ids[0], ids[0], ids[1], n.ID}, {ids[0], ids[1], ids[2], 99999}} {
		if err := s.Save(ctx, p.ID, planner.Change{Reorder: &planner.ItemOrder{Kind: planner.ItemAgenda, IDs: bad}}); err == nil {
			t.Errorf("Save of the order %v succeeded", bad)
		}
	}
}

func TestSavePlanCharterEvent(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Scalars")
	later := testNow.Add(2 * time.Hour)
	s.now = func() time.Time { return later }

	p.Client, p.Logo, p.Survey.Closed, p.HealthWeights.Factors, p.Stage = "Globex", nil, false, 0.5, planner.StageMaturing
	if err := s.Save(ctx, p.ID, planner.Change{Plan: p}); err != nil {
		t.Fatal(err)
	}
	if !p.Updated.Equal(later) {
		t.Errorf("Save of the plan set Updated %v", p.Updated)
	}
	p.Charter.Purpose, p.Charter.ReviewOn, p.Charter.MemberLedAt = "New purpose", planner.Date{}, 80
	if err := s.Save(ctx, p.ID, planner.Change{Charter: &p.Charter}); err != nil {
		t.Fatal(err)
	}
	p.Event.Host, p.Event.AttendeeIDs = "Cleo", []int64{p.Candidates[2].ID}
	if err := s.Save(ctx, p.ID, planner.Change{Event: &p.Event}); err != nil {
		t.Fatal(err)
	}
	requireEqual(t, p, load(t, s, p.ID))

	bad := p.Event
	bad.AttendeeIDs = []int64{12345}
	if err := s.Save(ctx, p.ID, planner.Change{Event: &bad}); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("Save of an event with an unknown attendee = %v", err)
	}
	requireEqual(t, p, load(t, s, p.ID))
	if err := s.Save(ctx, 9999, planner.Change{Charter: &p.Charter}); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("Save of the charter of an unknown plan = %v", err)
	}
}

func TestAddResponsesAndCandidates(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Bulk")
	q := p.Survey.Questions
	const n = 10000
	rs := make([]planner.Response, n)
	for i := range rs {
		rs[i] = planner.Response{Respondent: fmt.Sprint("R", i), Email: fmt.Sprintf("r%d@x.org", i), Source: "csv",
			Key: fmt.Sprint("row-", i), Answers: []planner.Answer{{QuestionID: q[0].ID, Text: "pain"}, {QuestionID: q[1].ID, Text: "5"}}}
	}
	start := time.Now()
	added, err := s.AddResponses(ctx, p.ID, rs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("AddResponses of %d rows: %v", n, time.Since(start))
	if added != n || rs[0].ID == 0 {
		t.Fatalf("added %d, first ID %d", added, rs[0].ID)
	}
	again := append([]planner.Response(nil), rs[:10]...)
	again = append(again, planner.Response{Key: "new-key"}, planner.Response{Key: "new-key"}, planner.Response{})
	if added, err := s.AddResponses(ctx, p.ID, again); err != nil || added != 2 {
		t.Fatalf("re-import added %d (%v), want 2 (one new key once, one keyless)", added, err)
	}
	cs := make([]planner.Candidate, n)
	for i := range cs {
		cs[i] = planner.Candidate{Name: fmt.Sprint("C", i), Status: planner.Prospect,
			History: []planner.StatusEntry{{Status: planner.Prospect, On: planner.MustDate("2026-02-02")}}}
	}
	start = time.Now()
	if got, err := s.AddCandidates(ctx, p.ID, cs); err != nil || got != n {
		t.Fatalf("AddCandidates = %d, %v", got, err)
	}
	t.Logf("AddCandidates of %d rows: %v", n, time.Since(start))
	got := load(t, s, p.ID)
	if len(got.Survey.Responses) != 3+n+2 || len(got.Candidates) != 3+n {
		t.Fatalf("loaded %d responses, %d candidates", len(got.Survey.Responses), len(got.Candidates))
	}
	if last := got.Candidates[len(got.Candidates)-1]; last.ID != cs[n-1].ID || last.Name != cs[n-1].Name || len(last.History) != 1 {
		t.Errorf("last candidate %+v, want %+v", last, cs[n-1])
	}
}
