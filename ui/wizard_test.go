package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

func TestWizardNavigation(t *testing.T) {
	s, _ := newTestSession(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	z := newWizard(s, w)
	if z.current != planner.StepOverview {
		t.Fatalf("starts at %v", z.current)
	}
	if !z.backBtn.Disabled() {
		t.Error("Back enabled on the overview")
	}
	test.Tap(z.nextBtn)
	test.Tap(z.nextBtn)
	if z.current != planner.StepRecruit {
		t.Errorf("after Next twice at %v, want recruitment", z.current)
	}
	test.Tap(z.backBtn)
	if z.current != planner.StepSurvey {
		t.Errorf("after Back at %v", z.current)
	}
	z.nav.Select(int(planner.StepExport))
	if z.current != planner.StepExport || !z.nextBtn.Disabled() {
		t.Errorf("step list: at %v, next disabled %v", z.current, z.nextBtn.Disabled())
	}
	for _, row := range stepPages {
		st := row.step
		z.show(st)
		if z.body.Objects[0] != z.pages[st].content() {
			t.Errorf("%v: body does not show the step's editor", st)
		}
	}
	if w.Title() != s.plan.Name+" — CoP Launch Planner" {
		t.Errorf("title %q", w.Title())
	}
}

func TestWizardCompletionMarks(t *testing.T) {
	s, st := newTestSession(t)
	z := newWizard(s, test.NewTempWindow(t, widget.NewLabel("")))
	if l := z.navLabel(planner.StepSurvey); !strings.Contains(l, "to do") {
		t.Fatalf("survey mark %q before it is complete", l)
	}
	s.plan.Domain = "Helping solo creators grow"
	s.plan.Survey.Closed = true
	for _, title := range []string{"Grow", "Retain"} {
		g := planner.Goal{Title: title}
		if err := s.put(&g); err != nil {
			t.Fatal(err)
		}
		s.plan.Goals = append(s.plan.Goals, g)
	}
	if err := s.savePlan(); err != nil {
		t.Fatal(err)
	}
	if l := z.navLabel(planner.StepSurvey); !strings.Contains(l, "✓ done") {
		t.Errorf("survey mark %q after completing it", l)
	}
	sums, err := st.List(context.Background(), storeListAll())
	if err != nil || len(sums) != 1 || sums[0].Progress != 1 {
		t.Errorf("library progress %+v, %v; want 1/5", sums, err)
	}
}

// failingLib is a library whose plan saves fail, like a full disk.
type failingLib struct {
	Library
	err error
}

func (f failingLib) Save(context.Context, int64, planner.Change) error { return f.err }

func TestWizardStatusLine(t *testing.T) {
	s, st := newTestSession(t)
	z := newWizard(s, test.NewTempWindow(t, widget.NewLabel("")))
	s.plan.Client = "Acme"
	if err := s.savePlan(); err != nil {
		t.Fatal(err)
	}
	if z.status.Text != "Saved 10:42:01" {
		t.Errorf("status %q after a save", z.status.Text)
	}

	s.lib = failingLib{Library: st, err: errors.New("disk full")}
	z.show(planner.StepOverview) // re-reads the plan into the fields
	ov := z.pages[planner.StepOverview].(*overviewStep)
	ov.client.SetText("Acme Ltd") // as typed: OnChanged applies and schedules the save
	s.flush()
	if !strings.Contains(z.status.Text, "Not saved") || !strings.Contains(z.status.Text, "disk full") {
		t.Errorf("status %q after a failed save", z.status.Text)
	}
	if z.status.Importance != widget.DangerImportance {
		t.Error("failed save not shown in the error style")
	}
	if ov.client.Text != "Acme Ltd" || s.plan.Client != "Acme Ltd" {
		t.Errorf("the edit left the screen: entry %q, plan %q", ov.client.Text, s.plan.Client)
	}
}

func TestPageTitles(t *testing.T) {
	for st, want := range map[planner.Step]string{
		planner.StepOverview: "Overview",
		planner.StepCharter:  "Step 3 — Charter",
		planner.StepReviews:  "Step 5 — Iteration reviews",
		planner.StepExport:   "Export",
	} {
		if got := pageTitle(st); got != want {
			t.Errorf("pageTitle(%v) = %q, want %q", st, got, want)
		}
	}
}

// inGerman switches the test app's Language setting and the session to German, as a user
// who chose Deutsch in the settings has them.
func inGerman(t *testing.T, s *session) {
	t.Helper()
	fyne.CurrentApp().Preferences().SetString(languagePref, string(i18n.German))
	if s != nil {
		s.tr = i18n.New(i18n.German)
	}
}

// TestWindowInGerman opens a plan window in German: the frame, the overview, the hints and
// the Export page speak German, and a select shown in German still stores the plan's codes.
func TestWindowInGerman(t *testing.T) {
	s, st := newTestSession(t)
	inGerman(t, s)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1366, 768))
	z := newWizard(s, w)
	if z.backBtn.Text != "Zurück" || z.nextBtn.Text != "Weiter" {
		t.Errorf("Back/Next = %q/%q", z.backBtn.Text, z.nextBtn.Text)
	}
	if got := z.navLabel(planner.StepCharter); !strings.HasPrefix(got, "3 Charta") || !strings.Contains(got, "offen") {
		t.Errorf("step list line %q", got)
	}
	if got := z.status.Text; got != "Alle Änderungen werden automatisch gespeichert." {
		t.Errorf("status line %q", got)
	}
	if m := z.goMenu(); m.Label != "Gehe zu" || m.Items[0].Label != "Vorheriger Schritt" {
		t.Errorf("Go menu %q, first item %q", m.Label, m.Items[0].Label)
	}

	ov := z.page(planner.StepOverview).(*overviewStep)
	for _, want := range []string{"Themenfeld", "fehlt"} {
		if !strings.Contains(ov.elements.Text, want) {
			t.Errorf("three elements %q lack %q", ov.elements.Text, want)
		}
	}
	if ov.health.Text != "Noch kein Wert: Er wird aus dem letzten Iterationsrückblick berechnet." {
		t.Errorf("health %q", ov.health.Text)
	}
	// The status select shows German words and stores the code.
	if ov.status.Selected != "In Planung" {
		t.Errorf("status shows %q", ov.status.Selected)
	}
	ov.status.SetSelected("Gestartet")
	if p := reload(t, s, st); p.Status != planner.StatusLaunched {
		t.Errorf("stored status %q, want %q", p.Status, planner.StatusLaunched)
	}

	z.show(planner.StepSurvey)
	if hint := z.page(planner.StepSurvey); hint == nil {
		t.Fatal("no survey page")
	}
	if got := stepMissing(s.plan, planner.StepSurvey); len(got) == 0 || strings.Contains(strings.Join(got, " "), "domain statement") {
		t.Errorf("survey hints not German: %q", got)
	}

	z.show(planner.StepExport)
	// German words are long: no page of this file's widgets asks for more than a 1366 px
	// screen.
	for _, st := range []planner.Step{planner.StepOverview, planner.StepExport} {
		z.show(st)
		if wd := z.obj.MinSize().Width; wd > 1366 {
			t.Errorf("%v page in German needs %.0f px", st, wd)
		}
	}
	for _, line := range []string{"1 Umfrage zum Themenfeld  • 9 offen", "5 Iterationsrückblicke  • 9 offen"} {
		if nav := z.nav.MinSize().Width; nav < fyne.MeasureText(line, theme.TextSize(), fyne.TextStyle{}).Width {
			t.Errorf("the step list (%.0f px) is narrower than its German line %q", nav, line)
		}
	}
	ex := z.page(planner.StepExport).(*exportStep)
	if b := ex.buttons[exportCharterPDF]; b.Text != "Charta als PDF exportieren …" {
		t.Errorf("export button %q", b.Text)
	}
	for k, b := range ex.buttons {
		if b.Size().Width < b.MinSize().Width {
			t.Errorf("the %s button is %.0f px for a label that needs %.0f", k.title(), b.Size().Width, b.MinSize().Width)
		}
	}
	if got := exportFileName(s.tr, "Kreis", exportPlanPDF); got != "Kreis Plan.pdf" {
		t.Errorf("file name %q", got)
	}
	// Paper: the German name selected stores the code; the first choice follows the default.
	ex.lang.paper.SetSelected("US-Letter")
	if p := reload(t, s, st); p.Paper != planner.PaperLetter {
		t.Errorf("stored paper %q, want %q", p.Paper, planner.PaperLetter)
	}
	if !strings.HasPrefix(ex.lang.paper.Options[0], "Standard (") || !strings.Contains(ex.lang.effective.Text, "US-Letter") {
		t.Errorf("paper choices %q, effective %q", ex.lang.paper.Options, ex.lang.effective.Text)
	}
	ex.lang.paper.SetSelected(ex.lang.paper.Options[0])
	if p := reload(t, s, st); p.Paper != "" {
		t.Errorf("stored paper %q after following the default", p.Paper)
	}
	ex.lang.since.SetSelected(ex.lang.since.Options[0])
	if ex.lang.since.Selected != "Keine Änderungen auflisten" || s.changesSince != "" {
		t.Errorf("changes since %q / %q", ex.lang.since.Selected, s.changesSince)
	}

	// A list editor's buttons and its delete question.
	l := newListEditor(s, w, listSpec[planner.Goal]{
		kind: planner.ItemGoal, items: func() *[]planner.Goal { return &s.plan.Goals },
		id: func(g *planner.Goal) int64 { return g.ID }, label: func(g *planner.Goal) string { return g.Title },
		newItem: func() planner.Goal { return planner.Goal{Title: "Weniger Doppelarbeit"} },
		form:    func(*planner.Goal, func() error) fyne.CanvasObject { return widget.NewLabel("") },
		save:    func(g *planner.Goal) error { return s.put(g) },
	})
	if l.add.Text != "Hinzufügen" || l.del.Text != "Löschen" {
		t.Errorf("list buttons %q, %q", l.add.Text, l.del.Text)
	}
	var asked string
	l.confirm = func(msg string, ok func()) { asked = msg }
	test.Tap(l.add)
	test.Tap(l.del)
	if asked != "„Weniger Doppelarbeit“ löschen?" {
		t.Errorf("delete question %q", asked)
	}
}

