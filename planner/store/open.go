package store

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/coplaunch/coplaunch/planner"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/gofrs/flock"

	"github.com/coplaunch/coplaunch/planner/internal/safefile"
)

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Open opens the library at path, creating it (folder 0700, file 0600) when it does not exist.
//
// An existing file is checked before anything writes to it: it must be a SQLite file of this
// app that passes quick_check and whose schema is not newer than this build's. Otherwise Open
// returns an *OpenError wrapping ErrNotLibrary, ErrCorrupt or ErrNewerSchema and leaves the
// file byte-for-byte untouched. A writable open then migrates the schema (after an
// integrity check and a backup), purges plans deleted in an earlier session and takes the
// daily backup.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	s, err := open(ctx, path, opt)
	if err != nil {
		var oe *OpenError
		if errors.As(err, &oe) {
			return nil, err
		}
		return nil, &OpenError{Path: path, Err: err}
	}
	return s, nil
}

func open(ctx context.Context, path string, opt Options) (_ *Store, err error) {
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	path = abs

	exists, err := checkFile(path)
	if err != nil {
		return nil, err
	}
	if !exists && opt.ReadOnly {
		return nil, fmt.Errorf("no library here: %w", fs.ErrNotExist)
	}

	var lk *flock.Flock
	if !opt.ReadOnly {
		if !exists {
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				return nil, fmt.Errorf("create folder: %w", err)
			}
		}
		lk, err = takeLock(ctx, path, opt.Lock)
		if err != nil {
			return nil, err
		}
		defer func() {
			if err != nil {
				_ = lk.Unlock()
			}
		}()
	}

	created := false
	if !exists {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fmt.Errorf("create library: %w", err)
		}
		if err := f.Close(); err != nil {
			return nil, fmt.Errorf("create library: %w", err)
		}
		created = true
		defer func() {
			if err != nil {
				// A library that never got its schema is of no use to anyone.
				for _, suffix := range []string{"", "-wal", "-shm"} {
					_ = os.Remove(path + suffix)
				}
			}
		}()
	}

	version := 0
	if !created {
		version, err = probeSettled(ctx, path)
		if err != nil {
			return nil, err
		}
	}

	s := &Store{path: path, lock: lk, now: now, readOnly: opt.ReadOnly, exclusive: opt.Lock && !opt.ReadOnly, opened: now()}
	if opt.ReadOnly {
		if version < len(migrations) {
			return nil, fmt.Errorf("the library needs an upgrade; open it once for writing: %w", planner.ErrReadOnly)
		}
		s.db, err = openReader(ctx, path)
		if err != nil {
			return nil, err
		}
		return s, nil
	}

	s.db, err = sql.Open("sqlite", writeDSN(path))
	if err != nil {
		return nil, err
	}
	// One connection: every pragma applies, and writes never contend inside the process.
	s.db.SetMaxOpenConns(1)
	defer func() {
		if err != nil {
			_ = s.db.Close()
		}
	}()
	if err := s.db.PingContext(ctx); err != nil {
		return nil, err
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		// SQLite creates -wal/-shm with the umask's mode; a library holds personal data.
		// (Windows has no such modes; the per-user folder protects the library there.)
		if err := safefile.Restrict(path + suffix); err != nil {
			return nil, fmt.Errorf("restrict permissions: %w", err)
		}
	}
	if err := s.migrate(ctx, version, !created); err != nil {
		return nil, err
	}
	if err := s.purge(ctx); err != nil {
		return nil, err
	}
	// Copies on close and while editing are the app's (it holds the lock): a command-line
	// write is one short change, covered by the daily copy.
	s.auto = opt.Backups >= 0 && !opt.ReadOnly && opt.Lock
	s.indexed = opt.Backups >= 0 && !opt.ReadOnly
	s.sessionKeep = cmp.Or(opt.SessionBackups, DefaultSessionBackups)
	s.editEvery = cmp.Or(opt.EditBackupEvery, DefaultEditBackupEvery)
	s.lastCopy = s.opened
	if opt.Backups >= 0 {
		keep := opt.Backups
		if keep == 0 {
			keep = DefaultBackups
		}
		if err := s.dailyBackup(ctx, keep); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// openReader opens the read-only connection. In a read-only folder with no -wal file, SQLite
// cannot create the -shm file a WAL reader needs and the first query fails; then the library
// is read as immutable, which is safe because nothing can write it there either.
func openReader(ctx context.Context, path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", readDSN(path, false))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	var n int
	qerr := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&n)
	if qerr == nil {
		return db, nil
	}
	_ = db.Close()
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, fs.ErrNotExist) {
		return nil, qerr
	}
	db, err = sql.Open("sqlite", readDSN(path, true))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&n); err != nil {
		_ = db.Close()
		return nil, err
	}
	return db, nil
}

