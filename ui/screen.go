package ui

import (
	"fyne.io/fyne/v2"
)

// ScreenFunc reports the usable area, in device pixels, of the screen a new window opens on
// (the work area: without task bars and docks); ok is false when it is not known.
type ScreenFunc func() (width, height int, ok bool)

// Window kinds whose size is remembered, each under its own preference keys.
const (
	winHome = "home"
	winPlan = "plan"
)

// Default sizes of the windows, in Fyne units, before they are fitted to the screen.
var (
	homeSize = fyne.NewSize(1100, 700)
	planSize = fyne.NewSize(1280, 800)
)

// Room left around a window on its screen, in device pixels: the window manager's title bar
// and frame sit outside the size a window asks for.
const (
	frameWidthPx  = 16
	frameHeightPx = 64
)

// smallestWindow is the least a window is shrunk to when fitting a screen: below it the
// pages stop being usable, and screens this small are not supported.
var smallestWindow = fyne.NewSize(640, 480)

// fitSize returns want clamped to a screen of screenW×screenH device pixels at scale (device
// pixels per Fyne unit), leaving room for the window's frame. A size of 0 or less, or an
// unknown screen, leaves want as it is.
func fitSize(want fyne.Size, screenW, screenH int, scale float32) fyne.Size {
	if screenW <= 0 || screenH <= 0 {
		return want
	}
	if scale <= 0 {
		scale = 1
	}
	maxW := float32(screenW-frameWidthPx) / scale
	maxH := float32(screenH-frameHeightPx) / scale
	return fyne.NewSize(clampTo(want.Width, smallestWindow.Width, maxW), clampTo(want.Height, smallestWindow.Height, maxH))
}

// clampTo returns v no larger than most and, when the screen allows it, no smaller than least.
func clampTo(v, least, most float32) float32 {
	if v > most {
		v = most
	}
	if v < least && least <= most {
		v = least
	}
	return v
}

// rememberedSize is the size the user last left a window of this kind at, or def.
func (a *App) rememberedSize(kind string, def fyne.Size) fyne.Size {
	p := a.fa.Preferences()
	w := p.FloatWithFallback("window."+kind+".width", 0)
	h := p.FloatWithFallback("window."+kind+".height", 0)
	if w <= 0 || h <= 0 {
		return def
	}
	return fyne.NewSize(float32(w), float32(h))
}

// rememberSize keeps the window's current size for the next window of this kind.
func (a *App) rememberSize(kind string, w fyne.Window) {
	s := w.Canvas().Size()
	if s.Width <= 0 || s.Height <= 0 {
		return
	}
	p := a.fa.Preferences()
	p.SetFloat("window."+kind+".width", float64(s.Width))
	p.SetFloat("window."+kind+".height", float64(s.Height))
}

// showFitted shows w at the size last used for its kind (def the first time), clamped to the
// screen. The scale is only known once the window exists, so the size is checked again after
// Show and corrected when the first guess was too large.
func (a *App) showFitted(w fyne.Window, kind string, def fyne.Size) {
	want := a.rememberedSize(kind, def)
	sw, sh, ok := 0, 0, false
	if a.opt.Screen != nil {
		sw, sh, ok = a.opt.Screen()
	}
	if !ok {
		w.Resize(want)
		w.Show()
		return
	}
	before := w.Canvas().Scale()
	w.Resize(fitSize(want, sw, sh, before))
	w.Show()
	if after := w.Canvas().Scale(); after != before {
		w.Resize(fitSize(want, sw, sh, after))
	}
}

// dialogSize is want, shrunk to leave a margin inside window w when w is smaller: a dialog
// larger than its window would push the window past the screen.
func dialogSize(w fyne.Window, want fyne.Size) fyne.Size {
	c := w.Canvas().Size()
	if c.Width <= 0 || c.Height <= 0 {
		return want
	}
	return fyne.NewSize(min(want.Width, c.Width-40), min(want.Height, c.Height-40))
}
