package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// exportStep is the Export page. (Placeholder until the export page lands.)
type exportStep struct{ s *session }

func newExportStep(s *session, w fyne.Window) stepView { return &exportStep{s: s} }

func (v *exportStep) content() fyne.CanvasObject { return widget.NewLabel("Export") }
func (v *exportStep) refresh()                   {}
