package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// revisedPlan is the demo plan with version 9.0 issued and then two sections changed: the
// purpose (one phrase replaced) and the norms (one norm added).
func revisedPlan(t *testing.T, lang string) *planner.Plan {
	t.Helper()
	p := demoPlan()
	p.ID = 1
	p.Lang = lang
	v, err := planner.IssueVersion(p, "9.0", planner.DateOf(fixedNow), "Ana Ribeiro", "Sent for review")
	if err != nil {
		t.Fatal(err)
	}
	v.ID = 900
	p.Charter.Versions = append(p.Charter.Versions, v)
	p.Charter.SignOffs[0].VersionID = 900
	p.Charter.Purpose = strings.Replace(p.Charter.Purpose, "Short-form video creators", "Long-form video creators", 1)
	p.Charter.Norms = append(p.Charter.Norms, planner.Norm{ID: 99, Text: "Credit the creator you learned from"})
	return p
}

// words holds what a charter in each language must say.
var words = map[i18n.Lang]struct{ title, date, changes, removed, pct string }{
	i18n.English:    {"Community charter", "2 March 2026", "Changes since version 9.0", "Removed", "30%"},
	i18n.Spanish:    {"Carta de la comunidad", "2 de marzo de 2026", "Cambios desde la versión 9.0", "Eliminado", "30\u00a0%"},
	i18n.French:     {"Charte de la communauté", "2 mars 2026", "Modifications depuis la version 9.0", "Supprimé", "30\u00a0%"},
	i18n.German:     {"Community-Charta", "2. März 2026", "Änderungen seit Version 9.0", "Entfernt", "30\u00a0%"},
	i18n.Portuguese: {"Carta da comunidade", "2 de março de 2026", "Alterações desde a versão 9.0", "Removido", "30%"},
}

// plans holds what a plan PDF in each language must say.
var plans = map[i18n.Lang]struct{ contents, reviews string }{
	i18n.English:    {"Contents", "Iteration reviews"},
	i18n.Spanish:    {"Índice", "Revisiones periódicas"},
	i18n.French:     {"Sommaire", "Revues d’itération"},
	i18n.German:     {"Inhalt", "Rückblicke"},
	i18n.Portuguese: {"Sumário", "Revisões periódicas"},
}

// TestCharterLanguages writes the revised demo charter in each language: the PDF must carry the
// language's fixed words, dates and percentages, the changes since 9.0, and the organizer's
// words untranslated; its hash is kept as a golden file per language.
func TestCharterLanguages(t *testing.T) {
	needTool(t, "pdftotext")
	for _, l := range i18n.Langs {
		t.Run(string(l), func(t *testing.T) {
			p := revisedPlan(t, string(l))
			opt := testOptions()
			opt.ChangesSince = "9.0"
			var buf bytes.Buffer
			if err := CharterPDF(&buf, p, opt); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "charter.pdf")
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			text := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
			w := words[l]
			for _, want := range []string{w.title, w.date, w.changes, w.removed, w.pct, "Short-form", "Long-form",
				"Credit the creator you learned from", p.Charter.Name, "Ana Ribeiro"} {
				if !strings.Contains(text, strings.Join(strings.Fields(want), " ")) {
					t.Errorf("the %s charter lacks %q", l, want)
				}
			}
			sum := sha256.Sum256(buf.Bytes())
			golden(t, "charter."+string(l)+".pdf.sha256", []byte(hex.EncodeToString(sum[:])+"\n"))

			// The whole plan in the same language, with its chapter titles and figures.
			buf.Reset()
			if err := PlanPDF(&buf, p, opt); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			text = strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
			for _, want := range []string{plans[l].contents, plans[l].reviews, w.date} {
				if !strings.Contains(text, want) {
					t.Errorf("the %s plan PDF lacks %q", l, want)
				}
			}
			sum = sha256.Sum256(buf.Bytes())
			golden(t, "plan."+string(l)+".pdf.sha256", []byte(hex.EncodeToString(sum[:])+"\n"))
		})
	}
}

// golden compares got with a file under testdata/golden, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review, then run with -update", name)
	}
}

