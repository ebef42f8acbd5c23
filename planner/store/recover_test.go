package store

import (
	"context"
	"errors"
	"fmt"
	"github.com/coplaunch/coplaunch/planner"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// libraryWithBackups makes a library that was opened on days, adding plan "Plan <i>" on day i
// after the day's backup: the backup of day i holds plans 0 … i-1.
func libraryWithBackups(t *testing.T, days int) (path string, at func(i int) time.Time) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "library.db")
	at = func(i int) time.Time { return testNow.AddDate(0, 0, i) }
	for i := range days {
		now := at(i)
		// Daily copies only: the copies made on close are tested on their own.
		s, err := Open(context.Background(), path, Options{Now: func() time.Time { return now }, SessionBackups: -1})
		if err != nil {
			t.Fatal(err)
		}
		created(t, s, fmt.Sprintf("Plan %d", i))
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		// The backup's date is its modification time; give each day's its own.
		b := filepath.Join(filepath.Dir(path), "backups", "library-"+now.Format("2006-01-02")+".db")
		if err := os.Chtimes(b, now, now); err != nil {
			t.Fatal(err)
		}
	}
	return path, at
}

// damage overwrites the fourth page of the file with junk (or truncates it to half when
// truncate is set) and returns nothing; the file must then fail quick_check.
func damage(t *testing.T, path string, truncate bool) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if truncate {
		if err := os.Truncate(path, fi.Size()/2/4096*4096); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	junk := []byte(strings.Repeat("\xffdamaged page ", 4096/14+1)[:4096])
	if _, err := f.WriteAt(junk, 3*4096); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestListBackups(t *testing.T) {
	ctx := context.Background()
	path, at := libraryWithBackups(t, 5)
	dir := filepath.Dir(path)
	// A pre-upgrade copy and a damaged daily copy.
	pre := filepath.Join(dir, "library.pre-v3-20260301-080000.db")
	b, err := os.ReadFile(filepath.Join(dir, "backups", "library-2026-03-03.db"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, pre, b)
	old := testNow.Add(-time.Hour)
	os.Chtimes(pre, old, old)
	damaged := filepath.Join(dir, "backups", "library-2026-03-04.db")
	damage(t, damaged, false)
	os.Chtimes(damaged, at(3), at(3))
	before := snapshot(t, dir)

	list, err := ListBackups(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range list {
		line := fmt.Sprintf("%s %s %d %s", filepath.Base(b.Path), b.Kind, b.Plans, strings.Join(b.Newest, ","))
		if b.Damaged != nil {
			line = filepath.Base(b.Path) + " damaged"
			if !errors.Is(b.Damaged, planner.ErrCorrupt) {
				t.Errorf("%s: damaged with %v, want planner.ErrCorrupt", b.Path, b.Damaged)
			}
		}
		if b.Size <= 0 {
			t.Errorf("%s: size %d", b.Path, b.Size)
		}
		got = append(got, line)
	}
	want := []string{
		"library-2026-03-05.db daily copy 4 Plan 3,Plan 2,Plan 1",
		"library-2026-03-04.db damaged",
		"library-2026-03-03.db daily copy 2 Plan 1,Plan 0",
		"library-2026-03-02.db daily copy 1 Plan 0",
		"library-2026-03-01.db daily copy 0 ",
		"library.pre-v3-20260301-080000.db before upgrade 2 Plan 1,Plan 0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("backups:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if after := snapshot(t, dir); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("listing changed the folder:\nbefore %v\nafter  %v", keys(before), keys(after))
	}

	// A library with no backups lists none; a missing library too.
	if list, err := ListBackups(ctx, filepath.Join(t.TempDir(), "none.db")); err != nil || len(list) != 0 {
		t.Errorf("no backups: %v, %v", list, err)
	}
}

func TestRestoreDamagedLibrary(t *testing.T) {
	for _, truncate := range []bool{true, false} {
		t.Run(fmt.Sprintf("truncate=%v", truncate), func(t *testing.T) {
			ctx := context.Background()
			path, at := libraryWithBackups(t, 3)
			damage(t, path, truncate)
			if _, err := Open(ctx, path, Options{}); !errors.Is(err, planner.ErrCorrupt) {
				t.Fatalf("open the damaged library: %v, want planner.ErrCorrupt", err)
			}
			damagedSum := fileSum(t, path)
			list, err := ListBackups(ctx, path)
			if err != nil || len(list) != 3 || list[0].Damaged != nil {
				t.Fatalf("backups %+v, %v", list, err)
			}
			res, err := Restore(ctx, path, list[0].Path, func() time.Time { return at(3) })
			if err != nil {
				t.Fatal(err)
			}
			if res.Plans != 2 || filepath.Base(res.SetAside) != "library.before-restore-20260304-093000.db" {
				t.Errorf("result %+v", res)
			}
			if got := fileSum(t, res.SetAside); got != damagedSum {
				t.Error("the set-aside library differs from the damaged file")
			}
			s := mustOpenAt(t, path, Options{Now: func() time.Time { return at(3) }, Lock: true})
			plans, err := s.List(ctx, planner.ListOptions{Sort: planner.SortName})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range plans {
				names = append(names, p.Name)
			}
			if strings.Join(names, ",") != "Plan 0,Plan 1" {
				t.Errorf("restored plans %v", names)
			}
			if err := s.integrityCheck(ctx); err != nil {
				t.Error(err)
			}
			// The set-aside library is listed, as damaged.
			list, _ = ListBackups(ctx, path)
			found := false
			for _, b := range list {
				if b.Path == res.SetAside {
					found = b.Kind == planner.SetAside && b.Damaged != nil
				}
			}
			if !found {
				t.Errorf("set-aside library not listed as damaged: %+v", list)
			}
		})
	}
}

func TestRestoreRefusals(t *testing.T) {
	ctx := context.Background()
	path, at := libraryWithBackups(t, 3)
	dir := filepath.Dir(path)
	list, err := ListBackups(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return at(3) }

	// While the app holds the library.
	gui := mustOpenAt(t, path, Options{Now: now, Lock: true})
	if _, err := Restore(ctx, path, list[0].Path, now); !errors.Is(err, planner.ErrLocked) {
		t.Errorf("restore while the app is open: %v, want planner.ErrLocked", err)
	}
	gui.Close()

	before := snapshot(t, dir)
	// A damaged backup.
	damaged := list[1].Path
	damage(t, damaged, false)
	before = snapshot(t, dir)
	if _, err := Restore(ctx, path, damaged, now); !errors.Is(err, planner.ErrCorrupt) {
		t.Errorf("restore from a damaged backup: %v, want planner.ErrCorrupt", err)
	}
	// The library itself, and a text file.
	if _, err := Restore(ctx, path, path, now); err == nil {
		t.Error("restoring the library from itself succeeded")
	}
	txt := filepath.Join(t.TempDir(), "notes.db")
	write(t, txt, []byte("not a database at all, just some text that is long enough to have a header of a hundred bytes......"))
	if _, err := Restore(ctx, path, txt, now); !errors.Is(err, planner.ErrNotLibrary) {
		t.Errorf("restore from a text file: %v, want planner.ErrNotLibrary", err)
	}
	if after := snapshot(t, dir); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("a refused restore changed the folder:\nbefore %v\nafter  %v", keys(before), keys(after))
	}

	// The set-aside name is never reused: two restores in the same second.
	r1, err := Restore(ctx, path, list[0].Path, now)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := Restore(ctx, path, list[2].Path, now)
	if err != nil {
		t.Fatal(err)
	}
	if r1.SetAside == r2.SetAside || !strings.HasSuffix(r2.SetAside, "-2.db") {
		t.Errorf("set aside as %s then %s", r1.SetAside, r2.SetAside)
	}
	if fileSum(t, r2.SetAside) == fileSum(t, r1.SetAside) {
		t.Error("the second restore did not set aside the first restore's library")
	}
}

// TestRestoreKeepsWAL: a library left with a -wal file by a crash is set aside with it, and
// the restored library does not pick up the old log.
func TestRestoreKeepsWAL(t *testing.T) {
	ctx := context.Background()
	path, at := libraryWithBackups(t, 2)
	list, _ := ListBackups(ctx, path)
	wal := []byte("a write-ahead log left by a crash")
	write(t, path+"-wal", wal)
	res, err := Restore(ctx, path, list[0].Path, func() time.Time { return at(2) })
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(res.SetAside + "-wal"); err != nil || string(b) != string(wal) {
		t.Errorf("set-aside log %q, %v", b, err)
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Error("the old log is still beside the restored library")
	}
	s := mustOpenAt(t, path, Options{ReadOnly: true})
	if n := count(t, s, "SELECT count(*) FROM plans"); n != 1 {
		t.Errorf("%d plans restored, want 1", n)
	}
}

func TestBackupRefusesTheLibrary(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	created(t, s, "Keep")
	sum := fileSum(t, s.Path())
	for _, dest := range []string{s.Path(), s.Path() + "-wal", filepath.Join(filepath.Dir(s.Path()), ".", filepath.Base(s.Path()))} {
		if err := s.Backup(ctx, dest); err == nil {
			t.Errorf("backup to %s succeeded", dest)
		}
	}
	if fileSum(t, s.Path()) != sum {
		t.Error("the library changed")
	}
	// A read-only Store backs up too (the CLI while the app is open).
	r := mustOpenAt(t, s.Path(), Options{ReadOnly: true})
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := r.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	plans, _, damaged := inspectBackup(ctx, dest)
	if damaged != nil || plans != 1 {
		t.Errorf("copy: %d plans, %v", plans, damaged)
	}
}

// TestCloseRemovesWAL: a Store that read on its second connection still checkpoints and
// removes the -wal file on Close, so the library is one file when a restore sets it aside.
func TestCloseRemovesWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := Open(context.Background(), path, Options{Now: fixedClock(), Lock: true, Backups: -1})
	if err != nil {
		t.Fatal(err)
	}
	p := created(t, s, "Two connections")
	load(t, s, p.ID)
	if s.rdb == nil {
		t.Fatal("Load did not use the second connection")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("%s left after Close", suffix)
		}
	}
}

