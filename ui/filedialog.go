package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// pickFile shows a file-open dialog limited to exts (none: any file) and hands the chosen
// file to use, which need not close it. Errors from the dialog or from use are shown; a
// cancelled dialog does nothing.
func pickFile(w fyne.Window, exts []string, use func(fyne.URIReadCloser) error) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			showError(w, err)
			return
		}
		if rc == nil {
			return // cancelled
		}
		defer rc.Close()
		if err := use(rc); err != nil {
			showError(w, err)
		}
	}, w)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}
