package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/store"
)

// newTestApp starts the GUI on a fresh library with the fixed clock.
func newTestApp(t *testing.T) (*App, *store.Store) {
	t.Helper()
	fa := test.NewTempApp(t)
	st := newTestStore(t)
	a := New(fa, st, Options{Now: fixedNow})
	t.Cleanup(func() {
		for _, z := range a.wizards {
			z.w.Close()
		}
		a.win.Close()
	})
	return a, st
}

// names lists the plan names the home list shows.
func names(h *home) []string {
	var out []string
	for _, r := range h.rows {
		out = append(out, r.Name)
	}
	return out
}

func TestHomeCreateFromTemplate(t *testing.T) {
	a, st := newTestApp(t)
	h := a.home
	tpls := planner.Templates()
	if len(tpls) == 0 {
		t.Fatal("no templates")
	}
	test.Tap(h.newBtn)
	test.Type(h.newName, "Acme creators")
	h.newTemplate.SetSelected(tpls[0].Name)
	h.newDialog.Submit()

	if got := names(h); len(got) != 1 || got[0] != "Acme creators" {
		t.Fatalf("library lists %v, want [Acme creators]", got)
	}
	id := h.rows[0].ID
	if _, open := a.wizards[id]; !open {
		t.Error("the new plan's window did not open")
	}
	p, err := st.Load(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if p.Template != tpls[0].Key || len(p.Survey.Questions) == 0 {
		t.Errorf("plan template %q with %d questions, want %q pre-filled", p.Template, len(p.Survey.Questions), tpls[0].Key)
	}
}

func TestHomeManagePlans(t *testing.T) {
	a, st := newTestApp(t)
	h := a.home
	h.confirm = func(_ string, ok func()) { ok() }
	answer := ""
	h.ask = func(_, _ string, ok func(string)) { ok(answer) }
	for _, n := range []string{"Alpha", "Beta"} {
		if _, err := h.createPlan(n, ""); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("search", func(t *testing.T) {
		test.Type(h.search, "alp")
		if got := names(h); len(got) != 1 || got[0] != "Alpha" {
			t.Errorf("search alp lists %v", got)
		}
		h.search.SetText("")
		if got := names(h); len(got) != 2 {
			t.Errorf("empty search lists %v", got)
		}
	})
	idOf := func(name string) int64 {
		for _, r := range h.rows {
			if r.Name == name {
				return r.ID
			}
		}
		t.Fatalf("%q not listed in %v", name, names(h))
		return 0
	}
	t.Run("rename", func(t *testing.T) {
		h.selectPlan(idOf("Alpha"))
		answer = "Alpha 2"
		test.Tap(h.renameBtn)
		p, err := st.Load(context.Background(), idOf("Alpha 2"))
		if err != nil || p.Name != "Alpha 2" {
			t.Errorf("renamed plan: %v, %v", p, err)
		}
	})
	t.Run("duplicate", func(t *testing.T) {
		h.selectPlan(idOf("Beta"))
		answer = "Beta copy"
		test.Tap(h.dupBtn)
		if len(h.rows) != 3 || h.selected != idOf("Beta copy") {
			t.Errorf("after duplicate: %v, selected %d", names(h), h.selected)
		}
	})
	t.Run("archive", func(t *testing.T) {
		id := idOf("Beta copy")
		h.selectPlan(id)
		test.Tap(h.archiveBtn)
		if len(h.rows) != 2 {
			t.Errorf("archived plan still listed: %v", names(h))
		}
		test.Tap(h.archived)
		if len(h.rows) != 3 {
			t.Errorf("show archived lists %v", names(h))
		}
		h.selectPlan(id)
		if h.archiveBtn.Text != "Unarchive" {
			t.Errorf("archive button says %q", h.archiveBtn.Text)
		}
		test.Tap(h.archiveBtn)
		p, _ := st.Load(context.Background(), id)
		if p.Status != planner.StatusPlanning {
			t.Errorf("unarchived status %q", p.Status)
		}
	})
	t.Run("delete and undo", func(t *testing.T) {
		id := idOf("Alpha 2")
		h.selectPlan(id)
		test.Tap(h.deleteBtn)
		for _, n := range names(h) {
			if n == "Alpha 2" {
				t.Fatal("deleted plan still listed")
			}
		}
		if !h.undoBar.Visible() {
			t.Fatal("no undo after delete")
		}
		test.Tap(h.undoBtn)
		if idOf("Alpha 2") != id {
			t.Error("undo brought back another plan")
		}
		if h.undoBar.Visible() {
			t.Error("undo still offered with nothing to undo")
		}
	})
}

// The New plan dialog asks client and prepared-by, and remembers who prepared the last plan.
func TestHomeNewPlanAsksClientAndPreparedBy(t *testing.T) {
	a, st := newTestApp(t)
	h := a.home
	test.Tap(h.newBtn)
	if h.newPreparedBy.Text != "" {
		t.Fatalf("prepared by %q before any plan", h.newPreparedBy.Text)
	}
	test.Type(h.newName, "Globex DevEx")
	test.Type(h.newClient, "Globex")
	test.Type(h.newPreparedBy, "Ana Ribeiro")
	h.newDialog.Submit()
	p, err := st.Load(context.Background(), h.rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Client != "Globex" || p.PreparedBy != "Ana Ribeiro" {
		t.Errorf("client %q, prepared by %q", p.Client, p.PreparedBy)
	}

	// The next plan starts with the same consultant; the client is asked afresh.
	test.Tap(h.newBtn)
	if h.newPreparedBy.Text != "Ana Ribeiro" || h.newClient.Text != "" {
		t.Errorf("second dialog: prepared by %q, client %q", h.newPreparedBy.Text, h.newClient.Text)
	}
	h.newDialog.Hide()
}

// Choosing a saved client in the New plan dialog fills the client and prepared-by fields, and
// the plan made takes the client's preset (branding and language come from it).
func TestHomeNewPlanWithSavedClient(t *testing.T) {
	a, st := newTestApp(t)
	ctx := context.Background()
	acme := planner.Client{Name: "Cooperativa Acme", PreparedBy: "Lucía Gómez", Lang: "es", Paper: planner.PaperA4}
	if err := st.SaveClient(ctx, &acme); err != nil {
		t.Fatal(err)
	}
	h := a.home
	h.reload()
	test.Tap(h.newBtn)
	test.Type(h.newName, "Acme makers")
	h.newPreset.SetSelected("Cooperativa Acme")
	if h.newClient.Text != "Cooperativa Acme" || h.newPreparedBy.Text != "Lucía Gómez" {
		t.Fatalf("after choosing the saved client: client %q, prepared by %q", h.newClient.Text, h.newPreparedBy.Text)
	}
	h.newDialog.Submit()
	p, err := st.Load(ctx, h.rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.ClientID != acme.ID || p.Client != "" || p.PreparedBy != "" {
		t.Errorf("plan preset %d, client %q, prepared by %q: want preset %d and both left to it",
			p.ClientID, p.Client, p.PreparedBy, acme.ID)
	}
	if r := planner.EffectiveBranding(p); r.Client != "Cooperativa Acme" || r.PreparedBy != "Lucía Gómez" || r.Lang != "es" {
		t.Errorf("resolved client %q, prepared by %q, language %q", r.Client, r.PreparedBy, r.Lang)
	}
}
