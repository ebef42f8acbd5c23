package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/layout"
)

// Fyne's container constructors (container.NewVBox, NewStack, NewBorder…) measure and lay
// out their objects as they are made, which creates the renderer of every widget inside:
// buttons decode their icons, entries wrap their text. A step page is built whole, every
// tab of it, so a page of eight tabs paid for all eight before showing one. The pages'
// building blocks (sections, fields, list editors) are made with the constructors below
// instead, which lay nothing out: a tab's widgets are measured, rendered and wrapped when
// the tab is first shown, by the tab holder laying it out (see tabStrip), and a hidden tab
// costs only its Go values.

// box is a container laid out by l once it is given a size: nothing is measured when it is
// made.
func box(l fyne.Layout, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: l, Objects: objs}
}

// vbox is container.NewVBox without the measuring.
func vbox(objs ...fyne.CanvasObject) *fyne.Container { return box(layout.NewVBoxLayout(), objs...) }

// hbox is container.NewHBox without the measuring.
func hbox(objs ...fyne.CanvasObject) *fyne.Container { return box(layout.NewHBoxLayout(), objs...) }

// stack is container.NewStack without the measuring.
func stack(objs ...fyne.CanvasObject) *fyne.Container { return box(layout.NewStackLayout(), objs...) }

// padded is container.NewPadded without the measuring.
func padded(objs ...fyne.CanvasObject) *fyne.Container {
	return box(layout.NewPaddedLayout(), objs...)
}

// border is container.NewBorder without the measuring: top, bottom, left and right (each may
// be nil) around the rest, which fill the middle.
func border(top, bottom, left, right fyne.CanvasObject, objs ...fyne.CanvasObject) *fyne.Container {
	all := make([]fyne.CanvasObject, 0, len(objs)+4)
	all = append(all, objs...)
	for _, o := range []fyne.CanvasObject{top, bottom, left, right} {
		if o != nil {
			all = append(all, o)
		}
	}
	return box(layout.NewBorderLayout(top, bottom, left, right), all...)
}

// sizedBy is a stack whose minimum size is min(), asked when it is laid out rather than when
// it is made (a list's rows are measured then).
func sizedBy(min func() fyne.Size, objs ...fyne.CanvasObject) *fyne.Container {
	return box(minLayout{min}, objs...)
}

// minLayout stacks objects in the minimum size min() or more.
type minLayout struct{ min func() fyne.Size }

func (l minLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objs, size)
}

func (l minLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return l.min().Max(layout.NewStackLayout().MinSize(objs))
}

// relaid shows the new objects of c: it lays them out at c's size and redraws c, where
// c.Refresh would also refresh every object, which for objects just made means making each
// renderer at no size (a wrapped label wraps at its minimum width, a word per row) before
// the layout does it again at the right one. A c never laid out is left to its first layout.
func relaid(c *fyne.Container) {
	if c.Layout != nil && !c.Size().IsZero() {
		c.Layout.Layout(c.Objects, c.Size())
	}
	canvas.Refresh(c)
}
