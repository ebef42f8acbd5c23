package ui

import (
	"runtime"
	"sync"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wheelLines is how many lines of text one notch of the mouse wheel moves a page, as in
// other desktop apps.
const wheelLines = 3

// driverNotch is how far Fyne's desktop driver scrolls for one wheel notch on Windows and
// Linux (about one line). macOS sends fine-grained deltas of its own and is left alone.
const driverNotch = 25

// pageScroll is the scroller of a page: it moves wheelLines lines per wheel notch, and its
// content never sets the window's size.
type pageScroll struct {
	container.Scroll
}

// newPageScroll scrolls content vertically. The embedded Scroll is what callers keep to
// scroll it from code; the pageScroll itself goes into the layout.
func newPageScroll(content fyne.CanvasObject) *pageScroll {
	s := &pageScroll{}
	// Both ways: content wider than the window (an unbroken run of text, a long choice)
	// gets a horizontal scroll bar instead of making the window, and Back and Next with it,
	// wider than the screen.
	s.Direction = container.ScrollBoth
	s.Content = content
	s.ExtendBaseWidget(s)
	liveScrolls.Store(s, struct{}{})
	return s
}

// liveScrolls holds every page scroller made, so that a wheel notch over a text area can be
// handed to the page around it (see wheelPass).
var liveScrolls sync.Map // *pageScroll → struct{}

// pageScrollAt is the innermost page scroller on screen in canvas c under the absolute
// position pos, or nil. Scrollers no longer on any canvas are forgotten.
func pageScrollAt(c fyne.Canvas, pos fyne.Position) *pageScroll {
	d := fyne.CurrentApp().Driver()
	var best *pageScroll
	var bestArea float32
	liveScrolls.Range(func(k, _ any) bool {
		s := k.(*pageScroll)
		sc := d.CanvasForObject(s)
		if sc == nil {
			liveScrolls.Delete(s)
			return true
		}
		if sc != c || !s.Visible() {
			return true
		}
		at, size := d.AbsolutePositionForObject(s), s.Size()
		if at.IsZero() { // not in the visible tree (a hidden tab)
			return true
		}
		if pos.X < at.X || pos.Y < at.Y || pos.X > at.X+size.Width || pos.Y > at.Y+size.Height {
			return true
		}
		if area := size.Width * size.Height; best == nil || area < bestArea {
			best, bestArea = s, area
		}
		return true
	})
	return best
}

// wheelPass lies over a text area and hands the mouse wheel to the page around it: a text
// area keeps the wheel to itself even when it has nothing to scroll, and a form full of them
// then hardly moves. Taps, drags and the cursor go through to the text area (wheelPass
// handles none of them); its text still scrolls with the keyboard and its scroll bar.
type wheelPass struct {
	widget.BaseWidget
}

func newWheelPass() *wheelPass {
	w := &wheelPass{}
	w.ExtendBaseWidget(w)
	return w
}

// CreateRenderer implements fyne.Widget: wheelPass draws nothing.
func (w *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Scrolled hands the wheel to the page scroller under the pointer.
func (w *wheelPass) Scrolled(ev *fyne.ScrollEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(w)
	if c == nil {
		return
	}
	if s := pageScrollAt(c, ev.AbsolutePosition); s != nil {
		s.Scrolled(ev)
	}
}

// wheelThrough puts a wheelPass over entries (a one-line entry keeps the wheel for sideways
// scrolling of its text); other objects are returned as they are.
func wheelThrough(obj fyne.CanvasObject) fyne.CanvasObject {
	switch e := obj.(type) {
	case *widget.Entry:
		return newValidBox(e, container.NewStack(e, newWheelPass()))
	case *keyEntry:
		return newValidBox(&e.Entry, container.NewStack(e, newWheelPass()))
	}
	return obj
}

// Scrolled scales a wheel notch to wheelLines lines.
func (s *pageScroll) Scrolled(ev *fyne.ScrollEvent) {
	e := *ev
	if f := wheelFactor(); f != 1 {
		e.Scrolled = fyne.NewDelta(ev.Scrolled.DX*f, ev.Scrolled.DY*f)
	}
	s.Scroll.Scrolled(&e)
}

// wheelFactor is what a driver notch is multiplied by to move wheelLines lines.
func wheelFactor() float32 {
	if runtime.GOOS == "darwin" {
		return 1
	}
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
	return wheelLines * line / driverNotch
}
