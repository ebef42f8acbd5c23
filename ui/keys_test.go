package ui

import (
	"context"
	"fmt"
	"image/color"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// press sends a key to canvas c the way Fyne's desktop driver does (window.processKeyPressed):
// Tab moves the focus unless the focused widget accepts tabs; other keys go to the focused
// widget, or to the canvas's OnTypedKey when nothing has the focus.
func press(c fyne.Canvas, key fyne.KeyName) {
	f := c.Focused()
	if key == fyne.KeyTab {
		if tb, ok := f.(fyne.Tabbable); !ok || !tb.AcceptsTab() {
			test.FocusNext(c)
			return
		}
	}
	if f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: key})
	} else if fn := c.OnTypedKey(); fn != nil {
		fn(&fyne.KeyEvent{Name: key})
	}
}

// menuShortcut runs the main-menu item of w with shortcut sc, as the desktop driver does
// before the focused widget sees the keys; false when no item has it.
func menuShortcut(w fyne.Window, sc fyne.Shortcut) bool {
	for _, m := range w.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return true
			}
		}
	}
	return false
}

// ctrl is Ctrl (Cmd on macOS) plus key, as the driver reports it.
func ctrl(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// pressIn is press for a window that is not the newest: Fyne's test driver answers
// CanvasForObject with the newest window whatever the object, so the Esc or Enter that one
// of the app's key widgets hands to its dialog (dialogKey) would go to the plan window's
// canvas. pressIn hands it to c, the window the widget is in, as the desktop driver's
// CanvasForObject does; other keys are pressed as press does.
func pressIn(c fyne.Canvas, key fyne.KeyName) {
	f := c.Focused()
	if fyne.CurrentApp().Driver().CanvasForObject(nil) == c || (key != fyne.KeyEscape && key != fyne.KeyReturn) {
		press(c, key)
		return
	}
	switch w := f.(type) {
	case *keyEntry:
		if key == fyne.KeyEscape || !w.MultiLine {
			canvasDialogKey(c, key)
			return
		}
	case *keySelect, *restoreList:
		canvasDialogKey(c, key)
		return
	case *keyButton:
		if key == fyne.KeyEscape {
			canvasDialogKey(c, key)
			return
		}
	}
	press(c, key)
}

// dialogsOpen counts the overlays (dialogs) shown on c.
func dialogsOpen(c fyne.Canvas) int { return len(c.Overlays().List()) }

func TestTabLeavesAMultiLineFieldAndNeverTypesATab(t *testing.T) {
	s, st := newTestSessionWith(t, corePlan())
	v := openStep[*charterStep](t, s, planner.StepCharter)
	c := fyne.CurrentApp().Driver().CanvasForObject(v.purpose)
	if c == nil {
		t.Fatal("the purpose field is not on screen")
	}
	v.purpose.SetText("")
	c.Focus(v.purpose)
	test.Type(v.purpose, "Learn\ttogether")
	press(c, fyne.KeyTab)
	if c.Focused() == fyne.Focusable(v.purpose) {
		t.Error("Tab left the focus in the multi-line purpose field")
	}
	// A driver that hands Tab to the field anyway moves the focus too.
	c.Focus(v.purpose)
	v.purpose.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if c.Focused() == fyne.Focusable(v.purpose) {
		t.Error("a Tab key handed to the purpose field left the focus in it")
	}
	if p := reload(t, s, st); p.Charter.Purpose != "Learntogether" || strings.Contains(v.purpose.Text, "\t") {
		t.Errorf("purpose saved %q, shown %q: want no tab character", p.Charter.Purpose, v.purpose.Text)
	}
}

func TestCtrlNNewPlanFromTheKeyboard(t *testing.T) {
	a, st := newTestApp(t)
	c := a.win.Canvas()
	if !menuShortcut(a.win, ctrl(fyne.KeyN)) {
		t.Fatal("no menu item has Ctrl+N")
	}
	if c.Focused() != fyne.Focusable(a.home.newName) {
		t.Fatalf("New plan opened with %T focused, want the name field", c.Focused())
	}
	test.Type(a.home.newName, "Typed plan")
	press(c, fyne.KeyTab)
	if c.Focused() == fyne.Focusable(a.home.newName) {
		t.Error("Tab did not leave the name field")
	}
	c.Focus(a.home.newName)
	press(c, fyne.KeyReturn)
	sums, err := st.List(context.Background(), planner.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 1 || sums[0].Name != "Typed plan" {
		t.Fatalf("after Enter the library holds %v, want the plan typed", sums)
	}
	if dialogsOpen(c) != 0 {
		t.Error("the New plan dialog stayed open after Enter")
	}
}

func TestEscCancelsTheNewPlanDialog(t *testing.T) {
	a, st := newTestApp(t)
	c := a.win.Canvas()
	menuShortcut(a.win, ctrl(fyne.KeyN))
	test.Type(a.home.newName, "Not wanted")
	press(c, fyne.KeyEscape)
	if dialogsOpen(c) != 0 {
		t.Fatal("Esc did not close the New plan dialog")
	}
	if sums, _ := st.List(context.Background(), planner.ListOptions{}); len(sums) != 0 {
		t.Errorf("Esc created %v", sums)
	}
	// The dialog opened again keeps what was typed (no dialog loses typed work); Enter on a
	// name the rules refuse creates nothing and keeps the dialog.
	menuShortcut(a.win, ctrl(fyne.KeyN))
	if a.home.newName.Text != "Not wanted" {
		t.Errorf("the New plan dialog opened again with %q, want the name typed before", a.home.newName.Text)
	}
	a.home.newName.SetText("")
	press(c, fyne.KeyReturn)
	if dialogsOpen(c) != 1 {
		t.Error("Enter with no name closed the dialog")
	}
	if sums, _ := st.List(context.Background(), planner.ListOptions{}); len(sums) != 0 {
		t.Errorf("Enter with no name created %v", sums)
	}
}

func TestExportedDialogClosesOnEscAndEnterFromAnyFocus(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(800, 600))
	c := w.Canvas()
	path := filepath.Join(t.TempDir(), "charter.pdf")
	showExported(w, exportCharterPDF, path)
	if dialogsOpen(c) != 1 || c.Focused() == nil {
		t.Fatalf("Exported: %d dialogs, focus on %T; want one, focused", dialogsOpen(c), c.Focused())
	}
	press(c, fyne.KeyEscape)
	if dialogsOpen(c) != 0 {
		t.Fatal("Esc did not close the Exported dialog")
	}
	// Tab to Close, then Enter presses it; Esc with nothing focused closes as well.
	showExported(w, exportCharterPDF, path)
	press(c, fyne.KeyTab)
	if b, ok := c.Focused().(*keyButton); !ok || b.Text != "Close" {
		t.Fatalf("Tab focused %T, want the Close button", c.Focused())
	}
	press(c, fyne.KeyReturn)
	if dialogsOpen(c) != 0 {
		t.Fatal("Enter on Close did not close the dialog")
	}
	showExported(w, exportCharterPDF, path)
	c.Unfocus()
	press(c, fyne.KeyEscape)
	if dialogsOpen(c) != 0 {
		t.Fatal("Esc with nothing focused did not close the dialog")
	}
}

func TestIssueVersionFromTheKeyboard(t *testing.T) {
	s, st := newTestSessionWith(t, corePlan())
	v := openStep[*charterStep](t, s, planner.StepCharter)
	c := fyne.CurrentApp().Driver().CanvasForObject(v.purpose)
	r := v.revision
	test.Tap(r.issue)
	if c.Focused() != fyne.Focusable(r.number) {
		t.Fatalf("Issue opened with %T focused, want the version field", c.Focused())
	}
	press(c, fyne.KeyTab) // author
	press(c, fyne.KeyTab) // note, multi-line: Enter types a new line, Tab leaves
	if c.Focused() != fyne.Focusable(r.note) {
		t.Fatalf("focus on %T, want the note", c.Focused())
	}
	test.Type(r.note, "For the sponsor")
	c.Focus(r.number)
	press(c, fyne.KeyReturn)
	p := reload(t, s, st)
	if n := len(p.Charter.Versions); n == 0 || p.Charter.Versions[n-1].Changes != "For the sponsor" {
		t.Errorf("after Enter the charter has versions %+v, want one noted %q", p.Charter.Versions, "For the sponsor")
	}
}

func TestGoMenuReachesEveryStepAndTab(t *testing.T) {
	a, st := newTestApp(t)
	id, err := a.home.createPlan("Keys", "")
	if err != nil {
		t.Fatal(err)
	}
	z, err := a.openPlan(id)
	if err != nil {
		t.Fatal(err)
	}
	_ = st
	z.w.Resize(fyne.NewSize(1280, 800))
	for i, p := range stepPages {
		if !menuShortcut(z.w, ctrl(fyne.KeyName(strconv.Itoa(i)))) {
			t.Fatalf("no Go menu item has Ctrl+%d", i)
		}
		if z.current != p.step {
			t.Errorf("Ctrl+%d shows %v, want %v", i, z.current, p.step)
		}
	}
	next := &desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl}
	prev := &desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}
	for _, stp := range []planner.Step{planner.StepCharter, planner.StepEvent, planner.StepReviews} {
		z.goTo(stp)
		tabs := z.pages[stp].(tabbedPage).strip()
		for want := 1; want <= len(tabs.Items); want++ {
			menuShortcut(z.w, next)
			if got := tabs.SelectedIndex(); got != want%len(tabs.Items) {
				t.Fatalf("%v: Ctrl+Tab selected tab %d, want %d", stp, got, want%len(tabs.Items))
			}
			if f := z.w.Canvas().Focused(); f != nil && !contains(tabs.Selected().Content, f.(fyne.CanvasObject)) {
				t.Errorf("%v tab %q: focus on %T outside the tab", stp, tabs.Selected().Text, f)
			}
		}
		menuShortcut(z.w, prev)
		if got := tabs.SelectedIndex(); got != len(tabs.Items)-1 {
			t.Errorf("%v: Ctrl+Shift+Tab from the first tab selected %d, want the last", stp, got)
		}
	}
	// The first tab of the charter starts with a field: Ctrl+Tab round to it focuses it.
	z.goTo(planner.StepCharter)
	tabs := z.pages[planner.StepCharter].(tabbedPage).strip()
	for tabs.SelectedIndex() != 0 {
		menuShortcut(z.w, next)
	}
	if z.w.Canvas().Focused() == nil {
		t.Error("Ctrl+Tab to the charter's first tab focused nothing")
	}
}

