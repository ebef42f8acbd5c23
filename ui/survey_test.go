package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// entry returns a form entry the step kept under name.
func entry(t *testing.T, fields map[string]fyne.CanvasObject, name string) *widget.Entry {
	t.Helper()
	switch e := fields[name].(type) {
	case *widget.Entry:
		return e
	case *parsedEntry:
		return &e.Entry
	case *keyEntry:
		return &e.Entry
	}
	t.Fatalf("no entry %q among the form fields", name)
	return nil
}

// surveyTab shows tab i (surveyTabQuestions…) of the survey page, as a click on its title
// does, and returns the tab's scroller: only the tab shown is laid out and kept up to date.
// Fyne's test driver places an object no longer in the window at minus the window's inset,
// where the app's driver places it at zero, so the wheel (pageScrollAt) would take the
// scroller of a tab shown before for the one shown now: the hidden tabs' scrollers are left
// out of the wheel's candidates, as the app's driver leaves them out.
func surveyTab(t *testing.T, v *surveyStep, i int) *pageScroll {
	t.Helper()
	v.tabs.SelectIndex(i)
	for j, it := range v.tabs.Items {
		if j == i {
			liveScrolls.Store(it.Content, fyne.CurrentApp())
		} else {
			liveScrolls.Delete(it.Content)
		}
	}
	ps, ok := v.tabs.Items[i].Content.(*pageScroll)
	if !ok {
		t.Fatalf("survey tab %d is a %T, want a page scroller", i, v.tabs.Items[i].Content)
	}
	return ps
}

func TestSurveyStepEditsReachTheStore(t *testing.T) {
	s, st := newTestSession(t)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)

	test.Tap(v.questions.add)
	entry(t, v.fields, "question.title").SetText("What is your biggest pain?")
	v.fields["question.kind"].(*widget.Select).SetSelected(planner.KindText.Label())

	test.Tap(v.themes.add)
	entry(t, v.fields, "theme.label").SetText("Editing")
	test.Type(entry(t, v.fields, "theme.keywords"), "edit, cut")
	s.flush()

	test.Tap(v.responses.add)
	qid := s.plan.Survey.Questions[0].ID
	test.Type(entry(t, v.fields, "response.name"), "Zoë")
	test.Type(entry(t, v.fields, fmt.Sprintf("response.q%d", qid)), "Editing takes forever")

	test.Tap(v.goals.add)
	entry(t, v.fields, "goal.title").SetText("Double engagement")
	test.Type(entry(t, v.fields, "goal.metric"), "engagement rate")
	test.Type(entry(t, v.fields, "goal.target"), "4")
	test.Type(entry(t, v.fields, "goal.due"), "2026-06-30")

	test.Type(v.domain, "Helping solo creators grow")
	p := reload(t, s, st)

	if len(p.Survey.Questions) != 1 || p.Survey.Questions[0].Title != "What is your biggest pain?" {
		t.Errorf("questions %+v", p.Survey.Questions)
	}
	if len(p.Survey.Themes) != 1 || strings.Join(p.Survey.Themes[0].Keywords, "|") != "edit|cut" {
		t.Errorf("themes %+v", p.Survey.Themes)
	}
	if len(p.Survey.Responses) != 1 {
		t.Fatalf("responses %+v", p.Survey.Responses)
	}
	r := p.Survey.Responses[0]
	if r.Respondent != "Zoë" || len(r.Answers) != 1 || r.Answers[0].Text != "Editing takes forever" {
		t.Errorf("response %+v", r)
	}
	if len(r.Answers) == 1 && (len(r.Answers[0].Tags) != 1 || r.Answers[0].Tags[0].State != planner.TagAuto) {
		t.Errorf("answer tags %+v, want one auto tag", r.Answers[0].Tags)
	}
	if len(p.Goals) != 1 {
		t.Fatalf("goals %+v", p.Goals)
	}
	g := p.Goals[0]
	if g.Title != "Double engagement" || g.Metric != "engagement rate" || g.Target == nil || *g.Target != 4 || g.Due.String() != "2026-06-30" {
		t.Errorf("goal %+v", g)
	}
	if p.Domain != "Helping solo creators grow" {
		t.Errorf("domain %q", p.Domain)
	}
	surveyTab(t, v, surveyTabResponses)
	if !strings.HasPrefix(v.progress.Text, "1 of") {
		t.Errorf("progress %q", v.progress.Text)
	}
	if tally := planner.TallyThemes(p.Survey); tally.Themes[0].Count != 1 {
		t.Errorf("tally %+v", tally)
	}
}

