package ui

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/sample"
)

// The pseudo-language test opens the window in i18n.Pseudo, where every text of the
// catalogue is marked and its letters accented ("[!! Ŝţéþ ţĥŕéé~~ !!]"), and visits every
// page, every tab, every list's form and the dialogs: a text on screen that still has plain
// letters was written by the app without the catalogue, a hard-coded English word. The
// plan's own texts are accented the same way before it is stored (pseudoPlan), so that what
// the user typed is no exception to look for; numbers and dates have no letters to mark
// but the catalogue's month names.

// plainLetters are the letters the pseudo-language always replaces by accented ones (it leaves
// b, d, f, m, q, v and x alone): a text holding one of them was not marked.
var plainLetters = regexp.MustCompile(`[aceghijklnoprstuwyzACEGHIJKLNOPRSTUWYZ]`)

// fyneWords are texts Fyne writes itself, in the system's language, which the app cannot
// word (the issue exempts them): the buttons of its stock dialogs.
var fyneWords = []string{"OK", "Cancel", "Yes", "No"}

// notWords are the plan's codes and machine values, which the window may show as they are
// and pseudoPlan leaves alone.
var notWords = map[string]bool{"Template": true, "AccentColor": true, "Lang": true, "Key": true, "Source": true,
	"Time": true, "TimeZone": true, "Likelihood": true, "Impact": true, "Version": true, "Link": true,
	"RecordingLink": true, "Contact": true, "Email": true, "Grid": true, "Logo": true}

// pseudoAccent accents the letters of the user's own text the way the pseudo-language does.
var pseudoAccent = strings.NewReplacer(
	"a", "á", "c", "ç", "e", "é", "g", "ĝ", "h", "ĥ", "i", "í", "j", "ĵ", "k", "ķ", "l", "ļ", "n", "ñ",
	"o", "ó", "p", "þ", "r", "ŕ", "s", "š", "t", "ţ", "u", "ú", "w", "ŵ", "y", "ý", "z", "ž",
	"A", "Á", "C", "Ç", "E", "É", "G", "Ĝ", "H", "Ĥ", "I", "Í", "J", "Ĵ", "K", "Ķ", "L", "Ļ", "N", "Ñ",
	"O", "Ó", "P", "Þ", "R", "Ŕ", "S", "Ŝ", "T", "Ţ", "U", "Ú", "W", "Ŵ", "Y", "Ý", "Z", "Ž")

// pseudoPlan accents every free text of the plan (fields of plain type string, but for the
// codes of notWords), in place.
func pseudoPlan(v reflect.Value, field string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			pseudoPlan(v.Elem(), field)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				pseudoPlan(v.Field(i), v.Type().Field(i).Name)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			pseudoPlan(v.Index(i), field)
		}
	case reflect.String:
		if v.Type() == reflect.TypeOf("") && !notWords[field] && v.CanSet() {
			v.SetString(pseudoAccent.Replace(v.String()))
		}
	}
}

// unmarked collects the visible texts under o that hold plain letters, with where they were
// seen.
type unmarked map[string][]string

func (u unmarked) walk(o fyne.CanvasObject, where string) {
	if o == nil || !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *widget.Calendar:
		return // Fyne's own month and weekday names, in the system's language
	case *canvas.Text:
		u.check(x.Text, where)
	case *widget.Entry:
		u.entry(x, where)
		return
	case *keyEntry:
		u.entry(&x.Entry, where)
		return
	case *widget.Select:
		for _, opt := range x.Options {
			u.check(opt, where+" (a choice)")
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			u.walk(c, where)
		}
		return
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			u.walk(c, where)
		}
	}
}

// machineValue matches what the window shows as it is in every language: a colour, an
// e-mail address, a time zone's name, a day counted from the launch ("T−14", "T+1"), a
// sample's size ("n = 14").
var machineValue = regexp.MustCompile(`#[0-9A-Fa-f]{6}\b|[^\s<>]+@[^\s<>]+|\b(Africa|America|Asia|Atlantic|Australia|Europe|Pacific)/[A-Za-z_]+\b|\bT([+−-]\d+|0)\b|\bn = \d`)

// entry checks an entry: what it holds is the user's (or a number the app formats); its
// placeholder is the app's, and shows only while it is empty.
func (u unmarked) entry(e *widget.Entry, where string) {
	if e.Text == "" {
		u.check(e.PlaceHolder, where)
	}
}

