package store

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

func TestNewLibraryModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "deep", "coplaunch")
	path := filepath.Join(dir, "library.db")
	s := mustOpenAt(t, path, Options{Now: fixedClock()})
	created(t, s, "Modes")
	for _, c := range []struct {
		path string
		mode fs.FileMode
	}{
		{dir, 0o700},
		{path, 0o600},
		{path + "-wal", 0o600},
		{path + "-shm", 0o600},
		{path + ".lock", 0o600},
		{filepath.Join(dir, "backups"), 0o700},
		{filepath.Join(dir, "backups", "library-2026-03-01.db"), 0o600},
	} {
		if _, err := os.Stat(c.path); err != nil {
			t.Errorf("%v", err)
			continue
		}
		wantMode(t, c.path, c.mode)
	}
	var mode, sync, fk, sd int
	var jm string
	for q, v := range map[string]any{"PRAGMA journal_mode": &jm, "PRAGMA synchronous": &sync, "PRAGMA foreign_keys": &fk,
		"PRAGMA secure_delete": &sd, "PRAGMA application_id": &mode} {
		if err := s.db.QueryRow(q).Scan(v); err != nil {
			t.Fatal(q, err)
		}
	}
	if jm != "wal" || sync != 2 || fk != 1 || sd != 1 || mode != appID {
		t.Errorf("journal %s synchronous %d foreign_keys %d secure_delete %d application_id %x", jm, sync, fk, sd, mode)
	}
}

// makeForeignDB writes a SQLite database of another program (in rollback mode, like most).
func makeForeignDB(t *testing.T, path string, pragmas ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range append([]string{"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes (body) VALUES ('hi')"}, pragmas...) {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
}

// makeLibrary writes a closed library with one plan and returns its path.
func makeLibrary(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "lib.db")
	s, err := Open(context.Background(), path, Options{Now: fixedClock(), Backups: -1})
	if err != nil {
		t.Fatal(err)
	}
	created(t, s, "Lib")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenBadFiles(t *testing.T) {
	cases := []struct {
		name string
		make func(t *testing.T, path string)
		want error
	}{
		{"empty file", func(t *testing.T, path string) { write(t, path, nil) }, planner.ErrNotLibrary},
		{"text file", func(t *testing.T, path string) { write(t, path, []byte("name,contact\nBen,ben@x.org\n")) }, planner.ErrNotLibrary},
		{"random bytes", func(t *testing.T, path string) {
			b := make([]byte, 8192)
			rand.New(rand.NewSource(1)).Read(b)
			write(t, path, b)
		}, planner.ErrNotLibrary},
		{"truncated header", func(t *testing.T, path string) { write(t, path, sqliteHeader) }, planner.ErrCorrupt},
		{"truncated library", func(t *testing.T, path string) {
			lib := makeLibrary(t, t.TempDir())
			b, err := os.ReadFile(lib)
			if err != nil {
				t.Fatal(err)
			}
			write(t, path, b[:len(b)/2])
		}, planner.ErrCorrupt},
		{"damaged library", func(t *testing.T, path string) {
			lib := makeLibrary(t, t.TempDir())
			b, err := os.ReadFile(lib)
			if err != nil {
				t.Fatal(err)
			}
			for i := 4096 + 100; i < len(b); i += 7 { // scribble over every page but the first
				b[i] ^= 0x5a
			}
			write(t, path, b)
		}, planner.ErrCorrupt},
		{"database of another program", func(t *testing.T, path string) { makeForeignDB(t, path) }, planner.ErrNotLibrary},
		{"database with another application id", func(t *testing.T, path string) {
			makeForeignDB(t, path, "PRAGMA application_id = 42", "PRAGMA journal_mode = WAL")
		}, planner.ErrNotLibrary},
		{"newer schema", func(t *testing.T, path string) {
			lib := makeLibrary(t, t.TempDir())
			db, err := sql.Open("sqlite", "file:"+lib)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec("PRAGMA user_version = 99"); err != nil {
				t.Fatal(err)
			}
			db.Close()
			b, _ := os.ReadFile(lib)
			write(t, path, b)
		}, planner.ErrNewerSchema},
		{"folder", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o700); err != nil {
				t.Fatal(err)
			}
		}, planner.ErrNotLibrary},
		{"dangling link", func(t *testing.T, path string) {
			if err := os.Symlink(filepath.Join(filepath.Dir(path), "missing.db"), path); err != nil {
				t.Skip("no symlinks here:", err)
			}
			if fi, err := os.Lstat(path); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
				// Wine makes a link that Windows' own calls do not report as one.
				t.Skipf("the link made here does not read back as a link (%v)", err)
			}
		}, planner.ErrNotLibrary},
	}
	for _, tc := range cases {
		for _, mode := range []string{"write", "lock", "read-only"} {
			t.Run(tc.name+"/"+mode, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "library.db")
				tc.make(t, path)
				before := snapshot(t, dir)
				s, err := Open(context.Background(), path, Options{Now: fixedClock(), Lock: mode == "lock", ReadOnly: mode == "read-only"})
				if err == nil {
					s.Close()
					t.Fatal("Open succeeded")
				}
				if !errors.Is(err, tc.want) {
					t.Errorf("Open = %v, want %v", err, tc.want)
				}
				var oe *OpenError
				if !errors.As(err, &oe) || oe.Path != path || !strings.Contains(err.Error(), "open library "+path+": ") {
					t.Errorf("error %q does not name the file", err)
				}
				after := snapshot(t, dir)
				delete(after, "library.db.lock") // the lock file may stay; it holds no data
				if strings.Join(keys(before), ",") != strings.Join(keys(after), ",") {
					t.Errorf("files before %v, after %v", keys(before), keys(after))
				}
				for name, sum := range before {
					if after[name] != sum {
						t.Errorf("%s changed", name)
					}
				}
			})
		}
	}
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// snapshot maps each entry of dir to its sha256 ("dir" or "link" for those).
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range es {
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			m[e.Name()] = "link"
		case e.IsDir():
			m[e.Name()] = "dir"
		default:
			m[e.Name()] = fileSum(t, filepath.Join(dir, e.Name()))
		}
	}
	return m
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sortStrings(ks)
	return ks
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestLock(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	gui := mustOpenAt(t, path, Options{Now: fixedClock(), Lock: true})
	p := created(t, gui, "Locked")

	for _, opt := range []Options{{Lock: true}, {}} {
		s, err := Open(ctx, path, opt)
		if !errors.Is(err, planner.ErrLocked) {
			if s != nil {
				s.Close()
			}
			t.Fatalf("Open(%+v) while the GUI has it = %v, want planner.ErrLocked", opt, err)
		}
		if !strings.Contains(err.Error(), "already open in another window") || !strings.Contains(err.Error(), path) {
			t.Errorf("message %q", err)
		}
	}

	ro := mustOpenAt(t, path, Options{ReadOnly: true})
	got, err := ro.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireEqual(t, p, got)
	// The GUI keeps writing while the reader is open; the reader sees the new data.
	if err := gui.Rename(ctx, p.ID, "Renamed"); err != nil {
		t.Fatal(err)
	}
	if list, err := ro.List(ctx, planner.ListOptions{}); err != nil || len(list) != 1 || list[0].Name != "Renamed" {
		t.Errorf("read-only List = %+v, %v", list, err)
	}
	for name, write := range map[string]func() error{
		"Put":    func() error { return ro.Put(ctx, p.ID, &planner.Norm{Text: "x"}) },
		"Create": func() error { _, err := ro.Create(ctx, fullPlan("x")); return err },
		"Delete": func() error { return ro.Delete(ctx, p.ID) },
	} {
		if err := write(); !errors.Is(err, planner.ErrReadOnly) {
			t.Errorf("%s on a read-only store = %v, want planner.ErrReadOnly", name, err)
		}
	}

	// Once the GUI closes, CLI writers get in, two at once, and while they are open a GUI
	// start waits for them, then gives up with ErrLocked.
	if err := gui.Close(); err != nil {
		t.Fatal(err)
	}
	defer func(d time.Duration) { guiLockWait = d }(guiLockWait)
	guiLockWait = 300 * time.Millisecond
	cli := mustOpenAt(t, path, Options{Now: fixedClock()})
	cli2 := mustOpenAt(t, path, Options{Now: fixedClock()})
	if err := cli2.Put(ctx, p.ID, &planner.Norm{Text: "from a second CLI writer"}); err != nil {
		t.Errorf("second CLI writer: %v", err)
	}
	cli2.Close()
	if s, err := Open(ctx, path, Options{Lock: true}); !errors.Is(err, planner.ErrLocked) {
		if s != nil {
			s.Close()
		}
		t.Errorf("GUI open during a CLI write = %v, want planner.ErrLocked", err)
	}
	// A GUI started while a CLI write is finishing gets the library once it is done.
	guiLockWait = 5 * time.Second
	go func() { time.Sleep(200 * time.Millisecond); cli.Close() }()
	again := mustOpenAt(t, path, Options{Now: fixedClock(), Lock: true})
	again.Close()
}

func TestReadOnlyMissingFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "none.db")
	if _, err := Open(context.Background(), path, Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only open of a missing file = %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Error("read-only open created the file")
	}
}

func TestDailyBackups(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	day := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	for i := 0; i < 8; i++ {
		now := day.AddDate(0, 0, i)
		for j := 0; j < 2; j++ { // two opens a day make one backup
			s, err := Open(context.Background(), path, Options{Now: func() time.Time { return now }, Backups: 3, SessionBackups: -1})
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 && j == 0 {
				created(t, s, "Backed up")
			}
			s.Close()
		}
	}
	names, err := filepath.Glob(filepath.Join(dir, "backups", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var bases []string
	for _, n := range names {
		bases = append(bases, filepath.Base(n))
	}
	want := "library-2026-03-06.db library-2026-03-07.db library-2026-03-08.db"
	if strings.Join(bases, " ") != want {
		t.Fatalf("backups %v, want %s", bases, want)
	}
	// A backup is a library that opens and holds the plan.
	b, err := Open(context.Background(), names[2], Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if list, err := b.List(context.Background(), planner.ListOptions{}); err != nil || len(list) != 1 {
		t.Errorf("backup lists %v, %v", list, err)
	}

	// Backups: -1 takes none.
	dir2 := t.TempDir()
	s := mustOpenAt(t, filepath.Join(dir2, "x.db"), Options{Backups: -1})
	s.Close()
	if _, err := os.Stat(filepath.Join(dir2, "backups")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Backups -1 made a backup folder: %v", err)
	}
}

func TestBackupReplacesAtomically(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	created(t, s, "Copy me")
	dest := filepath.Join(t.TempDir(), "copy.db")
	write(t, dest, []byte("old"))
	if err := s.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(ctx, filepath.Join(t.TempDir(), "missing", "x.db")); err == nil {
		t.Error("backup into a missing folder succeeded")
	}
	c := mustOpenAt(t, dest, Options{ReadOnly: true})
	if list, err := c.List(ctx, planner.ListOptions{}); err != nil || len(list) != 1 || list[0].Name != "Copy me" {
		t.Errorf("backup lists %+v, %v", list, err)
	}
	wantMode(t, dest, 0o600)
}
