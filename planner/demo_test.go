package planner_test

import (
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
	"github.com/coplaunch/coplaunch/planner/sample"
)

// TestDemoPlan runs every rule over the demo plan the app ships, as the Overview would.
func TestDemoPlan(t *testing.T) {
	now := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	p := sample.Plan(now)
	today := planner.DateOf(now)

	tl := planner.TallyThemes(p.Survey)
	if tl.Respondents != len(p.Survey.Responses) || tl.Small || len(tl.Themes) != len(p.Survey.Themes) {
		t.Errorf("tally %+v", tl)
	}
	if tl.Themes[0].Count == 0 || len(tl.Themes[0].Quotes) == 0 {
		t.Errorf("top theme %+v", tl.Themes[0])
	}
	if st := planner.SkillBaseline(p.Survey); st.N == 0 || st.Mean < 1 || st.Mean > 10 {
		t.Errorf("baseline %+v", st)
	}
	if q := planner.QuestionnaireText(p); strings.Count(q, "**") != 2*len(p.Survey.Questions) {
		t.Errorf("questionnaire:\n%s", q)
	}
	s := planner.SummarizeRecruitment(p, today)
	if s.Core == 0 {
		t.Errorf("recruitment %+v", s)
	}
	if got := planner.RecommendPlatforms(planner.NeedsFromPlan(p)); len(got) != 5 {
		t.Errorf("platforms %v", got)
	}
	if len(planner.RotationSchedule(p, 6)) == 0 {
		t.Error("no rotation schedule")
	}
	if slots, total, _ := planner.AgendaTimes(p.Event); total == 0 || slots[0].Start.IsZero() {
		t.Errorf("agenda %d min, first start %v", total, slots)
	}
	figs := planner.ReviewFigures(p)
	if len(figs) != len(p.Reviews) || !figs[len(figs)-1].HasGrowth {
		t.Errorf("figures %+v", figs)
	}
	if h := planner.HealthScore(p); !h.Has || h.Score <= 0 || h.Score > 100 {
		t.Errorf("health %+v", h)
	}
	done, cur := planner.Progress(p)
	t.Logf("demo: %d of 5 steps, current %v; next %q; suggestions %d", done, cur, planner.NextActions(p, today, 3), len(planner.Suggestions(p)))
	if done < 4 {
		t.Errorf("demo plan completes %d steps: %+v", done, planner.Completion(p))
	}
}

// BenchmarkLargeRules times the rules the wizard reruns after every edit, on the large plan
// (2,000 responses, 5,000 candidates, 36 reviews).
func BenchmarkLargeRules(b *testing.B) {
	now := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	p := plantest.Large(now)
	today := planner.DateOf(now)
	b.Run("PlanProblems", func(b *testing.B) { // the overview's "To fix"
		for b.Loop() {
			planner.PlanProblems(p)
		}
	})
	b.Run("AutoTag", func(b *testing.B) {
		for b.Loop() {
			planner.AutoTag(&p.Survey)
		}
	})
	b.Run("TallyThemes", func(b *testing.B) {
		for b.Loop() {
			planner.TallyThemes(p.Survey)
		}
	})
	b.Run("Completion", func(b *testing.B) {
		for b.Loop() {
			planner.Completion(p)
		}
	})
	b.Run("Overview", func(b *testing.B) {
		for b.Loop() {
			planner.SummarizeRecruitment(p, today)
			planner.NextActions(p, today, 3)
			planner.HealthScore(p)
			planner.Suggestions(p)
		}
	})
}
