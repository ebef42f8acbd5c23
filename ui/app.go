// Package ui is the Fyne desktop interface of CoP Launch Planner: the plan library (home
// screen) and one wizard window per open plan. It talks to storage only through Library and
// takes every rule from package planner.
package ui

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Options configures the GUI.
type Options struct {
	// Now is the clock; nil means time.Now. Tests and screenshots fix it.
	Now func() time.Time
	// OpenPlan, when not 0, opens this plan's window at start (for screenshots and demos).
	OpenPlan int64
	// Screen reports the screen windows open on; nil means unknown, and windows open at
	// their remembered or default size.
	Screen ScreenFunc
}

// App is the running GUI: the home window with the plan library and the open plan windows.
type App struct {
	fa   fyne.App
	lib  Library
	opt  Options
	win  fyne.Window
	home *home
	// wizards are the open plan windows by plan ID: a plan opens in at most one window.
	wizards map[int64]*wizard
	// restorePicker is the last Restore from backup dialog, for tests.
	restorePicker *restorePicker
	// trim hands free heap memory back to the OS a little after a plan window opens or
	// closes (see trimSoon).
	trim trimTimer
}

// trimTimer is what trimSoon needs of a *time.Timer.
type trimTimer interface{ Reset(time.Duration) bool }

// trimAfter is how long after a plan window opens or closes its memory is handed back,
// freeOSMemory what hands it back, and afterFunc what schedules it (tests replace them).
var (
	trimAfter    = time.Second
	freeOSMemory = debug.FreeOSMemory
	afterFunc    = func(d time.Duration, f func()) trimTimer { return time.AfterFunc(d, f) }
)

// trimSoon schedules freeOSMemory trimAfter from now, once however many windows open or close
// meanwhile. Start-up (fonts, the library) and opening a large plan (rows, lists, widgets)
// allocate several times what they keep, and closing a plan leaves all of it garbage; the Go
// heap would otherwise stay at that peak for as long as the app runs. One forced collection,
// off the UI goroutine once the window has drawn, gives it back: about 18 MB with
// plantest.Large open, 7 MB for the home window alone.
func (a *App) trimSoon() {
	if a.trim == nil {
		a.trim = afterFunc(trimAfter, func() { freeOSMemory() })
		return
	}
	a.trim.Reset(trimAfter)
}

// New builds the GUI on a Fyne app and a library. Call ShowHome, then the Fyne app's Run.
func New(a fyne.App, lib Library, opt Options) *App {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	app := &App{fa: a, lib: lib, opt: opt, wizards: map[int64]*wizard{}}
	app.win = a.NewWindow(appTitle)
	app.home = newHome(app, app.win)
	app.win.SetContent(app.home.content())
	app.win.SetMainMenu(app.menu(nil))
	app.win.SetMaster()
	// Closing the home window ends the app: save every open plan's pending edits first.
	app.win.SetCloseIntercept(app.quit)
	return app
}

// Window is the home window.
func (a *App) Window() fyne.Window { return a.win }

// ShowHome shows the plan library and, when Options.OpenPlan is set, that plan's window.
func (a *App) ShowHome() {
	a.showFitted(a.win, winHome, homeSize)
	a.libraryShown()
	if a.opt.OpenPlan != 0 {
		if _, err := a.openPlan(a.opt.OpenPlan); err != nil {
			showError(a.win, err)
		}
	}
	a.trimSoon()
}

// openPlan opens the plan's window, or brings it forward when it is already open.
func (a *App) openPlan(id int64) (*wizard, error) {
	if z, ok := a.wizards[id]; ok {
		z.w.RequestFocus()
		return z, nil
	}
	p, err := a.lib.Load(context.Background(), id)
	if err != nil {
		return nil, fmt.Errorf("open plan %d: %w", id, err)
	}
	s := newSession(a.lib, p, a.opt.Now)
	w := a.fa.NewWindow(windowTitle(p.Name))
	z := newWizard(s, w)
	z.app = a
	a.wizards[id] = z
	w.SetMainMenu(a.menu(z))
	w.SetCloseIntercept(func() { a.closePlan(id) })
	a.showFitted(w, winPlan, planSize)
	a.trimSoon()
	return z, nil
}

// closePlan saves pending edits, then closes the plan's window.
func (a *App) closePlan(id int64) {
	z, ok := a.wizards[id]
	if !ok {
		return
	}
	z.s.flush()
	a.rememberSize(winPlan, z.w)
	invalidReporters.Delete(z.w.Canvas())
	delete(a.wizards, id)
	z.w.Close()
	a.home.reload()
	a.trimSoon()
}

// shortcut is Ctrl (Cmd on macOS) plus key, with extra modifiers.
func shortcut(key fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// menu builds a window's main menu. Shortcuts sit on menu items because canvas shortcuts do
// not fire while an entry has focus. z is nil for the home window, where plan items act on
// the selected plan.
func (a *App) menu(z *wizard) *fyne.MainMenu {
	item := func(label string, sc fyne.Shortcut, fn func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, fn)
		it.Shortcut = sc
		return it
	}
	newPlan := item("New plan…", shortcut(fyne.KeyN, 0), func() { a.win.Show(); a.home.onNew() })
	open := item("Open…", shortcut(fyne.KeyO, 0), func() { a.win.Show(); a.home.onOpen() })
	importPlan := item("Import plan file…", nil, func() { a.win.Show(); a.home.onImport() })
	quit := item("Quit", shortcut(fyne.KeyQ, 0), a.quit)
	quit.IsQuit = true
	file := fyne.NewMenu("File", newPlan, open, importPlan, fyne.NewMenuItemSeparator())
	if z != nil {
		charter := item("Export charter PDF…", shortcut(fyne.KeyE, 0), func() { z.s.flush(); exportPlan(z.s, z.w, exportCharterPDF) })
		planPDF := item("Export plan PDF…", shortcut(fyne.KeyE, fyne.KeyModifierShift), func() { z.s.flush(); exportPlan(z.s, z.w, exportPlanPDF) })
		file.Items = append(file.Items, charter, planPDF, fyne.NewMenuItemSeparator())
	}
	file.Items = append(file.Items, a.libraryItems()...)
	language := item(a.tr().T("settings.language.menu"), nil, func() { a.showLanguage(a.win) })
	file.Items = append(file.Items, language, quit)
	menus := []*fyne.Menu{file}
	if z != nil {
		menus = append(menus, z.goMenu())
		// Alt+Left/Right as well, as canvas shortcuts (they work when no entry has focus).
		z.w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) { z.prev() })
		z.w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) { z.next() })
	}
	return fyne.NewMainMenu(menus...)
}

// quit saves every open plan, then ends the app.
func (a *App) quit() {
	for _, z := range a.wizards {
		z.s.flush()
		a.rememberSize(winPlan, z.w)
	}
	a.rememberSize(winHome, a.win)
	a.fa.Quit()
}
