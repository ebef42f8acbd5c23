package planner

import (
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

func TestGoalSentence(t *testing.T) {
	tests := []struct {
		name string
		g    Goal
		want string
	}{
		{"full", Goal{Title: "double engagement rate", Unit: "%", Baseline: num(2), Target: num(4), Due: d("2026-06-30")}, "double engagement rate: 2% → 4% by 2026-06-30"},
		{"unit word", Goal{Title: "Grow", Unit: "members", Baseline: num(10), Target: num(60)}, "Grow: 10 members → 60 members"},
		{"target only", Goal{Title: "Skill", Target: num(7.25)}, "Skill: target 7.25"},
		{"baseline only", Goal{Title: "Skill", Baseline: num(1.0 / 3)}, "Skill: from 0.33"},
		{"metric as title", Goal{Metric: "posts per week", Due: d("2026-01-01")}, "posts per week by 2026-01-01"},
		{"nothing", Goal{}, "Untitled goal"},
		{"unicode", Goal{Title: "Ζωή’s “goal”", Unit: "%", Baseline: num(-1.5), Target: num(0)}, "Ζωή’s “goal”: -1.5% → 0%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.g.Sentence(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSmartCheck(t *testing.T) {
	all := SmartAnswers{true, true, true, true, true}
	full := Goal{Title: "Double engagement", Metric: "engagement", Baseline: num(2), Target: num(4), Due: d("2026-06-30"), Smart: all}
	tests := []struct {
		name     string
		g        Goal
		failing  []string
		reasonOf map[string]string
	}{
		{"all pass", full, nil, nil},
		{"yes without data", Goal{Smart: all}, []string{"Specific", "Measurable", "Time-bound"}, map[string]string{
			"Specific": "Missing a title", "Measurable": "Missing a metric, a baseline and a target", "Time-bound": "Missing a due date"}},
		// Measurable and time-bound follow from the filled fields: no "Not confirmed" beside a
		// baseline, a target and a date.
		{"data without yes", Goal{Title: "x", Metric: "m", Baseline: num(0), Target: num(1), Due: d("2026-01-01")},
			[]string{"Specific", "Achievable", "Relevant"}, map[string]string{"Achievable": "Not confirmed yet"}},
		{"target missing", func() Goal { g := full; g.Target = nil; return g }(), []string{"Measurable"}, map[string]string{"Measurable": "Missing a target"}},
		{"baseline missing", func() Goal { g := full; g.Baseline = nil; return g }(), []string{"Measurable"}, map[string]string{"Measurable": "Missing a baseline"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := SmartCheck(tt.g)
			if len(items) != 5 {
				t.Fatalf("%d items", len(items))
			}
			var failing []string
			for _, it := range items {
				crit, q, reason := it.Criterion.String(), it.Question.String(), it.Reason.String()
				if q == "" || !strings.HasSuffix(q, "?") {
					t.Errorf("%s has no guiding question", it.Criterion)
				}
				if it.Pass != (reason == "") {
					t.Errorf("%s: pass %v with reason %q", crit, it.Pass, reason)
				}
				if !it.Pass {
					failing = append(failing, crit)
				}
				if want, ok := tt.reasonOf[crit]; ok && reason != want {
					t.Errorf("%s reason %q, want %q", crit, reason, want)
				}
			}
			equal(t, "failing", failing, tt.failing)
		})
	}
}

func TestGoalsWarning(t *testing.T) {
	for n, want := range map[int]string{0: "Add 2 more goals", 1: "Add 1 more goal ", 2: "", 3: "", 4: "Keep to 3 goals"} {
		got := GoalsWarning(make([]Goal, n)).String()
		if (want == "") != (got == "") || !strings.HasPrefix(got, want) {
			t.Errorf("%d goals: %q, want prefix %q", n, got, want)
		}
	}
}

// SentenceIn words the goal in the reader's language: its numbers and date in the
// language's forms, the organizer's title as typed; English stays what Sentence says but
// for the date written in full.
func TestGoalSentenceIn(t *testing.T) {
	b, tg := 2.0, 4.5
	g := Goal{Title: "Engagement verdoppeln", Baseline: &b, Target: &tg, Unit: "%", Due: Date{2026, 6, 30}}
	for _, tt := range []struct {
		lang i18n.Lang
		g    Goal
		want string
	}{
		{i18n.English, g, "Engagement verdoppeln: 2% → 4.5% by 30 June 2026"},
		{i18n.German, g, "Engagement verdoppeln: 2\u00a0% → 4,5\u00a0% bis 30. Juni 2026"},
		{i18n.French, Goal{Target: &tg, Unit: "membres"}, "Objectif sans titre : cible 4,5 membres"},
		{i18n.Spanish, Goal{Metric: "miembros activos", Baseline: &b}, "miembros activos: desde 2"},
	} {
		if got := tt.g.SentenceIn(i18n.New(tt.lang)); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.want)
		}
	}
}
