package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

func TestRecruitStep(t *testing.T) {
	p := &planner.Plan{Name: "Recruit", Survey: planner.Survey{
		Questions: []planner.Question{{ID: 1, Kind: planner.KindText, Title: "Pain"}},
		Responses: []planner.Response{
			{ID: 1, Respondent: "Ana Lima", Email: "ana@example.com"},
			{ID: 2, Respondent: "Ben Okoro", Email: "ben@example.com"},
		},
	}, Invites: []planner.InviteTemplate{{ID: 1, Channel: planner.ChannelEmail, Text: "Hi {name}, join us!"}}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*recruitStep](t, s, planner.StepRecruit)
	v.candidates.confirm = func(_ string, ok func()) { ok() }

	t.Run("add and change status", func(t *testing.T) {
		test.Tap(v.candidates.add)
		entry(t, v.fields, "candidate.name").SetText("Cy Dube")
		test.Type(entry(t, v.fields, "candidate.contact"), "cy@example.com")
		v.fields["candidate.channel"].(*widget.Select).SetSelected(planner.ChannelEmail.Label())
		v.fields["candidate.status"].(*widget.Select).SetSelected(string(planner.Invited))
		got := reload(t, s, st).Candidates
		if len(got) != 1 || got[0].Name != "Cy Dube" || got[0].Status != planner.Invited {
			t.Fatalf("candidates %+v", got)
		}
		if h := got[0].History; len(h) != 2 || h[1].Status != planner.Invited || h[1].On.String() != "2026-03-01" {
			t.Errorf("history %+v", h)
		}
		if inv := v.fields["candidate.invite"].(*widget.Label).Text; inv != "Hi Cy Dube, join us!" {
			t.Errorf("filled invitation %q", inv)
		}
		test.Tap(v.fields["candidate.copy"].(*widget.Button))
		if clip := fyne.CurrentApp().Clipboard().Content(); clip != "Hi Cy Dube, join us!" {
			t.Errorf("clipboard holds %q", clip)
		}
	})
	t.Run("add survey respondents without duplicates", func(t *testing.T) {
		test.Tap(v.addRespondents)
		v.wait()
		if v.added != 2 {
			t.Fatalf("added %d", v.added)
		}
		test.Tap(v.addRespondents)
		v.wait()
		if v.added != 0 {
			t.Errorf("second time added %d", v.added)
		}
		if got := reload(t, s, st).Candidates; len(got) != 3 {
			t.Errorf("%d candidates", len(got))
		}
	})
	t.Run("delete a person everywhere", func(t *testing.T) {
		for i, c := range s.plan.Candidates {
			if c.Name == "Ana Lima" {
				v.candidates.selectItem(i)
			}
		}
		test.Tap(v.candidates.del)
		got := reload(t, s, st)
		for _, c := range got.Candidates {
			if c.Name == "Ana Lima" {
				t.Error("Ana still a candidate")
			}
		}
		for _, r := range got.Survey.Responses {
			if r.Email == "ana@example.com" {
				t.Error("Ana's response survived")
			}
		}
		if len(s.plan.Candidates) != 2 || len(s.plan.Survey.Responses) != 1 {
			t.Errorf("open plan still shows %d candidates, %d responses", len(s.plan.Candidates), len(s.plan.Survey.Responses))
		}
	})
	t.Run("import CSV flags duplicates", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "c.csv")
		csv := "name,contact,status\nDee,dee@example.com,prospect\nBen again,BEN@example.com,invited\n"
		if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
			t.Fatal(err)
		}
		msg, err := v.importCandidatesFile(path)
		if err != nil {
			t.Fatal(err)
		}
		v.wait()
		if v.added != 2 {
			t.Fatalf("imported %d", v.added)
		}
		if !strings.Contains(msg, "duplicate contact") {
			t.Errorf("report does not flag Ben: %q", msg)
		}
		if !strings.Contains(msg, "Dee · dee@example.com · "+planner.ChannelEmail.Label()+" · prospect") {
			t.Errorf("report does not preview the first rows: %q", msg)
		}
		if w := warningTexts(v); !strings.Contains(w, "share a contact") {
			t.Errorf("the warnings do not flag duplicates: %q", w)
		}
		if got := reload(t, s, st).Candidates; len(got) != 4 {
			t.Errorf("%d candidates after import", len(got))
		}
	})
}

