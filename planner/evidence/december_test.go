package evidence_test

import (
	"github.com/coplaunch/coplaunch/planner/plantest"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/evidence"
)

// decemberPlan is the plan of testdata/README.md: eight members, one of them new in
// December, and a weekly Thursday session.
func decemberPlan() *planner.Plan {
	p := plantest.December()
	p.Status, p.Survey = "", planner.Survey{}
	p.Candidates = append(p.Candidates, planner.Candidate{ID: 9, Name: "Rosa Prospect", Contact: "rosa@example.org", Status: planner.Invited})
	p.Charter.Cadence = []planner.CadenceItem{
		{ID: 20, Practice: "Thursday share", Frequency: planner.Weekly, Weekday: time.Thursday, Time: "18:00", DurationMin: 60},
		{ID: 21, Practice: "Questions thread", Frequency: planner.Weekly, Weekday: time.Monday},
	}
	return p
}

// readDecember reads the month's three Teams reports and the Slack member list, as the
// CLI and the window do.
func readDecember(t *testing.T, dir string, period planner.Period) ([]planner.Session, []planner.ActivityExport) {
	t.Helper()
	var sessions []planner.Session
	for _, name := range []string{"teams_fr_2026-12-03.csv", "teams_pl_2026-12-10.csv", "teams_en_2026-12-17.csv"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := evidence.ReadAttendance(f, evidence.Options{})
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sessions = append(sessions, rep.Sessions...)
	}
	f, err := os.Open(filepath.Join(dir, "slack_members.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := evidence.ReadActivity(f, evidence.Options{From: period.From, To: period.To})
	if err != nil {
		t.Fatal(err)
	}
	return sessions, []planner.ActivityExport{rep.Export}
}

// TestDecemberByHand checks the figures against the count by hand in testdata/README.md.
func TestDecemberByHand(t *testing.T) {
	p := decemberPlan()
	period := planner.MonthPeriod(2026, time.December)
	sessions, exports := readDecember(t, "testdata", period)
	im := planner.AddEvidence(p, sessions, exports)

	var pending []string
	for _, person := range im.Pending() {
		pending = append(pending, person.Name)
	}
	if want := []string{"Inés Moreau", "Jordan Blake", "Sam"}; !reflect.DeepEqual(pending, want) {
		t.Fatalf("unmatched %q, want %q", pending, want)
	}
	if len(im.NoPractice) != 0 {
		t.Errorf("sessions with no practice: %v", im.NoPractice)
	}
	// Resolved once: Inés is not a member; the guests stay unmatched and uncounted.
	planner.DecideMatch(p, planner.Person{Name: "Inés Moreau", Email: "ines.moreau@example.org"}, planner.MatchNotMember, 0)
	planner.Rematch(p)

	ef := planner.FiguresFromEvidence(p, period, nil)
	if got := ef.Weekly; !reflect.DeepEqual(got, []int{5, 3, 6, 2}) {
		t.Errorf("members active each week %v, want [5 3 6 2]", got)
	}
	want := map[planner.Figure]float64{
		planner.FigMembersTotal: 8,
		planner.FigWeeklyActive: 4,
		planner.FigNewMembers:   1,
		planner.FigLeft:         0,
		planner.FigEventsHeld:   3,
		planner.FigPosts:        43,
	}
	for f, v := range want {
		pf, ok := ef.Figure(f)
		if !ok || pf.Value != v || pf.Source == "" {
			t.Errorf("figure %d = %+v (%v), want %v with a source", f, pf, ok, v)
		}
	}
	if pf, _ := ef.Figure(planner.FigWeeklyActive); !pf.Estimate || pf.Reason == "" {
		t.Errorf("weekly active from Slack totals is not marked as an estimate: %+v", pf)
	}
	if got := ef.Source(); got != "from 3 attendance reports and 1 Slack member analytics export, 1–31 Dec" {
		t.Errorf("source %q", got)
	}
	if len(ef.Unmatched) != 2 {
		t.Errorf("unmatched after the decision: %+v", ef.Unmatched)
	}
	if len(ef.Practices) != 1 {
		t.Fatalf("practices %+v", ef.Practices)
	}
	// Counted: 3 + 3 + 4 members and the two guests who stayed (Jordan, Sam); members:
	// Ana, Tomás, Pedro, Zoë, Katarzyna, Liam, Mei.
	if pa := ef.Practices[0]; pa.Practice != "Thursday share" || pa.Sessions != 3 || pa.Members != 7 || pa.Counted != 12 || pa.Average() != 4 {
		t.Errorf("Thursday share %+v", pa)
	}

	var quiet []string
	for _, q := range planner.QuietMembers(p, period.To) {
		quiet = append(quiet, q.Name)
	}
	if want := []string{"Zoë Laurent", "Pedro García Simón"}; !reflect.DeepEqual(quiet, want) {
		t.Errorf("quiet %q, want %q", quiet, want)
	}

	// Reading the same files again replaces, never doubles.
	sessions, exports = readDecember(t, "testdata", period)
	if im := planner.AddEvidence(p, sessions, exports); im.Replaced != 4 || len(p.Sessions) != 3 || len(p.Activity) != 1 {
		t.Errorf("re-import: replaced %d, %d sessions, %d exports", im.Replaced, len(p.Sessions), len(p.Activity))
	}

	// Filling a review: the typed figure stays, and is reported.
	r := planner.Review{Date: period.To}
	r.SetFigure(planner.FigMembersTotal, 9, planner.Typed)
	conflicts := planner.ApplyEvidenceFigures(&r, planner.FiguresFromEvidence(p, period, nil))
	if r.MembersTotal != 9 || len(conflicts) != 1 || conflicts[0].Typed != 9 || conflicts[0].Proposed.Value != 8 {
		t.Errorf("typed figure: review %d, conflicts %+v", r.MembersTotal, conflicts)
	}
	if r.WeeklyActive != 4 || r.StateOf(planner.FigWeeklyActive) != planner.FromEvidence || r.StateOf(planner.FigReplies) != planner.NotGiven {
		t.Errorf("filled review %+v, states %v", r, r.FigureStates)
	}
}

// TestDecemberPoll: the poll's export gives poll asked (all members), answered (members
// matched) and the average skill, as counted in testdata/README.md.
func TestDecemberPoll(t *testing.T) {
	p := decemberPlan()
	p.Survey.Questions = []planner.Question{{ID: 1, Kind: planner.KindScale, Title: "How would you rate your skill today? (1-10)", Role: planner.RoleSkill}}
	f, err := os.Open(filepath.Join("testdata", "poll_december.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	poll, err := evidence.ReadPoll(f, p.Survey)
	if err != nil {
		t.Fatal(err)
	}
	if len(poll.Respondents) != 5 || len(poll.Skill) != 4 {
		t.Fatalf("poll %+v", poll)
	}
	ef := planner.FiguresFromEvidence(p, planner.MonthPeriod(2026, time.December), poll)
	for f, want := range map[planner.Figure]float64{planner.FigPollAsked: 8, planner.FigPollResponses: 3, planner.FigAvgSkill: 6.5} {
		if pf, ok := ef.Figure(f); !ok || pf.Value != want {
			t.Errorf("figure %d = %+v, want %v", f, pf, want)
		}
	}
}
