package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// fileForm asks for a folder and a file name in one dialog: Fyne's save dialog creates (and
// so empties) the file it returns, which must never happen to a library.
type fileForm struct {
	folder, name *widget.Entry
	ok           *widget.Button
	d            *dialog.CustomDialog
}

// showFileForm shows the form; done gets the path chosen. drafts keeps what a cancelled form
// held, by title, and gives it back the next time.
func showFileForm(w fyne.Window, drafts map[string][2]string, title, okText, folder, name string, done func(path string) error) *fileForm {
	f := &fileForm{folder: widget.NewEntry(), name: widget.NewEntry()}
	if d, ok := drafts[title]; ok {
		folder, name = d[0], d[1]
		delete(drafts, title)
	}
	f.folder.SetText(folder)
	f.name.SetText(name)
	tr := appPrinter()
	choose := widget.NewButton(tr.T("ui.library.form.choose"), func() {
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				f.folder.SetText(u.Path())
			}
		}, w)
		if l, err := storage.ListerForURI(storage.NewFileURI(f.folder.Text)); err == nil {
			d.SetLocation(l)
		}
		d.Resize(fyne.NewSize(860, 560))
		d.Show()
		escCloses(w, d)
	})
	form := widget.NewForm(
		widget.NewFormItem(tr.T("ui.library.form.folder"), container.NewBorder(nil, nil, nil, choose, f.folder)),
		widget.NewFormItem(tr.T("ui.library.form.file_name"), f.name))
	cancel := widget.NewButton(tr.T("ui.app.cancel"), func() {
		drafts[title] = [2]string{f.folder.Text, f.name.Text}
		f.d.Hide()
	})
	f.ok = widget.NewButton(okText, func() {
		name := strings.TrimSpace(f.name.Text)
		if name == "" || strings.ContainsAny(name, `/\`) {
			showError(w, errors.New(tr.T("ui.library.form.bad_name")))
			return
		}
		if filepath.Ext(name) == "" {
			name += ".db"
		}
		// Hidden first: hiding a dialog also removes every dialog shown above it.
		f.d.Hide()
		if err := done(filepath.Join(strings.TrimSpace(f.folder.Text), name)); err != nil {
			f.d.Show()
			showError(w, err)
		}
	})
	f.ok.Importance = widget.HighImportance
	content := container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), cancel, f.ok), nil, nil, form)
	f.d = dialog.NewCustomWithoutButtons(title, content, w)
	f.d.Resize(fyne.NewSize(640, 200))
	f.d.Show()
	return f
}

// documentsFolder is where a new library or a backup goes unless the user chose before.
func documentsFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	if fi, err := os.Stat(filepath.Join(home, "Documents")); err == nil && fi.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
}
