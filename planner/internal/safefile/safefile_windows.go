//go:build windows

package safefile

import (
	"errors"
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// Restrict does nothing on Windows: files have no POSIX modes there (os.Chmod would only set
// the read-only attribute, and fails on a file SQLite holds open). A library lives in the
// user's own %AppData% folder, whose access list already keeps other users out.
func Restrict(path string) error { return nil }

// replaceTries and replacePause bound the wait for a virus scanner or search indexer that
// opens a freshly written file for a moment and so makes the replace fail.
const (
	replaceTries = 20
	replacePause = 50 * time.Millisecond
)

// Replace moves tmp over dest in one step (MoveFileEx with MOVEFILE_REPLACE_EXISTING and
// MOVEFILE_WRITE_THROUGH, which returns only once the move is on disk). While another program
// holds dest open it retries for about a second, then fails with ErrInUse.
func Replace(tmp, dest string) error {
	from, err := windows.UTF16PtrFromString(tmp)
	if err != nil {
		return err
	}
	to, err := windows.UTF16PtrFromString(dest)
	if err != nil {
		return err
	}
	for try := 1; ; try++ {
		err = windows.MoveFileEx(from, to, windows.MOVEFILE_REPLACE_EXISTING|windows.MOVEFILE_WRITE_THROUGH)
		if err == nil {
			return nil
		}
		inUse := errors.Is(err, windows.ERROR_SHARING_VIOLATION) || errors.Is(err, windows.ERROR_LOCK_VIOLATION) ||
			errors.Is(err, windows.ERROR_ACCESS_DENIED)
		if !inUse {
			return &os.LinkError{Op: "rename", Old: tmp, New: dest, Err: err}
		}
		if try == replaceTries {
			fi, serr := os.Stat(dest)
			switch {
			case serr != nil:
				return &os.LinkError{Op: "rename", Old: tmp, New: dest, Err: err}
			case fi.Mode().Perm()&0o200 == 0:
				return &os.LinkError{Op: "rename", Old: tmp, New: dest, Err: fmt.Errorf("the file is read-only: %w", err)}
			}
			return &os.LinkError{Op: "rename", Old: tmp, New: dest, Err: ErrInUse}
		}
		time.Sleep(replacePause)
	}
}

// SyncDir does nothing on Windows: folders cannot be opened for flushing there, and Replace
// already writes the move through to the disk.
func SyncDir(dir string) {}
