package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// fileForm asks for a folder and a file name in one dialog: Fyne's save dialog creates (and
// so empties) the file it returns, which must never happen to a library. It is a keyDialog:
// the folder has the focus, Enter in a field does the main action, Esc cancels.
type fileForm struct {
	folder, name *keyEntry
	ok           *widget.Button
	d            *keyDialog
}

// showFileForm shows the form; done gets the path chosen. drafts keeps what a cancelled form
// held, by title, and gives it back the next time.
func showFileForm(w fyne.Window, drafts map[string][2]string, title, okText, folder, name string, done func(path string) error) *fileForm {
	f := &fileForm{folder: newKeyEntry(), name: newKeyEntry()}
	if d, ok := drafts[title]; ok {
		folder, name = d[0], d[1]
		delete(drafts, title)
	}
	f.folder.SetText(folder)
	f.name.SetText(name)
	tr := appPrinter()
	choose := newKeyButton(tr.T("ui.library.form.choose"), func() {
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
	path := func() (string, error) {
		name := strings.TrimSpace(f.name.Text)
		if name == "" || strings.ContainsAny(name, `/\`) {
			return "", errors.New(tr.T("ui.library.form.bad_name"))
		}
		if filepath.Ext(name) == "" {
			name += ".db"
		}
		return filepath.Join(strings.TrimSpace(f.folder.Text), name), nil
	}
	f.d = newKeyDialog(w, title, form, okText, tr.T("ui.app.cancel"), func(ok bool) {
		if !ok {
			drafts[title] = [2]string{f.folder.Text, f.name.Text}
			return
		}
		p, _ := path() // checked before the dialog closed
		// The dialog is hidden first: hiding a dialog also removes every dialog shown above it.
		if err := done(p); err != nil {
			f.d.Show()
			showError(w, err)
		}
	})
	// A bad name keeps the form open and says why.
	f.d.check = func() error {
		_, err := path()
		if err != nil {
			showError(w, err)
		}
		return err
	}
	f.ok = &f.d.confirm.Button
	f.d.first = f.folder
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
