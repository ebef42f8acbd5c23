package main

import (
	"bytes"
	"context"
	"github.com/coplaunch/coplaunch/planner/plantest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/planfile"
	"github.com/coplaunch/coplaunch/planner/store"
)

func evidenceFixture(name string) string {
	return filepath.Join("..", "..", "planner", "evidence", "testdata", name)
}

// decemberLibrary makes a library with the December plan of planner/evidence/testdata.
func decemberLibrary(t *testing.T) string {
	t.Helper()
	p := plantest.December()
	p.Status = ""
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := planfile.Encode(&buf, p, time.Now()); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "december.json")
	if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "lib.db")
	mustCmd(t, "-db", db, "import", "-json", file)
	return db
}

func loadDecember(t *testing.T, db string) *planner.Plan {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	id, err := st.PlanID(ctx, "December")
	if err != nil {
		t.Fatal(err)
	}
	p, err := st.Load(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestImportEvidenceDecember: three Teams reports and the Slack member list through the CLI
// fill December's review with the figures counted by hand (planner/evidence/testdata/README.md),
// each with its source; the decision about Inés is remembered for the next import; a second
// run of the same files changes no figure.
func TestImportEvidenceDecember(t *testing.T) {
	db := decemberLibrary(t)
	out := mustCmd(t, "-db", db, "import", "-plan", "December",
		"-attendance", evidenceFixture("teams_fr_2026-12-03.csv"), evidenceFixture("teams_pl_2026-12-10.csv"), evidenceFixture("teams_en_2026-12-17.csv"),
		"-review", "2026-12", "-decide", "ines.moreau@example.org=not a member")
	for _, want := range []string{
		"Teams attendance report (fr), 1 session",
		"Teams attendance report (pl), 1 session",
		"2026-12-03 “Atelier du jeudi”, 61 min: 6 people, 4 counted; organiser Inés Moreau (not counted); under 5 min (not counted): Mei Chen; not members: Jordan Blake; practice “Thursday share”",
		"Not matched, not counted until you say who they are: Jordan Blake; Sam.",
		"Added the review of 2026-12-31.",
		"Events held: 3 (3 attendance reports)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out = mustCmd(t, "-db", db, "import", "-plan", "December", "-activity", evidenceFixture("slack_members.csv"), "-review", "2026-12")
	for _, want := range []string{
		"Slack member analytics, 2026-12-01 to 2026-12-31, 7 people",
		"Not members: Inés Moreau <ines.moreau@example.org>.", // remembered
		"figures from 3 attendance reports and 1 Slack member analytics export, 1–31 Dec:",
		"Weekly active: 4 (members active each week (5, 3, 6, 2), averaged over 4 weeks; an estimate:",
		"Posts: 43",
		"Attendance of Thursday share: 3 sessions, 12 counted (4 a session), 7 members",
		"Ask Zoë Laurent and Pedro García Simón, quiet for 3 weeks, what would bring them back.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	p := loadDecember(t, db)
	if len(p.Reviews) != 1 {
		t.Fatalf("%d reviews", len(p.Reviews))
	}
	r := p.Reviews[0]
	if r.MembersTotal != 8 || r.WeeklyActive != 4 || r.NewMembers != 1 || r.Left != 0 || r.EventsHeld != 3 || r.Posts != 43 {
		t.Errorf("review %+v, want 8 members, 4 weekly active, 1 new, 0 left, 3 events, 43 posts", r)
	}
	if len(p.Sessions) != 3 || len(p.Activity) != 1 || len(p.Matches) != 1 {
		t.Errorf("stored %d sessions, %d exports, %d decisions", len(p.Sessions), len(p.Activity), len(p.Matches))
	}

	// The same files again: nothing doubles, no figure changes, nothing is reported as typed.
	out = mustCmd(t, "-db", db, "import", "-plan", "December", "-activity", evidenceFixture("slack_members.csv"), "-review", "2026-12")
	if strings.Contains(out, "kept") {
		t.Errorf("a figure filled from evidence was taken as typed:\n%s", out)
	}
	if q := loadDecember(t, db); len(q.Activity) != 1 || !reflect.DeepEqual(q.Reviews[0], r) {
		t.Errorf("second run changed the plan: %d exports, review %+v", len(q.Activity), q.Reviews[0])
	}
}

// TestImportEvidenceKeepsTypedFigures: a figure typed in the review is kept and reported.
func TestImportEvidenceKeepsTypedFigures(t *testing.T) {
	db := decemberLibrary(t)
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := loadDecember(t, db)
	r := planner.Review{Date: planner.MustDate("2026-12-30"), MembersTotal: 9}
	if err := st.Save(ctx, p.ID, planner.Change{Item: &r}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	out := mustCmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("teams_en_2026-12-17.csv"), "-review", "2026-12")
	if !strings.Contains(out, "Members total: kept 9 as typed; the evidence says 8") {
		t.Errorf("no conflict reported:\n%s", out)
	}
	if got := loadDecember(t, db).Reviews[0]; got.MembersTotal != 9 || got.EventsHeld != 1 {
		t.Errorf("review %+v", got)
	}
}

// TestImportEvidenceBadFilesChangeNothing: an ambiguous, truncated or wrong file gets a
// sentence and leaves the library as it was, even after good files named before it.
func TestImportEvidenceBadFilesChangeNothing(t *testing.T) {
	db := decemberLibrary(t)
	before := sum(t, db)
	for _, tc := range []struct{ file, says string }{
		{"ambiguous_dates.csv", "say how to read them with -dates dmy (day first) or -dates mdy"},
		{"truncated_teams.csv", "not an attendance report or activity export this app knows"},
		{"odd_utf16.csv", "odd number of bytes"},
	} {
		code, _, errs := cmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("teams_en_2026-12-17.csv"), evidenceFixture(tc.file))
		if code != exitFail || !strings.Contains(errs, tc.says) {
			t.Errorf("%s: exit %d, stderr %q", tc.file, code, errs)
		}
	}
	if sum(t, db) != before {
		t.Error("a failed import changed the library")
	}
	out := mustCmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("ambiguous_dates.csv"), "-dates", "dmy")
	if !strings.Contains(out, "Session 2026-05-04") {
		t.Errorf("-dates dmy: %s", out)
	}
	if code, _, _ := cmd(t, "-db", db, "import", "-plan", "December", "-attendance", "a.csv", "-activity", "b.csv"); code != exitUsage {
		t.Errorf("two kinds at once: exit %d", code)
	}
}

// TestImportEvidenceDecisions: "this is <member>" and "add as new member" are applied and
// remembered; the new member joins on the day first seen.
func TestImportEvidenceDecisions(t *testing.T) {
	db := decemberLibrary(t)
	mustCmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("teams_en_2026-12-17.csv"),
		"-decide", "Sam=new", "-decide", "Inés Moreau=not a member")
	p := loadDecember(t, db)
	sam := p.Candidates[len(p.Candidates)-1]
	if sam.Name != "Sam" || sam.Status != planner.Joined || sam.History[0].On != planner.MustDate("2026-12-17") {
		t.Fatalf("new member %+v", sam)
	}
	out := mustCmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("teams_fr_2026-12-03.csv"))
	if want := "Matched 4 of 6 people to members (4 by email). Not members: Inés Moreau <ines.moreau@example.org>. " +
		"Not matched, not counted until you say who they are: Jordan Blake."; !strings.Contains(out, want) {
		t.Errorf("decision not remembered; want %q in:\n%s", want, out)
	}
	out = mustCmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("teams_en_2026-12-17.csv"))
	if want := "Matched 5 of 6 people to members (4 by email, 1 by a remembered decision)"; !strings.Contains(out, want) {
		t.Errorf("the added member is not remembered; want %q in:\n%s", want, out)
	}
	if code, _, errs := cmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("teams_fr_2026-12-03.csv"), "-decide", "Nobody=new"); code != exitFail || !strings.Contains(errs, "no person") {
		t.Errorf("unknown person: exit %d %s", code, errs)
	}
}

