package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// questionRoles are the roles a question can have, for the role select.
var questionRoles = []planner.QuestionRole{planner.RoleNone, planner.RolePain, planner.RoleSkill,
	planner.RolePlatform, planner.RoleCadence, planner.RoleAbout}

// surveyStep is step 1: questions, responses, themes and tally, domain statement, goals and
// sponsor.
type surveyStep struct {
	s *session
	w fyne.Window

	hints     *hints
	questions *listEditor[planner.Question]
	responses *listEditor[planner.Response]
	themes    *listEditor[planner.Theme]
	goals     *listEditor[planner.Goal]

	copyBtn, importBtn *widget.Button
	progress           *widget.Label // "12 of 10–20 responses"
	closed             *widget.Check
	targetMin          *parsedEntry
	targetMax          *parsedEntry
	tally              *fyne.Container
	summary            *surveySummary // per question
	baseline           *widget.Label
	domain             *keyEntry
	goalsWarn          *widget.Label
	sponsorName        *widget.Entry
	sponsorRole        *widget.Entry
	sponsorExpect      *keyEntry

	// fields holds the widgets of the forms built last, by name ("question.title"), so tests
	// type into them without walking the widget tree.
	fields map[string]fyne.CanvasObject

	obj fyne.CanvasObject
}

// keep records a form widget under name for tests and returns it.
func keep[W fyne.CanvasObject](fields map[string]fyne.CanvasObject, name string, w W) W {
	fields[name] = w
	return w
}

// newSurveyStep builds step 1's editor.
func newSurveyStep(s *session, w fyne.Window) page {
	v := &surveyStep{s: s, w: w, hints: hintsBox(planner.StepSurvey), fields: map[string]fyne.CanvasObject{}}
	sv := func() *planner.Survey { return &s.plan.Survey }

	v.questions = newListEditor(s, w, listSpec[planner.Question]{
		kind: planner.ItemQuestion, what: "question", ordered: true,
		items:   func() *[]planner.Question { return &sv().Questions },
		id:      func(q *planner.Question) int64 { return q.ID },
		label:   func(q *planner.Question) string { return q.KindLabel() + ": " + q.ListTitle() },
		newItem: func() planner.Question { return planner.Question{Kind: planner.KindText, Title: "New question"} },
		form:    v.questionForm,
		save:    func(q *planner.Question) error { return s.put(q) },
	})
	v.copyBtn = widget.NewButton("Copy questionnaire (Markdown)", func() {
		fyne.CurrentApp().Clipboard().SetContent(planner.QuestionnaireText(s.plan))
		s.onStatus("Questionnaire copied to the clipboard", nil)
	})

	v.responses = newListEditor(s, w, listSpec[planner.Response]{
		kind: planner.ItemResponse, what: "response",
		items: func() *[]planner.Response { return &sv().Responses },
		id:    func(r *planner.Response) int64 { return r.ID },
		label: func(r *planner.Response) string {
			name := strings.TrimSpace(r.Respondent)
			if name == "" {
				name = "Anonymous"
			}
			if r.Email != "" {
				name += " <" + r.Email + ">"
			}
			return name
		},
		newItem: func() planner.Response {
			return planner.Response{Source: "manual", SubmittedAt: s.now()}
		},
		remove: func(r *planner.Response) error {
			return s.erase(s.lib.DeleteRespondentAndLoad(context.Background(), s.plan.ID, r.ID))
		},
		confirmText: func(r *planner.Response) string {
			e := planner.ErasureOfResponse(s.plan, r.ID)
			if !e.Linked() {
				return erasureText("Delete this survey response?", e)
			}
			return erasureText("Delete this response? A candidate was made from it, so the person is erased everywhere in the plan:", e)
		},
		form: v.responseForm,
		save: func(r *planner.Response) error { return s.put(r) },
	})
	v.progress = widget.NewLabel("")
	v.closed = checkField("Close the survey with fewer responses than the target",
		func() bool { return sv().Closed }, func(b bool) { sv().Closed = b }, s.savePlan)
	v.targetMin = intField(s, "survey.targetMin", func() int { return sv().TargetMin }, func(n int) { sv().TargetMin = n }, s.savePlan)
	v.targetMax = intField(s, "survey.targetMax", func() int { return sv().TargetMax }, func(n int) { sv().TargetMax = n }, s.savePlan)
	v.importBtn = widget.NewButton("Import responses (CSV or Excel)…", func() {
		newImportDialog(s, w, v.reload).pick()
	})

	v.themes = newListEditor(s, w, listSpec[planner.Theme]{
		kind: planner.ItemTheme, what: "theme",
		items:   func() *[]planner.Theme { return &sv().Themes },
		id:      func(t *planner.Theme) int64 { return t.ID },
		label:   func(t *planner.Theme) string { return t.Label + " (" + strings.Join(t.Keywords, ", ") + ")" },
		newItem: func() planner.Theme { return planner.Theme{Label: "New theme"} },
		form:    v.themeForm,
		save:    func(t *planner.Theme) error { return s.put(t) },
	})
	v.tally = container.NewVBox()
	v.summary = newSurveySummary()
	v.baseline = widget.NewLabel("")
	v.baseline.Wrapping = fyne.TextWrapWord

	v.domain = textArea(s, "plan.domain", func() string { return s.plan.Domain }, func(t string) { s.plan.Domain = t }, s.savePlan)
	v.domain.SetPlaceHolder("The specific problem or passion the community shares, e.g. “Helping solo video creators grow a loyal audience without burning out.”")

	v.goals = newListEditor(s, w, listSpec[planner.Goal]{
		kind: planner.ItemGoal, what: "goal", ordered: true,
		items:   func() *[]planner.Goal { return &s.plan.Goals },
		id:      func(g *planner.Goal) int64 { return g.ID },
		label:   func(g *planner.Goal) string { return g.Sentence() },
		newItem: func() planner.Goal { return planner.Goal{Title: "New goal"} },
		form:    v.goalForm,
		save:    func(g *planner.Goal) error { return s.put(g) },
	})
	v.goalsWarn = widget.NewLabel("")
	v.goalsWarn.Importance = widget.WarningImportance

	sp := func() *planner.Sponsor { return &s.plan.Sponsor }
	v.sponsorName = textField(s, "sponsor.name", func() string { return sp().Name }, func(t string) { sp().Name = t }, s.savePlan)
	v.sponsorRole = textField(s, "sponsor.role", func() string { return sp().Role }, func(t string) { sp().Role = t }, s.savePlan)
	v.sponsorExpect = textArea(s, "sponsor.expect", func() string { return sp().Expectations }, func(t string) { sp().Expectations = t }, s.savePlan)

	v.obj = container.NewVBox(
		stepHeader(planner.StepSurvey, v.hints),
		section("Questions", widget.NewLabel("The questionnaire, in order. Paste it into Google Forms or Typeform."),
			v.copyBtn, v.questions.object()),
		section("Responses", container.NewHBox(v.progress, v.importBtn),
			form(widget.NewFormItem("Target at least", v.targetMin), widget.NewFormItem("Target at most", v.targetMax)),
			v.closed, v.responses.object()),
		section("Pain-point themes", widget.NewLabel("Open answers are tagged by keyword; re-tag a response by hand in its form."),
			v.themes.object()),
		section("Answers per question", v.summary.object()),
		section("Tally", v.tally, v.baseline),
		section("Domain statement", v.domain),
		section("Goals (2–3)", v.goalsWarn, v.goals.object()),
		section("Sponsor (optional)", form(
			widget.NewFormItem("Name", v.sponsorName),
			widget.NewFormItem("Role", v.sponsorRole),
			widget.NewFormItem("Expectations", v.sponsorExpect))),
	)
	v.reload()
	return v
}

