package planner

import (
	"fmt"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// BackupKind says where a backup of the plan library came from.
type BackupKind string

// The kinds of backups of a library.
const (
	// DailyBackup is a daily copy in the backups folder beside the library.
	DailyBackup BackupKind = "daily copy"
	// UpgradeBackup is the copy taken before a schema upgrade.
	UpgradeBackup BackupKind = "before upgrade"
	// SetAside is a library set aside by a restore.
	SetAside BackupKind = "set aside by a restore"
	// CloseBackup is a copy made as the app closed the library after edits.
	CloseBackup BackupKind = "on close"
	// EditBackup is a copy made while editing, at most every few minutes.
	EditBackup BackupKind = "while editing"
	// ManualBackup is a copy made with Back up now (or the backup command), wherever it went.
	ManualBackup BackupKind = "made with Back up now"
)

// backupKindKeys are the catalogue keys of the kinds' words; the kind's value itself is its
// English, which the command line prints for scripts.
var backupKindKeys = map[BackupKind]string{
	DailyBackup:   "ui.library.kind.daily",
	UpgradeBackup: "ui.library.kind.upgrade",
	SetAside:      "ui.library.kind.set_aside",
	CloseBackup:   "ui.library.kind.close",
	EditBackup:    "ui.library.kind.edit",
	ManualBackup:  "ui.library.kind.manual",
}

// In words the kind in tr's language: "Tageskopie".
func (k BackupKind) In(tr *i18n.Printer) string {
	if key, ok := backupKindKeys[k]; ok {
		return tr.T(key)
	}
	return string(k)
}

// BackupInfo describes one backup of a library, read without changing it.
type BackupInfo struct {
	Path string
	Kind BackupKind
	// Date is when the copy was written (the file's modification time).
	Date time.Time
	Size int64
	// Plans is the number of plans in the copy (deleted ones not counted).
	Plans int
	// Newest names the most recently edited plans, newest first.
	Newest []string
	// Damaged is why the copy cannot be restored (damaged, not a library, from a newer
	// version); nil for a healthy copy.
	Damaged error
	// Fewer is set when the copy holds fewer plans than the library had the last time the
	// app recorded it (LibraryPlans): restoring it would lose plans.
	Fewer        bool
	LibraryPlans int
}

// MarkFewer marks the copies holding fewer plans than the library had (libraryPlans).
func MarkFewer(list []BackupInfo, libraryPlans int) {
	for i := range list {
		list[i].LibraryPlans = libraryPlans
		list[i].Fewer = list[i].Damaged == nil && list[i].Plans < libraryPlans
	}
}

// PreferredBackup is the copy to offer first in list (newest first): the newest healthy copy
// among those with the most plans, so that a copy with fewer plans is never chosen over a
// fuller one. It is -1 when no copy is healthy.
func PreferredBackup(list []BackupInfo) int {
	best := -1
	for i, b := range list {
		if b.Damaged != nil {
			continue
		}
		if best < 0 || b.Plans > list[best].Plans {
			best = i
		}
	}
	return best
}

// SizeLabel is the backup's size in words: "812 bytes", "48 KB", "3.4 MB".
func (b BackupInfo) SizeLabel() string {
	switch {
	case b.Size < 1000:
		return fmt.Sprintf("%d bytes", b.Size)
	case b.Size < 1000*1000:
		return fmt.Sprintf("%d KB", (b.Size+500)/1000)
	default:
		return fmt.Sprintf("%.1f MB", float64(b.Size)/1e6)
	}
}

// SizeIn is the backup's size in tr's language: "812 Bytes", "48 KB", "3,4 MB".
func (b BackupInfo) SizeIn(tr *i18n.Printer) string {
	switch {
	case b.Size < 1000:
		return tr.N("ui.library.size.bytes", int(b.Size))
	case b.Size < 1000*1000:
		return tr.T("ui.library.size.kb", "size", tr.Int(int((b.Size+500)/1000)))
	default:
		return tr.T("ui.library.size.mb", "size", tr.Number(float64(b.Size)/1e6, 1))
	}
}

// RestoreResult says what a restore did.
type RestoreResult struct {
	// SetAside is where the library that was replaced now is; "" when there was none.
	SetAside string
	// Plans is the number of plans in the restored library.
	Plans int
}
