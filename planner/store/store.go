// Package store keeps the plan library in one SQLite file (modernc.org/sqlite, no cgo).
//
// The schema is normalised: a plans row per plan and one table per kind of list item, each
// child row carrying plan_id (ON DELETE CASCADE) and a pos column for its order. Migrations are
// embedded from migrations/*.sql, numbered, run one transaction each and tracked by
// PRAGMA user_version; before an existing library is migrated it is integrity-checked and
// copied aside with VACUUM INTO.
//
// Opening never alters a file it does not recognise: the header is read (and the file closed)
// before SQLite sees it, then a read-only, immutable connection runs quick_check and reads the
// application and schema ids. Only a library of ours (or a brand-new file) is then opened for
// writing.
//
// # Locking protocol
//
// One GUI per library, and no CLI write racing it:
//
//   - A GUI opens with Options.Lock. It takes an exclusive gofrs/flock lock on "<path>.lock"
//     (never on the database file itself, whose POSIX locks SQLite owns) and holds it until
//     Close. If the lock is held, Open fails with ErrLocked.
//   - A writer without Lock (a CLI command that writes) takes a shared lock on the same file for
//     the whole of its short session (open, write, Close). Several CLI writers share it and
//     SQLite's busy timeout and immediate transactions serialise their writes; if the GUI
//     holds the lock, Open fails with ErrLocked at once. A GUI starting while CLI writers hold
//     the shared lock waits a few seconds for them to finish, then gets ErrLocked.
//   - A ReadOnly open (CLI list, export) ignores the lock: SQLite's WAL lets it read while the
//     GUI writes. Every write method of a read-only Store fails with ErrReadOnly.
//
// Every write method is one small immediate transaction that also bumps the plan's Updated
// time, so an edit the UI reported as saved survives the process being killed.
package store

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gofrs/flock"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// OpenError says which library file could not be opened and why. It unwraps to the cause,
// usually one of the sentinels.
type OpenError struct {
	Path string
	Err  error
}

// Error implements error.
func (e *OpenError) Error() string { return "open library " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *OpenError) Unwrap() error { return e.Err }

// Options tune Open.
type Options struct {
	// Now is the clock for Updated times, backups and purges; nil means time.Now.
	Now func() time.Time
	// Lock takes the one-GUI lock for the life of the Store.
	Lock bool
	// ReadOnly opens the library for reading only; it ignores the lock.
	ReadOnly bool
	// Backups is how many daily backups to keep: 0 means the default 5, below 0 none (and
	// no session copies either).
	Backups int
	// SessionBackups is how many copies made on close and while editing to keep: 0 means
	// DefaultSessionBackups, below 0 none.
	SessionBackups int
	// EditBackupEvery is the least time between two copies made while editing: 0 means
	// DefaultEditBackupEvery, below 0 none.
	EditBackupEvery time.Duration
}

// DefaultBackups is the number of daily backups kept when Options.Backups is 0.
const DefaultBackups = 5

// appID is written to PRAGMA application_id so that other programs' databases are told apart.
const appID = 0x436F504C // "CoPL"

// Store is an open plan library. Its methods are safe for concurrent use; writes are
// serialised on one connection. A Store holding the one-GUI lock has a second, read-only
// connection on which Load reads half of a plan (see Load).
type Store struct {
	path     string
	db       *sql.DB
	lock     *flock.Flock
	now      func() time.Time
	readOnly bool
	// exclusive: the Store holds the one-GUI lock, so no other process writes the library.
	exclusive bool
	opened    time.Time

	closeOnce sync.Once
	closeErr  error

	// writeMu is held by every write transaction, and shared by a Load that reads on two
	// connections (see Load).
	writeMu sync.RWMutex
	// rdb is the second, read-only connection of a Store holding the one-GUI lock.
	rdbOnce sync.Once
	rdb     *sql.DB

	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt // prepared write statements, see cache
	closed bool

	// The automatic copies (see sessionCopy): auto is off for read-only libraries and when
	// Options.Backups is below 0. wrote says an edit was made since the last copy; lastCopy
	// is when that copy (or the open) was. Both change under writeMu.
	auto        bool
	indexed     bool // the index is kept up to date as the library closes
	sessionKeep int
	editEvery   time.Duration
	wrote       bool
	lastCopy    time.Time
}

