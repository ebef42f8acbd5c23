package planner_test

import (
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// BenchmarkPerfSurveySummary is the survey step's "Answers per question" on the large plan:
// 2,000 responses to open, choice, number, 1–10 and 0–10 scale questions and a grid of three
// 1–5 rows. Budget: 20 ms (make bench).
func BenchmarkPerfSurveySummary(b *testing.B) {
	p := plantest.Large(time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC))
	b.ReportAllocs()
	for b.Loop() {
		sums := planner.SummarizeSurvey(p.Survey)
		if len(sums) == 0 {
			b.Fatal("no summary")
		}
	}
}
