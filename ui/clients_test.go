package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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
	c.flush() // typing pauses
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

// The manager saves as the rest of the app does: a client typed is in the library after a
// pause without any Save button, "Saved" goes as soon as the next edit starts, and Close
// names what cannot be saved (a new client without a name) before it is lost.
func TestClientManagerSavesAndCloseAsks(t *testing.T) {
	a, st := newTestApp(t)
	h := a.home
	test.Tap(h.clientsBtn)
	c := h.clients
	test.Type(c.name, "Borealis")
	test.Type(c.contact, "Inés")
	c.flush()
	cs, err := st.Clients(context.Background())
	if err != nil || len(cs) != 1 || cs[0].Name != "Borealis" || cs[0].Contact != "Inés" {
		t.Fatalf("clients after a pause = %+v, %v", cs, err)
	}
	if !strings.HasPrefix(c.status.Text, "Saved ") {
		t.Errorf("status %q after the save", c.status.Text)
	}
	test.Type(c.contact, " Ruiz")
	if strings.Contains(c.status.Text, "Saved") {
		t.Errorf("status %q still says saved after a later edit", c.status.Text)
	}
	// Closing saves the edit under way.
	var asked string
	h.confirm = func(msg string, ok func()) { asked = msg; ok() }
	test.Tap(c.closeBtn)
	if asked != "" {
		t.Errorf("Close asked %q with nothing to lose", asked)
	}
	if cs, _ := st.Clients(context.Background()); len(cs) != 1 || cs[0].Contact != "Inés Ruiz" {
		t.Errorf("Close lost the edit: %+v", cs)
	}

	// A new client without a name cannot be saved: Close says what would be lost.
	test.Tap(h.clientsBtn)
	c = h.clients
	test.Type(c.contact, "Olu")
	test.Type(c.accent, "#123456")
	c.flush()
	if !strings.Contains(c.status.Text, "needs a name") {
		t.Errorf("status %q, want why it is not saved", c.status.Text)
	}
	closed := false
	h.confirm = func(msg string, ok func()) { asked = msg; closed = true }
	test.Tap(c.closeBtn)
	if !closed || !strings.Contains(asked, `contact "Olu"`) || !strings.Contains(asked, "#123456") || !strings.Contains(asked, "needs a name") {
		t.Errorf("Close asked %q", asked)
	}
	if cs, _ := st.Clients(context.Background()); len(cs) != 1 {
		t.Errorf("clients %+v", cs)
	}
	// Choosing another client saves the one being edited first.
	test.Type(c.name, "Cirrus")
	c.list.Select(0)
	cs, _ = st.Clients(context.Background())
	if len(cs) != 2 {
		t.Fatalf("choosing a client did not save the one typed: %+v", cs)
	}
	if c.sel < 0 || c.name.Text != c.clients[c.sel].Name {
		t.Errorf("the fields show %q, selected %d", c.name.Text, c.sel)
	}
}

// TestEscClosesTheClientsDialog: the Clients manager opens on its name field, and Esc closes
// it as Close does: the client typed is saved first, and what cannot be saved is named
// before it is lost.
func TestEscClosesTheClientsDialog(t *testing.T) {
	a, st := newTestApp(t)
	h := a.home
	h.w.Resize(fyne.NewSize(1000, 700))
	cv := h.w.Canvas()
	test.Tap(h.clientsBtn)
	c := h.clients
	if cv.Focused() != c.name {
		t.Fatalf("the manager opens with the focus on %T, want the name field", cv.Focused())
	}
	test.Type(c.name, "Borealis")
	press(cv, fyne.KeyReturn) // Enter in the name field saves nothing early and closes nothing
	if dialogsOpen(cv) != 1 {
		t.Fatal("Enter in the name field closed the manager")
	}
	press(cv, fyne.KeyEscape)
	if dialogsOpen(cv) != 0 {
		t.Fatal("Esc did not close the Clients manager")
	}
	if cs, _ := st.Clients(context.Background()); len(cs) != 1 || cs[0].Name != "Borealis" {
		t.Fatalf("Esc lost the client typed: %+v", cs)
	}

	// A client without a name: Esc asks, naming what would be lost, from any control.
	test.Tap(h.clientsBtn)
	c = h.clients
	test.Type(c.contact, "Olu")
	var asked string
	h.confirm = func(msg string, ok func()) { asked = msg }
	cv.Focus(c.paper)
	press(cv, fyne.KeyEscape)
	if !strings.Contains(asked, `contact "Olu"`) || dialogsOpen(cv) != 1 {
		t.Errorf("Esc asked %q; %d dialogs open", asked, dialogsOpen(cv))
	}
	h.confirm = func(msg string, ok func()) { ok() }
	cv.Unfocus()
	press(cv, fyne.KeyEscape)
	if dialogsOpen(cv) != 0 {
		t.Error("Esc with nothing focused, answered yes, did not close the manager")
	}
}
