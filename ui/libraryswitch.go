package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/coplaunch/coplaunch/planner"
)

// The File menu's library items: open, recent, new, back up now; switching the home window
// to another library.

// libraryItems are the File menu's items for the library as a whole.
func (a *App) libraryItems() []*fyne.MenuItem {
	open := fyne.NewMenuItem("Open library…", a.onOpenLibrary)
	recent := fyne.NewMenuItem("Open recent library", nil)
	var recentItems []*fyne.MenuItem
	for _, p := range recentLibraries(a.fa, a.lib.Path()) {
		recentItems = append(recentItems, fyne.NewMenuItem(p, func() { a.switchTo(p) }))
	}
	if len(recentItems) == 0 {
		recent.Disabled = true
	} else {
		recent.ChildMenu = fyne.NewMenu("", recentItems...)
	}
	fresh := fyne.NewMenuItem("New library…", a.onNewLibrary)
	backup := fyne.NewMenuItem("Back up now…", a.onBackupNow)
	restore := fyne.NewMenuItem("Restore from backup…", a.onRestore)
	return []*fyne.MenuItem{open, recent, fresh, fyne.NewMenuItemSeparator(), backup, restore, fyne.NewMenuItemSeparator()}
}

// libraryShown runs when the home window shows a library: it is remembered, and a library on
// a network share or in a synced folder gets its warning.
func (a *App) libraryShown() {
	path := a.lib.Path()
	rememberLibrary(a.fa, path)
	if where := planner.SharedLocation(path); where != "" {
		dialog.ShowInformation("This library is in "+where, sharedWarning(path, where), a.win)
	}
}

// sharedWarning explains why a library should not live on a share or in a synced folder.
func sharedWarning(path, where string) string {
	return fmt.Sprintf("The plan library %s is in %s.\n\n"+
		"The library is a database file, and the locking that keeps two windows or two computers "+
		"from writing it at the same time does not work reliably there: edits can be lost or the "+
		"file damaged when it is changed from two places or synced half-written.\n\n"+
		"Keep the library in a folder on this computer (File > New library…), and share a plan "+
		"with colleagues as a plan file (Export plan file… on the home screen) instead.", path, where)
}

// CloseLibrary saves every open plan and closes the library; call it when the app ends. An
// app whose library never opened (it was open in another window) has nothing to close.
func (a *App) CloseLibrary() error {
	if a.home != nil && a.home.clients != nil {
		a.home.clients.flush()
	}
	for _, z := range a.wizards {
		z.s.flush()
	}
	if lf, ok := a.lib.(libraryFile); ok {
		return lf.Close()
	}
	return nil
}

// closePlans saves and closes every plan window.
func (a *App) closePlans() {
	if a.home.clients != nil {
		a.home.clients.flush() // a client being typed belongs to the library being left
	}
	for id := range a.wizards {
		a.closePlan(id)
	}
}

// useLibrary shows lib in the home window in place of the current one.
func (a *App) useLibrary(lib Library) {
	a.lib = lib
	a.home.deleted = nil
	a.home.showUndo()
	a.home.selected = 0
	a.home.reload()
	a.win.SetMainMenu(a.menu(nil))
	a.showLibraryTitle()
	a.libraryShown()
}

// showLibraryTitle names the library's file in the home window's title when it is not the
// one the app was asked to open (Options.Library): after Open library…, a recent library or
// "Open another library…" from the damaged-library window, the window says which file it
// shows.
func (a *App) showLibraryTitle() {
	title := appTitle
	if p := a.lib.Path(); a.opt.Library != "" && !samePath(p, a.opt.Library) {
		title = filepath.Base(p) + " (" + filepath.Dir(p) + ") — " + appTitle
	}
	a.win.SetTitle(title)
}

// samePath reports whether a and b name the same file path once made absolute.
func samePath(a, b string) bool {
	if x, err := filepath.Abs(a); err == nil {
		a = x
	}
	if x, err := filepath.Abs(b); err == nil {
		b = x
	}
	return filepath.Clean(a) == filepath.Clean(b)
}

// switchTo opens the library at path in place of the current one. The new library is opened
// before the current one is closed, so a library that cannot be opened changes nothing.
func (a *App) switchTo(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if path == a.lib.Path() || !a.plansClosed(path, func() { a.switchTo(path) }) {
		return
	}
	lib, err := a.tools.open(path)
	if err != nil {
		showError(a.win, fmt.Errorf("could not open the library %s: %w", path, err))
		return
	}
	a.closePlans()
	if lf, ok := a.lib.(libraryFile); ok {
		if err := lf.Close(); err != nil {
			showError(a.win, err)
		}
	}
	a.useLibrary(lib)
}

func (a *App) onOpenLibrary() {
	a.win.Show()
	pickFile(a.win, []string{".db", ".sqlite"}, func(rc fyne.URIReadCloser) error {
		path := rc.URI().Path()
		fyne.Do(func() { a.switchTo(path) })
		return nil
	})
}

func (a *App) onNewLibrary() {
	a.win.Show()
	showFileForm(a.win, a.fileDrafts, "New library", "Create", documentsFolder(), "library.db", func(path string) error {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s already exists: choose another name, or File > Open library… to open it", path)
		}
		if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
			return fmt.Errorf("the folder %s does not exist", filepath.Dir(path))
		}
		a.switchTo(path)
		return nil
	})
}

func (a *App) onBackupNow() {
	a.win.Show()
	lf, ok := a.lib.(libraryFile)
	if !ok {
		return
	}
	folder := a.fa.Preferences().StringWithFallback(backupPref, documentsFolder())
	base := filepath.Base(lf.Path())
	name := strings.TrimSuffix(base, filepath.Ext(base)) + "-backup-" + a.opt.Now().Format("2006-01-02") + ".db"
	showFileForm(a.win, a.fileDrafts, "Back up the library", "Back up", folder, name, func(dest string) error {
		if fi, err := os.Stat(filepath.Dir(dest)); err != nil || !fi.IsDir() {
			return fmt.Errorf("the folder %s does not exist", filepath.Dir(dest))
		}
		run := func() {
			a.fa.Preferences().SetString(backupPref, filepath.Dir(dest))
			a.tools.runBusy(a.win, "Backing up the library…", func() func() {
				err := lf.Backup(context.Background(), dest)
				return report(a.win, "The library was copied to "+dest+".", err)
			})
		}
		if _, err := os.Stat(dest); err == nil {
			dialog.ShowConfirm("Replace the file?", dest+" exists. Replace it with this backup?", func(yes bool) {
				if yes {
					run()
				}
			}, a.win)
			return nil
		}
		run()
		return nil
	})
}
