package ui

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestZZHeap(t *testing.T) {
	runtime.MemProfileRate = 4096
	s := largeSession(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(perfWindowSize)
	z := newWizard(s, w)
	runtime.GC()
	f, _ := os.Create("/tmp/heap.prof")
	pprof.Lookup("heap").WriteTo(f, 0)
	f.Close()
	_ = z
}
