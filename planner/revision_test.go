package planner_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

var revNow = time.Date(2026, time.December, 1, 10, 0, 0, 0, time.UTC)

func TestIssueVersionAndChanges(t *testing.T) {
	p := plantest.Demo(revNow)
	// The demo's history is typed notes: nothing issued, nothing to compare.
	if planner.LastIssued(p) != nil || planner.CharterChanges(p).Since != nil {
		t.Fatal("typed notes count as issued versions")
	}
	if got := planner.NextVersion(p); got != "1.1" {
		t.Errorf("NextVersion after typed 1.0 = %q, want 1.1", got)
	}
	v, err := planner.IssueVersion(p, "", planner.DateOf(revNow), "Ana", "For review")
	if err != nil {
		t.Fatal(err)
	}
	if v.Version != "1.1" || !v.Issued() || v.Snapshot.Text(planner.SectionNorms) == "" {
		t.Fatalf("issued %+v", v)
	}
	v.ID = 10
	p.Charter.Versions = append(p.Charter.Versions, v)
	if planner.CharterChanges(p).Changed() {
		t.Error("the charter changed right after it was issued")
	}
	if _, err := planner.IssueVersion(p, "1.1", planner.DateOf(revNow), "Ana", ""); !errors.Is(err, planner.ErrInvalid) {
		t.Errorf("issuing 1.1 twice: %v", err)
	}

	p.Charter.Decisions = "By simple majority."
	p.Charter.Norms = p.Charter.Norms[1:]
	ch := planner.CharterChanges(p)
	if want := []planner.CharterSection{planner.SectionNorms, planner.SectionDecisions}; !slices.Equal(ch.Sections, want) {
		t.Errorf("changed sections = %v, want %v", ch.Sections, want)
	}
	if ch.Since.Version != "1.1" || ch.Signed {
		t.Errorf("since %s signed %v", ch.Since.Version, ch.Signed)
	}
	p.Charter.SignOffs[0].VersionID = 10
	if !planner.CharterChanges(p).Signed {
		t.Error("a signature on 1.1 is not seen")
	}
	changes := planner.ChangesSince(p, planner.VersionNamed(p, "1.1"))
	if len(changes) != 2 || changes[1].After != "By simple majority." {
		t.Errorf("changes = %+v", changes)
	}
	if got := planner.NextVersion(p); got != "1.2" {
		t.Errorf("NextVersion = %q, want 1.2", got)
	}
}

func TestIssueVersionNeedsDate(t *testing.T) {
	p := plantest.Demo(revNow)
	if _, err := planner.IssueVersion(p, "2.0", planner.Date{}, "Ana", ""); err == nil {
		t.Error("a version without a date was issued")
	}
}

func TestNextVersionFirst(t *testing.T) {
	if got := planner.NextVersion(&planner.Plan{}); got != "1.0" {
		t.Errorf("first version = %q, want 1.0", got)
	}
}

func TestEffectiveBranding(t *testing.T) {
	c := &planner.Client{Name: "Acme", PreparedBy: "Lucía", AccentColor: "#AA3300", Logo: []byte{1}, Lang: "es", Paper: planner.PaperLetter, Contact: "x@acme.example"}
	tests := []struct {
		name string
		plan planner.Plan
		want planner.Branding
	}{
		{"no client", planner.Plan{Client: "Own"}, planner.Branding{Client: "Own", Lang: "en", Paper: planner.PaperA4}},
		{"all from the client", planner.Plan{ClientPreset: c}, planner.Branding{Client: "Acme", PreparedBy: "Lucía", Contact: "x@acme.example", AccentColor: "#AA3300", Logo: []byte{1}, Lang: "es", Paper: planner.PaperLetter}},
		{"plan overrides", planner.Plan{ClientPreset: c, PreparedBy: "Ana", Lang: "de", Paper: planner.PaperA4, AccentColor: "#000000"},
			planner.Branding{Client: "Acme", PreparedBy: "Ana", Contact: "x@acme.example", AccentColor: "#000000", Logo: []byte{1}, Lang: "de", Paper: planner.PaperA4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := planner.EffectiveBranding(&tt.plan)
			if got.Client != tt.want.Client || got.PreparedBy != tt.want.PreparedBy || got.Contact != tt.want.Contact ||
				got.AccentColor != tt.want.AccentColor || string(got.Logo) != string(tt.want.Logo) || got.Lang != tt.want.Lang || got.Paper != tt.want.Paper {
				t.Errorf("EffectiveBranding = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestClientValidate(t *testing.T) {
	good := planner.Client{Name: "Acme", Lang: "pt", Paper: planner.PaperA4, AccentColor: "#abc"}
	if err := good.Validate(); err != nil {
		t.Errorf("valid client: %v", err)
	}
	for _, bad := range []planner.Client{{Name: " "}, {Name: "A", Lang: "it"}, {Name: "A", Paper: "a5"}, {Name: "A", AccentColor: "blue"}} {
		if err := bad.Validate(); !errors.Is(err, planner.ErrInvalid) {
			t.Errorf("%+v: %v, want invalid", bad, err)
		}
	}
}
