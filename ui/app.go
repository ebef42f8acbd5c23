// Package ui is the Fyne desktop interface of CoP Launch Planner: the plan library (home
// screen) and one wizard window per open plan. It talks to storage only through Library and
// takes every rule from package planner.
package ui

import (
	"context"
	"fmt"
	"runtime/debug"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
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
	// Files opens, lists and restores library files (File > Open library…, Restore…); nil
	// leaves those items without effect.
	Files LibraryFiles
	// Background runs slow file work off the UI goroutine; nil means a new goroutine.
	// Tests run it at once.
	Background func(func())
	// Library is the library file the app was asked to open: when the home window shows
	// another (opened from the damaged-library window, or switched to), its title names
	// the file, so that nobody works in a backup thinking it is their library.
	Library string
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
	// tools opens, lists and restores library files.
	tools libraryTools
	// fileDrafts keeps what a cancelled New library or Back up now form held.
	fileDrafts map[string][2]string
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
	app := newApp(a, opt)
	app.attach(lib)
	return app
}

func newApp(a fyne.App, opt Options) *App {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	app := &App{fa: a, opt: opt, wizards: map[int64]*wizard{}, tools: newLibraryTools(opt),
		fileDrafts: map[string][2]string{}}
	// The catalogue of the app's language is parsed on the other core while Fyne opens the
	// display and its first window: the first frame needs its words.
	go app.tr().Preload()
	a.Settings().SetTheme(newAppTheme())
	app.win = a.NewWindow(appTitle)
	return app
}

// attach builds the home window's plan list and menus on the library.
func (a *App) attach(lib Library) {
	a.lib = lib
	a.showLibraryTitle()
	a.home = newHome(a, a.win)
	a.win.SetContent(a.home.content())
	a.win.SetMainMenu(a.menu(nil))
	a.win.SetMaster()
	// Closing the home window ends the app: save every open plan's pending edits first.
	a.win.SetCloseIntercept(a.quit)
}

// Opening shows the home window before the library is open, so that the window maps as soon
// as Fyne can draw it: its frame, a File menu with Quit, and a line saying that the library
// is opening. Opening the library (and its daily backup), listing its plans and parsing the
// fonts of the list follow, in Open. Call the Fyne app's Run after it.
func Opening(a fyne.App, opt Options) *App {
	app := newApp(a, opt)
	tr := app.tr()
	quit := fyne.NewMenuItem(tr.T("ui.app.menu.quit"), a.Quit)
	quit.Shortcut = shortcut(fyne.KeyQ, 0)
	quit.IsQuit = true
	app.win.SetMainMenu(fyne.NewMainMenu(fyne.NewMenu(tr.T("ui.app.menu.file"), quit)))
	app.win.SetContent(container.NewPadded(widget.NewLabel(tr.T("ui.app.opening"))))
	app.win.SetCloseIntercept(a.Quit)
	app.showFitted(app.win, winHome, homeSize)
	return app
}

// Open gives the window Opening showed its library: the plan list, the menus and, when
// Options.OpenPlan is set, that plan's window.
func (a *App) Open(lib Library) {
	a.attach(lib)
	a.win.Show() // hidden by NotOpened when an earlier library could not be opened
	a.afterShown()
}

// NotOpened hides the window Opening showed: the library could not be opened, and the window
// that says why takes over.
func (a *App) NotOpened() { a.win.Hide() }

// Window is the home window.
func (a *App) Window() fyne.Window { return a.win }

// ShowHome shows the plan library and, when Options.OpenPlan is set, that plan's window.
func (a *App) ShowHome() {
	a.showFitted(a.win, winHome, homeSize)
	a.afterShown()
}

// afterShown follows the home window's showing: the library is remembered (and a warning
// shown when it is on a share), the plan of Options.OpenPlan opened.
func (a *App) afterShown() {
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
		return nil, wrapped(a.tr().T("ui.app.error.open_plan"), fmt.Errorf("plan %d: %w", id, err))
	}
	s := newSession(a.lib, p, a.opt.Now)
	s.tr = a.tr()
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