// TestMarkdownChanges checks the Spanish Markdown: its headings, the struck and bold words,
// and the version table, which tells issued versions from typed notes.
func TestMarkdownChanges(t *testing.T) {
	p := revisedPlan(t, "es")
	var buf bytes.Buffer
	if err := CharterMarkdownWith(&buf, p, Options{ChangesSince: "9.0"}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"## Cambios desde la versión 9.0", "### Propósito", "~~Short-form~~ **Long-form**",
		"### Normas", "**Credit the creator you learned from**", "## Historial de versiones",
		"| 9.0 | 2 de marzo de 2026 | Ana Ribeiro | Sent for review |",
		"anotada a mano antes de emitir versiones", "| Versión firmada |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if strings.Contains(md, "### Objetivos") {
		t.Error("an unchanged section is listed as changed")
	}
	// Without ChangesSince there is no such section.
	buf.Reset()
	if err := CharterMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "## Cambios desde") {
		t.Error("changes listed without being asked for")
	}
	// The charter changed after 9.0 was issued: the version line says so, not "9.0".
	if !strings.Contains(buf.String(), "Borrador · Cambios desde la versión 9.0") {
		t.Errorf("the version line of a charter changed since 9.0:\n%s", buf.String()[:min(400, buf.Len())])
	}
	// Issued again, it is that version.
	v, err := planner.IssueVersion(p, "", planner.MustDate("2026-03-05"), "Ana", "Agreed")
	if err != nil {
		t.Fatal(err)
	}
	p.Charter.Versions = append(p.Charter.Versions, v)
	buf.Reset()
	if err := CharterMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "Borrador") || !strings.Contains(buf.String(), v.Version) {
		t.Errorf("the version line of a charter just issued as %s:\n%s", v.Version, buf.String()[:min(400, buf.Len())])
	}
}

// TestEnumsTranslated checks that every enumerated value the exports name has a text in every
// language, so that no code such as "biweekly" reaches a client.
func TestEnumsTranslated(t *testing.T) {
	var keys []string
	for _, f := range planner.Frequencies {
		keys = append(keys, "freq."+string(f))
	}
	for _, m := range planner.JoinModes {
		keys = append(keys, "join."+string(m))
	}
	for _, s := range planner.CandidateStatuses {
		keys = append(keys, "status."+string(s))
	}
	for _, s := range planner.Statuses {
		keys = append(keys, "plan_status."+string(s))
	}
	for _, s := range planner.CharterSections {
		keys = append(keys, "section."+string(s))
	}
	for _, l := range []string{"low", "medium", "high"} {
		keys = append(keys, "level."+l)
	}
	for _, l := range i18n.Langs {
		tr := i18n.New(l)
		for _, k := range keys {
			if tr.T(k) == k {
				t.Errorf("%s has no text for %s", l, k)
			}
		}
	}
}

// TestClientBranding checks that a plan made for a client and leaving its own branding empty
// is exported with the client's name, preparer and language.
func TestClientBranding(t *testing.T) {
	p := demoPlan()
	p.Client, p.PreparedBy, p.AccentColor, p.Lang = "", "", "", ""
	p.ClientPreset = &planner.Client{ID: 4, Name: "Acme Cooperativa", PreparedBy: "Lucía Gómez", Lang: "es", AccentColor: "#AA3300"}
	var buf bytes.Buffer
	if err := CharterMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{"Cliente: Acme Cooperativa", "Preparado por: Lucía Gómez", "## Propósito"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	// The plan's own value overrides the client's.
	p.Lang = "de"
	buf.Reset()
	if err := CharterMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "## Zweck") {
		t.Error("the plan's language does not override the client's")
	}
}

