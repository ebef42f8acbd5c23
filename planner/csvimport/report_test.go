package csvimport

import (
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// The import report reads in the window's language: the summary, the columns, the skipped
// rows and the notes; the English report (Summary, Details) is what the CLI prints.
func TestReportInGerman(t *testing.T) {
	csv := "Timestamp,What's your biggest pain point when creating content?,How would you rate your current skill (1–10)?,Team\n" +
		"2026/03/01 10:00:00,Editing,7,Sales\n" +
		",,,\n" +
		"2026/03/01 11:00:00,Burnout,12,Ops\n"
	_, _, rep := importBytes(t, []byte(csv), testSurvey(), SurveyOptions{CreateQuestions: true})
	de := i18n.New(i18n.German)
	out := Outcome{Added: rep.Added}
	got := rep.SummaryIn(de, out) + "\n" + strings.Join(rep.DetailsIn(de), "\n")
	for _, want := range []string{
		"Google Forms-Export, 3 Zeilen: 2 Antworten hinzugefügt, 0 bereits im Plan, 1 übersprungen, 1 neue Frage.",
		"„Timestamp“: Absendezeit",
		"beantwortet „What's your biggest pain point when c…“",
		"neue Frage „Team“ (Freitext, unsicher vermutet aus 2 Antworten)",
		"Übersprungene Zeilen:\n  Zeile 3: leere Zeile",
		"Hinweise:\n  Zeile 4: „How would you rate your current skill…“: „12“ ist keine Zahl von 1 bis 10; Antwort ausgelassen",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("German report lacks %q:\n%s", want, got)
		}
	}
	en := rep.Summary(out) + "\n" + strings.Join(rep.Details(), "\n")
	if !strings.Contains(en, "Google Forms export, 3 rows: 2 responses added") || !strings.Contains(en, "row 3: blank row") {
		t.Errorf("English report:\n%s", en)
	}
	if strings.Contains(got, "row") || strings.Contains(got, "answers") {
		t.Errorf("English words in the German report:\n%s", got)
	}
}
