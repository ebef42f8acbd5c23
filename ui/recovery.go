package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// libraryFile is what switching, backing up and restoring need of a library beyond Library;
// the store's libraries have it.
type libraryFile interface {
	Library
	Close() error
	Backup(ctx context.Context, dest string) error
}

// LibraryFiles is what the File menu needs to open, list the backups of and restore library
// files. The store provides it; cmd wires it in with SetLibraryFiles.
type LibraryFiles interface {
	// Open opens the library at path (creating it when missing) for this app, holding the
	// one-window lock; the Library it returns has Close and Backup.
	Open(path string) (Library, error)
	// Backups lists the library's backups, newest first, each read without changing it.
	Backups(ctx context.Context, path string) ([]planner.BackupInfo, error)
	// Restore replaces the library at path (closed) with the backup, setting it aside first.
	Restore(ctx context.Context, path, backup string, now func() time.Time) (planner.RestoreResult, error)
}

// files opens, lists and restores library files; see SetLibraryFiles.
var files LibraryFiles

// SetLibraryFiles gives the GUI its way to open, back up and restore library files. Call it
// before New or ShowOpenProblem.
func SetLibraryFiles(f LibraryFiles) { files = f }

// openLibrary opens a library file for the app.
func openLibrary(path string) (Library, error) {
	if files == nil {
		return nil, errors.New("opening library files is not available")
	}
	return files.Open(path)
}

// inBackground runs slow work (reading backups, copying a library) off the UI goroutine; its
// end reports back through fyne.Do. Tests make it run at once.
var inBackground = func(f func()) { go f() }

// recentPref is the preference holding the recently opened libraries, newest first.
const (
	recentPref = "recentLibraries"
	recentMax  = 6
	backupPref = "backupFolder"
)

// rememberLibrary puts path first in the recent libraries.
func rememberLibrary(a fyne.App, path string) {
	list := []string{path}
	for _, p := range a.Preferences().StringList(recentPref) {
		if p != path && len(list) < recentMax {
			list = append(list, p)
		}
	}
	a.Preferences().SetStringList(recentPref, list)
}

