package ui

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/planfile"
)

// sortChoices are the home list's sort options: the catalogue key of the words shown, the
// sort key, and whether it sorts descending (most recent or most advanced first). The select
// shows the words in the window's language; the choice is read back by its position, never
// by its words.
var sortChoices = []struct {
	label string
	key   planner.SortKey
	desc  bool
}{
	{"ui.home.sort.updated", planner.SortUpdated, true},
	{"ui.home.sort.name", planner.SortName, false},
	{"ui.home.sort.client", planner.SortClient, false},
	{"ui.home.sort.progress", planner.SortProgress, true},
}

// deletedPlan is a plan deleted in this session, which Undo can bring back.
type deletedPlan struct {
	id   int64
	name string
}

// home is the plan library screen.
type home struct {
	app *App
	w   fyne.Window
	// tr words the screen in the app's language.
	tr *i18n.Printer

	rows     []planner.PlanSummary
	selected int64 // plan ID, 0 when none
	deleted  []deletedPlan

	search   *widget.Entry
	sort     *widget.Select
	archived *widget.Check
	list     *widget.List
	plans    *planList // the list's widget, which opens a plan on Enter
	count    *widget.Label

	newBtn, openBtn, dupBtn, renameBtn, archiveBtn, deleteBtn, importBtn, exportBtn *widget.Button
	undoBtn                                                                         *widget.Button
	undoNote                                                                        *widget.Label
	undoBar                                                                         *fyne.Container

	// The New plan dialog, kept for tests.
	newDialog     *keyDialog
	newName       *keyEntry
	newClient     *keyEntry
	newPreparedBy *keyEntry
	newTemplate   *keySelect
	newPreset     *keySelect
	newLang       *keySelect // the new plan's language

	// Clients: the manager, and the menu that makes a plan for a client in two clicks.
	clientsBtn *widget.Button
	forClient  *widget.Select
	clients    *clientsPanel
	// newDraft is what a cancelled New plan dialog held, shown again by the next one.
	newDraft *newPlanInfo

	// confirm and ask are dialogs that tests replace to answer them.
	confirm func(msg string, ok func())
	ask     func(title, initial string, ok func(string))

	// The welcome shown while the library is empty, and its buttons.
	welcomeBox                fyne.CanvasObject
	welcomeNew, welcomeSample *widget.Button

	obj fyne.CanvasObject
}

