package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// stepTab is one tab of a step page: its title, its content, and what derives from the plan
// in it. refresh re-reads the derived parts after a save; reload re-reads them when the tab
// is shown, forms of selected list items included (nil: refresh).
type stepTab struct {
	title   string
	content fyne.CanvasObject
	refresh func()
	reload  func()
}

// stepTabs are the tabs of a step page, built so that a large plan's page is quick to show:
// only the tab shown is in the window's widget tree (see tabStrip), and only it is kept up
// to date: a tab's derived parts (figures, suggestions, list labels) are read from the plan
// when it is shown and after each save while it is shown, never while it is hidden.
type stepTabs struct {
	tabs *tabStrip
	list []stepTab
	// settle applies the edits still waiting for a pause before a tab is shown, so that the
	// forms it reads again show what the plan now holds (as leaving a field does).
	settle func()
}

// newStepTabs makes the tabs, the first one shown; settle (may be nil) applies pending
// edits before another tab is shown.
func newStepTabs(settle func(), list ...stepTab) *stepTabs {
	t := &stepTabs{list: list, settle: settle}
	items := make([]*container.TabItem, len(list))
	for i, tab := range list {
		items[i] = container.NewTabItem(tab.title, tab.content)
	}
	t.tabs = newTabStrip(items...)
	t.tabs.OnSelected = func(*container.TabItem) {
		if t.settle != nil {
			t.settle()
		}
		t.reload()
	}
	return t
}

// object is the tabs' widget.
func (t *stepTabs) object() fyne.CanvasObject { return t.tabs }

// reload re-reads the shown tab from the plan (the page is being shown).
func (t *stepTabs) reload() {
	if t == nil { // still being built
		return
	}
	tab := t.list[t.tabs.SelectedIndex()]
	switch {
	case tab.reload != nil:
		tab.reload()
	case tab.refresh != nil:
		tab.refresh()
	}
}

// refresh re-reads the shown tab's derived parts after a save.
func (t *stepTabs) refresh() {
	if t == nil { // still being built
		return
	}
	if f := t.list[t.tabs.SelectedIndex()].refresh; f != nil {
		f()
	}
}

// listRefresher is what a tab needs of a list editor: refresh (the selected item's form too,
// when the tab is shown) and refreshLabels (after a save).
type listRefresher interface {
	refresh()
	refreshLabels()
}

// tab is a stepTab whose derived parts are derived (nil: none) and the labels of lists; when
// it is shown, the lists' selected forms are read again too.
func tab(title string, content fyne.CanvasObject, derived func(), lists ...listRefresher) stepTab {
	return stepTab{
		title:   title,
		content: content,
		refresh: func() {
			if derived != nil {
				derived()
			}
			for _, l := range lists {
				l.refreshLabels()
			}
		},
		reload: func() {
			if derived != nil {
				derived()
			}
			for _, l := range lists {
				l.refresh()
			}
		},
	}
}

// tabStrip is the tab bar and body of a step's page, in place of Fyne's AppTabs for three reasons:
//   - Fyne finds the object under the pointer as the last one drawn there, clipped only by
//     the innermost scroller. AppTabs draws its bar first and its content after, so a list
//     inside the page, scrolled up under the bar, takes the bar's clicks: clicking
//     "Checklist" on a scrolled Run of show selected a hidden agenda row. Here a transparent
//     shield over the bar is drawn last and hands each click to the tab button under it; the
//     bar itself stays first, so Tab reaches the tab buttons before the tab's fields.
//   - AppTabs' tab buttons take no keyboard focus; these are buttons that do (Tab reaches
//     them, Enter or Space selects).
//   - Only the tab shown is in the body (a tabHolder), so in the window's widget tree: Fyne
//     refreshes and lays out every child of a container, and a large plan's hidden tabs would
//     otherwise be wrapped and laid out again on every step switch and every save.
type tabStrip struct {
	widget.BaseWidget

	// Items are the tabs, in order; set once by newTabStrip.
	Items []*container.TabItem
	// OnSelected, when set, runs after the user or the code selects a tab.
	OnSelected func(*container.TabItem)

	selected  int
	buttons   []*keyButton
	indicator *canvas.Rectangle
	bar       *fyne.Container
	body      *tabHolder
}

