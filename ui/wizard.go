package ui

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// wizard is one plan's window: the step list, the current step's page, Back/Next and the
// autosave status line.
type wizard struct {
	app *App // nil in tests that open a wizard alone
	s   *session
	w   fyne.Window

	pages map[planner.Step]page // built lazily, once per step
	// shownAt is the plan revision and the day each built page last read the plan at: a page
	// shown again with neither changed is shown as it is.
	shownAt map[planner.Step]pageState
	current planner.Step
	// done holds the completion of the five launch steps, refreshed after every save.
	done map[planner.Step]planner.StepStatus

	nav              *widget.List
	backBtn, nextBtn *widget.Button
	status           *widget.Label
	body             *fyne.Container
	scroll           *container.Scroll
	obj              fyne.CanvasObject
	// invalid holds the fields, by label, whose values are invalid and so not saved, and
	// saved is the last autosave message, shown after them.
	invalid map[string]error
	saved   string
}

// newWizard builds the plan window's content into w and shows the overview.
func newWizard(s *session, w fyne.Window) *wizard {
	z := &wizard{s: s, w: w, pages: map[planner.Step]page{}, shownAt: map[planner.Step]pageState{}, current: -1}
	z.nav = widget.NewList(
		func() int { return len(stepPages) },
		func() fyne.CanvasObject {
			return widget.NewLabel(z.widestNavLabel())
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(z.navLabel(stepPages[i].step))
		},
	)
	z.nav.OnSelected = z.onNavSelected
	z.backBtn = widget.NewButton(s.tr.T("ui.wizard.back"), z.prev)
	z.nextBtn = widget.NewButton(s.tr.T("ui.wizard.next"), z.next)
	z.status = widget.NewLabel(s.tr.T("ui.wizard.status.autosave"))
	z.status.Wrapping = fyne.TextWrapWord
	z.body = container.NewStack()
	page := newPageScroll(container.NewPadded(z.body))
	z.scroll = &page.Scroll
	s.onStatus = z.onStatus
	s.onChanged = z.onChanged
	z.invalid = map[string]error{}
	invalidReporters.Store(w.Canvas(), z.onInvalid)
	// Fyne does not pass a grown minimum size (a list item's form shown, a chart redrawn) up
	// to the scroller by itself: the page is laid out again when an editor asks.
	s.relayout = z.relayout
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(z.backBtn, z.nextBtn), z.status)
	z.obj = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), bottom),
		sized(z.nav, 230, 300), nil, page)
	w.SetContent(z.obj)
	w.SetTitle(windowTitle(s.plan.Name))
	z.refreshMarks()
	z.nav.Select(0)
	return z
}

func (z *wizard) onNavSelected(i widget.ListItemID) { z.show(stepPages[i].step) }

// navLabel is a step's line in the step list: its title and a text mark, never colour alone.
func (z *wizard) navLabel(st planner.Step) string {
	tr := z.s.tr
	c, ok := z.done[st]
	switch {
	case !ok:
		return stepTitle(tr, st)
	case c.Complete:
		return tr.T("ui.wizard.nav.done", "step", stepTitle(tr, st))
	default:
		return tr.N("ui.wizard.nav.todo", len(c.Missing), "step", stepTitle(tr, st))
	}
}

// widestNavLabel is the step list's widest line in the window's language, with a mark of
// many things to do, so that the list is as wide as its lines need: German and Spanish step
// names are longer than English ones.
func (z *wizard) widestNavLabel() string {
	tr := z.s.tr
	widest, w := "", float32(0)
	for _, p := range stepPages {
		for _, l := range []string{tr.T("ui.wizard.nav.done", "step", stepTitle(tr, p.step)), tr.N("ui.wizard.nav.todo", 9, "step", stepTitle(tr, p.step))} {
			if lw := fyne.MeasureText(l, theme.TextSize(), fyne.TextStyle{}).Width; lw > w {
				widest, w = l, lw
			}
		}
	}
	return widest
}

// refreshMarks recomputes the completion marks of the step list.
func (z *wizard) refreshMarks() {
	z.done = map[planner.Step]planner.StepStatus{}
	for _, c := range planner.Completion(z.s.plan) {
		z.done[c.Step] = c
	}
	z.nav.Refresh()
}

