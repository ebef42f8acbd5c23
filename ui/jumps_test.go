package ui

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// wizardAt opens a plan window of size size on the session and shows step st.
func wizardAt(t *testing.T, s *session, size fyne.Size, st planner.Step) *wizard {
	t.Helper()
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(size)
	z := newWizard(s, w)
	z.show(st)
	return z
}

func TestOpeningAGoalNeverWidensThePage(t *testing.T) {
	p := plantest.Demo(testNow)
	p.Goals = append(p.Goals, planner.Goal{ID: 99}) // a new goal: every SMART reason says what is missing
	s, _ := newTestSessionWith(t, p)
	z := wizardAt(t, s, fyne.NewSize(1280, 800), planner.StepSurvey)
	v := z.page(planner.StepSurvey).(*surveyStep)
	page := surveyTab(t, v, surveyTabDomain)
	view := page.Size().Width
	for i := range s.plan.Goals {
		v.goals.selectItem(i)
		if w := page.Content.MinSize().Width; w > view {
			t.Errorf("goal %d open: the page needs %v px, the window shows %v", i, w, view)
		}
	}
}

func TestAValidationMessageNeitherWidensNorMoves(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	z := wizardAt(t, s, fyne.NewSize(1280, 800), planner.StepEvent)
	v := z.page(planner.StepEvent).(*eventStep)
	d := fyne.CurrentApp().Driver()
	width := z.scroll.Content.MinSize().Width
	below := d.AbsolutePositionForObject(v.duration)
	// A message far longer than the page is wide.
	long := strings.Repeat("this time cannot be read ", 40)
	v.startTime.Validator = func(t string) error {
		if t == "25:99" {
			return errors.New(long)
		}
		return nil
	}
	v.startTime.SetText("")
	test.Type(v.startTime, "25:99")
	if w := z.scroll.Content.MinSize().Width; w > width {
		t.Errorf("a long message widened the page from %v to %v px", width, w)
	}
	z.scroll.Refresh()
	if got := d.AbsolutePositionForObject(v.duration); got != below {
		t.Errorf("a message moved the field below from %v to %v", below, got)
	}
	if !strings.Contains(z.status.Text, "this time cannot be read") {
		t.Errorf("the status line %q does not give the message", z.status.Text)
	}
	msg := messageUnder(t, &v.startTime.Entry)
	if msg.Text() != long || !msg.isErr {
		t.Errorf("the line under the field holds %q (error %v), want the message", msg.Text(), msg.isErr)
	}
	if shown := msg.text.Text; !strings.HasSuffix(shown, "…") || len(shown) >= len(long) {
		t.Errorf("the line under the field shows %q, want the message cut to fit", shown)
	}
	test.Type(v.startTime, "x") // "25:99x": valid for this validator
	if msg.isErr || msg.Text() != "24-hour local time, e.g. 18:30." {
		t.Errorf("after a valid value the line holds %q, want the hint back", msg.Text())
	}
}

// messageUnder finds the message line of the watched field holding e among the live ones.
func messageUnder(t *testing.T, e *widget.Entry) *messageLine {
	t.Helper()
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	var found *messageLine
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *watchedField:
			if x.v == fyne.Validatable(e) {
				found = x.msg
			} else if b, ok := x.v.(*validBox); ok && b.entry == e {
				found = x.msg
			}
		case *fyne.Container:
			for _, ch := range x.Objects {
				walk(ch)
			}
		case fyne.Widget:
			for _, ch := range test.TempWidgetRenderer(t, x).Objects() {
				walk(ch)
			}
		}
	}
	walk(c.Content())
	if found == nil {
		t.Fatal("no message line under the field")
	}
	return found
}

func TestRecruitmentWarningsNeverMoveTheCandidateForm(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	z := wizardAt(t, s, fyne.NewSize(1366, 768), planner.StepRecruit)
	v := z.page(planner.StepRecruit).(*recruitStep)
	v.candidates.selectItem(0)
	name := v.fields["candidate.name"]
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(name)
	cs := s.plan.Candidates
	before := len(planner.SummarizeRecruitment(s.plan, s.today()).Warnings)
	// No veteran, then veterans again: the "No veteran" warning comes and goes.
	saved := make([]planner.Experience, len(cs))
	for i := range cs {
		saved[i] = cs[i].Experience
		cs[i].Experience = planner.Newcomer
	}
	v.refresh()
	z.scroll.Refresh()
	if len(planner.SummarizeRecruitment(s.plan, s.today()).Warnings) == before {
		t.Fatal("no warning came: the test shows nothing")
	}
	if got := d.AbsolutePositionForObject(name); got != at {
		t.Errorf("a warning coming moved the candidate form from %v to %v", at, got)
	}
	for i := range cs {
		cs[i].Experience = saved[i]
	}
	v.refresh()
	z.scroll.Refresh()
	if got := d.AbsolutePositionForObject(name); got != at {
		t.Errorf("a warning going moved the candidate form from %v to %v", at, got)
	}
}

