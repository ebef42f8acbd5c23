package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/coplaunch/coplaunch/planner"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner/internal/safefile"
)

// The backup index is a small JSON file beside the library, "<name>.backups.json", listing
// every copy the app made of it wherever it went (daily, on close, while editing, before an
// upgrade, set aside by a restore, made with Back up now) and how many plans the library
// held when last recorded. It lives outside the library so that the list of copies, and the
// plan count a copy is compared with, survive a damaged library.

// backupIndex is the index file's content.
type backupIndex struct {
	// Plans is how many plans the library held when the index was last written.
	Plans  int          `json:"plans"`
	Copies []indexEntry `json:"copies"`
}

type indexEntry struct {
	Path string             `json:"path"`
	Kind planner.BackupKind `json:"kind"`
	Date time.Time          `json:"date"`
}

// indexPath is the index file of the library at path.
func indexPath(path string) string {
	dir, base := filepath.Split(path)
	return filepath.Join(dir, strings.TrimSuffix(base, filepath.Ext(base))+".backups.json")
}

// readIndex reads the index of the library at path; a missing index is empty, an unreadable
// one is an error (and the backups found by name are still listed).
func readIndex(path string) (backupIndex, error) {
	var ix backupIndex
	b, err := os.ReadFile(indexPath(path))
	if errors.Is(err, fs.ErrNotExist) {
		return ix, nil
	}
	if err != nil {
		return ix, err
	}
	if err := json.Unmarshal(b, &ix); err != nil {
		return backupIndex{}, fmt.Errorf("read %s: %w", indexPath(path), err)
	}
	return ix, nil
}

// writeIndex writes the index atomically (a temporary file renamed over it), dropping copies
// whose file is gone.
func writeIndex(path string, ix backupIndex) error {
	var kept []indexEntry
	seen := map[string]bool{}
	for i := len(ix.Copies) - 1; i >= 0; i-- { // the latest record of a path wins
		c := ix.Copies[i]
		if seen[c.Path] {
			continue
		}
		if _, err := os.Stat(c.Path); err == nil {
			seen[c.Path] = true
			kept = append(kept, c)
		}
	}
	ix.Copies = kept
	sort.SliceStable(ix.Copies, func(i, j int) bool { return ix.Copies[i].Date.After(ix.Copies[j].Date) })
	b, err := json.MarshalIndent(ix, "", "  ")
	if err != nil {
		return err
	}
	dest := indexPath(path)
	f, err := os.CreateTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(append(b, '\n'))
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = safefile.Restrict(tmp)
	}
	if err == nil {
		err = safefile.Replace(tmp, dest)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write the backup index: %w", err)
	}
	return nil
}

// livePlans counts the library's plans (deleted ones not counted).
func (s *Store) livePlans(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM plans WHERE deleted_at IS NULL").Scan(&n)
	return n, err
}

// recordBackup adds the copy at dest to the library's index, with the library's plan count.
// A folder where the index cannot be written keeps no index: the copy itself is made all the
// same. (A read-only Store records too: the index is a file of its own.)
func (s *Store) recordBackup(ctx context.Context, dest string, kind planner.BackupKind) error {
	if abs, err := filepath.Abs(dest); err == nil {
		dest = abs
	}
	return s.updateIndex(ctx, func(ix *backupIndex) {
		ix.Copies = append(ix.Copies, indexEntry{Path: dest, Kind: kind, Date: s.now().UTC()})
	})
}

// updateIndex rewrites the index with the library's plan count and fn's change.
func (s *Store) updateIndex(ctx context.Context, fn func(*backupIndex)) error {
	ix, err := readIndex(s.path)
	if err != nil {
		ix = backupIndex{} // a damaged index is rebuilt from what is known now
	}
	if n, err := s.livePlans(ctx); err == nil {
		ix.Plans = n
	}
	if fn != nil {
		fn(&ix)
	}
	return writeIndex(s.path, ix)
}
