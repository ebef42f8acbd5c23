package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// wheelOver scrolls page until obj's top is 100 px below the page's top, turns the wheel one
// notch down with the pointer at (dx, dy) inside obj, and returns how far the page moved.
func wheelOver(t *testing.T, page *pageScroll, obj fyne.CanvasObject, dx, dy float32) float32 {
	t.Helper()
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(obj)
	if c == nil {
		t.Fatalf("%T is not on screen", obj)
	}
	page.Offset.Y += d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(page).Y - 100
	page.Refresh()
	before := page.Offset.Y
	test.Scroll(c, d.AbsolutePositionForObject(obj).Add(fyne.NewPos(dx, dy)), 0, -driverNotch)
	return page.Offset.Y - before
}

func TestWheelScrollsTheSurveyPageOverFieldsAndLists(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 700))
	z := newWizard(s, w)
	z.show(planner.StepSurvey)
	v := z.page(planner.StepSurvey).(*surveyStep)

	// A multi-line answer in the response form.
	page := surveyTab(t, v, surveyTabResponses)
	v.responses.selectItem(0)
	answer := v.fields["response.q1"]
	if e, ok := answer.(*keyEntry); !ok || !e.MultiLine {
		t.Fatalf("response.q1 is a %T, want a multi-line entry", answer)
	}
	if moved := wheelOver(t, page, answer, 8, 8); moved <= 0 {
		t.Errorf("the wheel over a multi-line answer moved the page by %v", moved)
	}
	// The goal form's fields: a one-line entry and the due date.
	page = surveyTab(t, v, surveyTabDomain)
	v.goals.selectItem(0)
	for _, name := range []string{"goal.title", "goal.due"} {
		if moved := wheelOver(t, page, v.fields[name], 8, 8); moved <= 0 {
			t.Errorf("the wheel over %s moved the page by %v", name, moved)
		}
	}
	// The empty part of a list column: the goals list has three rows of seven.
	l := v.goals.list
	if moved := wheelOver(t, page, l, 8, l.Size().Height-6); moved <= 0 {
		t.Errorf("the wheel over the empty part of the goals list moved the page by %v", moved)
	}
	// The domain statement, a text area on its own in its section.
	if moved := wheelOver(t, page, v.domain, 8, 8); moved <= 0 {
		t.Errorf("the wheel over the domain statement moved the page by %v", moved)
	}
}

func TestWheelScrollsAListThatCanScrollBeforeThePage(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Large(testNow))
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 700))
	z := newWizard(s, w)
	z.show(planner.StepSurvey)
	v := z.page(planner.StepSurvey).(*surveyStep)
	page := surveyTab(t, v, surveyTabResponses)
	v.responses.selectItem(0) // its form below the list: a page that can scroll
	l := v.responses.list
	if moved := wheelOver(t, page, l, 8, 8); moved != 0 {
		t.Errorf("the wheel over a list with more rows below moved the page by %v", moved)
	}
	if l.GetScrollOffset() <= 0 {
		t.Error("the wheel over a list with more rows below did not scroll the list")
	}
	l.ScrollToBottom()
	if moved := wheelOver(t, page, l, 8, 8); moved <= 0 {
		t.Errorf("the wheel over a list at its end moved the page by %v", moved)
	}
}

func TestTabToAFieldBelowThePageScrollsItIntoView(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	z := wizardAt(t, s, fyne.NewSize(1280, 600), planner.StepSurvey)
	v := z.page(planner.StepSurvey).(*surveyStep)
	page := surveyTab(t, v, surveyTabDomain)
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(v.sponsorExpect)
	pageAt, view := d.AbsolutePositionForObject(page), page.Size().Height
	if d.AbsolutePositionForObject(v.sponsorExpect).Y < pageAt.Y+view {
		t.Fatal("the sponsor's expectations are in view already: the test shows nothing")
	}
	// Tab from the field before it, as the keyboard does.
	c.Focus(v.sponsorRole)
	press(c, fyne.KeyTab)
	if c.Focused() != fyne.Focusable(v.sponsorExpect) {
		t.Fatalf("Tab reached %T", c.Focused())
	}
	at := d.AbsolutePositionForObject(v.sponsorExpect)
	if at.Y < pageAt.Y || at.Y+v.sponsorExpect.Size().Height > pageAt.Y+view {
		t.Errorf("the focused field lies at %v–%v, outside the page's %v–%v", at.Y, at.Y+v.sponsorExpect.Size().Height, pageAt.Y, pageAt.Y+view)
	}
}
