package i18n

import (
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

func TestLocalizeInvites(t *testing.T) {
	p := &planner.Plan{Name: "Círculo", Lang: "es", Invites: planner.DefaultInvites()}
	p.Invites[1].Text = "My own words for {name}"
	LocalizeInvites(p)
	if !strings.HasPrefix(p.Invites[0].Text, "Hola, {name}") {
		t.Errorf("default email invite = %q, want Spanish", p.Invites[0].Text)
	}
	if p.Invites[1].Text != "My own words for {name}" {
		t.Errorf("the organizer's own invite was changed: %q", p.Invites[1].Text)
	}
	// Every channel of the defaults has a text in every language.
	for _, l := range Langs {
		for _, inv := range planner.DefaultInvites() {
			if _, ok := New(l).Invite(inv.Channel); !ok {
				t.Errorf("%s has no invitation for %s", l, inv.Channel)
			}
		}
	}
	// The English catalogue matches planner's defaults.
	for _, inv := range planner.DefaultInvites() {
		if s, _ := New(English).Invite(inv.Channel); s != inv.Text {
			t.Errorf("English %s invite differs from planner's default", inv.Channel)
		}
	}
}

func TestFillInvite(t *testing.T) {
	p := &planner.Plan{Name: "Círculo", Lang: "fr", Event: planner.Event{Date: planner.MustDate("2026-12-01"), Time: "18:30", TimeZone: "Europe/Paris"}}
	got := FillInvite("Le {event_date}, {name} !", p, planner.Candidate{Name: "Zoë"})
	if want := "Le mardi 1 décembre 2026 à 18:30 (heure de Europe/Paris), Zoë !"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFillInviteSentences fills the default invitations in each language for a plan with no
// date, no domain and a candidate without a name: no placeholder shows, the missing date reads
// as the language's "soon" with the word before it gone, and a value that starts a sentence
// gets a capital.
func TestFillInviteSentences(t *testing.T) {
	want := map[Lang][2]string{
		English:    {"We kick off soon (date to follow).", "Hey there!"},
		Spanish:    {"Arrancamos pronto (fecha por confirmar).", "¡Hola, colega!"},
		French:     {"On démarre bientôt (date à confirmer).", "Salut à vous !"},
		German:     {"Los geht’s bald (Termin folgt).", "Hey zusammen!"},
		Portuguese: {"Começamos em breve (data a confirmar).", "Oi, colega!"},
	}
	for _, l := range Langs {
		p := &planner.Plan{Name: "circle", Lang: string(l)}
		tmpl, _ := New(l).Invite(planner.ChannelDiscord)
		got := FillInvite(tmpl, p, planner.Candidate{})
		if strings.Contains(got, "{") {
			t.Errorf("%s: a placeholder shows: %q", l, got)
		}
		for _, w := range want[l] {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", l, got, w)
			}
		}
		if nd := New(l).T("invite.no_domain"); !strings.Contains(got, nd[1:]) {
			t.Errorf("%s: %q lacks the missing domain's words", l, got)
		}
	}
	// A value that opens a sentence gets a capital in every language.
	p := &planner.Plan{Lang: "es", Domain: "analistas de datos"}
	if got := FillInvite("Hola. {domain}", p, planner.Candidate{}); got != "Hola. Analistas de datos." {
		t.Errorf("got %q", got)
	}
}
