package ui

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
)

// TestConsultantSendsRevisedSpanishCharter is the consultant's round of review, through the
// real widgets: a plan for an existing client in two clicks (the "New plan for client" menu
// and the client in it), version 1.0 issued, two sections changed, and a Spanish charter PDF
// that carries the client's branding and shows what changed since 1.0.
func TestConsultantSendsRevisedSpanishCharter(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	a, st := newTestApp(t)
	ctx := context.Background()
	acme := planner.Client{Name: "Cooperativa Acme", PreparedBy: "Lucía Gómez", Contact: "ana@acme.example",
		AccentColor: "#AA3300", Lang: "es", Paper: planner.PaperA4}
	if err := st.SaveClient(ctx, &acme); err != nil {
		t.Fatal(err)
	}
	h := a.home
	h.reload()

	// Two clicks: open the menu, choose the client.
	test.Tap(h.forClient)
	h.forClient.SetSelected("Cooperativa Acme")
	if len(h.rows) != 1 {
		t.Fatalf("library has %d plans, want 1", len(h.rows))
	}
	z := a.wizards[h.rows[0].ID]
	if z == nil {
		t.Fatal("the new plan's window did not open")
	}
	if b := planner.EffectiveBranding(z.s.plan); b.Client != acme.Name || b.PreparedBy != acme.PreparedBy || b.AccentColor != acme.AccentColor || b.Lang != "es" {
		t.Fatalf("the plan's branding is %+v, want the client's", b)
	}

	// The charter: a purpose and a decision rule, then version 1.0.
	z.show(planner.StepCharter)
	ch := z.pages[planner.StepCharter].(*charterStep)
	test.Type(ch.purpose, "Creators who help each other grow with monthly teardowns.")
	ch.decisions.SetText("Decisions by lazy consensus in the weekly thread.")
	test.Tap(ch.revision.issue)
	if got := ch.revision.number.Text; got != "1.0" {
		t.Errorf("proposed version %q, want 1.0", got)
	}
	test.Type(ch.revision.note, "Sent to Acme for review")
	ch.revision.dlg.Submit()
	if last := planner.LastIssued(z.s.plan); last == nil || last.Version != "1.0" || last.Author != "Lucía Gómez" {
		t.Fatalf("last issued version %+v", last)
	}

	// The client's contact signs version 1.0.
	test.Tap(ch.signOffs.add)
	ch.revision.signed.SetSelected("1.0")
	saved, err := st.Load(ctx, z.s.plan.ID)
	if err != nil {
		t.Fatal(err)
	}
	v1 := planner.VersionNamed(saved, "1.0")
	if n := len(saved.Charter.SignOffs); n == 0 || saved.Charter.SignOffs[n-1].VersionID != v1.ID {
		t.Fatalf("sign-offs %+v, want the last to sign version 1.0 (%d)", saved.Charter.SignOffs, v1.ID)
	}

	// Two sections change after the review.
	ch.purpose.SetText("Creators who help each other grow with fortnightly teardowns.")
	ch.decisions.SetText("Decisions by a simple-majority poll.")
	z.s.flush()
	z.show(planner.StepOverview)
	ov := z.pages[planner.StepOverview].(*overviewStep)
	if got := ov.charter.Text; !strings.Contains(got, "Changed since version 1.0") || !strings.Contains(got, "purpose") || !strings.Contains(got, "decisions") {
		t.Errorf("Overview says %q", got)
	}

	// The Spanish charter PDF with the changes since 1.0.
	z.show(planner.StepExport)
	ex := z.pages[planner.StepExport].(*exportStep)
	if !strings.HasPrefix(ex.lang.lang.Selected, "As the client (") || !strings.Contains(ex.lang.effective.Text, "Español") {
		t.Errorf("language %q, %q; want the client's Spanish", ex.lang.lang.Selected, ex.lang.effective.Text)
	}
	ex.lang.since.SetSelected("1.0")
	path := filepath.Join(t.TempDir(), "carta.pdf")
	done := make(chan error, 1)
	runExport(z.s, z.w, exportCharterPDF, path, func(err error) { done <- err })
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("export did not finish")
	}
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{
		"Carta de la comunidad", "Cooperativa Acme", "Lucía Gómez", "1 de marzo de 2026",
		"Cambios desde la versión 1.0", "Propósito", "Cómo se toman las decisiones",
		"Eliminado monthly", "Añadido fortnightly", "Sent to Acme for review", "firmó la versión 1.0",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the charter PDF lacks %q", want)
		}
	}
	if os.Getenv("KEEP_PDF") != "" {
		_ = os.WriteFile(os.Getenv("KEEP_PDF"), mustRead(t, path), 0o644)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
