package ui

import (
	"errors"
	"fmt"
	"image/color"
	"log"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/store"
)

// showError logs err and shows it in a dialog as a plain sentence, with the detail below.
func showError(w fyne.Window, err error) {
	if err == nil {
		return
	}
	log.Print(err)
	if w == nil {
		return
	}
	dialog.ShowError(errors.New(errorSentence(err)), w)
}

// errorSentence turns an error into words a user can act on; the technical detail follows.
func errorSentence(err error) string {
	var ve *planner.ValidationError
	lead := ""
	switch {
	case errors.As(err, &ve):
		return "Please check this: " + ve.Error()
	case errors.Is(err, planner.ErrNotFound):
		lead = "It no longer exists in the library (it may have been deleted)."
	case errors.Is(err, planner.ErrConflict):
		lead = "That clashes with something already in the library."
	case errors.Is(err, planner.ErrInvalid):
		lead = "The input is not valid."
	case errors.Is(err, store.ErrLocked):
		lead = "The library is already open in another window of the app."
	case errors.Is(err, store.ErrReadOnly):
		lead = "The library is read-only, so changes cannot be saved."
	case errors.Is(err, store.ErrCorrupt):
		lead = "The library file is damaged."
	case errors.Is(err, store.ErrNotLibrary):
		lead = "The file is not a plan library."
	case errors.Is(err, store.ErrNewerSchema):
		lead = "The library was written by a newer version of the app."
	default:
		return err.Error()
	}
	return lead + "\n\n" + err.Error()
}

// setQuiet sets an entry's text without firing its OnChanged, so refreshing a field from the
// plan does not save it again.
func setQuiet(e *widget.Entry, text string) {
	if e.Text == text {
		return
	}
	cb := e.OnChanged
	e.OnChanged = nil
	e.SetText(text)
	e.OnChanged = cb
}

// textField is a single-line entry bound to a string of the plan: each edit is applied at once
// and saved after typing pauses.
func textField(s *session, key string, get func() string, set func(string), save func() error) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(get())
	e.OnChanged = func(t string) {
		set(t)
		s.debounce(key, func() { _ = save() })
	}
	return e
}

// textArea is textField for longer text: multi-line, wrapping, at least three rows tall.
func textArea(s *session, key string, get func() string, set func(string), save func() error) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.SetText(get())
	e.OnChanged = func(t string) {
		set(t)
		s.debounce(key, func() { _ = save() })
	}
	return e
}

// parsedField is an entry whose text must parse: invalid text shows the validation message
// and is neither applied nor saved, so the plan only ever holds valid values.
func parsedField(text string, parse func(string) error) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	e.Validator = parse
	e.AlwaysShowValidationError = true
	return e
}

// intField is an entry for a whole number (empty means 0).
func intField(s *session, key string, get func() int, set func(int), save func() error) *widget.Entry {
	parse := func(t string) (int, error) {
		t = strings.TrimSpace(t)
		if t == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(t)
		if err != nil {
			return 0, fmt.Errorf("enter a whole number, like 12")
		}
		return n, nil
	}
	e := parsedField(strconv.Itoa(get()), func(t string) error { _, err := parse(t); return err })
	e.OnChanged = func(t string) {
		n, err := parse(t)
		if err != nil {
			return
		}
		set(n)
		s.debounce(key, func() { _ = save() })
	}
	return e
}

// parseFloat reads a number typed with a dot or a comma as the decimal mark.
func parseFloat(t string) (float64, error) {
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "%"))
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", "."), 64)
	if err != nil {
		return 0, fmt.Errorf("enter a number, like 2.5")
	}
	return f, nil
}

// formatFloat shows a number without needless zeros.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// floatField is an entry for a number (empty means 0).
func floatField(s *session, key string, get func() float64, set func(float64), save func() error) *widget.Entry {
	parse := func(t string) (float64, error) {
		if strings.TrimSpace(t) == "" {
			return 0, nil
		}
		return parseFloat(t)
	}
	e := parsedField(formatFloat(get()), func(t string) error { _, err := parse(t); return err })
	e.OnChanged = func(t string) {
		f, err := parse(t)
		if err != nil {
			return
		}
		set(f)
		s.debounce(key, func() { _ = save() })
	}
	return e
}

