package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// TestHintsRefreshRightAfterTyping types (or picks, or adds) what a step's hint asks for on
// every page that shows hints, and checks that the hint is gone as soon as the edit is saved,
// without leaving the page: saves of every kind refresh the page they come from.
func TestHintsRefreshRightAfterTyping(t *testing.T) {
	fourAccepted := func() *planner.Plan {
		p := &planner.Plan{Name: "Hints", Status: planner.StatusPlanning}
		for i, n := range []string{"Ana", "Ben", "Cy", "Dee", "Eve"} {
			st := planner.Accepted
			if i == 4 {
				st = planner.Prospect
			}
			p.Candidates = append(p.Candidates, planner.Candidate{ID: int64(i + 1), Name: n, Status: st})
		}
		return p
	}
	tests := []struct {
		step planner.Step
		plan func() *planner.Plan
		hint string // a hint shown before the edit and gone after it
		edit func(t *testing.T, pg page)
	}{
		{planner.StepSurvey, corePlanNoDomain, "Write the domain statement", func(t *testing.T, pg page) {
			test.Type(pg.(*surveyStep).domain, "Helping solo creators grow")
		}},
		{planner.StepRecruit, fourAccepted, "Get 1 more candidate to accept", func(t *testing.T, pg page) {
			v := pg.(*recruitStep)
			v.candidates.selectItem(4)
			v.fields["candidate.status"].(*widget.Select).SetSelected(string(planner.Accepted))
		}},
		{planner.StepCharter, corePlanNoDomain, "Write the charter's purpose", func(t *testing.T, pg page) {
			test.Type(pg.(*charterStep).purpose, "Help creators learn together")
		}},
		{planner.StepEvent, corePlan, "Name the event's host", func(t *testing.T, pg page) {
			test.Type(pg.(*eventStep).host, "Zoë")
		}},
		{planner.StepReviews, corePlan, "Record the first iteration review", func(t *testing.T, pg page) {
			test.Tap(pg.(*reviewsStep).reviews.add)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.step.String(), func(t *testing.T) {
			s, _ := newTestSessionWith(t, tt.plan())
			pg := openStep[page](t, s, tt.step)
			h := pageHints(t, pg)
			if !slices.ContainsFunc(h.lines, func(l string) bool { return strings.HasPrefix(l, tt.hint) }) {
				t.Fatalf("before the edit, hints %q lack %q", h.lines, tt.hint)
			}
			before := h.object().MinSize().Height
			tt.edit(t, pg)
			s.flush() // the pause in typing that saves
			if slices.ContainsFunc(h.lines, func(l string) bool { return strings.HasPrefix(l, tt.hint) }) {
				t.Errorf("after the edit was saved, hints still show %q: %q", tt.hint, h.lines)
			}
			// The list keeps its height, so the fields below it do not move under the user.
			if after := h.object().MinSize().Height; after != before {
				t.Errorf("the hints went from %v to %v px tall: the fields below moved", before, after)
			}
		})
	}
}

// corePlanNoDomain is corePlan without a domain statement, so that neither step 1's domain
// nor the charter's purpose (pre-filled from it) is set.
func corePlanNoDomain() *planner.Plan {
	p := corePlan()
	p.Domain = ""
	return p
}

// pageHints returns the hints of a launch step's page.
func pageHints(t *testing.T, pg page) *hints {
	t.Helper()
	switch v := pg.(type) {
	case *surveyStep:
		return v.hints
	case *recruitStep:
		return v.hints
	case *charterStep:
		return v.hints
	case *eventStep:
		return v.hints
	case *reviewsStep:
		return v.hints
	}
	t.Fatalf("a %T has no hints", pg)
	return nil
}

// TestHintsKeepTheirHeightUntilShownAgain: a hint that goes keeps its room while the page is
// shown, and a page shown afresh takes only the room its hints need.
func TestHintsKeepTheirHeightUntilShownAgain(t *testing.T) {
	test.NewTempApp(t)
	h := hintsBox(planner.StepCharter)
	h.set([]string{"Write the charter's purpose", "Add a second norm", "Choose a platform"})
	tall := h.object().MinSize().Height
	h.set(nil)
	if got := h.object().MinSize().Height; got != tall {
		t.Errorf("with the hints done the list is %v px tall, want the %v it had", got, tall)
	}
	h.shown()
	h.set(nil)
	if got := h.object().MinSize().Height; got >= tall {
		t.Errorf("shown afresh with nothing missing the list is %v px tall, want less than %v", got, tall)
	}
}
