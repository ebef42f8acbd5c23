package ui

import (
	"context"
	"errors"
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
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Restore from backup: the list of every copy the library knows (daily, on close, while
// editing, before an upgrade, set aside, made with Back up now), or a file the person
// chooses, and the restore itself, from the File menu and from the damaged-library window.

func (a *App) onRestore() {
	a.win.Show()
	a.win.RequestFocus() // from a plan window's Ctrl+Shift+B the list opens here, ready for keys
	if p := a.restorePicker; p != nil && p.d != nil && !p.d.closed {
		return // the list is open already: a second one would hide it
	}
	tr := a.tr()
	a.restorePicker = a.tools.showRestore(a.win, a.lib.Path(), func(b planner.BackupInfo) {
		path := a.lib.Path()
		a.closePlans()
		if lf, ok := a.lib.(libraryFile); ok {
			if err := lf.Close(); err != nil {
				showError(a.win, err)
			}
		}
		a.tools.runBusy(a.win, tr.T("ui.library.restoring"), func() func() {
			res, rerr := a.tools.files.Restore(context.Background(), path, b.Path, a.opt.Now)
			// Reopen whatever is at path now: the restored copy, or the library as it was.
			lib, err := a.tools.open(path)
			return func() {
				if err != nil {
					showError(a.win, errors.Join(rerr, wrapped(tr.T("ui.library.error.reopen"), err)))
					return
				}
				a.useLibrary(lib)
				report(a.win, tr, restoredMessage(tr, b, res), rerr)()
			}
		})
	})
}

// backupWhen is when a copy was written, with its weekday and time, in tr's language.
func backupWhen(tr *i18n.Printer, t time.Time) string {
	return longDateTime(tr, t.Local())
}

// restoredMessage tells what a restore did.
func restoredMessage(tr *i18n.Printer, b planner.BackupInfo, res planner.RestoreResult) string {
	msg := tr.N("ui.library.restored.text", res.Plans, "when", backupWhen(tr, b.Date))
	if res.SetAside != "" {
		msg += "\n\n" + tr.T("ui.library.restored.set_aside", "path", res.SetAside)
	}
	return msg
}

// restorePicker is the list of backups to restore from: a keyboard-driven dialog whose list
// has the focus when it opens (the arrows choose a copy), Enter restores the chosen copy
// (after the confirmation) and Esc closes it.
type restorePicker struct {
	backups []planner.BackupInfo
	chosen  int
	list    *restoreList
	note    *widget.Label
	// restore is the dialog's main button, "Restore…".
	restore *widget.Button
	// choose restores from a file the person picks instead (a copy kept elsewhere).
	choose *keyButton
	d      *keyDialog
}

// restoreList is the list of copies: the arrows choose a copy (widget.List's arrows only
// move a highlight that Space would choose), Enter restores the chosen one and Esc closes the
// dialog, as they do everywhere else in the dialog (widget.List keeps both to itself).
type restoreList struct {
	widget.List
	// move chooses the copy delta rows away from the chosen one.
	move func(delta int)
}

// TypedKey chooses with the arrows and hands Enter and Esc to the dialog.
func (l *restoreList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp:
		l.move(-1)
		return
	case fyne.KeyDown:
		l.move(1)
		return
	case fyne.KeyEscape:
		dialogKey(l, fyne.KeyEscape)
		return
	case fyne.KeyReturn, fyne.KeyEnter:
		dialogKey(l, fyne.KeyReturn)
		return
	}
	l.List.TypedKey(ev)
}

// backupTitle and backupDetail are a backup's two lines in the list.
func backupTitle(tr *i18n.Printer, b planner.BackupInfo) string {
	return tr.T("ui.library.backup.title", "when", backupWhen(tr, b.Date), "kind", b.Kind.In(tr), "size", b.SizeIn(tr))
}

func backupDetail(tr *i18n.Printer, b planner.BackupInfo) string {
	if b.Damaged != nil {
		return tr.T("ui.library.backup.damaged", "reason", errorSentence(b.Damaged))
	}
	plans := tr.N("ui.library.backup.plans", b.Plans)
	if b.Fewer {
		plans = tr.N("ui.library.backup.plans_fewer", b.Plans, "library", tr.Int(b.LibraryPlans))
	}
	if len(b.Newest) == 0 {
		return plans
	}
	names := strings.Join(b.Newest, ", ")
	if b.Plans > len(b.Newest) {
		names += ", …"
	}
	return tr.T("ui.library.backup.with_names", "plans", plans, "names", names)
}

// chooseNote is what the note under the list says of the chosen copy.
func chooseNote(tr *i18n.Printer, b planner.BackupInfo) string {
	msg := tr.T("ui.library.restore.note", "when", backupWhen(tr, b.Date))
	if b.Fewer {
		msg = tr.N("ui.library.restore.note_fewer", b.Plans, "library", tr.Int(b.LibraryPlans)) + " " + msg
	}
	return msg
}

// showRestore lists the backups of the library at path, newest first, with the newest of the
// fullest healthy copies chosen (planner.PreferredBackup: a copy with fewer plans is never
// chosen over a fuller one), and "Choose a file…" for a copy kept elsewhere; after a
// confirmation it calls restore with the chosen one.
func (t libraryTools) showRestore(w fyne.Window, path string, restore func(planner.BackupInfo)) *restorePicker {
	tr := t.tr()
	if t.files == nil {
		showError(w, errors.New(tr.T("ui.library.error.no_restore")))
		return nil
	}
	p := &restorePicker{chosen: -1, note: widget.NewLabel(tr.T("ui.library.restore.reading"))}
	p.note.Wrapping = fyne.TextWrapWord
	p.list = &restoreList{}
	p.list.Length = func() int { return len(p.backups) }
	p.list.CreateItem = func() fyne.CanvasObject {
		title := widget.NewLabel("")
		title.TextStyle.Bold = true
		title.Truncation = fyne.TextTruncateEllipsis
		detail := widget.NewLabel("")
		detail.Truncation = fyne.TextTruncateEllipsis
		return container.NewVBox(title, detail)
	}
	p.list.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		b := p.backups[id]
		box := o.(*fyne.Container)
		box.Objects[0].(*widget.Label).SetText(backupTitle(tr, b))
		box.Objects[1].(*widget.Label).SetText(backupDetail(tr, b))
		if b.Damaged != nil {
			box.Objects[0].(*widget.Label).Importance = widget.DangerImportance
		} else {
			box.Objects[0].(*widget.Label).Importance = widget.MediumImportance
		}
	}
	p.list.move = func(delta int) {
		i := p.chosen + delta
		if p.chosen < 0 {
			i = 0
		}
		if i >= 0 && i < len(p.backups) {
			p.list.Select(i)
			p.list.ScrollTo(i)
		}
	}
	p.list.ExtendBaseWidget(p.list)
	p.list.OnSelected = func(id widget.ListItemID) {
		p.chosen = id
		if p.backups[id].Damaged != nil {
			p.restore.Disable()
			p.note.SetText(tr.T("ui.library.restore.damaged_chosen"))
			return
		}
		p.restore.Enable()
		p.note.SetText(chooseNote(tr, p.backups[id]))
	}
	// confirm asks before restoring b; Cancel goes back to the list.
	confirm := func(b planner.BackupInfo) {
		text := tr.T("ui.library.restore.confirm", "when", backupWhen(tr, b.Date), "detail", backupDetail(tr, b))
		c := newKeyDialog(w, tr.T("ui.library.restore.confirm_title"), wrapLabel(text),
			tr.T("ui.library.restore.confirm_ok"), tr.T("ui.app.cancel"), func(yes bool) {
				if !yes {
					p.d.Show()
					return
				}
				restore(b)
			})
		c.Resize(dialogSize(w, fyne.NewSize(520, 240)))
		c.Show()
	}
	p.choose = newKeyButton(tr.T("ui.library.restore.choose"), func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			chosen := filepath.FromSlash(r.URI().Path()) // Windows: C:\Users\…, not C:/Users/…
			r.Close()
			b := t.files.Inspect(context.Background(), chosen)
			if b.Damaged != nil {
				showError(w, wrapped(tr.T("ui.library.error.cannot_restore", "path", chosen), b.Damaged))
				return
			}
			p.d.closedNow()
			p.d.d.Hide()
			confirm(b)
		}, w)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".sqlite"}))
		d.Show()
		escCloses(w, d)
	})
	head := widget.NewLabel(tr.T("ui.library.restore.head", "path", path))
	head.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(head, container.NewVBox(p.note, container.NewHBox(p.choose, layout.NewSpacer())), nil, nil, p.list)
	// The damaged-library window is small; the list needs room.
	if sz := w.Canvas().Size(); sz.Width < 800 || sz.Height < 540 {
		w.Resize(fyne.NewSize(max(sz.Width, 800), max(sz.Height, 540)))
	}
	p.d = newKeyDialog(w, tr.T("ui.library.restore.title"), content, tr.T("ui.library.restore.ok"), tr.T("ui.app.cancel"), func(ok bool) {
		if ok && p.chosen >= 0 && p.backups[p.chosen].Damaged == nil {
			confirm(p.backups[p.chosen])
		}
	})
	p.restore = &p.d.confirm.Button
	p.restore.Disable()
	p.d.first = p.list
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
				p.note.SetText(tr.T("ui.library.restore.none"))
			} else {
				p.note.SetText(tr.T("ui.library.restore.all_damaged"))
			}
		})
	})
	return p
}

// restoreAction is what the damaged-library window's "Restore from backup…" does: it
// restores the library at path, then opens it with open and closes the window.
func (t libraryTools) restoreAction(a fyne.App, w fyne.Window, path string, open func(path string) error) func() {
	tr := t.tr()
	return func() {
		t.showRestore(w, path, func(b planner.BackupInfo) {
			t.runBusy(w, tr.T("ui.library.restoring"), func() func() {
				res, err := t.files.Restore(context.Background(), path, b.Path, t.now)
				return func() {
					if err != nil {
						showError(w, err)
						return
					}
					if err := open(path); err != nil {
						showError(w, wrapped(tr.T("ui.library.error.open_restored"), err))
						return
					}
					for _, win := range a.Driver().AllWindows() {
						if win != w && strings.HasSuffix(win.Title(), appTitle) {
							showMessage(win, tr, tr.T("ui.library.restored.title"), restoredMessage(tr, b, res))
						}
					}
					// Hidden, not closed: it was the master window, and closing a master
					// window ends the app.
					w.Hide()
				}
			})
		})
	}
}
