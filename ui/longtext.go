package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// longTextMin is the length (in characters) from which a text area shows its text in a
// textPreview until it is used.
const longTextMin = 1500

// textAreaRows are the rows a text area shows; it scrolls the rest.
const textAreaRows = 3

// A text area shows three rows of its text and scrolls the rest, but Fyne 2.7 wraps all of
// it to lay the entry out, measuring the paragraph again for each wrapped line: some 30 ms
// per 5,000 characters on a quiet machine, for each text area of a page. A text area whose
// text is long shows a textPreview instead, which wraps only the rows it shows, measuring
// each word once; the first tap, Tab or context menu on it puts the real entry in its place,
// focused, so that editing is the entry's own.

// longTextStack is the stack a text area is shown in (see wheelThrough): the entry, or a
// preview of its text in the entry's place while the text is long, and pass over them.
func longTextStack(e *keyEntry, pass fyne.CanvasObject) *fyne.Container {
	if !e.MultiLine || utf8.RuneCountInString(e.Text) < longTextMin {
		return stack(e, pass)
	}
	p := &textPreview{e: e}
	p.ExtendBaseWidget(p)
	p.box = stack(p, pass)
	// Every typed or programmatic change (SetText) reaches OnChanged; the handlers set after
	// this one (the purpose's hint) call it in turn. A quiet reload (setQuiet) is followed
	// by a layout, where MinSize reads the text again.
	changed := e.OnChanged
	e.OnChanged = func(t string) {
		if changed != nil {
			changed(t)
		}
		p.textChanged()
	}
	return p.box
}

// textPreview shows the first rows of a long text area's text, drawn as the entry draws
// them, until it is used (see longTextStack).
type textPreview struct {
	widget.BaseWidget
	e   *keyEntry
	box *fyne.Container // the stack whose first object is the preview, then the entry
	// rows are the first n rows of text, wrapped at width.
	rows  []string
	n     int
	width float32
	text  string
}

// active tells whether the entry has taken the preview's place.
func (p *textPreview) active() bool { return p.box.Objects[0] != fyne.CanvasObject(p) }

// activate puts the entry in the preview's place and focuses it.
func (p *textPreview) activate() {
	if p.active() {
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(p)
	p.box.Objects[0] = p.e
	// Laid out and drawn, not refreshed: a refresh would wrap the text a second time.
	p.e.Move(p.Position())
	p.e.Resize(p.Size())
	canvas.Refresh(p.box)
	if c != nil {
		c.Focus(p.e)
	}
}

// textChanged shows the entry's new text.
func (p *textPreview) textChanged() {
	if !p.active() && p.text != p.e.Text {
		p.Refresh()
	}
}

// Tapped puts the entry in place and hands it the tap (the cursor goes where it points).
func (p *textPreview) Tapped(ev *fyne.PointEvent) {
	p.activate()
	p.e.Tapped(ev)
}

// TappedSecondary puts the entry in place and opens its menu.
func (p *textPreview) TappedSecondary(ev *fyne.PointEvent) {
	p.activate()
	p.e.TappedSecondary(ev)
}

// FocusGained (Tab reached the text area) puts the entry in place, focused.
func (p *textPreview) FocusGained() { p.activate() }

// FocusLost implements fyne.Focusable.
func (p *textPreview) FocusLost() {}

// TypedRune hands a key to the entry (the focus moves to it as the preview gains it).
func (p *textPreview) TypedRune(r rune) { p.activate(); p.e.TypedRune(r) }

// TypedKey hands a key to the entry.
func (p *textPreview) TypedKey(ev *fyne.KeyEvent) { p.activate(); p.e.TypedKey(ev) }

// AcceptsTab tells the driver that Tab moves the focus on, as from the entry.
func (p *textPreview) AcceptsTab() bool { return false }

// Cursor is the text cursor, as over the entry.
func (p *textPreview) Cursor() desktop.Cursor { return desktop.TextCursor }

// CreateRenderer implements fyne.Widget.
func (p *textPreview) CreateRenderer() fyne.WidgetRenderer {
	th := p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r := &previewRenderer{p: p,
		bg: canvas.NewRectangle(th.Color(theme.ColorNameInputBackground, v)),
	}
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.bg.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	// The minimum size of the same entry without its text: the text never changes it.
	twin := &widget.Entry{MultiLine: true, Wrapping: p.e.Wrapping, Validator: p.e.Validator,
		ActionItem: p.e.ActionItem, TextStyle: p.e.TextStyle}
	twin.SetMinRowsVisible(textAreaRows)
	twin.ExtendBaseWidget(twin)
	r.min = twin.MinSize()
	return r
}

type previewRenderer struct {
	p     *textPreview
	bg    *canvas.Rectangle
	lines []*canvas.Text
	min   fyne.Size
}

func (r *previewRenderer) Destroy() {}

func (r *previewRenderer) MinSize() fyne.Size {
	if r.p.text != r.p.e.Text { // set quietly since it was drawn
		r.Layout(r.p.Size())
		canvas.Refresh(r.p)
	}
	return r.min
}

func (r *previewRenderer) Objects() []fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, len(r.lines)+1)
	objs = append(objs, r.bg)
	for _, l := range r.lines {
		objs = append(objs, l)
	}
	return objs
}

