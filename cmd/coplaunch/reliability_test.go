package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/cmd/coplaunch/internal/quietlocale"
	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
	"github.com/coplaunch/coplaunch/planner/store"
)

// The test binary doubles as the child processes of these tests: COPLAUNCH_TEST_CHILD selects
// what it does instead of running the tests.
func TestMain(m *testing.M) {
	switch os.Getenv("COPLAUNCH_TEST_CHILD") {
	case "cli":
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	case "cli-after-start":
		// The CLI, announced on stderr once the process is up, so that a parent timing a
		// kill counts from the command's start rather than the process's.
		fmt.Fprintln(os.Stderr, "start")
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	case "lc-all":
		// What a command sees of the user's locale once run has started.
		quietlocale.Restore()
		fmt.Printf("LC_ALL=%s\n", os.Getenv("LC_ALL"))
		os.Exit(0)
	case "editor":
		os.Exit(editorChild(os.Getenv("COPLAUNCH_DB")))
	}
	quietlocale.Restore() // the tests and their children see the environment they were given
	// The in-process tests read the command's messages in English, whatever the developer's
	// language; the locale tests give their children a locale of their own.
	os.Setenv("LC_ALL", "en_US.UTF-8")
	os.Exit(m.Run())
}

// child returns a command that runs this test binary as a child of the given kind.
func child(t *testing.T, kind string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	c := exec.Command(os.Args[0], args...)
	// A well-formed locale keeps Fyne's start-up quiet on stderr (PITFALLS: LANG=C).
	c.Env = append(append(os.Environ(), "COPLAUNCH_TEST_CHILD="+kind, "LANG=en_US.UTF-8"), env...)
	return c
}

// editorChild applies edits through the store's per-edit API as the GUI does, in a loop, and
// prints "saved N" after each edit the store reported saved. The parent kills it at random.
func editorChild(db string) int {
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{Lock: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	p, err := st.Load(ctx, 1)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	for i := 0; ; i++ {
		var err error
		switch i % 3 {
		case 0, 1:
			n := planner.Norm{Text: fmt.Sprintf("edit %d", i)}
			err = st.Put(ctx, p.ID, &n)
		case 2:
			p.Audience = fmt.Sprintf("edit %d", i)
			err = st.Save(ctx, p.ID, planner.Change{Plan: p})
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		// Unbuffered: the line leaves the process as soon as the edit is saved.
		fmt.Fprintf(os.Stdout, "saved %d\n", i)
	}
}

func soak() bool { return os.Getenv("COPLAUNCH_SOAK") != "" }

// TestCrashKeepsSavedEdits kills an editing process at random moments; after each kill the
// library passes integrity_check and holds every edit reported saved.
func TestCrashKeepsSavedEdits(t *testing.T) {
	trials := 10
	if soak() {
		trials = 200
	}
	db := filepath.Join(t.TempDir(), "lib.db")
	mustCmd(t, "-db", db, "demo")
	rng := rand.New(rand.NewPCG(1, 2))
	checked, kills := 0, 0
	lastAudience := -1
	saved := map[int]bool{}
	for trial := range trials {
		c := child(t, "editor", []string{"COPLAUNCH_DB=" + db})
		out, err := c.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		c.Stderr = &stderr
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan int, 1024)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "saved ")); err == nil {
					lines <- n
				}
			}
			close(lines)
		}()
		// Wait for the first saved edit, then kill at a random moment.
		select {
		case n, ok := <-lines:
			if !ok {
				c.Wait()
				t.Fatalf("trial %d: the editor saved nothing: %s", trial, stderr.String())
			}
			saved[n+trial*1_000_000] = true
		case <-time.After(30 * time.Second):
			t.Fatalf("trial %d: no edit within 30s", trial)
		}
		time.Sleep(time.Duration(rng.IntN(150)) * time.Millisecond)
		if err := c.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		for n := range lines {
			saved[n+trial*1_000_000] = true
		}
		c.Wait()
		kills++

		if got := pragma(t, db, "PRAGMA integrity_check"); got != "ok" {
			t.Fatalf("trial %d: integrity_check: %s", trial, got)
		}
		st, err := store.Open(context.Background(), db, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("trial %d: reopen after kill: %v", trial, err)
		}
		p, err := st.Load(context.Background(), 1)
		st.Close()
		if err != nil {
			t.Fatalf("trial %d: load: %v", trial, err)
		}
		norms := map[string]bool{}
		for _, n := range p.Charter.Norms {
			norms[n.Text] = true
		}
		for key := range saved {
			if key/1_000_000 != trial {
				continue
			}
			i := key % 1_000_000
			checked++
			if i%3 == 2 {
				lastAudience = max(lastAudience, i)
				continue
			}
			if !norms[fmt.Sprintf("edit %d", i)] {
				t.Fatalf("trial %d: edit %d was reported saved but is missing", trial, i)
			}
		}
		if lastAudience >= 0 && p.Audience != fmt.Sprintf("edit %d", lastAudience) {
			// A later audience edit may have been saved but not yet printed when killed.
			if n, err := strconv.Atoi(strings.TrimPrefix(p.Audience, "edit ")); err != nil || n < lastAudience {
				t.Fatalf("trial %d: audience %q, want at least edit %d", trial, p.Audience, lastAudience)
			}
		}
		lastAudience = -1
	}
	t.Logf("%d trials, %d kills survived, %d saved edits checked", trials, kills, checked)
}

