package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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
		if l, err := i18n.Parse(code); err == nil {
			return l
		}
	}
	return systemLanguage()
}

// tr is the printer of the app's language, for the words of the window: Options.Language
// when set, else the setting's or the system's.
func (a *App) tr() *i18n.Printer {
	if a.opt.Language != "" {
		return i18n.New(a.opt.Language)
	}
	return i18n.New(languageOf(a.fa.Preferences()))
}

// languageDialog is the Language setting: a choice of the system's language or one of the
// app's, remembered at once, with a note on when it applies.
type languageDialog struct {
	choice *widget.Select
	d      dialog.Dialog
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
	ld.choice = widget.NewSelect(options, func(s string) {
		code := ""
		for _, l := range i18n.Langs {
			if l.Name() == s {
				code = string(l)
			}
		}
		a.fa.Preferences().SetString(languagePref, code)
	})
	ld.choice.Selected = system
	if code := a.fa.Preferences().String(languagePref); code != "" {
		ld.choice.Selected = languageOf(a.fa.Preferences()).Name()
	}
	note := widget.NewLabel(tr.T("settings.language.note"))
	note.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(ld.choice, note)
	ld.d = dialog.NewCustom(tr.T("settings.language.title"), tr.T("settings.close"), content, w)
	ld.d.Resize(fyne.NewSize(440, 260))
	ld.d.Show()
	return ld
}
