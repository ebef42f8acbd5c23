package planner

import (
	"reflect"
	"testing"
)

// TestSetClient is the one rule for attaching a client, on creation and later alike: a
// value equal to the client's is the client's; a value of the plan's own overrides; texts
// stay.
func TestSetClient(t *testing.T) {
	acme := &Client{ID: 1, Name: "Acme", PreparedBy: "Ana", AccentColor: "#112233", Lang: "es", Paper: PaperLetter}
	globex := &Client{ID: 2, Name: "Globex", PreparedBy: "Ben", Lang: "de"}
	cases := []struct {
		name   string
		plan   Plan
		client *Client
		want   Plan // the branding fields and client of the plan afterwards
	}{
		{"values equal to the client's are the client's",
			Plan{Client: " Acme ", PreparedBy: "Ana", AccentColor: "#112233", Lang: "es", Paper: PaperLetter}, acme,
			Plan{ClientID: 1}},
		{"the plan's own values override",
			Plan{Client: "Acme Iberia", PreparedBy: "Cleo", Lang: "pt"}, acme,
			Plan{ClientID: 1, Client: "Acme Iberia", PreparedBy: "Cleo", Lang: "pt"}},
		{"changing client: the old client's values go, the plan's own stay",
			Plan{ClientID: 1, ClientPreset: acme, Client: "Acme", PreparedBy: "Cleo", Lang: "es"}, globex,
			Plan{ClientID: 2, PreparedBy: "Cleo"}},
		{"no client: the old client's values go",
			Plan{ClientID: 1, ClientPreset: acme, Client: "Acme", Audience: "Nurses"}, nil,
			Plan{Audience: "Nurses"}},
		{"accent colours in another letter case are the same",
			Plan{AccentColor: "#aabbcc"}, &Client{ID: 3, Name: "C", AccentColor: "#AABBCC"},
			Plan{ClientID: 3}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.plan
			p.Invites = []InviteTemplate{{Channel: ChannelEmail, Text: "Hi {name}"}}
			SetClient(&p, tc.client)
			if (tc.client == nil) != (p.ClientPreset == nil) || tc.client != nil && !reflect.DeepEqual(*p.ClientPreset, *tc.client) {
				t.Errorf("preset %+v, want %+v", p.ClientPreset, tc.client)
			}
			if tc.client != nil && p.ClientPreset == tc.client {
				t.Error("the plan shares the caller's client: a later edit of one changes the other")
			}
			got := Plan{ClientID: p.ClientID, Client: p.Client, PreparedBy: p.PreparedBy, AccentColor: p.AccentColor,
				Lang: p.Lang, Paper: p.Paper, Audience: p.Audience}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("plan %+v, want %+v", got, tc.want)
			}
			if p.Invites[0].Text != "Hi {name}" {
				t.Errorf("SetClient changed a text of the plan: %q", p.Invites[0].Text)
			}
		})
	}
}
