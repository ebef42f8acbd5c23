package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// newPlanVia fills the New plan dialog as a person would: a name, a template (by the name
// the dialog shows) and, when set, a saved client and a language; then taps Create and loads
// the plan made.
func newPlanVia(t *testing.T, a *App, name, templateKey, client, langName string) *planner.Plan {
	t.Helper()
	h := a.home
	test.Tap(h.newBtn)
	test.Type(h.newName, name)
	if client != "" {
		h.newPreset.SetSelected(client)
	}
	if langName != "" {
		h.newLang.SetSelected(langName)
	}
	for _, tpl := range planner.TemplatesIn(a.tr()) {
		if tpl.Key == templateKey {
			h.newTemplate.SetSelected(tpl.Name)
		}
	}
	test.Tap(&h.newDialog.confirm.Button)
	for _, r := range h.rows {
		if r.Name == name {
			p, err := a.lib.Load(context.Background(), r.ID)
			if err != nil {
				t.Fatal(err)
			}
			return p
		}
	}
	t.Fatalf("no plan %q in the library", name)
	return nil
}

// dialogTexts joins the texts the top dialog shows: its labels, rich texts and the form's
// labels and hints (canvas texts).
func dialogTexts(a *App) string {
	out := []string{texts(a.win)}
	for _, o := range objects(a.win) {
		if c, ok := o.(*canvas.Text); ok {
			out = append(out, c.Text)
		}
	}
	return strings.Join(out, "\n")
}

// TestNewPlanInTheWindowLanguage: in a Spanish window the dialog speaks Spanish, offers
// Spanish as the plan's language, and the plan from a template is written in Spanish.
func TestNewPlanInTheWindowLanguage(t *testing.T) {
	a, _ := newTestApp(t)
	a.fa.Preferences().SetString(languagePref, "es")
	h := a.home
	test.Tap(h.newBtn)
	shown := dialogTexts(a)
	for _, want := range []string{"Nuevo plan", "Nombre", "Cliente guardado", "Plantilla", "Idioma"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, shown)
		}
	}
	for _, english := range []string{"New plan", "Saved client", "Template", "Language", "Prepared by"} {
		if strings.Contains(shown, english) {
			t.Errorf("the Spanish dialog shows %q:\n%s", english, shown)
		}
	}
	if h.newLang.Selected != "Español" || h.newTemplate.Selected != "En blanco" || h.newDialog.confirm.Text != "Crear" {
		t.Errorf("language %q, template %q, button %q", h.newLang.Selected, h.newTemplate.Selected, h.newDialog.confirm.Text)
	}
	h.newDialog.Dismiss()

	p := newPlanVia(t, a, "Círculo de creadores", planner.TemplateCreators, "", "")
	es := i18n.New(i18n.Spanish)
	want, _ := planner.NewPlanIn(planner.TemplateCreators, "x", fixedNow(), i18n.Spanish)
	if p.Lang != "es" || p.Template != planner.TemplateCreators {
		t.Errorf("plan language %q, template %q", p.Lang, p.Template)
	}
	if p.Charter.Norms[0].Text != planner.DefaultNormsIn(es)[0] || p.Charter.Roles[3].Name != want.Charter.Roles[3].Name ||
		p.Event.Checklist[0].Task != want.Event.Checklist[0].Task || p.Goals[0].Metric != want.Goals[0].Metric {
		t.Errorf("not in Spanish: norm %q, role %q, task %q, metric %q", p.Charter.Norms[0].Text, p.Charter.Roles[3].Name, p.Event.Checklist[0].Task, p.Goals[0].Metric)
	}
	if !strings.HasPrefix(p.Invites[0].Text, "Hola") {
		t.Errorf("invitation %q", p.Invites[0].Text)
	}
}