// TestImportPoll: the poll's export fills poll asked (all 8 members), answered (3 matched)
// and the average skill (6.5), as counted in planner/evidence/testdata/README.md.
func TestImportPoll(t *testing.T) {
	db := decemberLibrary(t)
	if code, _, errs := cmd(t, "-db", db, "import", "-plan", "December", "-poll", evidenceFixture("poll_december.csv")); code != exitFail || !strings.Contains(errs, "-poll needs -review") {
		t.Errorf("without -review: exit %d %s", code, errs)
	}
	out := mustCmd(t, "-db", db, "import", "-plan", "December", "-poll", evidenceFixture("poll_december.csv"), "-review", "2026-12")
	for _, want := range []string{"the poll, 5 answers, 4 skill ratings", "Poll: answered: 3 (respondents matched to members (3 of 5 who answered))", "Avg. skill rating: 6.5"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	r := loadDecember(t, db).Reviews[0]
	if r.PollAsked != 8 || r.PollResponses != 3 || r.AvgSkill != 6.5 || r.MembersTotal != 8 {
		t.Errorf("review %+v", r)
	}
	out = mustCmd(t, "-db", db, "import", "-plan", "December", "-poll", evidenceFixture("poll_december.csv"), "-review", "2026-12")
	if strings.Contains(out, "kept") {
		t.Errorf("the same poll again reports typed figures:\n%s", out)
	}
}

// TestImportEvidencePractice: a session on a day no practice meets is said to be one with
// -practice; an unknown practice is refused.
func TestImportEvidencePractice(t *testing.T) {
	db := decemberLibrary(t)
	out := mustCmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("zoom_participants.csv"))
	if !strings.Contains(out, "No practice of the charter meets on 2026-12-22") {
		t.Errorf("output:\n%s", out)
	}
	if code, _, errs := cmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("zoom_participants.csv"), "-practice", "Yoga"); code != exitFail || !strings.Contains(errs, "no such practice") {
		t.Errorf("unknown practice: exit %d %s", code, errs)
	}
	out = mustCmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("zoom_participants.csv"), "-practice", "thursday share")
	p := loadDecember(t, db)
	if len(p.Sessions) != 1 || p.Sessions[0].PracticeID != p.Charter.Cadence[0].ID || !strings.Contains(out, "practice “Thursday share”") {
		t.Errorf("sessions %+v\n%s", p.Sessions, out)
	}
}

// TestImportMeetTimesOnly: a Meet sheet of times alone asks for -date, then reads.
func TestImportMeetTimesOnly(t *testing.T) {
	db := decemberLibrary(t)
	code, _, errs := cmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("meet_times_only.csv"))
	if code != exitFail || !strings.Contains(errs, "give it with -date YYYY-MM-DD") {
		t.Errorf("exit %d, %s", code, errs)
	}
	out := mustCmd(t, "-db", db, "import", "-plan", "December", "-attendance", evidenceFixture("meet_times_only.csv"), "-date", "2026-12-08", "-organizer", "ines.moreau@example.org")
	if !strings.Contains(out, "Session 2026-12-08, 60 min: 3 people, 1 counted; organiser Inés Moreau (not counted); under 5 min (not counted): Mei Chen") {
		t.Errorf("output:\n%s", out)
	}
}