// newTabStrip shows the first of items.
func newTabStrip(items ...*container.TabItem) *tabStrip {
	t := &tabStrip{Items: items, selected: -1}
	t.body = newTabHolder()
	row := container.NewHBox()
	for i, it := range items {
		i := i
		b := newKeyButton(it.Text, func() { t.SelectIndex(i) })
		b.Importance = widget.LowImportance
		t.buttons = append(t.buttons, b)
		row.Add(b)
	}
	t.indicator = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	// The indicator lies under the buttons' row, in the bar's own coordinates.
	t.bar = container.NewWithoutLayout(row, t.indicator)
	t.ExtendBaseWidget(t)
	t.SelectIndex(0)
	return t
}

// SelectIndex shows tab i.
func (t *tabStrip) SelectIndex(i int) {
	if i < 0 || i >= len(t.Items) || i == t.selected {
		return
	}
	t.selected = i
	t.body.content = t.Items[i].Content
	// The body keeps its size, so Resize would not lay the new content out: Refresh does
	// (without refreshing the content's widgets, see tabHolder).
	t.body.Refresh()
	for j := range t.Items {
		if j == i {
			t.buttons[j].Importance = widget.MediumImportance
		} else {
			t.buttons[j].Importance = widget.LowImportance
		}
		t.buttons[j].Refresh()
	}
	t.placeIndicator()
	t.Refresh()
	if t.OnSelected != nil {
		t.OnSelected(t.Items[i])
	}
}

// Select shows the tab item.
func (t *tabStrip) Select(item *container.TabItem) {
	for i, it := range t.Items {
		if it == item {
			t.SelectIndex(i)
		}
	}
}

// SelectedIndex is the index of the tab shown.
func (t *tabStrip) SelectedIndex() int { return t.selected }

// Selected is the tab shown.
func (t *tabStrip) Selected() *container.TabItem { return t.Items[t.selected] }

// placeIndicator puts the line under the selected tab's button.
func (t *tabStrip) placeIndicator() {
	if t.selected < 0 || len(t.buttons) == 0 {
		return
	}
	b := t.buttons[t.selected]
	h := theme.Padding()
	t.indicator.FillColor = theme.Color(theme.ColorNamePrimary)
	t.indicator.Move(fyne.NewPos(b.Position().X, b.Position().Y+b.Size().Height))
	t.indicator.Resize(fyne.NewSize(b.Size().Width, h))
	t.indicator.Refresh()
}

// CreateRenderer implements fyne.Widget: the content first, the bar last (on top).
func (t *tabStrip) CreateRenderer() fyne.WidgetRenderer {
	strip := container.NewHScroll(t.bar)
	sep := widget.NewSeparator()
	shield := &tabShield{t: t, strip: strip}
	shield.ExtendBaseWidget(shield)
	return &tabStripRenderer{t: t, strip: strip, sep: sep, shield: shield, objects: []fyne.CanvasObject{strip, sep, t.body, shield}}
}

// tabShield lies over the tab bar, drawn after the tab's content: it takes every click on
// the bar, whatever is scrolled under it, and presses the tab button at that place.
type tabShield struct {
	widget.BaseWidget
	t     *tabStrip
	strip *container.Scroll
}

// CreateRenderer implements fyne.Widget: the shield draws nothing.
func (s *tabShield) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Tapped presses the tab button under the pointer.
func (s *tabShield) Tapped(ev *fyne.PointEvent) {
	x, y := ev.Position.X+s.strip.Offset.X, ev.Position.Y
	for _, b := range s.t.buttons {
		p, sz := b.Position(), b.Size()
		if x >= p.X && x < p.X+sz.Width && y >= p.Y && y < p.Y+sz.Height {
			b.Tapped(ev)
			return
		}
	}
}

