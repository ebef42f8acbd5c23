package export

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner/internal/safefile"
)

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "charter.md")
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Fatalf("content = %q", b)
	}
	// A failing writer leaves the old file as it was and no temp file behind.
	err := WriteFileAtomic(path, func(w io.Writer) error {
		_, _ = io.WriteString(w, "partial")
		return errors.New("disk on fire")
	})
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("error = %v, want it to name the path and cause", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("old content replaced by %q", b)
	}
	// A panicking writer too.
	if err := WriteFileAtomic(path, func(io.Writer) error { panic("boom") }); err == nil {
		t.Error("panic not reported")
	}
	assertOnly(t, dir, "charter.md")
}

func TestWriteFileAtomicBadFolders(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want string
	}{
		{"missing folder", filepath.Join(dir, "nope", "plan.pdf"), "does not exist"},
		{"file as folder", filepath.Join(file, "plan.pdf"), "not a folder"},
		{"folder in the way", dir, "folder"},
		{"empty path", "", "no file name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			called := false
			err := WriteFileAtomic(tc.path, func(io.Writer) error { called = true; return nil })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want %q", err, tc.want)
			}
			if tc.path != "" && !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %q does not name %s", err, tc.path)
			}
			if called {
				t.Error("writer called for an impossible path")
			}
		})
	}
	assertOnly(t, dir, "a-file")
}

// TestWriteFileAtomicReadOnlyMount writes into a read-only tmpfs (root ignores chmod). It
// needs the right to mount, so it skips elsewhere.
func TestWriteFileAtomicReadOnlyMount(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a read-only tmpfs")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a read-only tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", dir).Run() })
	path := filepath.Join(dir, "plan.pdf")
	err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err })
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("error = %v, want a read-only error naming %s", err, path)
	}
	assertOnly(t, dir)
}

// assertOnly fails unless dir holds exactly the named entries (no temp files).
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("folder holds %v, want %v", got, names)
	}
}

func TestFileName(t *testing.T) {
	tests := []struct{ name, ext, want string }{
		{"Creator Growth Circle", "pdf", "Creator Growth Circle.pdf"},
		{"Zoë Ångström / Q1: plan?", ".pdf", "Zoë Ångström Q1 plan.pdf"},
		{"Ελένη Дмитрий", "md", "Ελένη Дмитрий.md"},
		{"  ...  ", "pdf", "plan.pdf"},
		{"", "ics", "plan.ics"},
		{"CON", "pdf", "CON-plan.pdf"},
		{"lpt1.backup", "csv", "lpt1.backup-plan.csv"},
		{"name. ", "pdf", "name.pdf"},
		{"rocket 🚀 launch", "pdf", "rocket launch.pdf"},
		{"tab\there\x00nul", "", "tab here nul"},
		{"Rene\u0301e", "pdf", "Renée.pdf"},
		{`a<b>c"d|e*f\g`, "pdf", "a b c d e f g.pdf"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FileName(tc.name, tc.ext); got != tc.want {
				t.Errorf("FileName(%q, %q) = %q, want %q", tc.name, tc.ext, got, tc.want)
			}
		})
	}
	long := FileName(strings.Repeat("ž", 500), "pdf")
	if len(long) > maxNameBytes+4 || !utf8.ValidString(long) || !strings.HasSuffix(long, ".pdf") {
		t.Errorf("long name = %q (%d bytes)", long, len(long))
	}
}

// TestWriteFileAtomicPrivate: an export holds client and member data, so the temporary file it
// is written to, and so the finished file, are readable by the owner only.
func TestWriteFileAtomicPrivate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	var tempModes []os.FileMode
	err := WriteFileAtomic(path, func(w io.Writer) error {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		for _, e := range entries {
			fi, err := e.Info()
			if err != nil {
				return err
			}
			tempModes = append(tempModes, fi.Mode().Perm())
		}
		_, err = io.WriteString(w, "%PDF-")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(tempModes) != 1 {
		t.Fatalf("temporary files while writing: %d, want one", len(tempModes))
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "windows" {
		// No POSIX modes there: the user's own folders protect the file.
		t.Log("modes not checked: Windows has no POSIX file modes")
		return
	}
	if tempModes[0] != 0o600 {
		t.Errorf("temporary file while writing: mode %v, want 0600", tempModes[0])
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("export mode %v, want 0600", fi.Mode().Perm())
	}
}

// TestWriteFileAtomicOverOpenFile: a CSV still open in another program. POSIX systems replace
// it; Windows cannot, and then the export says the file is open elsewhere, keeps the old
// content and leaves no temporary file.
func TestWriteFileAtomicOverOpenFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "candidates.csv")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	err = WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err })
	f.Close()
	want := "new"
	if runtime.GOOS == "windows" {
		want = "old"
		if !errors.Is(err, safefile.ErrInUse) || !strings.Contains(err.Error(), path) {
			t.Errorf("replacing an open file: err = %v, want one naming the file and saying it is open", err)
		}
	} else if err != nil {
		t.Errorf("replacing an open file: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != want {
		t.Errorf("file holds %q, want %q", got, want)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("folder holds %d files, want 1 (no temporary file left)", len(ents))
	}
}
