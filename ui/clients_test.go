package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
)

// TestClientManager adds a client in the manager by typing and tapping, edits it, makes a
// plan for it and deletes it once the plans using it are named.
func TestClientManager(t *testing.T) {
	a, st := newTestApp(t)
	h := a.home
	test.Tap(h.clientsBtn)
	c := h.clients
	test.Type(c.name, "Acme Cooperativa")
	test.Type(c.preparedBy, "Lucía Gómez")
	test.Type(c.accent, "#AA3300")
	c.lang.SetSelected("Español")
	c.paper.SetSelected("Letter")
	test.Tap(c.saveBtn)
	cs, err := st.Clients(context.Background())
	if err != nil || len(cs) != 1 {
		t.Fatalf("clients = %+v, %v", cs, err)
	}
	if got := cs[0]; got.Name != "Acme Cooperativa" || got.PreparedBy != "Lucía Gómez" || got.Lang != "es" || got.Paper != planner.PaperLetter || got.AccentColor != "#AA3300" {
		t.Errorf("saved client %+v", got)
	}

	// A plan for the selected client, with its branding.
	test.Tap(c.newPlanBtn)
	if len(h.rows) != 1 {
		t.Fatalf("library has %d plans", len(h.rows))
	}
	p, err := st.Load(context.Background(), h.rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if b := planner.EffectiveBranding(p); b.Client != "Acme Cooperativa" || b.Lang != "es" || b.Paper != planner.PaperLetter {
		t.Errorf("new plan's branding %+v", b)
	}
	if len(p.Invites) == 0 || !strings.HasPrefix(p.Invites[0].Text, "Hola, {name}") {
		t.Errorf("the new plan's first invitation is not the Spanish default: %+v", p.Invites)
	}
	if h.rows[0].Client != "Acme Cooperativa" {
		t.Errorf("library row shows client %q", h.rows[0].Client)
	}

	// Deleting names the plan that uses the client.
	test.Tap(h.clientsBtn)
	c = h.clients
	c.list.Select(0)
	var asked string
	h.confirm = func(msg string, ok func()) { asked = msg; ok() }
	test.Tap(c.deleteBtn)
	if !strings.Contains(asked, p.Name) {
		t.Errorf("delete asked %q, want the plan %q named", asked, p.Name)
	}
	if cs, _ := st.Clients(context.Background()); len(cs) != 0 {
		t.Errorf("clients after delete: %+v", cs)
	}
	p, _ = st.Load(context.Background(), p.ID)
	if p.Client != "Acme Cooperativa" || p.Lang != "es" {
		t.Errorf("the plan lost the client's values: client %q lang %q", p.Client, p.Lang)
	}
}