// TestConcurrentCLI runs two writing CLI processes and a reading one at the same time: every
// command succeeds, none reports SQLITE_BUSY, and the library stays intact.
func TestConcurrentCLI(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	mustCmd(t, "-db", db, "demo")
	rounds := 4
	if soak() {
		rounds = 40
	}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	runChild := func(args ...string) {
		c := child(t, "cli", nil, append([]string{"-db", db}, args...)...)
		out, err := c.CombinedOutput()
		if err != nil || strings.Contains(strings.ToLower(string(out)), "busy") {
			errs <- fmt.Sprintf("%v: %v: %s", args, err, out)
		}
	}
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				runChild("demo")
			}
			_ = w
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range rounds * 2 {
			runChild("list")
		}
	}()
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	out := mustCmd(t, "-db", db, "list")
	if n := strings.Count(out, "\n") - 1; n != 1+2*rounds {
		t.Errorf("%d plans listed, want %d", n, 1+2*rounds)
	}
	if got := pragma(t, db, "PRAGMA integrity_check"); got != "ok" {
		t.Errorf("integrity_check: %s", got)
	}
}

// TestGUIHoldsLibrary: while a GUI has the library, a second GUI is refused, CLI reads work and
// CLI writes refuse with a clear message.
func TestGUIHoldsLibrary(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	gui, err := store.Open(context.Background(), db, store.Options{Lock: true})
	if err != nil {
		t.Fatal(err)
	}
	defer gui.Close()
	if _, err := store.Open(context.Background(), db, store.Options{Lock: true}); !errors.Is(err, planner.ErrLocked) {
		t.Errorf("second GUI open: %v, want ErrLocked", err)
	}
	if out, err := child(t, "cli", nil, "-db", db, "list").CombinedOutput(); err != nil || !strings.Contains(string(out), "Creator Growth Circle") {
		t.Errorf("list while the GUI is open: %v\n%s", err, out)
	}
	if out, err := child(t, "cli", nil, "-db", db, "export", "-plan", id, "-json", filepath.Join(dir, "p.json")).CombinedOutput(); err != nil {
		t.Errorf("export while the GUI is open: %v\n%s", err, out)
	}
	out, err := child(t, "cli", nil, "-db", db, "demo").CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitFail || !strings.Contains(string(out), "already open") {
		t.Errorf("demo while the GUI is open: %v\n%s", err, out)
	}
}

