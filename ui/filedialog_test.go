package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// typeInSaveDialog opens a save dialog on the folder shown, types name in its file name box
// as a person would, presses Save and returns the path handed on ("" if none) and the
// window, where any error is shown.
func typeInSaveDialog(t *testing.T, shown, name string) (string, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 700))
	got := ""
	saveFile(w, saveOptions{name: "plan.pdf", exts: []string{".pdf"}, dir: shown}, func(p string) { got = p })
	e, ok := w.Canvas().Focused().(*fileNameEntry)
	if !ok {
		t.Fatalf("the save dialog's file name box has no focus (%T)", w.Canvas().Focused())
	}
	e.SetText("")
	test.Type(e, name)
	test.Tap(button(t, w, "Save"))
	return got, w
}

func TestSaveDialogHonoursATypedPath(t *testing.T) {
	shown, target := t.TempDir(), t.TempDir()
	if err := os.Mkdir(filepath.Join(shown, "sub"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, typed, want string }{
		{"bare name", "charter.pdf", filepath.Join(shown, "charter.pdf")},
		{"full path", filepath.Join(target, "charter.pdf"), filepath.Join(target, "charter.pdf")},
		{"relative path", filepath.Join("sub", "charter.pdf"), filepath.Join(shown, "sub", "charter.pdf")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, w := typeInSaveDialog(t, shown, tt.typed)
			if got != tt.want {
				t.Fatalf("typed %q: path %q, want %q (shown: %s)", tt.typed, got, tt.want, texts(w))
			}
			if _, err := os.Stat(got); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the empty file the dialog made is left at %s", got)
			}
		})
	}
}

func TestSaveDialogRefusesAPathIntoAMissingFolder(t *testing.T) {
	shown := t.TempDir()
	// "tmp" exists at the root of most systems: a relative path into a missing folder must
	// not be read as the full path /tmp/….
	for _, typed := range []string{filepath.Join("tmp", "charter.pdf"), filepath.Join(shown, "missing", "charter.pdf")} {
		t.Run(typed, func(t *testing.T) {
			got, w := typeInSaveDialog(t, shown, typed)
			if got != "" {
				t.Fatalf("typed %q: saved to %q", typed, got)
			}
			if msg := texts(w); !strings.Contains(msg, "does not exist") {
				t.Errorf("typed %q: shown %q, want an error naming the missing folder", typed, msg)
			}
		})
	}
}

// TestFileDialogsCloseOnEsc: Esc closes Fyne's open dialog (nothing focused) and save dialog
// (its file name box focused, typed in) as Cancel does, and only them: once they are closed,
// the window's own key handler gets Esc again.
func TestFileDialogsCloseOnEsc(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 700))
	c := w.Canvas()
	var before []fyne.KeyName
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { before = append(before, ev.Name) })
	used := 0

	pickFile(w, []string{".json"}, func(fyne.URIReadCloser) error { used++; return nil })
	if c.Overlays().Top() == nil {
		t.Fatal("no open dialog shown")
	}
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil || used != 0 || len(before) != 0 {
		t.Fatalf("after Esc in the open dialog: dialog shown %v, used %d, window keys %v", c.Overlays().Top() != nil, used, before)
	}

	saveFile(w, saveOptions{name: "plan.pdf", exts: []string{".pdf"}, dir: t.TempDir()}, func(string) { used++ })
	e, ok := c.Focused().(*fileNameEntry)
	if !ok || e.Text != "plan.pdf" {
		t.Fatalf("the save dialog's file name box: %T %v", c.Focused(), e)
	}
	test.Type(e, "x")
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil || used != 0 {
		t.Fatalf("after Esc in the save dialog: dialog shown %v, used %d", c.Overlays().Top() != nil, used)
	}
	press(c, fyne.KeyEscape)
	if len(before) != 1 || before[0] != fyne.KeyEscape {
		t.Errorf("the window's own handler got %v after the dialogs closed", before)
	}
}