func TestPunctuationOfLeadInsAndMessages(t *testing.T) {
	for in, want := range map[string]string{
		"What is your biggest pain right now?": "What is your biggest pain right now?",
		"Team":                                 "Team:",
		"Done.":                                "Done.",
	} {
		if got := leadIn(in); got != want {
			t.Errorf("leadIn(%q) = %q, want %q", in, got, want)
		}
	}
	s, _ := newTestSession(t)
	z := wizardAt(t, s, fyne.NewSize(1280, 800), planner.StepOverview)
	z.onInvalid("Weekly active", errors.New("30 is more than the 12 members; enter at most 12."))
	if strings.Contains(z.status.Text, "..") || !strings.Contains(z.status.Text, "enter at most 12. The value") {
		t.Errorf("status line %q", z.status.Text)
	}
}

func TestAMissingFolderOpenerIsSaidInWords(t *testing.T) {
	err := fmt.Errorf("open: %w", &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound})
	msg := openFolderFailed("/home/ana/Exports", err)
	if !strings.Contains(msg, "no program the app can ask to open a folder") || !strings.HasSuffix(msg, "\n/home/ana/Exports") {
		t.Errorf("message %q", msg)
	}
	if s := errorSentence(err); !strings.HasPrefix(s, "A program the app needs is not installed") {
		t.Errorf("error sentence %q", s)
	}
}

func TestCadenceCardOffersApplyOnlyUntilApplied(t *testing.T) {
	p, err := plantest.FlowSurvey(testNow)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := newTestSessionWith(t, p)
	v := openStep[*charterStep](t, s, planner.StepCharter)
	card := v.cadenceSug
	if card.button.Disabled() {
		t.Fatalf("the card offers nothing before it is applied: %q", card.text.Text)
	}
	test.Tap(card.button)
	if !card.button.Disabled() || !strings.Contains(card.text.Text, "follows the suggestion") {
		t.Errorf("after applying: button enabled %v, text %q", !card.button.Disabled(), card.text.Text)
	}
}

func TestPurposeHintFollowsWhereTheTextCameFrom(t *testing.T) {
	p := corePlan()
	p.Domain = "Creators who want to master the algorithm"
	p.Charter.Purpose = ""
	s, _ := newTestSessionWith(t, p)
	v := openStep[*charterStep](t, s, planner.StepCharter)
	hint := func() string { return v.purposeRow.msg.Text() }
	if !strings.HasPrefix(hint(), "Pre-filled from the domain statement") {
		t.Fatalf("pre-filled purpose: hint %q", hint())
	}
	v.purpose.SetText("")
	test.Type(v.purpose, "Our own words")
	if hint() != "" {
		t.Errorf("a typed purpose still has the hint %q", hint())
	}
	test.Tap(v.useDomain)
	if !strings.HasPrefix(hint(), "Pre-filled from the domain statement") {
		t.Errorf("after Use domain statement: hint %q", hint())
	}
}

func TestLanguageNeverFollowsAClientThePlanHasNot(t *testing.T) {
	s, _ := newTestSession(t)
	v := openStep[*exportStep](t, s, planner.StepExport)
	for _, sel := range []*widget.Select{v.lang.lang, v.lang.paper} {
		if strings.Contains(sel.Selected, "client") || !strings.HasPrefix(sel.Selected, "Default (") {
			t.Errorf("a plan without a client shows %q", sel.Selected)
		}
		for _, o := range sel.Options {
			if strings.Contains(o, "client") {
				t.Errorf("a plan without a client offers %q", o)
			}
		}
	}
	// Choosing a language and then the default again stores no language.
	v.lang.lang.SetSelected("Español")
	if s.plan.Lang == "" {
		t.Fatal("choosing Español stored nothing")
	}
	v.lang.lang.SetSelected(v.lang.lang.Options[0])
	if s.plan.Lang != "" {
		t.Errorf("the default choice stored %q", s.plan.Lang)
	}
}
