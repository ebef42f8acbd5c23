package ui

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// libraryFile is what switching, backing up and restoring need of a library beyond Library;
// the store's libraries have it.
type libraryFile interface {
	Library
	Close() error
	Backup(ctx context.Context, dest string) error
}

// LibraryFiles is what the File menu and the damaged-library window need to open, list the
// backups of and restore library files. The store provides it; cmd passes it in
// Options.Files.
type LibraryFiles interface {
	// Open opens the library at path (creating it when missing) for this app, holding the
	// one-window lock; the Library it returns has Close and Backup.
	Open(path string) (Library, error)
	// Backups lists the library's backups, newest first, each read without changing it.
	Backups(ctx context.Context, path string) ([]planner.BackupInfo, error)
	// Inspect reads one file the person chose as a backup would be listed.
	Inspect(ctx context.Context, path string) planner.BackupInfo
	// Restore replaces the library at path (closed) with the backup, setting it aside first.
	Restore(ctx context.Context, path, backup string, now func() time.Time) (planner.RestoreResult, error)
}

// libraryTools opens, lists and restores library files and runs the slow part of that work
// off the UI goroutine. The App holds one; the damaged-library window, shown before any App
// exists, makes its own from the same Options.
type libraryTools struct {
	files LibraryFiles
	// background runs slow work (reading backups, copying a library); its end reports back
	// through fyne.Do. Tests make it run at once.
	background func(func())
	now        func() time.Time
	// tr is the printer of the app's language, asked each time so that a changed Language
	// setting is followed.
	tr func() *i18n.Printer
}

// newLibraryTools reads the tools from the options.
func newLibraryTools(opt Options) libraryTools {
	t := libraryTools{files: opt.Files, background: opt.Background, now: opt.Now, tr: appPrinter}
	if t.background == nil {
		t.background = func(f func()) { go f() }
	}
	if t.now == nil {
		t.now = time.Now
	}
	return t
}

// open opens a library file for the app.
func (t libraryTools) open(path string) (Library, error) {
	if t.files == nil {
		return nil, errors.New(t.tr().T("ui.library.error.no_open"))
	}
	return t.files.Open(path)
}

// runBusy runs work in the background behind a progress bar; the function work returns then
// runs on the UI goroutine.
func (t libraryTools) runBusy(w fyne.Window, title string, work func() func()) {
	bar := widget.NewProgressBarInfinite()
	busy := dialog.NewCustomWithoutButtons(title, bar, w)
	busy.Show()
	t.background(func() {
		then := work()
		fyne.Do(func() {
			bar.Stop()
			busy.Hide()
			then()
		})
	})
}

// report shows a finished task's message or error.
func report(w fyne.Window, tr *i18n.Printer, msg string, err error) func() {
	return func() {
		if err != nil {
			showError(w, err)
			return
		}
		showMessage(w, tr, tr.T("ui.library.done"), msg)
	}
}