// optFloatField is an entry for an optional number: empty text means unknown (nil).
func optFloatField(s *session, key string, get func() *float64, set func(*float64), save func() error) *widget.Entry {
	text := ""
	if v := get(); v != nil {
		text = formatFloat(*v)
	}
	parse := func(t string) (*float64, error) {
		if strings.TrimSpace(t) == "" {
			return nil, nil
		}
		f, err := parseFloat(t)
		if err != nil {
			return nil, err
		}
		return &f, nil
	}
	e := parsedField(text, func(t string) error { _, err := parse(t); return err })
	e.PlaceHolder = "unknown"
	e.OnChanged = func(t string) {
		v, err := parse(t)
		if err != nil {
			return
		}
		set(v)
		s.debounce(key, func() { _ = save() })
	}
	return e
}

// dateInput is an ISO date entry with a button that opens a calendar picker.
type dateInput struct {
	entry *widget.Entry
	pick  *widget.Button
	box   fyne.CanvasObject
}

// object is the entry and its picker button side by side.
func (d *dateInput) object() fyne.CanvasObject { return d.box }

// dateField edits a date of the plan, typed as 2026-03-01 (validated) or picked from a
// calendar. Empty text clears the date.
func dateField(s *session, key string, w fyne.Window, get func() planner.Date, set func(planner.Date), save func() error) *dateInput {
	e := parsedField(get().String(), func(t string) error { _, err := planner.ParseDate(t); return err })
	e.PlaceHolder = "YYYY-MM-DD"
	e.OnChanged = func(t string) {
		d, err := planner.ParseDate(t)
		if err != nil {
			return
		}
		set(d)
		s.debounce(key, func() { _ = save() })
	}
	d := &dateInput{entry: e}
	d.pick = widget.NewButtonWithIcon("", theme.CalendarIcon(), func() {
		start := get()
		if start.IsZero() {
			start = s.today()
		}
		var dlg *dialog.CustomDialog
		cal := widget.NewCalendar(start.Time(), func(t time.Time) {
			e.SetText(planner.DateOf(t).String())
			if dlg != nil {
				dlg.Hide()
			}
		})
		dlg = dialog.NewCustom("Pick a date", "Cancel", cal, w)
		dlg.Show()
	})
	d.box = container.NewBorder(nil, nil, nil, d.pick, e)
	return d
}

// choiceField is a select over a fixed set of values, shown by label; a change saves at once.
func choiceField[T ~string](values []T, label func(T) string, get func() T, set func(T), save func() error) *widget.Select {
	opts := make([]string, len(values))
	for i, v := range values {
		opts[i] = label(v)
	}
	sel := widget.NewSelect(opts, nil)
	cur := get()
	for i, v := range values {
		if v == cur {
			sel.SetSelected(opts[i])
		}
	}
	sel.OnChanged = func(o string) {
		for i, v := range values {
			if opts[i] == o {
				set(v)
				_ = save()
				return
			}
		}
	}
	return sel
}

// checkField is a check box bound to a bool of the plan; a change saves at once.
func checkField(text string, get func() bool, set func(bool), save func() error) *widget.Check {
	c := widget.NewCheck(text, nil)
	c.SetChecked(get())
	c.OnChanged = func(b bool) {
		set(b)
		_ = save()
	}
	return c
}

// hints lists what is still missing for a step to count as complete.
type hints struct {
	box   *fyne.Container
	lines []string // the hints shown, for tests
}

// hintsBox makes an empty hints list.
func hintsBox() *hints {
	h := &hints{box: container.NewVBox()}
	h.set(nil)
	return h
}

// object is the hints' widget.
func (h *hints) object() fyne.CanvasObject { return h.box }

// set shows msgs as a bulleted list, or "Complete" when there is nothing left to do.
func (h *hints) set(msgs []string) {
	h.lines = append(h.lines[:0], msgs...)
	h.box.RemoveAll()
	if len(msgs) == 0 {
		h.box.Add(widget.NewLabel("✓ Complete: nothing missing for this step."))
		return
	}
	title := widget.NewLabelWithStyle("Still missing (hints, not blockers):", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.box.Add(title)
	for _, m := range msgs {
		l := widget.NewLabel("• " + m)
		l.Wrapping = fyne.TextWrapWord
		h.box.Add(l)
	}
}

// sized gives obj a minimum size, e.g. so a widget.List inside a VBox or scroll shows rows.
func sized(obj fyne.CanvasObject, w, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, h))
	return container.NewStack(r, obj)
}

