package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// surveyFixtures are the survey tools' exports the reader is tested on.
var surveyFixtures = []string{
	"microsoft_forms.csv", "microsoft_forms.xlsx", "surveymonkey.csv", "surveymonkey.xlsx",
	"jotform.csv", "tally.csv", "google_forms.csv", "google_forms.xlsx", "typeform_new.csv",
	"typeform.xlsx", "generic.csv", "generic.xlsx",
}

func fixturePath(name string) string {
	return filepath.Join("..", "planner", "csvimport", "testdata", name)
}

// importPlan has one question the fixtures' confidence column matches, so that both the
// mapping and the making of new questions are exercised.
func importPlan() *planner.Plan {
	return &planner.Plan{Name: "Import", Survey: planner.Survey{
		Questions: []planner.Question{
			{ID: 1, Kind: planner.KindScale, Title: "How confident are you with data work?", Role: planner.RoleSkill},
		},
		Themes: []planner.Theme{{ID: 1, Label: "Dashboards", Keywords: []string{"dashboard"}}},
	}}
}

// surveyShape is a plan's survey in comparable form: questions by title, responses with
// answers keyed by question title.
func surveyShape(p *planner.Plan) []string {
	title := map[int64]string{}
	var out []string
	for _, q := range p.Survey.Questions {
		title[q.ID] = q.Title
		out = append(out, fmt.Sprintf("Q %s | %s | %q | %s", q.Title, q.Kind, q.Options, q.Role))
	}
	for _, r := range p.Survey.Responses {
		var as []string
		for _, a := range r.Answers {
			var tags []string
			for _, tg := range a.Tags {
				tags = append(tags, fmt.Sprint(tg.ThemeID, tg.State))
			}
			as = append(as, fmt.Sprintf("%s=%q%q%v", title[a.QuestionID], a.Text, a.Choices, tags))
		}
		out = append(out, fmt.Sprintf("R %q %q %s %s %s %s", r.Respondent, r.Email, r.SubmittedAt.UTC().Format(time.RFC3339), r.Source, r.Key, strings.Join(as, "; ")))
	}
	return out
}

// TestImportDialogAgreesWithCLI imports each tool's fixture twice into the same plan in two
// libraries: through the dialog, as a person would (open it, press Import), and through
// csvimport.ImportAll, which is what `coplaunch import -survey` runs. The plans come out the
// same, and so do the reports.
func TestImportDialogAgreesWithCLI(t *testing.T) {
	for _, name := range surveyFixtures {
		t.Run(name, func(t *testing.T) {
			gs, gst := newTestSessionWith(t, importPlan())
			d := newImportDialog(gs, test.NewTempWindow(t, widget.NewLabel("")), nil)
			if err := d.loadPath(fixturePath(name)); err != nil {
				t.Fatal(err)
			}
			test.Tap(d.importBtn)
			d.wait()
			gui := reload(t, gs, gst)

			cs, cst := newTestSessionWith(t, importPlan())
			data, err := os.ReadFile(fixturePath(name))
			if err != nil {
				t.Fatal(err)
			}
			f, err := csvimport.ReadSurvey(strings.NewReader(string(data)))
			if err != nil {
				t.Fatal(err)
			}
			out, rep, err := csvimport.ImportAll(context.Background(), cst, cs.plan, f,
				csvimport.SurveyOptions{Location: fixedNow().Location()})
			if err != nil {
				t.Fatal(err)
			}
			cli := reload(t, cs, cst)

			if len(gui.Survey.Responses) == 0 || d.added != out.Added {
				t.Fatalf("dialog added %d, the CLI's import %d", d.added, out.Added)
			}
			if g, c := surveyShape(gui), surveyShape(cli); !reflect.DeepEqual(g, c) {
				t.Errorf("the dialog's plan differs from the CLI's:\n%s\n---\n%s", strings.Join(g, "\n"), strings.Join(c, "\n"))
			}
			want := rep.Summary(out) + "\n" + strings.Join(rep.Details(), "\n")
			if strings.TrimSpace(d.report.Text) != strings.TrimSpace(want) {
				t.Errorf("dialog report\n%s\nCLI report\n%s", d.report.Text, want)
			}
			if !strings.HasPrefix(d.report.Text, f.Format.Label()+" export") {
				t.Errorf("the report does not name the tool: %q", d.report.Text)
			}
		})
	}
}

