package export

import (
	"bytes"
	"github.com/coplaunch/coplaunch/planner/plantest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/evidence"
)

// recordsPlan is the hand-counted December of planner/evidence/testdata/README.md, its
// evidence read from the fixtures and its review filled from it.
func recordsPlan(t *testing.T) *planner.Plan {
	t.Helper()
	p := plantest.December()
	p.Survey = planner.Survey{}
	period := planner.MonthPeriod(2026, time.December)
	dir := filepath.Join("..", "evidence", "testdata")
	var sessions []planner.Session
	for _, name := range []string{"teams_fr_2026-12-03.csv", "teams_pl_2026-12-10.csv", "teams_en_2026-12-17.csv"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := evidence.ReadAttendance(f, evidence.Options{})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sessions = append(sessions, rep.Sessions...)
	}
	f, err := os.Open(filepath.Join(dir, "slack_members.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	act, err := evidence.ReadActivity(f, evidence.Options{From: period.From, To: period.To})
	if err != nil {
		t.Fatal(err)
	}
	planner.AddEvidence(p, sessions, []planner.ActivityExport{act.Export})
	planner.DecideMatch(p, planner.Person{Name: "Inés Moreau", Email: "ines.moreau@example.org"}, planner.MatchNotMember, 0)
	planner.Rematch(p)
	r := planner.Review{ID: 1, Date: period.To}
	planner.ApplyEvidenceFigures(&r, planner.FiguresFromEvidence(p, period, nil))
	p.Reviews = []planner.Review{r}
	return p
}

// TestPlanPDFShowsTheRecords: the plan PDF's review pages show where the figures came from,
// the attendance table and who was quiet, in the export's language.
func TestPlanPDFShowsTheRecords(t *testing.T) {
	needTool(t, "pdftotext")
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"Attendance from meeting and platform records", "figures from 3 attendance reports and 1 Slack member analytics export",
			"Weekly active is an estimate", "Thursday share", "12 (4)", "Quiet for the last 3 weeks: Zoë Laurent and Pedro García Simón.",
			"Ask the quiet members what would bring them back: Zoë Laurent, Pedro García Simón: no counted attendance"}},
		{"fr", []string{"Présence d’après les relevés des réunions et de la plateforme", "3 rapports de présence", "Silencieux depuis 3 semaines", "Demandez aux membres silencieux ce qui les ferait revenir"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			p := recordsPlan(t)
			p.Lang = tc.lang
			dir := t.TempDir()
			if r := os.Getenv("COPLAUNCH_RENDER"); r != "" {
				dir = r // keep the PDF beside its pages
			}
			path := writePDFFile(t, dir, "records-"+tc.lang, func(b *bytes.Buffer, p *planner.Plan, o Options) error { return PlanPDF(b, p, o) }, p)
			text := strings.Join(strings.Fields(run(t, "pdftotext", "-layout", path, "-")), " ")
			for _, w := range tc.want {
				if !strings.Contains(text, strings.Join(strings.Fields(w), " ")) {
					t.Errorf("the plan PDF lacks %q", w)
				}
			}
			if dir := os.Getenv("COPLAUNCH_RENDER"); dir != "" {
				run(t, "pdftoppm", "-png", "-r", "60", path, filepath.Join(dir, "records-"+tc.lang))
			}
		})
	}
}
