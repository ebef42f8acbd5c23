package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// A dialog cancelled with text typed into it keeps that text for the next time it opens: the
// New plan dialog and the Issue version dialog lose nothing typed.
func TestCancelledDialogsKeepWhatWasTyped(t *testing.T) {
	a, _ := newTestApp(t)
	h := a.home
	test.Tap(h.newBtn)
	test.Type(h.newName, "Half-named plan")
	test.Type(h.newClient, "Initech")
	h.newDialog.Dismiss()
	test.Tap(h.newBtn)
	if h.newName.Text != "Half-named plan" || h.newClient.Text != "Initech" {
		t.Errorf("New plan after Cancel: name %q, client %q", h.newName.Text, h.newClient.Text)
	}
	h.newDialog.Submit()
	if len(h.rows) != 1 || h.rows[0].Name != "Half-named plan" {
		t.Fatalf("rows %+v", h.rows)
	}
	// Once created, the next dialog starts empty.
	test.Tap(h.newBtn)
	if h.newName.Text != "" {
		t.Errorf("the draft outlived the plan: %q", h.newName.Text)
	}
	h.newDialog.Dismiss()

	s, _ := newTestSessionWith(t, corePlan())
	ch := openStep[*charterStep](t, s, planner.StepCharter)
	test.Tap(ch.revision.issue)
	test.Type(ch.revision.note, "Sent to the sponsor")
	ch.revision.dlg.Dismiss()
	if planner.LastIssued(s.plan) != nil {
		t.Fatal("Cancel issued a version")
	}
	test.Tap(ch.revision.issue)
	if ch.revision.note.Text != "Sent to the sponsor" {
		t.Errorf("Issue version after Cancel: note %q", ch.revision.note.Text)
	}
	ch.revision.dlg.Submit()
	if v := planner.LastIssued(s.plan); v == nil || v.Changes != "Sent to the sponsor" {
		t.Errorf("issued %+v", v)
	}
}

// Renaming a plan and cancelling keeps the name typed for the next Rename of that plan; a
// Back up now form cancelled keeps its folder and file name.
func TestCancelledRenameAndBackupFormsKeepWhatWasTyped(t *testing.T) {
	a, _ := newTestApp(t)
	h := a.home
	id, err := h.createPlan("Alpha", "")
	if err != nil {
		t.Fatal(err)
	}
	h.selectPlan(id)
	test.Tap(h.renameBtn)
	e := topEntries(t, a)
	if len(e) != 1 || e[0].Text != "Alpha" {
		t.Fatalf("rename entries %v", e)
	}
	e[0].SetText("Alpha, renamed half-way")
	test.Tap(button(t, a.win, "Cancel"))
	test.Tap(h.renameBtn)
	if e := topEntries(t, a); len(e) != 1 || e[0].Text != "Alpha, renamed half-way" {
		t.Errorf("Rename after Cancel shows %v", e)
	}
	test.Tap(button(t, a.win, "Cancel"))

	menuItem(t, a, "Back up now…").Action()
	e = topEntries(t, a)
	e[0].SetText("/somewhere/else")
	e[1].SetText("before-the-trip.db")
	test.Tap(button(t, a.win, "Cancel"))
	menuItem(t, a, "Back up now…").Action()
	if e := topEntries(t, a); len(e) != 2 || e[0].Text != "/somewhere/else" || e[1].Text != "before-the-trip.db" {
		t.Errorf("Back up now after Cancel shows %q, %q", e[0].Text, e[1].Text)
	}
}

// topEntries lists the entries of the home window's top dialog.
func topEntries(t *testing.T, a *App) []*widget.Entry {
	t.Helper()
	var out []*widget.Entry
	for _, o := range objects(a.win) {
		switch e := o.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *keyEntry: // the app's dialogs use entries that Tab and Esc leave
			out = append(out, &e.Entry)
		}
	}
	return out
}
