package store

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// makeV1 writes a library at schema version 1 (the embedded first migration only) holding
// one plan with a question and a candidate, as the first release would have left it.
func makeV1(t *testing.T, path string) {
	t.Helper()
	db := libraryAt(t, path, 1)
	defer db.Close()
	for _, q := range []string{
		`INSERT INTO plans (id, name, client, status, created, updated) VALUES (7, 'Old plan', 'Old client', 'planning',
			'2025-01-01 10:00:00.000000000Z', '2025-01-02 10:00:00.000000000Z')`,
		`INSERT INTO questions (plan_id, pos, kind, title, help, options, role) VALUES (7, 1, 'text', 'Pain?', '', NULL, 'pain')`,
		`INSERT INTO candidates (plan_id, pos, name, handle, contact, channel, source, experience, activity, role_interest,
			willing_to_lead, status, notes) VALUES (7, 1, 'Ben', '', 'ben@x.org', 'email', 'survey', 'veteran', 'high', '', 1, 'joined', '')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

var updateFixture = flag.Bool("update-fixture", false, "rewrite testdata/library-v1.db from the embedded schema-1 migration")

// v1Fixture copies the committed schema-1 library (testdata/library-v1.db) to path. The
// fixture is a file made by an earlier version, so the upgrade is tested on real bytes; with
// -update-fixture it is made again with makeV1 (review the reason before committing one).
func v1Fixture(t *testing.T, path string) {
	t.Helper()
	fixture, err := filepath.Abs(filepath.Join("testdata", "library-v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	if *updateFixture {
		os.Remove(fixture)
		makeV1(t, fixture)
		for _, suffix := range []string{"-wal", "-shm"} {
			if _, err := os.Stat(fixture + suffix); err == nil {
				t.Fatalf("fixture left %s behind", suffix)
			}
		}
	}
	b, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func userVersion(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", checkDSN(path, true))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestMigrations(t *testing.T) {
	if SchemaVersion() < 2 {
		t.Fatalf("schema version %d: the upgrade path needs at least two migrations", SchemaVersion())
	}
}

func TestMigrateFromV1(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "lib.db")
	v1Fixture(t, path)
	if v := userVersion(t, path); v != 1 {
		t.Fatalf("fixture at schema %d, want 1", v)
	}
	sum := fileSum(t, path)

	// A failure at the last step, after the earlier ones ran, leaves the original as it was.
	failMigration = func(v int) error {
		if v == SchemaVersion() {
			return errors.New("injected failure")
		}
		return nil
	}
	_, err := Open(ctx, path, Options{Now: fixedClock()})
	failMigration = nil
	if err == nil {
		t.Fatal("Open with a failing migration succeeded")
	}
	if got := fileSum(t, path); got != sum {
		t.Error("failed migration changed the library file")
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s left behind: %v", suffix, err)
		}
	}
	if v := userVersion(t, path); v != 1 {
		t.Fatalf("user_version %d after a failed upgrade, want 1", v)
	}

	// The real upgrade: backup first, then the current schema with the plan intact.
	s := mustOpenAt(t, path, Options{Now: fixedClock(), Backups: -1})
	if v := count(t, s, "PRAGMA user_version"); v != SchemaVersion() {
		t.Errorf("user_version %d, want %d", v, SchemaVersion())
	}
	backup := filepath.Join(dir, fmt.Sprintf("lib.pre-v%d-20260301-093000.db", SchemaVersion()))
	if _, err := os.Stat(backup); err != nil {
		t.Fatalf("no backup before upgrade: %v", err)
	}
	wantMode(t, backup, 0o600)
	if v := userVersion(t, backup); v != 1 {
		t.Errorf("backup at schema %d, want 1", v)
	}
	p, err := s.Load(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Old plan" || len(p.Survey.Questions) != 1 || len(p.Candidates) != 1 || p.Candidates[0].Name != "Ben" {
		t.Errorf("migrated plan %+v", p)
	}
	list, err := s.List(ctx, planner.ListOptions{})
	if err != nil || len(list) != 1 || list[0].Progress != 0 {
		t.Errorf("List after upgrade = %+v, %v", list, err)
	}
}

func TestReadOnlyOldSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lib.db")
	v1Fixture(t, path)
	sum := fileSum(t, path)
	if _, err := Open(context.Background(), path, Options{ReadOnly: true}); !errors.Is(err, planner.ErrReadOnly) {
		t.Errorf("read-only open of an old library = %v, want planner.ErrReadOnly", err)
	}
	if fileSum(t, path) != sum {
		t.Error("read-only open changed the file")
	}
}

// Migration 0004 turns the old poll counts (polls sent, all answers) into members asked and
// responses to a poll with the same figure, and gives the charter and event their new
// columns empty.
func TestMigratePollCounts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lib.db")
	db := libraryAt(t, path, 3)
	for _, q := range []string{
		`INSERT INTO plans (id, name, client, status, created, updated) VALUES (7, 'Old plan', '', 'active',
			'2025-01-01 10:00:00.000000000Z', '2025-01-02 10:00:00.000000000Z')`,
		`INSERT INTO charter (plan_id, name, purpose, scope_in, scope_out, who_may_join, join_mode, mix_note, rotation_on,
			conflicts, decisions, platform, platform_why, time_zone, target_weekly_active, target_poll_response,
			target_skill_gain, member_led_at, subgroups_over, assumptions, review_on)
			VALUES (7, 'C', '', '', '', '', 'open', '', '', '', '', 'slack', '', 'Europe/Berlin', 30, 40, 40, 50, 50, '', '')`,
		// (polls, answers, members): 45 / (9 × 10) = 50 %; 9 / (2 × 8) = 56.25 %; no polls; polls without members.
		`INSERT INTO reviews (id, plan_id, pos, date, members_total, weekly_active, new_members, left_count, posts, replies,
			events_held, polls_sent, poll_responses, avg_skill, factors, worked, adjust) VALUES
			(1, 7, 1, '2025-02-01', 10, 3, 0, 0, 0, 0, 0, 9, 45, 0, '[0,0,0,0,0,0,0,0]', '', ''),
			(2, 7, 2, '2025-03-01', 8, 3, 0, 0, 0, 0, 0, 2, 9, 0, '[0,0,0,0,0,0,0,0]', '', ''),
			(3, 7, 3, '2025-04-01', 8, 3, 0, 0, 0, 0, 2, 0, 0, 0, '[0,0,0,0,0,0,0,0]', '', ''),
			(4, 7, 4, '2025-05-01', 0, 0, 0, 0, 0, 0, 0, 3, 4, 0, '[0,0,0,0,0,0,0,0]', '', '')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s := mustOpenAt(t, path, Options{Now: fixedClock(), Backups: -1})
	p, err := s.Load(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]int{{10, 5}, {8, 5}, {0, 0}, {0, 0}}
	for i, r := range p.Reviews {
		if got := [2]int{r.PollAsked, r.PollResponses}; got != want[i] {
			t.Errorf("review %d: asked, responses = %v, want %v", i+1, got, want[i])
		}
	}
	if f := planner.ReviewFigures(p); !f[0].HasPoll || f[0].PollResponsePct != 50 || f[2].HasPoll {
		t.Errorf("figures after migration: %+v", f[0])
	}
	if p.Charter.NeedsStated || p.Charter.Needs != (planner.PlatformNeeds{}) || p.Charter.CadenceWhy != "" || p.Charter.Platform != planner.Slack {
		t.Errorf("charter after migration: %+v", p.Charter)
	}
}

// Migration 0006 gives the reviews of an older library their figure states: a review of all
// zeros was never filled in and becomes a draft; in a filled one the counts are typed, zeros
// included, but a poll of 0 asked and 0 answered and a skill of 0 are not given.
func TestMigrateFigureStates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lib.db")
	db := libraryAt(t, path, 5)
	for _, q := range []string{
		`INSERT INTO plans (id, name, client, status, created, updated) VALUES (7, 'Old plan', '', 'active',
			'2025-01-01 10:00:00.000000000Z', '2025-01-02 10:00:00.000000000Z')`,
		`INSERT INTO reviews (id, plan_id, pos, date, members_total, weekly_active, new_members, left_count, posts, replies,
			events_held, poll_asked, poll_responses, avg_skill, factors, worked, adjust) VALUES
			(1, 7, 1, '2025-02-01', 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, '[0,0,0,0,0,0,0,0]', '', ''),
			(2, 7, 2, '2025-03-01', 12, 3, 0, 1, 0, 0, 0, 10, 4, 6.5, '[0,0,0,0,0,0,0,0]', '', ''),
			(3, 7, 3, '2025-04-01', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '[0,0,0,0,0,0,0,0]', 'notes only', '')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s := mustOpenAt(t, path, Options{Now: fixedClock(), Backups: -1})
	p, err := s.Load(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	first, second, third := &p.Reviews[0], &p.Reviews[1], &p.Reviews[2]
	if !first.Given(planner.FigWeeklyActive) || first.Given(planner.FigPollAsked) || first.Given(planner.FigAvgSkill) {
		t.Errorf("filled review: states %v", first.FigureStates)
	}
	for f := planner.Figure(0); f < planner.NumFigures; f++ {
		if second.StateOf(f) != planner.Typed {
			t.Errorf("review with a poll and a skill: %s is %v", f.Label(), second.StateOf(f))
		}
	}
	if !third.IsDraft() {
		t.Errorf("a review of zeros is not a draft: %v", third.FigureStates)
	}
	if figs := planner.ReviewFigures(p); len(figs) != 2 || !figs[0].HasWeekly || figs[0].WeeklyActivePct != 0 {
		t.Errorf("figures after migration: %+v", figs)
	}
	// The states are kept as typed and read back.
	second.SetFigure(planner.FigPosts, 0, planner.NotGiven)
	if err := s.Put(ctx, 7, second); err != nil {
		t.Fatal(err)
	}
	back, err := s.Load(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if back.Reviews[1].Given(planner.FigPosts) || !back.Reviews[1].Given(planner.FigReplies) {
		t.Errorf("states after a save: %v", back.Reviews[1].FigureStates)
	}
}

// Migration 0007 gives the scale questions of older libraries the one range there was, 1–10,
// and leaves the other kinds without one; a range and a grid set since round-trip.
func TestMigrateScales(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lib.db")
	db := libraryAt(t, path, 6)
	for _, q := range []string{
		`INSERT INTO plans (id, name, client, status, created, updated) VALUES (7, 'Old plan', '', 'active',
			'2025-01-01 10:00:00.000000000Z', '2025-01-02 10:00:00.000000000Z')`,
		`INSERT INTO questions (plan_id, pos, kind, title, help, options, role) VALUES
			(7, 1, 'scale', 'Skill?', '', NULL, 'skill'), (7, 2, 'text', 'Pain?', '', NULL, 'pain')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s := mustOpenAt(t, path, Options{Now: fixedClock(), Backups: -1})
	p, err := s.Load(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Survey.Questions[0].Scale; got != planner.DefaultScale {
		t.Errorf("old scale question: %+v, want 1–10", got)
	}
	if got := p.Survey.Questions[1].Scale; !got.IsZero() {
		t.Errorf("old text question: %+v, want no range", got)
	}
	q := &p.Survey.Questions[0]
	q.Scale = planner.Scale{Min: 0, Max: 5, Low: "Not at all", High: "Fully"}
	q.Grid = "Give your confidence levels"
	if err := s.Put(ctx, 7, q); err != nil {
		t.Fatal(err)
	}
	p, err = s.Load(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Survey.Questions[0]; got.Scale != q.Scale || got.Grid != q.Grid {
		t.Errorf("after saving: %+v %q", got.Scale, got.Grid)
	}
}

// libraryAt makes a library at path at schema version v, as the store of that schema made
// it, and returns it open with the writing connection's pragmas, for a test to fill with
// rows of that schema before the upgrade.
func libraryAt(t *testing.T, path string, v int) *sql.DB {
	t.Helper()
	write(t, path, nil)
	db, err := sql.Open("sqlite", writeDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateTo(context.Background(), db, 0, v); err != nil {
		t.Fatal(err)
	}
	return db
}