func (v *surveyStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan when the page is shown: fields, lists, figures and hints.
func (v *surveyStep) reload() {
	v.hints.shown()
	setQuiet(&v.domain.Entry, v.s.plan.Domain)
	v.targetMin.reload()
	v.targetMax.reload()
	v.questions.refresh()
	v.responses.refresh()
	v.themes.refresh()
	v.goals.refresh()
	v.refresh()
}

// refresh updates the hints, response progress, tally, baseline and goals warning after a
// save.
func (v *surveyStep) refresh() {
	p := v.s.plan
	v.hints.show(p)
	sv := p.Survey
	lo, hi := planner.SurveyTarget(sv), sv.TargetMax
	target := strconv.Itoa(lo)
	if hi > lo {
		target = fmt.Sprintf("%d–%d", lo, hi)
	}
	msg := fmt.Sprintf("%d of %s responses", len(sv.Responses), target)
	if sv.Closed {
		msg += " (survey closed)"
	}
	v.progress.SetText(msg)
	v.goalsWarn.SetText(planner.GoalsWarning(p.Goals).String())
	v.updateTally()
}

// updateTally redraws the theme tally and the skill baseline.
func (v *surveyStep) updateTally() {
	sv := v.s.plan.Survey
	v.summary.set(sv)
	t := planner.TallyThemes(sv)
	objs := []fyne.CanvasObject{}
	objs = append(objs, wrapLabel(planner.TallyHeadline(t)))
	if len(t.Themes) > 0 {
		items := make([]barItem, len(t.Themes))
		for i, tc := range t.Themes {
			items[i] = barItem{Label: tc.Theme.Label, Value: float64(tc.Count), Note: fmt.Sprintf("%d (%.0f%%)", tc.Count, tc.Share*100)}
		}
		objs = append(objs, newBarChart(items, float64(max(t.Respondents, 1))))
		// Below the chart, in wrapping text: the full name of a theme whose bar label may be
		// cut, whether its count is too small to read, and its quotes.
		for _, tc := range t.Themes {
			small := tc.Count < planner.SmallN
			if len(tc.Quotes) == 0 && !small && !mayBeCut(tc.Theme.Label) {
				continue
			}
			text := tc.Theme.Label
			if small {
				text += fmt.Sprintf(" (only %s: too few to read)", planner.Count(tc.Count, "respondent", "respondents"))
			}
			if len(tc.Quotes) > 0 {
				text += ": “" + strings.Join(tc.Quotes, "” · “") + "”"
			}
			objs = append(objs, wrapLabel(text))
		}
	}
	v.tally.Objects = objs
	v.tally.Refresh()

	b := planner.SkillBaseline(sv)
	switch {
	case b.N == 0:
		v.baseline.SetText("Skill baseline: no answers to the skill self-rating question yet.")
	default:
		text := fmt.Sprintf("Skill baseline (%s): mean %.1f, median %.1f, from %s.", planner.SkillScale(sv), b.Mean, b.Median, planner.Count(b.N, "answer", "answers"))
		if b.Small {
			text += " Too small to read."
		}
		v.baseline.SetText(text)
	}
}
