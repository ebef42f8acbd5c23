package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
)

// readExport checks that an exported CSV starts with the UTF-8 byte order mark and ends every
// record in CRLF, then parses what follows the mark.
func readExport(t *testing.T, data []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		t.Fatalf("no UTF-8 byte order mark: starts %q", data[:min(len(data), 8)])
	}
	data = data[3:]
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Errorf("last record does not end in CRLF")
	}
	if bare := bytes.Count(data, []byte("\n")) - bytes.Count(data, []byte("\r\n")); bare != 0 {
		t.Errorf("%d line ends are a bare LF, want CRLF everywhere", bare)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Maya", "Maya"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1 555", "'+1 555"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tindent", "'\tindent"},
		{"\rcr", "'\rcr"},
		{"-12.5", "-12.5"}, // a plain negative number is data
		{"-", "'-"},
		{"a=b", "a=b"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := safeCell(tc.in); got != tc.want {
				t.Errorf("safeCell(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCandidatesCSV(t *testing.T) {
	p := demoPlan()
	p.Candidates[0].Notes = "=cmd|' /C calc'!A0"
	p.Candidates[1].Name = "Zoë, \"the\" Ångström\nsecond line"
	var buf bytes.Buffer
	if err := CandidatesCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	rows := readExport(t, buf.Bytes())
	if got := strings.Join(rows[0], ","); got != "name,handle,contact,channel,source,experience,activity,role_interest,willing_to_lead,status,notes" {
		t.Errorf("header = %s", got)
	}
	if len(rows) != len(p.Candidates)+1 {
		t.Fatalf("%d rows, want %d", len(rows), len(p.Candidates)+1)
	}
	if rows[1][10] != "'=cmd|' /C calc'!A0" {
		t.Errorf("formula not escaped: %q", rows[1][10])
	}
	if rows[2][0] != p.Candidates[1].Name {
		t.Errorf("quoted name = %q", rows[2][0])
	}
	c := p.Candidates[0]
	want := []string{c.Name, c.Handle, c.Contact, string(c.Channel), string(c.Source), string(c.Experience), string(c.Activity), c.RoleInterest, map[bool]string{true: "yes", false: "no"}[c.WillingToLead], string(c.Status)}
	for i, w := range want {
		if rows[1][i] != safeCell(w) {
			t.Errorf("column %s = %q, want %q", CandidateColumns[i], rows[1][i], w)
		}
	}
}

func TestReviewsCSV(t *testing.T) {
	p := demoPlan()
	p.Reviews[0].Worked = "+ more AMAs"
	var buf bytes.Buffer
	if err := ReviewsCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	rows := readExport(t, buf.Bytes())
	head := rows[0]
	col := func(name string) int {
		for i, h := range head {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q in %v", name, head)
		return -1
	}
	if len(rows) != len(p.Reviews)+1 {
		t.Fatalf("%d rows, want %d", len(rows), len(p.Reviews)+1)
	}
	figs := planner.ReviewFigures(p)
	for i, f := range figs {
		r := rows[i+1]
		if r[col("date")] != f.Review.Date.String() {
			t.Errorf("row %d date = %s, want %s (date order)", i, r[col("date")], f.Review.Date)
		}
		if r[col("weekly_active_pct")] != num(f.WeeklyActivePct, true) {
			t.Errorf("row %d weekly_active_pct = %s", i, r[col("weekly_active_pct")])
		}
		if i == 0 && r[col("growth_pct")] != "" {
			t.Errorf("first review has growth %q, want blank", r[col("growth_pct")])
		}
	}
	col("factor_facilitation")
	col("factor_tech")
	found := false
	for _, r := range rows[1:] {
		if r[col("worked")] == "'+ more AMAs" {
			found = true
		}
	}
	if !found {
		t.Error("worked cell starting with + not escaped")
	}
}

// TestCandidatesCSVRoundTrip exports candidates with accents, scripts, commas, quotes and line
// breaks (including a Windows "\r\n" pasted into notes) and reads the file back with the CSV
// import: every field comes back as it was, line breaks as "\n".
func TestCandidatesCSVRoundTrip(t *testing.T) {
	p := demoPlan()
	p.Candidates = []planner.Candidate{
		{Name: zoe, Handle: "@zoe", Contact: "zoe@example.org", Channel: planner.ChannelEmail, Source: planner.SourceSurvey,
			Experience: planner.Veteran, Activity: planner.ActivityHigh, RoleInterest: "host, \"moderator\"",
			WillingToLead: true, Status: planner.Accepted, Notes: "first line\r\nsecond line\nthird"},
		{Name: lukasz, Contact: "https://www.linkedin.com/in/lukasz", Channel: planner.ChannelLinkedIn,
			Source: planner.SourceNetwork, Experience: planner.Newcomer, Activity: planner.ActivityLow, Status: planner.Invited},
		{Name: eleni + " " + dmitri + " 李小龍", Handle: "el;eni", Channel: planner.ChannelOther, Source: planner.SourceReferral,
			Experience: planner.Practitioner, Activity: planner.ActivityMedium, Status: planner.Declined, Notes: "a\rb"},
	}
	var buf bytes.Buffer
	if err := CandidatesCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	got, rep, err := csvimport.ReadCandidates(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Skipped) != 0 {
		t.Errorf("import skipped rows: %v", rep.Skipped)
	}
	if len(got) != len(p.Candidates) {
		t.Fatalf("read back %d candidates, want %d", len(got), len(p.Candidates))
	}
	for i, w := range p.Candidates {
		w.Notes = newlines.Replace(w.Notes)
		g := got[i]
		if g.Name != w.Name || g.Handle != w.Handle || g.Contact != w.Contact || g.Channel != w.Channel ||
			g.Source != w.Source || g.Experience != w.Experience || g.Activity != w.Activity ||
			g.RoleInterest != w.RoleInterest || g.WillingToLead != w.WillingToLead || g.Status != w.Status || g.Notes != w.Notes {
			t.Errorf("candidate %d read back as\n%+v\nwant\n%+v", i, g, w)
		}
	}
}
