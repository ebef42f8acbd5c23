package ui

import "fyne.io/fyne/v2"

// stepView is one page of the plan window: the overview, a launch step, or export.
type stepView interface {
	// content is the page's widget tree, built once.
	content() fyne.CanvasObject
	// refresh re-reads the session's plan after edits elsewhere (hints, figures, lists).
	refresh()
}