// checkFile looks at path without SQLite: it reports whether a file exists and rejects
// folders, dangling links, empty files and files without the SQLite header. The file is
// closed before returning, because closing any descriptor of a database file drops SQLite's
// POSIX locks in this process.
func checkFile(path string) (bool, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
			return false, fmt.Errorf("%w: it is a link to a missing file", planner.ErrNotLibrary)
		}
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if fi.IsDir() {
		return false, fmt.Errorf("%w: it is a folder", planner.ErrNotLibrary)
	}
	if !fi.Mode().IsRegular() {
		return false, fmt.Errorf("%w: it is not a regular file", planner.ErrNotLibrary)
	}
	if fi.Size() == 0 {
		return false, fmt.Errorf("%w: the file is empty", planner.ErrNotLibrary)
	}
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	head := make([]byte, 100)
	n, rerr := io.ReadFull(f, head)
	cerr := f.Close()
	if rerr != nil && !errors.Is(rerr, io.ErrUnexpectedEOF) {
		return false, fmt.Errorf("read header: %w", rerr)
	}
	if cerr != nil {
		return false, cerr
	}
	if !bytes.HasPrefix(head[:n], sqliteHeader) {
		return false, planner.ErrNotLibrary
	}
	if n < len(head) {
		return false, fmt.Errorf("%w: the file is truncated", planner.ErrCorrupt)
	}
	return true, nil
}

// probeSettled runs probe until the file holds still. The immutable probe takes no locks, so a
// writer in another process (a CLI command between its sessions, when no -wal file exists) can
// change the file under it and make a healthy library read as damaged. A failure is only
// believed when the file did not change while it was read and no writer appeared.
func probeSettled(ctx context.Context, path string) (int, error) {
	var version int
	var err error
	for range 20 {
		before, serr := os.Stat(path)
		if serr != nil {
			return 0, serr
		}
		version, err = probe(ctx, path)
		if err == nil || !(errors.Is(err, planner.ErrCorrupt) || errors.Is(err, planner.ErrNotLibrary)) {
			return version, err
		}
		after, serr := os.Stat(path)
		_, werr := os.Stat(path + "-wal")
		if serr == nil && after.Size() == before.Size() && after.ModTime().Equal(before.ModTime()) && errors.Is(werr, fs.ErrNotExist) {
			return version, err
		}
		time.Sleep(50 * time.Millisecond)
	}
	return version, err
}

// probe opens an existing file read-only and returns its schema version after checking that
// it is an intact library of this app that this build can read. It writes nothing and leaves
// no -wal/-shm file behind unless one already existed.
func probe(ctx context.Context, path string) (int, error) {
	_, werr := os.Stat(path + "-wal")
	immutable := errors.Is(werr, fs.ErrNotExist)
	db, err := sql.Open("sqlite", checkDSN(path, immutable))
	if err != nil {
		return 0, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	rows, err := db.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return 0, classify(err)
	}
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return 0, classify(err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Close(); err != nil {
		return 0, classify(err)
	}
	if err := rows.Err(); err != nil {
		return 0, classify(err)
	}
	if len(problems) > 0 {
		return 0, fmt.Errorf("%w: %s", planner.ErrCorrupt, problems[0])
	}

	var id, version, objects int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
		return 0, classify(err)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return 0, classify(err)
	}
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
		return 0, classify(err)
	}
	switch {
	case id == appID:
		if version > len(migrations) {
			return 0, fmt.Errorf("%w (schema %d, this version reads up to %d)", planner.ErrNewerSchema, version, len(migrations))
		}
		return version, nil
	case id == 0 && objects == 0 && version == 0:
		// A SQLite file with nothing in it, e.g. left by a crash while the library was
		// being created: safe to initialise.
		return 0, nil
	default:
		return 0, fmt.Errorf("%w: it is a database of another program", planner.ErrNotLibrary)
	}
}

// classify maps SQLite's corrupt and not-a-database codes to the sentinels.
func classify(err error) error {
	var ce interface{ Code() int }
	if errors.As(err, &ce) {
		switch ce.Code() & 0xff {
		case 11: // SQLITE_CORRUPT
			return fmt.Errorf("%w: %v", planner.ErrCorrupt, err)
		case 26: // SQLITE_NOTADB
			return fmt.Errorf("%w: %v", planner.ErrNotLibrary, err)
		}
	}
	return err
}

// guiLockWait is how long a GUI start waits for CLI writers to finish with the library.
var guiLockWait = 5 * time.Second

// takeLock takes the library lock "<path>.lock": exclusive for the GUI (waiting up to
// guiLockWait for CLI writers), shared for CLI writers (failing at once while a GUI has it).
// Either fails with ErrLocked.
func takeLock(ctx context.Context, path string, gui bool) (*flock.Flock, error) {
	lk := flock.New(path+".lock", flock.SetPermissions(0o600))
	var ok bool
	var err error
	if gui {
		// Another GUI holds the lock exclusively: a shared try fails at once, and the
		// user hears "already open" without waiting. CLI writers hold it shared: the
		// shared try succeeds, and the GUI waits for them to finish.
		if ok, err = lk.TryRLock(); err != nil || !ok {
			if err != nil {
				return nil, fmt.Errorf("lock %s: %w", lk.Path(), err)
			}
			return nil, planner.ErrLocked
		}
		if err := lk.Unlock(); err != nil {
			return nil, fmt.Errorf("lock %s: %w", lk.Path(), err)
		}
		wait, cancel := context.WithTimeout(ctx, guiLockWait)
		defer cancel()
		ok, err = lk.TryLockContext(wait, 50*time.Millisecond)
		if errors.Is(err, context.DeadlineExceeded) {
			ok, err = false, nil
		}
	} else {
		ok, err = lk.TryRLock()
	}
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", lk.Path(), err)
	}
	if !ok {
		return nil, planner.ErrLocked
	}
	return lk, nil
}
