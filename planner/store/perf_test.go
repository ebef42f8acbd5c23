package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// The benchmarks of this file are the store's rows of `make bench` (issue 7). Each figure is
// paired with a floor measured in the same run, so that the budgets compare like with like on
// a shared, noisy machine:
//
//	BenchmarkPerfLoad       Load of the large plan       vs BenchmarkPerfLoadFloor (raw SELECTs)
//	BenchmarkPerfSave/*     one field edit               vs BenchmarkPerfSaveFloor (raw UPDATE tx)
//	BenchmarkPerfList1000   List of a 1,000-plan library (absolute budget)
//
// The libraries are built once per test binary: the 1,000-plan one takes seconds to write.

var perfLibs struct {
	once      sync.Once
	dir       string
	err       error
	large     string // library holding the large plan
	largeID   int64
	thousand  string // library holding 1,000 plans
	largePlan *planner.Plan
}

// perfLibrary builds (once) the two benchmark libraries in a temp folder and returns a fresh
// Store on the requested one, closed when tb ends.
func perfLibrary(tb testing.TB, which string) (*Store, int64) {
	return perfLibraryOpt(tb, which, Options{Now: fixedClock(), Backups: -1})
}

// perfLibraryOpt is perfLibrary with the Store opened with opt.
func perfLibraryOpt(tb testing.TB, which string, opt Options) (*Store, int64) {
	tb.Helper()
	perfLibs.once.Do(func() {
		perfLibs.err = buildPerfLibraries()
	})
	if perfLibs.err != nil {
		tb.Fatal(perfLibs.err)
	}
	path := perfLibs.large
	if which == "thousand" {
		path = perfLibs.thousand
	}
	return mustOpenAt(tb, path, opt), perfLibs.largeID
}

func buildPerfLibraries() error {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "coplaunch-perf-")
	if err != nil {
		return err
	}
	perfLibs.dir = dir
	perfLibs.large = filepath.Join(dir, "large.db")
	perfLibs.thousand = filepath.Join(dir, "thousand.db")

	s, err := Open(ctx, perfLibs.large, Options{Now: fixedClock(), Backups: -1})
	if err != nil {
		return err
	}
	p := plantest.Large(testNow)
	if perfLibs.largeID, err = s.Create(ctx, p); err != nil {
		s.Close()
		return fmt.Errorf("create the large plan: %w", err)
	}
	perfLibs.largePlan = p
	if err := s.Close(); err != nil {
		return err
	}

	s, err = Open(ctx, perfLibs.thousand, Options{Now: fixedClock(), Backups: -1})
	if err != nil {
		return err
	}
	defer s.Close()
	return plantest.FillLibrary(testNow, 1000, func(p *planner.Plan) error {
		_, err := s.Create(ctx, p)
		return err
	})
}

// TestMain removes the benchmark libraries after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if perfLibs.dir != "" {
		os.RemoveAll(perfLibs.dir)
	}
	os.Exit(code)
}

// BenchmarkPerfLoad loads the large plan (plantest.Large) with Store.Load, on a library
// opened as the GUI opens it (with the one-GUI lock, so Load reads on two connections).
func BenchmarkPerfLoad(b *testing.B) {
	s, id := perfLibraryOpt(b, "large", Options{Now: fixedClock(), Backups: -1, Lock: true})
	benchLoad(b, s, id)
}

// BenchmarkPerfLoadOneTx is BenchmarkPerfLoad on a library opened without the lock (as the
// CLI opens it): Load reads in one transaction on one connection. For reference; the table's
// figure is BenchmarkPerfLoad.
func BenchmarkPerfLoadOneTx(b *testing.B) {
	s, id := perfLibrary(b, "large")
	benchLoad(b, s, id)
}

func benchLoad(b *testing.B, s *Store, id int64) {
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		p, err := s.Load(ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		if len(p.Candidates) != plantest.LargeCandidates {
			b.Fatalf("%d candidates", len(p.Candidates))
		}
	}
}