// TestImportDialogSheet: a workbook of several sheets offers them; choosing one reads it.
func TestImportDialogSheet(t *testing.T) {
	s, st := newTestSessionWith(t, importPlan())
	d := newImportDialog(s, test.NewTempWindow(t, widget.NewLabel("")), nil)
	if err := d.loadPath(fixturePath("generic.xlsx")); err != nil {
		t.Fatal(err)
	}
	if d.sheet == nil || !slices.Equal(d.sheet.Options, []string{"Responses", "Late responses"}) || d.sheet.Selected != "Responses" {
		t.Fatalf("sheet select %+v", d.sheet)
	}
	d.sheet.SetSelected("Late responses")
	if d.file.Sheet != "Late responses" || len(d.file.Rows) != 1 {
		t.Fatalf("read sheet %q, %d rows", d.file.Sheet, len(d.file.Rows))
	}
	test.Tap(d.importBtn)
	d.wait()
	p := reload(t, s, st)
	if len(p.Survey.Responses) != 1 || p.Survey.Responses[0].Respondent != "Noor Haddad" {
		t.Errorf("responses %+v", p.Survey.Responses)
	}
}

// erasePlan has a respondent a candidate was made from, holding a role and attending, and a
// respondent nobody was made from.
func erasePlan() *planner.Plan {
	return &planner.Plan{Name: "Erase", Survey: planner.Survey{
		Questions: []planner.Question{{ID: 1, Kind: planner.KindText, Title: "Pain"}},
		Responses: []planner.Response{
			{ID: 1, Respondent: "Maya Patel", Email: "maya@example.com", Answers: []planner.Answer{{QuestionID: 1, Text: "Time"}}},
			{ID: 2, Respondent: "Li Wei", Email: "li@example.com"},
		},
	}}
}

// TestDeleteRespondentErasesCandidate: deleting a response a candidate was made from lists the
// candidate in the confirmation and, confirmed, removes both; deleting the candidate removes
// the response the same way.
func TestDeleteRespondentErasesCandidate(t *testing.T) {
	for _, from := range []string{"response", "candidate"} {
		t.Run(from, func(t *testing.T) {
			s, st := newTestSessionWith(t, erasePlan())
			w := test.NewTempWindow(t, widget.NewLabel(""))
			rv := newRecruitStep(s, w).(*recruitStep)
			test.Tap(rv.addRespondents)
			rv.wait()
			p := reload(t, s, st)
			if len(p.Candidates) != 2 || p.Candidates[0].ResponseID == 0 {
				t.Fatalf("candidates from respondents: %+v", p.Candidates)
			}
			var msg string
			if from == "response" {
				v := newSurveyStep(s, w).(*surveyStep)
				v.responses.confirm = func(m string, ok func()) { msg = m; ok() }
				v.responses.list.Select(0)
				test.Tap(v.responses.del)
			} else {
				rv.candidates.confirm = func(m string, ok func()) { msg = m; ok() }
				rv.candidates.list.Select(0)
				test.Tap(rv.candidates.del)
			}
			for _, want := range []string{"the candidate “Maya Patel” <maya@example.com>", "the survey response of “Maya Patel” <maya@example.com>"} {
				if !strings.Contains(msg, want) {
					t.Errorf("confirmation %q does not list %q", msg, want)
				}
			}
			got := reload(t, s, st)
			if len(got.Candidates) != 1 || got.Candidates[0].Name != "Li Wei" ||
				len(got.Survey.Responses) != 1 || got.Survey.Responses[0].Respondent != "Li Wei" {
				t.Errorf("left: candidates %+v, responses %+v", got.Candidates, got.Survey.Responses)
			}
			if len(s.plan.Candidates) != 1 || len(s.plan.Survey.Responses) != 1 {
				t.Errorf("open plan: %d candidates, %d responses", len(s.plan.Candidates), len(s.plan.Survey.Responses))
			}
		})
	}
}

