package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// TestMigrateV9PacksAnswers upgrades the schema-9 library the store of that schema wrote
// (testdata/library-v9.db): it is backed up first, and every plan loads back exactly as that
// store loaded it (testdata/library-v9.plans.json), on one connection and on two; the
// answer, tag and status tables are gone.
func TestMigrateV9PacksAnswers(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "lib.db")
	b, err := os.ReadFile(filepath.Join("testdata", "library-v9.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if v := userVersion(t, path); v != 9 {
		t.Fatalf("fixture at schema %d, want 9", v)
	}
	var want []*planner.Plan
	j, err := os.ReadFile(filepath.Join("testdata", "library-v9.plans.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(j, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != 4 {
		t.Fatalf("%d plans in the fixture's JSON", len(want))
	}

	s := mustOpenAt(t, path, Options{Now: fixedClock(), Backups: -1})
	backup := filepath.Join(dir, fmt.Sprintf("lib.pre-v%d-20260301-093000.db", SchemaVersion()))
	if v := userVersion(t, backup); v != 9 {
		t.Errorf("backup at schema %d, want 9", v)
	}
	bdb, err := sql.Open("sqlite", checkDSN(backup, true))
	if err != nil {
		t.Fatal(err)
	}
	var answers, tags, history int
	err = bdb.QueryRow("SELECT (SELECT count(*) FROM answers), (SELECT count(*) FROM answer_tags), (SELECT count(*) FROM status_history)").
		Scan(&answers, &tags, &history)
	bdb.Close()
	if err != nil || answers != 158 || tags != 39 || history != 66 {
		t.Errorf("backup holds %d answers, %d tags, %d status changes (%v), want 158, 39, 66", answers, tags, history, err)
	}
	if v := count(t, s, "PRAGMA user_version"); v != SchemaVersion() {
		t.Errorf("library at schema %d, want %d", v, SchemaVersion())
	}
	for _, p := range want {
		got, err := s.Load(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		requireEqual(t, p, got)
	}
	if n := count(t, s, "SELECT count(*) FROM sqlite_master WHERE tbl_name IN ('answers', 'answer_tags', 'status_history')"); n != 0 {
		t.Errorf("%d tables and indexes of the old answers and histories left", n)
	}
	if n := count(t, s, "SELECT count(*) FROM pragma_foreign_key_check"); n != 0 {
		t.Errorf("%d foreign key problems", n)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	g := mustOpenAt(t, path, Options{Now: fixedClock(), Backups: -1, Lock: true})
	for _, p := range want {
		got, err := g.Load(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		requireEqual(t, p, got)
	}
}

// TestMigratePacksFromEverySchema writes answers, tags and status histories as rows into a
// library at each older schema, as the store of that schema did, and checks that the upgrade
// packs them in their order, with every text, empty list and missing list as it was.
func TestMigratePacksFromEverySchema(t *testing.T) {
	text := "line\nbreak\ttab \"quoted\" back\\slash \x01 é 中 😀 \u2028 <&>"
	notUTF8 := "caf\xe9 \xff"
	for v := 1; v < SchemaVersion(); v++ {
		t.Run(fmt.Sprintf("schema %d", v), func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "lib.db")
			db := libraryAt(t, path, v)
			for _, q := range []string{
				`INSERT INTO plans (id, name, status, created, updated) VALUES (3, 'Old', 'planning', '', '')`,
				`INSERT INTO plans (id, name, status, created, updated) VALUES (4, 'Other', 'planning', '', '')`,
				`INSERT INTO questions (id, plan_id, pos, kind, title, help, options, role) VALUES
					(10, 3, 1, 'text', 'Why?', '', NULL, 'pain'), (11, 3, 2, 'multi', 'Which?', '', '["a","b"]', '')`,
				`INSERT INTO themes (id, plan_id, pos, label, keywords) VALUES (20, 3, 1, 'T', NULL), (21, 3, 2, 'U', '[]')`,
				`INSERT INTO responses (id, plan_id, pos, respondent, email, submitted_at, source, key) VALUES
					(30, 3, 2, 'Second', '', '', 'csv', ''), (31, 3, 1, 'First', '', '', 'manual', ''), (32, 3, 3, 'None', '', '', '', '')`,
				// Answers out of row order: pos, then id, is the order.
				`INSERT INTO answers (id, plan_id, response_id, question_id, pos, text, choices) VALUES
					(43, 3, 31, 11, 2, '', '["b","a \"x\""]'), (40, 3, 31, 10, 1, ?1, NULL), (41, 3, 31, 11, 2, '', '[]'),
					(42, 3, 30, 10, 0, ?2, NULL)`,
				`INSERT INTO answer_tags (answer_id, plan_id, theme_id, pos, state) VALUES
					(40, 3, 21, 2, 'rejected'), (40, 3, 20, 1, 'auto'), (42, 3, 21, 0, 'manual')`,
				`INSERT INTO candidates (id, plan_id, pos, name, handle, contact, channel, source, experience, activity,
					role_interest, willing_to_lead, status, notes) VALUES
					(50, 3, 1, 'Ben', '', '', '', '', '', '', '', 0, 'joined', ''), (51, 3, 2, 'Cleo', '', '', '', '', '', '', '', 0, '', ''),
					(52, 4, 1, 'Dan', '', '', '', '', '', '', '', 0, 'invited', '')`,
				`INSERT INTO status_history (candidate_id, plan_id, pos, status, on_date) VALUES
					(50, 3, 2, 'joined', '2026-02-03'), (50, 3, 1, 'invited', '2026-01-02'), (52, 4, 1, 'invited', '')`,
			} {
				if _, err := db.Exec(q, text, notUTF8); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			s := mustOpenAt(t, path, Options{Now: fixedClock(), Backups: -1})
			p, err := s.Load(ctx, 3)
			if err != nil {
				t.Fatal(err)
			}
			wantResponses := []planner.Response{
				{ID: 31, Respondent: "First", Source: "manual", Answers: []planner.Answer{
					{QuestionID: 10, Text: text, Tags: []planner.Tag{{ThemeID: 20, State: planner.TagAuto}, {ThemeID: 21, State: planner.TagRejected}}},
					{QuestionID: 11, Choices: []string{}},
					{QuestionID: 11, Choices: []string{"b", `a "x"`}},
				}},
				{ID: 30, Respondent: "Second", Source: "csv", Answers: []planner.Answer{
					{QuestionID: 10, Text: notUTF8, Tags: []planner.Tag{{ThemeID: 21, State: planner.TagManual}}}}},
				{ID: 32, Respondent: "None"},
			}
			if !reflect.DeepEqual(p.Survey.Responses, wantResponses) {
				t.Errorf("responses\n%#v\nwant\n%#v", p.Survey.Responses, wantResponses)
			}
			d := planner.MustDate
			if h := p.Candidates[0].History; !reflect.DeepEqual(h, []planner.StatusEntry{
				{Status: planner.Invited, On: d("2026-01-02")}, {Status: planner.Joined, On: d("2026-02-03")}}) {
				t.Errorf("Ben's history %v", h)
			}
			if h := p.Candidates[1].History; h != nil {
				t.Errorf("Cleo's history %v, want none", h)
			}
			other, err := s.Load(ctx, 4)
			if err != nil {
				t.Fatal(err)
			}
			if h := other.Candidates[0].History; !reflect.DeepEqual(h, []planner.StatusEntry{{Status: planner.Invited}}) {
				t.Errorf("Dan's history %v", h)
			}
			// The packed plan is written and read back by the store as it is now.
			p.Name = "Saved again"
			if err := s.Save(ctx, p.ID, planner.Change{Plan: p}); err != nil {
				t.Fatal(err)
			}
			for i := range p.Survey.Responses {
				if err := s.Put(ctx, p.ID, &p.Survey.Responses[i]); err != nil {
					t.Fatal(err)
				}
			}
			again, err := s.Load(ctx, 3)
			if err != nil {
				t.Fatal(err)
			}
			p.Updated = again.Updated
			requireEqual(t, p, again)
		})
	}
}
