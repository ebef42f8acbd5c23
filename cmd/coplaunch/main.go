// Command coplaunch is CoP Launch Planner: with no arguments it opens the desktop app; its
// subcommands list, create, import and export plans without a display.
package main

import (
	"os"

	_ "time/tzdata" // event time zones must resolve on machines without a zoneinfo database
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
