package ui

import (
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

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
	add, del, up, down  *keyButton // Enter presses them; the page scrolls to show the one Tab reaches
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
		showConfirm(w, s.tr.T("ui.common.list.delete_title"), msg, func(yes bool) {
			if yes {
				ok()
			}
		})
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
				text = s.tr.T("ui.common.list.untitled")
			}
			o.(*widget.Label).SetText(text)
		},
	)
	l.list.OnSelected = func(i widget.ListItemID) { l.show(i) }
	l.list.OnUnselected = func(widget.ListItemID) {}
	l.add = newKeyButtonWithIcon(s.tr.T("ui.common.list.add"), theme.ContentAddIcon(), l.onAdd)
	// Nothing is selected yet: Delete, Up and Down start disabled (see offKeyButton).
	l.del = offKeyButton(s.tr.T("ui.common.list.delete"), theme.DeleteIcon(), l.onDelete)
	// Up and Down are their arrows alone: with their words (German "Nach oben", "Nach unten")
	// the four buttons widened the list column by 200 px.
	l.up = offKeyButton("", theme.MoveUpIcon(), func() { l.move(-1) })
	l.down = offKeyButton("", theme.MoveDownIcon(), func() { l.move(1) })
	l.detail = container.NewVBox(wrapLabel(s.tr.T("ui.common.list.none_selected")))
	bar := hbox(l.add, l.del)
	if spec.ordered {
		bar.Objects = append(bar.Objects, l.up, l.down)
	}
	// Measured when the editor is first laid out (its tab shown), not when it is made.
	listSize := func() fyne.Size {
		rowH := max(l.list.MinSize().Height, 36)
		return fyne.NewSize(l.listWidth, rowH*l.listRows)
	}
	left := border(bar, nil, nil, nil, sizedBy(listSize, wheelList(l.list)))
	// The list before the form in the objects, so Tab reaches the list and its buttons first.
	l.obj = box(layout.NewBorderLayout(nil, nil, left, nil), left, padded(l.detail))
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
	l.s.relayout()
}

func (l *listEditor[T]) showNone() {
	l.selected = -1
	l.detail.Objects = []fyne.CanvasObject{wrapLabel(l.s.tr.T("ui.common.list.none_selected"))}
	l.detail.Refresh()
	l.enable()
	l.s.relayout()
}

func (l *listEditor[T]) enable() {
	n := len(*l.spec.items())
	setEnabled(l.del, l.selected >= 0)
	setEnabled(l.up, l.selected > 0)
	setEnabled(l.down, l.selected >= 0 && l.selected < n-1)
}

// setEnabled enables or disables b.
func setEnabled(b fyne.Disableable, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
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
		name = l.s.tr.T("ui.common.list.untitled")
	}
	// The spec's what is an English word of the code (log lines); the question names the
	// item by its own label alone, in the window's language.
	msg := l.s.tr.T("ui.common.list.delete_confirm", "name", shortText(name, 80))
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
	// The page refreshes on the save below, so the plan goes without the item first; the
	// three-index slice leaves old untouched for putting it back.
	old := *items
	*items = append(old[:i:i], old[i+1:]...)
	var err error
	switch {
	case l.spec.remove != nil:
		err = l.spec.remove(&item)
	case l.spec.kind != "":
		err = l.s.deleteItem(l.spec.kind, l.spec.id(&item))
	case l.spec.saveList != nil:
		err = l.spec.saveList()
	}
	if err != nil {
		// Keep the item: the library still has it, and the status line shows the error.
		*items = old
		l.list.Refresh()
		l.s.changedNow(false)
		showError(l.w, err)
		return
	}
	l.list.UnselectAll()
	l.showNone()
	l.list.Refresh()
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
}

// refreshLabels redraws the list's one-line labels without rebuilding the form being edited,
// so a refresh after a save never takes the focus away from the field being typed in.
func (l *listEditor[T]) refreshLabels() { l.list.Refresh() }