// section is a titled block of a step page.
func section(title string, objs ...fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(append([]fyne.CanvasObject{widget.NewSeparator(), head}, objs...)...)
}

// listSpec describes one list of a plan for newListEditor.
type listSpec[T any] struct {
	kind    planner.ItemKind // for delete/reorder in the store; "" for child lists saved through their parent
	items   func() *[]T      // the slice inside s.plan
	id      func(*T) int64
	label   func(*T) string                                    // one line in the list
	newItem func() T                                           // a fresh item for Add
	form    func(item *T, save func() error) fyne.CanvasObject // detail editor for the selected item
	save    func(item *T) error                                // persist the item: usually s.put(item); for child lists, put the parent
	remove  func(item *T) error                                // optional custom delete (e.g. DeletePerson); default s.deleteItem(kind, id)
	ordered bool                                               // show Up/Down buttons, persisted with s.reorder
	// saveList persists a child list (kind "") after a delete or reorder, e.g. by putting the
	// parent. Required when kind is "".
	saveList func() error
	// changed, optional, runs after an add, delete or reorder so the page can refresh figures.
	changed func()
	// what names one item in the delete confirmation, e.g. "question"; default "item".
	what string
	// confirmText, optional, words the delete confirmation for an item (e.g. to say a person
	// is removed everywhere in the plan).
	confirmText func(item *T) string
}

// listEditor is the master–detail editor every list of a plan uses: a virtualized list of
// one-line labels on the left, the selected item's form on the right, and Add, Delete, Up,
// Down buttons.
type listEditor[T any] struct {
	s    *session
	w    fyne.Window
	spec listSpec[T]

	list                *widget.List
	add, del, up, down  *widget.Button
	detail              *fyne.Container
	selected            int // -1 when nothing is selected
	confirm             func(msg string, ok func())
	obj                 fyne.CanvasObject
	listWidth, listRows float32
}

// newListEditor builds the editor of one list.
func newListEditor[T any](s *session, w fyne.Window, spec listSpec[T]) *listEditor[T] {
	l := &listEditor[T]{s: s, w: w, spec: spec, selected: -1, listWidth: 260, listRows: 7}
	l.confirm = func(msg string, ok func()) {
		dialog.ShowConfirm("Delete?", msg, func(yes bool) {
			if yes {
				ok()
			}
		}, w)
	}
	l.list = widget.NewList(
		func() int { return len(*spec.items()) },
		func() fyne.CanvasObject {
			lb := widget.NewLabel("")
			lb.Truncation = fyne.TextTruncateEllipsis
			return lb
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			items := *spec.items()
			if i < 0 || i >= len(items) {
				return
			}
			text := spec.label(&items[i])
			if strings.TrimSpace(text) == "" {
				text = "(untitled)"
			}
			o.(*widget.Label).SetText(text)
		},
	)
	l.list.OnSelected = func(i widget.ListItemID) { l.show(i) }
	l.list.OnUnselected = func(widget.ListItemID) {}
	l.add = widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), l.onAdd)
	l.del = widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), l.onDelete)
	l.up = widget.NewButtonWithIcon("Up", theme.MoveUpIcon(), func() { l.move(-1) })
	l.down = widget.NewButtonWithIcon("Down", theme.MoveDownIcon(), func() { l.move(1) })
	l.detail = container.NewVBox(widget.NewLabel("Select an item, or Add one."))
	bar := container.NewHBox(l.add, l.del)
	if spec.ordered {
		bar.Add(l.up)
		bar.Add(l.down)
	}
	l.enable()
	rowH := l.list.MinSize().Height
	if rowH < 36 {
		rowH = 36
	}
	left := container.NewBorder(bar, nil, nil, nil, sized(l.list, l.listWidth, rowH*l.listRows))
	l.obj = container.NewBorder(nil, nil, left, nil, container.NewPadded(l.detail))
	return l
}

// object is the editor's widget tree.
func (l *listEditor[T]) object() fyne.CanvasObject { return l.obj }

// refresh re-reads the list from the plan, keeping the selection when it still exists.
func (l *listEditor[T]) refresh() {
	n := len(*l.spec.items())
	if l.selected >= n {
		l.selected = -1
		l.list.UnselectAll()
		l.showNone()
	} else if l.selected >= 0 {
		l.show(l.selected)
	}
	l.list.Refresh()
	l.enable()
}

