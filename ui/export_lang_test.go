package ui

import (
	"context"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// Choosing a client for an existing plan on the Export page follows the rule of creating a
// plan for it (planner.SetClient): the plan's client name, equal to the client's, becomes the
// client's; the plan's own "prepared by" stays; the invitations already written stay as
// they are.
func TestExportPageClientFollowsCreationsRule(t *testing.T) {
	s, st := newTestSessionWith(t, &planner.Plan{Name: "Existing", Status: planner.StatusPlanning,
		Client: "Cooperativa Acme", PreparedBy: "Cleo Ortiz",
		Invites: []planner.InviteTemplate{{Channel: planner.ChannelEmail, Text: "Hi {name}, join us"}}})
	acme := planner.Client{Name: "Cooperativa Acme", PreparedBy: "Lucía Gómez", Lang: "es"}
	if err := st.SaveClient(context.Background(), &acme); err != nil {
		t.Fatal(err)
	}
	v := openStep[*exportStep](t, s, planner.StepExport)
	v.lang.refresh()
	v.lang.client.SetSelected(acme.Name)

	got := reload(t, s, st)
	if got.ClientID != acme.ID || got.Client != "" || got.PreparedBy != "Cleo Ortiz" {
		t.Errorf("client %d, own client name %q, prepared by %q; want client %d, the name left to it, Cleo kept",
			got.ClientID, got.Client, got.PreparedBy, acme.ID)
	}
	if b := planner.EffectiveBranding(got); b.Client != acme.Name || b.Lang != "es" {
		t.Errorf("branding %+v, want the client's name and language", b)
	}
	if got.Invites[0].Text != "Hi {name}, join us" {
		t.Errorf("the invitation became %q: choosing a client must not rewrite the plan's texts", got.Invites[0].Text)
	}
}
