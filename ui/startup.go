package ui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
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

// ShowOpenProblem explains why the library at path could not be opened (not a library,
// corrupt, from a newer version…) and offers to open another library file or start a new one.
// The file itself is left untouched. open is tried on the file the user picks; on success the
// message window closes.
func ShowOpenProblem(a fyne.App, path string, cause error, open func(path string) error) {
	w := a.NewWindow("Cannot open the plan library")
	msg := widget.NewLabel(fmt.Sprintf("CoP Launch Planner could not open %s:\n%v\n\n"+
		"The file has not been changed. You can restore it from one of its backups, open another "+
		"library file or start a new one.", path, cause))
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
	restore := restoreButton(a, w, path, open)
	restore.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), restore, other, fresh, quit), nil, nil, msg)))
	w.Resize(fyne.NewSize(640, 260))
	w.SetMaster()
	w.Show()
}