func TestFocusIsPlainlyVisible(t *testing.T) {
	th := newAppTheme()
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		focus := th.Color(theme.ColorNameFocus, v)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameButton, theme.ColorNamePrimary, theme.ColorNameBackground, theme.ColorNameInputBackground} {
			under := th.Color(bg, v)
			if d := colourDistance(under, over(under, focus)); d < 60 {
				t.Errorf("variant %v: focus on %s changes it by %.0f of 441, want at least 60", v, bg, d)
			}
		}
	}
}

// over is c drawn over under (both non-premultiplied in effect).
func over(under, c color.Color) color.Color {
	ur, ug, ub, _ := under.RGBA()
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	a := float64(n.A) / 255
	mix := func(u uint32, v uint8) uint8 { return uint8(float64(u>>8)*(1-a) + float64(v)*a) }
	return color.NRGBA{R: mix(ur, n.R), G: mix(ug, n.G), B: mix(ub, n.B), A: 255}
}

// colourDistance is the Euclidean distance of two colours in 8-bit RGB.
func colourDistance(a, b color.Color) float64 {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := func(x, y uint32) float64 { v := float64(x>>8) - float64(y>>8); return v * v }
	return math.Sqrt(d(ar, br) + d(ag, bg) + d(ab, bb))
}

