package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner/internal/safefile"
)

// Backup writes a compact, consistent copy of the library to dest with VACUUM INTO (never a
// file copy of a live database). The copy is made in a temporary file beside dest (0600) and
// renamed over dest, so a failed backup leaves no partial file.
func (s *Store) Backup(ctx context.Context, dest string) error {
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
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", name); err != nil {
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
		if err := s.Backup(ctx, dest); err != nil {
			return fmt.Errorf("daily backup: %w", err)
		}
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
