package planner_test

import (
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

func TestReviewProblems(t *testing.T) {
	prev := planner.Review{ID: 1, Date: planner.MustDate("2026-04-01"), MembersTotal: 9}
	plan := &planner.Plan{Reviews: []planner.Review{prev}}
	ok := planner.Review{ID: 2, Date: planner.MustDate("2026-05-01"), MembersTotal: 10, WeeklyActive: 4,
		NewMembers: 2, Left: 1, AvgSkill: 6.5, PollAsked: 8, PollResponses: 5}
	tests := []struct {
		name  string
		edit  func(r *planner.Review)
		field string // "" when the review is fine
		msg   string // part of the message
	}{
		{"consistent figures", func(*planner.Review) {}, "", ""},
		{"skill not measured", func(r *planner.Review) { r.AvgSkill = 0 }, "", ""},
		{"weekly active over members", func(r *planner.Review) { r.MembersTotal, r.WeeklyActive = 9, 50 }, planner.FieldWeeklyActive, "50 is more than the 9 members; enter at most 9."},
		{"weekly active with one member", func(r *planner.Review) {
			r.MembersTotal, r.WeeklyActive, r.NewMembers, r.PollAsked, r.PollResponses = 1, 2, 0, 0, 0
		}, planner.FieldWeeklyActive, "more than the 1 member;"},
		{"new members over members", func(r *planner.Review) { r.NewMembers = 11 }, planner.FieldNewMembers, "enter at most 10."},
		{"left over the members at the start", func(r *planner.Review) { r.Left = 42 }, planner.FieldLeft, "42 is more than the 9 members at the start (the review of 1 April 2026); enter at most 9."},
		{"skill below the scale", func(r *planner.Review) { r.AvgSkill = -5 }, planner.FieldAvgSkill, "enter a rating from 1 to 10"},
		{"skill above the scale", func(r *planner.Review) { r.AvgSkill = 11 }, planner.FieldAvgSkill, "outside the survey's skill scale"},
		{"answers over the members asked", func(r *planner.Review) { r.PollResponses = 9 }, planner.FieldPollResponses, "9 is more than the 8 members the poll went to; enter at most 8."},
		{"answers without anyone asked", func(r *planner.Review) { r.PollAsked = 0 }, planner.FieldPollResponses, "no member was asked"},
		{"asked over the members", func(r *planner.Review) { r.PollAsked = 11 }, planner.FieldPollAsked, "11 is more than the 10 members; enter at most 10."},
		{"negative posts", func(r *planner.Review) { r.Posts = -1 }, planner.FieldPosts, "-1 is negative; enter 0 or more."},
		{"negative members", func(r *planner.Review) {
			r.MembersTotal, r.WeeklyActive, r.NewMembers, r.PollAsked, r.PollResponses = -3, 0, 0, 0, 0
		}, planner.FieldMembers, "negative"},
		{"factor out of range", func(r *planner.Review) { r.Factors[0] = 9 }, planner.SuccessFactor(0).String(), "enter 1 to 5"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := ok
			tc.edit(&r)
			got := planner.ReviewProblems(plan, r)
			if tc.field == "" {
				if len(got) != 0 {
					t.Fatalf("problems %v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("problems %v, want one on %q", got, tc.field)
			}
			if got[0].Field != tc.field || !strings.Contains(got[0].Msg, tc.msg) {
				t.Errorf("problem %q: %q, want %q containing %q", got[0].Field, got[0].Msg, tc.field, tc.msg)
			}
		})
	}
}

func TestCheckPlanAcceptsTheFixturesAndNamesTheReview(t *testing.T) {
	now := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	for name, p := range map[string]*planner.Plan{"demo": plantest.Demo(now), "large": plantest.Large(now)} {
		if err := planner.CheckPlan(p); err != nil {
			t.Errorf("%s: CheckPlan = %v", name, err)
		}
	}
	p := plantest.Demo(now)
	if len(p.Reviews) == 0 {
		t.Fatal("the demo has no review")
	}
	p.Reviews[0].WeeklyActive = p.Reviews[0].MembersTotal + 1
	err := planner.CheckPlan(p)
	want := "Review of " + p.Reviews[0].Date.String() + ", Weekly active: "
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("CheckPlan = %v, want %q…", err, want)
	}
}

// TestReviewProblemsInEveryLanguage: each refusal carries its sentence as a key and values,
// which every language words with its own numbers, dates and plural forms.
func TestReviewProblemsInEveryLanguage(t *testing.T) {
	prev := planner.Review{ID: 1, Date: planner.MustDate("2026-04-01"), MembersTotal: 1}
	p := &planner.Plan{Reviews: []planner.Review{prev}}
	r := planner.Review{ID: 2, Date: planner.MustDate("2026-05-01"), MembersTotal: 1, WeeklyActive: 1200, Left: 3}
	want := map[i18n.Lang][]string{
		i18n.Spanish: {"1.200 es más que el 1 miembro; introduzca como máximo 1.", "3 es más que el 1 miembro del inicio (la revisión del 1 de abril de 2026); introduzca como máximo 1."},
		i18n.German:  {"1.200 ist mehr als 1 Mitglied; geben Sie höchstens 1 ein.", "3 ist mehr als 1 Mitglied zu Beginn (Rückblick vom 1. April 2026); geben Sie höchstens 1 ein."},
	}
	probs := planner.ReviewProblems(p, r)
	if len(probs) != 2 {
		t.Fatalf("problems: %v", probs)
	}
	for l, w := range want {
		for i, pr := range probs {
			if got := pr.Says.In(i18n.New(l)); got != w[i] {
				t.Errorf("%s: %q, want %q", l, got, w[i])
			}
			if pr.Msg != pr.Says.String() {
				t.Errorf("Msg %q is not the English of Says %q", pr.Msg, pr.Says.String())
			}
		}
	}
}
