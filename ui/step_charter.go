package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// charterStep is the editor of the charter step. (Placeholder until its editor lands.)
type charterStep struct{ s *session }

func newCharterStep(s *session, w fyne.Window) stepView { return &charterStep{s: s} }

func (v *charterStep) content() fyne.CanvasObject { return widget.NewLabel("Charter") }
func (v *charterStep) refresh()                   {}
