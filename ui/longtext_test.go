package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// previewOf is the preview shown for the text area e, or nil.
func previewOf(w fyne.Window, e *keyEntry) *textPreview {
	for _, o := range test.LaidOutObjects(w.Content()) {
		if p, ok := o.(*textPreview); ok && p.e == e {
			return p
		}
	}
	return nil
}

// laidOut tells whether obj is in the window's laid-out tree.
func laidOut(w fyne.Window, obj fyne.CanvasObject) bool {
	for _, o := range test.LaidOutObjects(w.Content()) {
		if o == obj {
			return true
		}
	}
	return false
}

func TestLongTextAreaShowsAPreviewUntilUsed(t *testing.T) {
	p := plantest.Demo(testNow)
	plantest.LongTexts(p)
	s, st := newTestSessionWith(t, p)
	v := openStep[*charterStep](t, s, planner.StepCharter)
	w := v.w

	pv := previewOf(w, v.purpose)
	if pv == nil {
		t.Fatal("no preview for the 5,000-character purpose")
	}
	if laidOut(w, v.purpose) {
		t.Fatal("the purpose's entry is laid out beside its preview")
	}
	// The rows shown are the text's first rows, each within the row's width, no more than
	// the entry shows.
	purpose := s.plan.Charter.Purpose
	if len(pv.rows) == 0 || len(pv.rows) > textAreaRows {
		t.Fatalf("%d rows shown, want 1..%d", len(pv.rows), textAreaRows)
	}
	if joined := strings.Join(pv.rows, " "); !strings.HasPrefix(strings.Join(strings.Fields(purpose), " "), strings.Join(strings.Fields(joined), " ")) {
		t.Errorf("rows %q are not the start of the purpose %.80q…", pv.rows, purpose)
	}
	for _, r := range pv.rows {
		if wd := fyne.MeasureText(r, 14, fyne.TextStyle{}).Width; wd > pv.width+0.5 {
			t.Errorf("row %q is %.1f wide, more than %.1f", r, wd, pv.width)
		}
	}

	// A change made by the app (here the domain statement) shows at once.
	v.purpose.SetText("A rewritten purpose. " + purpose)
	if !strings.HasPrefix(pv.rows[0], "A rewritten purpose.") {
		t.Errorf("after SetText the preview shows %q", pv.rows[0])
	}

	// A tap puts the entry in place, focused; typing reaches the plan.
	test.Tap(pv)
	if !laidOut(w, v.purpose) || laidOut(w, pv) {
		t.Fatal("after a tap the preview is still shown instead of the entry")
	}
	if w.Canvas().Focused() != v.purpose {
		t.Fatalf("after a tap %T has the focus, want the purpose's entry", w.Canvas().Focused())
	}
	before := s.plan.Charter.Purpose
	test.Type(v.purpose, "Q")
	if got := s.plan.Charter.Purpose; len(got) != len(before)+1 || !strings.Contains(got, "Q") {
		t.Fatalf("typing did not reach the plan: %d → %d characters", len(before), len(got))
	}

	// Reaching a preview with the keyboard focuses its entry in its place.
	scope := previewOf(w, v.scopeIn)
	if scope == nil {
		t.Fatal("no preview for the 5,000-character scope")
	}
	w.Canvas().Focus(scope)
	if w.Canvas().Focused() != v.scopeIn || !laidOut(w, v.scopeIn) {
		t.Fatalf("focusing the scope's preview focused %T", w.Canvas().Focused())
	}
	if got := reload(t, s, st).Charter.Purpose; got != s.plan.Charter.Purpose {
		t.Errorf("the typed purpose was not saved: %d characters, want %d", len(got), len(s.plan.Charter.Purpose))
	}
}

func TestShortTextAreaHasNoPreview(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	v := openStep[*charterStep](t, s, planner.StepCharter)
	if previewOf(v.w, v.purpose) != nil || !laidOut(v.w, v.purpose) {
		t.Fatal("a short purpose is shown in a preview, not in its entry")
	}
}

func TestWrapRows(t *testing.T) {
	test.NewTempApp(t)
	const size = 14
	wd := func(s string) float32 { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width }
	width := wd("alpha beta gamma")
	for _, c := range []struct {
		name, text string
		n          int
		want       []string
	}{
		{"fill and break", "alpha beta gamma delta epsilon", 5, []string{"alpha beta gamma", "delta epsilon"}},
		{"line breaks start rows", "alpha\nbeta gamma\n\ndelta", 5, []string{"alpha", "beta gamma", "", "delta"}},
		{"only n rows", "alpha beta gamma delta alpha beta gamma delta alpha beta", 2, []string{"alpha beta gamma", "delta alpha beta"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := wrapRows(c.text, width, c.n, size, fyne.TextStyle{})
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("wrapRows(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
	t.Run("unbroken run is cut", func(t *testing.T) {
		run := strings.Repeat("x", 200)
		got := wrapRows("ab "+run, width, 50, size, fyne.TextStyle{})
		if len(got) < 3 || got[0] != "ab" || strings.Join(got[1:], "") != run {
			t.Fatalf("rows %q", got)
		}
		for _, r := range got {
			if wd(r) > width {
				t.Errorf("row %q wider than %.1f", r, width)
			}
		}
	})
}
