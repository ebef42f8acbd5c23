// Package quietlocale keeps Fyne's locale start-up quiet when coplaunch runs a command-line
// subcommand, so that `LANG=C.UTF-8 coplaunch list` prints only the list.
//
// Fyne's lang package reads the user's locale in its init, before main runs, also when no
// window is ever opened. On Linux and the BSDs it takes the first of LC_ALL, LC_MESSAGES and
// LANG that is set (then LANGUAGE), through github.com/jeandeaual/go-locale, and logs "Fyne
// error: Error parsing user locale C" for values that are no language tag: C.UTF-8 (the
// default of many servers and containers), POSIX.UTF-8, or an unknown tag such as xx_YY.
// Exactly "C" and "POSIX" it takes as "no locale" and stays quiet. (On Windows and macOS it
// asks the OS, which answers with tags it can parse.)
//
// This package's init sets LC_ALL=C for a subcommand, which Fyne then reads quietly (its own
// texts are never shown by a subcommand), and Restore puts the user's environment back before
// the command runs, so that the command's language, and any process it starts, see the
// user's locale. Its init runs before Fyne's because Go initialises, at each step, the first
// package by import path whose imports are initialised: this package imports only os, which
// Fyne's lang package also needs through go-locale and go-i18n, whose paths
// (github.com/jeandeaual/…, github.com/nicksnyder/…) sort after github.com/coplaunch/…. The
// CLI test runs the built command under each locale and fails if that order ever changes.
package quietlocale

import "os"

// saved is LC_ALL as the user set it, and whether it was set at all.
var (
	saved    string
	wasSet   bool
	replaced bool
)

func init() {
	if !Command(os.Args[1:]) {
		return
	}
	saved, wasSet = os.LookupEnv("LC_ALL")
	if os.Setenv("LC_ALL", "C") == nil {
		replaced = true
	}
}

// Restore puts back the LC_ALL the process started with; it does nothing when init left the
// environment alone.
func Restore() {
	if !replaced {
		return
	}
	replaced = false
	if wasSet {
		os.Setenv("LC_ALL", saved)
	} else {
		os.Unsetenv("LC_ALL")
	}
}

// Command reports whether coplaunch's arguments run a subcommand (or ask for help) rather
// than open the window: anything but the global -db flag and its value.
func Command(args []string) bool {
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "-db" || a == "--db":
			i++ // its value
		case len(a) > 4 && (a[:4] == "-db=" || (len(a) > 5 && a[:5] == "--db=")):
		default:
			return true
		}
	}
	return false
}
