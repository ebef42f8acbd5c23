package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// stepTabs are the tabs of a step's page, in place of Fyne's AppTabs for two reasons:
//   - Fyne finds the object under the pointer as the last one drawn there, clipped only by
//     the innermost scroller. AppTabs draws its bar first and its content after, so a list
//     inside the page, scrolled up under the bar, takes the bar's clicks: clicking
//     "Checklist" on a scrolled Run of show selected a hidden agenda row. Here a transparent
//     shield over the bar is drawn last and hands each click to the tab button under it; the
//     bar itself stays first, so Tab reaches the tab buttons before the tab's fields.
//   - AppTabs' tab buttons take no keyboard focus; these are buttons that do (Tab reaches
//     them, Enter or Space selects).
type stepTabs struct {
	widget.BaseWidget

	// Items are the tabs, in order; set once by newStepTabs.
	Items []*container.TabItem
	// OnSelected, when set, runs after the user or the code selects a tab.
	OnSelected func(*container.TabItem)

	selected  int
	buttons   []*keyButton
	indicator *canvas.Rectangle
	bar       *fyne.Container
	body      *fyne.Container
}

// newStepTabs shows the first of items.
func newStepTabs(items ...*container.TabItem) *stepTabs {
	t := &stepTabs{Items: items, selected: -1}
	t.body = container.NewStack()
	row := container.NewHBox()
	for i, it := range items {
		i := i
		b := newKeyButton(it.Text, func() { t.SelectIndex(i) })
		b.Importance = widget.LowImportance
		t.buttons = append(t.buttons, b)
		row.Add(b)
		t.body.Add(it.Content)
	}
	t.indicator = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	// The indicator lies under the buttons' row, in the bar's own coordinates.
	t.bar = container.NewWithoutLayout(row, t.indicator)
	t.ExtendBaseWidget(t)
	t.SelectIndex(0)
	return t
}

// SelectIndex shows tab i.
func (t *stepTabs) SelectIndex(i int) {
	if i < 0 || i >= len(t.Items) || i == t.selected {
		return
	}
	t.selected = i
	for j, it := range t.Items {
		if j == i {
			it.Content.Show()
			t.buttons[j].Importance = widget.MediumImportance
		} else {
			it.Content.Hide()
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
func (t *stepTabs) Select(item *container.TabItem) {
	for i, it := range t.Items {
		if it == item {
			t.SelectIndex(i)
		}
	}
}

// SelectedIndex is the index of the tab shown.
func (t *stepTabs) SelectedIndex() int { return t.selected }

// Selected is the tab shown.
func (t *stepTabs) Selected() *container.TabItem { return t.Items[t.selected] }

// placeIndicator puts the line under the selected tab's button.
func (t *stepTabs) placeIndicator() {
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
func (t *stepTabs) CreateRenderer() fyne.WidgetRenderer {
	strip := container.NewHScroll(t.bar)
	sep := widget.NewSeparator()
	shield := &tabShield{t: t, strip: strip}
	shield.ExtendBaseWidget(shield)
	return &stepTabsRenderer{t: t, strip: strip, sep: sep, shield: shield, objects: []fyne.CanvasObject{strip, sep, t.body, shield}}
}

// tabShield lies over the tab bar, drawn after the tab's content: it takes every click on
// the bar, whatever is scrolled under it, and presses the tab button at that place.
type tabShield struct {
	widget.BaseWidget
	t     *stepTabs
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

type stepTabsRenderer struct {
	t       *stepTabs
	strip   *container.Scroll
	sep     *widget.Separator
	shield  *tabShield
	objects []fyne.CanvasObject
}

// barSize is the size of the buttons' row with the indicator under it.
func (r *stepTabsRenderer) barSize() fyne.Size {
	row := r.t.bar.Objects[0]
	s := row.MinSize()
	return fyne.NewSize(s.Width, s.Height+theme.Padding())
}

func (r *stepTabsRenderer) Layout(size fyne.Size) {
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
func (r *stepTabsRenderer) MinSize() fyne.Size {
	bs := r.barSize()
	c := r.t.body.MinSize()
	return fyne.NewSize(c.Width, bs.Height+theme.SeparatorThicknessSize()+c.Height)
}

func (r *stepTabsRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *stepTabsRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *stepTabsRenderer) Destroy() {}
