package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

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
