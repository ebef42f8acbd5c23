//go:build windows

package store

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// replaceFile renames src over dst, replacing dst (MoveFileEx with MOVEFILE_REPLACE_EXISTING,
// atomic on NTFS). Windows refuses while another program has dst open without delete sharing;
// virus scanners and indexers do that for a moment after a file is written, so the rename is
// retried for a few seconds before the error is returned.
func replaceFile(src, dst string) error {
	const (
		errAccessDenied     = syscall.Errno(5)
		errSharingViolation = syscall.Errno(32)
		errLockViolation    = syscall.Errno(33)
	)
	var err error
	for wait := 10 * time.Millisecond; wait < 3*time.Second; wait *= 2 {
		err = os.Rename(src, dst)
		if err == nil {
			return nil
		}
		if !errors.Is(err, errAccessDenied) && !errors.Is(err, errSharingViolation) && !errors.Is(err, errLockViolation) {
			return err
		}
		time.Sleep(wait)
	}
	return err
}
