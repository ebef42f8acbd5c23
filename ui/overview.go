package ui

import (
	"errors"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// overviewStep is the plan's overview: progress, the three elements, next actions, latest
// figures and health, and the plan's own details.
type overviewStep struct {
	s    *session
	w    fyne.Window
	goTo func(planner.Step)

	progress *fyne.Container
	elements *widget.Label
	actions  *widget.Label
	figures  *widget.Label
	health   *widget.Label
	charter  *widget.Label // whether the charter changed since its last issued version
	problems *widget.Label // what the plan breaks of today's rules (planner.PlanProblems)
	toFix    fyne.CanvasObject
	name     *keyEntry
	client   *keyEntry
	prepared *keyEntry
	audience *keyEntry
	status   *widget.Select

	obj fyne.CanvasObject
}

// newOverviewStep builds the overview; goTo switches the window to a step.
func newOverviewStep(s *session, w fyne.Window, goTo func(planner.Step)) page {
	v := &overviewStep{s: s, w: w, goTo: goTo}
	tr := s.tr
	p := func() *planner.Plan { return s.plan }
	wrapped := func() *widget.Label { l := widget.NewLabel(""); l.Wrapping = fyne.TextWrapWord; return l }
	v.progress = container.NewVBox()
	v.elements, v.actions, v.figures, v.health, v.charter = wrapped(), wrapped(), wrapped(), wrapped(), wrapped()
	v.problems = wrapped()
	v.toFix = section(tr.T("ui.overview.to_fix"), v.problems)

	v.name = textField(s, "plan.name", func() string { return p().Name }, func(t string) {
		// A blank name is not applied: the validator says why, the last name stays saved.
		if planner.CheckPlanName(t) == nil {
			p().Name = strings.TrimSpace(t)
		}
	}, s.savePlan)
	v.name.Validator = checkPlanName
	v.name.AlwaysShowValidationError = true
	v.client = textField(s, "plan.client", func() string { return p().Client }, func(t string) { p().Client = t }, s.savePlan)
	v.prepared = textField(s, "plan.prepared", func() string { return p().PreparedBy }, func(t string) { p().PreparedBy = t }, s.savePlan)
	v.audience = textArea(s, "plan.audience", func() string { return p().Audience }, func(t string) { p().Audience = t }, s.savePlan)
	// The select shows the status in the window's language; the plan keeps its code.
	v.status = choiceField(planner.Statuses, func(st planner.Status) string { return statusIn(tr, st) },
		func() planner.Status { return p().Status }, func(st planner.Status) { p().Status = st }, s.savePlan)
	meta := form(
		widget.NewFormItem(tr.T("ui.overview.plan_name"), v.name),
		widget.NewFormItem(tr.T("ui.overview.client"), v.client),
		widget.NewFormItem(tr.T("ui.overview.prepared_by"), v.prepared),
		widget.NewFormItem(tr.T("ui.overview.audience"), v.audience),
		widget.NewFormItem(tr.T("ui.overview.status"), v.status),
		widget.NewFormItem(tr.T("ui.overview.look"), wrapLabel(tr.T("ui.overview.look_note"))),
	)
	v.obj = container.NewVBox(
		pageHeading(planner.StepOverview),
		v.toFix,
		section(tr.T("ui.overview.progress"), v.progress),
		section(tr.T("ui.overview.elements"), v.elements),
		section(tr.T("ui.overview.charter_versions"), v.charter),
		section(tr.T("ui.overview.next_actions"), v.actions),
		section(tr.T("ui.overview.latest_review"), v.figures),
		section(tr.T("ui.overview.health"), v.health),
		section(tr.T("ui.overview.details"), meta),
	)
	v.reload()
	return v
}

func (v *overviewStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan's details into their fields and recomputes every figure, when the
// page is shown.
func (v *overviewStep) reload() {
	p := v.s.plan
	setQuiet(&v.name.Entry, p.Name)
	setQuiet(&v.client.Entry, p.Client)
	setQuiet(&v.prepared.Entry, p.PreparedBy)
	setQuiet(&v.audience.Entry, p.Audience)
	v.client.PlaceHolder, v.prepared.PlaceHolder = "", ""
	if c := p.ClientPreset; c != nil {
		// Empty fields take the client's values: show them as the placeholders.
		v.client.PlaceHolder, v.prepared.PlaceHolder = v.s.tr.T("ui.overview.from_client", "value", c.Name), c.PreparedBy
		v.client.Refresh()
		v.prepared.Refresh()
	}
	v.refresh()
}

// refresh recomputes every figure from the plan after a save.
func (v *overviewStep) refresh() {
	p := v.s.plan
	tr := v.s.tr
	v.charter.SetText(changeSummaryIn(v.s.tr, p))
	v.problems.SetText(problemList(tr, p))
	if v.problems.Text == "" {
		v.toFix.Hide()
	} else {
		v.toFix.Show()
	}

	v.progress.RemoveAll()
	done, _ := planner.Progress(p)
	v.progress.Add(wrapLabel(tr.N("ui.overview.steps_complete", done, "total", len(planner.LaunchSteps))))
	for _, c := range planner.Completion(p) {
		st := c.Step
		text := tr.T("ui.overview.step_complete", "step", stepTitle(tr, st))
		if !c.Complete {
			text = tr.T("ui.overview.step_missing", "step", stepTitle(tr, st), "missing", strings.Join(msgsIn(tr, c.Missing), tr.T("ui.overview.missing_sep")))
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		btn := newKeyButton(tr.T("ui.overview.go"), func() { v.goTo(st) })
		v.progress.Add(container.NewBorder(nil, nil, nil, btn, l))
	}

	var el []string
	for _, e := range planner.ThreeElements(p) {
		key := "ui.overview.element.missing"
		if e.OK {
			key = "ui.overview.element.ok"
		}
		el = append(el, tr.T(key, "element", elementIn(tr, e.Element), "detail", e.Detail.In(tr)))
	}
	v.elements.SetText(strings.Join(el, "\n"))

	acts := msgsIn(tr, planner.NextActions(p, v.s.today(), 3))
	if len(acts) == 0 {
		v.actions.SetText(tr.T("ui.overview.nothing_pressing"))
	} else {
		for i := range acts {
			acts[i] = tr.T("ui.overview.numbered", "n", i+1, "text", acts[i])
		}
		v.actions.SetText(strings.Join(acts, "\n"))
	}

	v.figures.SetText(latestFigures(tr, p))
	v.health.SetText(healthText(tr, planner.HealthScore(p)))
}

// statusIn is a plan status in tr's language: "Planning", "En planificación".
func statusIn(tr *i18n.Printer, st planner.Status) string {
	if st == "" {
		return tr.T("ui.common.not_set")
	}
	k := "plan_status." + string(st)
	if !i18n.Has(k) {
		return string(st)
	}
	return tr.T(k)
}

// elementIn names one of the three elements (planner.ElementCheck.Element, English) in tr's
// language.
func elementIn(tr *i18n.Printer, element string) string {
	k := "element." + strings.ToLower(element)
	if !i18n.Has(k) {
		return element
	}
	return tr.T(k)
}

// healthParts are the catalogue keys of the health score's parts, by planner's names.
var healthParts = map[string]string{
	planner.HealthWeeklyActive: "ui.overview.health.weekly_active",
	planner.HealthPollResponse: "ui.overview.health.poll_response",
	planner.HealthSkillGain:    "ui.overview.health.skill_gain",
	planner.HealthStories:      "ui.overview.health.stories",
	planner.HealthFactors:      "ui.overview.health.factors",
}

// healthText words the health score with every part, so that it is never a black box.
func healthText(tr *i18n.Printer, h planner.Health) string {
	if !h.Has {
		return tr.T("ui.overview.health.none")
	}
	lines := []string{tr.T("ui.overview.health.score", "score", tr.Int(h.Score))}
	for _, part := range h.Parts {
		name := part.Name
		if k, ok := healthParts[name]; ok {
			name = tr.T(k)
		}
		if part.Has {
			lines = append(lines, tr.T("ui.overview.health.part", "part", name, "score", tr.Number(part.Score, 0), "weight", tr.Number(part.Weight, 2)))
		} else {
			lines = append(lines, tr.T("ui.overview.health.part_none", "part", name, "weight", tr.Number(part.Weight, 2)))
		}
	}
	lines = append(lines, tr.T("ui.overview.health.adjust"))
	return strings.Join(lines, "\n")
}

// maxProblemsShown is how many of a plan's problems the overview lists before "and N more".
const maxProblemsShown = 8

// problemList words what the plan breaks of the rules every plan obeys, "" when nothing: a
// plan saved by an older version, before a rule existed, opens and stays editable, and the
// overview says what to fix.
func problemList(tr *i18n.Printer, p *planner.Plan) string {
	probs := planner.PlanProblems(p)
	if len(probs) == 0 {
		return ""
	}
	lines := []string{tr.T("ui.overview.problems.intro")}
	for i, e := range probs {
		if i == maxProblemsShown {
			lines = append(lines, tr.N("ui.overview.problems.more", len(probs)-i))
			break
		}
		lines = append(lines, "• "+problemIn(tr, e))
	}
	return strings.Join(lines, "\n")
}

// problemIn words one of planner.PlanProblems: by its sentence's key where the rule has one,
// else as planner words it.
func problemIn(tr *i18n.Printer, err error) string {
	var ve *planner.ValidationError
	if errors.As(err, &ve) && ve.Says.Key != "" {
		if ve.Field == "" {
			return ve.Says.In(tr)
		}
		return ve.Field + ": " + ve.Says.In(tr)
	}
	return err.Error()
}

// latestFigures words the latest review's figures against the plan's targets.
func latestFigures(tr *i18n.Printer, p *planner.Plan) string {
	figs := planner.ReviewFigures(p)
	if len(figs) == 0 {
		return tr.T("ui.overview.figures.none")
	}
	f := figs[len(figs)-1]
	c := p.Charter
	pct := func(v float64) string { return tr.Percent(math.Round(v)) }
	line := func(key string, v, target float64) string {
		mark := tr.T("ui.overview.figures.below")
		if v >= target {
			mark = tr.T("ui.overview.figures.on_target")
		}
		return tr.T(key, "value", pct(v), "target", pct(target), "mark", mark)
	}
	members := tr.T("ui.overview.figures.members_not_given")
	if f.Review.Given(planner.FigMembersTotal) {
		members = tr.N("ui.overview.figures.members", f.Review.MembersTotal)
	}
	lines := []string{tr.T("ui.overview.figures.review", "date", tr.Date(f.Review.Date.Year, f.Review.Date.Month, f.Review.Date.Day), "members", members)}
	if f.HasWeekly {
		lines = append(lines, line("ui.overview.figures.weekly", f.WeeklyActivePct, c.TargetWeeklyActive))
	}
	if f.HasPoll {
		lines = append(lines, line("ui.overview.figures.poll", f.PollResponsePct, c.TargetPollResponse))
	}
	if f.HasSkill {
		lines = append(lines, line("ui.overview.figures.skill", f.SkillGainPct, c.TargetSkillGain))
	}
	if f.HasGrowth {
		growth := pct(f.GrowthPct)
		if math.Round(f.GrowthPct) > 0 {
			growth = "+" + growth
		}
		lines = append(lines, tr.T("ui.overview.figures.growth", "growth", growth, "retention", pct(f.RetentionPct)))
	}
	for _, g := range f.Goals {
		if g.Has {
			lines = append(lines, tr.T("ui.overview.figures.goal", "goal", g.Goal.Title, "value", tr.Number(g.Value, 2)+g.Goal.Unit, "pct", pct(g.Pct)))
		}
	}
	return strings.Join(lines, "\n")
}
