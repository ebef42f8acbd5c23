package ui

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/store"
)

// testNow is the fixed clock of the UI tests.
var testNow = time.Date(2026, 3, 1, 10, 42, 1, 0, time.UTC)

func fixedNow() time.Time { return testNow }

// newTestStore opens a fresh library in a temp dir with the fixed clock.
func newTestStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "lib.db"), store.Options{Now: fixedNow, Backups: -1})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// newTestSession starts a test app and opens a session on a new, nearly empty plan saved in a
// fresh library.
func newTestSession(t *testing.T) (*session, *store.Store) {
	t.Helper()
	return newTestSessionWith(t, &planner.Plan{Name: "Test plan", Status: planner.StatusPlanning})
}

// newTestSessionWith is newTestSession on the given plan.
func newTestSessionWith(t *testing.T, p *planner.Plan) (*session, *store.Store) {
	t.Helper()
	test.NewTempApp(t)
	st := newTestStore(t)
	id, err := st.Create(context.Background(), p)
	if err != nil {
		t.Fatalf("create plan: %v", err)
	}
	loaded, err := st.Load(context.Background(), id)
	if err != nil {
		t.Fatalf("load plan: %v", err)
	}
	return newSession(st, loaded, fixedNow), st
}

// reload flushes pending saves and reads the session's plan back from the library.
func reload(t *testing.T, s *session, st *store.Store) *planner.Plan {
	t.Helper()
	s.flush()
	p, err := st.Load(context.Background(), s.plan.ID)
	if err != nil {
		t.Fatalf("reload plan: %v", err)
	}
	return p
}

// openStep opens a plan window on the session as the app does, shows step st in it and
// returns the step's page: saves then refresh the page as they do in the app.
func openStep[P page](t *testing.T, s *session, st planner.Step) P {
	t.Helper()
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 800))
	z := newWizard(s, w)
	z.show(st)
	pg, ok := z.page(st).(P)
	if !ok {
		t.Fatalf("step %v has a %T page", st, z.page(st))
	}
	return pg
}

// stepComplete reports whether one step counts as complete.
func stepComplete(p *planner.Plan, step planner.Step) bool {
	for _, st := range planner.Completion(p) {
		if st.Step == step {
			return st.Complete
		}
	}
	return false
}

// contentWidth is the width a tab's content needs: a scroller's content's minimum width (a
// scroller's own minimum is small whatever it holds).
func contentWidth(o fyne.CanvasObject) float32 {
	switch x := o.(type) {
	case *pageScroll:
		return x.Content.MinSize().Width
	case *container.Scroll:
		return x.Content.MinSize().Width
	}
	return o.MinSize().Width
}
