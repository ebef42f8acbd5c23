package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner/sample"
)

// planList is the library's list of plans: Enter opens the selected plan.
type planList struct {
	widget.List
	onEnter func()
}

// newPlanList builds the list; the embedded List is what the home screen drives.
func newPlanList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), onEnter func()) *planList {
	l := &planList{onEnter: onEnter}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey opens the selected plan on Enter and moves through the list otherwise.
func (l *planList) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		l.onEnter()
		return
	}
	l.List.TypedKey(ev)
}

// planRow is one row of the library: a tap selects the plan, a double tap opens it.
type planRow struct {
	widget.BaseWidget
	cells  *fyne.Container
	index  widget.ListItemID
	tap    func(widget.ListItemID)
	double func(widget.ListItemID)
}

func newPlanRow(cells *fyne.Container, tap, double func(widget.ListItemID)) *planRow {
	r := &planRow{cells: cells, tap: tap, double: double}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer implements fyne.Widget.
func (r *planRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.cells) }

// Tapped selects the row's plan.
func (r *planRow) Tapped(*fyne.PointEvent) { r.tap(r.index) }

// DoubleTapped opens the row's plan.
func (r *planRow) DoubleTapped(*fyne.PointEvent) { r.double(r.index) }

// welcome is shown instead of the list while the library is empty: what the app is for and
// the two ways to begin.
func (h *home) welcome() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(h.tr.T("ui.home.welcome.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	text := wrapLabel(h.tr.T("ui.home.welcome.text"))
	text.Alignment = fyne.TextAlignCenter
	h.welcomeNew = widget.NewButtonWithIcon(h.tr.T("ui.home.welcome.new"), theme.ContentAddIcon(), h.onNew)
	h.welcomeNew.Importance = widget.HighImportance
	h.welcomeSample = widget.NewButtonWithIcon(h.tr.T("ui.home.welcome.sample"), theme.FolderOpenIcon(), h.openSample)
	box := container.NewVBox(title, text, container.NewCenter(container.NewHBox(h.welcomeNew, h.welcomeSample)))
	return container.NewCenter(sized(box, 560, 0))
}

// openSample adds the sample plan (the demo of a finished launch) to the library and opens it.
func (h *home) openSample() {
	id, err := h.app.lib.Create(context.Background(), sample.Plan(h.app.opt.Now()))
	if err != nil {
		showError(h.w, h.failed("ui.home.error.sample", "", err))
		return
	}
	h.reload()
	h.openID(id)
}
