package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// TestLanguageSetting chooses German in the Language setting: it is remembered at once and
// wins over the system's; choosing the system's language again forgets the choice. The
// setting speaks the chosen language the next time it opens.
func TestLanguageSetting(t *testing.T) {
	a, _ := newTestApp(t)
	ld := a.showLanguage(a.win)
	if ld.choice.Selected == "" || languageOf(a.fa.Preferences()) != systemLanguage() {
		t.Fatalf("a new app does not follow the system: %q", ld.choice.Selected)
	}
	ld.choice.SetSelected("Deutsch")
	ld.d.Hide()
	if got := a.fa.Preferences().String(languagePref); got != "de" {
		t.Errorf("the choice is remembered as %q, want de", got)
	}
	if got := languageOf(a.fa.Preferences()); got != i18n.German {
		t.Errorf("the app's language is %s, want German", got)
	}
	again := a.showLanguage(a.win)
	if again.choice.Selected != "Deutsch" || again.choice.Options[0] != "Systemsprache ("+systemLanguage().Name()+")" {
		t.Errorf("the setting reopens on %q with options %q", again.choice.Selected, again.choice.Options)
	}
	again.choice.SetSelected(again.choice.Options[0])
	again.d.Hide()
	if got := a.fa.Preferences().String(languagePref); got != "" {
		t.Errorf("choosing the system's language leaves %q", got)
	}
}

// newGermanApp opens a test app whose Language setting is German, on st.
func newGermanApp(t *testing.T, lib Library, opt Options) *App {
	t.Helper()
	fa := test.NewTempApp(t)
	fa.Preferences().SetString(languagePref, "de")
	a := New(fa, lib, opt)
	t.Cleanup(func() {
		for _, z := range a.wizards {
			z.w.Close()
		}
		a.win.Close()
	})
	return a
}

