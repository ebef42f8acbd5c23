package ui

import (
	"context"
	"github.com/coplaunch/coplaunch/planner/plantest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
)

func recordFile(name string) string {
	return filepath.Join("..", "planner", "evidence", "testdata", name)
}

// decemberPlan is the plan of planner/evidence/testdata/README.md.
func decemberPlan() *planner.Plan { return plantest.December() }

// TestReviewEvidenceFillsTheMonth: three Teams reports and the Slack member list fill
// December's review through the window; the unmatched are decided once (Inés not a member,
// Sam added as a new member) and those decisions hold on the next import.
func TestReviewEvidenceFillsTheMonth(t *testing.T) {
	s, st := newTestSessionWith(t, decemberPlan())
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	test.Tap(v.fromRecords)
	d := v.evidence
	if d == nil || !d.fill.Disabled() {
		t.Fatal("the window did not open, or can fill with nothing read")
	}
	d.month.SetText("2026-12")
	for _, f := range []string{"teams_fr_2026-12-03.csv", "teams_pl_2026-12-10.csv", "teams_en_2026-12-17.csv"} {
		if err := d.addPath(recordFile(f), false); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.addPath(recordFile("slack_members.csv"), true); err != nil {
		t.Fatal(err)
	}
	pf, err := os.Open(recordFile("poll_december.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	if err := d.addPollFile(pf, "poll_december.csv"); err != nil {
		t.Fatal(err)
	}
	var pending []string
	for _, p := range d.pending {
		pending = append(pending, p.Name)
	}
	if strings.Join(pending, ", ") != "Inés Moreau, Jordan Blake, Sam" {
		t.Fatalf("to decide: %q", pending)
	}
	// Before any decision: the hand count of the README.
	for _, want := range []string{"Weekly active: 4 (members active each week (5, 3, 6, 2)", "Members total: 8", "Posts: 43", "Events held: 3"} {
		if !strings.Contains(d.figures.Text, want) {
			t.Errorf("figures lack %q:\n%s", want, d.figures.Text)
		}
	}
	if !strings.Contains(d.nudge.Text, "Ask Zoë Laurent and Pedro García Simón, quiet for 3 weeks") {
		t.Errorf("nudge %q", d.nudge.Text)
	}
	d.decisions["email:ines.moreau@example.org"].SetSelected(s.tr.T(decideNot))
	d.decisions["name:sam"].SetSelected(s.tr.T(decideNew))
	// Sam, new on 17 December, makes 9 members, 2 new, and a third week of 7 active.
	if !strings.Contains(d.figures.Text, "Members total: 9") || !strings.Contains(d.figures.Text, "(5, 3, 7, 2)") {
		t.Errorf("figures after the decisions:\n%s", d.figures.Text)
	}
	test.Tap(d.fill)

	p := reload(t, s, st)
	if len(p.Reviews) != 1 {
		t.Fatalf("%d reviews", len(p.Reviews))
	}
	r := p.Reviews[0]
	if r.Date != planner.MustDate("2026-12-31") || r.MembersTotal != 9 || r.WeeklyActive != 4 || r.NewMembers != 2 ||
		r.EventsHeld != 3 || r.Posts != 43 || r.Left != 0 || r.PollAsked != 9 || r.PollResponses != 3 || r.AvgSkill != 6.5 {
		t.Errorf("review %+v", r)
	}
	if len(p.Sessions) != 3 || len(p.Activity) != 1 || len(p.Matches) != 2 || len(p.Candidates) != 9 {
		t.Errorf("stored %d sessions, %d exports, %d decisions, %d candidates", len(p.Sessions), len(p.Activity), len(p.Matches), len(p.Candidates))
	}
	if sam := p.Candidates[8]; sam.Name != "Sam" || sam.History[0].On != planner.MustDate("2026-12-17") {
		t.Errorf("new member %+v", sam)
	}

	// Next import: the decisions are remembered; only Jordan is left to decide.
	test.Tap(v.fromRecords)
	d = v.evidence
	d.month.SetText("2026-12")
	if err := d.addPath(recordFile("teams_fr_2026-12-03.csv"), false); err != nil {
		t.Fatal(err)
	}
	if len(d.pending) != 1 || d.pending[0].Name != "Jordan Blake" {
		t.Errorf("to decide after the first import: %+v", d.pending)
	}
	if strings.Contains(d.figures.Text, "kept") {
		t.Errorf("figures filled from the evidence are taken as typed:\n%s", d.figures.Text)
	}
}

// TestReviewEvidenceBadFileAndTypedFigure: a file that cannot be read is named with its
// reason and stores nothing; a typed figure is kept and shown as a conflict.
func TestReviewEvidenceBadFileAndTypedFigure(t *testing.T) {
	p := decemberPlan()
	p.Reviews = []planner.Review{{ID: 1, Date: planner.MustDate("2026-12-30"), MembersTotal: 12}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	test.Tap(v.fromRecords)
	d := v.evidence
	if d.month.Text != "2026-12" {
		t.Errorf("month %q, want the latest review's", d.month.Text)
	}
	if err := d.addPath(recordFile("ambiguous_dates.csv"), false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.read.Text, "can be read day first or month first") || !strings.Contains(d.read.Text, "Choose how to read them") || !d.fill.Disabled() {
		t.Errorf("ambiguous: %q, fill enabled %v", d.read.Text, !d.fill.Disabled())
	}
	d.order.SetSelected(d.s.tr.T(dateOrders[1].label))
	if !strings.Contains(d.read.Text, "Zoom participants report, 1 session") {
		t.Errorf("day first: %q", d.read.Text)
	}
	// Day first would misread the English report's 12/17/26: back to each report's own order.
	d.files = nil
	d.order.SetSelected(d.s.tr.T(dateOrders[0].label))
	if err := d.addPath(recordFile("teams_en_2026-12-17.csv"), false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.figures.Text, "Members total: kept 12 as typed; the evidence says 8") {
		t.Errorf("conflict not shown:\n%s", d.figures.Text)
	}
	test.Tap(d.fill)
	if r := reload(t, s, st).Reviews[0]; r.MembersTotal != 12 || r.EventsHeld != 1 {
		t.Errorf("review %+v: the typed figure must stay", r)
	}
}

// TestReviewEvidenceAsksThePractice: a session on a day no practice meets is asked about;
// the practice chosen is stored with it.
func TestReviewEvidenceAsksThePractice(t *testing.T) {
	s, st := newTestSessionWith(t, decemberPlan())
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	test.Tap(v.fromRecords)
	d := v.evidence
	d.month.SetText("2026-12")
	if err := d.addPath(recordFile("zoom_participants.csv"), false); err != nil {
		t.Fatal(err)
	}
	key := sessionKey(d.sessions[0])
	sel := d.practiceOf[key]
	if sel == nil {
		t.Fatalf("no practice asked for the Tuesday session (%s)", key)
	}
	sel.SetSelected(sel.Options[0])
	test.Tap(d.fill)
	p := reload(t, s, st)
	if len(p.Sessions) != 1 || p.Sessions[0].PracticeID != p.Charter.Cadence[0].ID {
		t.Errorf("sessions %+v", p.Sessions)
	}
}

// TestReviewEvidenceMeetingDate: a Meet sheet of times alone is named with what to do, and
// read once the meeting's date is written.
func TestReviewEvidenceMeetingDate(t *testing.T) {
	s, _ := newTestSessionWith(t, decemberPlan())
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	test.Tap(v.fromRecords)
	d := v.evidence
	d.month.SetText("2026-12")
	if err := d.addPath(recordFile("meet_times_only.csv"), false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.read.Text, "Write it under Meeting date.") || !d.fill.Disabled() {
		t.Errorf("read %q", d.read.Text)
	}
	test.Type(d.meetingDate, "2026-12-08")
	if !strings.Contains(d.read.Text, "Google Meet attendance report, 1 session") || d.fill.Disabled() {
		t.Errorf("with the date: %q", d.read.Text)
	}
}

// TestErasingAMemberErasesTheirAttendance: after the evidence is in, erasing a member from
// the recruitment list takes their attendance out of the plan in the window too, and the
// next fill works.
func TestErasingAMemberErasesTheirAttendance(t *testing.T) {
	s, st := newTestSessionWith(t, decemberPlan())
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	test.Tap(v.fromRecords)
	d := v.evidence
	d.month.SetText("2026-12")
	if err := d.addPath(recordFile("teams_en_2026-12-17.csv"), false); err != nil {
		t.Fatal(err)
	}
	test.Tap(d.fill)
	liam := s.plan.Candidates[7]
	if e := planner.ErasureOfCandidate(s.plan, liam.ID); e.Sessions != 1 {
		t.Fatalf("erasure of Liam lists %d sessions", e.Sessions)
	}
	if err := s.erase(st.DeletePersonAndLoad(context.Background(), s.plan.ID, liam.ID)); err != nil {
		t.Fatal(err)
	}
	for _, a := range s.plan.Sessions[0].Attendees {
		if a.Email == liam.Contact {
			t.Fatalf("Liam's attendance is still in the plan: %+v", a)
		}
	}
	test.Tap(v.fromRecords)
	d = v.evidence
	d.month.SetText("2026-12")
	if err := d.addPath(recordFile("teams_fr_2026-12-03.csv"), false); err != nil {
		t.Fatal(err)
	}
	if err := d.apply(); err != nil {
		t.Fatalf("fill after the erasure: %v", err)
	}
	if p := reload(t, s, st); len(p.Sessions) != 2 {
		t.Errorf("%d sessions", len(p.Sessions))
	}
}