func TestSurveyRetagByHand(t *testing.T) {
	p := &planner.Plan{Name: "Tags", Survey: planner.Survey{
		Questions: []planner.Question{{ID: 1, Kind: planner.KindText, Title: "Pain", Role: planner.RolePain}},
		Themes:    []planner.Theme{{ID: 1, Label: "Editing", Keywords: []string{"edit"}}, {ID: 2, Label: "Time", Keywords: []string{"time"}}},
		Responses: []planner.Response{{ID: 1, Respondent: "Ana", Answers: []planner.Answer{{QuestionID: 1, Text: "Editing eats my time",
			Tags: []planner.Tag{{ThemeID: 1, State: planner.TagAuto}, {ThemeID: 2, State: planner.TagAuto}}}}}},
	}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	v.responses.selectItem(0)
	qid := s.plan.Survey.Questions[0].ID
	cg := v.fields[fmt.Sprintf("response.tags.q%d", qid)].(*widget.CheckGroup)
	cg.SetSelected([]string{"Editing"}) // untick Time
	got := reload(t, s, st).Survey.Responses[0].Answers[0].Tags
	states := map[planner.TagState]int{}
	for _, tg := range got {
		states[tg.State]++
	}
	if states[planner.TagRejected] != 1 || len(got) != 2 {
		t.Errorf("tags %+v, want Time rejected and Editing kept", got)
	}
}

const googleFormsCSV = "Timestamp,Email Address,What is your biggest pain?,How would you rate your skill (1-10)?\n" +
	"2026/02/01 10:15:00 AM GMT+1,ana@example.com,\"Finding time to edit\nevery week\",7\n" +
	"2026/02/02 11:00:00 AM GMT+1,ben@example.com,Burnout,4\n" +
	"2026/02/03 09:30:00 AM GMT+1,cy@example.com,Editing software is hard,5\n"

func surveyPlan() *planner.Plan {
	return &planner.Plan{Name: "Import", Survey: planner.Survey{
		Questions: []planner.Question{
			{ID: 1, Kind: planner.KindText, Title: "What is your biggest pain?", Role: planner.RolePain},
			{ID: 2, Kind: planner.KindScale, Title: "How would you rate your skill (1-10)?", Role: planner.RoleSkill},
		},
		Themes: []planner.Theme{{ID: 1, Label: "Editing", Keywords: []string{"edit"}}},
	}}
}

func TestImportDialog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "form.csv")
	if err := os.WriteFile(path, []byte(googleFormsCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Run("import, then again adds nothing", func(t *testing.T) {
		s, st := newTestSessionWith(t, surveyPlan())
		w := test.NewTempWindow(t, widget.NewLabel(""))
		refreshed := 0
		d := newImportDialog(s, w, func() { refreshed++ })
		if err := d.loadPath(path); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(d.format.Text, "Google Forms export") {
			t.Errorf("format shown: %q", d.format.Text)
		}
		test.Tap(d.importBtn)
		d.wait()
		if d.added != 3 || refreshed != 1 {
			t.Fatalf("added %d (refreshed %d), report %q", d.added, refreshed, d.report.Text)
		}
		p := reload(t, s, st)
		if len(p.Survey.Responses) != 3 {
			t.Fatalf("store holds %d responses", len(p.Survey.Responses))
		}
		tagged := 0
		for _, r := range p.Survey.Responses {
			for _, a := range r.Answers {
				tagged += len(a.Tags)
			}
		}
		if tagged != 2 {
			t.Errorf("%d tags after import, want 2 (two answers mention editing)", tagged)
		}

		again := newImportDialog(s, w, nil)
		if err := again.loadPath(path); err != nil {
			t.Fatal(err)
		}
		test.Tap(again.importBtn)
		again.wait()
		if again.added != 0 || len(reload(t, s, st).Survey.Responses) != 3 {
			t.Errorf("second import added %d: %q", again.added, again.report.Text)
		}
	})
	t.Run("cancel adds nothing", func(t *testing.T) {
		s, st := newTestSessionWith(t, surveyPlan())
		d := newImportDialog(s, test.NewTempWindow(t, widget.NewLabel("")), nil)
		if err := d.loadPath(path); err != nil {
			t.Fatal(err)
		}
		d.maps[2].SetSelected(d.optNew)
		test.Tap(d.cancelBtn)
		p := reload(t, s, st)
		if len(p.Survey.Responses) != 0 || len(p.Survey.Questions) != 2 {
			t.Errorf("cancel changed the plan: %d responses, %d questions", len(p.Survey.Responses), len(p.Survey.Questions))
		}
	})
	t.Run("new question from a column", func(t *testing.T) {
		s, st := newTestSessionWith(t, surveyPlan())
		d := newImportDialog(s, test.NewTempWindow(t, widget.NewLabel("")), nil)
		if err := d.loadPath(path); err != nil {
			t.Fatal(err)
		}
		d.maps[3].SetSelected(d.optNew) // the skill column becomes a new question
		test.Tap(d.importBtn)
		d.wait()
		p := reload(t, s, st)
		if len(p.Survey.Questions) != 3 || d.added != 3 {
			t.Fatalf("questions %d, added %d: %q", len(p.Survey.Questions), d.added, d.report.Text)
		}
		newQ := p.Survey.Questions[2].ID
		found := false
		for _, a := range p.Survey.Responses[0].Answers {
			found = found || a.QuestionID == newQ
		}
		if !found {
			t.Error("answers not mapped to the new question")
		}
	})
}

// The answers per question and the tally are drawn when their tab is shown, drawn again
// when it is shown after the plan changed, and kept as they are when it did not.
func TestSurveySummaryTabFollowsThePlan(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	if len(v.summary.lines) != 0 || len(v.tally.Objects) != 0 {
		t.Fatalf("the summary (%d questions) or the tally (%d objects) drawn before their tab is shown", len(v.summary.lines), len(v.tally.Objects))
	}
	q := s.plan.Survey.Questions[0]
	n := len(s.plan.Survey.Responses)
	surveyTab(t, v, surveyTabSummary)
	wantN := func(n int) {
		t.Helper()
		if lines := strings.Join(v.summary.lines[q.ID], "\n"); !strings.Contains(lines, fmt.Sprintf("n = %d", n)) {
			t.Errorf("summary of %q: %q, want n = %d", q.Title, lines, n)
		}
	}
	wantN(n)
	drawn := v.summary.box.Objects[0]
	surveyTab(t, v, surveyTabQuestions)
	surveyTab(t, v, surveyTabSummary)
	if v.summary.box.Objects[0] != drawn {
		t.Error("the summary was drawn again although the plan did not change")
	}
	surveyTab(t, v, surveyTabResponses)
	test.Tap(v.responses.add)
	test.Type(entry(t, v.fields, fmt.Sprintf("response.q%d", q.ID)), "5")
	surveyTab(t, v, surveyTabSummary) // leaving the tab saves the answer
	wantN(n + 1)
	surveyTab(t, v, surveyTabThemes)
	if len(v.tally.Objects) == 0 {
		t.Error("no tally on the themes tab")
	}
}

func TestTallyCutsLongThemeNamesAndWrapsTheSmallNote(t *testing.T) {
	long := "Finding time for continuing education between night shifts and family duties " + strings.Repeat("and more ", 12) // within planner.MaxShortText
	p := &planner.Plan{Name: "Long themes", Survey: planner.Survey{
		Questions: []planner.Question{{ID: 1, Kind: planner.KindText, Title: "Pain", Role: planner.RolePain}},
		Themes:    []planner.Theme{{ID: 1, Label: long, Keywords: []string{"time"}}},
		Responses: []planner.Response{{ID: 1, Respondent: "Ana", Answers: []planner.Answer{{QuestionID: 1, Text: "no time",
			Tags: []planner.Tag{{ThemeID: 1, State: planner.TagAuto}}}}}},
	}}
	s, _ := newTestSessionWith(t, p)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	surveyTab(t, v, surveyTabThemes)
	var chart *barChart
	var note *widget.Label
	for _, o := range v.tally.Objects {
		switch o := o.(type) {
		case *barChart:
			chart = o
		case *widget.Label:
			if strings.Contains(o.Text, "too few to read") {
				note = o
			}
		}
	}
	if chart == nil {
		t.Fatal("no tally chart")
	}
	for _, it := range chart.items {
		if strings.Contains(it.Note, "too small") {
			t.Errorf("bar note %q: the small-count note belongs in wrapping text", it.Note)
		}
	}
	if note == nil || note.Wrapping != fyne.TextWrapWord || !strings.Contains(note.Text, long) {
		t.Fatalf("want a wrapping label with the full theme name and the small-count note, got %+v", note)
	}
	if w := v.content().MinSize().Width; w > pageWidth {
		t.Errorf("step 1 needs %v px with a long theme name, more than %v", w, pageWidth)
	}
}

func TestLongSurveyOptionsAreCutInTheResponseForm(t *testing.T) {
	// Long, but within the one-line limit every plan in the library obeys (planner.MaxShortText).
	long := "Weekly live sessions where members bring a case from their own practice " + strings.Repeat("and discuss it at length ", 4)
	theme := "Finding time for learning between shifts " + strings.Repeat("and family duties ", 8)
	p := &planner.Plan{Name: "Long options", Survey: planner.Survey{
		Questions: []planner.Question{
			{ID: 1, Kind: planner.KindMulti, Title: "Formats", Options: []string{long, "Forum"}},
			{ID: 2, Kind: planner.KindSingle, Title: "Best format", Options: []string{"Forum", long}},
			{ID: 3, Kind: planner.KindText, Title: "Pain", Role: planner.RolePain},
		},
		Themes:    []planner.Theme{{ID: 1, Label: theme, Keywords: []string{"shift"}}},
		Responses: []planner.Response{{ID: 1, Respondent: "Ana", Answers: []planner.Answer{{QuestionID: 3, Text: "shift work"}}}},
	}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	v.responses.selectItem(0)
	multi := v.fields["response.q1"].(*widget.CheckGroup)
	single := v.fields["response.q2"].(*widget.Select)
	tags := v.fields["response.tags.q3"].(*widget.CheckGroup)
	for _, shown := range []string{multi.Options[0], single.Options[1], tags.Options[0]} {
		if n := len([]rune(shown)); n > maxCheckRunes || !strings.HasSuffix(shown, "…") {
			t.Errorf("choice shown as %q (%d characters), want it cut with …", shown, n)
		}
	}
	if w := v.content().MinSize().Width; w > pageWidth {
		t.Errorf("step 1 needs %v px with a long option, more than %v", w, pageWidth)
	}
	multi.SetSelected([]string{multi.Options[0]})
	single.SetSelected(single.Options[1])
	tags.SetSelected(nil)
	got := reload(t, s, st)
	var a1, a2 planner.Answer
	for _, a := range got.Survey.Responses[0].Answers {
		switch a.QuestionID {
		case 1:
			a1 = a
		case 2:
			a2 = a
		}
	}
	if len(a1.Choices) != 1 || a1.Choices[0] != long {
		t.Errorf("multiple-choice answer %q, want the full option", a1.Choices)
	}
	if a2.Text != long {
		t.Errorf("single-choice answer %q, want the full option", a2.Text)
	}
}

func TestChoiceTextsKeepCutChoicesApart(t *testing.T) {
	stem := strings.Repeat("Monthly case discussion ", 5)
	a, b := stem+"in the morning", stem+"in the evening"
	ct := newChoiceTexts([]string{a, b, "Forum"})
	if ct.shown[0] == ct.shown[1] {
		t.Fatalf("two options cut to the same text %q", ct.shown[0])
	}
	if got := ct.toFull(ct.shown); strings.Join(got, "|") != strings.Join([]string{a, b, "Forum"}, "|") {
		t.Errorf("shown texts map back to %q", got)
	}
	if got := ct.toShown([]string{b, "gone"}); len(got) != 1 || got[0] != ct.shown[1] {
		t.Errorf("toShown = %q", got)
	}
}

// The SMART check's measurable and time-bound follow from the goal's fields: with a metric,
// baseline, target and due date typed, neither says "Not confirmed".
func TestSmartFollowsTheFields(t *testing.T) {
	s, _ := newTestSession(t)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	test.Tap(v.goals.add)
	result := func(i int) string { return v.fields[fmt.Sprintf("goal.smartResult%d", i)].(*widget.Label).Text }
	if !strings.Contains(result(1), "Missing a metric, a baseline and a target") || !strings.Contains(result(4), "Missing a due date") {
		t.Fatalf("empty goal: measurable %q, time-bound %q", result(1), result(4))
	}
	test.Type(entry(t, v.fields, "goal.metric"), "engagement rate")
	for name, text := range map[string]string{"goal.baseline": "2", "goal.target": "4", "goal.due": "2026-06-30"} {
		e := v.fields[name].(*parsedEntry)
		test.Type(e, text)
		e.FocusLost()
	}
	if result(1) != "✓ pass" || result(4) != "✓ pass" {
		t.Errorf("filled goal: measurable %q, time-bound %q", result(1), result(4))
	}
	if c := v.fields["goal.smart1"].(*widget.Check); !c.Checked || !c.Disabled() {
		t.Errorf("the measurable check box: checked %v, disabled %v", c.Checked, c.Disabled())
	}
}

// Step 1 opened in German speaks German (sections, buttons, a question's kind, the SMART
// check), every form of it fits a 1366-pixel window with German's long words, and a kind
// chosen by its German name is stored as its code.
func TestSurveyStepInGerman(t *testing.T) {
	p := plantest.Demo(testNow)
	p.Goals = append(p.Goals, planner.Goal{ID: 99}) // a new goal: every SMART reason says what is missing
	s, st := newTestSessionWith(t, p)
	s.tr = i18n.New(i18n.German)
	z := wizardAt(t, s, fyne.NewSize(1366, 768), planner.StepSurvey)
	v := z.page(planner.StepSurvey).(*surveyStep)
	if v.copyBtn.Text != "Fragebogen kopieren (Markdown)" || v.importBtn.Text != "Antworten importieren (CSV oder Excel)…" {
		t.Errorf("buttons %q, %q", v.copyBtn.Text, v.importBtn.Text)
	}
	surveyTab(t, v, surveyTabResponses)
	if !strings.Contains(v.progress.Text, " von ") || !strings.Contains(v.progress.Text, "Antworten") {
		t.Errorf("progress %q", v.progress.Text)
	}
	surveyTab(t, v, surveyTabThemes)
	if !strings.HasPrefix(v.baseline.Text, "Ausgangswert der Kompetenz") {
		t.Errorf("baseline %q", v.baseline.Text)
	}
	var page *pageScroll // the tab shown
	wide := func(what string, i int) {
		t.Helper()
		if w, view := page.Content.MinSize().Width, page.Size().Width; w > view {
			t.Errorf("%s %d open in German: the page needs %v px, the window shows %v", what, i, w, view)
		}
	}
	page = surveyTab(t, v, surveyTabQuestions)
	for i := range s.plan.Survey.Questions {
		v.questions.selectItem(i)
		wide("question", i)
	}
	page = surveyTab(t, v, surveyTabResponses)
	for i := range s.plan.Survey.Responses {
		v.responses.selectItem(i)
		wide("response", i)
	}
	page = surveyTab(t, v, surveyTabThemes)
	for i := range s.plan.Survey.Themes {
		v.themes.selectItem(i)
		wide("theme", i)
	}
	page = surveyTab(t, v, surveyTabDomain)
	for i := range s.plan.Goals {
		v.goals.selectItem(i)
		wide("goal", i)
	}
	// The new goal, open last: its SMART check in German.
	res := v.fields["goal.smartResult4"].(*widget.Label).Text
	if !strings.HasPrefix(res, "✗ nicht erfüllt: ") || strings.Contains(res, "Missing") {
		t.Errorf("time-bound result %q", res)
	}
	if c := v.fields["goal.smart0"].(*widget.Check); c.Text != planner.SmartCheck(planner.Goal{})[0].Criterion.In(s.tr) || c.Text == "Specific" {
		t.Errorf("specific check box %q", c.Text)
	}

	// The kind select shows German words; the one chosen is stored as its code.
	v.questions.selectItem(0)
	kind := v.fields["question.kind"].(*widget.Select)
	if !slices.Contains(kind.Options, "Skala") || slices.Contains(kind.Options, planner.KindScale.Label()) {
		t.Fatalf("kind options %q", kind.Options)
	}
	kind.SetSelected(planner.KindMulti.In(s.tr))
	if got := reload(t, s, st).Survey.Questions[0].Kind; got != planner.KindMulti {
		t.Errorf("stored kind %q, want %q", got, planner.KindMulti)
	}
}
