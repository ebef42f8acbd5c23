package ui

import (
	"context"
	"math"
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
	sponsorName        *keyEntry
	sponsorRole        *keyEntry
	sponsorExpect      *keyEntry

	// fields holds the widgets of the forms built last, by name ("question.title"), so tests
	// type into them without walking the widget tree.
	fields map[string]fyne.CanvasObject

	// pageTabs are the page's tabs: questions, responses, themes and tally, the summary per
	// question, domain and goals (surveyTab…); only the tab shown is laid out and kept up to
	// date.
	pageTabs *stepTabs
	tabs     *tabStrip
	obj      fyne.CanvasObject

	// summaryAt and tallyAt are the plan revisions (session.rev, plus one) the summary and
	// the tally last read: going back to their tab redraws them only when the plan changed
	// since (2,000 responses are summarized in some 10 ms).
	summaryAt, tallyAt uint64
}

// The survey page's tabs, in order.
const (
	surveyTabQuestions = iota
	surveyTabResponses
	surveyTabThemes
	surveyTabSummary
	surveyTabDomain
)

// keep records a form widget under name for tests and returns it.
func keep[W fyne.CanvasObject](fields map[string]fyne.CanvasObject, name string, w W) W {
	fields[name] = w
	return w
}

// newSurveyStep builds step 1's editor.
func newSurveyStep(s *session, w fyne.Window) page {
	v := &surveyStep{s: s, w: w, hints: hintsBox(planner.StepSurvey), fields: map[string]fyne.CanvasObject{}}
	sv := func() *planner.Survey { return &s.plan.Survey }
	tr := s.tr

	v.questions = newListEditor(s, w, listSpec[planner.Question]{
		kind: planner.ItemQuestion, what: "question", ordered: true,
		items: func() *[]planner.Question { return &sv().Questions },
		id:    func(q *planner.Question) int64 { return q.ID },
		label: func(q *planner.Question) string {
			return tr.T("ui.survey.question.row", "kind", q.KindIn(tr), "title", q.ListTitle())
		},
		newItem: func() planner.Question {
			return planner.Question{Kind: planner.KindText, Title: tr.T("ui.survey.question.new")}
		},
		confirmText: func(q *planner.Question) string {
			return tr.T("ui.survey.question.delete", "title", q.ListTitle())
		},
		form: v.questionForm,
		save: func(q *planner.Question) error { return s.put(q) },
	})
	v.copyBtn = widget.NewButton(tr.T("ui.survey.questions.copy"), func() {
		fyne.CurrentApp().Clipboard().SetContent(planner.QuestionnaireTextIn(s.plan, tr))
		s.onStatus(tr.T("ui.survey.questions.copied"), nil)
	})

	v.responses = newListEditor(s, w, listSpec[planner.Response]{
		kind: planner.ItemResponse, what: "response",
		items: func() *[]planner.Response { return &sv().Responses },
		id:    func(r *planner.Response) int64 { return r.ID },
		label: func(r *planner.Response) string {
			name := strings.TrimSpace(r.Respondent)
			if name == "" {
				name = tr.T("ui.survey.response.anonymous")
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
				return erasureTextIn(tr, tr.T("ui.survey.response.delete"), e)
			}
			return erasureTextIn(tr, tr.T("ui.survey.response.delete_linked"), e)
		},
		form: v.responseForm,
		save: func(r *planner.Response) error { return s.put(r) },
	})
	v.progress = widget.NewLabel("")
	v.closed = checkField(tr.T("ui.survey.responses.close"),
		func() bool { return sv().Closed }, func(b bool) { sv().Closed = b }, s.savePlan)
	v.targetMin = intField(s, "survey.targetMin", func() int { return sv().TargetMin }, func(n int) { sv().TargetMin = n }, s.savePlan)
	v.targetMax = intField(s, "survey.targetMax", func() int { return sv().TargetMax }, func(n int) { sv().TargetMax = n }, s.savePlan)
	v.importBtn = widget.NewButton(tr.T("ui.survey.responses.import"), func() {
		newImportDialog(s, w, v.reload).pick()
	})

	v.themes = newListEditor(s, w, listSpec[planner.Theme]{
		kind: planner.ItemTheme, what: "theme",
		items:   func() *[]planner.Theme { return &sv().Themes },
		id:      func(t *planner.Theme) int64 { return t.ID },
		label:   func(t *planner.Theme) string { return t.Label + " (" + strings.Join(t.Keywords, ", ") + ")" },
		newItem: func() planner.Theme { return planner.Theme{Label: tr.T("ui.survey.theme.new")} },
		confirmText: func(t *planner.Theme) string {
			return tr.T("ui.survey.theme.delete", "label", t.Label)
		},
		form: v.themeForm,
		save: func(t *planner.Theme) error { return s.put(t) },
	})
	v.tally = container.NewVBox()
	v.summary = newSurveySummary()
	v.baseline = widget.NewLabel("")
	v.baseline.Wrapping = fyne.TextWrapWord

	v.domain = textArea(s, "plan.domain", func() string { return s.plan.Domain }, func(t string) { s.plan.Domain = t }, s.savePlan)
	v.domain.SetPlaceHolder(tr.T("ui.survey.domain.placeholder"))

	v.goals = newListEditor(s, w, listSpec[planner.Goal]{
		kind: planner.ItemGoal, what: "goal", ordered: true,
		items:   func() *[]planner.Goal { return &s.plan.Goals },
		id:      func(g *planner.Goal) int64 { return g.ID },
		label:   func(g *planner.Goal) string { return g.SentenceIn(tr) },
		newItem: func() planner.Goal { return planner.Goal{Title: tr.T("ui.survey.goal.new")} },
		confirmText: func(g *planner.Goal) string {
			return tr.T("ui.survey.goal.delete", "goal", g.SentenceIn(tr))
		},
		form: v.goalForm,
		save: func(g *planner.Goal) error { return s.put(g) },
	})
	v.goalsWarn = widget.NewLabel("")
	v.goalsWarn.Importance = widget.WarningImportance

	sp := func() *planner.Sponsor { return &s.plan.Sponsor }
	v.sponsorName = textField(s, "sponsor.name", func() string { return sp().Name }, func(t string) { sp().Name = t }, s.savePlan)
	v.sponsorRole = textField(s, "sponsor.role", func() string { return sp().Role }, func(t string) { sp().Role = t }, s.savePlan)
	v.sponsorExpect = textArea(s, "sponsor.expect", func() string { return sp().Expectations }, func(t string) { sp().Expectations = t }, s.savePlan)

	// Tabs, so that a large survey's page shows at once: only the tab shown is laid out, and
	// its figures (the summary of 2,000 responses, the tally) are read when it is shown.
	v.pageTabs = newStepTabs(s.flush,
		tab(tr.T("ui.survey.questions.title"), scrollPage(
			section(tr.T("ui.survey.questions.title"), wrapLabel(tr.T("ui.survey.questions.intro")),
				v.copyBtn, v.questions.object()),
		), nil, v.questions),
		tab(tr.T("ui.survey.responses.title"), scrollPage(
			section(tr.T("ui.survey.responses.title"), hbox(v.progress, v.importBtn),
				form(widget.NewFormItem(tr.T("ui.survey.responses.target_min"), v.targetMin), widget.NewFormItem(tr.T("ui.survey.responses.target_max"), v.targetMax)),
				v.closed, v.responses.object()),
		), v.refreshProgress, v.responses),
		tab(tr.T("ui.survey.tab.themes"), scrollPage(
			section(tr.T("ui.survey.themes.title"), wrapLabel(tr.T("ui.survey.themes.intro")),
				v.themes.object()),
			section(tr.T("ui.survey.tally.title"), v.tally, v.baseline),
		), v.updateTally, v.themes),
		tab(tr.T("ui.survey.summary.title"), scrollPage(
			section(tr.T("ui.survey.summary.title"), v.summary.object()),
		), v.refreshSummary),
		tab(tr.T("ui.survey.tab.domain_goals"), scrollPage(
			section(tr.T("ui.survey.domain.title"), v.domain),
			section(tr.T("ui.survey.goals.title"), v.goalsWarn, v.goals.object()),
			section(tr.T("ui.survey.sponsor.title"), form(
				widget.NewFormItem(tr.T("ui.survey.sponsor.name"), v.sponsorName),
				widget.NewFormItem(tr.T("ui.survey.sponsor.role"), v.sponsorRole),
				widget.NewFormItem(tr.T("ui.survey.sponsor.expectations"), v.sponsorExpect))),
		), v.refreshGoals, v.goals),
	)
	v.tabs = v.pageTabs.tabs
	v.obj = border(stepHeader(planner.StepSurvey, v.hints), nil, nil, nil, v.tabs)
	v.reload()
	return v
}

