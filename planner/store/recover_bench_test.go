package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// perfBackup is the benchmark library of the given kind ("large": plantest.Large; "thousand":
// 1,000 plans), closed, to restore from or list as a backup.
func perfBackup(b *testing.B, which string) string {
	b.Helper()
	s, _ := perfLibrary(b, which)
	path := s.Path()
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkRestore restores a library from a backup: checking the backup, the VACUUM INTO
// copy, its integrity_check and the rename. The set-aside link costs nothing measurable.
func BenchmarkRestore(b *testing.B) {
	for _, which := range []string{"large", "thousand"} {
		b.Run(which, func(b *testing.B) {
			backup := perfBackup(b, which)
			fi, _ := os.Stat(backup)
			b.SetBytes(fi.Size())
			dir := b.TempDir()
			path := filepath.Join(dir, "library.db")
			for b.Loop() {
				if _, err := Restore(context.Background(), path, backup, fixedClock()); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				names, _ := filepath.Glob(filepath.Join(dir, "library.before-restore-*"))
				for _, n := range names {
					os.Remove(n)
				}
				b.StartTimer()
			}
		})
	}
}

// BenchmarkListBackups reads five daily copies of the large library as the restore dialog
// does.
func BenchmarkListBackups(b *testing.B) {
	backup := perfBackup(b, "large")
	data, err := os.ReadFile(backup)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	os.Mkdir(filepath.Join(dir, "backups"), 0o700)
	for _, day := range []string{"01", "02", "03", "04", "05"} {
		if err := os.WriteFile(filepath.Join(dir, "backups", "library-2026-03-"+day+".db"), data, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		list, err := ListBackups(context.Background(), filepath.Join(dir, "library.db"))
		if err != nil || len(list) != 5 || list[0].Damaged != nil {
			b.Fatalf("%d backups, %v", len(list), err)
		}
	}
}
