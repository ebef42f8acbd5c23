package ui

import (
	"os"

	"fyne.io/fyne/v2"
)

// The preferences holding the recently opened libraries (newest first) and the folder of the
// last Back up now.
const (
	recentPref = "recentLibraries"
	recentMax  = 6
	backupPref = "backupFolder"
)

// rememberLibrary puts path first in the recent libraries.
func rememberLibrary(a fyne.App, path string) {
	list := []string{path}
	for _, p := range a.Preferences().StringList(recentPref) {
		if p != path && len(list) < recentMax {
			list = append(list, p)
		}
	}
	a.Preferences().SetStringList(recentPref, list)
}

// recentLibraries lists the remembered libraries other than current that still exist.
func recentLibraries(a fyne.App, current string) []string {
	var out []string
	for _, p := range a.Preferences().StringList(recentPref) {
		if p == current {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}
