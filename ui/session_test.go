package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestAutosaveTimer: a typed edit reaches the library by itself, well within a second, with
// no flush and no Save button; a burst of typing is saved once.
func TestAutosaveTimer(t *testing.T) {
	s, st := newTestSession(t)
	s.delay = 50 * time.Millisecond
	saved := make(chan string, 10)
	s.onStatus = func(msg string, err error) {
		if err != nil {
			t.Errorf("save failed: %v", err)
		}
		saved <- msg
	}
	e := textField(s, "plan.audience", func() string { return s.plan.Audience },
		func(v string) { s.plan.Audience = v }, s.savePlan)
	test.NewTempWindow(t, e)
	test.Type(e, "Nurses")
	select {
	case <-saved:
	case <-time.After(time.Second):
		t.Fatal("the edit was not saved within a second")
	}
	select {
	case msg := <-saved:
		t.Fatalf("one burst of typing saved twice (%q)", msg)
	case <-time.After(200 * time.Millisecond):
	}
	p, err := st.Load(context.Background(), s.plan.ID)
	if err != nil || p.Audience != "Nurses" {
		t.Fatalf("stored audience %q, %v", p.Audience, err)
	}
}
