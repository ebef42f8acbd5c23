package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// The File menu's library items: open, recent, new, back up now; switching the home window
// to another library.

// libraryItems are the File menu's items for the library as a whole.
func (a *App) libraryItems() []*fyne.MenuItem {
	tr := a.tr()
	open := fyne.NewMenuItem(tr.T("ui.library.menu.open"), a.onOpenLibrary)
	recent := fyne.NewMenuItem(tr.T("ui.library.menu.recent"), nil)
	var recentItems []*fyne.MenuItem
	for _, p := range recentLibraries(a.fa, a.lib.Path()) {
		recentItems = append(recentItems, fyne.NewMenuItem(p, func() { a.switchTo(p) }))
	}
	if len(recentItems) == 0 {
		recent.Disabled = true
	} else {
		recent.ChildMenu = fyne.NewMenu("", recentItems...)
	}
	fresh := fyne.NewMenuItem(tr.T("ui.library.menu.new"), a.onNewLibrary)
	// Back up now and Restore have shortcuts (shown in the menu) for the keyboard: Fyne's
	// menus do not open from the keyboard on every system.
	backup := fyne.NewMenuItem(tr.T("ui.library.menu.backup"), a.onBackupNow)
	backup.Shortcut = shortcut(fyne.KeyB, 0)
	restore := fyne.NewMenuItem(tr.T("ui.library.menu.restore"), a.onRestore)
	restore.Shortcut = shortcut(fyne.KeyB, fyne.KeyModifierShift)
	return []*fyne.MenuItem{open, recent, fresh, fyne.NewMenuItemSeparator(), backup, restore, fyne.NewMenuItemSeparator()}
}

// libraryShown runs when the home window shows a library: it is remembered, and a library on
// a network share or in a synced folder gets its warning.
func (a *App) libraryShown() {
	path := a.lib.Path()
	rememberLibrary(a.fa, path)
	if where := planner.SharedLocation(path); where != "" {
		tr := a.tr()
		where = placeIn(tr, where)
		k := showMessage(a.win, tr, tr.T("ui.library.shared.title", "where", where), sharedWarning(tr, path, where))
		k.Resize(dialogSize(a.win, fyne.NewSize(560, 300)))
	}
}

// sharedWarning explains why a library should not live on a share or in a synced folder.
// where is planner.SharedLocation's name of the place ("Dropbox", "a network share"), shown
// as it is.
func sharedWarning(tr *i18n.Printer, path, where string) string {
	return tr.T("ui.library.shared.text", "path", path, "where", where)
}

// placeIn words planner.SharedLocation's place in tr's language; the names of sync services
// (Dropbox, OneDrive…) stay as they are.
func placeIn(tr *i18n.Printer, where string) string {
	switch where {
	case "a network share":
		return tr.T("ui.library.shared.network")
	case "a cloud-synced folder":
		return tr.T("ui.library.shared.cloud")
	}
	return where
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
		title = a.tr().T("ui.library.window_title", "file", filepath.Base(p), "folder", filepath.Dir(p), "app", appTitle)
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
		showError(a.win, wrapped(a.tr().T("ui.library.error.open", "path", path), err))
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
	tr := a.tr()
	showFileForm(a.win, a.fileDrafts, tr.T("ui.library.new.title"), tr.T("ui.library.new.ok"), documentsFolder(), "library.db", func(path string) error {
		if _, err := os.Lstat(path); err == nil {
			return errors.New(tr.T("ui.library.new.exists", "path", path))
		}
		if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
			return errors.New(tr.T("ui.library.error.no_folder", "folder", filepath.Dir(path)))
		}
		a.switchTo(path)
		return nil
	})
}

func (a *App) onBackupNow() {
	a.win.Show()
	a.win.RequestFocus() // from a plan window's Ctrl+B the form opens here, ready for keys
	lf, ok := a.lib.(libraryFile)
	if !ok {
		return
	}
	tr := a.tr()
	folder := a.fa.Preferences().StringWithFallback(backupPref, documentsFolder())
	base := filepath.Base(lf.Path())
	name := strings.TrimSuffix(base, filepath.Ext(base)) + "-backup-" + a.opt.Now().Format("2006-01-02") + ".db"
	showFileForm(a.win, a.fileDrafts, tr.T("ui.library.backup_now.title"), tr.T("ui.library.backup_now.ok"), folder, name, func(dest string) error {
		if fi, err := os.Stat(filepath.Dir(dest)); err != nil || !fi.IsDir() {
			return errors.New(tr.T("ui.library.error.no_folder", "folder", filepath.Dir(dest)))
		}
		run := func() {
			a.fa.Preferences().SetString(backupPref, filepath.Dir(dest))
			a.tools.runBusy(a.win, tr.T("ui.library.backup_now.busy"), func() func() {
				err := lf.Backup(context.Background(), dest)
				return report(a.win, tr, tr.T("ui.library.backup_now.done", "path", dest), err)
			})
		}
		if _, err := os.Stat(dest); err == nil {
			askYesNo(a.win, tr, tr.T("ui.library.replace.title"), tr.T("ui.library.replace.text", "path", dest),
				tr.T("ui.app.yes"), tr.T("ui.app.no"), func(yes bool) {
					if yes {
						run()
					}
				})
			return nil
		}
		run()
		return nil
	})
}
