package ui

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// ShowAlreadyOpen tells the user that the library is open in another window of the app; the
// app ends when they close the message.
func ShowAlreadyOpen(a fyne.App, path string) {
	tr := i18n.New(languageOf(a.Preferences()))
	w := a.NewWindow(tr.T("ui.app.already_open.title"))
	msg := widget.NewLabel(tr.T("ui.app.already_open.text", "path", path))
	msg.Wrapping = fyne.TextWrapWord
	ok := widget.NewButton(tr.T("ui.app.ok"), a.Quit)
	ok.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), ok), nil, nil, msg)))
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter || k.Name == fyne.KeyEscape {
			a.Quit()
		}
	})
	w.Resize(fyne.NewSize(560, 180))
	w.SetMaster()
	w.Show()
}

// ShowOpenProblem explains in words why the library at path could not be opened (damaged,
// not a library, from a newer version…) and what each way out does: restore it from one of
// its copies, open another library file, start a new one, or quit. The file itself is left
// untouched. open is tried on the library restored or the file the user picks; on success
// the message window closes. opt gives the library files (Options.Files) and how slow work
// runs.
func ShowOpenProblem(a fyne.App, opt Options, path string, cause error, open func(path string) error) {
	tools := newLibraryTools(opt)
	tools.tr = func() *i18n.Printer { return i18n.New(languageOf(a.Preferences())) }
	tr := tools.tr()
	w := a.NewWindow(tr.T("ui.library.problem.title"))
	msg := widget.NewLabel(openProblemText(tr, path, cause))
	msg.Wrapping = fyne.TextWrapWord
	try := func(p string) {
		if err := open(p); err != nil {
			showError(w, wrapped(tr.T("ui.library.error.open", "path", p), err))
			return
		}
		w.Hide() // not Close: it was the master window, and closing that ends the app
	}
	// Esc on any of the window's buttons closes the window, as its close button does: the
	// app ends and nothing is changed (a dialog over the window takes Esc first).
	button := func(label string, tapped func()) *problemButton { return newProblemButton(label, tapped, w.Close) }
	other := button(tr.T("ui.library.problem.other"), func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			p := filepath.FromSlash(r.URI().Path()) // Windows: C:\Users\…, not C:/Users/…
			r.Close()
			try(p)
		}, w)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".sqlite"}))
		d.Show()
		escCloses(w, d)
	})
	fresh := button(tr.T("ui.library.problem.new"), func() {
		// The store creates the library itself (mode 0600) and refuses empty files it did
		// not create: saveFile removes the one the dialog leaves.
		saveFile(w, saveOptions{name: "library.db", dir: filepath.Dir(path)}, try)
	})
	quit := button(tr.T("ui.library.problem.quit"), a.Quit)
	restore := button(tr.T("ui.library.problem.restore"), tools.restoreAction(a, w, path, open))
	restore.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), restore, other, fresh, quit), nil, nil,
		container.NewVScroll(msg))))
	w.Resize(fyne.NewSize(720, 420))
	w.SetMaster()
	w.Show()
	// The keyboard: the main way out (Restore from backup…) has the focus and Enter presses
	// it; Esc, when no dialog is over the window, closes the window, as its close button does.
	w.Canvas().Focus(restore)
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyEscape:
			if !canvasDialogKey(w.Canvas(), fyne.KeyEscape) {
				w.Close()
			}
		case fyne.KeyReturn, fyne.KeyEnter:
			if !canvasDialogKey(w.Canvas(), fyne.KeyReturn) {
				restore.Tapped(nil)
			}
		}
	})
}

// problemButton is a button of the damaged-library window: Enter presses it, and Esc goes to
// the dialog over the window if there is one, else closes the window (esc).
type problemButton struct {
	keyButton
	esc func()
}

func newProblemButton(label string, tapped, esc func()) *problemButton {
	b := &problemButton{esc: esc}
	b.Text = label
	b.OnTapped = tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey closes the window on Esc when no dialog is over it.
func (b *problemButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if !dialogKey(b, fyne.KeyEscape) {
			b.esc()
		}
		return
	}
	b.keyButton.TypedKey(ev)
}

// openProblemText says in words what happened to the library at path and what each button of
// the damaged-library window does; the technical detail comes last.
func openProblemText(tr *i18n.Printer, path string, cause error) string {
	var what string
	switch {
	case errors.Is(cause, planner.ErrCorrupt):
		what = tr.T("ui.library.problem.corrupt")
	case errors.Is(cause, planner.ErrNotLibrary):
		what = tr.T("ui.library.problem.not_library")
	case errors.Is(cause, planner.ErrNewerSchema):
		what = tr.T("ui.library.problem.newer")
	case errors.Is(cause, planner.ErrReadOnly), errors.Is(cause, fs.ErrPermission):
		what = tr.T("ui.library.problem.permission")
	default:
		what = tr.T("ui.library.problem.other_cause")
	}
	return what + "\n\n" + tr.T("ui.library.problem.ways", "path", path) + "\n\n" +
		tr.T("ui.app.technical_detail", "detail", oneLineError(cause))
}

// oneLineError is an error's text on one line, for the detail under a message.
func oneLineError(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
