package ui

import (
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// TestLanguageSetting chooses German in the Language setting: it is remembered at once and
// wins over the system's; choosing the system's language again forgets the choice. The
// setting speaks the chosen language the next time it opens.
func TestLanguageSetting(t *testing.T) {
	a, _ := newTestApp(t)
	ld := a.showLanguage(a.win)
	if ld.choice.Selected == "" || languageOf(a.fa.Preferences()) != systemLanguage() {
		t.Fatalf("a new app does not follow the system: %q", ld.choice.Selected)
	}
	ld.choice.SetSelected("Deutsch")
	ld.d.Hide()
	if got := a.fa.Preferences().String(languagePref); got != "de" {
		t.Errorf("the choice is remembered as %q, want de", got)
	}
	if got := languageOf(a.fa.Preferences()); got != i18n.German {
		t.Errorf("the app's language is %s, want German", got)
	}
	again := a.showLanguage(a.win)
	if again.choice.Selected != "Deutsch" || again.choice.Options[0] != "Systemsprache ("+systemLanguage().Name()+")" {
		t.Errorf("the setting reopens on %q with options %q", again.choice.Selected, again.choice.Options)
	}
	again.choice.SetSelected(again.choice.Options[0])
	again.d.Hide()
	if got := a.fa.Preferences().String(languagePref); got != "" {
		t.Errorf("choosing the system's language leaves %q", got)
	}
}