func (u unmarked) check(text, where string) {
	text = strings.TrimSpace(text)
	text = machineValue.ReplaceAllString(text, "")
	for _, l := range i18n.Langs {
		// A language is named in itself ("Deutsch"), whatever the window's language.
		text = strings.ReplaceAll(text, l.Name(), "")
	}
	if text == "" || slices.Contains(fyneWords, text) || !plainLetters.MatchString(text) {
		return
	}
	if !slices.Contains(u[text], where) {
		u[text] = append(u[text], where)
	}
}

// menu checks the labels of a window's main menu.
func (u unmarked) menu(m *fyne.MainMenu, where string) {
	if m == nil {
		return
	}
	var items func(ms []*fyne.MenuItem, where string)
	items = func(ms []*fyne.MenuItem, where string) {
		for _, it := range ms {
			if it.IsSeparator {
				continue
			}
			u.check(it.Label, where)
			if it.ChildMenu != nil {
				items(it.ChildMenu.Items, where+" > "+it.Label)
			}
		}
	}
	for _, top := range m.Items {
		u.check(top.Label, where)
		items(top.Items, where+" > "+top.Label)
	}
}

// window checks a window's content and its overlays (dialogs, pop-ups).
func (u unmarked) window(w fyne.Window, where string) {
	u.walk(w.Content(), where)
	for _, o := range w.Canvas().Overlays().List() {
		u.walk(o, where+" (dialog)")
	}
}

// visitPage checks the page shown in z, each of its tabs, each list's form with its first
// item selected, and what each button of the page opens.
func (u unmarked) visitPage(z *wizard, where string) {
	u.window(z.w, where)
	u.press(z, z.body, where, z.backBtn, z.nextBtn)
	for _, strip := range findAll[*tabStrip](z.body) {
		for i := range strip.Items {
			strip.SelectIndex(i)
			tabWhere := fmt.Sprintf("%s, tab %d", where, i+1)
			u.window(z.w, tabWhere)
			for _, l := range findAll[*widget.List](strip) {
				if l.Length() > 0 {
					l.Select(0)
					u.window(z.w, tabWhere+", first list item")
					u.press(z, strip, tabWhere+", first list item")
					l.UnselectAll()
				}
			}
			u.press(z, strip, tabWhere)
		}
	}
	for _, l := range findAll[*widget.List](z.body) {
		if l.Length() > 0 {
			l.Select(0)
			u.window(z.w, where+", first list item")
			u.press(z, z.body, where+", first list item", z.backBtn, z.nextBtn)
			l.UnselectAll()
		}
	}
}

// press taps each visible, enabled button under o (but the tab buttons and skip), checks
// the dialogs each opens and closes them again: a button's dialog is where a hard-coded
// sentence hides best.
func (u unmarked) press(z *wizard, o fyne.CanvasObject, where string, skip ...*widget.Button) {
	w := z.w
	inTabs := map[fyne.CanvasObject]bool{}
	for _, strip := range findAll[*tabStrip](o) {
		for _, b := range findAll[*keyButton](strip.bar) {
			inTabs[b] = true
		}
	}
	var buttons []fyne.Tappable
	for _, b := range findAll[*widget.Button](o) {
		if b.Visible() && !b.Disabled() && !slices.Contains(skip, b) {
			buttons = append(buttons, b)
		}
	}
	for _, b := range findAll[*keyButton](o) {
		if b.Visible() && !b.Disabled() && !inTabs[b] {
			buttons = append(buttons, b)
		}
	}
	for _, b := range buttons {
		test.Tap(b)
		// Work a button started off the UI goroutine (candidates added from the survey) ends
		// before the next tap, as a person waits for its progress bar.
		for _, pg := range z.pages {
			if w, ok := pg.(interface{ wait() }); ok {
				w.wait()
			}
		}
		for _, ov := range w.Canvas().Overlays().List() {
			if !fyneFileDialog(ov) {
				u.walk(ov, where+", a button's dialog")
			}
		}
		for _, ov := range w.Canvas().Overlays().List() {
			w.Canvas().Overlays().Remove(ov)
		}
	}
}

// fyneFileDialog reports whether o is Fyne's own file dialog, whose texts Fyne words in the
// system's language.
func fyneFileDialog(o fyne.CanvasObject) bool {
	for _, x := range findAll[fyne.CanvasObject](o) {
		t := reflect.TypeOf(x)
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.PkgPath() == "fyne.io/fyne/v2/dialog" && (strings.HasPrefix(t.Name(), "file") || strings.HasPrefix(t.Name(), "favorite")) {
			return true
		}
	}
	return false
}

