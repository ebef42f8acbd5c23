package csvimport

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/export"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// roundTripCandidates are candidates whose cells the export must defuse or quote: handles a
// spreadsheet would run as formulas, a plain negative number, an apostrophe the user typed,
// commas, quotes, line breaks, other scripts, and empty fields.
var roundTripCandidates = []planner.Candidate{
	{Name: "Maya", Handle: "@maya", Contact: "maya@example.com", Channel: planner.ChannelEmail, Status: planner.Prospect},
	{Name: "=HYPERLINK(\"x\")", Handle: "+44 20 7946 0000", Contact: "-12", Status: planner.Invited, Notes: "-minus first"},
	{Name: "'Tis Ava", Handle: "'@not-escaped-by-export", RoleInterest: "=1+1", Status: planner.Accepted, WillingToLead: true},
	{Name: "Zoë, \"Z\" 李", Contact: "https://www.linkedin.com/in/zoe/", Channel: planner.ChannelLinkedIn,
		Source: planner.SourceReferral, Experience: planner.Veteran, Activity: planner.ActivityHigh,
		Status: planner.Joined, Notes: "Two lines,\nsecond line"},
	{Name: "No channel", Contact: "nochan@example.com", Status: planner.Declined},
}

func exportCandidates(t *testing.T, cs []planner.Candidate) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.CandidatesCSV(&b, &planner.Plan{Candidates: cs}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestCandidatesRoundTrip: candidates export → import → export gives the same bytes, with the
// formula escape undone on import exactly where the export added it; the reader takes the
// export with a byte order mark and CRLF line ends alike.
func TestCandidatesRoundTrip(t *testing.T) {
	sets := map[string][]planner.Candidate{
		"tricky": roundTripCandidates,
		"demo":   plantest.Demo(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)).Candidates,
	}
	for name, cs := range sets {
		t.Run(name, func(t *testing.T) {
			first := exportCandidates(t, cs)
			// The reader takes the export as written (with or without a byte order mark and
			// CRLF line ends) and as a spreadsheet may save it back: plain LF, no mark.
			lf := bytes.ReplaceAll(bytes.TrimPrefix(first, []byte("\xEF\xBB\xBF")), []byte("\r\n"), []byte("\n"))
			variants := map[string][]byte{
				"as exported": first,
				"lf, no bom":  lf,
				"bom+crlf":    append([]byte("\xEF\xBB\xBF"), bytes.ReplaceAll(lf, []byte("\n"), []byte("\r\n"))...),
			}
			for vn, data := range variants {
				got, rep, err := ReadCandidates(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("%s: %v", vn, err)
				}
				if len(got) != len(cs) || len(rep.Skipped) != 0 {
					t.Fatalf("%s: %d of %d candidates, skipped %v", vn, len(got), len(cs), rep.Skipped)
				}
				if second := exportCandidates(t, got); !bytes.Equal(second, first) {
					t.Errorf("%s: export → import → export differs:\n%s\nwant\n%s", vn, second, first)
				}
			}
		})
	}
	got, _, err := ReadCandidates(bytes.NewReader(exportCandidates(t, roundTripCandidates)))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct{ name, handle, contact, role string }{
		{"Maya", "@maya", "maya@example.com", ""},
		{`=HYPERLINK("x")`, "+44 20 7946 0000", "-12", ""},
		{"'Tis Ava", "@not-escaped-by-export", "", "=1+1"},
	} {
		c := got[i]
		if c.Name != want.name || c.Handle != want.handle || c.Contact != want.contact || c.RoleInterest != want.role {
			t.Errorf("candidate %d read as %q %q %q %q, want %+v", i, c.Name, c.Handle, c.Contact, c.RoleInterest, want)
		}
	}
	if got[4].Channel != "" {
		t.Errorf("an empty channel in the export was guessed as %q", got[4].Channel)
	}
}

func TestUnescapeFormula(t *testing.T) {
	for in, want := range map[string]string{
		"'@maya": "@maya", "'=1+1": "=1+1", "'+44": "+44", "'-x": "-x", "'-12": "'-12", "'-1.5": "'-1.5",
		"'Tis": "'Tis", "'": "'", "''@x": "''@x", "@maya": "@maya", "": "", "'\t1": "\t1",
	} {
		if got := unescapeFormula(in); got != want {
			t.Errorf("unescapeFormula(%q) = %q, want %q", in, got, want)
		}
	}
	if strings.Join(exportColumns, ",") != strings.Join(export.CandidateColumns, ",") {
		t.Errorf("exportColumns %v differ from the export's %v", exportColumns, export.CandidateColumns)
	}
}
