package planner

import (
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

func TestLocalizeInvites(t *testing.T) {
	p := &Plan{Name: "Círculo", Lang: "es", Invites: DefaultInvites()}
	p.Invites[1].Text = "My own words for {name}"
	LocalizeInvites(p)
	if !strings.HasPrefix(p.Invites[0].Text, "Hola, {name}") {
		t.Errorf("default email invite = %q, want Spanish", p.Invites[0].Text)
	}
	if p.Invites[1].Text != "My own words for {name}" {
		t.Errorf("the organizer's own invite was changed: %q", p.Invites[1].Text)
	}
	// Every channel of the defaults has a text in every language.
	for _, l := range i18n.Langs {
		for _, inv := range DefaultInvites() {
			if _, ok := DefaultInvite(i18n.New(l), inv.Channel); !ok {
				t.Errorf("%s has no invitation for %s", l, inv.Channel)
			}
		}
	}
	// The English catalogue matches planner's defaults.
	for _, inv := range DefaultInvites() {
		if s, _ := DefaultInvite(i18n.New(i18n.English), inv.Channel); s != inv.Text {
			t.Errorf("English %s invite differs from planner's default", inv.Channel)
		}
	}
}

func TestFillInvite(t *testing.T) {
	p := &Plan{Name: "Círculo", Lang: "fr", Event: Event{Date: MustDate("2026-12-01"), Time: "18:30", TimeZone: "Europe/Paris"}}
	got := FillInvite("Le {event_date}, {name} !", p, Candidate{Name: "Zoë"})
	if want := "Le mardi 1 décembre 2026 à 18:30 (heure de Europe/Paris), Zoë !"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFillInviteSentences fills the default invitations in each language for a plan with no
// date, no domain and a candidate without a name: no placeholder shows, the missing date reads
// as the language's "soon" with the word before it gone, and a value that starts a sentence
// gets a capital.
func TestFillInviteSentences(t *testing.T) {
	want := map[i18n.Lang][2]string{
		i18n.English:    {"We kick off soon (date to follow).", "Hey there!"},
		i18n.Spanish:    {"Arrancamos pronto (fecha por confirmar).", "¡Hola, colega!"},
		i18n.French:     {"On démarre bientôt (date à confirmer).", "Salut à vous !"},
		i18n.German:     {"Los geht’s bald (Termin folgt).", "Hey zusammen!"},
		i18n.Portuguese: {"Começamos em breve (data a confirmar).", "Oi, colega!"},
	}
	for _, l := range i18n.Langs {
		p := &Plan{Name: "circle", Lang: string(l)}
		tmpl, _ := DefaultInvite(i18n.New(l), ChannelDiscord)
		got := FillInvite(tmpl, p, Candidate{})
		if strings.Contains(got, "{") {
			t.Errorf("%s: a placeholder shows: %q", l, got)
		}
		for _, w := range want[l] {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", l, got, w)
			}
		}
		if nd := i18n.New(l).T("invite.no_domain"); !strings.Contains(got, nd[1:]) {
			t.Errorf("%s: %q lacks the missing domain's words", l, got)
		}
	}
	// A value that opens a sentence gets a capital in every language.
	p := &Plan{Lang: "es", Domain: "analistas de datos"}
	if got := FillInvite("Hola. {domain}", p, Candidate{}); got != "Hola. Analistas de datos." {
		t.Errorf("got %q", got)
	}
}
