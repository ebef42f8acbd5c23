package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// reviewsStep is the editor of the reviews step. (Placeholder until its editor lands.)
type reviewsStep struct{ s *session }

func newReviewsStep(s *session, w fyne.Window) stepView { return &reviewsStep{s: s} }

func (v *reviewsStep) content() fyne.CanvasObject { return widget.NewLabel("Reviews") }
func (v *reviewsStep) refresh()                   {}