// DefaultPath returns the default library file, coplaunch/library.db under the user's config
// folder.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the config folder: %w", err)
	}
	return filepath.Join(dir, "coplaunch", "library.db"), nil
}

// Path returns the library file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database and releases the lock.
// A library closed after edits is first copied (see sessionCopy); a copy that fails is
// reported, and the library is closed all the same.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.writeMu.Lock()
		copyErr := s.closingCopy()
		s.writeMu.Unlock()
		s.stmtMu.Lock()
		for _, st := range s.stmts {
			st.Close()
		}
		s.stmts = nil
		s.closed = true
		s.stmtMu.Unlock()
		// The reader closes first: the last connection to close checkpoints the -wal file
		// into the library and removes it, which only a writing connection can do.
		var err error
		s.rdbOnce.Do(func() {}) // no reader opens after Close
		if s.rdb != nil {
			err = s.rdb.Close()
		}
		if werr := s.db.Close(); werr != nil && err == nil {
			err = werr
		}
		if s.lock != nil {
			if uerr := s.lock.Unlock(); uerr != nil && err == nil {
				err = fmt.Errorf("release lock: %w", uerr)
			}
		}
		if err != nil {
			s.closeErr = fmt.Errorf("close library %s: %w", s.path, err)
		}
		if copyErr != nil {
			s.closeErr = errors.Join(s.closeErr, fmt.Errorf("library %s closed, but not copied: %w", s.path, copyErr))
		}
	})
	return s.closeErr
}

// fileURI turns a path into a file: URI; with a plain path SQLite ignores URI parameters
// such as mode=ro.
func fileURI(path string, params []string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows drive letters: file:///C:/...
	}
	// Escape what would end the path part of the URI.
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	return "file://" + p + "?" + strings.Join(params, "&")
}

// writeDSN is the DSN of the writing connection: every pragma is in it, so each new pooled
// connection gets them. Its page cache is 512 KiB rather than SQLite's default 2 MB: an edit
// touches a few pages, a load reads each page once, and the pages a full cache held stayed
// mapped by SQLite's allocator for the life of the process (4.4 MB of the window's memory with
// the large plan open). An edit of the large plan costs about 0.05 ms more for it (0.36-0.39
// ms against 0.41-0.48 ms in alternating runs), under a typing pause's 400 ms.
func writeDSN(path string) string {
	return fileURI(path, []string{
		"_pragma=busy_timeout(10000)",
		"_pragma=journal_mode(WAL)",
		"_pragma=synchronous(FULL)",
		"_pragma=foreign_keys(1)",
		"_pragma=secure_delete(1)",
		"_pragma=cache_size(-512)",
		"_txlock=immediate",
		"_time_format=sqlite",
	})
}

// readDSN is the DSN of a read-only Store. journal_mode and synchronous are left out: a
// read-only connection cannot set them. immutable is for a library in a folder nobody can
// write to, where SQLite cannot make the -shm file a WAL reader needs; as no one can write
// the library there either, reading it as immutable is safe. extra adds parameters.
func readDSN(path string, immutable bool, extra ...string) string {
	params := []string{
		"mode=ro",
		"_pragma=busy_timeout(10000)",
		"_pragma=foreign_keys(1)",
		"_pragma=query_only(1)",
		"_time_format=sqlite",
	}
	if immutable {
		params = append(params, "immutable=1")
	}
	return fileURI(path, append(params, extra...))
}

// checkDSN is the DSN of the probe that looks at a file before it is trusted. immutable=1 keeps
// SQLite from creating -wal/-shm files beside a file that has none; it is only used when no
// -wal file exists, that is when no one has the database open in WAL mode. quick_check reads
// every page once, so a small page cache does as well as the default 2 MB, and SQLite's
// allocator would keep the rest mapped for the life of the process.
func checkDSN(path string, immutable bool) string {
	params := []string{"mode=ro", "_pragma=busy_timeout(10000)", "_pragma=query_only(1)", "_pragma=cache_size(-256)"}
	if immutable {
		params = append(params, "immutable=1")
	}
	return fileURI(path, params)
}
