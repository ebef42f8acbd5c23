package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

func TestEmptyLibraryWelcomesAndOpensTheSample(t *testing.T) {
	a, _ := newTestApp(t)
	h := a.home
	if !h.welcomeBox.Visible() {
		t.Fatal("an empty library shows no welcome")
	}
	test.Tap(h.welcomeSample)
	if len(h.rows) != 1 {
		t.Fatalf("library lists %v after opening the sample, want one plan", names(h))
	}
	z, open := a.wizards[h.rows[0].ID]
	if !open {
		t.Fatal("the sample plan's window did not open")
	}
	if h.welcomeBox.Visible() {
		t.Error("the welcome stays on screen over a library with a plan")
	}
	if got, want := z.w.Title(), h.rows[0].Name+" — CoP Launch Planner"; got != want {
		t.Errorf("window title %q, want %q", got, want)
	}
}

func TestDoubleClickAndEnterOpenAPlan(t *testing.T) {
	a, _ := newTestApp(t)
	h := a.home
	for _, n := range []string{"Alpha", "Beta"} {
		if _, err := h.createPlan(n, ""); err != nil {
			t.Fatal(err)
		}
	}
	for id, z := range a.wizards {
		a.closePlan(id)
		_ = z
	}
	row := h.list.CreateItem().(*planRow)
	h.list.UpdateItem(1, row)
	test.DoubleTap(row)
	if _, open := a.wizards[h.rows[1].ID]; !open {
		t.Fatalf("double-clicking %q did not open it", h.rows[1].Name)
	}
	a.closePlan(h.rows[1].ID)
	h.list.Select(0)
	h.plans.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if _, open := a.wizards[h.rows[0].ID]; !open {
		t.Fatalf("Enter in the list did not open %q", h.rows[0].Name)
	}
	a.closePlan(h.rows[0].ID)
	h.list.Select(1)
	a.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if _, open := a.wizards[h.rows[1].ID]; !open {
		t.Fatalf("Enter in the window did not open %q", h.rows[1].Name)
	}
}

func TestWindowTitlesAreShortAndNameTheApp(t *testing.T) {
	long := ""
	for len(long) < 5000 {
		long += "very long name "
	}
	got := windowTitle(long)
	if n := len([]rune(got)); n > maxTitleRunes+len(" — CoP Launch Planner") {
		t.Errorf("title of a 5,000-character name has %d characters", n)
	}
	if want := "Acme — CoP Launch Planner"; windowTitle("  Acme ") != want {
		t.Errorf("windowTitle = %q, want %q", windowTitle("  Acme "), want)
	}
	if windowTitle("") != "CoP Launch Planner" {
		t.Errorf("windowTitle(\"\") = %q", windowTitle(""))
	}
}

func TestFitSize(t *testing.T) {
	tests := []struct {
		name   string
		want   fyne.Size
		w, h   int
		scale  float32
		expect fyne.Size
	}{
		{"fits as it is", fyne.NewSize(1100, 700), 1920, 1080, 1, fyne.NewSize(1100, 700)},
		{"1366x768", fyne.NewSize(1280, 800), 1366, 768, 1, fyne.NewSize(1280, 704)},
		{"1920x1080 at 150%", fyne.NewSize(1280, 800), 1920, 1080, 1.5, fyne.NewSize((1920-frameWidthPx)/1.5, (1080-frameHeightPx)/1.5)},
		{"1280x720 at 200%", fyne.NewSize(1280, 800), 2560, 1440, 2, fyne.NewSize((2560-frameWidthPx)/2, (1440-frameHeightPx)/2)},
		{"never below the smallest usable size", fyne.NewSize(300, 200), 1920, 1080, 1, smallestWindow},
		{"unknown screen", fyne.NewSize(1280, 800), 0, 0, 1, fyne.NewSize(1280, 800)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := fitSize(tc.want, tc.w, tc.h, tc.scale)
			if got != tc.expect {
				t.Errorf("fitSize = %v, want %v", got, tc.expect)
			}
			if tc.w > 0 && (got.Width*tc.scale > float32(tc.w) || got.Height*tc.scale > float32(tc.h)) {
				t.Errorf("%v at scale %g is larger than the %dx%d screen", got, tc.scale, tc.w, tc.h)
			}
		})
	}
}

func TestWindowSizeIsRememberedAndClamped(t *testing.T) {
	fa := test.NewTempApp(t)
	st := newTestStore(t)
	a := New(fa, st, Options{Now: fixedNow, Screen: func() (int, int, bool) { return 1366, 768, true }})
	t.Cleanup(func() { a.win.Close() })
	a.ShowHome()
	if s := a.win.Canvas().Size(); s.Width > 1366 || s.Height > 768 {
		t.Fatalf("home window %v on a 1366x768 screen", s)
	}
	a.win.Resize(fyne.NewSize(900, 600))
	a.rememberSize(winHome, a.win)
	if got := a.rememberedSize(winHome, homeSize); got != fyne.NewSize(900, 600) {
		t.Errorf("remembered %v, want 900x600", got)
	}
	a.win.Resize(fyne.NewSize(3000, 2000))
	a.rememberSize(winHome, a.win)
	a.showFitted(a.win, winHome, homeSize)
	if s := a.win.Canvas().Size(); s.Width > 1366 || s.Height > 768 {
		t.Errorf("a remembered 3000x2000 reopened at %v on a 1366x768 screen", s)
	}
}

func TestInvalidValueIsNamedInTheStatusLine(t *testing.T) {
	s, st := newTestSession(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 800))
	z := newWizard(s, w)
	z.show(planner.StepEvent)
	v := z.page(planner.StepEvent).(*eventStep)
	test.Type(v.startTime, "25:99")
	if !strings.Contains(z.status.Text, "Not saved: Start time") {
		t.Errorf("status line %q does not name the field", z.status.Text)
	}
	if v.startTime.Text != "25:99" {
		t.Errorf("the entry holds %q, want the typed text kept", v.startTime.Text)
	}
	if got := reload(t, s, st); got.Event.Time == "25:99" {
		t.Error("an impossible start time was saved")
	}
	v.startTime.SetText("18:30")
	if strings.Contains(z.status.Text, "Not saved") {
		t.Errorf("status line %q after the value was corrected", z.status.Text)
	}
}
