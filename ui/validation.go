package ui

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// invalidReporters maps a plan window's canvas to what tells its status line that a field
// holds a value that is not saved.
var invalidReporters sync.Map // fyne.Canvas → func(label string, err error)

// reportInvalid tells the status line of the window showing obj that the field label holds
// an invalid value (err), or that it no longer does (nil).
func reportInvalid(obj fyne.CanvasObject, label string, err error) {
	c := fyne.CurrentApp().Driver().CanvasForObject(obj)
	if c == nil {
		return
	}
	if f, ok := invalidReporters.Load(c); ok {
		f.(func(string, error))(label, err)
	}
}

// watchedField is a form field that can hold an invalid value, with a line of its own under
// it for the message (or, while the value is valid, the field's hint). Fyne's form writes
// the message in a text that widens the form to its length, so a long message made the page
// wider than the window; this line shows what fits and ends in "…", and it is there, empty
// or not, from the start, so a message appearing never moves the fields below. The status
// line names the field and gives the whole message.
type watchedField struct {
	widget.BaseWidget
	obj   fyne.CanvasObject
	v     fyne.Validatable
	label string
	hint  string
	msg   *messageLine
}

// watchField wraps obj when it (or the entry of a date field) can be invalid; other objects
// are returned as they are. hint (may be "") is shown under a valid value.
func watchField(label string, obj fyne.CanvasObject, hint string) fyne.CanvasObject {
	v, ok := obj.(fyne.Validatable)
	if !ok {
		return obj
	}
	f := &watchedField{obj: obj, v: v, label: label, hint: hint, msg: newMessageLine(hint)}
	f.ExtendBaseWidget(f)
	v.SetOnValidationChanged(f.validated)
	return f
}

// setHint changes the hint shown under a valid value.
func (f *watchedField) setHint(hint string) {
	f.hint = hint
	if f.v.Validate() == nil {
		f.msg.set(hint, false)
	}
}

// validated shows the message of err, or the hint, and tells the status line.
func (f *watchedField) validated(err error) {
	if err != nil {
		f.msg.set(err.Error(), true)
	} else {
		f.msg.set(f.hint, false)
	}
	reportInvalid(f, f.label, err)
}

// CreateRenderer implements fyne.Widget: the field above its message line.
func (f *watchedField) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(&fieldLayout{}, f.obj, f.msg))
}

// fieldLayout puts a field above its message line, with no gap.
type fieldLayout struct{}

func (*fieldLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height)
}

func (*fieldLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := objs[1].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, size.Height-h))
	objs[1].Move(fyne.NewPos(0, size.Height-h))
	objs[1].Resize(fyne.NewSize(size.Width, h))
}

// messageLine is one line of small text that never asks for width: it shows what fits of
// its text and ends in "…" when cut.
type messageLine struct {
	widget.BaseWidget
	full  string
	isErr bool
	text  *canvas.Text
}

func newMessageLine(text string) *messageLine {
	m := &messageLine{full: text, text: canvas.NewText("", nil)}
	m.ExtendBaseWidget(m)
	return m
}

// set changes the text and whether it is an error (error colour) or a hint.
func (m *messageLine) set(text string, isErr bool) {
	if m.full == text && m.isErr == isErr {
		return
	}
	m.full, m.isErr = text, isErr
	m.Refresh()
}

// Text is the whole text of the line, cut or not.
func (m *messageLine) Text() string { return m.full }

// CreateRenderer implements fyne.Widget.
func (m *messageLine) CreateRenderer() fyne.WidgetRenderer { return &messageRenderer{m: m} }

type messageRenderer struct{ m *messageLine }

func (r *messageRenderer) style() {
	t := r.m.text
	t.TextSize = theme.CaptionTextSize()
	t.Color = theme.Color(theme.ColorNamePlaceHolder)
	if r.m.isErr {
		t.Color = theme.Color(theme.ColorNameError)
	}
}

func (r *messageRenderer) Layout(size fyne.Size) {
	r.style()
	t := r.m.text
	t.Text = fitText(r.m.full, size.Width-2*theme.InnerPadding(), t.TextSize)
	// Placed as Fyne's form places its hint text, so fields sit where they always did.
	t.Move(fyne.NewPos(theme.InnerPadding(), theme.InnerPadding()/2))
	t.Resize(fyne.NewSize(max(0, size.Width-theme.InnerPadding()), size.Height-theme.InnerPadding()))
	t.Refresh()
}

// MinSize is one caption line high, with the padding Fyne's form gives its hint text, and
// as narrow as a few letters.
func (r *messageRenderer) MinSize() fyne.Size {
	h := fyne.MeasureText("Ag", theme.CaptionTextSize(), fyne.TextStyle{}).Height
	return fyne.NewSize(2*theme.InnerPadding(), h+theme.InnerPadding())
}

func (r *messageRenderer) Refresh()                     { r.Layout(r.m.Size()) }
func (r *messageRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.m.text} }
func (r *messageRenderer) Destroy()                     {}

// fitText is text cut to fit width at size, ending in "…" when cut.
func fitText(text string, width, size float32) string {
	measure := func(s string) float32 { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width }
	if width <= 0 || measure(text) <= width {
		return text
	}
	rs := []rune(text)
	lo, hi := 0, len(rs) // the longest prefix that fits with "…" is rs[:lo]
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(string(rs[:mid])+"…") <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(rs[:lo]), " ") + "…"
}

// validBox shows obj (an entry with buttons or overlays around it) and validates as the
// entry does, so that a form shows the entry's message under the whole field.
type validBox struct {
	widget.BaseWidget
	entry *widget.Entry
	obj   fyne.CanvasObject
}

func newValidBox(e *widget.Entry, obj fyne.CanvasObject) *validBox {
	b := &validBox{entry: e, obj: obj}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer implements fyne.Widget.
func (b *validBox) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.obj) }

// Validate implements fyne.Validatable.
func (b *validBox) Validate() error { return b.entry.Validate() }

// SetOnValidationChanged implements fyne.Validatable.
func (b *validBox) SetOnValidationChanged(fn func(error)) { b.entry.SetOnValidationChanged(fn) }
