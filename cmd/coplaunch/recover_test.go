package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/store"
)

// TestRestoreFromTheCommandLine damages the library (truncated; a page overwritten), then
// lists the backups and restores the newest with the built program: every plan of the copy
// comes back and the damaged file is kept byte for byte.
func TestRestoreFromTheCommandLine(t *testing.T) {
	for _, how := range []string{"truncate", "overwrite a page"} {
		t.Run(how, func(t *testing.T) {
			db, backups, plans := restoreLibrary(t)
			fi, err := os.Stat(db)
			if err != nil {
				t.Fatal(err)
			}
			if how == "truncate" {
				err = os.Truncate(db, fi.Size()/3/4096*4096)
			} else {
				var f *os.File
				if f, err = os.OpenFile(db, os.O_WRONLY, 0); err == nil {
					_, err = f.WriteAt([]byte(strings.Repeat("\x00junk", 4096/5)), 2*4096)
					f.Close()
				}
			}
			if err != nil {
				t.Fatal(err)
			}
			code, _, errs := cmd(t, "-db", db, "list")
			if code != exitFail || !strings.Contains(errs, "damaged") {
				t.Fatalf("list of the damaged library: exit %d, %q", code, errs)
			}
			damaged := sum(t, db)

			out, err := child(t, "cli", nil, "-db", db, "backups").Output()
			if err != nil {
				t.Fatalf("backups: %v", err)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if lines[0] != "DATE\tKIND\tSIZE\tPLANS\tNEWEST\tFILE\tFEWER" || len(lines) != 4 {
				t.Fatalf("backups:\n%s", out)
			}
			cols := strings.Split(lines[1], "\t")
			if len(cols) != 7 || cols[1] != "daily copy" || cols[3] != "5" || cols[5] != backups[1] ||
				!strings.HasPrefix(cols[4], "Creator Growth Circle") {
				t.Errorf("newest backup row %q", lines[1])
			}

			out, err = child(t, "cli", nil, "-db", db, "restore", filepath.Base(backups[1])).CombinedOutput()
			if err != nil {
				t.Fatalf("restore: %v\n%s", err, out)
			}
			if !strings.Contains(string(out), "restored 5 plans") || !strings.Contains(string(out), "kept as ") {
				t.Errorf("restore said:\n%s", out)
			}
			aside := strings.TrimSpace(string(out)[strings.Index(string(out), "kept as ")+len("kept as "):])
			if sum(t, aside) != damaged {
				t.Error("the kept library differs from the damaged file")
			}
			if n, err := planCount(t, db); err != nil || n != plans[1] {
				t.Errorf("restored library: %d plans, %v", n, err)
			}
			if out := mustCmd(t, "-db", db, "list"); strings.Count(out, "\n") != 1+plans[1] {
				t.Errorf("list after the restore:\n%s", out)
			}
		})
	}
}

// TestRestoreRefusedWhileTheAppIsOpen: restore needs the app closed and says so; backup and
// backups work meanwhile.
func TestRestoreRefusedWhileTheAppIsOpen(t *testing.T) {
	db, backups, _ := restoreLibrary(t)
	gui, err := store.Open(context.Background(), db, store.Options{Lock: true})
	if err != nil {
		t.Fatal(err)
	}
	defer gui.Close()
	before := sum(t, db)
	out, err := child(t, "cli", nil, "-db", db, "restore", backups[0]).CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitFail || !strings.Contains(string(out), "quit the app first") {
		t.Errorf("restore while the app is open: %v\n%s", err, out)
	}
	if sum(t, db) != before {
		t.Error("the refused restore changed the library")
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if out, err := child(t, "cli", nil, "-db", db, "backup", copyPath).CombinedOutput(); err != nil ||
		!strings.Contains(string(out), "wrote backup: "+copyPath) {
		t.Fatalf("backup while the app is open: %v\n%s", err, out)
	}
	if n, err := planCount(t, copyPath); err != nil || n != 6 {
		t.Errorf("copy: %d plans, %v", n, err)
	}
	// The header, four daily copies (the app's open made today's) and the copy just made,
	// which the backup index lists.
	if out, err := child(t, "cli", nil, "-db", db, "backups").CombinedOutput(); err != nil || strings.Count(string(out), "\n") != 6 ||
		!strings.Contains(string(out), "made with Back up now") {
		t.Errorf("backups while the app is open: %v\n%s", err, out)
	}
}

func TestRecoverUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	for _, c := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"backup"}, exitUsage, "give one FILE"},
		{[]string{"backup", "a.db", "b.db"}, exitUsage, "give one FILE"},
		{[]string{"restore"}, exitUsage, "give one BACKUP"},
		{[]string{"backups", "extra"}, exitUsage, "unexpected argument"},
		{[]string{"restore", "-h"}, exitOK, "Usage: coplaunch [-db PATH] restore BACKUP"},
		{[]string{"restore", "library-2020-01-01.db"}, exitFail, "no backup library-2020-01-01.db"},
		{[]string{"backup", filepath.Join(t.TempDir(), "x.db")}, exitFail, "no library here"},
		{[]string{"backup", db}, exitFail, ""},
	} {
		code, _, errs := cmd(t, append([]string{"-db", db}, c.args...)...)
		if code != c.code || !strings.Contains(errs, c.err) {
			t.Errorf("%v: exit %d, stderr %q; want %d with %q", c.args, code, errs, c.code, c.err)
		}
	}
	if out := mustCmd(t, "-db", db, "backups"); out != "DATE\tKIND\tSIZE\tPLANS\tNEWEST\tFILE\tFEWER\n" {
		t.Errorf("backups of a missing library: %q", out)
	}
	_, out, _ := cmd(t, "help")
	for _, w := range []string{"backup FILE", "backups", "restore BACKUP"} {
		if !strings.Contains(out, w) {
			t.Errorf("usage lacks %q", w)
		}
	}
}

// TestBackupsMarksCopiesWithFewerPlans: the library holds 6 plans; its daily copies hold 5
// and 2, and say so in the last column, FEWER, after the six columns scripts already read;
// a copy made with backup holding all 6 leaves FEWER empty.
func TestBackupsMarksCopiesWithFewerPlans(t *testing.T) {
	db, backups, plans := restoreLibrary(t)
	full := filepath.Join(t.TempDir(), "full.db")
	mustCmd(t, "-db", db, "backup", full)
	out := mustCmd(t, "-db", db, "backups")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if lines[0] != "DATE\tKIND\tSIZE\tPLANS\tNEWEST\tFILE\tFEWER" {
		t.Fatalf("header %q", lines[0])
	}
	fewer := map[string]string{}
	for _, l := range lines[1:] {
		cols := strings.Split(l, "\t")
		if len(cols) != 7 {
			t.Fatalf("%d columns in %q", len(cols), l)
		}
		fewer[cols[5]] = cols[3] + "|" + cols[6]
	}
	want := map[string]string{
		backups[1]: fmt.Sprintf("%d|fewer than 6", plans[1]),
		backups[0]: fmt.Sprintf("%d|fewer than 6", plans[0]),
		full:       "6|",
	}
	for file, w := range want {
		if got, ok := fewer[file]; !ok || got != w {
			t.Errorf("%s: PLANS|FEWER %q, want %q\n%s", filepath.Base(file), got, w, out)
		}
	}
	if code, help, _ := cmd(t, "help"); code != 0 || !strings.Contains(help, "FEWER") || !strings.Contains(help, `"fewer than N"`) {
		t.Errorf("help does not document FEWER:\n%s", help)
	}
}
