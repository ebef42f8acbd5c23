package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// The day's work is in a copy: the library is copied as it closes after edits and at most
// every EditBackupEvery while edits are made, apart from the daily copies, keeping the newest
// SessionBackups. The index beside the library lists every copy, also one made with Back up
// now in another folder, so that Restore finds them all when the library itself is damaged;
// a copy with fewer plans than the library had is marked and never preferred.
func TestSessionCopiesAndIndex(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	opt := Options{Now: clock, Lock: true, SessionBackups: 2, EditBackupEvery: 10 * time.Minute}

	// The first start of the day: the daily copy holds no plan.
	s := mustOpenAt(t, path, opt)
	for i := range 3 {
		if _, err := s.Create(ctx, &planner.Plan{Name: fmt.Sprintf("Plan %d", i), Status: planner.StatusPlanning}); err != nil {
			t.Fatal(err)
		}
	}
	if names, _ := s.sessionCopies(); len(names) != 0 {
		t.Errorf("copies %v within the first ten minutes", names)
	}
	now = now.Add(11 * time.Minute)
	if _, err := s.Create(ctx, &planner.Plan{Name: "Plan 3", Status: planner.StatusPlanning}); err != nil {
		t.Fatal(err)
	}
	names, _ := s.sessionCopies()
	if len(names) != 1 || !strings.Contains(names[0], "-editing-20260302-091100.db") {
		t.Fatalf("copies while editing %v", names)
	}
	manual := filepath.Join(t.TempDir(), "elsewhere.db")
	if err := s.Backup(ctx, manual); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Minute)
	if _, err := s.Create(ctx, &planner.Plan{Name: "Plan 4", Status: planner.StatusPlanning}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	names, _ = s.sessionCopies()
	if len(names) != 2 || !strings.Contains(names[1], "-closed-20260302-091200.db") {
		t.Fatalf("copies after close %v", names)
	}
	// A second session: one more copy on close, the oldest goes (two kept).
	now = now.Add(time.Hour)
	s = mustOpenAt(t, path, opt)
	if _, err := s.Create(ctx, &planner.Plan{Name: "Plan 5", Status: planner.StatusPlanning}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	names, _ = s.sessionCopies()
	if len(names) != 2 || !strings.Contains(names[0], "-closed-20260302-091200.db") || !strings.Contains(names[1], "-closed-20260302-101200.db") {
		t.Fatalf("copies kept %v", names)
	}
	// A session without edits makes no copy.
	now = now.Add(time.Hour)
	s = mustOpenAt(t, path, opt)
	s.Close()
	if again, _ := s.sessionCopies(); len(again) != 2 {
		t.Errorf("a session without edits made a copy: %v", again)
	}

	damage(t, path, true)
	list, err := ListBackups(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range list {
		got = append(got, fmt.Sprintf("%s %s %d fewer=%v", filepath.Base(b.Path), b.Kind, b.Plans, b.Fewer))
	}
	want := []string{
		"library-closed-20260302-101200.db on close 6 fewer=false",
		"library-closed-20260302-091200.db on close 5 fewer=true",
		"elsewhere.db made with Back up now 4 fewer=true",
		"library-2026-03-02.db daily copy 0 fewer=true",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("backups of the damaged library:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if i := planner.PreferredBackup(list); i != 0 {
		t.Errorf("preferred copy %d, want the fullest (0)", i)
	}
	if _, err := os.Stat(indexPath(path)); err != nil {
		t.Errorf("no index beside the library: %v", err)
	}
	if b := InspectBackup(ctx, manual); b.Damaged != nil || b.Plans != 4 {
		t.Errorf("inspect the chosen file: %+v", b)
	}
}

func TestPreferredBackupNeverFewer(t *testing.T) {
	list := []planner.BackupInfo{{Plans: 0}, {Plans: 3, Damaged: planner.ErrCorrupt}, {Plans: 2}, {Plans: 2}}
	planner.MarkFewer(list, 2)
	if i := planner.PreferredBackup(list); i != 2 {
		t.Errorf("preferred %d, want 2 (the newest of the fullest healthy copies)", i)
	}
	if !list[0].Fewer || list[2].Fewer || list[1].Fewer {
		t.Errorf("fewer marks %+v", list)
	}
	if planner.PreferredBackup([]planner.BackupInfo{{Damaged: planner.ErrCorrupt}}) != -1 {
		t.Error("a damaged copy preferred")
	}
}