// selectItem selects item i and shows its form. (The brief's "select" is a Go keyword.)
func (l *listEditor[T]) selectItem(i int) { l.list.Select(i) }

// show builds the form of item i into the detail pane.
func (l *listEditor[T]) show(i int) {
	items := *l.spec.items()
	if i < 0 || i >= len(items) {
		l.showNone()
		return
	}
	l.selected = i
	item := &items[i]
	save := func() error {
		err := l.spec.save(item)
		l.list.Refresh()
		return err
	}
	l.detail.Objects = []fyne.CanvasObject{l.spec.form(item, save)}
	l.detail.Refresh()
	l.enable()
	relayout(l.w)
}

func (l *listEditor[T]) showNone() {
	l.selected = -1
	l.detail.Objects = []fyne.CanvasObject{widget.NewLabel("Select an item, or Add one.")}
	l.detail.Refresh()
	l.enable()
	relayout(l.w)
}

func (l *listEditor[T]) enable() {
	n := len(*l.spec.items())
	setEnabled(l.del, l.selected >= 0)
	setEnabled(l.up, l.selected > 0)
	setEnabled(l.down, l.selected >= 0 && l.selected < n-1)
}

// setEnabled enables or disables b.
func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (l *listEditor[T]) afterChange() {
	if l.spec.changed != nil {
		l.spec.changed()
	}
}

// onAdd appends a fresh item, saves it (which gives it an ID) and selects it.
func (l *listEditor[T]) onAdd() {
	// Pending edits hold pointers into the slice; save them before append may move it.
	l.s.flush()
	items := l.spec.items()
	*items = append(*items, l.spec.newItem())
	i := len(*items) - 1
	if err := l.spec.save(&(*items)[i]); err != nil {
		// The item stays on screen so the edit is not lost; the status line says why.
		log.Printf("add %s: %v", l.what(), err)
	}
	l.list.Refresh()
	l.list.Select(i)
	l.list.ScrollTo(i)
	l.afterChange()
}

func (l *listEditor[T]) what() string {
	if l.spec.what != "" {
		return l.spec.what
	}
	return "item"
}

// onDelete asks for confirmation, then deletes the selected item.
func (l *listEditor[T]) onDelete() {
	i := l.selected
	items := *l.spec.items()
	if i < 0 || i >= len(items) {
		return
	}
	name := l.spec.label(&items[i])
	if strings.TrimSpace(name) == "" {
		name = "(untitled)"
	}
	msg := fmt.Sprintf("Delete the %s %q?", l.what(), name)
	if l.spec.confirmText != nil {
		msg = l.spec.confirmText(&items[i])
	}
	l.confirm(msg, func() { l.deleteAt(i) })
}

// deleteAt removes item i from the library and the plan.
func (l *listEditor[T]) deleteAt(i int) {
	l.s.flush()
	items := l.spec.items()
	if i < 0 || i >= len(*items) {
		return
	}
	item := (*items)[i]
	var err error
	switch {
	case l.spec.remove != nil:
		err = l.spec.remove(&item)
	case l.spec.kind != "":
		err = l.s.deleteItem(l.spec.kind, l.spec.id(&item))
	}
	if err != nil {
		// Keep the item: the library still has it, and the status line shows the error.
		showError(l.w, err)
		return
	}
	*items = append((*items)[:i:i], (*items)[i+1:]...)
	if l.spec.kind == "" && l.spec.remove == nil && l.spec.saveList != nil {
		_ = l.spec.saveList()
	}
	l.list.UnselectAll()
	l.showNone()
	l.list.Refresh()
	l.afterChange()
}

// move swaps the selected item with its neighbour and saves the new order.
func (l *listEditor[T]) move(delta int) {
	l.s.flush()
	items := l.spec.items()
	i, j := l.selected, l.selected+delta
	if i < 0 || j < 0 || i >= len(*items) || j >= len(*items) {
		return
	}
	(*items)[i], (*items)[j] = (*items)[j], (*items)[i]
	if l.spec.kind != "" {
		ids := make([]int64, len(*items))
		for k := range *items {
			ids[k] = l.spec.id(&(*items)[k])
		}
		_ = l.s.reorder(l.spec.kind, ids)
	} else if l.spec.saveList != nil {
		_ = l.spec.saveList()
	}
	l.list.Refresh()
	l.list.Select(j)
	l.afterChange()
}

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
