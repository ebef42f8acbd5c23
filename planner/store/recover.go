package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/internal/safefile"
)

// newestShown is how many of a backup's most recently edited plans planner.BackupInfo names.
const newestShown = 3

// ListBackups finds the backups of the library at path, newest first: the daily copies and
// the copies made on close and while editing in backups/, the copies taken before schema
// upgrades, the libraries set aside by restores, and every copy the library's backup index
// records wherever it went (those made with Back up now). Each is opened read-only and
// immutable (nothing is written beside it), integrity-checked and counted; a damaged one is
// listed with Damaged set, and one with fewer plans than the library last had is marked Fewer.
// The library itself need not be readable: the index lives beside it.
func ListBackups(ctx context.Context, path string) ([]planner.BackupInfo, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	dir, base := filepath.Split(abs)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	kinds := []struct {
		pattern string
		kind    planner.BackupKind
	}{
		{filepath.Join(dir, "backups", globEscape(stem)+"-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].db"), planner.DailyBackup},
		{filepath.Join(dir, globEscape(stem)+".pre-v*.db"), planner.UpgradeBackup},
		{filepath.Join(dir, globEscape(stem)+".before-restore-*.db"), planner.SetAside},
		{filepath.Join(dir, "backups", globEscape(stem+"-"+closedTag+"-")+"[0-9]*.db"), planner.CloseBackup},
		{filepath.Join(dir, "backups", globEscape(stem+"-"+editingTag+"-")+"[0-9]*.db"), planner.EditBackup},
	}
	var out []planner.BackupInfo
	seen := map[string]bool{}
	ix, _ := readIndex(abs) // a damaged index only loses the copies found through it
	dated := map[string]time.Time{}
	for _, c := range ix.Copies {
		dated[c.Path] = c.Date
	}
	for _, k := range kinds {
		names, err := filepath.Glob(k.pattern)
		if err != nil {
			return nil, fmt.Errorf("list backups of %s: %w", abs, err)
		}
		for _, name := range names {
			fi, err := os.Stat(name)
			if err != nil || !fi.Mode().IsRegular() {
				continue
			}
			b := planner.BackupInfo{Path: name, Kind: k.kind, Date: fi.ModTime(), Size: fi.Size()}
			if k.kind == planner.CloseBackup || k.kind == planner.EditBackup {
				// Dated by the time in the name, which the app's clock wrote.
				if t, err := time.Parse("20060102-150405.db", name[max(0, len(name)-len("20060102-150405.db")):]); err == nil {
					b.Date = t
				}
			}
			b.Plans, b.Newest, b.Damaged = inspectBackup(ctx, name)
			out = append(out, b)
			seen[name] = true
		}
	}
	for _, c := range ix.Copies {
		if seen[c.Path] || sameFile(c.Path, abs) {
			continue
		}
		fi, err := os.Stat(c.Path)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		seen[c.Path] = true
		b := InspectBackup(ctx, c.Path)
		b.Kind = c.Kind
		out = append(out, b)
	}
	for i := range out {
		// A copy the index records is dated by the app's clock as it was made.
		if d, ok := dated[out[i].Path]; ok {
			out[i].Date = d
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Date.Equal(out[j].Date) {
			return out[i].Date.After(out[j].Date)
		}
		return out[i].Path > out[j].Path
	})
	planner.MarkFewer(out, ix.Plans)
	return out, nil
}

// InspectBackup reads the copy at path as ListBackups does, for a file the person chose: its
// date, size, plans and newest plan names, or why it cannot be restored.
func InspectBackup(ctx context.Context, path string) planner.BackupInfo {
	b := planner.BackupInfo{Path: path, Kind: planner.ManualBackup}
	fi, err := os.Stat(path)
	if err != nil {
		b.Damaged = err
		return b
	}
	b.Date, b.Size = fi.ModTime(), fi.Size()
	b.Plans, b.Newest, b.Damaged = inspectBackup(ctx, path)
	return b
}

