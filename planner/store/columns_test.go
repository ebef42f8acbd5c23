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
	check(planRow.table, planRow.cols, []string{"id", "created", "updated", "deleted_at", "progress", "step"})
	check(charterRow.table, charterRow.cols, []string{"plan_id"})
	check(eventRow.table, eventRow.cols, []string{"plan_id"})
}
