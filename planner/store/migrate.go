package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"github.com/coplaunch/coplaunch/planner"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations holds the embedded migration scripts in order; migration i (0-based) brings the
// schema to version i+1.
var migrations = mustMigrations()

// failMigration, when set by a test, runs inside each migration's transaction after its SQL
// and before the commit; an error aborts the migration as a real failure midway would.
var failMigration func(version int) error

func mustMigrations() []string {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil || len(names) == 0 {
		// The scripts are embedded at build time; a build without them is a programming error.
		panic(fmt.Sprintf("store: no embedded migrations: %v", err))
	}
	sort.Strings(names)
	out := make([]string, 0, len(names))
	for i, n := range names {
		var num int
		if _, err := fmt.Sscanf(filepath.Base(n), "%04d_", &num); err != nil || num != i+1 {
			panic(fmt.Sprintf("store: migration %s is out of sequence", n))
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			panic(err)
		}
		out = append(out, string(b))
	}
	return out
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int { return len(migrations) }

// migrate brings the schema from version from to the newest. An existing library (existing
// true) is integrity-checked and backed up to "<name>.pre-v<N>-<timestamp>.db" first.
func (s *Store) migrate(ctx context.Context, from int, existing bool) error {
	if from >= len(migrations) {
		return nil
	}
	if existing && from > 0 {
		if err := s.integrityCheck(ctx); err != nil {
			return err
		}
		dest := s.preMigrationBackupPath(len(migrations))
		if err := s.copyTo(ctx, dest); err != nil {
			return fmt.Errorf("back up before upgrading: %w", err)
		}
		_ = s.recordBackup(ctx, dest, planner.UpgradeBackup)
	}
	return migrateTo(ctx, s.db, from, len(migrations))
}

// migrateTo runs migrations from+1 … to and the user_version bump in one transaction, so
// that a failure at any step leaves the library at schema from, as it was.
func migrateTo(ctx context.Context, db execBeginner, from, to int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for v := from + 1; v <= to; v++ {
		if _, err := tx.ExecContext(ctx, migrations[v-1]); err != nil {
			return fmt.Errorf("upgrade the library to schema %d: %w", v, err)
		}
		if failMigration != nil {
			if err := failMigration(v); err != nil {
				return fmt.Errorf("upgrade the library to schema %d: %w", v, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", to)); err != nil {
		return err
	}
	return tx.Commit()
}

func (s *Store) integrityCheck(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return classify(err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return classify(err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", planner.ErrCorrupt, strings.Join(problems, "; "))
	}
	return nil
}

func (s *Store) preMigrationBackupPath(version int) string {
	dir, base := filepath.Split(s.path)
	name := strings.TrimSuffix(base, filepath.Ext(base))
	return filepath.Join(dir, fmt.Sprintf("%s.pre-v%d-%s.db", name, version, s.now().UTC().Format("20060102-150405")))
}

// execBeginner is what migrations need of a database handle.
type execBeginner interface {
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}
