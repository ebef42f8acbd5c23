package ui

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"testing"
)

func TestTypedSavePathHonoursAFullPath(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the joined paths below are Unix paths; Windows drive paths are covered by the same rule")
	}
	shown := t.TempDir()
	target := t.TempDir()
	typed := filepath.Join(target, "charter.pdf")
	// What Fyne's save dialog does with the typed name, and the error it then reports.
	joined := path.Join(shown, typed)
	_, err := os.Create(joined)
	got, ok := typedSavePath(err)
	if !ok || got != typed {
		t.Fatalf("typedSavePath(%v) = %q, %v; want %q", err, got, ok, typed)
	}
	// A typed path into a folder that does not exist is not guessed at.
	_, err = os.Create(path.Join(shown, filepath.Join(target, "missing", "x.pdf")))
	if got, ok := typedSavePath(err); ok {
		t.Errorf("a path into a missing folder gave %q", got)
	}
	// Other errors are left alone.
	if _, ok := typedSavePath(&fs.PathError{Op: "open", Path: joined, Err: fs.ErrPermission}); ok {
		t.Error("a permission error was taken for a typed path")
	}
	if _, ok := typedSavePath(errors.New("disk full")); ok {
		t.Error("a plain error was taken for a typed path")
	}
}
