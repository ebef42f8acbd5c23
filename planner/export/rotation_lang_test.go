package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// unnamedHolderPlan is the demo plan with the first holder of its first rotating role
// stripped of name and handle, so that the app names them ("Candidate 3"), and the
// candidate's number.
func unnamedHolderPlan(t *testing.T, lang string) (*planner.Plan, int64) {
	t.Helper()
	p := demoPlan()
	p.Lang = lang
	for _, r := range p.Charter.Roles {
		if r.RotationWeeks <= 0 || len(r.HolderIDs) == 0 {
			continue
		}
		for i := range p.Candidates {
			if p.Candidates[i].ID == r.HolderIDs[0] {
				p.Candidates[i].Name, p.Candidates[i].Handle = "", ""
				if len(planner.RotationSchedule(p, 0)) == 0 {
					t.Fatal("the demo plan has no rotation schedule")
				}
				return p, p.Candidates[i].ID
			}
		}
	}
	t.Fatal("the demo plan has no rotating role with a holder")
	return nil, 0
}

// TestRotationRowsNameHoldersInDocumentLanguage checks that the charter's rotation rows (and
// the roles table's holders) name a candidate without a name in the document's language.
func TestRotationRowsNameHoldersInDocumentLanguage(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.Spanish, i18n.German, i18n.French, i18n.Portuguese} {
		p, id := unnamedHolderPlan(t, string(l))
		want := i18n.New(l).T("candidate.numbered", "n", fmt.Sprint(id))
		english := fmt.Sprintf("Candidate %d", id)
		var md bytes.Buffer
		if err := CharterMarkdown(&md, p); err != nil {
			t.Fatal(err)
		}
		text := md.String()
		_, rotation, ok := strings.Cut(text, "### "+i18n.New(l).T("rotation.title"))
		if !ok {
			t.Fatalf("%s: no rotation schedule in the Markdown", l)
		}
		if !strings.Contains(rotation, "| "+want+" |") || strings.Contains(text, english) {
			t.Errorf("%s Markdown: rotation rows lack %q or keep %q", l, want, english)
		}
	}

	needTool(t, "pdftotext")
	p, id := unnamedHolderPlan(t, "de")
	var buf bytes.Buffer
	if err := CharterPDF(&buf, p, testOptions()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "charter.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
	want := fmt.Sprintf("Kandidat %d", id)
	if strings.Count(text, want) < 2 || strings.Contains(text, fmt.Sprintf("Candidate %d", id)) {
		t.Errorf("German charter PDF: %d × %q, English name present: %v", strings.Count(text, want), want, strings.Contains(text, fmt.Sprintf("Candidate %d", id)))
	}
}
