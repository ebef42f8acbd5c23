package export

import (
	"bytes"
	"strings"
	"testing"
)

// TestWriteEveryKind writes the demo plan as every kind through the one table and checks
// that each file is what its kind says.
func TestWriteEveryKind(t *testing.T) {
	starts := map[Kind]string{
		KindCharterPDF:    "%PDF-",
		KindPlanPDF:       "%PDF-",
		KindMarkdown:      "# ",
		KindICS:           "BEGIN:VCALENDAR",
		KindCandidatesCSV: "\ufeffname,",
		KindReviewsCSV:    "\ufeffdate,",
		KindPlanFile:      "{",
	}
	if len(starts) != len(Kinds) {
		t.Fatalf("%d kinds, %d checked: check the new kind here", len(Kinds), len(starts))
	}
	pdfs := map[string]bool{}
	for _, k := range Kinds {
		var b bytes.Buffer
		if err := Write(&b, k, demoPlan(), testOptions()); err != nil {
			t.Fatalf("Write(%s): %v", k, err)
		}
		if !strings.HasPrefix(b.String(), starts[k]) {
			t.Errorf("Write(%s) starts %q, want %q", k, b.String()[:min(30, b.Len())], starts[k])
		}
		if strings.HasPrefix(b.String(), "%PDF-") {
			pdfs[b.String()] = true
		}
	}
	if len(pdfs) != 2 {
		t.Error("the charter PDF and the plan PDF are the same document")
	}
	if err := Write(&bytes.Buffer{}, Kind("docx"), demoPlan(), testOptions()); err == nil {
		t.Error("Write of an unknown kind succeeded")
	}
}
