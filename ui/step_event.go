package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// eventStep is the editor of the event step. (Placeholder until its editor lands.)
type eventStep struct{ s *session }

func newEventStep(s *session, w fyne.Window) stepView { return &eventStep{s: s} }

func (v *eventStep) content() fyne.CanvasObject { return widget.NewLabel("Event") }
func (v *eventStep) refresh()                   {}
