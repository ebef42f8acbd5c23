package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
)

// A plan saved by an older version may break a rule added since: the overview names what
// to fix, and edits that add no problem are still saved.
func TestOverviewNamesWhatAnOldPlanBreaks(t *testing.T) {
	s, st := newTestSessionWith(t, &planner.Plan{Name: "Old", Status: planner.StatusPlanning,
		Reviews: []planner.Review{{Date: planner.MustDate("2026-02-01"), MembersTotal: 10, WeeklyActive: 4}}})
	ov := openStep[*overviewStep](t, s, planner.StepOverview)
	if ov.toFix.Visible() {
		t.Fatalf("a sound plan shows %q", ov.problems.Text)
	}

	s.plan.Reviews[0].WeeklyActive = 12 // as an old library held it
	ov.refresh()
	if !ov.toFix.Visible() || !strings.Contains(ov.problems.Text, "Review of 2026-02-01, "+planner.FieldWeeklyActive) {
		t.Fatalf("the overview shows %q (visible %v), want the review's weekly active figure named", ov.problems.Text, ov.toFix.Visible())
	}
	test.Type(ov.audience, "Ward nurses")
	if got := reload(t, s, st); got.Audience != "Ward nurses" {
		t.Errorf("audience saved as %q: an edit that adds no problem must be saved", got.Audience)
	}
}
