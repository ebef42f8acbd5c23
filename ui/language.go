package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// languagePref is the preference that remembers the window's language, as a code ("de");
// "" follows the system's.
const languagePref = "language"

// systemLanguage is the system's language as Fyne reads it, when the app has it; else
// English.
func systemLanguage() i18n.Lang {
	return i18n.FromLocales([]string{string(lang.SystemLocale())})
}

// languageOf is the language the app writes in: the one chosen in the settings, else the
// system's.
func languageOf(prefs fyne.Preferences) i18n.Lang {
	if code := prefs.String(languagePref); code != "" {
		if code == string(i18n.Pseudo) { // tests that look for texts left out of the catalogue
			return i18n.Pseudo
		}
		if l, err := i18n.Parse(code); err == nil {
			return l
		}
	}
	return systemLanguage()
}

// tr is the printer of the app's language, for the words of the window.
func (a *App) tr() *i18n.Printer { return i18n.New(languageOf(a.fa.Preferences())) }

// appPrinter is the printer of the running app's language (the Language setting, else the
// system's), for the shared widgets and helpers built without a session or App: page
// headings, hints, showError, the file dialogs. English when no app runs. A plan window's
// session words its texts in the same language (App.tr).
func appPrinter() *i18n.Printer {
	if fa := fyne.CurrentApp(); fa != nil {
		return i18n.New(languageOf(fa.Preferences()))
	}
	return i18n.New(i18n.English)
}

// shortDateTime is a moment in the language's short form, for a narrow column: "2026-12-07
// 15:04" in English, "07.12.2026 15:04" in German, "07/12/2026 15:04" in French.
func shortDateTime(tr *i18n.Printer, t time.Time) string {
	return tr.T("ui.app.datetime.short", "date", tr.T("ui.app.date.short",
		"d", fmt.Sprintf("%02d", t.Day()), "m", fmt.Sprintf("%02d", int(t.Month())), "y", fmt.Sprint(t.Year())),
		"time", t.Format("15:04"))
}

// longDateTime is a moment with its weekday, in full: "Monday 7 December 2026, 15:04",
// "Montag, 7. Dezember 2026, 15:04 Uhr".
func longDateTime(tr *i18n.Printer, t time.Time) string {
	date := tr.T("date.weekday_long", "weekday", tr.Weekday(t.Weekday()), "date", tr.Time(t))
	return tr.T("ui.app.datetime.long", "date", date, "time", t.Format("15:04"))
}

// languageDialog is the Language setting: a choice of the system's language or one of the
// app's, remembered and applied at once to the home window and the plans opened from then
// on, with a note saying so and naming the texts that follow the system instead.
type languageDialog struct {
	choice *keySelect
	d      *keyDialog
}

// showLanguage opens the Language setting over w.
func (a *App) showLanguage(w fyne.Window) *languageDialog {
	tr := a.tr()
	system := tr.T("settings.language.system", "name", systemLanguage().Name())
	options := []string{system}
	for _, l := range i18n.Langs {
		options = append(options, l.Name())
	}
	ld := &languageDialog{}
	ld.choice = newKeySelect(options, func(s string) {
		code := ""
		for _, l := range i18n.Langs {
			if l.Name() == s {
				code = string(l)
			}
		}
		if code == a.fa.Preferences().String(languagePref) {
			return
		}
		a.fa.Preferences().SetString(languagePref, code)
		a.relabel()
	})
	ld.choice.Selected = system
	if code := a.fa.Preferences().String(languagePref); code != "" {
		ld.choice.Selected = languageOf(a.fa.Preferences()).Name()
	}
	note := widget.NewLabel(tr.T("ui.app.language.note", "system", systemLanguage().Name()))
	note.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(ld.choice, note)
	// Its one button closes it; Esc and Enter too, and the choice has the focus.
	ld.d = newKeyDialog(w, tr.T("settings.language.title"), content, "", tr.T("settings.close"), nil)
	ld.d.first = ld.choice
	ld.d.Resize(dialogSize(w, fyne.NewSize(480, 300)))
	ld.d.Show()
	return ld
}

// relabel words the home window and its menus again in the app's language, after the
// Language setting changed: the home window is built anew, keeping what it showed (search,
// sort, archived, selection, the deletions Undo can bring back). Plan windows already open
// keep their words until they are opened again, as the Language setting says.
func (a *App) relabel() {
	old := a.home
	if old == nil {
		return
	}
	if old.clients != nil {
		old.clients.flush() // a client being typed in the manager
	}
	// The window's key handler stays: the Language dialog, still open, routes Esc and Enter
	// through it, and the home's own Enter handler finds the home anew (a.home).
	keys := a.win.Canvas().OnTypedKey()
	h := newHome(a, a.win)
	a.win.Canvas().SetOnTypedKey(keys)
	h.deleted = old.deleted
	h.selected = old.selected
	h.search.SetText(old.search.Text)
	if i := old.sort.SelectedIndex(); i >= 0 {
		h.sort.SetSelectedIndex(i)
	}
	h.archived.SetChecked(old.archived.Checked)
	h.showUndo()
	h.reload()
	a.home = h
	a.win.SetContent(h.content())
	a.win.SetMainMenu(a.menu(nil))
	a.showLibraryTitle()
}