// Scrolled moves the bar sideways, as it would under the pointer without the shield.
func (s *tabShield) Scrolled(ev *fyne.ScrollEvent) { s.strip.Scrolled(ev) }

type tabStripRenderer struct {
	t       *tabStrip
	strip   *container.Scroll
	sep     *widget.Separator
	shield  *tabShield
	objects []fyne.CanvasObject
}

// barSize is the size of the buttons' row with the indicator under it.
func (r *tabStripRenderer) barSize() fyne.Size {
	row := r.t.bar.Objects[0]
	s := row.MinSize()
	return fyne.NewSize(s.Width, s.Height+theme.Padding())
}

func (r *tabStripRenderer) Layout(size fyne.Size) {
	bs := r.barSize()
	row := r.t.bar.Objects[0]
	row.Move(fyne.NewPos(0, 0))
	row.Resize(row.MinSize())
	r.t.bar.Resize(bs)
	r.t.placeIndicator()
	r.strip.Move(fyne.NewPos(0, 0))
	r.strip.Resize(fyne.NewSize(size.Width, bs.Height))
	r.shield.Move(fyne.NewPos(0, 0))
	r.shield.Resize(fyne.NewSize(size.Width, bs.Height))
	sepH := theme.SeparatorThicknessSize()
	r.sep.Move(fyne.NewPos(0, bs.Height))
	r.sep.Resize(fyne.NewSize(size.Width, sepH))
	top := bs.Height + sepH
	r.t.body.Move(fyne.NewPos(0, top))
	r.t.body.Resize(fyne.NewSize(size.Width, max(0, size.Height-top)))
}

// MinSize is the content's, under a bar that scrolls sideways rather than widen the page.
func (r *tabStripRenderer) MinSize() fyne.Size {
	bs := r.barSize()
	c := r.t.body.MinSize()
	return fyne.NewSize(c.Width, bs.Height+theme.SeparatorThicknessSize()+c.Height)
}

func (r *tabStripRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *tabStripRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *tabStripRenderer) Destroy() {}

// tabHolder holds the content of a tab while it is shown. The tabs refresh every tab's
// content whenever they are refreshed themselves (built, a tab chosen), and a refresh of a
// page's widgets wraps each text again: a second and more for a page of long texts. The
// holder lays its content out instead, and passes a refresh on only when the theme has
// changed since; the widgets refresh themselves as their values change.
type tabHolder struct {
	widget.BaseWidget
	content fyne.CanvasObject
	theme   fyne.Theme
	variant fyne.ThemeVariant
}

func newTabHolder() *tabHolder {
	h := &tabHolder{}
	h.theme, h.variant = currentTheme()
	h.ExtendBaseWidget(h)
	return h
}

// currentTheme is the app's theme and variant.
func currentTheme() (fyne.Theme, fyne.ThemeVariant) {
	st := fyne.CurrentApp().Settings()
	return st.Theme(), st.ThemeVariant()
}

// CreateRenderer implements fyne.Widget.
func (h *tabHolder) CreateRenderer() fyne.WidgetRenderer { return holderRenderer{h} }

type holderRenderer struct{ h *tabHolder }

func (r holderRenderer) Destroy() {}

func (r holderRenderer) Layout(size fyne.Size) {
	if c := r.h.content; c != nil {
		c.Move(fyne.NewPos(0, 0))
		c.Resize(size)
	}
}

func (r holderRenderer) MinSize() fyne.Size {
	if c := r.h.content; c != nil {
		return c.MinSize()
	}
	return fyne.Size{}
}

func (r holderRenderer) Objects() []fyne.CanvasObject {
	if c := r.h.content; c != nil {
		return []fyne.CanvasObject{c}
	}
	return nil
}

func (r holderRenderer) Refresh() {
	c := r.h.content
	if c == nil {
		return
	}
	if th, v := currentTheme(); th != r.h.theme || v != r.h.variant {
		r.h.theme, r.h.variant = th, v
		c.Refresh()
	}
	r.Layout(r.h.Size())
	canvas.Refresh(r.h)
}