// TestHomeInGerman opens the plan library with the Language setting on German: its buttons,
// columns, rows, menus, welcome and questions are German, dates take the German form, the
// window stays within 1366 px, and the sort chosen is kept by its code, not its words, when
// the language changes back to English at once.
func TestHomeInGerman(t *testing.T) {
	a := newGermanApp(t, newTestStore(t), Options{Now: fixedNow})
	h := a.home
	if h.welcomeNew.Text != "Neuer Plan" || h.welcomeSample.Text != "Beispielplan öffnen" {
		t.Errorf("the welcome says %q, %q", h.welcomeNew.Text, h.welcomeSample.Text)
	}
	if _, err := h.createPlan("Alpha", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := h.createPlan("Beta", ""); err != nil {
		t.Fatal(err)
	}
	for got, want := range map[string]string{
		h.newBtn.Text: "Neu", h.dupBtn.Text: "Duplizieren", h.deleteBtn.Text: "Löschen",
		h.importBtn.Text: "Plandatei importieren…", h.count.Text: "2 Pläne", h.search.PlaceHolder: "Name, Kunde, Thema, Schritt …",
	} {
		if got != want {
			t.Errorf("shows %q, want %q", got, want)
		}
	}
	cells := summaryCells(h.tr, h.rows[0])
	if cells[3] != "1 Umfrage zum Themenfeld" || cells[4] != "0/5" || !regexp.MustCompile(`^\d\d\.\d\d\.2026 \d\d:\d\d$`).MatchString(cells[5]) {
		t.Errorf("a row reads %q", cells)
	}
	if got := texts(a.win); !strings.Contains(got, "Aktueller Schritt") || !strings.Contains(got, "Planbibliothek") || strings.Contains(got, "Last edited") {
		t.Errorf("the home window shows:\n%s", got)
	}
	var menu []string
	for _, m := range a.win.MainMenu().Items {
		menu = append(menu, m.Label)
		for _, it := range m.Items {
			menu = append(menu, it.Label)
		}
	}
	if got := strings.Join(menu, "|"); !strings.HasPrefix(got, "Datei|Neuer Plan…|Öffnen…") || !strings.Contains(got, "Aus Sicherung wiederherstellen…") || !strings.Contains(got, "Beenden") {
		t.Errorf("the menu reads %s", got)
	}
	if w := a.win.Content().MinSize().Width; w > 1366 {
		t.Errorf("the German home window needs %.0f px, more than 1366", w)
	}

	// Rename: the question and its buttons.
	h.selectPlan(h.rows[0].ID)
	h.onRename()
	if got := texts(a.win); !strings.Contains(got, "Plan umbenennen") {
		t.Errorf("the rename dialog shows:\n%s", got)
	}
	button(t, a.win, "Abbrechen")
	press(a.win.Canvas(), fyne.KeyEscape)
	h.onDelete()
	if got := texts(a.win); !strings.Contains(got, "Den Plan „") || !strings.Contains(got, "rückgängig machen") {
		t.Errorf("the delete question shows:\n%s", got)
	}
	test.Tap(button(t, a.win, "Ja"))
	if h.undoBtn.Text != "Löschen rückgängig" || !strings.HasSuffix(h.undoNote.Text, "“ gelöscht.") {
		t.Errorf("after deleting: %q %q", h.undoNote.Text, h.undoBtn.Text)
	}

	// The sort is kept by its code: Kunde is Client once the language is English again.
	h.sort.SetSelected("Kunde")
	if opt := h.listOptions(); opt.Sort != planner.SortClient {
		t.Fatalf("Kunde sorts by %q", opt.Sort)
	}
	h.search.SetText("a")
	ld := a.showLanguage(a.win)
	if !strings.Contains(texts(a.win), "sofort") || !strings.Contains(texts(a.win), "Fyne") {
		t.Errorf("the Language setting does not say when the choice applies and what follows the system:\n%s", texts(a.win))
	}
	if a.win.Canvas().Focused() != ld.choice {
		t.Errorf("the Language setting opens with %T focused, not the choice", a.win.Canvas().Focused())
	}
	ld.choice.SetSelected("English")
	press(a.win.Canvas(), fyne.KeyEscape)
	if a.win.Canvas().Overlays().Top() != nil {
		t.Error("Esc did not close the Language setting")
	}
	h = a.home
	if h.newBtn.Text != "New" || h.sort.Selected != "Client" || h.listOptions().Sort != planner.SortClient || h.search.Text != "a" {
		t.Errorf("after choosing English: %q, sort %q (%s), search %q", h.newBtn.Text, h.sort.Selected, h.listOptions().Sort, h.search.Text)
	}
	if !h.undoBar.Visible() || !strings.HasPrefix(h.undoNote.Text, "Deleted “") {
		t.Errorf("the deletion Undo brings back was lost: %q", h.undoNote.Text)
	}
	if got := menuItem(t, a, "Restore from backup…"); got == nil {
		t.Error("the menu is not English again")
	}
	// Enter in the window opens the plan selected in the new home.
	h.search.SetText("")
	h.selectPlan(h.rows[0].ID)
	a.win.Canvas().Unfocus()
	press(a.win.Canvas(), fyne.KeyReturn)
	if _, open := a.wizards[h.rows[0].ID]; !open {
		t.Error("Enter did not open the selected plan after the language changed")
	}
}

// TestRestoreInGerman lists the copies of a library in German: kinds, plan counts and dates
// with their weekday in the German form.
func TestRestoreInGerman(t *testing.T) {
	path := backedUpLibrary(t)
	lib, err := testFiles{}.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := newGermanApp(t, lib, recoveryOptions(path))
	t.Cleanup(func() { a.CloseLibrary() })
	menuItem(t, a, "Aus Sicherung wiederherstellen…").Action()
	got := texts(a.win)
	for _, want := range []string{"Kopien von", "Tageskopie", "2 Pläne (weniger als die 3 der Bibliothek): Plan 1, Plan 0", "Februar 2026", " Uhr", "Die Kopie vom"} {
		if !strings.Contains(got, want) {
			t.Errorf("the restore list lacks %q:\n%s", want, got)
		}
	}
	button(t, a.win, "Datei auswählen…")
	button(t, a.win, "Abbrechen")
	if !regexp.MustCompile(`(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d+\. Februar 2026, \d\d:\d\d Uhr`).MatchString(got) {
		t.Errorf("no German date with its weekday:\n%s", got)
	}
}

// TestErrorsInGerman: an error the home window shows is worded in the app's language — what
// happened, what the window was doing, and the system's own words marked as the technical
// detail — and a plan name left blank is refused in German.
func TestErrorsInGerman(t *testing.T) {
	a := newGermanApp(t, newTestStore(t), Options{Now: fixedNow})
	err := a.home.failed("ui.home.error.rename", "Alpha", fmt.Errorf("save plan 3: %w", planner.ErrReadOnly))
	got := errorSentence(err)
	want := "Die Bibliothek ist schreibgeschützt, daher können Änderungen nicht gespeichert werden.\n\n" +
		"„Alpha“ konnte nicht umbenannt werden.\n\nTechnisches Detail: save plan 3: the library is open read-only"
	if got != want {
		t.Errorf("the error reads\n%s\nwant\n%s", got, want)
	}
	if _, err := a.home.createPlan("Alpha", ""); err != nil {
		t.Fatal(err)
	}
	a.home.selectPlan(a.home.rows[0].ID)
	a.home.onRename()
	entries := formEntries(a.win)
	if len(entries) != 1 {
		t.Fatalf("%d fields in the rename dialog", len(entries))
	}
	test.Type(entries[0], " ")
	entries[0].SetText("")
	if err := entries[0].Validate(); err == nil || err.Error() != "Ein Plan braucht einen Namen." {
		t.Errorf("a blank name is refused with %v", err)
	}
}

// TestOpeningWindowInTheUsersLanguage checks that the first frame, shown before the library
// opens, is already in the app's language: its catalogue is the one thing loaded before it.
func TestOpeningWindowInTheUsersLanguage(t *testing.T) {
	fa := test.NewTempApp(t)
	fa.Preferences().SetString(languagePref, "de")
	a := Opening(fa, Options{Now: fixedNow})
	t.Cleanup(a.win.Close)
	if got := texts(a.win); !strings.Contains(got, "Die Planbibliothek wird geöffnet") {
		t.Errorf("the opening window shows:\n%s", got)
	}
	if m := a.win.MainMenu(); m == nil || m.Items[0].Label != "Datei" {
		t.Errorf("the opening window's menu is %v", m)
	}
}

// parsedBeforeTests is how many catalogue files had been parsed when the package's variables
// and init functions had run, before any test.
var parsedBeforeTests = -1

func init() { parsedBeforeTests = i18n.Parsed() }

// TestNoCatalogueParsedAtInit: no package the window links parses a catalogue in a variable or
// an init function, which every start (and every CLI command) would pay for before its first
// line: the window's start parses its one language on the other core while Fyne opens the
// display (newApp).
func TestNoCatalogueParsedAtInit(t *testing.T) {
	if parsedBeforeTests != 0 {
		t.Fatalf("%d catalogue files parsed before the first test: a package variable or init speaks", parsedBeforeTests)
	}
}