func TestTabStripTakesItsClicksOverAScrolledList(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 560)) // short enough that the Run of show scrolls
	z := newWizard(s, w)
	z.show(planner.StepEvent)
	v := z.page(planner.StepEvent).(*eventStep)
	v.tabs.SelectIndex(1) // Run of show
	ps, ok := v.tabs.Items[1].Content.(*pageScroll)
	if !ok {
		t.Fatalf("the Run of show tab holds a %T", v.tabs.Items[1].Content)
	}
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(v.tabs)
	pageAt := d.AbsolutePositionForObject(ps)
	listAt := d.AbsolutePositionForObject(v.agenda.list)
	// Scroll the page until the agenda list starts 30 px above the page's top, under the bar.
	ps.Offset.Y = listAt.Y - pageAt.Y + 30
	ps.Refresh()
	listAt = d.AbsolutePositionForObject(v.agenda.list)
	event := v.tabs.buttons[0]
	at := d.AbsolutePositionForObject(event).Add(fyne.NewPos(event.Size().Width/2, event.Size().Height/2))
	ls := v.agenda.list.Size()
	if at.X < listAt.X || at.Y < listAt.Y || at.X > listAt.X+ls.Width || at.Y > listAt.Y+ls.Height {
		t.Fatalf("the agenda list (%v, %v) does not lie under the Event tab's button at %v: the test shows nothing", listAt, ls, at)
	}
	test.TapCanvas(c, at)
	if v.agenda.selected >= 0 {
		t.Errorf("a click on the Event tab selected agenda row %d under it", v.agenda.selected)
	}
	if v.tabs.SelectedIndex() != 0 {
		t.Errorf("a click on the Event tab left tab %d shown", v.tabs.SelectedIndex())
	}
}

