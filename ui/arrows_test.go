package ui

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner/plantest"
)

// TestPDFsShowArrowsAsTheWindowDoes: the window shows a goal as "2% → 4%"; the PDFs, set in
// Fyne's Noto Sans, which has no arrow, used to write "2% -> 4%".
func TestPDFsShowArrowsAsTheWindowDoes(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	test.NewTempApp(t)
	p := plantest.Demo(testNow)
	for _, kind := range []exportKind{exportCharterPDF, exportPlanPDF} {
		path := filepath.Join(t.TempDir(), "out.pdf")
		if err := writeExport(p, kind, path, testNow); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(out)), " ")
		if !strings.Contains(text, "2% → 4%") || strings.Contains(text, "->") {
			t.Errorf("%s: want the goal as “2%% → 4%%” and no “->”", kind.title())
		}
	}
}