// globEscape escapes the characters filepath.Glob treats as patterns.
func globEscape(s string) string {
	r := strings.NewReplacer("[", "[[]", "*", "[*]", "?", "[?]")
	if filepath.Separator != '\\' {
		r = strings.NewReplacer("[", "[[]", "*", "[*]", "?", "[?]", `\`, `\\`)
	}
	return r.Replace(s)
}

// inspectBackup reads a backup read-only and immutable: quick_check (every page and record
// read, as Open checks a library; the restored copy gets the full integrity_check), the
// application and schema ids, the number of plans and the newest plans' names. A file that
// fails any check comes back with the reason as damaged.
func inspectBackup(ctx context.Context, path string) (plans int, newest []string, damaged error) {
	if _, err := checkFile(path); err != nil {
		return 0, nil, err
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		// A copy made by this app has no write-ahead log. Reading one with a log would
		// mean writing a -shm file beside it; the copy is left alone.
		return 0, nil, errors.New("the copy has unsaved changes in a -wal file beside it; open it with Open library… to see them")
	}
	db, err := sql.Open("sqlite", checkDSN(path, true))
	if err != nil {
		return 0, nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := runCheck(ctx, db, "quick_check"); err != nil {
		return 0, nil, err
	}
	var id, version int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
		return 0, nil, classify(err)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return 0, nil, classify(err)
	}
	if id != appID {
		return 0, nil, fmt.Errorf("%w: it is a database of another program", planner.ErrNotLibrary)
	}
	if version > len(migrations) {
		return 0, nil, fmt.Errorf("%w (schema %d, this version reads up to %d)", planner.ErrNewerSchema, version, len(migrations))
	}
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM plans WHERE deleted_at IS NULL").Scan(&plans); err != nil {
		return 0, nil, classify(err)
	}
	rows, err := db.QueryContext(ctx, "SELECT name FROM plans WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC LIMIT ?", newestShown)
	if err != nil {
		return 0, nil, classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return 0, nil, classify(err)
		}
		newest = append(newest, name)
	}
	if err := rows.Err(); err != nil {
		return 0, nil, classify(err)
	}
	return plans, newest, nil
}

// checkIntegrity runs integrity_check on db and reports the first problem as ErrCorrupt.
func checkIntegrity(ctx context.Context, db *sql.DB) error {
	return runCheck(ctx, db, "integrity_check")
}

// runCheck runs PRAGMA check (integrity_check or quick_check) and reports the first problem
// as ErrCorrupt.
func runCheck(ctx context.Context, db *sql.DB, check string) error {
	rows, err := db.QueryContext(ctx, "PRAGMA "+check)
	if err != nil {
		return classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return classify(err)
		}
		if line != "ok" {
			return fmt.Errorf("%w: %s", planner.ErrCorrupt, line)
		}
	}
	return classify(rows.Err())
}

// restoreStep, when set by a test, is called between the steps of Restore.
var restoreStep func(step string)

func step(name string) {
	if restoreStep != nil {
		restoreStep(name)
	}
}

// Restore replaces the library at path with the backup at backup. It takes the library lock
// as a GUI does, so it fails with ErrLocked while the app (or a CLI write) has the library
// open; close the Store first. The backup is checked read-only, then:
//
//  1. the current library (with its -wal file, if any) is set aside as
//     "<name>.before-restore-<time>.db", a hard link or a synced copy, never overwriting
//     anything and never deleted;
//  2. the backup is copied with VACUUM INTO into a temporary file in the library's folder,
//     synced and integrity-checked;
//  3. the old -wal and -shm files go (their content is in the set-aside copy) and the
//     temporary file is renamed over the library.
//
// A crash at any moment leaves the old library or the restored one at path, never neither.
// Open the library again afterwards.
func Restore(ctx context.Context, path, backup string, now func() time.Time) (planner.RestoreResult, error) {
	var res planner.RestoreResult
	if now == nil {
		now = time.Now
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return res, err
	}
	path = abs
	if backup, err = filepath.Abs(backup); err != nil {
		return res, err
	}
	if sameFile(path, backup) {
		return res, fmt.Errorf("restore %s: the backup is the library itself", path)
	}
	fail := func(err error) (planner.RestoreResult, error) {
		return res, fmt.Errorf("restore %s from %s: %w", path, backup, err)
	}
	plans, _, damaged := inspectBackup(ctx, backup)
	if damaged != nil {
		return fail(fmt.Errorf("the backup cannot be used: %w", damaged))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fail(err)
	}
	lk, err := takeLock(ctx, path, true)
	if err != nil {
		return fail(err)
	}
	defer lk.Unlock()
	step("locked")
	removeStaleCopies(path)

	if _, err := os.Lstat(path); err == nil {
		aside, err := setAside(path, now())
		if err != nil {
			return fail(fmt.Errorf("set the current library aside: %w", err))
		}
		res.SetAside = aside
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fail(err)
	}
	step("set aside")

	tmp, err := restoredCopy(ctx, path, backup)
	if err != nil {
		return fail(err)
	}
	step("copied")
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			os.Remove(tmp)
			return fail(fmt.Errorf("the library is in use by another program; close it and try again (remove the old %s file: %w)", suffix, err))
		}
	}
	step("logs removed")
	if err := safefile.Replace(tmp, path); err != nil {
		os.Remove(tmp)
		return fail(err) // safefile says when another program holds the library
	}
	safefile.SyncDir(filepath.Dir(path))
	step("renamed")
	res.Plans = plans
	// The index lists the set-aside library and now counts the restored one's plans.
	ix, _ := readIndex(path) // a damaged index starts again
	if res.SetAside != "" {
		ix.Copies = append(ix.Copies, indexEntry{Path: res.SetAside, Kind: planner.SetAside, Date: now().UTC()})
	}
	ix.Plans = plans
	_ = writeIndex(path, ix) // the restore is done; the index only helps the next one
	return res, nil
}

// removeStaleCopies removes temporary copies left by a restore that was killed; the caller
// holds the lock, so no restore is writing one.
func removeStaleCopies(path string) {
	names, _ := filepath.Glob(filepath.Join(filepath.Dir(path), globEscape("."+filepath.Base(path))+".restore-*"))
	for _, name := range names {
		_ = os.Remove(name)
	}
}

// restoredCopy writes a compact copy of backup into a new temporary file in path's folder
// and checks it; the caller renames it into place.
func restoredCopy(ctx context.Context, path, backup string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".restore-*")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return "", err
	}
	ok := false
	defer func() {
		if !ok {
			os.Remove(tmp)
		}
	}()
	// No query_only here: it would stop VACUUM INTO writing its target too.
	src, err := sql.Open("sqlite", fileURI(backup, []string{"mode=ro", "immutable=1"}))
	if err != nil {
		return "", err
	}
	src.SetMaxOpenConns(1)
	_, err = src.ExecContext(ctx, "VACUUM INTO ?", tmp)
	if cerr := src.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("copy the backup: %w", classify(err))
	}
	if err := syncFile(tmp); err != nil {
		return "", err
	}
	chk, err := sql.Open("sqlite", checkDSN(tmp, true))
	if err != nil {
		return "", err
	}
	chk.SetMaxOpenConns(1)
	err = checkIntegrity(ctx, chk)
	if cerr := chk.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("check the restored copy: %w", err)
	}
	ok = true
	return tmp, nil
}

// setAside keeps the library at path (and its -wal file) under a new dated name beside it and
// returns that name. The name is never one that exists. A hard link keeps the very file; where
// links are not supported the bytes are copied to a synced temporary file first.
func setAside(path string, now time.Time) (string, error) {
	dir, base := filepath.Split(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	stamp := now.UTC().Format("20060102-150405")
	for i := 1; i < 1000; i++ {
		name := fmt.Sprintf("%s.before-restore-%s.db", stem, stamp)
		if i > 1 {
			name = fmt.Sprintf("%s.before-restore-%s-%d.db", stem, stamp, i)
		}
		aside := filepath.Join(dir, name)
		if _, err := os.Lstat(aside); err == nil {
			continue
		}
		if _, err := os.Lstat(aside + "-wal"); err == nil {
			continue
		}
		if _, err := os.Stat(path + "-wal"); err == nil {
			if err := keepFile(path+"-wal", aside+"-wal"); err != nil {
				if errors.Is(err, fs.ErrExist) {
					continue
				}
				return "", err
			}
		}
		if err := keepFile(path, aside); err != nil {
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			return "", err
		}
		safefile.SyncDir(dir)
		return aside, nil
	}
	return "", errors.New("no free name to set the library aside under")
}

// keepFile makes dst the same content as src without touching src and without replacing an
// existing dst (fs.ErrExist): a hard link, or a synced copy linked or renamed into place.
func keepFile(src, dst string) error {
	err := os.Link(src, dst)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := out.Name()
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(tmp)
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		os.Remove(tmp)
		return err
	}
	if err := out.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if _, err := os.Lstat(dst); err == nil {
		os.Remove(tmp)
		return fs.ErrExist
	}
	if err := safefile.Replace(tmp, dst); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// sameFile reports whether a and b name the same file (both must exist).
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(fa, fb)
}
