package store

import (
	"slices"
	"testing"
)

// TestColumnSpecsMatchTheSchema checks the stated columns against the tables the migrations
// make: every stated column exists, and every column of the table is stated (or is one the
// store manages itself), so a migration that adds a column without stating it fails here.
func TestColumnSpecsMatchTheSchema(t *testing.T) {
	s := mustOpen(t)
	columns := func(table string) []string {
		t.Helper()
		rows, err := s.db.Query("SELECT name FROM pragma_table_info(?)", table)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				t.Fatal(err)
			}
			out = append(out, n)
		}
		if len(out) == 0 {
			t.Fatalf("no table %s", table)
		}
		return out
	}
	check := func(table string, stated, managed []string) {
		t.Helper()
		have := columns(table)
		for _, c := range stated {
			if !slices.Contains(have, c) {
				t.Errorf("%s: stated column %s is not in the table", table, c)
			}
		}
		for _, c := range have {
			if !slices.Contains(stated, c) && !slices.Contains(managed, c) {
				t.Errorf("%s: column %s is not stated", table, c)
			}
		}
	}
	for kind, spec := range tables {
		t.Run(string(kind), func(t *testing.T) { check(spec.table, spec.cols, []string{"id", "plan_id", "pos"}) })
	}
	for _, c := range childTables {
		t.Run(c.table, func(t *testing.T) { check(c.table, c.columns(), []string{"plan_id", "pos"}) })
	}
	for _, spec := range evidenceTables {
		t.Run(spec.table, func(t *testing.T) { check(spec.table, spec.cols, []string{"id", "plan_id", "pos"}) })
	}
	check(evidenceRow.table, evidenceRow.cols, []string{"plan_id"})
	check(planRow.table, planRow.cols, []string{"id", "created", "updated", "deleted_at", "progress", "step"})
	check(charterRow.table, charterRow.cols, []string{"plan_id"})
	check(eventRow.table, eventRow.cols, []string{"plan_id"})
}

// TestChildSQL pins the SQL built for the child tables: one with its own IDs, one with a
// reference, one with neither.
func TestChildSQL(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{actionRows.insertSQL, "INSERT INTO actions (id, review_id, plan_id, pos, text, owner, due, done) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
		{actionRows.selectSQL, "SELECT review_id, id, text, owner, due, done FROM actions WHERE plan_id = ? ORDER BY review_id, pos, id"},
		{goalValueRows.insertSQL, "INSERT INTO goal_values (review_id, plan_id, goal_id, pos, value) SELECT ?, ?, id, ?, ? FROM goals WHERE id = ? AND plan_id = ?"},
		{attendeeRows.insertSQL, "INSERT INTO attendees (plan_id, candidate_id, pos) SELECT ?, id, ? FROM candidates WHERE id = ? AND plan_id = ?"},
		{attendeeRows.selectSQL, "SELECT candidate_id FROM attendees WHERE plan_id = ? ORDER BY pos"},
		{attendeeRows.deleteSQL, "DELETE FROM attendees WHERE plan_id = ?"},
	} {
		if c.got != c.want {
			t.Errorf("got  %s\nwant %s", c.got, c.want)
		}
	}
	if got := actionRows.args(1, 2, 3, nil, 0, "x", "y", "", false); !slices.Equal(got, []any{nil, int64(2), int64(1), 3, "x", "y", "", false}) {
		t.Errorf("action args %v", got)
	}
	if got := goalValueRows.args(1, 2, 3, nil, 4, 0.5); !slices.Equal(got, []any{int64(2), int64(1), 3, 0.5, int64(4), int64(1)}) {
		t.Errorf("goal value args %v", got)
	}
}
