//go:build !windows

package safefile

import (
	"errors"
	"io/fs"
	"os"
)

// Restrict gives path mode 0600, so only its owner can read it. A missing file is no error.
func Restrict(path string) error {
	if err := os.Chmod(path, 0o600); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// Replace renames tmp over dest in one step: dest is either its old or its new content.
// Call SyncDir on the folder afterwards to make the rename durable.
func Replace(tmp, dest string) error { return os.Rename(tmp, dest) }

// SyncDir flushes the folder's entries, so that a rename in it survives a power cut. It is
// best effort: the rename is durable on most file systems without it.
func SyncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
