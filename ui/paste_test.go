package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestPastedWindowsLineEnds pastes text copied on Windows (CRLF line ends, and an old Mac's lone
// CR) into a single-line and a multi-line field: the saved plan and the fields hold no "\r".
func TestPastedWindowsLineEnds(t *testing.T) {
	s, st := newTestSessionWith(t, corePlan())
	w := test.NewTempWindow(t, widget.NewLabel(""))
	v := newCharterStep(s, w).(*charterStep)
	w.SetContent(v.content())

	type pasteTarget interface {
		fyne.Focusable
		fyne.Shortcutable
		SetText(string)
	}
	paste := func(e pasteTarget, text string) {
		e.SetText("")
		w.Canvas().Focus(e)
		cb := fyne.CurrentApp().Clipboard()
		cb.SetContent(text)
		e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	}
	paste(v.name, "Creator\r\nCircle")
	paste(v.purpose, "Learn together\r\nShare drafts\rMeet monthly")

	p := reload(t, s, st)
	if p.Charter.Name != "Creator Circle" || v.name.Text != "Creator Circle" {
		t.Errorf("single-line paste: saved %q, field %q, want %q", p.Charter.Name, v.name.Text, "Creator Circle")
	}
	want := "Learn together\nShare drafts\nMeet monthly"
	if p.Charter.Purpose != want || v.purpose.Text != want {
		t.Errorf("multi-line paste: saved %q, field %q, want %q", p.Charter.Purpose, v.purpose.Text, want)
	}
}