// journeyStop is one field the keyboard-only journey (.ci/journey.sh) fills: the Go menu
// shortcut of its page, the Tabs from the page's start to it, and, for a list, the Tabs to
// its Add button and on from there to the new item's field.
type journeyStop struct {
	page       int // Ctrl+page
	tabs       int // Tab presses after the page is shown
	addThenTab int // when > 0, Space presses the Add button reached, then this many Tabs
	field      func(z *wizard) fyne.Focusable
}

// journeyStops must agree with keyboard_run in .ci/journey.sh.
var journeyStops = []journeyStop{
	{0, 9, 0, func(z *wizard) fyne.Focusable { return z.pages[planner.StepOverview].(*overviewStep).audience }},
	{1, 8, 4, func(z *wizard) fyne.Focusable {
		return z.pages[planner.StepSurvey].(*surveyStep).fields["question.title"].(*keyEntry)
	}},
	{2, 5, 2, func(z *wizard) fyne.Focusable {
		return z.pages[planner.StepRecruit].(*recruitStep).fields["candidate.name"].(*keyEntry)
	}},
	{3, 9, 0, func(z *wizard) fyne.Focusable { return z.pages[planner.StepCharter].(*charterStep).name }},
	{4, 6, 0, func(z *wizard) fyne.Focusable { return z.pages[planner.StepEvent].(*eventStep).title }},
	{5, 7, 4, func(z *wizard) fyne.Focusable {
		return z.pages[planner.StepReviews].(*reviewsStep).fields["members"]
	}},
}

// journeyTexts are what the keyboard-only journey types at its stops, in journeyStops order
// (the shell adds a token to each; the review's stop takes a number).
var journeyTexts = []string{"Audience K", "Question K", "Candidate K", "Charter K", "Event K", "12"}

// typeOver selects what the focused field of c holds and types text over it, as the
// journey's typein does (Ctrl+A, then the keys); it fails when no text field has the focus.
func typeOver(t *testing.T, c fyne.Canvas, text string) {
	t.Helper()
	f := c.Focused()
	e, ok := f.(interface {
		fyne.Focusable
		fyne.Shortcutable
	})
	if !ok {
		t.Fatalf("typing %q: the focus is on %T, not a text field", text, f)
	}
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	for _, r := range text {
		e.TypedRune(r)
	}
}

// journeyWindow is the one plan window of a.
func journeyWindow(t *testing.T, a *App) *wizard {
	t.Helper()
	if len(a.wizards) != 1 {
		t.Fatalf("%d plan windows, want 1", len(a.wizards))
	}
	for _, z := range a.wizards {
		return z
	}
	return nil
}