// planTables lists the tables holding a plan's rows: plans itself and every table with a
// plan_id column.
func planTables(tb testing.TB, db *sql.DB) []string {
	tb.Helper()
	rows, err := db.Query(`SELECT m.name FROM sqlite_master m
		WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'plan_id')
		ORDER BY m.name`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			tb.Fatal(err)
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(names) < 10 {
		tb.Fatalf("only %d plan tables: %v", len(names), names)
	}
	return names
}

// BenchmarkPerfLoadFloor reads the same rows as Load through the same driver and connection
// pool, in one read transaction, with a plain SELECT * per table scanned into raw bytes: no
// ordering, no decoding, no assembly. Load cannot beat it.
func BenchmarkPerfLoadFloor(b *testing.B) {
	s, id := perfLibrary(b, "large")
	ctx := context.Background()
	queries := []string{"SELECT * FROM plans WHERE id = ?"}
	for _, t := range planTables(b, s.db) {
		queries = append(queries, "SELECT * FROM "+t+" WHERE plan_id = ?")
	}
	b.ReportAllocs()
	for b.Loop() {
		n := perfReadRaw(b, ctx, s.db, queries, id)
		// At least a row per response (with its answers) and per candidate (with their history).
		if n < plantest.LargeResponses+plantest.LargeCandidates {
			b.Fatalf("%d rows", n)
		}
	}
}

func perfReadRaw(b *testing.B, ctx context.Context, db *sql.DB, queries []string, id int64) int {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	n := 0
	for _, q := range queries {
		rows, err := tx.QueryContext(ctx, q, id)
		if err != nil {
			b.Fatal(err)
		}
		cols, err := rows.Columns()
		if err != nil {
			b.Fatal(err)
		}
		raw := make([]sql.RawBytes, len(cols))
		dest := make([]any, len(cols))
		for i := range raw {
			dest[i] = &raw[i]
		}
		for rows.Next() {
			if err := rows.Scan(dest...); err != nil {
				b.Fatal(err)
			}
			n++
		}
		if err := rows.Err(); err != nil {
			b.Fatal(err)
		}
		rows.Close()
	}
	return n
}

// BenchmarkPerfSave saves one field edit in the large plan the way the GUI does: a Put of the
// edited candidate, and a SavePlan after editing the client.
func BenchmarkPerfSave(b *testing.B) {
	ctx := context.Background()
	b.Run("candidate", func(b *testing.B) {
		s, id := perfLibrary(b, "large")
		p, err := s.Load(ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		c := p.Candidates[len(p.Candidates)/2]
		i := 0
		for b.Loop() {
			i++
			c.Notes = fmt.Sprint("called ", i)
			if err := s.Put(ctx, id, &c); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("plan", func(b *testing.B) {
		s, id := perfLibrary(b, "large")
		p, err := s.Load(ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		i := 0
		for b.Loop() {
			i++
			p.Client = fmt.Sprint("Client ", i)
			if err := s.Save(ctx, p.ID, planner.Change{Plan: p}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPerfSaveFloor is the least a durable one-field edit costs: one immediate
// transaction (the store's own connection and pragmas: WAL, synchronous=FULL) updating one
// row.
func BenchmarkPerfSaveFloor(b *testing.B) {
	ctx := context.Background()
	s, id := perfLibrary(b, "large")
	var cid int64
	if err := s.db.QueryRowContext(ctx, "SELECT id FROM candidates WHERE plan_id = ? ORDER BY pos LIMIT 1 OFFSET 2500", id).Scan(&cid); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		res, err := tx.ExecContext(ctx, "UPDATE candidates SET notes = ? WHERE id = ?", fmt.Sprint("called ", i), cid)
		if err != nil {
			b.Fatal(err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			b.Fatalf("%d rows updated", n)
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPerfList1000 lists a library of 1,000 plans in the home screen's default order.
func BenchmarkPerfList1000(b *testing.B) {
	s, _ := perfLibrary(b, "thousand")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		ps, err := s.List(ctx, planner.ListOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(ps) != 1000 {
			b.Fatalf("%d plans", len(ps))
		}
	}
}
