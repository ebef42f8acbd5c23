package ui

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/store"
)

// testFiles opens libraries with the test clock and no daily backups.
type testFiles struct{}

func (testFiles) Open(path string) (Library, error) {
	return store.Open(context.Background(), path, store.Options{Lock: true, Now: fixedNow, Backups: -1})
}

func (testFiles) Backups(ctx context.Context, path string) ([]planner.BackupInfo, error) {
	return store.ListBackups(ctx, path)
}

func (testFiles) Inspect(ctx context.Context, path string) planner.BackupInfo {
	return store.InspectBackup(ctx, path)
}

func (testFiles) Restore(ctx context.Context, path, backup string, now func() time.Time) (planner.RestoreResult, error) {
	return store.Restore(ctx, path, backup, now)
}

// recoveryOptions makes background work run at once and libraries open with the test clock.
func recoveryOptions(library string) Options {
	return Options{Now: fixedNow, Files: testFiles{}, Background: func(f func()) { f() }, Library: library}
}

// backedUpLibrary makes a library opened on three days, adding "Plan <i>" on day i after the
// day's backup: the newest backup holds Plan 0 and Plan 1, the library all three.
func backedUpLibrary(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "library.db")
	for i := range 3 {
		now := testNow.AddDate(0, 0, i-3)
		st, err := store.Open(context.Background(), path, store.Options{Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Create(context.Background(), &planner.Plan{Name: fmt.Sprintf("Plan %d", i), Status: planner.StatusPlanning}); err != nil {
			t.Fatal(err)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		b := filepath.Join(filepath.Dir(path), "backups", "library-"+now.Format("2006-01-02")+".db")
		if err := os.Chtimes(b, now, now); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// objects lists what a person sees in the window: the top dialog if one is open, else the
// window's content.
func objects(w fyne.Window) []fyne.CanvasObject {
	if top := w.Canvas().Overlays().Top(); top != nil {
		return test.LaidOutObjects(top)
	}
	return test.LaidOutObjects(w.Content())
}

// button finds the visible button labelled label in the window's top layer.
func button(t *testing.T, w fyne.Window, label string) *widget.Button {
	t.Helper()
	for _, o := range objects(w) {
		b, ok := o.(*widget.Button)
		if kb, isKey := o.(*keyButton); isKey { // the app's dialogs' buttons take the focus
			b, ok = &kb.Button, true
		}
		if pb, isKey := o.(*problemButton); isKey { // the damaged-library window's
			b, ok = &pb.Button, true
		}
		if ok && b.Text == label && b.Visible() {
			return b
		}
	}
	t.Fatalf("no %q button in window %q", label, w.Title())
	return nil
}

// formEntries are the text boxes of the window's top layer, in order.
func formEntries(w fyne.Window) []*widget.Entry {
	var out []*widget.Entry
	for _, o := range objects(w) {
		switch e := o.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *keyEntry:
			out = append(out, &e.Entry)
		}
	}
	return out
}

// texts joins the labels and rich texts shown in the window's top layer.
func texts(w fyne.Window) string {
	var out []string
	for _, o := range objects(w) {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *widget.RichText:
			out = append(out, v.String())
		}
	}
	return strings.Join(out, "\n")
}

func windowTitled(t *testing.T, title string) fyne.Window {
	t.Helper()
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Title() == title {
			return w
		}
	}
	t.Fatalf("no window %q", title)
	return nil
}

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// homeNames lists the plans the home window shows.
func homeNames(a *App) string {
	var names []string
	for _, r := range a.home.rows {
		names = append(names, r.Name)
	}
	return strings.Join(names, ",")
}

// TestRestoreDamagedLibraryInThreeClicks: the library is damaged (truncated; a page
// overwritten), the app says so, and three clicks — Restore from backup…, Restore…, Restore —
// bring back every plan of the newest daily copy, keeping the damaged file byte for byte.
func TestRestoreDamagedLibraryInThreeClicks(t *testing.T) {
	for _, truncate := range []bool{true, false} {
		t.Run(fmt.Sprintf("truncate=%v", truncate), func(t *testing.T) {
			fa := test.NewTempApp(t)
			path := backedUpLibrary(t)
			opt := recoveryOptions(path)
			damageFile(t, path, truncate)
			damaged := fileHash(t, path)
			_, err := store.Open(context.Background(), path, store.Options{Lock: true})
			if err == nil {
				t.Fatal("the damaged library opened")
			}
			var app *App
			start := func(p string) error {
				lib, err := testFiles{}.Open(p)
				if err != nil {
					return err
				}
				app = New(fa, lib, opt)
				app.ShowHome()
				return nil
			}
			ShowOpenProblem(fa, opt, path, err, start)
			w := windowTitled(t, "Cannot open the plan library")
			// The message says in words what happened and what each button does.
			if got := texts(w); !strings.Contains(got, "damaged: part of the file can no longer be read") ||
				!strings.Contains(got, "Restore from backup… lists the copies") || !strings.Contains(got, "Open another library… opens a different") {
				t.Errorf("the damaged-library window says:\n%s", got)
			}

			test.Tap(button(t, w, "Restore from backup…")) // 1
			// The library had three plans when it last closed: every copy holds fewer.
			if got := texts(w); !strings.Contains(got, "2 plans (fewer than the 3 the library had): Plan 1, Plan 0") ||
				!strings.Contains(got, "1 plan (fewer than the 3 the library had): Plan 0") {
				t.Errorf("the backups list shows:\n%s", got)
			}
			test.Tap(button(t, w, "Restore…")) // 2: the newest copy is chosen already
			if got := texts(w); !strings.Contains(got, "is kept as a separate file") {
				t.Errorf("the confirmation says:\n%s", got)
			}
			test.Tap(button(t, w, "Restore")) // 3

			if app == nil {
				t.Fatalf("the restored library did not open; the window shows:\n%s", texts(w))
			}
			t.Cleanup(func() { app.CloseLibrary() })
			if got := homeNames(app); got != "Plan 1,Plan 0" {
				t.Errorf("home lists %q, want Plan 1,Plan 0", got)
			}
			msg := texts(app.win)
			i := strings.Index(msg, "kept, not deleted:\n")
			if i < 0 {
				t.Fatalf("the home window says:\n%s", msg)
			}
			aside := strings.TrimSpace(strings.SplitN(msg[i+len("kept, not deleted:\n"):], "\n", 2)[0])
			if fileHash(t, aside) != damaged {
				t.Error("the kept library differs from the damaged file")
			}
		})
	}
}

// damageFile truncates the file to a third, or overwrites its third page with junk.
func damageFile(t *testing.T, path string, truncate bool) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if truncate {
		err = os.Truncate(path, fi.Size()/3/4096*4096)
	} else {
		var f *os.File
		if f, err = os.OpenFile(path, os.O_WRONLY, 0); err == nil {
			_, err = f.WriteAt([]byte(strings.Repeat("\x00junk", 4096/5)), 2*4096)
			f.Close()
		}
	}
	if err != nil {
		t.Fatal(err)
	}
}