func TestRecruitListIsVirtualized(t *testing.T) {
	p := &planner.Plan{Name: "Big"}
	for i := range 5000 {
		p.Candidates = append(p.Candidates, planner.Candidate{ID: int64(i + 1), Name: "Person", Status: planner.Prospect})
	}
	s, _ := newTestSessionWith(t, p)
	v := openStep[*recruitStep](t, s, planner.StepRecruit)
	if n := v.candidates.list.Length(); n != 5000 {
		t.Fatalf("list length %d", n)
	}
	// A widget.List only builds rows for what is visible; the data stays in the plan.
	if objs := test.LaidOutObjects(v.candidates.list); len(objs) > 500 {
		t.Errorf("%d objects laid out for 5,000 candidates", len(objs))
	}
}

// warningTexts is the recruitment warnings shown, one a line.
func warningTexts(v *recruitStep) string {
	var lines []string
	for _, o := range v.warnings.Objects {
		lines = append(lines, o.(*widget.Label).Text)
	}
	return strings.Join(lines, "\n")
}

// TestRecruitStepInGerman opens step 2 in German: the summary, buttons, form and import
// report are German, the page still fits beside the step list, and a status chosen by its
// German name stores the status's code.
func TestRecruitStepInGerman(t *testing.T) {
	s, st := newTestSessionWith(t, plantest.Demo(testNow))
	s.tr = i18n.New(i18n.German)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	v := newRecruitStep(s, w).(*recruitStep)
	v.candidates.selectItem(0)
	for what, got := range map[string]string{
		"import button": v.importBtn.Text,
		"summary":       v.summary.Text,
		"lead check":    v.fields["candidate.lead"].(*widget.Check).Text,
		"copy button":   v.fields["candidate.copy"].(*widget.Button).Text,
	} {
		want := map[string]string{"import button": "Kandidaten importieren", "summary": "Kerngruppe (zugesagt oder beigetreten)",
			"lead check": "Bereit zu leiten", "copy button": "Einladung kopieren"}[what]
		if !strings.Contains(got, want) {
			t.Errorf("%s reads %q, want %q in it", what, got, want)
		}
	}
	if w := v.content().MinSize().Width; w > pageWidth {
		t.Errorf("the German page needs %v px, more than %v", w, pageWidth)
	}

	// The selects show German words and store the codes.
	status := v.fields["candidate.status"].(*widget.Select)
	if !slices.Contains(status.Options, "eingeladen") || slices.Contains(status.Options, string(planner.Invited)) {
		t.Fatalf("status options %q, want the German names", status.Options)
	}
	status.SetSelected("abgesagt")
	exp := v.fields["candidate.experience"].(*widget.Select)
	exp.SetSelected("Erfahren")
	id := s.plan.Candidates[0].ID
	for _, c := range reload(t, s, st).Candidates {
		if c.ID == id && (c.Status != planner.Declined || c.Experience != planner.Veteran) {
			t.Errorf("stored status %q and experience %q, want the codes %q and %q", c.Status, c.Experience, planner.Declined, planner.Veteran)
		}
	}

	// The dialogs: the delete confirmation and the survey respondents' count.
	var asked string
	v.candidates.confirm = func(msg string, _ func()) { asked = msg }
	test.Tap(v.candidates.del)
	for _, want := range []string{"löschen? Die Person wird überall im Plan entfernt:", "Das lässt sich nicht rückgängig machen."} {
		if !strings.Contains(asked, want) {
			t.Errorf("the delete confirmation %q lacks %q", asked, want)
		}
	}
	test.Tap(v.addRespondents)
	v.wait()
	if got := texts(w); !strings.Contains(got, "Kandidaten hinzugefügt.") && !strings.Contains(got, "Kandidat hinzugefügt.") {
		t.Errorf("the respondents dialog says %q", got)
	}

	rep := importCandidatesReport(s.tr, s.plan, []planner.Candidate{{Name: "Dee", Contact: s.plan.Candidates[0].Contact, Channel: planner.ChannelEmail, Status: planner.Invited}},
		csvimport.Report{Rows: 2})
	for _, want := range []string{"1 Kandidat aus 2 Zeilen gelesen.", "Erste Zeilen (Name · Kontakt", "· eingeladen ·", "Achtung: doppelter Kontakt"} {
		if !strings.Contains(rep, want) {
			t.Errorf("the German import report lacks %q:\n%s", want, rep)
		}
	}
}
