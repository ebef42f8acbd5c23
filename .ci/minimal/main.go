// Command minimal is the floor of the app's start-up time and memory in `make bench`: the
// least a Fyne program does to show a window (one label), built with the same Fyne version
// and flags as coplaunch in the same run.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("io.github.coplaunch.minimal")
	w := a.NewWindow("Minimal Fyne window")
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1000, 700))
	w.ShowAndRun()
}