// menuItem finds a File menu item of the home window.
func menuItem(t *testing.T, a *App, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range a.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// newRecoveryApp opens the library at path in a new test app.
func newRecoveryApp(t *testing.T, path string) *App {
	t.Helper()
	fa := test.NewTempApp(t)
	lib, err := testFiles{}.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := New(fa, lib, recoveryOptions(path))
	a.ShowHome()
	t.Cleanup(func() { a.CloseLibrary() })
	return a
}

// TestRestoreFromMenu restores an older copy into the open app from File > Restore from
// backup…; a damaged copy is shown as damaged and cannot be chosen.
func TestRestoreFromMenu(t *testing.T) {
	path := backedUpLibrary(t)
	day := testNow.AddDate(0, 0, -2)
	damagedCopy := filepath.Join(filepath.Dir(path), "backups", "library-"+day.Format("2006-01-02")+".db")
	damageFile(t, damagedCopy, false)
	os.Chtimes(damagedCopy, day, day)
	a := newRecoveryApp(t, path)
	if got := homeNames(a); got != "Plan 2,Plan 1,Plan 0" {
		t.Fatalf("home lists %q", got)
	}
	if _, err := a.openPlan(a.home.rows[0].ID); err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, path)

	menuItem(t, a, "Restore from backup…").Action()
	p := a.restorePicker
	if len(p.backups) != 3 {
		t.Fatalf("%d backups listed", len(p.backups))
	}
	if !strings.Contains(texts(a.win), "Damaged, cannot be restored") {
		t.Errorf("the damaged copy is not shown as damaged:\n%s", texts(a.win))
	}
	p.list.Select(1) // the damaged copy of the day before
	if !p.restore.Disabled() {
		t.Error("a damaged copy can be chosen")
	}
	p.list.Select(2) // the oldest, with no plans
	p.list.Select(1)
	p.list.Select(0)
	if p.restore.Disabled() {
		t.Fatal("the newest copy cannot be chosen")
	}
	p.list.Select(2)
	test.Tap(button(t, a.win, "Restore…"))
	test.Tap(button(t, a.win, "Restore"))

	if got := homeNames(a); got != "" {
		t.Errorf("home lists %q after restoring the empty copy", got)
	}
	if len(a.wizards) != 0 {
		t.Error("a plan window stayed open over the restored library")
	}
	list, err := store.ListBackups(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for _, b := range list {
		if b.Kind == planner.SetAside && fileHash(t, b.Path) == before && b.Plans == 3 {
			kept++
		}
	}
	if kept != 1 {
		t.Errorf("the library before the restore is not kept: %+v", list)
	}
	// The app works on the restored library.
	if _, err := a.home.createPlan("After the restore", ""); err != nil {
		t.Fatal(err)
	}
	if got := homeNames(a); got != "After the restore" {
		t.Errorf("home lists %q", got)
	}
}

// TestBackUpNow copies the open library from File > Back up now… and refuses to write over
// the library itself.
func TestBackUpNow(t *testing.T) {
	path := backedUpLibrary(t)
	a := newRecoveryApp(t, path)
	dir := t.TempDir()

	backUp := func(folder, name string) {
		t.Helper()
		menuItem(t, a, "Back up now…").Action()
		entries := formEntries(a.win)
		if len(entries) != 2 {
			t.Fatalf("%d entries in the backup form", len(entries))
		}
		entries[0].SetText(folder)
		entries[1].SetText(name)
		test.Tap(button(t, a.win, "Back up"))
	}
	backUp(dir, "copy")
	if !strings.Contains(texts(a.win), "copied to "+filepath.Join(dir, "copy.db")) {
		t.Errorf("after the backup the window says:\n%s", texts(a.win))
	}
	a.win.Canvas().Overlays().Top().Hide()
	a.win.Canvas().Overlays().Remove(a.win.Canvas().Overlays().Top())
	st, err := store.Open(context.Background(), filepath.Join(dir, "copy.db"), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	plans, err := st.List(context.Background(), planner.ListOptions{})
	st.Close()
	if err != nil || len(plans) != 3 {
		t.Errorf("the copy holds %d plans, %v", len(plans), err)
	}

	before := fileHash(t, path)
	backUp(filepath.Dir(path), filepath.Base(path))
	test.Tap(button(t, a.win, "Yes")) // replace the existing file?
	if got := texts(a.win); !strings.Contains(got, "library itself") {
		t.Errorf("backing up over the library says:\n%s", got)
	}
	if fileHash(t, path) != before {
		t.Error("the library changed")
	}
	if got := homeNames(a); got != "Plan 2,Plan 1,Plan 0" {
		t.Errorf("home lists %q", got)
	}
}

// TestNewOpenRecentLibrary: File > New library… starts an empty library, Open recent
// library goes back, and a library in a synced folder gets the warning.
func TestNewOpenRecentLibrary(t *testing.T) {
	path := backedUpLibrary(t)
	a := newRecoveryApp(t, path)
	if it := menuItem(t, a, "Open recent library"); !it.Disabled {
		t.Error("recent libraries offered before any other was opened")
	}
	synced := filepath.Join(t.TempDir(), "Dropbox")
	if err := os.Mkdir(synced, 0o700); err != nil {
		t.Fatal(err)
	}

	menuItem(t, a, "New library…").Action()
	entries := formEntries(a.win)
	if len(entries) != 2 {
		t.Fatalf("%d entries in the new library form", len(entries))
	}
	entries[0].SetText(synced)
	entries[1].SetText("team")
	test.Tap(button(t, a.win, "Create"))
	if a.lib.Path() != filepath.Join(synced, "team.db") || homeNames(a) != "" {
		t.Fatalf("library %s with %q", a.lib.Path(), homeNames(a))
	}
	if got := texts(a.win); !strings.Contains(got, "is in Dropbox") || !strings.Contains(got, "plan file") {
		t.Errorf("no warning about the synced folder:\n%s", got)
	}
	if title := a.win.Title(); !strings.HasPrefix(title, "team.db (") || !strings.HasSuffix(title, "CoP Launch Planner") {
		t.Errorf("the home window's title %q does not name the library open", title)
	}

	recent := menuItem(t, a, "Open recent library")
	if recent.Disabled || recent.ChildMenu == nil || len(recent.ChildMenu.Items) != 1 || recent.ChildMenu.Items[0].Label != path {
		t.Fatalf("recent libraries: %+v", recent.ChildMenu)
	}
	recent.ChildMenu.Items[0].Action()
	if a.lib.Path() != path || homeNames(a) != "Plan 2,Plan 1,Plan 0" {
		t.Errorf("after Open recent: library %s with %q", a.lib.Path(), homeNames(a))
	}
	if title := a.win.Title(); title != "CoP Launch Planner" {
		t.Errorf("back on the library asked for, the title is %q", title)
	}
	// The library left behind is closed: another window can open it.
	st, err := store.Open(context.Background(), filepath.Join(synced, "team.db"), store.Options{Lock: true, Backups: -1})
	if err != nil {
		t.Errorf("the library switched away from is still held: %v", err)
	} else {
		st.Close()
	}
}

// TestRestoreOffersEveryCopy: a copy made with Back up now in another folder is listed when
// the library is damaged (the index beside the library remembers it) and, holding every plan,
// is chosen over the daily copies, which hold fewer and say so; the restore brings all back.
// A backup opened as a library instead is named in the home window's title.
func TestRestoreOffersEveryCopy(t *testing.T) {
	path := backedUpLibrary(t)
	a := newRecoveryApp(t, path)
	if title := a.win.Title(); title != "CoP Launch Planner" {
		t.Errorf("title %q for the library asked for", title)
	}
	elsewhere := t.TempDir()
	menuItem(t, a, "Back up now…").Action()
	entries := formEntries(a.win)
	entries[0].SetText(elsewhere)
	entries[1].SetText("before the trip")
	test.Tap(button(t, a.win, "Back up"))
	if err := a.CloseLibrary(); err != nil {
		t.Fatal(err)
	}
	damageFile(t, path, true)
	_, openErr := store.Open(context.Background(), path, store.Options{Lock: true})
	if openErr == nil {
		t.Fatal("the damaged library opened")
	}

	fa := test.NewTempApp(t)
	opt := recoveryOptions(path)
	var app *App
	start := func(p string) error {
		lib, err := testFiles{}.Open(p)
		if err != nil {
			return err
		}
		app = New(fa, lib, opt)
		app.ShowHome()
		return nil
	}
	ShowOpenProblem(fa, opt, path, openErr, start)
	w := windowTitled(t, "Cannot open the plan library")
	test.Tap(button(t, w, "Restore from backup…"))
	got := texts(w)
	if !strings.Contains(got, "made with Back up now") || !strings.Contains(got, "3 plans: Plan 2, Plan 1, Plan 0") ||
		!strings.Contains(got, "1 plan (fewer than the 3 the library had)") || !strings.Contains(got, "Restore the copy of") {
		t.Errorf("the restore list shows:\n%s", got)
	}
	button(t, w, "Choose a file…")
	test.Tap(button(t, w, "Restore…"))
	test.Tap(button(t, w, "Restore"))
	if app == nil {
		t.Fatalf("the restored library did not open:\n%s", texts(w))
	}
	t.Cleanup(func() { app.CloseLibrary() })
	if got := homeNames(app); got != "Plan 2,Plan 1,Plan 0" {
		t.Errorf("home lists %q after the restore", got)
	}
	if err := app.CloseLibrary(); err != nil {
		t.Fatal(err)
	}

	// The copy opened as a library: the title names it.
	copyPath := filepath.Join(elsewhere, "before the trip.db")
	lib, err := testFiles{}.Open(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	other := New(fa, lib, opt)
	t.Cleanup(func() { other.CloseLibrary() })
	if title := other.win.Title(); !strings.Contains(title, "before the trip.db") {
		t.Errorf("a backup opened as the library is titled %q", title)
	}
}

// TestRestoreByKeyboard drives File > Restore from backup… with keys alone: the list of copies
// has the focus with the fullest copy chosen, Esc closes the dialog and changes nothing, Enter
// asks for confirmation, Esc there goes back to the list, and Enter, Enter restores.
func TestRestoreByKeyboard(t *testing.T) {
	path := backedUpLibrary(t)
	a := newRecoveryApp(t, path)
	c := a.win.Canvas()
	menuItem(t, a, "Restore from backup…").Action()
	p := a.restorePicker
	if c.Focused() != p.list {
		t.Fatalf("the focus is on %T, not the list of copies", c.Focused())
	}
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil || homeNames(a) != "Plan 2,Plan 1,Plan 0" {
		t.Fatalf("Esc left the dialog shown (%v) or changed the library: %q", c.Overlays().Top() != nil, homeNames(a))
	}

	menuItem(t, a, "Restore from backup…").Action()
	p = a.restorePicker
	if p.chosen != 0 || p.restore.Disabled() {
		t.Fatalf("copy %d chosen, Restore… disabled %v", p.chosen, p.restore.Disabled())
	}
	press(c, fyne.KeyReturn)
	if got := texts(a.win); !strings.Contains(got, "Restore this backup?") {
		t.Fatalf("Enter did not ask for confirmation:\n%s", got)
	}
	press(c, fyne.KeyEscape)
	if got := texts(a.win); !strings.Contains(got, "newest first") || c.Focused() != p.list {
		t.Fatalf("Esc in the confirmation did not go back to the list (focus %T):\n%s", c.Focused(), got)
	}
	press(c, fyne.KeyDown) // the copy of the day before, with Plan 0 alone
	if p.chosen != 1 {
		t.Fatalf("Down chose copy %d", p.chosen)
	}
	press(c, fyne.KeyUp)
	press(c, fyne.KeyUp) // stays on the newest
	press(c, fyne.KeyDown)
	press(c, fyne.KeyReturn)
	press(c, fyne.KeyReturn)
	if got := homeNames(a); got != "Plan 0" {
		t.Errorf("after Down, Up, Up, Down, Enter, Enter the home lists %q, want the older copy's Plan 0", got)
	}
}

// TestDamagedLibraryByKeyboard: the damaged-library window has Restore from backup… focused;
// Enter opens the list of copies, Esc closes it and leaves the window; Enter, Enter, Enter
// restores; and Esc with no dialog over the window closes it, as its close button does.
func TestDamagedLibraryByKeyboard(t *testing.T) {
	fa := test.NewTempApp(t)
	path := backedUpLibrary(t)
	opt := recoveryOptions(path)
	damageFile(t, path, true)
	_, openErr := store.Open(context.Background(), path, store.Options{Lock: true})
	if openErr == nil {
		t.Fatal("the damaged library opened")
	}
	var app *App
	start := func(p string) error {
		lib, err := testFiles{}.Open(p)
		if err != nil {
			return err
		}
		app = New(fa, lib, opt)
		app.ShowHome()
		return nil
	}
	ShowOpenProblem(fa, opt, path, openErr, start)
	w := windowTitled(t, "Cannot open the plan library")
	c := w.Canvas()
	if b, ok := c.Focused().(*problemButton); !ok || b.Text != "Restore from backup…" {
		t.Fatalf("the focus is on %T", c.Focused())
	}
	press(c, fyne.KeyReturn)
	if got := texts(w); !strings.Contains(got, "newest first") {
		t.Fatalf("Enter did not open the list of copies:\n%s", got)
	}
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil || windowTitled(t, "Cannot open the plan library") != w {
		t.Fatal("Esc did not close the list of copies, or closed the window")
	}
	if b, ok := c.Focused().(*problemButton); !ok || b.Text != "Restore from backup…" {
		t.Fatalf("after Esc the focus is on %T", c.Focused())
	}
	press(c, fyne.KeyReturn)
	press(c, fyne.KeyReturn)
	press(c, fyne.KeyReturn)
	if app == nil {
		t.Fatalf("Enter, Enter, Enter did not restore; the window shows:\n%s", texts(w))
	}
	t.Cleanup(func() { app.CloseLibrary() })
	if got := homeNames(app); got != "Plan 1,Plan 0" {
		t.Errorf("home lists %q", got)
	}

	// Another damaged library: Esc closes its window.
	other := backedUpLibrary(t)
	damageFile(t, other, true)
	ShowOpenProblem(fa, recoveryOptions(other), other, openErr, start)
	var w2 fyne.Window
	for _, win := range fa.Driver().AllWindows() {
		if win.Title() == "Cannot open the plan library" && win != w {
			w2 = win
		}
	}
	if w2 == nil {
		t.Fatal("no second damaged-library window")
	}
	press(w2.Canvas(), fyne.KeyEscape)
	for _, win := range fa.Driver().AllWindows() {
		if win == w2 {
			t.Error("Esc did not close the damaged-library window")
		}
	}
}

// TestBackUpNowByKeyboard: the Back up now form has its folder focused, Esc cancels it
// (keeping what was typed for the next time), and Enter in the file name backs up.
func TestBackUpNowByKeyboard(t *testing.T) {
	path := backedUpLibrary(t)
	a := newRecoveryApp(t, path)
	c := a.win.Canvas()
	dir := t.TempDir()
	menuItem(t, a, "Back up now…").Action()
	entries := formEntries(a.win)
	if len(entries) != 2 {
		t.Fatalf("%d entries in the backup form", len(entries))
	}
	if f, ok := c.Focused().(*keyEntry); !ok || &f.Entry != entries[0] {
		t.Fatalf("the focus is on %T, not the folder", c.Focused())
	}
	entries[0].SetText(dir)
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Esc did not close the form")
	}
	menuItem(t, a, "Back up now…").Action()
	entries = formEntries(a.win)
	if entries[0].Text != dir {
		t.Errorf("the folder typed before Esc is not offered again: %q", entries[0].Text)
	}
	entries[1].SetText("by keys")
	press(c, fyne.KeyTab)
	press(c, fyne.KeyTab) // past the folder's Choose… button to the file name
	if f, ok := c.Focused().(*keyEntry); !ok || &f.Entry != entries[1] {
		t.Fatalf("Tab did not reach the file name (%T)", c.Focused())
	}
	press(c, fyne.KeyReturn)
	if _, err := os.Stat(filepath.Join(dir, "by keys.db")); err != nil {
		t.Errorf("Enter did not back up: %v\n%s", err, texts(a.win))
	}
}
