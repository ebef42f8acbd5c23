package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// textLine is one line of a computed text list: its text and whether it wraps.
type textLine struct {
	text string
	wrap bool
}

// setLines makes box show one label per line. It keeps the labels it already has and touches
// only those whose text changed: laying out a wrapped label is the costly part of a page, and
// a refresh after every save used to rebuild all of them (the large plan's run of show and
// dated checklist are 200 labels, 30 ms a refresh).
func setLines(box *fyne.Container, lines []textLine) {
	if len(box.Objects) != len(lines) {
		objs := make([]fyne.CanvasObject, len(lines))
		for i, l := range lines {
			lb := widget.NewLabel(l.text)
			setLineFit(lb, l.wrap)
			objs[i] = lb
		}
		box.Objects = objs
		box.Refresh()
		return
	}
	for i, l := range lines {
		lb, ok := box.Objects[i].(*widget.Label)
		wrap := fyne.TextWrapOff
		if l.wrap {
			wrap = fyne.TextWrapWord
		}
		switch {
		case !ok:
			lb = widget.NewLabel(l.text)
			setLineFit(lb, l.wrap)
			box.Objects[i] = lb
			box.Refresh()
		case lb.Text != l.text || lb.Wrapping != wrap:
			setLineFit(lb, l.wrap)
			lb.SetText(l.text)
		}
	}
}

// setLineFit makes a line wrap, or else end in an ellipsis where the page ends: either way
// its text never widens the page.
func setLineFit(lb *widget.Label, wrap bool) {
	if wrap {
		lb.Wrapping, lb.Truncation = fyne.TextWrapWord, fyne.TextTruncateOff
		return
	}
	lb.Wrapping, lb.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
}
