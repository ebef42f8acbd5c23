package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

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
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
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
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
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
