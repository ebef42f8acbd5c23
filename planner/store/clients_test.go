package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/planfile"
)

func TestClients(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	acme := planner.Client{Name: "Acme Cooperativa", Logo: []byte{0x89, 'P', 'N', 'G'}, AccentColor: "#AA3300",
		Contact: "ops@acme.example", PreparedBy: "Lucía Gómez", Lang: "es", Paper: planner.PaperLetter}
	if err := s.SaveClient(ctx, &acme); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveClient(ctx, &planner.Client{Name: "  "}); !errors.Is(err, planner.ErrInvalid) {
		t.Errorf("a client without a name: %v", err)
	}

	p := fullPlan("For Acme")
	p.Client, p.PreparedBy, p.AccentColor, p.Logo = "", "", "", nil
	p.ClientID = acme.ID
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	own := fullPlan("Own branding")
	if _, err := s.Create(ctx, own); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ClientID != acme.ID || got.ClientPreset == nil || got.ClientPreset.Name != acme.Name || !bytes.Equal(got.ClientPreset.Logo, acme.Logo) {
		t.Fatalf("loaded client %d %+v", got.ClientID, got.ClientPreset)
	}
	if b := planner.EffectiveBranding(got); b.Client != "Acme Cooperativa" || b.Lang != "es" || b.Paper != planner.PaperLetter {
		t.Errorf("EffectiveBranding = %+v", b)
	}

	// Changing the client changes the plans that leave the value to it.
	acme.Lang = "pt"
	if err := s.SaveClient(ctx, &acme); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Load(ctx, p.ID)
	if planner.EffectiveBranding(got).Lang != "pt" {
		t.Error("the plan does not follow its client's new language")
	}
	got.Lang = "de"
	if err := s.Save(ctx, got.ID, planner.Change{Plan: got}); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Load(ctx, p.ID)
	if planner.EffectiveBranding(got).Lang != "de" {
		t.Error("the plan's own language does not override the client's")
	}

	list, err := s.List(ctx, planner.ListOptions{Sort: planner.SortName})
	if err != nil || len(list) != 2 || list[0].Client != "Acme Cooperativa" {
		t.Errorf("List = %+v, %v; want the client's name for the plan that has none", list, err)
	}
	names, err := s.ClientPlans(ctx, acme.ID)
	if err != nil || !slices.Equal(names, []string{"For Acme"}) {
		t.Errorf("ClientPlans = %v, %v", names, err)
	}
	cs, err := s.Clients(ctx)
	if err != nil || len(cs) != 1 || cs[0].Contact != "ops@acme.example" {
		t.Errorf("Clients = %+v, %v", cs, err)
	}

	// Deleting the client leaves its plans with what it gave them.
	if err := s.DeleteClient(ctx, acme.ID); err != nil {
		t.Fatal(err)
	}
	got, err = s.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ClientID != 0 || got.ClientPreset != nil || got.Client != "Acme Cooperativa" || got.PreparedBy != "Lucía Gómez" ||
		got.AccentColor != "#AA3300" || !bytes.Equal(got.Logo, acme.Logo) || got.Lang != "de" || got.Paper != planner.PaperLetter {
		t.Errorf("after deleting the client: %+v", got)
	}
	if err := s.DeleteClient(ctx, acme.ID); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("deleting it twice: %v", err)
	}
}

// TestRevisionsStored saves an issued version and a signature on it, and loads them back.
func TestRevisionsStored(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Revised")
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	v, err := planner.IssueVersion(p, "", planner.DateOf(testNow), "Zoë", "For review")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(ctx, p.ID, &v); err != nil {
		t.Fatal(err)
	}
	sign := planner.SignOff{Name: "Ana", Role: "Sponsor", On: planner.DateOf(testNow), VersionID: v.ID}
	if err := s.Put(ctx, p.ID, &sign); err != nil {
		t.Fatal(err)
	}
	other := fullPlan("Other")
	if _, err := s.Create(ctx, other); err != nil {
		t.Fatal(err)
	}
	foreign := planner.SignOff{Name: "Eve", VersionID: v.ID}
	if err := s.Put(ctx, other.ID, &foreign); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("a signature on another plan's version: %v, want not found", err)
	}
	got, err := s.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	last := planner.LastIssued(got)
	if last == nil || last.ID != v.ID || !slices.Equal(last.Snapshot, v.Snapshot) {
		t.Fatalf("last issued = %+v", last)
	}
	ch := planner.CharterChanges(got)
	if ch.Changed() || !ch.Signed {
		t.Errorf("changes = %+v, want unchanged and signed", ch)
	}
	// A plan file carries both into another library.
	var buf bytes.Buffer
	if err := planfile.Encode(&buf, got, testNow); err != nil {
		t.Fatal(err)
	}
	in, err := planfile.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(ctx, in); err != nil {
		t.Fatal(err)
	}
	copied, err := s.Load(ctx, in.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ch := planner.CharterChanges(copied); ch.Since == nil || ch.Since.Version != v.Version || !ch.Signed || ch.Changed() {
		t.Errorf("imported changes = %+v", ch)
	}
}

// TestImportedClient checks that a plan file's client joins the client of the same name, or
// is added.
func TestImportedClient(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	here := planner.Client{Name: "Acme", Lang: "fr"}
	if err := s.SaveClient(ctx, &here); err != nil {
		t.Fatal(err)
	}
	a := fullPlan("A")
	a.ClientPreset = &planner.Client{Name: "Acme", Lang: "es"}
	b := fullPlan("B")
	b.ClientPreset = &planner.Client{Name: "Globex", Lang: "de"}
	for _, p := range []*planner.Plan{a, b} {
		if _, err := s.Create(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if a.ClientID != here.ID {
		t.Errorf("plan A has client %d, want the existing %d", a.ClientID, here.ID)
	}
	cs, _ := s.Clients(ctx)
	if len(cs) != 2 || cs[1].Name != "Globex" || cs[1].Lang != "de" {
		t.Errorf("clients = %+v", cs)
	}
}

// TestTypedVersionsMigrate upgrades a version 1 library whose charter has a typed version
// note and a signature: the note becomes a version without a snapshot, the signature names
// no version.
func TestTypedVersionsMigrate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lib.db")
	v1Fixture(t, path)
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO versions (plan_id, pos, version, on_date, author, changes) VALUES (7, 1, '1.0', '2025-10-13', 'Ana', 'Agreed')",
		"INSERT INTO signoffs (plan_id, pos, name, role, on_date) VALUES (7, 1, 'Jordan', 'Sponsor', '2025-10-14')",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s := mustOpenAt(t, path, Options{Now: fixedClock(), Backups: -1})
	p, err := s.Load(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Charter.Versions) != 1 || p.Charter.Versions[0].Issued() || p.Charter.Versions[0].Changes != "Agreed" {
		t.Errorf("versions = %+v", p.Charter.Versions)
	}
	if len(p.Charter.SignOffs) != 1 || p.Charter.SignOffs[0].VersionID != 0 {
		t.Errorf("sign-offs = %+v", p.Charter.SignOffs)
	}
	if planner.LastIssued(p) != nil {
		t.Error("a typed note counts as issued")
	}
}