// TestOffline runs the whole CLI workflow with no network at all (unshare -n).
func TestOffline(t *testing.T) {
	if err := exec.Command("unshare", "-n", "true").Run(); err != nil {
		t.Skipf("unshare -n needs root and util-linux (CI runs as root): %v", err)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	offline := func(args ...string) string {
		t.Helper()
		c := exec.Command("unshare", append([]string{"-n", os.Args[0], "-db", db}, args...)...)
		c.Env = append(os.Environ(), "COPLAUNCH_TEST_CHILD=cli", "LANG=en_US.UTF-8")
		out, err := c.CombinedOutput()
		if err != nil {
			t.Fatalf("offline %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	id := strings.TrimSpace(offline("demo"))
	survey := filepath.Join(dir, "survey.csv")
	cands := filepath.Join(dir, "candidates.csv")
	os.WriteFile(survey, []byte(googleForms), 0o600)
	os.WriteFile(cands, []byte("name,contact,status\nNadia Rahman,nadia@example.com,prospect\n"), 0o600)
	offline("import", "-plan", id, "-survey", survey)
	offline("import", "-plan", id, "-candidates", cands)
	offline("export", "-plan", id, "-json", filepath.Join(dir, "p.json"), "-charter-pdf", filepath.Join(dir, "c.pdf"),
		"-plan-pdf", filepath.Join(dir, "p.pdf"), "-markdown", filepath.Join(dir, "c.md"), "-ics", filepath.Join(dir, "e.ics"),
		"-candidates-csv", filepath.Join(dir, "c.csv"), "-reviews-csv", filepath.Join(dir, "r.csv"))
	offline("import", "-json", filepath.Join(dir, "p.json"))
	if out := offline("list"); strings.Count(out, "Creator Growth Circle") != 2 {
		t.Fatalf("offline list:\n%s", out)
	}
}

// mountTmpfs mounts a small tmpfs at a new folder, or skips when mounting is not allowed.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("mounting a tmpfs needs root (CI runs as root): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// TestFullDisk fills the library's disk mid-session: the failing save returns an error, the
// earlier data stays, and saving works again once space is back.
func TestFullDisk(t *testing.T) {
	dir := mountTmpfs(t, "4m")
	db := filepath.Join(dir, "lib.db")
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{Lock: true, Backups: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := plantest.Demo(time.Now())
	if _, err := st.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	filler := filepath.Join(dir, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	f.Close()
	big := strings.Repeat("A long norm that will not fit. ", 4000)
	var saveErr error
	for i := 0; i < 50 && saveErr == nil; i++ {
		n := planner.Norm{Text: fmt.Sprintf("%d %s", i, big)}
		saveErr = st.Put(ctx, p.ID, &n)
	}
	if saveErr == nil {
		t.Fatal("saving on a full disk never failed")
	}
	t.Logf("save on a full disk: %v", saveErr)
	got, err := st.Load(ctx, p.ID)
	if err != nil || got.Name != p.Name || len(got.Candidates) != len(p.Candidates) {
		t.Fatalf("earlier data after the failed save: %v", err)
	}
	os.Remove(filler)
	n := planner.Norm{Text: "saved once space was back"}
	if err := st.Put(ctx, p.ID, &n); err != nil {
		t.Fatalf("save after freeing space: %v", err)
	}
	if got := pragma(t, db, "PRAGMA integrity_check"); got != "ok" {
		t.Errorf("integrity_check: %s", got)
	}
}

// TestReadOnlyFolder: a library on a folder mounted read-only can be read and exported, and
// writing gives a clear error instead of losing anything.
func TestReadOnlyFolder(t *testing.T) {
	dir := mountTmpfs(t, "8m")
	db := filepath.Join(dir, "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("remount read-only: %v %s", err, out)
	}
	out := mustCmd(t, "-db", db, "list")
	if !strings.Contains(out, "Creator Growth Circle") {
		t.Fatalf("list on a read-only folder:\n%s", out)
	}
	mustCmd(t, "-db", db, "export", "-plan", id, "-json", filepath.Join(t.TempDir(), "p.json"))
	code, _, errs := cmd(t, "-db", db, "demo")
	if code != exitFail || !strings.Contains(errs, db) {
		t.Errorf("demo on a read-only folder: exit %d, stderr %q", code, errs)
	}
	code, _, errs = cmd(t, "-db", db, "export", "-plan", id, "-json", filepath.Join(dir, "p.json"))
	if code != exitFail || !strings.Contains(errs, "read-only") {
		t.Errorf("export into a read-only folder: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "p.json")); err == nil {
		t.Error("a file was left in the read-only folder")
	}
}

// restoreLibrary makes a library whose daily backups differ: the copy of day 1 holds two
// plans (the demo and, except under the race detector, the large plan), the copy of day 2
// three more demo plans. It returns the library and the two backups with their plan counts.
func restoreLibrary(t *testing.T) (db string, backups []string, plans []int) {
	t.Helper()
	ctx := context.Background()
	db = filepath.Join(t.TempDir(), "library.db")
	day := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for i, add := range []int{2, 3, 1} {
		now := day.AddDate(0, 0, i)
		st, err := store.Open(ctx, db, store.Options{Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		for j := range add {
			p := plantest.Demo(now)
			if i == 0 && j == 1 && !raceBuild {
				p = plantest.Large(now)
			}
			if _, err := st.Create(ctx, p); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			backups = append(backups, filepath.Join(filepath.Dir(db), "backups", "library-"+now.Format("2006-01-02")+".db"))
		}
	}
	return db, backups, []int{2, 5}
}

// planCount opens the library read-only and counts its plans after an integrity check.
func planCount(t *testing.T, db string) (int, error) {
	t.Helper()
	if got := pragma(t, db, "PRAGMA integrity_check"); got != "ok" {
		return 0, fmt.Errorf("integrity_check: %s", got)
	}
	st, err := store.Open(context.Background(), db, store.Options{ReadOnly: true})
	if err != nil {
		return 0, err
	}
	defer st.Close()
	list, err := st.List(context.Background(), planner.ListOptions{Archived: true})
	return len(list), err
}

// TestCrashDuringRestore kills `coplaunch restore` at random moments: after each kill the
// library path holds the library as it was (byte for byte) or the complete restored copy,
// never nothing and never a mix; the next restore cleans up and succeeds.
func TestCrashDuringRestore(t *testing.T) {
	trials := 24
	switch {
	case soak():
		trials = 300
	case raceBuild:
		trials = 6
	}
	db, backups, plans := restoreLibrary(t)
	// startedChild runs the restore and returns once the command starts.
	startedChild := func(backup string) (*exec.Cmd, time.Time) {
		c := child(t, "cli-after-start", nil, "-db", db, "restore", backup)
		errs, err := c.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		line, err := bufio.NewReader(errs).ReadString('\n')
		if err != nil || line != "start\n" {
			t.Fatalf("child: %q, %v", line, err)
		}
		go io.Copy(io.Discard, errs)
		return c, time.Now()
	}
	// How long an undisturbed restore takes (the longest of three) sets the range of kill
	// moments: up to half as long again, so that some kills land after the rename.
	var whole time.Duration
	for i := range 3 {
		c, start := startedChild(backups[i%2])
		if err := c.Wait(); err != nil {
			t.Fatalf("restore: %v", err)
		}
		whole = max(whole, time.Since(start))
	}
	current := 0 // the backup the library holds now
	rng := rand.New(rand.NewPCG(3, 4))
	outcomes := map[string]int{}
	for trial := range trials {
		before := sum(t, db)
		asides := len(globT(t, filepath.Join(filepath.Dir(db), "library.before-restore-*.db")))
		temps := strings.Join(globT(t, filepath.Join(filepath.Dir(db), ".library.db.restore-*")), " ")
		want := 1 - current
		c, _ := startedChild(backups[want])
		time.Sleep(time.Duration(rng.Int64N(int64(whole) * 3 / 2)))
		_ = c.Process.Signal(syscall.SIGKILL)
		err := c.Wait()
		if _, serr := os.Stat(db); serr != nil {
			t.Fatalf("trial %d: no library after the kill: %v", trial, serr)
		}
		if sum(t, db) == before {
			switch {
			case strings.Join(globT(t, filepath.Join(filepath.Dir(db), ".library.db.restore-*")), " ") != temps:
				outcomes["old library, killed while copying"]++
			case len(globT(t, filepath.Join(filepath.Dir(db), "library.before-restore-*.db"))) > asides:
				outcomes["old library, killed after setting it aside"]++
			default:
				outcomes["old library, killed while checking"]++
			}
		} else {
			n, cerr := planCount(t, db)
			if cerr != nil || n != plans[want] {
				t.Fatalf("trial %d: the library is neither the old one nor the backup: %d plans, %v", trial, n, cerr)
			}
			outcomes["restored"]++
			current = want
		}
		if err == nil {
			outcomes["finished before the kill"]++
		}
	}
	// The next restore finishes and leaves no temporary copy behind.
	if out, err := child(t, "cli", nil, "-db", db, "restore", backups[1]).CombinedOutput(); err != nil {
		t.Fatalf("restore after the kills: %v\n%s", err, out)
	}
	if n, err := planCount(t, db); err != nil || n != plans[1] {
		t.Errorf("after the last restore: %d plans, %v", n, err)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(db), ".library.db.restore-*")); len(left) > 0 {
		t.Errorf("temporary copies left: %v", left)
	}
	// Six rounds under the race detector are too few to be sure of hitting both.
	if !raceBuild && (outcomes["old library, killed while copying"] == 0 || outcomes["restored"] == 0) {
		t.Errorf("the kills never hit both sides of the rename: %v", outcomes)
	}
	t.Logf("%d kills during restores of %v each: %v", trials, whole.Round(time.Millisecond), outcomes)
}

func globT(t *testing.T, pattern string) []string {
	t.Helper()
	names, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	return names
}