// TestNewPlanTakesTheClientsLanguage: choosing a saved client with a language shows it as the
// plan's language; the plan is written in it and its exports follow the client.
func TestNewPlanTakesTheClientsLanguage(t *testing.T) {
	a, st := newTestApp(t)
	ctx := context.Background()
	globex := planner.Client{Name: "Globex GmbH", Lang: "de", Paper: planner.PaperA4}
	plain := planner.Client{Name: "Plain Co"} // no language of its own
	for _, c := range []*planner.Client{&globex, &plain} {
		if err := st.SaveClient(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	a.home.reload()
	test.Tap(a.home.newBtn)
	a.home.newPreset.SetSelected("Globex GmbH")
	if a.home.newLang.Selected != "Deutsch" {
		t.Errorf("after choosing a German client the language is %q", a.home.newLang.Selected)
	}
	a.home.newDialog.Dismiss()

	p := newPlanVia(t, a, "Globex Praxis", planner.TemplateInternal, "Globex GmbH", "")
	de, _ := planner.NewPlanIn(planner.TemplateInternal, "x", fixedNow(), i18n.German)
	if r := planner.EffectiveBranding(p); r.Lang != "de" || p.ClientID != globex.ID {
		t.Errorf("export language %q, client %d", r.Lang, p.ClientID)
	}
	if p.Charter.Conflicts != de.Charter.Conflicts || p.Survey.Questions[0].Title != de.Survey.Questions[0].Title || p.Event.Agenda[0].Title != de.Event.Agenda[0].Title {
		t.Errorf("not in German: %q / %q", p.Survey.Questions[0].Title, p.Event.Agenda[0].Title)
	}

	// A client with no language leaves the window's.
	p = newPlanVia(t, a, "Plain plan", planner.TemplateManagers, "Plain Co", "")
	if r := planner.EffectiveBranding(p); r.Lang != "en" || p.Charter.Norms[0].Text != planner.DefaultNormsIn(i18n.New(i18n.English))[0] {
		t.Errorf("client without a language: export language %q, norm %q", r.Lang, p.Charter.Norms[0].Text)
	}

	// The language shown is the user's to change: English for the German client.
	p = newPlanVia(t, a, "Globex English", planner.TemplateInternal, "Globex GmbH", i18n.English.Name())
	if r := planner.EffectiveBranding(p); r.Lang != "en" || p.Charter.Norms[0].Text != planner.DefaultNormsIn(i18n.New(i18n.English))[0] || p.ClientID != globex.ID {
		t.Errorf("English chosen for a German client: export language %q, norm %q", r.Lang, p.Charter.Norms[0].Text)
	}
}

// TestNewPlanLanguageChosen: a language chosen in the dialog writes the plan, and a dialog
// cancelled keeps the choice for the next one.
func TestNewPlanLanguageChosen(t *testing.T) {
	a, _ := newTestApp(t)
	h := a.home
	test.Tap(h.newBtn)
	if h.newLang.Selected != i18n.English.Name() {
		t.Fatalf("an English window offers %q", h.newLang.Selected)
	}
	test.Type(h.newName, "Cercle")
	h.newLang.SetSelected(i18n.French.Name())
	h.newDialog.Dismiss()
	test.Tap(h.newBtn)
	if h.newLang.Selected != i18n.French.Name() || h.newName.Text != "Cercle" {
		t.Fatalf("after Cancel: language %q, name %q", h.newLang.Selected, h.newName.Text)
	}
	h.newDialog.Dismiss()
	h.newDraft = nil

	p := newPlanVia(t, a, "Cercle des soignants", planner.TemplateHealthcare, "", i18n.French.Name())
	fr, _ := planner.NewPlanIn(planner.TemplateHealthcare, "x", fixedNow(), i18n.French)
	if p.Lang != "fr" || p.Charter.PlatformWhy != fr.Charter.PlatformWhy || p.Survey.Themes[0].Label != fr.Survey.Themes[0].Label {
		t.Errorf("French plan: language %q, why %q", p.Lang, p.Charter.PlatformWhy)
	}
}

// TestNewPlanForClientSpeaksItsLanguage: "New plan for this client" writes the plan in the
// client's language, and a plan made without the dialog in the window's.
func TestNewPlanForClientSpeaksItsLanguage(t *testing.T) {
	a, st := newTestApp(t)
	a.fa.Preferences().SetString(languagePref, "fr")
	ctx := context.Background()
	acme := planner.Client{Name: "Acme Ltda", Lang: "pt"}
	if err := st.SaveClient(ctx, &acme); err != nil {
		t.Fatal(err)
	}
	id, err := a.home.createPlanFor(acme, planner.TemplateCreators)
	if err != nil {
		t.Fatal(err)
	}
	p, err := st.Load(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	pt, _ := planner.NewPlanIn(planner.TemplateCreators, "x", fixedNow(), i18n.Portuguese)
	if planner.EffectiveBranding(p).Lang != "pt" || p.Charter.Norms[3].Text != pt.Charter.Norms[3].Text {
		t.Errorf("plan for a Portuguese client: language %q, norm %q", planner.EffectiveBranding(p).Lang, p.Charter.Norms[3].Text)
	}
	id, err = a.home.createPlan("Cercle", planner.TemplateBlank)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ = st.Load(ctx, id); p.Lang != "fr" || p.Charter.Norms[0].Text != planner.DefaultNormsIn(i18n.New(i18n.French))[0] {
		t.Errorf("plan in a French window: language %q, norm %q", p.Lang, p.Charter.Norms[0].Text)
	}
}
