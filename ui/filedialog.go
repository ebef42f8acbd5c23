package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

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
	d.Resize(dialogSize(w, fyne.NewSize(900, 600)))
	d.Show()
}

// typedSavePath recovers the path a person typed into a save dialog's file name box when it
// was a full path. Fyne's dialog joins whatever is typed to the folder it shows, so
// "/home/ana/out.pdf" or `C:\Users\ana\out.pdf` typed there becomes a path inside that
// folder, which does not exist, and the dialog reports the error. The folder shown is the
// longest existing folder the joined path starts with; what follows it is the typed path,
// used when it is a full path whose folder exists.
func typedSavePath(err error) (string, bool) {
	var pe *fs.PathError
	if !errors.As(err, &pe) || !errors.Is(err, fs.ErrNotExist) {
		return "", false
	}
	joined := pe.Path
	isDir := func(p string) bool { st, err := os.Stat(p); return err == nil && st.IsDir() }
	for i := len(joined) - 1; i > 0; i-- {
		if joined[i] != '/' && joined[i] != '\\' {
			continue
		}
		if !isDir(joined[:i]) {
			continue
		}
		rest := joined[i+1:]
		candidate := ""
		switch {
		case len(rest) >= 3 && rest[1] == ':' && (rest[2] == '\\' || rest[2] == '/'): // C:\…
			candidate = rest
		case runtime.GOOS != "windows":
			candidate = "/" + rest
		}
		candidate = filepath.Clean(filepath.FromSlash(candidate))
		if candidate != "." && filepath.IsAbs(candidate) && isDir(filepath.Dir(candidate)) {
			return candidate, true
		}
		return "", false // only the folder the dialog showed counts
	}
	return "", false
}