// TestLetterPaper sets a client's charter on Letter paper: the pages are 8.5 × 11 inches and
// the footer still shows on every page.
func TestLetterPaper(t *testing.T) {
	p := revisedPlan(t, "en")
	p.ClientPreset = &planner.Client{Name: "Acme", Paper: planner.PaperLetter}
	var buf bytes.Buffer
	if err := CharterPDF(&buf, p, testOptions()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("/MediaBox [0 0 612.00 792.00]")) {
		t.Error("the pages are not Letter size")
	}
	p.Paper = planner.PaperA4 // the plan's own choice wins
	buf.Reset()
	if err := CharterPDF(&buf, p, testOptions()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("/MediaBox [0 0 595.28 841.89]")) {
		t.Error("the pages are not A4 size")
	}
}

// TestStagePrompts checks that every lifecycle stage's questions are in the catalogue and
// translated, and that the catalogue holds no question a stage does not ask.
func TestStagePrompts(t *testing.T) {
	es := i18n.New(i18n.Spanish)
	asked := map[string]bool{}
	for _, st := range planner.Stages {
		keys, english := st.PromptKeys(), st.Prompts()
		if len(keys) == 0 || len(english) != len(keys) {
			t.Errorf("%s: %d keys, %d questions", st, len(keys), len(english))
		}
		for i, k := range keys {
			asked[k] = true
			if !i18n.Has(k) {
				t.Errorf("%s: the catalogue lacks %s", st, k)
			} else if es.T(k) == english[i] {
				t.Errorf("%s is not translated into Spanish", k)
			}
		}
	}
	for _, k := range i18n.Keys("prompt.") {
		if !asked[k] {
			t.Errorf("the catalogue has %s, which no stage asks", k)
		}
	}
}

// TestReviewsCSVHeader writes the reviews CSV of a German plan: the header is German, the
// figures and the organizer's words are as they were.
func TestReviewsCSVHeader(t *testing.T) {
	p := demoPlan()
	p.Lang = "de"
	var buf bytes.Buffer
	if err := ReviewsCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	head, _, _ := strings.Cut(buf.String(), "\n")
	for _, want := range []string{"datum,mitglieder_gesamt", "faktor_anerkennung", "ziel: average engagement rate per video"} {
		if !strings.Contains(head, want) {
			t.Errorf("header %q lacks %q", head, want)
		}
	}
	if !strings.Contains(buf.String(), p.Reviews[0].Worked) {
		t.Error("the organizer's words changed")
	}
}

// TestSuggestionsTranslated words every suggestion of the demo plan in English, as planner
// does, and in Spanish, where none keeps planner's English.
func TestSuggestionsTranslated(t *testing.T) {
	p := demoPlan()
	p.Reviews[len(p.Reviews)-1].Factors[0] = 1 // a weak factor too
	p.Reviews[len(p.Reviews)-1].Stories = nil
	sug := planner.Suggestions(p)
	if len(sug) < 3 {
		t.Fatalf("only %d suggestions to check", len(sug))
	}
	en, es := i18n.New(i18n.English), i18n.New(i18n.Spanish)
	last := p.Reviews[len(p.Reviews)-1].Date
	for _, s := range sug {
		english := joinNonEmpty(": ", s.Title, s.Reason)
		// The exports write dates in full; planner quotes them as ISO dates.
		english = strings.ReplaceAll(english, last.String(), longDate(en, last))
		if got := suggestionText(en, s); got != english {
			t.Errorf("%s in English:\n got %q\nwant %q", s.Key, got, english)
		}
		if got := suggestionText(es, s); got == english || strings.Contains(got, "sug.") {
			t.Errorf("%s is not translated into Spanish: %q", s.Key, got)
		}
	}
}

// TestPlatformReasonsTranslated checks every reason the recommendation can give: English as
// planner words it, and a translation in every other language.
func TestPlatformReasonsTranslated(t *testing.T) {
	all := planner.PlatformNeeds{Casual: true, Voice: true, Professional: true, Courses: true, Monetize: true, Privacy: true, Internal: true, Size: 500}
	small := planner.PlatformNeeds{Size: 3}
	for _, n := range []planner.PlatformNeeds{all, small} {
		for _, s := range planner.RecommendPlatforms(n) {
			if got := platformReasons(i18n.New(i18n.English), planner.PlatformAdvice{}, s); !slices.Equal(got, s.Reasons) {
				t.Errorf("%s in English:\n got %q\nwant %q", s.Platform, got, s.Reasons)
			}
			for _, l := range i18n.Langs[1:] {
				for i, r := range platformReasons(i18n.New(l), planner.PlatformAdvice{}, s) {
					if r == s.Reasons[i] {
						t.Errorf("%s: %s reason %q is not translated", l, s.Platform, r)
					}
				}
			}
		}
	}
}