// TestRestoreWhileAReaderHasTheLibrary: a read-only reader (the CLI's list) may have the
// library open during a restore. Where the system allows it (POSIX) the restore replaces the
// file and the reader keeps the old one; where it does not (Windows keeps open files in place)
// the restore fails with an error and the library stays as it was. Never neither.
func TestRestoreWhileAReaderHasTheLibrary(t *testing.T) {
	ctx := context.Background()
	path, at := libraryWithBackups(t, 3)
	list, _ := ListBackups(ctx, path)
	before := fileSum(t, path)
	r := mustOpenAt(t, path, Options{ReadOnly: true})
	if n := count(t, r, "SELECT count(*) FROM plans"); n != 3 {
		t.Fatalf("reader sees %d plans", n)
	}
	_, err := Restore(ctx, path, list[0].Path, func() time.Time { return at(3) })
	// The reader still reads what it opened.
	if n := count(t, r, "SELECT count(*) FROM plans"); n != 3 {
		t.Errorf("the reader sees %d plans after the restore", n)
	}
	r.Close()
	if err != nil {
		t.Logf("restore refused while a reader has the library: %v", err)
		if fileSum(t, path) != before {
			t.Fatal("a failed restore changed the library")
		}
		return
	}
	s := mustOpenAt(t, path, Options{ReadOnly: true})
	if n := count(t, s, "SELECT count(*) FROM plans"); n != 2 {
		t.Errorf("restored library has %d plans, want 2", n)
	}
}