// onStatus shows the autosave state; an error stays visible, in words and in the error style,
// until the next successful save.
func (z *wizard) onStatus(msg string, err error) {
	if err != nil {
		z.status.Importance = widget.DangerImportance
		z.status.SetText(z.s.tr.T("ui.wizard.status.save_failed", "error", err.Error()))
		return
	}
	z.saved = msg
	z.showInvalid()
}

// onInvalid notes that the field label holds a value that is not saved (err), or no longer
// does (nil), and says so in the status line.
func (z *wizard) onInvalid(label string, err error) {
	if err == nil {
		if _, ok := z.invalid[label]; !ok {
			return
		}
		delete(z.invalid, label)
	} else {
		z.invalid[label] = err
	}
	z.showInvalid()
}

// showInvalid shows the last autosave message, or which fields hold values not saved.
func (z *wizard) showInvalid() {
	if len(z.invalid) == 0 {
		z.status.Importance = widget.MediumImportance
		if z.saved == "" {
			z.saved = z.s.tr.T("ui.wizard.status.autosave")
		}
		z.status.SetText(z.saved)
		return
	}
	labels := make([]string, 0, len(z.invalid))
	for l := range z.invalid {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	tr := z.s.tr
	field, why := shortText(labels[0], 60), strings.TrimRight(shortText(z.invalid[labels[0]].Error(), 160), ".")
	msg := tr.T("ui.wizard.status.invalid", "field", field, "error", why)
	if len(labels) > 1 {
		msg = tr.N("ui.wizard.status.invalid_more", len(labels)-1, "field", field, "error", why)
	}
	z.status.Importance = widget.DangerImportance
	z.status.SetText(tr.T("ui.wizard.status.invalid_kept", "message", sentenceEnd(msg)))
}

// onChanged runs after every successful save: the one place where the step list's marks,
// the current page's hints and figures, the window title and the home list catch up.
func (z *wizard) onChanged(listed bool) {
	z.refreshMarks()
	if pg, ok := z.pages[z.current]; ok {
		pg.refresh()
		z.shownAt[z.current] = z.state()
		z.relayout()
	}
	z.w.SetTitle(windowTitle(z.s.plan.Name))
	if z.app != nil && listed {
		z.app.home.reload()
	}
}

// page returns a step's page, building it on first use.
func (z *wizard) page(st planner.Step) page {
	if pg, ok := z.pages[st]; ok {
		return pg
	}
	i := pageIndex(st)
	if i < 0 {
		return nil
	}
	pg := stepPages[i].build(z.s, z.w, z.show)
	z.pages[st] = pg
	z.shownAt[st] = z.state() // every page reads the plan as it is built
	return pg
}

// show switches to a step: it re-reads the step's page from the plan and shows it.
func (z *wizard) show(st planner.Step) {
	i := pageIndex(st)
	if i < 0 {
		return
	}
	// Pending text edits of the page being left are saved first, so they count in marks.
	z.s.flush()
	z.current = st
	pg := z.page(st)
	// A page shown again re-reads the plan only when the plan (or the day: due dates) has
	// changed since it last did: a large plan's figures, charts and lists are not rebuilt
	// for nothing.
	if now := z.state(); z.shownAt[st] != now {
		pg.reload()
		z.shownAt[st] = z.state() // reload may save (an event's defaults)
	}
	// The page is laid out, not refreshed: refreshing it would refresh every widget in it and
	// wrap every text of a large plan's page again, although reload has refreshed what
	// changed. Before each frame the driver lays out again whatever has grown since.
	obj := pg.content()
	z.body.Objects = []fyne.CanvasObject{obj}
	z.relayout()
	obj.Move(fyne.NewPos(0, 0))
	obj.Resize(z.body.Size()) // when the body kept its size, it was not laid out again
	canvas.Refresh(z.body)
	z.scroll.ScrollToTop()
	setEnabled(z.backBtn, i > 0)
	setEnabled(z.nextBtn, i < len(stepPages)-1)
	// Keep the step list's selection in step without re-entering show.
	z.nav.OnSelected = nil
	z.nav.Select(i)
	z.nav.OnSelected = z.onNavSelected
}

// pageState is what a page read the plan at: its revision and the day.
type pageState struct {
	rev uint64
	day planner.Date
}

// state is the plan's revision and the day now.
func (z *wizard) state() pageState { return pageState{z.s.rev, z.s.today()} }

// relayout lays the page out again for its minimum size (a list item's form shown, a chart
// redrawn), keeping the scroll position. It refreshes the scroller alone: Scroll.Refresh
// would refresh every widget of the page too.
func (z *wizard) relayout() { z.scroll.Base.Refresh() }

// prev goes to the previous step.
func (z *wizard) prev() {
	if i := pageIndex(z.current); i > 0 {
		z.show(stepPages[i-1].step)
	}
}

// next goes to the next step.
func (z *wizard) next() {
	if i := pageIndex(z.current); i >= 0 && i < len(stepPages)-1 {
		z.show(stepPages[i+1].step)
	}
}

// goMenu is the Go menu: Previous and Next, every page of the table with Ctrl plus its number
// (Ctrl+0 the overview, Ctrl+1…5 the launch steps, Ctrl+6 export), then the tabs of the page.
// Shortcuts sit on menu items, which fire also while a text field has the focus.
func (z *wizard) goMenu() *fyne.Menu {
	tr := z.s.tr
	prev := fyne.NewMenuItem(tr.T("ui.wizard.menu.prev_step"), z.prev)
	prev.Shortcut = shortcut(fyne.KeyPageUp, 0)
	next := fyne.NewMenuItem(tr.T("ui.wizard.menu.next_step"), z.next)
	next.Shortcut = shortcut(fyne.KeyPageDown, 0)
	items := []*fyne.MenuItem{prev, next, fyne.NewMenuItemSeparator()}
	for i, p := range stepPages {
		st := p.step
		it := fyne.NewMenuItem(stepTitle(tr, st), func() { z.goTo(st) })
		if i < 10 {
			it.Shortcut = shortcut(fyne.KeyName(strconv.Itoa(i)), 0)
		}
		items = append(items, it)
	}
	// Ctrl+Tab, also on macOS, where Cmd+Tab switches apps.
	nextTab := fyne.NewMenuItem(tr.T("ui.wizard.menu.next_tab"), func() { z.switchTab(1) })
	nextTab.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl}
	prevTab := fyne.NewMenuItem(tr.T("ui.wizard.menu.prev_tab"), func() { z.switchTab(-1) })
	prevTab.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}
	items = append(items, fyne.NewMenuItemSeparator(), nextTab, prevTab)
	return fyne.NewMenu(tr.T("ui.wizard.menu.go"), items...)
}

