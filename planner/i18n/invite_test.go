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
	if want := "Le 1 décembre 2026 à 18:30 (Europe/Paris), Zoë !"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
