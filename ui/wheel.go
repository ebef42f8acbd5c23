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
	liveScrolls.Store(s, fyne.CurrentApp())
	return s
}

// liveScrolls holds every page scroller made, with the app it was made in, so that a wheel
// notch over a text area can be handed to the page around it (see wheelPass). Scrollers of
// another app (a test's before) are never candidates.
var liveScrolls sync.Map // *pageScroll → fyne.App

// pageScrollAt is the innermost page scroller on screen in canvas c under the absolute
// position pos, or nil. Scrollers no longer on any canvas are forgotten.
func pageScrollAt(c fyne.Canvas, pos fyne.Position) *pageScroll {
	d := fyne.CurrentApp().Driver()
	var best *pageScroll
	var bestArea float32
	app := fyne.CurrentApp()
	liveScrolls.Range(func(k, v any) bool {
		s := k.(*pageScroll)
		if v != app {
			liveScrolls.Delete(s)
			return true
		}
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
func (w *wheelPass) Scrolled(ev *fyne.ScrollEvent) { toPage(w, ev) }

// toPage hands a wheel event that reached obj to the page scroller under the pointer.
func toPage(obj fyne.CanvasObject, ev *fyne.ScrollEvent) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(obj)
	if c == nil {
		return
	}
	at := ev.AbsolutePosition
	if at.IsZero() { // an event that does not say where (Fyne's test driver): obj's own place
		at = d.AbsolutePositionForObject(obj).Add(fyne.NewPos(1, 1))
	}
	if s := pageScrollAt(c, at); s != nil {
		s.Scrolled(ev)
	}
}

// listWheel lies over a list and scrolls the list while it can scroll further that way,
// then the page around it: a list keeps the wheel to itself even over its empty part, and a
// page whose list column is under the pointer then stops. Taps and hovers go through to the
// rows.
type listWheel struct {
	widget.BaseWidget
	list *widget.List
}

// wheelList puts a listWheel over l.
func wheelList(l *widget.List) fyne.CanvasObject {
	w := &listWheel{list: l}
	w.ExtendBaseWidget(w)
	return stack(l, w)
}

// CreateRenderer implements fyne.Widget: listWheel draws nothing.
func (w *listWheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Scrolled scrolls the list, or the page when the list is at its end that way.
func (w *listWheel) Scrolled(ev *fyne.ScrollEvent) {
	before := w.list.GetScrollOffset()
	if ev.Scrolled.DY != 0 {
		w.list.ScrollToOffset(before - ev.Scrolled.DY)
	}
	if w.list.GetScrollOffset() == before {
		toPage(w, ev)
	}
}

// wheelThrough puts a wheelPass over entries (a one-line entry keeps the wheel for sideways
// scrolling of its text) and a listWheel over lists; other objects are returned as they are.
func wheelThrough(obj fyne.CanvasObject) fyne.CanvasObject {
	switch e := obj.(type) {
	case *widget.Entry:
		return newValidBox(e, stack(e, newWheelPass()))
	case *parsedEntry:
		return newValidBox(&e.Entry, stack(e, newWheelPass()))
	case *keyEntry:
		return newValidBox(&e.Entry, longTextStack(e, newWheelPass()))
	case *widget.List:
		return wheelList(e)
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

// scrollIntoView scrolls the innermost page scroller holding obj until obj is in view, with
// a little room around it.
func scrollIntoView(obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(obj)
	if c == nil || c.Overlays().Top() != nil { // a field of a dialog: the page stays put
		return
	}
	at, size := d.AbsolutePositionForObject(obj), obj.Size()
	app := fyne.CurrentApp()
	var best *pageScroll
	var bestArea float32
	liveScrolls.Range(func(k, v any) bool {
		s := k.(*pageScroll)
		if v != app || !s.Visible() || d.CanvasForObject(s) != c || s.Content == nil {
			return true
		}
		sp := d.AbsolutePositionForObject(s)
		if sp.IsZero() {
			return true
		}
		top := sp.Y - s.Offset.Y // the content's top
		if at.Y < top || at.Y >= top+s.Content.Size().Height || at.X < sp.X || at.X >= sp.X+s.Size().Width {
			return true
		}
		if area := s.Size().Width * s.Size().Height; best == nil || area < bestArea {
			best, bestArea = s, area
		}
		return true
	})
	if best == nil {
		return
	}
	sp, view, room := d.AbsolutePositionForObject(best), best.Size().Height, theme.Padding()*4
	switch {
	case at.Y < sp.Y:
		best.Offset.Y -= sp.Y - at.Y + room
	case at.Y+size.Height > sp.Y+view:
		best.Offset.Y += min(at.Y+size.Height-(sp.Y+view)+room, at.Y-sp.Y) // never past its top
	default:
		return
	}
	best.Offset.Y = max(0, best.Offset.Y)
	best.Refresh()
}
