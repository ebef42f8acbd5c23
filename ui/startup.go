package ui

import (
	"errors"
	"fmt"
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
)

// ShowAlreadyOpen tells the user that the library is open in another window of the app; the
// app ends when they close the message.
func ShowAlreadyOpen(a fyne.App, path string) {
	w := a.NewWindow("CoP Launch Planner is already open")
	msg := widget.NewLabel(fmt.Sprintf("The plan library %s is already open in another CoP Launch Planner window.\n"+
		"Switch to that window to keep working; two windows on one library could overwrite each other's edits.", path))
	msg.Wrapping = fyne.TextWrapWord
	ok := widget.NewButton("OK", a.Quit)
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
	w := a.NewWindow("Cannot open the plan library")
	msg := widget.NewLabel(openProblemText(path, cause))
	msg.Wrapping = fyne.TextWrapWord
	try := func(p string) {
		if err := open(p); err != nil {
			dialog.ShowError(fmt.Errorf("could not open %s: %w", p, err), w)
			return
		}
		w.Hide() // not Close: it was the master window, and closing that ends the app
	}
	other := widget.NewButton("Open another library…", func() {
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
	})
	fresh := widget.NewButton("Start a new library…", func() {
		// The store creates the library itself (mode 0600) and refuses empty files it did
		// not create: saveFile removes the one the dialog leaves.
		saveFile(w, saveOptions{name: "library.db", dir: filepath.Dir(path)}, try)
	})
	quit := widget.NewButton("Quit", a.Quit)
	restore := tools.restoreButton(a, w, path, open)
	restore.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), restore, other, fresh, quit), nil, nil,
		container.NewVScroll(msg))))
	w.Resize(fyne.NewSize(720, 420))
	w.SetMaster()
	w.Show()
}

// openProblemText says in words what happened to the library at path and what each button of
// the damaged-library window does; the technical detail comes last.
func openProblemText(path string, cause error) string {
	var what string
	switch {
	case errors.Is(cause, planner.ErrCorrupt):
		what = "The plan library is damaged: part of the file can no longer be read. This happens when " +
			"the computer stops, the disk fails or another program changes the file while it is being written."
	case errors.Is(cause, planner.ErrNotLibrary):
		what = "This file is not a CoP Launch Planner plan library: it may be another program's file, or " +
			"a library whose first bytes were overwritten."
	case errors.Is(cause, planner.ErrNewerSchema):
		what = "This library was written by a newer version of CoP Launch Planner, which this version " +
			"cannot read. Update the app to open it; nothing has been lost."
	case errors.Is(cause, planner.ErrReadOnly), errors.Is(cause, fs.ErrPermission):
		what = "The app is not allowed to write the library file or its folder, so it cannot open it " +
			"safely. Check the file's permissions, or move it to a folder of yours."
	default:
		what = "The plan library could not be opened."
	}
	return fmt.Sprintf("%s\n\nFile: %s\nThe app has not changed it.\n\n"+
		"• Restore from backup… lists the copies of this library, newest and fullest first, and puts "+
		"the one you choose in its place. The damaged file is kept beside it under a new name, not deleted.\n"+
		"• Open another library… opens a different library file and leaves this one as it is. "+
		"A backup opened this way stays a separate file: to continue from a backup, use Restore instead.\n"+
		"• Start a new library… creates an empty library; this file stays as it is.\n"+
		"• Quit closes the app without changing anything.\n\n"+
		"Technical detail: %s", what, path, oneLineError(cause))
}

// oneLineError is an error's text on one line, for the detail under a message.
func oneLineError(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
