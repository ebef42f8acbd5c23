package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// TestColumnsOrRows checks that two objects go side by side where both fit, one above the
// other where they do not, that the minimum width is never more than the wider one's, and
// that a flip of the arrangement is reported.
func TestColumnsOrRows(t *testing.T) {
	test.NewTempApp(t)
	a, b := canvas.NewRectangle(nil), canvas.NewRectangle(nil)
	a.SetMinSize(fyne.NewSize(300, 100))
	b.SetMinSize(fyne.NewSize(200, 50))
	flips := 0
	l := &columnsOrRows{changed: func() { flips++ }}
	c := container.New(l, a, b)
	if w := c.MinSize().Width; w != 300 {
		t.Errorf("minimum width %v, want the wider object's 300", w)
	}
	c.Resize(fyne.NewSize(700, 400))
	if a.Position().Y != 0 || b.Position().Y != 0 || b.Position().X < a.Size().Width || a.Size().Width < 300 {
		t.Errorf("at 700 px: a at %v size %v, b at %v: want side by side", a.Position(), a.Size(), b.Position())
	}
	if h := c.MinSize().Height; h != 100 {
		t.Errorf("side by side, minimum height %v, want 100", h)
	}
	c.Resize(fyne.NewSize(400, 400))
	if b.Position().Y < 100 || b.Position().X != 0 || b.Size().Width != 400 {
		t.Errorf("at 400 px: b at %v size %v: want it under a", b.Position(), b.Size())
	}
	if h := c.MinSize().Height; h <= 150 {
		t.Errorf("one above the other, minimum height %v, want more than 150", h)
	}
	if flips != 2 {
		t.Errorf("%d flips reported, want 2", flips)
	}
}