// recentLibraries lists the remembered libraries other than current that still exist.
func recentLibraries(a fyne.App, current string) []string {
	var out []string
	for _, p := range a.Preferences().StringList(recentPref) {
		if p == current {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

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

// CloseLibrary saves every open plan and closes the library; call it when the app ends.
func (a *App) CloseLibrary() error {
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
	a.libraryShown()
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
	lib, err := openLibrary(path)
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

// fileForm asks for a folder and a file name in one dialog: Fyne's save dialog creates (and
// so empties) the file it returns, which must never happen to a library.
type fileForm struct {
	folder, name *widget.Entry
	ok           *widget.Button
	d            *dialog.CustomDialog
}

func showFileForm(w fyne.Window, title, okText, folder, name string, done func(path string) error) *fileForm {
	f := &fileForm{folder: widget.NewEntry(), name: widget.NewEntry()}
	f.folder.SetText(folder)
	f.name.SetText(name)
	choose := widget.NewButton("Choose…", func() {
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
	})
	form := widget.NewForm(
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, choose, f.folder)),
		widget.NewFormItem("File name", f.name))
	cancel := widget.NewButton("Cancel", func() { f.d.Hide() })
	f.ok = widget.NewButton(okText, func() {
		name := strings.TrimSpace(f.name.Text)
		if name == "" || strings.ContainsAny(name, `/\`) {
			showError(w, errors.New("give a file name without a folder"))
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

func (a *App) onNewLibrary() {
	a.win.Show()
	showFileForm(a.win, "New library", "Create", documentsFolder(), "library.db", func(path string) error {
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
	showFileForm(a.win, "Back up the library", "Back up", folder, name, func(dest string) error {
		if fi, err := os.Stat(filepath.Dir(dest)); err != nil || !fi.IsDir() {
			return fmt.Errorf("the folder %s does not exist", filepath.Dir(dest))
		}
		run := func() {
			a.fa.Preferences().SetString(backupPref, filepath.Dir(dest))
			runBusy(a.win, "Backing up the library…", func() func() {
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

// runBusy runs work in the background behind a progress bar; the function work returns then
// runs on the UI goroutine.
func runBusy(w fyne.Window, title string, work func() func()) {
	bar := widget.NewProgressBarInfinite()
	busy := dialog.NewCustomWithoutButtons(title, bar, w)
	busy.Show()
	inBackground(func() {
		then := work()
		fyne.Do(func() {
			bar.Stop()
			busy.Hide()
			then()
		})
	})
}

// report shows a finished task's message or error.
func report(w fyne.Window, msg string, err error) func() {
	return func() {
		if err != nil {
			showError(w, err)
			return
		}
		dialog.ShowInformation("Done", msg, w)
	}
}

func (a *App) onRestore() {
	a.win.Show()
	a.restorePicker = showRestore(a.win, a.lib.Path(), func(b planner.BackupInfo) {
		path := a.lib.Path()
		a.closePlans()
		if lf, ok := a.lib.(libraryFile); ok {
			if err := lf.Close(); err != nil {
				showError(a.win, err)
			}
		}
		runBusy(a.win, "Restoring the library…", func() func() {
			res, rerr := files.Restore(context.Background(), path, b.Path, a.opt.Now)
			// Reopen whatever is at path now: the restored copy, or the library as it was.
			lib, err := openLibrary(path)
			return func() {
				if err != nil {
					showError(a.win, errors.Join(rerr, fmt.Errorf("reopen the library: %w", err)))
					return
				}
				a.useLibrary(lib)
				report(a.win, restoredMessage(b, res), rerr)()
			}
		})
	})
}

// restoredMessage tells what a restore did.
func restoredMessage(b planner.BackupInfo, res planner.RestoreResult) string {
	msg := fmt.Sprintf("%d plans were restored from the copy of %s.", res.Plans, b.Date.Local().Format("Mon 2 Jan 2006 15:04"))
	if res.SetAside != "" {
		msg += "\n\nThe library as it was before has been kept, not deleted:\n" + res.SetAside
	}
	return msg
}

// restorePicker is the list of backups to restore from.
type restorePicker struct {
	backups []planner.BackupInfo
	chosen  int
	list    *widget.List
	note    *widget.Label
	restore *widget.Button
	d       *dialog.CustomDialog
}

// backupTitle and backupDetail are a backup's two lines in the list.
func backupTitle(b planner.BackupInfo) string {
	return fmt.Sprintf("%s · %s · %s", b.Date.Local().Format("Mon 2 Jan 2006 15:04"), b.Kind, b.SizeLabel())
}

func backupDetail(b planner.BackupInfo) string {
	if b.Damaged != nil {
		return "Damaged, cannot be restored: " + errorSentence(b.Damaged)
	}
	plans := fmt.Sprintf("%d plans", b.Plans)
	if b.Plans == 1 {
		plans = "1 plan"
	}
	if len(b.Newest) == 0 {
		return plans
	}
	more := ""
	if b.Plans > len(b.Newest) {
		more = ", …"
	}
	return plans + ": " + strings.Join(b.Newest, ", ") + more
}

// showRestore lists the backups of the library at path, newest first with the newest healthy
// one chosen, and after a confirmation calls restore with the chosen one.
func showRestore(w fyne.Window, path string, restore func(planner.BackupInfo)) *restorePicker {
	if files == nil {
		showError(w, errors.New("restoring backups is not available"))
		return nil
	}
	p := &restorePicker{chosen: -1, note: widget.NewLabel("Reading the backups…")}
	p.note.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(func() int { return len(p.backups) }, func() fyne.CanvasObject {
		title := widget.NewLabel("")
		title.TextStyle.Bold = true
		title.Truncation = fyne.TextTruncateEllipsis
		detail := widget.NewLabel("")
		detail.Truncation = fyne.TextTruncateEllipsis
		return container.NewVBox(title, detail)
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		b := p.backups[id]
		box := o.(*fyne.Container)
		box.Objects[0].(*widget.Label).SetText(backupTitle(b))
		box.Objects[1].(*widget.Label).SetText(backupDetail(b))
		if b.Damaged != nil {
			box.Objects[0].(*widget.Label).Importance = widget.DangerImportance
		} else {
			box.Objects[0].(*widget.Label).Importance = widget.MediumImportance
		}
	})
	p.list.OnSelected = func(id widget.ListItemID) {
		p.chosen = id
		if p.backups[id].Damaged != nil {
			p.restore.Disable()
			p.note.SetText("This copy is damaged and cannot be restored. Choose another.")
			return
		}
		p.restore.Enable()
		p.note.SetText(fmt.Sprintf("Restore the copy of %s. The library as it is now is kept beside it, not deleted.",
			p.backups[id].Date.Local().Format("Mon 2 Jan 2006 15:04")))
	}
	cancel := widget.NewButton("Cancel", func() { p.d.Hide() })
	p.restore = widget.NewButton("Restore…", func() {
		if p.chosen < 0 || p.backups[p.chosen].Damaged != nil {
			return
		}
		b := p.backups[p.chosen]
		c := dialog.NewConfirm("Restore this backup?", fmt.Sprintf("Replace the plan library with the copy of %s (%s)?\n\n"+
			"Open plan windows close first. The library as it is now is kept as a separate file "+
			"beside it and is not deleted.", b.Date.Local().Format("Mon 2 Jan 2006 15:04"), backupDetail(b)), func(yes bool) {
			if !yes {
				return
			}
			p.d.Hide()
			restore(b)
		}, w)
		c.SetConfirmText("Restore")
		c.SetDismissText("Cancel")
		c.Show()
	})
	p.restore.Importance = widget.HighImportance
	p.restore.Disable()
	head := widget.NewLabel("Backups of " + path)
	head.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(head, container.NewVBox(p.note, container.NewHBox(layout.NewSpacer(), cancel, p.restore)), nil, nil, p.list)
	// The damaged-library window is small; the list needs room.
	if sz := w.Canvas().Size(); sz.Width < 800 || sz.Height < 540 {
		w.Resize(fyne.NewSize(max(sz.Width, 800), max(sz.Height, 540)))
	}
	p.d = dialog.NewCustomWithoutButtons("Restore from backup", content, w)
	p.d.Resize(fyne.NewSize(760, 480))
	p.d.Show()
	inBackground(func() {
		list, err := files.Backups(context.Background(), path)
		fyne.Do(func() {
			if err != nil {
				p.note.SetText(errorSentence(err))
				return
			}
			p.backups = list
			p.list.Refresh()
			for i, b := range list {
				if b.Damaged == nil {
					p.list.Select(i)
					return
				}
			}
			if len(list) == 0 {
				p.note.SetText("No backups of this library were found. The app takes one each day the library is opened, in the backups folder beside it.")
			} else {
				p.note.SetText("Every backup found is damaged; none can be restored.")
			}
		})
	})
	return p
}

// restoreButton is the damaged-library window's "Restore from backup…": it restores the
// library at path, then opens it with open and closes the window.
func restoreButton(a fyne.App, w fyne.Window, path string, open func(path string) error) *widget.Button {
	return widget.NewButton("Restore from backup…", func() {
		showRestore(w, path, func(b planner.BackupInfo) {
			runBusy(w, "Restoring the library…", func() func() {
				res, err := files.Restore(context.Background(), path, b.Path, time.Now)
				return func() {
					if err != nil {
						showError(w, err)
						return
					}
					if err := open(path); err != nil {
						showError(w, fmt.Errorf("could not open the restored library: %w", err))
						return
					}
					for _, win := range a.Driver().AllWindows() {
						if win != w && win.Title() == "CoP Launch Planner" {
							dialog.ShowInformation("Restored", restoredMessage(b, res), win)
						}
					}
					// Hidden, not closed: it was the master window, and closing a master
					// window ends the app.
					w.Hide()
				}
			})
		})
	})
}