// newHome builds the library screen.
func newHome(app *App, w fyne.Window) *home {
	h := &home{app: app, w: w, tr: app.tr()}
	tr := h.tr
	h.confirm = func(msg string, ok func()) {
		askYesNo(w, tr, tr.T("ui.home.confirm.title"), msg, tr.T("ui.app.yes"), tr.T("ui.app.no"), func(yes bool) {
			if yes {
				ok()
			}
		})
	}
	// A name typed and cancelled is offered again the next time the same question is asked.
	askDrafts := map[string]string{}
	h.ask = func(title, initial string, ok func(string)) {
		key := title + "\x00" + initial
		e := newKeyEntry()
		e.SetText(initial)
		if d, found := askDrafts[key]; found {
			e.SetText(d)
			delete(askDrafts, key)
		}
		e.Validator = func(t string) error {
			if err := planner.CheckPlanName(t); err != nil {
				return fieldProblem(tr, err)
			}
			return checkPlanName(t)
		}
		d := newFormDialog(w, title, tr.T("ui.app.ok"), tr.T("ui.app.cancel"), []*widget.FormItem{widget.NewFormItem(tr.T("ui.home.ask.name"), e)}, func(yes bool) {
			if yes {
				ok(strings.TrimSpace(e.Text))
			} else if e.Text != initial {
				askDrafts[key] = e.Text
			}
		})
		d.Resize(dialogSize(w, fyne.NewSize(420, 160)))
		d.Show()
	}

	h.search = widget.NewEntry()
	h.search.PlaceHolder = tr.T("ui.home.search.placeholder")
	h.search.OnChanged = func(string) { h.reload() }
	labels := make([]string, len(sortChoices))
	for i, c := range sortChoices {
		labels[i] = tr.T(c.label)
	}
	h.sort = widget.NewSelect(labels, nil)
	h.sort.SetSelected(labels[0])
	h.sort.OnChanged = func(string) { h.reload() }
	h.archived = widget.NewCheck(tr.T("ui.home.show_archived"), func(bool) { h.reload() })

	plans := newPlanList(
		func() int { return len(h.rows) },
		func() fyne.CanvasObject {
			cols := make([]fyne.CanvasObject, 6)
			for i := range cols {
				cols[i] = oneLineLabel("")
			}
			return newPlanRow(container.NewGridWithColumns(6, cols...), h.list.Select, h.openRow)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(h.rows) {
				return
			}
			row := o.(*planRow)
			row.index = i
			for c, text := range summaryCells(h.tr, h.rows[i]) {
				row.cells.Objects[c].(*widget.Label).SetText(text)
			}
		},
		h.onOpen,
	)
	h.plans = plans
	h.list = &plans.List
	h.list.OnSelected = func(i widget.ListItemID) {
		if i < len(h.rows) {
			h.selected = h.rows[i].ID
		}
		h.enable()
	}
	h.list.OnUnselected = func(widget.ListItemID) { h.selected = 0; h.enable() }

	h.newBtn = widget.NewButtonWithIcon(tr.T("ui.home.button.new"), theme.ContentAddIcon(), h.onNew)
	h.openBtn = widget.NewButtonWithIcon(tr.T("ui.home.button.open"), theme.FolderOpenIcon(), h.onOpen)
	h.dupBtn = widget.NewButtonWithIcon(tr.T("ui.home.button.duplicate"), theme.ContentCopyIcon(), h.onDuplicate)
	h.renameBtn = widget.NewButton(tr.T("ui.home.button.rename"), h.onRename)
	h.archiveBtn = widget.NewButton(tr.T("ui.home.button.archive"), h.onArchive)
	h.deleteBtn = widget.NewButtonWithIcon(tr.T("ui.home.button.delete"), theme.DeleteIcon(), h.onDelete)
	h.importBtn = widget.NewButtonWithIcon(tr.T("ui.home.button.import"), theme.DownloadIcon(), h.onImport)
	h.exportBtn = widget.NewButtonWithIcon(tr.T("ui.home.button.export"), theme.UploadIcon(), h.onExport)
	h.undoBtn = widget.NewButtonWithIcon(tr.T("ui.home.button.undo_delete"), theme.ContentUndoIcon(), h.onUndo)
	h.clientsBtn = widget.NewButtonWithIcon(tr.T("ui.home.button.clients"), theme.AccountIcon(), h.onClients)
	h.forClient = widget.NewSelect(nil, h.onNewForClient)
	h.forClient.PlaceHolder = tr.T("ui.home.for_client.placeholder")
	h.undoNote = widget.NewLabel("")
	h.undoBar = container.NewHBox(h.undoNote, h.undoBtn)
	h.undoBar.Hide()
	h.count = widget.NewLabel("")

	header := container.NewGridWithColumns(6)
	for _, k := range []string{"ui.home.column.name", "ui.home.column.client", "ui.home.column.domain",
		"ui.home.column.step", "ui.home.column.progress", "ui.home.column.updated"} {
		col := widget.NewLabelWithStyle(tr.T(k), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		col.Truncation = fyne.TextTruncateEllipsis // a long word never widens the window
		header.Add(col)
	}
	filters := container.NewBorder(nil, nil, widget.NewLabel(tr.T("ui.home.search.label")),
		container.NewHBox(widget.NewLabel(tr.T("ui.home.sort_by")), h.sort, h.archived), h.search)
	buttons := container.NewHBox(h.newBtn, h.openBtn, h.dupBtn, h.renameBtn, h.archiveBtn, h.deleteBtn,
		widget.NewSeparator(), h.importBtn, h.exportBtn)
	// The client controls share the title's line, so the list starts where it always did.
	title := container.NewBorder(nil, nil,
		widget.NewLabelWithStyle(tr.T("ui.home.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), container.NewHBox(h.forClient, h.clientsBtn))
	top := container.NewVBox(title, filters, buttons, h.undoBar, header)
	h.welcomeBox = h.welcome()
	h.obj = container.NewBorder(top, h.count, nil, nil, container.NewStack(plans, h.welcomeBox))
	// Enter opens the selected plan of the home the window shows now (the Language setting
	// builds the home anew under an open dialog, which hands keys on to this handler).
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && app.home != nil {
			app.home.onOpen()
		}
	})
	h.reload()
	return h
}

// content is the screen's widget tree.
func (h *home) content() fyne.CanvasObject { return h.obj }

// summaryCells are the columns of one library row, in tr's language.
func summaryCells(tr *i18n.Printer, r planner.PlanSummary) []string {
	name := r.Name
	if r.Status == planner.StatusArchived {
		name = tr.T("ui.home.row.archived", "name", r.Name)
	}
	updated := ""
	if !r.Updated.IsZero() {
		updated = shortDateTime(tr, r.Updated.Local())
	}
	domain := strings.Join(strings.Fields(r.Domain), " ")
	progress := tr.T("ui.home.row.progress", "done", tr.Int(r.Progress), "of", tr.Int(len(planner.LaunchSteps)))
	return []string{name, r.Client, domain, stepLabel(tr, r), progress, updated}
}

// stepLabel is the "current step" column: the first step still to complete ("3 Charter"), or
// "Complete" when all five are (planner.PlanSummary.StepLabel in the window's language).
func stepLabel(tr *i18n.Printer, r planner.PlanSummary) string {
	if r.Progress >= len(planner.LaunchSteps) || r.Step == planner.StepExport {
		return tr.T("ui.home.step.complete")
	}
	return stepTitle(tr, r.Step)
}

// listOptions reads the search, sort and archive controls.
func (h *home) listOptions() planner.ListOptions {
	opt := planner.ListOptions{Query: strings.TrimSpace(h.search.Text), Archived: h.archived.Checked}
	if i := h.sort.SelectedIndex(); i >= 0 && i < len(sortChoices) {
		opt.Sort, opt.Desc = sortChoices[i].key, sortChoices[i].desc
	}
	return opt
}

// reload re-reads the library list, keeping the selected plan selected when still listed.
func (h *home) reload() {
	if h.list == nil {
		return
	}
	rows, err := h.app.lib.List(context.Background(), h.listOptions())
	if err != nil {
		showError(h.w, h.failed("ui.home.error.list", "", err))
		return
	}
	h.rows = rows
	h.list.Refresh()
	if len(rows) == 0 && strings.TrimSpace(h.search.Text) == "" && !h.archived.Checked {
		h.welcomeBox.Show()
	} else {
		h.welcomeBox.Hide()
	}
	sel := h.selected
	h.list.UnselectAll()
	for i, r := range rows {
		if r.ID == sel {
			h.list.Select(i)
		}
	}
	h.count.SetText(h.tr.N("ui.home.count", len(rows)))
	h.reloadClients()
	h.enable()
}

// plural picks the singular or plural word for n (English only: for texts that are not in
// the catalogue yet).
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// selectedRow is the selected plan's row.
func (h *home) selectedRow() (planner.PlanSummary, bool) {
	for _, r := range h.rows {
		if r.ID == h.selected {
			return r, true
		}
	}
	return planner.PlanSummary{}, false
}

func (h *home) enable() {
	r, ok := h.selectedRow()
	for _, b := range []*widget.Button{h.openBtn, h.dupBtn, h.renameBtn, h.archiveBtn, h.deleteBtn, h.exportBtn} {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if ok && r.Status == planner.StatusArchived {
		h.archiveBtn.SetText(h.tr.T("ui.home.button.unarchive"))
	} else {
		h.archiveBtn.SetText(h.tr.T("ui.home.button.archive"))
	}
}

// selectPlan selects a plan by ID in the list.
func (h *home) selectPlan(id int64) {
	h.selected = id
	h.reload()
}

// openID opens a plan's window, showing an error when that fails.
func (h *home) openID(id int64) {
	if _, err := h.app.openPlan(id); err != nil {
		showError(h.w, err)
	}
}

// openRow selects and opens the plan of a list row (a double click).
func (h *home) openRow(i widget.ListItemID) {
	if i < len(h.rows) {
		h.list.Select(i)
		h.openID(h.rows[i].ID)
	}
}

// onOpen opens the selected plan.
func (h *home) onOpen() {
	if r, ok := h.selectedRow(); ok {
		h.openID(r.ID)
	}
}

// onDuplicate copies the selected plan under a new name.
func (h *home) onDuplicate() {
	r, ok := h.selectedRow()
	if !ok {
		return
	}
	if z, open := h.app.wizards[r.ID]; open {
		z.s.flush()
	}
	h.ask(h.tr.T("ui.home.duplicate.title"), h.tr.T("ui.home.duplicate.name", "name", r.Name), func(name string) {
		id, err := h.app.lib.Duplicate(context.Background(), r.ID, name)
		if err != nil {
			showError(h.w, h.failed("ui.home.error.duplicate", r.Name, err))
			return
		}
		h.selectPlan(id)
	})
}

// onRename renames the selected plan, and its open window if any.
func (h *home) onRename() {
	r, ok := h.selectedRow()
	if !ok {
		return
	}
	h.ask(h.tr.T("ui.home.rename.title"), r.Name, func(name string) {
		if err := h.app.lib.Rename(context.Background(), r.ID, name); err != nil {
			showError(h.w, h.failed("ui.home.error.rename", r.Name, err))
			return
		}
		if z, open := h.app.wizards[r.ID]; open {
			z.s.plan.Name = name
			z.w.SetTitle(windowTitle(name))
		}
		h.reload()
	})
}

// onArchive archives the selected plan, or brings an archived one back to planning.
func (h *home) onArchive() {
	r, ok := h.selectedRow()
	if !ok {
		return
	}
	st := planner.StatusArchived
	if r.Status == planner.StatusArchived {
		st = planner.StatusPlanning
	}
	if err := h.app.lib.SetStatus(context.Background(), r.ID, st); err != nil {
		showError(h.w, h.failed("ui.home.error.archive", r.Name, err))
		return
	}
	if z, open := h.app.wizards[r.ID]; open {
		z.s.plan.Status = st
	}
	h.reload()
}

// onDelete deletes the selected plan after confirmation; Undo stays available this session.
func (h *home) onDelete() {
	r, ok := h.selectedRow()
	if !ok {
		return
	}
	h.confirm(h.tr.T("ui.home.delete.confirm", "name", r.Name), func() {
		if _, open := h.app.wizards[r.ID]; open {
			h.app.closePlan(r.ID)
		}
		if err := h.app.lib.Delete(context.Background(), r.ID); err != nil {
			showError(h.w, h.failed("ui.home.error.delete", r.Name, err))
			return
		}
		h.deleted = append(h.deleted, deletedPlan{id: r.ID, name: r.Name})
		h.selected = 0
		h.showUndo()
		h.reload()
	})
}

// showUndo shows which deleted plan Undo would bring back.
func (h *home) showUndo() {
	if len(h.deleted) == 0 {
		h.undoBar.Hide()
		return
	}
	last := h.deleted[len(h.deleted)-1]
	h.undoNote.SetText(h.tr.T("ui.home.deleted", "name", last.name))
	h.undoBar.Show()
}

// onUndo brings back the plan deleted last.
func (h *home) onUndo() {
	if len(h.deleted) == 0 {
		return
	}
	last := h.deleted[len(h.deleted)-1]
	if err := h.app.lib.Undelete(context.Background(), last.id); err != nil {
		showError(h.w, h.failed("ui.home.error.undelete", last.name, err))
		return
	}
	h.deleted = h.deleted[:len(h.deleted)-1]
	h.showUndo()
	h.selectPlan(last.id)
}

// onImport picks a plan file and adds it to the library.
func (h *home) onImport() {
	pickFile(h.w, []string{".json"}, func(rc fyne.URIReadCloser) error {
		data, err := io.ReadAll(io.LimitReader(rc, planfile.MaxSize+1))
		if err != nil {
			return h.failed("ui.home.error.read_file", rc.URI().Name(), err)
		}
		name := rc.URI().Name()
		// Decoding and storing a large plan takes a moment: off the UI goroutine.
		prog := dialog.NewCustomWithoutButtons(h.tr.T("ui.home.importing", "name", name), widget.NewProgressBarInfinite(), h.w)
		prog.Show()
		go func() {
			id, err := h.importPlan(bytes.NewReader(data), name)
			fyne.Do(func() {
				prog.Hide()
				if err != nil {
					showError(h.w, err)
					return
				}
				h.selectPlan(id)
			})
		}()
		return nil
	})
}

// importPlanFile adds the plan in a plan file (JSON) to the library.
func (h *home) importPlanFile(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, h.failed("ui.home.error.read_file", path, err)
	}
	defer f.Close()
	id, err := h.importPlan(f, path)
	if err == nil {
		h.selectPlan(id)
	}
	return id, err
}

func (h *home) importPlan(r io.Reader, name string) (int64, error) {
	p, err := planfile.Decode(r)
	if err != nil {
		return 0, h.failed("ui.home.error.read_file", name, err)
	}
	id, err := h.app.lib.Create(context.Background(), p)
	if err != nil {
		return 0, h.failed("ui.home.error.add", name, err)
	}
	return id, nil
}

// onExport saves the selected plan as a plan file through the export page's save flow.
func (h *home) onExport() {
	r, ok := h.selectedRow()
	if !ok {
		return
	}
	if z, open := h.app.wizards[r.ID]; open {
		z.s.flush()
		exportPlan(z.s, h.w, exportJSON)
		return
	}
	p, err := h.app.lib.Load(context.Background(), r.ID)
	if err != nil {
		showError(h.w, h.failed("ui.home.error.export", r.Name, err))
		return
	}
	s := newSession(h.app.lib, p, h.app.opt.Now)
	s.tr = h.app.tr()
	exportPlan(s, h.w, exportJSON)
}

// failed is an error saying, in the window's language, what could not be done with name (a
// plan's name or a file's; "" when the sentence names nothing), wrapping err.
func (h *home) failed(key, name string, err error) error {
	return wrapped(h.tr.T(key, "name", name), err)
}