func (r *previewRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	p := r.p
	th := p.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	textSize := th.Size(theme.SizeNameText)
	lineH := fyne.MeasureText("M", textSize, p.e.TextStyle).Height
	spacing := th.Size(theme.SizeNameLineSpacing)
	n := int((size.Height - pad + spacing) / (lineH + spacing))
	width := size.Width - 2*pad
	if p.text != p.e.Text || p.width != width || p.n != n {
		p.text, p.width, p.n = p.e.Text, width, n
		p.rows = wrapRows(p.text, width, max(n, 1), textSize, p.e.TextStyle)
	}
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	if p.e.Disabled() {
		fg = th.Color(theme.ColorNameDisabled, v)
	}
	r.lines = r.lines[:0]
	for i := 0; i < n && i < len(p.rows); i++ {
		t := canvas.NewText(p.rows[i], fg)
		t.TextSize, t.TextStyle = textSize, p.e.TextStyle
		t.Move(fyne.NewPos(pad, pad/2+float32(i)*(lineH+spacing)))
		t.Resize(fyne.NewSize(width, lineH))
		r.lines = append(r.lines, t)
	}
}

func (r *previewRenderer) Refresh() {
	th := r.p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.bg.Refresh()
	r.p.width = -1 // wrap again: the text or the theme changed
	r.Layout(r.p.Size())
	canvas.Refresh(r.p)
}

// wrapRows wraps text at width as a word-wrapping entry does, and returns its first n rows:
// words are measured once each (no paragraph is measured again per row), a word wider than
// a row is cut where it fills one, and a line break always starts a row.
func wrapRows(text string, width float32, n int, size float32, style fyne.TextStyle) []string {
	measured := map[string]float32{}
	w := func(s string) float32 {
		v, ok := measured[s]
		if !ok {
			v = fyne.MeasureText(s, size, style).Width
			measured[s] = v
		}
		return v
	}
	space := w(" ")
	var rows []string
	for _, para := range strings.Split(text, "\n") {
		var row strings.Builder
		rowW := float32(0)
		flush := func() {
			rows = append(rows, row.String())
			row.Reset()
			rowW = 0
		}
		for _, word := range strings.Split(para, " ") {
			if len(rows) >= n {
				return rows
			}
			ww := w(word)
			if row.Len() > 0 && rowW+space+ww <= width {
				row.WriteByte(' ')
				row.WriteString(word)
				rowW += space + ww
				continue
			}
			if row.Len() > 0 {
				flush()
			}
			for ww > width && len(rows) < n { // cut an unbroken run where it fills a row
				cut := fitPrefix(word, width, size, style)
				rows = append(rows, word[:cut])
				word = word[cut:]
				ww = w(word)
			}
			row.WriteString(word)
			rowW = ww
		}
		if len(rows) >= n {
			return rows
		}
		flush()
	}
	return rows
}

// fitPrefix is the length in bytes of the longest prefix of word (at least one character)
// that fits in width.
func fitPrefix(word string, width float32, size float32, style fyne.TextStyle) int {
	runes := []rune(word)
	lo, hi := 1, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid]), size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return len(string(runes[:lo]))
}
