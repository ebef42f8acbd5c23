package main

import (
	"github.com/go-gl/glfw/v3.3/glfw"
)

// primaryScreen reports the work area of the primary monitor in device pixels (the screen
// without task bars and docks), read from GLFW, which Fyne's desktop driver has initialised by
// the time the first window exists. It is called on the main goroutine, as GLFW requires.
// Any GLFW error (no monitor, a driver that did not initialise GLFW) means "unknown".
func primaryScreen() (width, height int, ok bool) {
	defer func() {
		if recover() != nil {
			width, height, ok = 0, 0, false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0, false
	}
	_, _, w, h := m.GetWorkarea()
	if w <= 0 || h <= 0 {
		if mode := m.GetVideoMode(); mode != nil {
			w, h = mode.Width, mode.Height
		}
	}
	return w, h, w > 0 && h > 0
}