// TestCalendarLanguage writes the demo calendar in Spanish: the fixed words are Spanish, the
// practices keep the organizer's names.
func TestCalendarLanguage(t *testing.T) {
	p := demoPlan()
	p.Lang = "es"
	p.Event.Title = ""
	var buf bytes.Buffer
	if err := ICS(&buf, p, fixedNow); err != nil {
		t.Fatal(err)
	}
	ics := strings.ReplaceAll(buf.String(), "\r\n ", "")
	for _, want := range []string{"SUMMARY:Lanzamiento de Creator Growth Circle", "Lista de lanzamiento:", "días después del evento", "Weekly share thread (Semanal)", "Anfitrión: "} {
		if !strings.Contains(ics, want) {
			t.Errorf("calendar lacks %q", want)
		}
	}
}

// TestChangedCadenceWorded changes a practice's day and frequency after version 9.0: the
// Spanish Markdown words the removed and added values in Spanish, not as codes or English.
func TestChangedCadenceWorded(t *testing.T) {
	p := revisedPlan(t, "es")
	p.Charter.Cadence[0].Weekday = time.Tuesday
	p.Charter.Cadence[0].Frequency = planner.Biweekly
	var buf bytes.Buffer
	if err := CharterMarkdownWith(&buf, p, Options{ChangesSince: "9.0"}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{"### Ritmo", "~~Semanal~~ **Cada dos semanas** · ~~Lunes~~ **Martes**", "Mensual · Jueves · 18:30 · 60 min"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if strings.Contains(md, "⟦") || strings.Contains(md, "Monday") {
		t.Error("a marker or an English day reached the Spanish Markdown")
	}
}

// TestFlowSectionsTranslated writes the demo plan and charter in each language other than
// English: the sections that carry evidence forward (answers per question, platform needs and
// survey votes, why the rhythm and the date, invitations, trends) are in that language, and
// none of their English sentences is left.
func TestFlowSectionsTranslated(t *testing.T) {
	needTool(t, "pdftotext")
	english := []string{"Answers per question", "Why this rhythm", "Why then", "respondents prefer", "Guessed from keywords",
		"Weekly active members (% of members)", "the pain themes below tally them", "Written from the plan", "Needs:"}
	for _, l := range i18n.Langs[1:] {
		t.Run(string(l), func(t *testing.T) {
			p := demoPlan()
			p.Lang = string(l)
			p.Charter.CadenceWhy = "Most answers asked for weekly threads."
			p.Event.ScheduleWhy = "Thursday evenings suit most respondents."
			tr := i18n.New(l)
			var text string
			for _, write := range []func(*bytes.Buffer) error{
				func(b *bytes.Buffer) error { return PlanPDF(b, p, testOptions()) },
				func(b *bytes.Buffer) error { return CharterPDF(b, p, testOptions()) },
			} {
				var buf bytes.Buffer
				if err := write(&buf); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(t.TempDir(), "doc.pdf")
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				text += " " + strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
			}
			for _, key := range []string{"sum.heading", "sum.mean", "field.cadence_why", "pp.why_then", "pp.invitations",
				"pp.trends", "trend.weekly-active", "trend.poll-response", "platform.guessed", "field.survey"} {
				if want := strings.Join(strings.Fields(tr.T(key)), " "); !strings.Contains(text, want) {
					t.Errorf("%s lacks %s %q", l, key, want)
				}
			}
			for _, s := range english {
				if strings.Contains(text, s) {
					t.Errorf("%s still says %q", l, s)
				}
			}
		})
	}
}

// englishOnly are words English sentences are made of and German ones are not: a German plan
// PDF whose own words are German must contain none of them.
var englishOnly = regexp.MustCompile(`(?i)\b(the|and|of|since|missing|add|more|yet|not|with|members?|are|is|to|overdue|choose|write|give|record|keep|goals?|review|still|accepted|joined|willing|veterans?|confirmed|does|there|by|from|or|what|who|when|for|you|your|this|that|have|has|will|be|it|its|their|due|today|none|nothing)\b`)

// TestGermanPlanHasNoAppEnglish writes the plan PDF of a German plan in every state that makes
// planner speak (hints of what is missing, the three elements, next actions, failed SMART
// checks, recruitment warnings, lifecycle questions) and with the organizer's own words in
// German: pdftotext finds no English word in it.
func TestGermanPlanHasNoAppEnglish(t *testing.T) {
	needTool(t, "pdftotext")
	p := speakingPlan()
	p.Lang = "de"
	var buf bytes.Buffer
	if err := PlanPDF(&buf, p, testOptions()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text := run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")
	for _, want := range []string{"Überfällig seit 18. Februar 2026: Umfrage verschicken (Jonas)", "Das Themenfeld beschreiben",
		"Es fehlt: ein Termin", "Kein Themenfeld beschrieben, 1 von 2 Zielen"} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("the German plan lacks %q", want)
		}
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "Community of Practice", ""), "COMMUNITY OF PRACTICE", "") // the German name of the idea
	for i, line := range strings.Split(text, "\n") {
		if w := englishOnly.FindString(line); w != "" {
			t.Errorf("line %d has the English %q: %s", i+1, w, strings.TrimSpace(line))
		}
	}
}

