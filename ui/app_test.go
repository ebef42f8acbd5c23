package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
)

// storeListAll lists every plan, archived too.
func storeListAll() planner.ListOptions { return planner.ListOptions{Archived: true} }

func TestAppOpensPlanOnce(t *testing.T) {
	a, _ := newTestApp(t)
	id, err := a.home.createPlan("Launch", "")
	if err != nil {
		t.Fatal(err)
	}
	z1, err := a.openPlan(id)
	if err != nil {
		t.Fatal(err)
	}
	z2, err := a.openPlan(id)
	if err != nil || z1 != z2 {
		t.Errorf("second open made another window (%v)", err)
	}
	if z1.w.Title() != "Launch — CoP Launch Planner" {
		t.Errorf("window title %q", z1.w.Title())
	}
	a.closePlan(id)
	if _, open := a.wizards[id]; open {
		t.Error("closed plan still listed as open")
	}
	if _, err := a.openPlan(9999); err == nil {
		t.Error("opening a missing plan gave no error")
	}
}

// fakeTimer stands in for the trim timer: it records what was scheduled and how often it was
// pushed back, so the test needs no wall clock.
type fakeTimer struct {
	fire   func()
	resets int
}

func (f *fakeTimer) Reset(time.Duration) bool { f.resets++; return true }

// TestAppTrimsAfterOpenAndClose: opening and closing plan windows hands free memory back to
// the OS once, a moment after the last of them, and not before.
func TestAppTrimsAfterOpenAndClose(t *testing.T) {
	trims := 0
	var timers []*fakeTimer
	oldAfter, oldFree := afterFunc, freeOSMemory
	afterFunc = func(_ time.Duration, f func()) trimTimer {
		ft := &fakeTimer{fire: f}
		timers = append(timers, ft)
		return ft
	}
	freeOSMemory = func() { trims++ }
	t.Cleanup(func() { afterFunc, freeOSMemory = oldAfter, oldFree })

	a, _ := newTestApp(t)
	id, err := a.home.createPlan("Launch", "")
	if err != nil {
		t.Fatal(err)
	}
	base := 0
	if len(timers) > 0 {
		base = timers[0].resets
	}
	if _, err := a.openPlan(id); err != nil {
		t.Fatal(err)
	}
	a.closePlan(id)
	if _, err := a.openPlan(id); err != nil {
		t.Fatal(err)
	}
	if len(timers) != 1 {
		t.Fatalf("%d trim timers after three window changes, want 1 pushed back each time", len(timers))
	}
	if got := timers[0].resets - base; got < 2 {
		t.Errorf("the trim was pushed back %d times by three window changes, want at least 2", got)
	}
	if trims != 0 {
		t.Fatalf("%d trims while windows were still opening", trims)
	}
	timers[0].fire()
	if trims != 1 {
		t.Errorf("%d trims when the timer fired, want 1", trims)
	}
}

func TestAppMenuShortcuts(t *testing.T) {
	a, _ := newTestApp(t)
	id, _ := a.home.createPlan("Launch", "")
	z, err := a.openPlan(id)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"New plan…": true, "Open…": true, "Export charter PDF…": true, "Export plan PDF…": true,
		"Previous step": true, "Next step": true, "Quit": true}
	var next *fyne.MenuItem
	for _, m := range a.menu(z).Items {
		for _, it := range m.Items {
			if want[it.Label] {
				if it.Shortcut == nil {
					t.Errorf("%q has no shortcut", it.Label)
				}
				delete(want, it.Label)
			}
			if it.Label == "Next step" {
				next = it
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("menu lacks %v", want)
	}
	next.Action()
	if z.current != 1 {
		t.Errorf("Next step menu item went to %v", z.current)
	}
}

// countingLib counts the library list reads of the home window.
type countingLib struct {
	Library
	lists int
}

func (c *countingLib) List(ctx context.Context, opt planner.ListOptions) ([]planner.PlanSummary, error) {
	c.lists++
	return c.Library.List(ctx, opt)
}

// TestHomeReloadsOnlyWhenAListedValueChanged: typing in a plan window re-reads the library
// list only when the plan's line in it changes (name, client, progress…), not on every save.
func TestHomeReloadsOnlyWhenAListedValueChanged(t *testing.T) {
	fa := test.NewTempApp(t)
	lib := &countingLib{Library: newTestStore(t)}
	a := New(fa, lib, Options{Now: fixedNow})
	t.Cleanup(func() {
		for _, z := range a.wizards {
			z.w.Close()
		}
		a.win.Close()
	})
	id, err := a.home.createPlan("Launch", "")
	if err != nil {
		t.Fatal(err)
	}
	z, err := a.openPlan(id)
	if err != nil {
		t.Fatal(err)
	}
	ov := z.page(planner.StepOverview).(*overviewStep)

	before := lib.lists
	test.Type(ov.audience, "Creators")
	z.s.flush()
	if lib.lists != before {
		t.Errorf("the audience, which the list does not show, reloaded it %d times", lib.lists-before)
	}
	test.Type(ov.client, "Acme")
	z.s.flush()
	if lib.lists != before+1 {
		t.Errorf("the client, which the list shows, reloaded it %d times, want 1", lib.lists-before)
	}
	if got := names(a.home); len(got) != 1 || a.home.rows[0].Client != "Acme" {
		t.Errorf("home list %v, client %q", got, a.home.rows[0].Client)
	}
}

// The window Opening shows before the library opens ends cleanly when the library never does
// (another window holds it): closing has no library and no plan list to save.
func TestCloseLibraryWhenNoneOpened(t *testing.T) {
	a := test.NewTempApp(t)
	app := Opening(a, Options{Now: func() time.Time { return testNow }})
	app.NotOpened()
	if err := app.CloseLibrary(); err != nil {
		t.Fatalf("CloseLibrary with no library: %v", err)
	}
}
