package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// Restore from backup: the list of every copy the library knows (daily, on close, while
// editing, before an upgrade, set aside, made with Back up now), or a file the person
// chooses, and the restore itself, from the File menu and from the damaged-library window.

func (a *App) onRestore() {
	a.win.Show()
	a.restorePicker = a.tools.showRestore(a.win, a.lib.Path(), func(b planner.BackupInfo) {
		path := a.lib.Path()
		a.closePlans()
		if lf, ok := a.lib.(libraryFile); ok {
			if err := lf.Close(); err != nil {
				showError(a.win, err)
			}
		}
		a.tools.runBusy(a.win, "Restoring the library…", func() func() {
			res, rerr := a.tools.files.Restore(context.Background(), path, b.Path, a.opt.Now)
			// Reopen whatever is at path now: the restored copy, or the library as it was.
			lib, err := a.tools.open(path)
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
	msg := fmt.Sprintf("%s restored from the copy of %s.", planner.Count(res.Plans, "plan", "plans"), b.Date.Local().Format("Mon 2 Jan 2006 15:04"))
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
	// choose restores from a file the person picks instead (a copy kept elsewhere).
	choose *widget.Button
	d      *dialog.CustomDialog
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
	if b.Fewer {
		plans += fmt.Sprintf(" (fewer than the %d the library had)", b.LibraryPlans)
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

// chooseNote is what the note under the list says of the chosen copy.
func chooseNote(b planner.BackupInfo) string {
	msg := fmt.Sprintf("Restore the copy of %s. The library as it is now is kept beside it, not deleted.",
		b.Date.Local().Format("Mon 2 Jan 2006 15:04"))
	if b.Fewer {
		msg = fmt.Sprintf("This copy holds %s, fewer than the %d the library had: restoring it loses the others. ",
			planner.Count(b.Plans, "plan", "plans"), b.LibraryPlans) + msg
	}
	return msg
}

// showRestore lists the backups of the library at path, newest first, with the newest of the
// fullest healthy copies chosen (planner.PreferredBackup: a copy with fewer plans is never
// chosen over a fuller one), and "Choose a file…" for a copy kept elsewhere; after a
// confirmation it calls restore with the chosen one.
func (t libraryTools) showRestore(w fyne.Window, path string, restore func(planner.BackupInfo)) *restorePicker {
	if t.files == nil {
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
		p.note.SetText(chooseNote(p.backups[id]))
	}
	confirm := func(b planner.BackupInfo) {
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
	}
	cancel := widget.NewButton("Cancel", func() { p.d.Hide() })
	p.restore = widget.NewButton("Restore…", func() {
		if p.chosen < 0 || p.backups[p.chosen].Damaged != nil {
			return
		}
		confirm(p.backups[p.chosen])
	})
	p.restore.Importance = widget.HighImportance
	p.restore.Disable()
	p.choose = widget.NewButton("Choose a file…", func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			chosen := filepath.FromSlash(r.URI().Path()) // Windows: C:\Users\…, not C:/Users/…
			r.Close()
			b := t.files.Inspect(context.Background(), chosen)
			if b.Damaged != nil {
				showError(w, fmt.Errorf("%s cannot be restored: %w", chosen, b.Damaged))
				return
			}
			confirm(b)
		}, w)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".sqlite"}))
		d.Show()
	})
	head := widget.NewLabel("Copies of " + path + ", newest first")
	head.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(head, container.NewVBox(p.note, container.NewHBox(p.choose, layout.NewSpacer(), cancel, p.restore)), nil, nil, p.list)
	// The damaged-library window is small; the list needs room.
	if sz := w.Canvas().Size(); sz.Width < 800 || sz.Height < 540 {
		w.Resize(fyne.NewSize(max(sz.Width, 800), max(sz.Height, 540)))
	}
	p.d = dialog.NewCustomWithoutButtons("Restore from backup", content, w)
	p.d.Resize(fyne.NewSize(760, 480))
	p.d.Show()
	t.background(func() {
		list, err := t.files.Backups(context.Background(), path)
		fyne.Do(func() {
			if err != nil {
				p.note.SetText(errorSentence(err))
				return
			}
			p.backups = list
			p.list.Refresh()
			if i := planner.PreferredBackup(list); i >= 0 {
				p.list.Select(i)
				return
			}
			if len(list) == 0 {
				p.note.SetText("No copies of this library were found. The app copies it each day it is opened and when it closes after edits, in the backups folder beside it. If you kept a copy elsewhere, use Choose a file….")
			} else {
				p.note.SetText("Every copy found is damaged; none can be restored. If you kept a copy elsewhere, use Choose a file….")
			}
		})
	})
	return p
}

// restoreButton is the damaged-library window's "Restore from backup…": it restores the
// library at path, then opens it with open and closes the window.
func (t libraryTools) restoreButton(a fyne.App, w fyne.Window, path string, open func(path string) error) *widget.Button {
	return widget.NewButton("Restore from backup…", func() {
		t.showRestore(w, path, func(b planner.BackupInfo) {
			t.runBusy(w, "Restoring the library…", func() func() {
				res, err := t.files.Restore(context.Background(), path, b.Path, t.now)
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
						if win != w && strings.HasSuffix(win.Title(), appTitle) {
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
