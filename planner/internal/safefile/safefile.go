// Package safefile holds the few file operations whose right form differs between Windows and
// the POSIX systems: restricting a file to its owner, replacing a file atomically, and making
// a rename durable.
package safefile

import "errors"

// ErrInUse reports that another program holds the file open (on Windows a file open in, say,
// Excel cannot be replaced).
var ErrInUse = errors.New("the file is open in another program; close it there and try again")
