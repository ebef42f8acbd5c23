package store

import (
	"context"
	"database/sql/driver"
	"fmt"
	"github.com/coplaunch/coplaunch/planner"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner/internal/safefile"
)

// Backup writes a compact, consistent copy of the library to dest with VACUUM INTO (never a
// file copy of a live database). The copy is made in a temporary file beside dest (0600) and
// renamed over dest, so a failed backup leaves no partial file. It works on a read-only Store
// too, and writers wait only while the copy is made. dest may not be the library or its files.
// The copy is recorded in the library's backup index as made with Back up now, so that
// Restore lists it wherever it went.
func (s *Store) Backup(ctx context.Context, dest string) error {
	if err := s.copyTo(ctx, dest); err != nil {
		return err
	}
	_ = s.recordBackup(ctx, dest, planner.ManualBackup) // the copy is made; a folder without an index only loses the listing
	return nil
}

// copyTo is Backup without the index.
func (s *Store) copyTo(ctx context.Context, dest string) error {
	if abs, err := filepath.Abs(dest); err == nil {
		dest = abs
	}
	if dest == s.path || sameFile(dest, s.path) || dest == s.path+"-wal" || dest == s.path+"-shm" || dest == s.path+".lock" {
		return fmt.Errorf("back up to %s: that is the library itself; choose another file", dest)
	}
	dir := filepath.Dir(dest)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(dest)+".tmp-*")
	if err != nil {
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	name := tmp.Name()
	// VACUUM INTO needs an empty or absent target; an empty file created here keeps mode 0600.
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	if err := safefile.Restrict(name); err != nil {
		os.Remove(name)
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	if err := s.vacuumInto(ctx, name); err != nil {
		os.Remove(name)
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	if err := syncFile(name); err != nil {
		os.Remove(name)
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	if err := safefile.Replace(name, dest); err != nil {
		os.Remove(name)
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	safefile.SyncDir(dir)
	return nil
}

// vacuumInto writes the compact copy. A read-only Store's connection is query_only, which
// would stop VACUUM INTO writing its target too: it is lifted for the copy (mode=ro still
// keeps the library itself unwritable) and put back on the same connection.
func (s *Store) vacuumInto(ctx context.Context, name string) error {
	if !s.readOnly {
		_, err := s.db.ExecContext(ctx, "VACUUM INTO ?", name)
		return err
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA query_only = 0"); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "VACUUM INTO ?", name)
	if _, qerr := conn.ExecContext(context.Background(), "PRAGMA query_only = 1"); qerr != nil {
		// A connection that cannot go back to query_only is not returned to the pool.
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		if err == nil {
			err = qerr
		}
	}
	return err
}

func syncFile(name string) error {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// backupDir is the folder of the daily backups, beside the library.
func (s *Store) backupDir() string { return filepath.Join(filepath.Dir(s.path), "backups") }

// backupPrefix is the daily backups' name prefix: the library's name without extension.
func (s *Store) backupPrefix() string {
	base := filepath.Base(s.path)
	return strings.TrimSuffix(base, filepath.Ext(base)) + "-"
}

// dailyBackup takes today's backup "backups/<name>-YYYY-MM-DD.db" unless it exists, then keeps
// only the newest keep backups.
func (s *Store) dailyBackup(ctx context.Context, keep int) error {
	dir := s.backupDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("daily backup: %w", err)
	}
	dest := filepath.Join(dir, s.backupPrefix()+s.now().Format("2006-01-02")+".db")
	if _, err := os.Stat(dest); os.IsNotExist(err) {
		if err := s.copyTo(ctx, dest); err != nil {
			return fmt.Errorf("daily backup: %w", err)
		}
		_ = s.recordBackup(ctx, dest, planner.DailyBackup)
	}
	backups, err := s.dailyBackups()
	if err != nil {
		return fmt.Errorf("daily backup: %w", err)
	}
	for len(backups) > keep {
		if err := os.Remove(backups[0]); err != nil {
			return fmt.Errorf("daily backup: remove old copy: %w", err)
		}
		backups = backups[1:]
	}
	return nil
}

// dailyBackups lists the daily backups, oldest first (the dates sort as text).
func (s *Store) dailyBackups() ([]string, error) {
	pattern := filepath.Join(s.backupDir(), s.backupPrefix()+"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].db")
	names, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// The session copies are kept apart from the daily ones, in the same backups folder: one as
// the library closes after edits ("<name>-closed-<time>.db") and one at most every
// Options.EditBackupEvery while edits are made ("<name>-editing-<time>.db"), so that the
// day's work is in a copy even when the daily one was taken at the day's first start. The
// newest Options.SessionBackups of them are kept.
const (
	closedTag  = "closed"
	editingTag = "editing"
	// DefaultSessionBackups and DefaultEditBackupEvery apply when the options are 0.
	DefaultSessionBackups  = 5
	DefaultEditBackupEvery = 10 * time.Minute
)

// sessionCopy writes a session copy tagged tag and keeps only the newest s.sessionKeep.
func (s *Store) sessionCopy(ctx context.Context, tag string, kind planner.BackupKind) error {
	dir := s.backupDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("%s backup: %w", tag, err)
	}
	stamp := s.now().UTC().Format("20060102-150405")
	dest := filepath.Join(dir, s.backupPrefix()+tag+"-"+stamp+".db")
	if err := s.copyTo(ctx, dest); err != nil {
		return fmt.Errorf("%s backup: %w", tag, err)
	}
	s.lastCopy, s.wrote = s.now(), false
	_ = s.recordBackup(ctx, dest, kind)
	names, err := s.sessionCopies()
	if err != nil {
		return fmt.Errorf("%s backup: %w", tag, err)
	}
	for len(names) > s.sessionKeep {
		if err := os.Remove(names[0]); err != nil {
			return fmt.Errorf("%s backup: remove old copy: %w", tag, err)
		}
		names = names[1:]
	}
	return nil
}

// sessionCopies lists the session copies, oldest first (by the time in their names).
func (s *Store) sessionCopies() ([]string, error) {
	var out []string
	for _, tag := range []string{closedTag, editingTag} {
		names, err := filepath.Glob(filepath.Join(s.backupDir(), globEscape(s.backupPrefix()+tag+"-")+"[0-9]*.db"))
		if err != nil {
			return nil, err
		}
		out = append(out, names...)
	}
	stamp := func(name string) string { return name[max(0, len(name)-len("20060102-150405.db")):] }
	sort.Slice(out, func(i, j int) bool { return stamp(out[i]) < stamp(out[j]) })
	return out, nil
}

// afterWrite runs after every committed write, holding the write lock: at most every
// editEvery, the library is copied while the person works.
func (s *Store) afterWrite() {
	s.wrote = true
	if !s.auto || s.sessionKeep < 0 || s.editEvery <= 0 || s.now().Sub(s.lastCopy) < s.editEvery {
		return
	}
	_ = s.sessionCopy(context.Background(), editingTag, planner.EditBackup) // a failed copy never fails the edit
}

// closingCopy runs as the library closes: after edits, a copy of the library as left; and in
// any case the index learns how many plans the library holds, which Restore compares copies
// with.
func (s *Store) closingCopy() error {
	if !s.indexed {
		return nil
	}
	if !s.auto || !s.wrote || s.sessionKeep < 0 {
		return s.updateIndex(context.Background(), nil) // the plan count, for Restore
	}
	return s.sessionCopy(context.Background(), closedTag, planner.CloseBackup)
}