// plansClosed reports whether no plan window is open, so that the library at path can take
// the current one's place. Otherwise it asks, naming the windows, and on yes saves and
// closes them and runs retry: no window closes without the user's word.
func (a *App) plansClosed(path string, retry func()) bool {
	if len(a.wizards) == 0 {
		return true
	}
	tr := a.tr()
	var names []string
	for _, z := range a.wizards {
		names = append(names, tr.T("ui.app.quoted", "text", shortText(z.s.plan.Name, 60)))
	}
	sort.Strings(names)
	msg := tr.N("ui.app.close_plans.text", len(names), "path", path, "names", tr.List(names))
	d := newKeyDialog(a.win, tr.T("ui.app.close_plans.title"), wrapLabel(msg), tr.T("ui.app.close_plans.ok"), tr.T("ui.app.cancel"), func(ok bool) {
		if ok {
			a.closePlans()
			retry()
		}
	})
	d.Resize(dialogSize(a.win, fyne.NewSize(520, 220)))
	d.Show()
	return false
}

// shortcut is Ctrl (Cmd on macOS) plus key, with extra modifiers.
func shortcut(key fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// menu builds a window's main menu. Shortcuts sit on menu items because canvas shortcuts do
// not fire while an entry has focus. z is nil for the home window, where plan items act on
// the selected plan.
func (a *App) menu(z *wizard) *fyne.MainMenu {
	tr := a.tr()
	item := func(key string, sc fyne.Shortcut, fn func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(tr.T(key), fn)
		it.Shortcut = sc
		return it
	}
	newPlan := item("ui.app.menu.new_plan", shortcut(fyne.KeyN, 0), func() { a.win.Show(); a.home.onNew() })
	open := item("ui.app.menu.open", shortcut(fyne.KeyO, 0), func() { a.win.Show(); a.home.onOpen() })
	importPlan := item("ui.app.menu.import", nil, func() { a.win.Show(); a.home.onImport() })
	// The sample plan from any library, not only from the welcome of an empty one.
	sample := item("ui.app.menu.sample", nil, func() { a.win.Show(); a.home.openSample() })
	quit := item("ui.app.menu.quit", shortcut(fyne.KeyQ, 0), a.quit)
	quit.IsQuit = true
	// The client manager lives in the home window; from a plan window it brings that forward.
	clients := item("ui.app.menu.clients", shortcut(fyne.KeyK, 0), func() { a.win.Show(); a.win.RequestFocus(); a.home.onClients() })
	file := fyne.NewMenu(tr.T("ui.app.menu.file"), newPlan, open, importPlan, sample, clients, fyne.NewMenuItemSeparator())
	if z != nil {
		issue := item("ui.app.menu.issue_version", shortcut(fyne.KeyI, 0), z.issueVersion)
		charter := item("ui.app.menu.export_charter", shortcut(fyne.KeyE, 0), func() { z.s.flush(); exportPlan(z.s, z.w, exportCharterPDF) })
		planPDF := item("ui.app.menu.export_plan", shortcut(fyne.KeyE, fyne.KeyModifierShift), func() { z.s.flush(); exportPlan(z.s, z.w, exportPlanPDF) })
		file.Items = append(file.Items, issue, charter, planPDF, fyne.NewMenuItemSeparator())
	}
	file.Items = append(file.Items, a.libraryItems()...)
	language := item("settings.language.menu", nil, func() { a.showLanguage(a.win) })
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
	if a.home.clients != nil {
		a.home.clients.flush() // a client being typed in the manager
	}
	for _, z := range a.wizards {
		z.s.flush()
		a.rememberSize(winPlan, z.w)
	}
	a.rememberSize(winHome, a.win)
	a.fa.Quit()
}
