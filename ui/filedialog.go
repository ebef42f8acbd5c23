package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
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
	escCloses(w, d)
}

// escCloses makes Esc close Fyne's file dialog d, shown over w, as Cancel would: Fyne v2.7's
// file dialogs ignore Esc. Call it right after d.Show.
//
// Two ways, for the two places keys go. While no control has the focus (an open dialog: its
// file list and folder buttons do not take it) keys go to the window's key handler: it
// dismisses d while d is shown and hands every other key, and every key once d has closed, to
// the handler it replaced, so that a dialog below (the Restore list) gets its keys back. A
// save dialog's file name box has the focus and would keep Esc to itself: it is swapped for a
// box of the app's own (fileNameEntry) that mirrors it and closes the dialog on Esc.
func escCloses(w fyne.Window, d *dialog.FileDialog) {
	c := w.Canvas()
	prev := c.OnTypedKey()
	open := true
	d.SetOnClosed(func() { open = false })
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if open && ev.Name == fyne.KeyEscape {
			d.Dismiss()
			return
		}
		if prev != nil {
			prev(ev)
		}
	})
	if name, ok := c.Focused().(*widget.Entry); ok {
		mirrorFileName(c, name, d.Dismiss)
	}
}

// fileNameEntry stands in for the file name box of Fyne's save dialog: it shows and edits
// the same text (the dialog reads and sets the box it made, which stays in its place in the
// dialog's code, only out of sight) and closes the dialog on Esc.
type fileNameEntry struct {
	widget.Entry
	esc func()
}

// TypedKey closes the dialog on Esc.
func (e *fileNameEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.esc()
		return
	}
	e.Entry.TypedKey(ev)
}

// mirrorFileName puts a fileNameEntry where the save dialog shows its file name box name, on
// canvas c, and gives it the focus: typing in it types in name (which enables the dialog's
// Save button), and a file the person clicks in the list, which the dialog writes in name,
// shows in it. It does nothing when the box is not where Fyne v2.7 puts it (a scroll in the
// dialog's footer).
func mirrorFileName(c fyne.Canvas, name *widget.Entry, esc func()) {
	scroll := scrollHolding(c.Overlays().Top(), name)
	if scroll == nil {
		return
	}
	e := &fileNameEntry{esc: esc}
	e.ExtendBaseWidget(e)
	e.PlaceHolder = name.PlaceHolder
	e.SetText(name.Text)
	e.OnChanged = func(s string) {
		if name.Text != s {
			name.SetText(s)
		}
	}
	e.OnSubmitted = name.OnSubmitted
	shown := name.OnChanged
	name.OnChanged = func(s string) {
		if shown != nil {
			shown(s)
		}
		if e.Text != s {
			e.SetText(s)
		}
	}
	scroll.Content = e
	scroll.Refresh()
	c.Focus(e)
}

// scrollHolding finds the scroll whose content is target among obj and what it holds.
func scrollHolding(obj fyne.CanvasObject, target fyne.CanvasObject) *container.Scroll {
	switch o := obj.(type) {
	case *container.Scroll:
		if o.Content == target {
			return o
		}
		return scrollHolding(o.Content, target)
	case *fyne.Container:
		for _, child := range o.Objects {
			if s := scrollHolding(child, target); s != nil {
				return s
			}
		}
	case *widget.PopUp:
		return scrollHolding(o.Content, target)
	case *container.Split:
		if s := scrollHolding(o.Leading, target); s != nil {
			return s
		}
		return scrollHolding(o.Trailing, target)
	}
	return nil
}

// saveOptions describe a save dialog.
type saveOptions struct {
	title, confirm string // "" keeps the dialog's own
	name           string // the file name offered
	exts           []string
	dir            string // the folder shown first; "" for the dialog's default
	size           fyne.Size
}

// saveFile shows a save dialog and hands use the path of the file to write, as the person
// chose or typed it: a bare name goes in the folder shown, a relative path below it and a
// full path where it says. The empty file the dialog makes is removed first, so a failed
// write leaves nothing behind. Problems are shown; a cancelled dialog does nothing.
func saveFile(w fyne.Window, o saveOptions, use func(path string)) {
	var name *widget.Entry // the file name box, read when the dialog reports an error
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			typed := ""
			if name != nil {
				typed = name.Text
			}
			path, err := savePath(typed, err)
			if err != nil {
				showError(w, err)
				return
			}
			use(path)
			return
		}
		if wc == nil {
			return // cancelled
		}
		path := filepath.FromSlash(wc.URI().Path()) // Windows: C:\Users\…, not C:/Users/…
		_ = wc.Close()
		removeIfEmpty(path)
		use(path)
	}, w)
	if o.title != "" {
		d.SetTitleText(o.title)
	}
	if o.confirm != "" {
		d.SetConfirmText(o.confirm)
	}
	d.SetFileName(o.name)
	if len(o.exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(o.exts))
	}
	if o.dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(o.dir)); err == nil {
			d.SetLocation(l)
		}
	}
	if o.size.IsZero() {
		o.size = fyne.NewSize(860, 560)
	}
	d.Resize(dialogSize(w, o.size))
	d.Show()
	// The dialog focuses its file name box when it opens (before escCloses puts its own in
	// view, which types into this one).
	name, _ = w.Canvas().Focused().(*widget.Entry)
	escCloses(w, d)
}

// savePath reads the error a save dialog reported when it could not make the file. Fyne's
// dialog joins whatever is typed in the file name box to the folder it shows, so a full path
// typed there ("/home/ana/out.pdf", `C:\Users\ana\out.pdf`) becomes a path inside that
// folder, which does not exist: the typed path is the one meant, used when its folder
// exists. A relative path into a folder that does not exist is an error naming that folder.
func savePath(typed string, err error) (string, error) {
	tr := appPrinter()
	typed = strings.TrimSpace(typed)
	var pe *fs.PathError
	if !errors.As(err, &pe) || !errors.Is(err, fs.ErrNotExist) {
		return "", wrapped(tr.T("ui.app.error.make_file"), err)
	}
	isDir := func(p string) bool { st, err := os.Stat(p); return err == nil && st.IsDir() }
	if typed != "" && filepath.IsAbs(typed) {
		p := filepath.Clean(typed)
		if !isDir(filepath.Dir(p)) {
			return "", errors.New(tr.T("ui.app.error.save_no_folder", "path", p, "folder", filepath.Dir(p)))
		}
		return p, nil
	}
	p := filepath.Clean(filepath.FromSlash(pe.Path))
	if dir := filepath.Dir(p); !isDir(dir) {
		return "", errors.New(tr.T("ui.app.error.save_no_folder_relative", "path", p, "folder", dir))
	}
	return "", wrapped(tr.T("ui.app.error.make_path", "path", p), err)
}