// TestKeyboardJourneyReachesItsFields walks the keyboard-only journey's key presses (keyboard_run
// in .ci/journey.sh) in a library file of its own, so that a change of focus order or of a
// dialog's first field that would send the journey astray fails here first: Ctrl+K makes a
// client (Esc saves it), Ctrl+N a plan, the journeyStops fill a field of every page, Ctrl+I
// and Enter issue charter version 1.0, Ctrl+B and Enter back the library up, a later edit is
// made, and Ctrl+Shift+B, Up…, Enter, Enter restore the backup; the app then works on the
// restored library, which holds what the backup held and not the later edit.
func TestKeyboardJourneyReachesItsFields(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.db")
	a := newRecoveryApp(t, path)
	hc := a.win.Canvas()

	// Ctrl+K: the Clients dialog opens on the name; typed, then Esc saves and closes.
	if !menuShortcut(a.win, ctrl(fyne.KeyK)) {
		t.Fatal("no menu item of the home window has Ctrl+K")
	}
	if a.home.clients == nil || hc.Focused() != fyne.Focusable(a.home.clients.name) {
		t.Fatalf("Ctrl+K: focus on %T, want the client's name", hc.Focused())
	}
	typeOver(t, hc, "Client K")
	press(hc, fyne.KeyEscape)
	if dialogsOpen(hc) != 0 {
		t.Fatalf("Esc left %d dialogs over the home window", dialogsOpen(hc))
	}

	// Ctrl+N: a plan.
	menuShortcut(a.win, ctrl(fyne.KeyN))
	typeOver(t, hc, "Keyboard plan")
	press(hc, fyne.KeyReturn)
	z := journeyWindow(t, a)
	z.w.Resize(fyne.NewSize(1366, 768))
	c := z.w.Canvas()
	for i, st := range journeyStops {
		menuShortcut(z.w, ctrl(fyne.KeyName(strconv.Itoa(st.page))))
		for range st.tabs {
			press(c, fyne.KeyTab)
		}
		if st.addThenTab > 0 {
			if b, ok := c.Focused().(*keyButton); !ok || b.Text != "Add" {
				t.Fatalf("Ctrl+%d, %d Tabs: focus on %T, want the Add button", st.page, st.tabs, c.Focused())
			}
			press(c, fyne.KeySpace)
			for range st.addThenTab {
				press(c, fyne.KeyTab)
			}
		}
		if want := st.field(z); c.Focused() != want {
			t.Fatalf("Ctrl+%d: the journey's Tabs reach %T, not its field", st.page, c.Focused())
		}
		typeOver(t, c, journeyTexts[i])
	}

	// Ctrl+I: Issue charter version, its number (1.0) focused; Enter issues it.
	if !menuShortcut(z.w, ctrl(fyne.KeyI)) {
		t.Fatal("no menu item of the plan window has Ctrl+I")
	}
	r := z.pages[planner.StepCharter].(*charterStep).revision
	if c.Focused() != fyne.Focusable(r.number) || r.number.Text != "1.0" {
		t.Fatalf("Ctrl+I: focus on %T, version %q; want the version field with 1.0", c.Focused(), r.number.Text)
	}
	press(c, fyne.KeyReturn)
	if dialogsOpen(c) != 0 || len(z.s.plan.Charter.Versions) != 1 {
		t.Fatalf("Enter: %d dialogs open, versions %+v", dialogsOpen(c), z.s.plan.Charter.Versions)
	}

	// Ctrl+B in the plan window: the Back up now form over the home window, its folder
	// focused; the folder typed, Enter backs up, Esc closes the message.
	dir := t.TempDir()
	if !menuShortcut(z.w, ctrl(fyne.KeyB)) {
		t.Fatal("no menu item of the plan window has Ctrl+B")
	}
	if f, ok := hc.Focused().(*keyEntry); !ok || dialogsOpen(hc) != 1 {
		t.Fatalf("Ctrl+B: %d dialogs over the home window, focus on %T; want the folder", dialogsOpen(hc), hc.Focused())
	} else if entries := formEntries(a.win); len(entries) == 0 || &f.Entry != entries[0] {
		t.Fatal("Ctrl+B: the focus is not on the form's folder")
	}
	typeOver(t, hc, dir)
	pressIn(hc, fyne.KeyReturn)
	copies, _ := filepath.Glob(filepath.Join(dir, "keys-backup-*.db"))
	if len(copies) != 1 {
		t.Fatalf("Enter backed up %v into the folder typed; the window says:\n%s", copies, texts(a.win))
	}
	pressIn(hc, fyne.KeyEscape)
	if dialogsOpen(hc) != 0 {
		t.Fatalf("Esc left %d dialogs over the home window", dialogsOpen(hc))
	}

	// An edit after the backup, which the restore must undo.
	menuShortcut(z.w, ctrl(fyne.Key0))
	for range journeyStops[0].tabs {
		press(c, fyne.KeyTab)
	}
	typeOver(t, c, "After the backup")
	z.s.flush()

	// Ctrl+Shift+B: Restore from backup, the list of copies focused; Up to the newest, Enter,
	// Enter (confirmed); Esc closes the message.
	if !menuShortcut(z.w, shortcut(fyne.KeyB, fyne.KeyModifierShift)) {
		t.Fatal("no menu item of the plan window has Ctrl+Shift+B")
	}
	p := a.restorePicker
	if p == nil || hc.Focused() != fyne.Focusable(p.list) {
		t.Fatalf("Ctrl+Shift+B: focus on %T, want the list of copies", hc.Focused())
	}
	for range journeyUps {
		pressIn(hc, fyne.KeyUp)
	}
	if p.chosen != 0 || p.backups[0].Path != copies[0] {
		t.Fatalf("Up chose copy %d of %+v, want the newest, %s", p.chosen, p.backups, copies[0])
	}
	pressIn(hc, fyne.KeyReturn)
	pressIn(hc, fyne.KeyReturn)
	if len(a.wizards) != 0 {
		t.Fatal("the plan window stayed open over the restored library")
	}
	if got := texts(a.win); !strings.Contains(got, "restored from the copy") {
		t.Errorf("after the restore the home window says:\n%s", got)
	}
	pressIn(hc, fyne.KeyEscape)
	if dialogsOpen(hc) != 0 {
		t.Fatalf("Esc left %d dialogs over the home window", dialogsOpen(hc))
	}

	// The app works on the restored library, at the library's own path: Ctrl+N makes a plan.
	menuShortcut(a.win, ctrl(fyne.KeyN))
	typeOver(t, hc, "After the restore")
	press(hc, fyne.KeyReturn)
	if a.lib.Path() != path || a.win.Title() != appTitle {
		t.Errorf("after the restore the app shows %s titled %q, want %s titled %q", a.lib.Path(), a.win.Title(), path, appTitle)
	}
	ctx := context.Background()
	cs, err := a.lib.Clients(ctx)
	if err != nil || len(cs) != 1 || cs[0].Name != "Client K" {
		t.Errorf("the restored library's clients: %+v, %v", cs, err)
	}
	sums, err := a.lib.List(ctx, planner.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sum := range sums {
		got = append(got, sum.Name)
		if sum.Name != "Keyboard plan" {
			continue
		}
		pl, err := a.lib.Load(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		question := ""
		if len(pl.Survey.Questions) > 0 {
			question = pl.Survey.Questions[len(pl.Survey.Questions)-1].Title
		}
		if pl.Audience != journeyTexts[0] || question != journeyTexts[1] || pl.Charter.Name != journeyTexts[3] || pl.Event.Title != journeyTexts[4] {
			t.Errorf("the restored plan holds audience %q, question %q, charter %q, event %q", pl.Audience, question, pl.Charter.Name, pl.Event.Title)
		}
		if len(pl.Charter.Versions) != 1 || pl.Charter.Versions[0].Version != "1.0" || !pl.Charter.Versions[0].Issued() {
			t.Errorf("the restored plan's charter versions: %+v", pl.Charter.Versions)
		}
		if len(pl.Candidates) != 1 || pl.Candidates[0].Name != journeyTexts[2] || len(pl.Reviews) != 1 || pl.Reviews[0].MembersTotal != 12 {
			t.Errorf("the restored plan's candidates %+v, reviews %+v", pl.Candidates, pl.Reviews)
		}
	}
	sort.Strings(got)
	if strings.Join(got, ",") != "After the restore,Keyboard plan" {
		t.Errorf("the library holds %v after the restore and Ctrl+N", got)
	}
}

// journeyUps is how many times the journey presses Up in the list of copies: enough to
// reach the newest from wherever the list starts.
var journeyUps = [5]struct{}{}

// TestEscGoesToTheDialogOnTop: the window's own overlays say which keyDialog is on top, so
// Esc closes the newest first, then the one below, in each window apart; a plain dialog on
// top takes no key meant for the keyDialog under it.
func TestEscGoesToTheDialogOnTop(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(800, 600))
	other := test.NewTempWindow(t, widget.NewLabel(""))
	other.Resize(fyne.NewSize(800, 600))
	c := w.Canvas()
	var closed []string
	show := func(win fyne.Window, name string) *keyDialog {
		k := newKeyDialog(win, name, widget.NewLabel(name), "", "Close", func(bool) { closed = append(closed, name) })
		k.Show()
		return k
	}
	first := show(w, "first")
	show(w, "second")
	show(other, "elsewhere")
	if topKeyDialog(c) == first || topKeyDialog(c) == nil {
		t.Fatal("the second dialog is not on top")
	}
	c.Unfocus()
	press(c, fyne.KeyEscape)
	if dialogsOpen(c) != 1 || topKeyDialog(c) != first {
		t.Fatalf("after one Esc: %d dialogs, closed %v", dialogsOpen(c), closed)
	}
	plain := dialog.NewInformation("plain", "a dialog of Fyne's own", w)
	plain.Show()
	if topKeyDialog(c) != nil || canvasDialogKey(c, fyne.KeyEscape) {
		t.Error("Esc went past a plain dialog to the keyDialog under it")
	}
	plain.Hide()
	c.Unfocus()
	press(c, fyne.KeyEscape)
	if dialogsOpen(c) != 0 || topKeyDialog(c) != nil {
		t.Fatalf("after the second Esc: %d dialogs", dialogsOpen(c))
	}
	if strings.Join(closed, ",") != "second,first" || dialogsOpen(other.Canvas()) != 1 {
		t.Errorf("closed %v; the other window has %d dialogs", closed, dialogsOpen(other.Canvas()))
	}
}

// TestTabScrollsTheFieldItReachesIntoView: on a page taller than the window, Tab from field
// to field brings the one it reaches below the fold into view, and Shift+Tab back to the
// first brings the page back up: one-line number and date fields, a list editor's buttons.
func TestTabScrollsTheFieldItReachesIntoView(t *testing.T) {
	s, st := newTestSession(t)
	var fields []fyne.CanvasObject
	var last *parsedEntry
	for i := range 24 {
		i := i
		// Plain one-line text fields between the number fields: both scroll into view.
		fields = append(fields, widget.NewLabel(fmt.Sprintf("Field %d", i)), textField(s, fmt.Sprintf("text.%d", i),
			func() string { return s.plan.Audience }, func(t string) { s.plan.Audience = t }, s.savePlan))
		e := intField(s, fmt.Sprintf("test.%d", i), func() int { return s.plan.Charter.MemberLedAt },
			func(n int) { s.plan.Charter.MemberLedAt = n }, s.saveCharter)
		fields = append(fields, e)
		last = e
	}
	goals := newListEditor(s, nil, listSpec[planner.Goal]{
		kind: planner.ItemGoal, items: func() *[]planner.Goal { return &s.plan.Goals },
		id: func(g *planner.Goal) int64 { return g.ID }, label: func(g *planner.Goal) string { return g.Title },
		newItem: func() planner.Goal { return planner.Goal{} },
		form:    func(*planner.Goal, func() error) fyne.CanvasObject { return widget.NewLabel("") },
		save:    func(g *planner.Goal) error { return s.put(g) },
	})
	page := newPageScroll(container.NewVBox(append(fields, goals.object())...))
	w := test.NewTempWindow(t, page)
	w.Resize(fyne.NewSize(600, 400))
	c := w.Canvas()
	d := fyne.CurrentApp().Driver()
	inView := func(o fyne.CanvasObject) bool {
		top, at := d.AbsolutePositionForObject(page).Y, d.AbsolutePositionForObject(o).Y
		return at >= top && at+o.Size().Height <= top+page.Size().Height
	}
	if inView(last) || page.Offset.Y != 0 {
		t.Fatalf("the last field is in view already (offset %v): the test shows nothing", page.Offset.Y)
	}
	for n := 0; c.Focused() != last; n++ {
		if n > 60 {
			t.Fatal("Tab never reached the last field")
		}
		press(c, fyne.KeyTab)
		if f, ok := c.Focused().(fyne.CanvasObject); ok && !inView(f) {
			t.Fatalf("Tab reached %T at tab %d out of view (offset %v)", f, n+1, page.Offset.Y)
		}
	}
	if page.Offset.Y <= 0 {
		t.Errorf("offset %v after Tab reached the last field", page.Offset.Y)
	}
	// On to the list editor's Add button (past its list, Fyne's own widget).
	for n := 0; c.Focused() != fyne.Focusable(goals.add); n++ {
		if n > 3 {
			t.Fatalf("Tab after the last field: focus on %T, not the Add button", c.Focused())
		}
		press(c, fyne.KeyTab)
	}
	if !inView(goals.add) {
		t.Errorf("the Add button Tab reached is out of view (offset %v)", page.Offset.Y)
	}
	bottom := page.Offset.Y
	last.SetText("")
	test.Type(last, "40")
	first := fields[1].(*keyEntry) // a plain text field
	for n := 0; c.Focused() != first; n++ {
		if n > 60 {
			t.Fatal("Shift+Tab never reached the first field")
		}
		test.FocusPrevious(c)
	}
	if !inView(first) || page.Offset.Y >= bottom {
		t.Errorf("Shift+Tab to the first field left the page at offset %v (was %v)", page.Offset.Y, bottom)
	}
	if p := reload(t, s, st); p.Charter.MemberLedAt != 40 {
		t.Errorf("the field typed in after the scroll stored %d", p.Charter.MemberLedAt)
	}
}

// TestMenuShortcutsReachTheKeyboardJourneysDialogs: Clients…, Issue charter version…, Back up
// now… and Restore from backup… have their shortcuts on menu items, shown in the menu and
// run by the desktop driver before a focused text field sees the keys (canvas shortcuts are
// not); no two items of a window share one, and none is a key the driver turns into a text
// field's own shortcut (Ctrl+A, C, V, X, Y, Z, Insert), which no menu item would ever get.
func TestMenuShortcutsReachTheKeyboardJourneysDialogs(t *testing.T) {
	a, _ := newTestApp(t)
	id, err := a.home.createPlan("Keys", "")
	if err != nil {
		t.Fatal(err)
	}
	z, err := a.openPlan(id)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]fyne.Shortcut{
		"Clients…":               ctrl(fyne.KeyK),
		"Issue charter version…": ctrl(fyne.KeyI),
		"Back up now…":           ctrl(fyne.KeyB),
		"Restore from backup…":   shortcut(fyne.KeyB, fyne.KeyModifierShift),
	}
	entryKeys := map[fyne.KeyName]bool{fyne.KeyA: true, fyne.KeyC: true, fyne.KeyV: true, fyne.KeyX: true,
		fyne.KeyY: true, fyne.KeyZ: true, fyne.KeyInsert: true}
	for _, w := range []fyne.Window{a.win, z.w} {
		seen := map[string]string{}
		found := map[string]bool{}
		for _, m := range w.MainMenu().Items {
			for _, it := range m.Items {
				sc, ok := it.Shortcut.(*desktop.CustomShortcut)
				if it.Shortcut == nil {
					continue
				}
				if !ok {
					t.Errorf("%q: %T is not a key of its own", it.Label, it.Shortcut)
					continue
				}
				if other, dup := seen[sc.ShortcutName()]; dup {
					t.Errorf("%q and %q share %s", other, it.Label, sc.ShortcutName())
				}
				seen[sc.ShortcutName()] = it.Label
				if entryKeys[sc.KeyName] && sc.Modifier == fyne.KeyModifierShortcutDefault {
					t.Errorf("%q has %s, which a text field takes for its own", it.Label, sc.ShortcutName())
				}
				if ws, ok := want[it.Label]; ok {
					found[it.Label] = true
					if ws.ShortcutName() != sc.ShortcutName() {
						t.Errorf("%q has %s, want %s", it.Label, sc.ShortcutName(), ws.ShortcutName())
					}
				}
			}
		}
		for label := range want {
			if !found[label] && (w == z.w || label != "Issue charter version…") {
				t.Errorf("window %q has no menu item %q", w.Title(), label)
			}
		}
	}
	// From a plan window, Ctrl+K shows the Clients dialog over the home window; pressed again
	// it keeps that one, with what was typed, rather than opening a second.
	menuShortcut(z.w, ctrl(fyne.KeyK))
	if a.home.clients == nil || dialogsOpen(a.win.Canvas()) != 1 {
		t.Fatalf("Ctrl+K from the plan window: %d dialogs over the home window", dialogsOpen(a.win.Canvas()))
	}
	test.Type(a.home.clients.name, "Half typed")
	first := a.home.clients
	menuShortcut(a.win, ctrl(fyne.KeyK))
	if a.home.clients != first || dialogsOpen(a.win.Canvas()) != 1 || first.name.Text != "Half typed" {
		t.Errorf("Ctrl+K again: %d dialogs, the name holds %q", dialogsOpen(a.win.Canvas()), first.name.Text)
	}
	// Ctrl+I twice keeps one Issue version dialog, shown on the charter's History tab.
	menuShortcut(z.w, ctrl(fyne.KeyI))
	menuShortcut(z.w, ctrl(fyne.KeyI))
	v := z.pages[planner.StepCharter].(*charterStep)
	if z.current != planner.StepCharter || dialogsOpen(z.w.Canvas()) != 1 {
		t.Errorf("Ctrl+I twice: step %v, %d dialogs", z.current, dialogsOpen(z.w.Canvas()))
	}
	if !contains(v.tabs.Selected().Content, v.revision.issue) {
		t.Errorf("Ctrl+I showed the %q tab, not the one with Issue version", v.tabs.Selected().Text)
	}
}
