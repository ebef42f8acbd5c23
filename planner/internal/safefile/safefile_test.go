package safefile

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestReplace(t *testing.T) {
	dir := t.TempDir()
	dest, tmp := filepath.Join(dir, "plan.csv"), filepath.Join(dir, ".plan.csv.tmp")
	for _, f := range []struct{ path, text string }{{dest, "old"}, {tmp, "new"}} {
		if err := os.WriteFile(f.path, []byte(f.text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := Replace(tmp, dest); err != nil {
		t.Fatal(err)
	}
	SyncDir(dir)
	if b, err := os.ReadFile(dest); err != nil || string(b) != "new" {
		t.Errorf("dest holds %q, %v; want %q", b, err, "new")
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("the temporary file is still there: %v", err)
	}
	// Into a folder that does not exist: an error, and the source stays.
	if err := os.WriteFile(tmp, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Replace(tmp, filepath.Join(dir, "missing", "x.csv")); err == nil {
		t.Error("replace into a missing folder succeeded")
	}
	if _, err := os.Stat(tmp); err != nil {
		t.Errorf("failed replace lost the source: %v", err)
	}
}

func TestRestrict(t *testing.T) {
	dir := t.TempDir()
	if err := Restrict(filepath.Join(dir, "missing-shm")); err != nil {
		t.Errorf("a missing file: %v, want no error", err)
	}
	path := filepath.Join(dir, "library.db-shm")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path) // SQLite holds its -shm file open
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := Restrict(path); err != nil {
		t.Fatalf("restrict an open file: %v", err)
	}
	if runtime.GOOS == "windows" {
		t.Log("mode not checked: Windows has no POSIX file modes")
		return
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, %v; want 0600", fi.Mode().Perm(), err)
	}
}
