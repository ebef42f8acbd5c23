// Command coplaunch is CoP Launch Planner: with no arguments it opens the desktop app; its
// subcommands list, create, import and export plans without a display.
package main

import (
	"os"
	_ "time/tzdata" // event time zones must resolve on machines without a zoneinfo database

	// Before Fyne reads the locale at init: a subcommand prints no Fyne locale noise.
	_ "github.com/coplaunch/coplaunch/cmd/coplaunch/internal/quietlocale"
)

func main() {
	if len(os.Args) > 1 {
		attachConsole() // Windows: print the subcommands' output in the terminal
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
