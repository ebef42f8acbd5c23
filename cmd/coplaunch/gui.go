package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/coplaunch/coplaunch/assets"
	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/store"
	"github.com/coplaunch/coplaunch/ui"
)

// appID is the app's unique ID (also in FyneApp.toml): Fyne keeps preferences in a folder
// named after it, so it never changes after release.
const appID = "io.github.coplaunch.planner"

// runGUI opens the library for the desktop app and runs it until the user quits.
// COPLAUNCH_OPEN_PLAN=ID opens that plan's window at start (screenshots, demos).
func runGUI(dbPath string, stderr io.Writer) int {
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	openPlan, _ := strconv.ParseInt(os.Getenv("COPLAUNCH_OPEN_PLAN"), 10, 64)
	opt := ui.Options{OpenPlan: openPlan, Screen: primaryScreen, Files: storeFiles{}, Library: dbPath}

	// The home window maps first; the library (its lock, migrations and daily backup) opens
	// off the UI goroutine meanwhile, and the plan list follows. gui owns the library once it
	// is open: File > Open library… and Restore from backup… replace it.
	// No collection until the home window has mapped: the first frame parses the fonts
	// (several times what it keeps), and a collection then would only delay the window.
	// App.trimSoon hands the garbage back once the window has drawn.
	gc := debug.SetGCPercent(-1)
	gui := ui.Opening(a, opt)
	debug.SetGCPercent(gc)
	start := func(path string) error {
		s, err := store.Open(context.Background(), path, store.Options{Lock: true})
		if err != nil {
			return err
		}
		gui.Open(s)
		return nil
	}
	go func() {
		s, err := store.Open(context.Background(), dbPath, store.Options{Lock: true})
		fyne.Do(func() {
			if err == nil {
				gui.Open(s)
				return
			}
			gui.NotOpened()
			if errors.Is(err, planner.ErrLocked) {
				ui.ShowAlreadyOpen(a, dbPath)
			} else {
				ui.ShowOpenProblem(a, ui.Options{Files: storeFiles{}, Library: dbPath}, dbPath, err, start)
			}
			// Said once the message is on screen, so that a script reading the log finds
			// the message's window.
			fmt.Fprintf(stderr, "coplaunch: %s\n", oneLine(err))
		})
	}()
	a.Run()
	if err := gui.CloseLibrary(); err != nil {
		log.Printf("close library: %v", err)
		return exitFail
	}
	return exitOK
}

// storeFiles opens, lists and restores library files for the GUI's File menu.
type storeFiles struct{}

func (storeFiles) Open(path string) (ui.Library, error) {
	return store.Open(context.Background(), path, store.Options{Lock: true})
}

func (storeFiles) Backups(ctx context.Context, path string) ([]planner.BackupInfo, error) {
	return store.ListBackups(ctx, path)
}

func (storeFiles) Inspect(ctx context.Context, path string) planner.BackupInfo {
	return store.InspectBackup(ctx, path)
}

func (storeFiles) Restore(ctx context.Context, path, backup string, now func() time.Time) (planner.RestoreResult, error) {
	return store.Restore(ctx, path, backup, now)
}