// TestClientsInGerman: the Clients manager speaks German, and a paper size chosen by its
// German name is stored as its code.
func TestClientsInGerman(t *testing.T) {
	a, st := newTestApp(t)
	inGerman(t, nil)
	a.home.onClients()
	c := a.home.clients
	if c.closeBtn.Text != "Schließen" || c.addBtn.Text != "Neuer Kunde" {
		t.Errorf("buttons %q, %q", c.closeBtn.Text, c.addBtn.Text)
	}
	test.Type(c.name, "Nordlicht GmbH")
	c.paper.SetSelected("US-Letter")
	c.flush()
	cs, err := st.Clients(context.Background())
	if err != nil || len(cs) != 1 || cs[0].Paper != planner.PaperLetter {
		t.Fatalf("clients %+v, %v", cs, err)
	}
	if !strings.HasPrefix(c.status.Text, "Gespeichert um ") {
		t.Errorf("status %q", c.status.Text)
	}
}

// TestDateFieldInGerman: a German date field takes "7.12.2026" and ISO, shows the stored date
// as 07.12.2026, stores ISO, and refuses a day the calendar lacks in German words.
func TestDateFieldInGerman(t *testing.T) {
	s, st := newTestSession(t)
	inGerman(t, s)
	c := &s.plan.Charter
	d := dateField(s, "charter.reviewOn", nil, func() planner.Date { return c.ReviewOn },
		func(v planner.Date) { c.ReviewOn = v }, s.saveCharter)
	w := test.NewTempWindow(t, d.object())
	if d.entry.PlaceHolder != "TT.MM.JJJJ" {
		t.Errorf("placeholder %q", d.entry.PlaceHolder)
	}
	test.Type(d.entry, "7.12.2026")
	d.entry.FocusLost()
	if p := reload(t, s, st); p.Charter.ReviewOn != (planner.Date{Year: 2026, Month: 12, Day: 7}) {
		t.Fatalf("stored %v", p.Charter.ReviewOn)
	}
	d.entry.reload() // as the page does when shown again
	if d.entry.Text != "07.12.2026" {
		t.Errorf("entry shows the stored date as %q, want 07.12.2026", d.entry.Text)
	}

	w.Canvas().Focus(d.entry)
	d.entry.SetText("")
	test.Type(d.entry, "2027-01-15")
	d.entry.FocusLost()
	if p := reload(t, s, st); p.Charter.ReviewOn.String() != "2027-01-15" {
		t.Fatalf("ISO typed in German stored %v", p.Charter.ReviewOn)
	}

	d.entry.SetText("31.2.2027")
	d.entry.FocusLost()
	err := d.entry.Validate()
	if err == nil || !strings.Contains(err.Error(), "„31.2.2027“ ist kein Datum wie 07.12.2026") || !strings.Contains(err.Error(), "Nicht gespeichert: Der Plan behält 15.01.2027") {
		t.Errorf("message %v", err)
	}
	if p := reload(t, s, st); p.Charter.ReviewOn.String() != "2027-01-15" {
		t.Errorf("an impossible day changed the stored date to %v", p.Charter.ReviewOn)
	}
}

// TestNumberFieldInGerman: a German number field shows the decimal comma and reads it back;
// the plan stores the number.
func TestNumberFieldInGerman(t *testing.T) {
	s, st := newTestSession(t)
	inGerman(t, s)
	c := &s.plan.Charter
	c.TargetSkillGain = 12.5
	e := floatField(s, "charter.targetSkill", func() float64 { return c.TargetSkillGain }, func(f float64) { c.TargetSkillGain = f }, s.saveCharter)
	test.NewTempWindow(t, e)
	if e.Text != "12,5" {
		t.Errorf("field shows %q, want 12,5", e.Text)
	}
	e.SetText("")
	test.Type(e, "7,25")
	e.FocusLost()
	if p := reload(t, s, st); p.Charter.TargetSkillGain != 7.25 {
		t.Errorf("stored %v", p.Charter.TargetSkillGain)
	}
	e.SetText("sieben")
	if err := e.Validate(); err == nil || !strings.Contains(err.Error(), "geben Sie eine Zahl ein, etwa 2,5") {
		t.Errorf("message %v", err)
	}
}
