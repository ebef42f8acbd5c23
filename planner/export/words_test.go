package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// TestVersionRows: the charter's table of versions marks a version only typed in, and the
// Markdown shows exactly those rows (the PDF's are pinned by the golden files).
func TestVersionRows(t *testing.T) {
	p := demoPlan()
	p.Charter.Versions = append(p.Charter.Versions, planner.CharterVersion{Version: "0.9", On: planner.MustDate("2026-01-05"), Author: "Ana", Changes: "Draft for the sponsor"})
	tr := i18n.New("en")
	rows := versionRows(tr, &p.Charter)
	if len(rows) != len(p.Charter.Versions) {
		t.Fatalf("%d rows for %d versions", len(rows), len(p.Charter.Versions))
	}
	last := rows[len(rows)-1]
	if last[0] != "0.9" || last[2] != "Ana" || !strings.HasPrefix(last[3], "Draft for the sponsor (") {
		t.Errorf("typed version row %q, want its note marked as typed", last)
	}
	var md bytes.Buffer
	if err := CharterMarkdown(&md, p); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = mdCell(c)
		}
		if line := "| " + strings.Join(cells, " | ") + " |"; !strings.Contains(md.String(), line) {
			t.Errorf("the Markdown lacks the version row %q", line)
		}
	}
}

// TestNamesUpTo checks that a long list of people in the plan PDF shows its first names and
// says how many others there are, and that a short one is listed whole.
func TestNamesUpTo(t *testing.T) {
	tr := i18n.New(i18n.English)
	var names []string
	for i := range namesShown + 5 {
		names = append(names, fmt.Sprintf("Member %d", i+1))
	}
	got := namesUpTo(tr, names)
	if !strings.HasSuffix(got, "and 5 others") || !strings.Contains(got, "Member 40,") && !strings.Contains(got, "Member 40 ") || strings.Contains(got, "Member 41") {
		t.Errorf("45 names: %q", got)
	}
	if got := namesUpTo(tr, names[:3]); got != "Member 1, Member 2 and Member 3" {
		t.Errorf("3 names: %q", got)
	}
}
