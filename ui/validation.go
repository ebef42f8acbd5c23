package ui

import (
	"sync"

	"fyne.io/fyne/v2"
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

// watchedField is a form field whose validation, besides showing its message under the field,
// names the field in the window's status line: an invalid value is kept on screen and not
// saved, and the status line says where it is.
type watchedField struct {
	widget.BaseWidget
	obj   fyne.CanvasObject
	v     fyne.Validatable
	label string
}

// watchField wraps obj when it (or the entry of a date field) can be invalid; other objects
// are returned as they are.
func watchField(label string, obj fyne.CanvasObject) fyne.CanvasObject {
	v, ok := obj.(fyne.Validatable)
	if !ok {
		return obj
	}
	f := &watchedField{obj: obj, v: v, label: label}
	f.ExtendBaseWidget(f)
	return f
}

// CreateRenderer implements fyne.Widget.
func (f *watchedField) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(f.obj) }

// Validate implements fyne.Validatable.
func (f *watchedField) Validate() error { return f.v.Validate() }

// SetOnValidationChanged implements fyne.Validatable: the form's callback, then the status line.
func (f *watchedField) SetOnValidationChanged(fn func(error)) {
	f.v.SetOnValidationChanged(func(err error) {
		if fn != nil {
			fn(err)
		}
		reportInvalid(f, f.label, err)
	})
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