// loadCounter is a library that counts whole-plan loads.
type loadCounter struct {
	Library
	loads int
}

func (l *loadCounter) Load(ctx context.Context, id int64) (*planner.Plan, error) {
	l.loads++
	return l.Library.Load(ctx, id)
}

// TestImportLoadsNoSecondTime: a survey import takes the new responses, with their IDs, from
// the plan the store read back in the import's own transaction; it never loads the plan again.
func TestImportLoadsNoSecondTime(t *testing.T) {
	s, st := newTestSessionWith(t, importPlan())
	counter := &loadCounter{Library: s.lib}
	s.lib = counter
	d := newImportDialog(s, test.NewTempWindow(t, widget.NewLabel("")), nil)
	if err := d.loadPath(fixturePath("generic.csv")); err != nil {
		t.Fatal(err)
	}
	test.Tap(d.importBtn)
	d.wait()
	if counter.loads != 0 {
		t.Errorf("the import loaded the plan %d more times", counter.loads)
	}
	saved := reload(t, s, st)
	if len(saved.Survey.Responses) == 0 || !reflect.DeepEqual(surveyShape(s.plan), surveyShape(saved)) {
		t.Fatalf("the window's survey is not the library's:\n%q\nwant\n%q", surveyShape(s.plan), surveyShape(saved))
	}
	for i, r := range s.plan.Survey.Responses {
		if r.ID == 0 || r.ID != saved.Survey.Responses[i].ID {
			t.Fatalf("response %d has ID %d in the window, %d in the library", i, r.ID, saved.Survey.Responses[i].ID)
		}
	}
}

// The survey import dialog is driven by the keyboard as the app's other dialogs are: it
// opens with its first field focused, Esc closes it having imported nothing, Enter imports,
// and Esc closes the report that follows.
func TestImportDialogFromTheKeyboard(t *testing.T) {
	path := filepath.Join(t.TempDir(), "form.csv")
	if err := os.WriteFile(path, []byte(googleFormsCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	s, st := newTestSessionWith(t, surveyPlan())
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1366, 768))
	c := w.Canvas()
	d := newImportDialog(s, w, nil)
	if err := d.loadPath(path); err != nil {
		t.Fatal(err)
	}
	if dialogsOpen(c) != 1 {
		t.Fatalf("%d dialogs open, want the import dialog", dialogsOpen(c))
	}
	if f, ok := c.Focused().(*keySelect); !ok || f != d.multi {
		t.Fatalf("focus on %T, want the first field (multiple-choice separator)", c.Focused())
	}
	// A mapping changed, then Esc: the dialog is gone and the library is as it was.
	d.maps[3].SetSelected(d.optNew)
	press(c, fyne.KeyEscape)
	if dialogsOpen(c) != 0 {
		t.Fatal("Esc did not close the import dialog")
	}
	d.wait()
	p := reload(t, s, st)
	if len(p.Survey.Responses) != 0 || len(p.Survey.Questions) != 2 || d.added != 0 {
		t.Fatalf("after Esc the library holds %d responses and %d questions (added %d), want none and 2",
			len(p.Survey.Responses), len(p.Survey.Questions), d.added)
	}

	// Esc with the focus on the preview table cancels as well.
	d = newImportDialog(s, w, nil)
	if err := d.loadPath(path); err != nil {
		t.Fatal(err)
	}
	c.Focus(d.preview)
	press(c, fyne.KeyEscape)
	if dialogsOpen(c) != 0 {
		t.Fatal("Esc on the preview table did not close the import dialog")
	}

	// Enter from a mapping select imports; the report opens, and Esc closes it.
	d = newImportDialog(s, w, nil)
	if err := d.loadPath(path); err != nil {
		t.Fatal(err)
	}
	c.Focus(d.maps[2])
	press(c, fyne.KeyReturn)
	d.wait()
	if got := reload(t, s, st); len(got.Survey.Responses) != 3 || d.added != 3 {
		t.Fatalf("after Enter the library holds %d responses (added %d), want 3", len(got.Survey.Responses), d.added)
	}
	if dialogsOpen(c) != 1 || d.reportDlg == nil || !strings.Contains(d.report.Text, "3 responses added") {
		t.Fatalf("%d dialogs open, report %q; want the report alone", dialogsOpen(c), d.report.Text)
	}
	press(c, fyne.KeyEscape)
	if dialogsOpen(c) != 0 {
		t.Error("Esc did not close the import report")
	}
}

