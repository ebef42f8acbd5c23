package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// barItem is one bar of a bar chart.
type barItem struct {
	Label string
	Value float64
	Note  string // shown after the bar, e.g. "6 (43%)"
}

// newBarChart draws horizontal bars scaled to max. (Placeholder until the charts land.)
func newBarChart(items []barItem, max float64) fyne.CanvasObject {
	return widget.NewLabel("chart")
}
