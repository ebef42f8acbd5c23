package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
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

// stepTabs are the tabs of a step page, built so that a large plan's page is quick to show.
// Only the tab shown is in the window's widget tree: Fyne refreshes every tab's content with
// the tabs, and a container with all its children, so a hidden tab would otherwise be wrapped
// and laid out again on every step switch and every save. And only the tab shown is kept up
// to date: a tab's derived parts (figures, suggestions, list labels) are read from the plan
// when it is shown and after each save while it is shown, never while it is hidden.
type stepTabs struct {
	tabs    *container.AppTabs
	list    []stepTab
	holders []*tabHolder
	shown   int
}

// newStepTabs makes the tabs, the first one shown.
func newStepTabs(list ...stepTab) *stepTabs {
	t := &stepTabs{list: list, holders: make([]*tabHolder, len(list))}
	items := make([]*container.TabItem, len(list))
	for i, tab := range list {
		t.holders[i] = newTabHolder()
		items[i] = container.NewTabItem(tab.title, t.holders[i])
	}
	t.holders[0].content = list[0].content
	t.tabs = container.NewAppTabs(items...)
	t.tabs.OnSelected = func(*container.TabItem) { t.onSelected() }
	return t
}

// object is the tabs' widget.
func (t *stepTabs) object() fyne.CanvasObject { return t.tabs }

// onSelected puts the tab chosen into the tree in place of the one shown before and reads its
// derived parts from the plan.
func (t *stepTabs) onSelected() {
	i := t.tabs.SelectedIndex()
	if i < 0 || i == t.shown {
		return
	}
	t.holders[t.shown].content = nil
	t.shown = i
	t.holders[i].content = t.list[i].content
	t.reload()
	t.holders[i].Refresh()
}

// reload re-reads the shown tab from the plan (the page is being shown).
func (t *stepTabs) reload() {
	if t == nil { // still being built
		return
	}
	tab := t.list[t.shown]
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
	if f := t.list[t.shown].refresh; f != nil {
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
