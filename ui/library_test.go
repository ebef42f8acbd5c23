package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/coplaunch/coplaunch/planner"
)

func TestTheSamplePlanOpensFromALibraryWithPlans(t *testing.T) {
	a, st := newTestApp(t)
	if _, err := a.home.createPlan("Mine", ""); err != nil {
		t.Fatal(err)
	}
	menuItem(t, a, "Open the sample plan").Action()
	sums, err := st.List(context.Background(), planner.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 2 || len(a.wizards) != 1 {
		t.Fatalf("after Open the sample plan: %d plans, %d windows; want 2 and the sample open", len(sums), len(a.wizards))
	}
}

func TestSwitchingLibrariesAsksBeforeClosingPlanWindows(t *testing.T) {
	path := backedUpLibrary(t)
	a := newRecoveryApp(t, path)
	id := a.home.rows[0].ID
	if _, err := a.openPlan(id); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "other.db")
	a.switchTo(other)
	c := a.win.Canvas()
	if a.lib.Path() != path || len(a.wizards) != 1 {
		t.Fatalf("switched to %s with %d windows open before the user answered", a.lib.Path(), len(a.wizards))
	}
	if got := texts(a.win); !strings.Contains(got, "closes 1 open plan window: “Plan") {
		t.Errorf("the question does not name the window:\n%s", got)
	}
	press(c, fyne.KeyEscape)
	if a.lib.Path() != path || len(a.wizards) != 1 {
		t.Fatalf("Cancel switched to %s, %d windows", a.lib.Path(), len(a.wizards))
	}
	a.switchTo(other)
	press(c, fyne.KeyReturn)
	if a.lib.Path() != other || len(a.wizards) != 0 {
		t.Errorf("after yes: library %s, %d windows", a.lib.Path(), len(a.wizards))
	}
}
