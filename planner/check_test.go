package planner

import (
	"errors"
	"strings"
	"testing"
)

// gatePlan is a plan with three reviews (each counts members who left against the one
// before) and a norm, as the library holds it.
func gatePlan() *Plan {
	return &Plan{
		ID:   1,
		Name: "Gate",
		Charter: Charter{
			Purpose: "Share what works",
			Norms:   []Norm{{ID: 7, Text: "Be kind"}},
		},
		Reviews: []Review{
			{ID: 10, Date: MustDate("2026-03-01"), MembersTotal: 20, WeeklyActive: 8},
			{ID: 11, Date: MustDate("2026-04-01"), MembersTotal: 22, WeeklyActive: 9, Left: 5},
			{ID: 12, Date: MustDate("2026-05-01"), MembersTotal: 22, Left: 21},
		},
	}
}

// storedAs returns a stored-plan reader for CheckChange that counts its calls.
func storedAs(p *Plan, calls *int) func(bool) (*Plan, error) {
	return func(bool) (*Plan, error) {
		*calls++
		return p, nil
	}
}

func TestCheckChangeReadsNothingForAnOrdinaryEdit(t *testing.T) {
	p := gatePlan()
	calls := 0
	for _, ch := range []Change{
		{Plan: &Plan{ID: 1, Name: "Renamed", Audience: "Nurses"}},
		{Charter: &Charter{Purpose: "Learn together"}},
		{Item: &Norm{ID: 7, Text: "Be brief"}},
		{Delete: &ItemRef{Kind: ItemNorm, ID: 7}},
	} {
		if err := CheckChange(ch, storedAs(p, &calls)); err != nil {
			t.Errorf("CheckChange(%+v) = %v", ch, err)
		}
	}
	if calls != 0 {
		t.Errorf("the stored plan was read %d times for edits that break no rule", calls)
	}
}

func TestCheckChangeRefusesWhatCheckPlanRefuses(t *testing.T) {
	long := strings.Repeat("x", MaxLongText+1)
	cases := []struct {
		name  string
		ch    Change
		apply func(p *Plan) // the same change made to the whole plan, for CheckPlan
	}{
		{"charter text", Change{Charter: &Charter{Purpose: long}}, func(p *Plan) { p.Charter.Purpose = long }},
		{"new norm", Change{Item: &Norm{Text: long}}, func(p *Plan) { p.Charter.Norms = append(p.Charter.Norms, Norm{Text: long}) }},
		{"plan name", Change{Plan: &Plan{ID: 1, Name: strings.Repeat("n", MaxShortText+1)}}, func(p *Plan) { p.Name = strings.Repeat("n", MaxShortText+1) }},
		{"review figures", Change{Item: &Review{ID: 10, Date: MustDate("2026-03-01"), MembersTotal: 20, WeeklyActive: 30}},
			func(p *Plan) { p.Reviews[0].WeeklyActive = 30 }},
		{"a review that breaks the next", Change{Item: &Review{ID: 10, Date: MustDate("2026-03-01"), MembersTotal: 3}},
			func(p *Plan) { p.Reviews[0] = Review{ID: 10, Date: MustDate("2026-03-01"), MembersTotal: 3} }},
		{"deleting the review the next counts from", Change{Delete: &ItemRef{Kind: ItemReview, ID: 11}},
			func(p *Plan) { p.Reviews = append(p.Reviews[:1], p.Reviews[2]) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			err := CheckChange(tc.ch, storedAs(gatePlan(), &calls))
			whole := gatePlan()
			tc.apply(whole)
			want := CheckPlan(whole)
			if want == nil {
				t.Fatal("the case breaks no rule of CheckPlan")
			}
			if err == nil || !errors.Is(err, ErrInvalid) {
				t.Fatalf("CheckChange = %v, want a validation error", err)
			}
			// The same sentence as CheckPlan's (which names list items by position).
			var ve *ValidationError
			errors.As(err, &ve)
			if !strings.Contains(want.Error(), ve.Msg) {
				t.Errorf("CheckChange = %q,\nCheckPlan   = %q", err, want)
			}
		})
	}
}

func TestCheckChangeLetsABrokenPlanBeEdited(t *testing.T) {
	long := strings.Repeat("y", MaxLongText+1)
	broken := func() *Plan {
		p := gatePlan()
		p.Charter.Norms[0].Text = long // saved before the limit existed
		p.Reviews[1].WeeklyActive = 40 // more than the members
		p.Charter.Purpose = long       // and a charter text too long
		p.Reviews = append(p.Reviews, Review{ID: 13, Date: MustDate("2026-06-01"), MembersTotal: 22})
		return p
	}
	ok := []Change{
		{Item: &Norm{ID: 7, Text: long}},                       // the same text again
		{Item: &Norm{ID: 7, Text: long[1:]}},                   // shorter, still too long
		{Charter: &Charter{Purpose: long, ScopeIn: "Nursing"}}, // another charter field
		{Item: &Review{ID: 11, Date: MustDate("2026-04-02"), MembersTotal: 22, WeeklyActive: 40, Worked: "Demos"}}, // redated, its old problem kept
		{Item: &Review{ID: 13, Date: MustDate("2026-06-01"), MembersTotal: 25}},
		{Delete: &ItemRef{Kind: ItemReview, ID: 13}},
	}
	for _, ch := range ok {
		calls := 0
		if err := CheckChange(ch, storedAs(broken(), &calls)); err != nil {
			t.Errorf("CheckChange(%+v) = %v, want it accepted: it makes the plan no worse", ch, err)
		}
	}
	worse := []Change{
		{Charter: &Charter{Purpose: long, ScopeIn: long}},                                                         // a second text too long
		{Item: &Review{ID: 11, Date: MustDate("2026-04-01"), MembersTotal: 22, WeeklyActive: 40, NewMembers: 30}}, // a new problem beside the old one
		{Item: &Review{ID: 13, Date: MustDate("2026-06-01"), MembersTotal: 22, Left: 30}},
	}
	for _, ch := range worse {
		calls := 0
		if err := CheckChange(ch, storedAs(broken(), &calls)); !errors.Is(err, ErrInvalid) {
			t.Errorf("CheckChange(%+v) = %v, want it refused: it adds a problem", ch, err)
		}
	}
}

func TestPlanProblemsNamesEveryProblem(t *testing.T) {
	p := gatePlan()
	if got := PlanProblems(p); len(got) != 0 {
		t.Fatalf("PlanProblems of a sound plan = %v", got)
	}
	p.Charter.Purpose = strings.Repeat("x", MaxLongText+1)
	p.Charter.Norms[0].Text = strings.Repeat("x", MaxLongText+1)
	p.Reviews[0].WeeklyActive = 99
	got := PlanProblems(p)
	var fields []string
	for _, e := range got {
		fields = append(fields, e.Field)
	}
	want := []string{"Charter purpose", "Charter norms 1 text", "Review of 2026-03-01, " + FieldWeeklyActive}
	if strings.Join(fields, "|") != strings.Join(want, "|") {
		t.Errorf("PlanProblems fields = %q, want %q", fields, want)
	}
	if err := CheckPlan(p); err == nil || !strings.Contains(err.Error(), got[0].Msg) {
		t.Errorf("CheckPlan = %v, want PlanProblems' first problem %v", err, got[0])
	}
}