func (v *surveyStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan when the page is shown: fields, hints, and the tab shown (its
// lists, forms and figures).
func (v *surveyStep) reload() {
	v.hints.shown()
	setQuiet(&v.domain.Entry, v.s.plan.Domain)
	v.targetMin.reload()
	v.targetMax.reload()
	v.hints.show(v.s.plan)
	v.pageTabs.reload()
}

// refresh updates the hints and the derived parts of the tab shown (response progress,
// tally and baseline, summary, goals warning, list labels) after a save.
func (v *surveyStep) refresh() {
	v.hints.show(v.s.plan)
	v.pageTabs.refresh()
}

// refreshProgress says how many responses there are against the target.
func (v *surveyStep) refreshProgress() {
	sv, tr := v.s.plan.Survey, v.s.tr
	lo, hi := planner.SurveyTarget(sv), sv.TargetMax
	target := tr.Int(lo)
	if hi > lo {
		target = tr.T("ui.survey.responses.range", "min", tr.Int(lo), "max", tr.Int(hi))
	}
	key := "ui.survey.responses.progress"
	if sv.Closed {
		key = "ui.survey.responses.progress_closed"
	}
	v.progress.SetText(tr.T(key, "n", tr.Int(len(sv.Responses)), "target", target))
}

// refreshGoals says whether the goals are too few or too many.
func (v *surveyStep) refreshGoals() {
	v.goalsWarn.SetText(planner.GoalsWarning(v.s.plan.Goals).In(v.s.tr))
}

// refreshSummary redraws the answers per question, when the plan changed since.
func (v *surveyStep) refreshSummary() {
	if at := v.s.rev + 1; v.summaryAt != at {
		v.summary.set(v.s.plan.Survey)
		v.summaryAt = at
	}
}

// updateTally redraws the theme tally and the skill baseline, when the plan changed since.
func (v *surveyStep) updateTally() {
	at := v.s.rev + 1
	if v.tallyAt == at {
		return
	}
	v.tallyAt = at
	sv, tr := v.s.plan.Survey, v.s.tr
	t := planner.TallyThemes(sv)
	objs := []fyne.CanvasObject{}
	objs = append(objs, wrapLabel(planner.TallyHeadlineMsg(t).In(tr)))
	if len(t.Themes) > 0 {
		items := make([]barItem, len(t.Themes))
		for i, tc := range t.Themes {
			items[i] = barItem{Label: tc.Theme.Label, Value: float64(tc.Count), Note: tr.T("ui.survey.tally.count", "count", tr.Int(tc.Count), "share", tr.Percent(math.Round(tc.Share*100)))}
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
				text = tr.N("ui.survey.tally.too_few", tc.Count, "theme", text)
			}
			if len(tc.Quotes) > 0 {
				text = tr.T("ui.survey.tally.quotes", "theme", text, "quotes", strings.Join(tc.Quotes, tr.T("ui.survey.tally.quote_sep")))
			}
			objs = append(objs, wrapLabel(text))
		}
	}
	v.tally.Objects = objs
	relaid(v.tally)

	b := planner.SkillBaseline(sv)
	switch {
	case b.N == 0:
		v.baseline.SetText(tr.T("ui.survey.baseline.none"))
	default:
		text := tr.N("ui.survey.baseline", b.N, "scale", planner.SkillScale(sv).String(),
			"mean", tr.Number(math.Round(b.Mean*10)/10, 1), "median", tr.Number(math.Round(b.Median*10)/10, 1))
		if b.Small {
			text = tr.T("ui.survey.baseline.small", "baseline", text)
		}
		v.baseline.SetText(text)
	}
}