// The survey import dialog opened in German speaks German (the tool detected, the mapping's
// choices, the report) and what is chosen by its German words is stored as the same codes:
// a column mapped to "Neue Frage" becomes a question of the kind chosen by its German name.
func TestImportDialogInGerman(t *testing.T) {
	path := filepath.Join(t.TempDir(), "form.csv")
	if err := os.WriteFile(path, []byte(googleFormsCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	s, st := newTestSessionWith(t, surveyPlan())
	s.tr = i18n.New(i18n.German)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1366, 768))
	d := newImportDialog(s, w, nil)
	if err := d.loadPath(path); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.format.Text, "Erkannt: Google Forms-Export") || !strings.Contains(d.format.Text, "3 Datenzeilen") {
		t.Errorf("format shown: %q", d.format.Text)
	}
	if d.optNew != "Neue Frage" || !slices.Contains(d.maps[3].Options, "(ignorieren)") || !strings.HasPrefix(d.multi.Selected, "Automatisch") {
		t.Errorf("mapping choices %q, separator %q", d.maps[3].Options, d.multi.Selected)
	}
	if d.importBtn.Text != "Importieren" || d.cancelBtn.Text != "Abbrechen" {
		t.Errorf("buttons %q, %q", d.importBtn.Text, d.cancelBtn.Text)
	}
	if min := w.Canvas().Overlays().Top().MinSize().Width; min > 1366 {
		t.Errorf("the German import dialog needs %v px, wider than a 1366-pixel screen", min)
	}
	// A file that is no survey export is refused in German, and the cause is kept.
	bin := filepath.Join(t.TempDir(), "picture.csv")
	if err := os.WriteFile(bin, []byte("GIF89a\x00\x01\x02"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := newImportDialog(s, w, nil).loadPath(bin)
	if !errors.Is(err, csvimport.ErrNotText) || !strings.Contains(err.Error(), "konnte nicht gelesen werden: die Datei ist keine CSV-Textdatei: sie enthält Binärdaten") {
		t.Errorf("binary file: %v", err)
	}

	d.maps[3].SetSelected(d.optNew)
	if d.kinds[3] == nil || d.kinds[3].Disabled() {
		t.Fatal("no kind to choose for the new question")
	}
	d.kinds[3].SetSelected(planner.KindNumber.In(s.tr))
	test.Tap(d.importBtn)
	d.wait()
	p := reload(t, s, st)
	if len(p.Survey.Questions) != 3 || p.Survey.Questions[2].Kind != planner.KindNumber || d.added != 3 {
		t.Fatalf("questions %+v, added %d: %q", p.Survey.Questions, d.added, d.report.Text)
	}
	for _, want := range []string{"Google Forms-Export, 3 Zeilen: 3 Antworten hinzugefügt", "1 neue Frage", "Spalten:", "beantwortet „What is your biggest pain?“", "neue Frage „How would you rate your skill (1-10)?“ (Zahl, wie gewählt)"} {
		if !strings.Contains(d.report.Text, want) {
			t.Errorf("report lacks %q:\n%s", want, d.report.Text)
		}
	}
}