// findAll lists the visible objects of type T under o, through containers and widgets'
// renderers.
func findAll[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		if t, ok := o.(T); ok {
			out = append(out, t)
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
			return
		case *container.Scroll:
			walk(x.Content)
			return
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func (u unmarked) report(t *testing.T) {
	t.Helper()
	texts := make([]string, 0, len(u))
	for s := range u {
		texts = append(texts, s)
	}
	sort.Strings(texts)
	for _, s := range texts {
		t.Errorf("not from the catalogue: %q on %s", s, strings.Join(u[s], "; "))
	}
}

// pseudoApp opens the app in the pseudo-language on a library holding the sample plan, its
// texts accented, and opens the plan's window.
func pseudoApp(t *testing.T) (*App, *wizard) {
	t.Helper()
	fa := test.NewTempApp(t)
	st := newTestStore(t)
	p := sample.Plan(testNow)
	pseudoPlan(reflect.ValueOf(p), "")
	id, err := st.Create(context.Background(), p)
	if err != nil {
		t.Fatalf("create the accented sample plan: %v", err)
	}
	fa.Preferences().SetString(languagePref, string(i18n.Pseudo))
	a := New(fa, st, Options{Now: fixedNow})
	t.Cleanup(func() {
		for _, z := range a.wizards {
			z.w.Close()
		}
		a.win.Close()
	})
	z, err := a.openPlan(id)
	if err != nil {
		t.Fatal(err)
	}
	z.w.Resize(fyne.NewSize(1366, 768))
	return a, z
}

// TestPseudoLanguageEveryPage opens the home window and every page, tab and list form of a
// plan window in the pseudo-language and fails on any text not taken from the catalogue.
func TestPseudoLanguageEveryPage(t *testing.T) {
	a, z := pseudoApp(t)
	u := unmarked{}
	u.window(a.win, "the home window")
	u.menu(a.win.MainMenu(), "the home window's menu")
	u.menu(z.w.MainMenu(), "the plan window's menu")
	for st := planner.StepOverview; st <= planner.StepExport; st++ {
		z.show(st)
		u.visitPage(z, "step "+fmt.Sprint(int(st)))
	}
	u.report(t)
}

// TestPseudoLanguageDialogs opens the app's dialogs in the pseudo-language.
func TestPseudoLanguageDialogs(t *testing.T) {
	a, z := pseudoApp(t)
	u := unmarked{}
	dialogs := []struct {
		name string
		w    fyne.Window
		open func()
	}{
		{"New plan", a.win, func() { a.home.onNew() }},
		{"Language", a.win, func() { a.showLanguage(a.win) }},
		{"Exported", z.w, func() { showExported(z.w, exportCharterPDF, pseudoAccent.Replace("charter.pdf")) }},
	}
	for _, d := range dialogs {
		d.open()
		if len(d.w.Canvas().Overlays().List()) == 0 {
			t.Errorf("%s opened no dialog", d.name)
		}
		for _, o := range d.w.Canvas().Overlays().List() {
			u.walk(o, d.name)
		}
		for _, o := range d.w.Canvas().Overlays().List() {
			d.w.Canvas().Overlays().Remove(o)
		}
	}
	u.report(t)
}

// TestPseudoLanguageCatchesHardCodedText checks that the test above can fail: a label of
// plain English on a page is reported, and one from the catalogue is not.
func TestPseudoLanguageCatchesHardCodedText(t *testing.T) {
	u := unmarked{}
	tr := i18n.New(i18n.Pseudo)
	u.walk(container.NewVBox(widget.NewLabel(tr.T("settings.language.title")), widget.NewButton(tr.T("settings.close"), nil)), "good")
	if len(u) != 0 {
		t.Errorf("catalogue texts reported as unmarked: %v", u)
	}
	u.walk(container.NewVBox(widget.NewLabel("Saved"), widget.NewSelect([]string{tr.T("settings.close"), "Weekly"}, nil)), "bad")
	if _, ok := u["Saved"]; !ok {
		t.Error("a hard-coded label was not reported")
	}
	if _, ok := u["Weekly"]; !ok {
		t.Error("a hard-coded choice was not reported")
	}
	p := &planner.Plan{Name: "Acme creators", Lang: "de"}
	pseudoPlan(reflect.ValueOf(p), "")
	if plainLetters.MatchString(p.Name) || p.Lang != "de" {
		t.Errorf("pseudoPlan gave name %q and language %q", p.Name, p.Lang)
	}
}
