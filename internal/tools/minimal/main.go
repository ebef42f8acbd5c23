// Command minimal is the floor of the app's start-up time and memory in `make bench`: the
// least a Fyne program does to show a window (one label), built with the same Fyne version
// and flags as coplaunch in the same run.
//
// With -shape it has the app's shape instead, for a reference row of the memory figure: the
// home window and a plan window (at the app's sizes and titles), each with regular and bold
// text, the two text styles the app uses. Fyne parses its fonts once per style and a second
// window has buffers of its own, so this shows how much of the app's memory is Fyne's.
package main

import (
	"flag"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	shape := flag.Bool("shape", false, "two windows with regular and bold text, as the app")
	flag.Parse()
	a := app.NewWithID("io.github.coplaunch.minimal")
	if !*shape {
		w := a.NewWindow("Minimal Fyne window")
		w.SetContent(widget.NewLabel("Hello"))
		w.Resize(fyne.NewSize(1000, 700))
		w.ShowAndRun()
		return
	}
	text := func() fyne.CanvasObject {
		return container.NewVBox(widget.NewLabel("Hello"),
			widget.NewLabelWithStyle("Hello", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	home := a.NewWindow("Minimal Fyne home")
	home.SetContent(text())
	home.Resize(fyne.NewSize(1100, 700))
	home.Show()
	plan := a.NewWindow("Minimal Fyne plan")
	plan.SetContent(text())
	plan.Resize(fyne.NewSize(1280, 800))
	plan.Show()
	a.Run()
}