// speakingPlan is a German organizer's plan in every state that makes planner speak: hints
// of what is missing, elements not in place, an overdue action, failed SMART checks,
// recruitment warnings and a lifecycle stage.
func speakingPlan() *planner.Plan {
	due := planner.MustDate("2026-02-18")
	return &planner.Plan{ID: 1, Name: "Fotokreis", Lang: "de", Status: planner.StatusActive, Stage: planner.StageCoalescing,
		Goals: []planner.Goal{{ID: 1, Title: "Mehr Austausch"}},
		Candidates: []planner.Candidate{
			{ID: 1, Name: "Jonas", Status: planner.Accepted, Experience: planner.Newcomer},
			{ID: 2, Name: "Lea", Status: planner.Invited, Experience: planner.Newcomer},
		},
		Reviews: []planner.Review{{ID: 1, Date: planner.MustDate("2026-02-01"), MembersTotal: 4,
			Actions: []planner.Action{{ID: 1, Text: "Umfrage verschicken", Owner: "Jonas", Due: due}}}},
	}
}

// pseudoSpan is a text of the pseudo-language with no other one inside it.
var pseudoSpan = regexp.MustCompile(`(?s)\[!! [^\[]*? !!\]`)

// TestPseudoPDFs writes the German-speaking plan's charter and plan PDFs in the
// pseudo-language: once every marked text is taken out, no English word is left, so every
// line the app writes comes from the catalogue (a hard-coded English label would stay
// unmarked and fail here).
func TestPseudoPDFs(t *testing.T) {
	needTool(t, "pdftotext")
	p := speakingPlan()
	p.Lang = string(i18n.Pseudo)
	for name, write := range map[string]func(io.Writer, *planner.Plan, Options) error{"charter": CharterPDF, "plan": PlanPDF} {
		var buf bytes.Buffer
		if err := write(&buf, p, testOptions()); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), name+".pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
		if !strings.Contains(text, i18n.PseudoOpen) {
			t.Fatalf("the %s PDF is not in the pseudo-language", name)
		}
		for {
			stripped := pseudoSpan.ReplaceAllString(text, " ")
			if stripped == text {
				break
			}
			text = stripped
		}
		text = strings.ReplaceAll(strings.ReplaceAll(text, "Community of Practice", ""), "COMMUNITY OF PRACTICE", "")
		for i, line := range strings.Split(text, "\n") {
			if w := englishOnly.FindString(line); w != "" {
				t.Errorf("%s line %d has the unmarked English %q: %s", name, i+1, w, strings.TrimSpace(line))
			}
		}
	}
}
