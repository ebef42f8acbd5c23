package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// templateWords lists the texts of a new plan that its template wrote and that its PDFs
// show: goals (title and metric), the charter's roles, norms, rules, mix, tools, risks and
// cadence, the launch event's run of show and checklist.
func templateWords(p *planner.Plan) []string {
	var out []string
	for _, g := range p.Goals {
		out = append(out, g.Title)
	}
	c := p.Charter
	out = append(out, c.WhoMayJoin, c.MixNote, c.Conflicts, c.Decisions, c.PlatformWhy)
	for _, r := range c.Roles {
		out = append(out, r.Name, r.Responsibilities)
	}
	for _, n := range c.Norms {
		out = append(out, n.Text)
	}
	for _, ci := range c.Cadence {
		out = append(out, ci.Practice)
	}
	for _, t := range c.Tools {
		out = append(out, t.Purpose)
	}
	for _, r := range c.Risks {
		out = append(out, r.Risk, r.Mitigation)
	}
	for _, a := range p.Event.Agenda {
		out = append(out, a.Title)
	}
	for _, it := range p.Event.Checklist {
		out = append(out, it.Task)
	}
	return out
}

// TestTemplatePlanPDFsInGerman writes the charter and plan PDFs of a German plan made from
// each template: pdftotext finds the template's German texts (goals, roles, norms, rules,
// risks, run of show, checklist tasks) and none of the English ones. With COPLAUNCH_PDF_DIR
// set the PDFs are kept there, to be looked at.
func TestTemplatePlanPDFsInGerman(t *testing.T) {
	needTool(t, "pdftotext")
	dir := os.Getenv("COPLAUNCH_PDF_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, tpl := range planner.Templates() {
		t.Run(tpl.Key, func(t *testing.T) {
			de, err := planner.NewPlanIn(tpl.Key, "Praxisrunde", fixedNow, i18n.German)
			if err != nil {
				t.Fatal(err)
			}
			en, _ := planner.NewPlan(tpl.Key, "Praxisrunde", fixedNow)
			de.ID = 7
			var text string
			for name, write := range map[string]func(*bytes.Buffer) error{
				"charter": func(b *bytes.Buffer) error { return CharterPDF(b, de, testOptions()) },
				"plan":    func(b *bytes.Buffer) error { return PlanPDF(b, de, testOptions()) },
			} {
				var buf bytes.Buffer
				if err := write(&buf); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(dir, tpl.Key+"-"+name+".de.pdf")
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				text += " " + flat(run(t, "pdftotext", "-enc", "UTF-8", path, "-"))
			}
			german, english := templateWords(de), templateWords(en)
			for i, w := range german {
				if w = flat(w); w != "" && !strings.Contains(text, w) {
					t.Errorf("the PDFs lack the template's %q", w)
				}
				// A one-word English text may be a German word as well ("Moderator");
				// planner's tests check that each text is translated.
				if e := flat(english[i]); strings.Contains(e, " ") && e != w && strings.Contains(text, e) {
					t.Errorf("the PDFs carry the English %q", e)
				}
			}
			// Goals' units in the language's number forms: "2 % → 4 %", not "2% → 4%".
			for _, g := range de.Goals {
				deTr := i18n.New(i18n.German)
				if want := flat(deTr.Percent(*g.Baseline) + " → " + deTr.Percent(*g.Target)); g.Unit == "%" && !strings.Contains(text, want) {
					t.Errorf("goal %q: the PDFs lack %q", g.Title, want)
				}
			}
		})
	}
}
