package ui

import (
	"os"
	"testing"
	"time"
)

// TestMain keeps the autosave timers out of the way: in Fyne's test driver fyne.Do runs on
// the calling goroutine, so a timer firing mid-test would touch widgets from a second
// goroutine. Tests save through session.flush instead; TestAutosaveTimer covers the timer.
func TestMain(m *testing.M) {
	autosaveDelay = time.Hour
	trimAfter = time.Hour // TestAppTrimsAfterOpenAndClose sets its own
	os.Exit(m.Run())
}
