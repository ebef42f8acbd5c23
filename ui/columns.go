package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// columnsOrRows lays its objects side by side when the width it is given fits them all at
// their minimum widths, else one above the other. Its minimum width is the widest object's,
// so it never widens a page however long a language's labels are (the review form's two
// columns of figures do not fit side by side in German at 1366 px); its minimum height
// follows the arrangement of its last layout, and changed tells the page to lay itself out
// again when the arrangement flips.
type columnsOrRows struct {
	side    bool
	changed func()
}

func (c *columnsOrRows) fits(objs []fyne.CanvasObject, width float32) bool {
	pad := theme.Padding()
	need := -pad
	for _, o := range objs {
		if o.Visible() {
			need += o.MinSize().Width + pad
		}
	}
	return need <= width
}

func (c *columnsOrRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var size fyne.Size
	n := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		size.Width = max(size.Width, m.Width)
		if c.side {
			size.Height = max(size.Height, m.Height)
		} else {
			size.Height += m.Height
		}
		n++
	}
	if !c.side && n > 1 {
		size.Height += pad * float32(n-1)
	}
	return size
}

func (c *columnsOrRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	side := c.fits(objs, size.Width)
	if side != c.side {
		c.side = side
		if c.changed != nil {
			fyne.Do(c.changed)
		}
	}
	pad := theme.Padding()
	var shown []fyne.CanvasObject
	for _, o := range objs {
		if o.Visible() {
			shown = append(shown, o)
		}
	}
	if len(shown) == 0 {
		return
	}
	if side {
		// Each its minimum width and an even share of what is left.
		extra := size.Width - pad*float32(len(shown)-1)
		for _, o := range shown {
			extra -= o.MinSize().Width
		}
		extra /= float32(len(shown))
		x := float32(0)
		for _, o := range shown {
			w := o.MinSize().Width + extra
			o.Move(fyne.NewPos(x, 0))
			o.Resize(fyne.NewSize(w, size.Height))
			x += w + pad
		}
		return
	}
	y := float32(0)
	for _, o := range shown {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}