// goTo shows a step chosen from the keyboard or the menu. The focus leaves the page left
// behind, so the next Tab reaches the first field of the page shown.
func (z *wizard) goTo(st planner.Step) {
	z.show(st)
	z.w.Canvas().Unfocus()
}

// tabbedPage is a page whose sections are tabs.
type tabbedPage interface {
	strip() *tabStrip
}

func (v *charterStep) strip() *tabStrip { return v.tabs }
func (v *eventStep) strip() *tabStrip   { return v.tabs }
func (v *reviewsStep) strip() *tabStrip { return v.tabs }

// switchTab selects the next (by > 0) or previous tab of the page shown, round, and gives
// the focus to the first control of the tab: Fyne's tab buttons take no keyboard focus.
func (z *wizard) switchTab(by int) {
	tp, ok := z.pages[z.current].(tabbedPage)
	if !ok {
		return
	}
	tabs := tp.strip()
	n := len(tabs.Items)
	if n == 0 {
		return
	}
	tabs.SelectIndex(((tabs.SelectedIndex()+by)%n + n) % n)
	c := z.w.Canvas()
	c.Unfocus()
	focusFirstIn(c, tabs.Selected().Content)
}

// focusFirstIn gives the focus to the first control of obj on canvas c, if it holds one.
func focusFirstIn(c fyne.Canvas, obj fyne.CanvasObject) {
	type focusMover interface{ FocusNext() }
	m, ok := c.(focusMover)
	if !ok {
		return
	}
	m.FocusNext()
	// The first control of the window may lie before obj (in the page's header): step on
	// until the focus is inside obj, or back where it began.
	first := c.Focused()
	for f := first; f != nil; {
		if o, ok := f.(fyne.CanvasObject); ok && contains(obj, o) {
			return
		}
		m.FocusNext()
		if f = c.Focused(); f == first {
			break
		}
	}
	c.Unfocus()
}

// contains reports whether obj lies inside root on screen.
func contains(root fyne.CanvasObject, obj fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	rp, op := d.AbsolutePositionForObject(root), d.AbsolutePositionForObject(obj)
	rs := root.Size()
	return op.X >= rp.X && op.Y >= rp.Y && op.X < rp.X+rs.Width && op.Y < rp.Y+rs.Height
}
