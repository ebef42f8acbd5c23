package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

func TestWizardNavigation(t *testing.T) {
	s, _ := newTestSession(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	z := newWizard(s, w)
	if z.current != planner.StepOverview {
		t.Fatalf("starts at %v", z.current)
	}
	if !z.backBtn.Disabled() {
		t.Error("Back enabled on the overview")
	}
	test.Tap(z.nextBtn)
	test.Tap(z.nextBtn)
	if z.current != planner.StepRecruit {
		t.Errorf("after Next twice at %v, want recruitment", z.current)
	}
	test.Tap(z.backBtn)
	if z.current != planner.StepSurvey {
		t.Errorf("after Back at %v", z.current)
	}
	z.nav.Select(int(planner.StepExport))
	if z.current != planner.StepExport || !z.nextBtn.Disabled() {
		t.Errorf("step list: at %v, next disabled %v", z.current, z.nextBtn.Disabled())
	}
	for _, row := range stepPages {
		st := row.step
		z.show(st)
		if z.body.Objects[0] != z.pages[st].content() {
			t.Errorf("%v: body does not show the step's editor", st)
		}
	}
	if w.Title() != s.plan.Name+" — CoP Launch Planner" {
		t.Errorf("title %q", w.Title())
	}
}

func TestWizardCompletionMarks(t *testing.T) {
	s, st := newTestSession(t)
	z := newWizard(s, test.NewTempWindow(t, widget.NewLabel("")))
	if l := z.navLabel(planner.StepSurvey); !strings.Contains(l, "to do") {
		t.Fatalf("survey mark %q before it is complete", l)
	}
	s.plan.Domain = "Helping solo creators grow"
	s.plan.Survey.Closed = true
	for _, title := range []string{"Grow", "Retain"} {
		g := planner.Goal{Title: title}
		if err := s.put(&g); err != nil {
			t.Fatal(err)
		}
		s.plan.Goals = append(s.plan.Goals, g)
	}
	if err := s.savePlan(); err != nil {
		t.Fatal(err)
	}
	if l := z.navLabel(planner.StepSurvey); !strings.Contains(l, "✓ done") {
		t.Errorf("survey mark %q after completing it", l)
	}
	sums, err := st.List(context.Background(), storeListAll())
	if err != nil || len(sums) != 1 || sums[0].Progress != 1 {
		t.Errorf("library progress %+v, %v; want 1/5", sums, err)
	}
}

// failingLib is a library whose plan saves fail, like a full disk.
type failingLib struct {
	Library
	err error
}

func (f failingLib) Save(context.Context, int64, planner.Change) error { return f.err }

func TestWizardStatusLine(t *testing.T) {
	s, st := newTestSession(t)
	z := newWizard(s, test.NewTempWindow(t, widget.NewLabel("")))
	s.plan.Client = "Acme"
	if err := s.savePlan(); err != nil {
		t.Fatal(err)
	}
	if z.status.Text != "Saved 10:42:01" {
		t.Errorf("status %q after a save", z.status.Text)
	}

	s.lib = failingLib{Library: st, err: errors.New("disk full")}
	z.show(planner.StepOverview) // re-reads the plan into the fields
	ov := z.pages[planner.StepOverview].(*overviewStep)
	ov.client.SetText("Acme Ltd") // as typed: OnChanged applies and schedules the save
	s.flush()
	if !strings.Contains(z.status.Text, "Not saved") || !strings.Contains(z.status.Text, "disk full") {
		t.Errorf("status %q after a failed save", z.status.Text)
	}
	if z.status.Importance != widget.DangerImportance {
		t.Error("failed save not shown in the error style")
	}
	if ov.client.Text != "Acme Ltd" || s.plan.Client != "Acme Ltd" {
		t.Errorf("the edit left the screen: entry %q, plan %q", ov.client.Text, s.plan.Client)
	}
}

func TestPageTitles(t *testing.T) {
	for st, want := range map[planner.Step]string{
		planner.StepOverview: "Overview",
		planner.StepCharter:  "Step 3 — Charter",
		planner.StepReviews:  "Step 5 — Iteration reviews",
		planner.StepExport:   "Export",
	} {
		if got := pageTitle(st); got != want {
			t.Errorf("pageTitle(%v) = %q, want %q", st, got, want)
		}
	}
}
