//go:build !windows

package store

import "os"

// replaceFile renames src over dst, replacing dst atomically.
func replaceFile(src, dst string) error { return os.Rename(src, dst) }
