package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
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
	name     *widget.Entry
	client   *widget.Entry
	prepared *widget.Entry
	audience *keyEntry
	status   *widget.Select

	obj fyne.CanvasObject
}

// newOverviewStep builds the overview; goTo switches the window to a step.
func newOverviewStep(s *session, w fyne.Window, goTo func(planner.Step)) page {
	v := &overviewStep{s: s, w: w, goTo: goTo}
	p := func() *planner.Plan { return s.plan }
	wrapped := func() *widget.Label { l := widget.NewLabel(""); l.Wrapping = fyne.TextWrapWord; return l }
	v.progress = container.NewVBox()
	v.elements, v.actions, v.figures, v.health, v.charter = wrapped(), wrapped(), wrapped(), wrapped(), wrapped()
	v.problems = wrapped()
	v.toFix = section("To fix", v.problems)

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
	v.status = choiceField(planner.Statuses, plainLabel[planner.Status], func() planner.Status { return p().Status }, func(st planner.Status) { p().Status = st }, s.savePlan)
	meta := form(
		widget.NewFormItem("Plan name", v.name),
		widget.NewFormItem("Client organisation", v.client),
		widget.NewFormItem("Prepared by", v.prepared),
		widget.NewFormItem("Audience", v.audience),
		widget.NewFormItem("Status", v.status),
		widget.NewFormItem("Look of the PDFs", wrapLabel("The accent colour and the client logo are set on the Export page.")),
	)
	v.obj = container.NewVBox(
		pageHeading(planner.StepOverview),
		v.toFix,
		section("Progress", v.progress),
		section("Three elements of a Community of Practice", v.elements),
		section("Charter versions", v.charter),
		section("Next things to do", v.actions),
		section("Latest review against targets", v.figures),
		section("Health score", v.health),
		section("Plan details", meta),
	)
	v.reload()
	return v
}

func (v *overviewStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan's details into their fields and recomputes every figure, when the
// page is shown.
func (v *overviewStep) reload() {
	p := v.s.plan
	setQuiet(v.name, p.Name)
	setQuiet(v.client, p.Client)
	setQuiet(v.prepared, p.PreparedBy)
	setQuiet(&v.audience.Entry, p.Audience)
	v.client.PlaceHolder, v.prepared.PlaceHolder = "", ""
	if c := p.ClientPreset; c != nil {
		// Empty fields take the client's values: show them as the placeholders.
		v.client.PlaceHolder, v.prepared.PlaceHolder = c.Name+" (from the client)", c.PreparedBy
		v.client.Refresh()
		v.prepared.Refresh()
	}
	v.refresh()
}

// refresh recomputes every figure from the plan after a save.
func (v *overviewStep) refresh() {
	p := v.s.plan
	v.charter.SetText(changeSummary(p))
	v.problems.SetText(problemList(p))
	if v.problems.Text == "" {
		v.toFix.Hide()
	} else {
		v.toFix.Show()
	}

	v.progress.RemoveAll()
	done, _ := planner.Progress(p)
	v.progress.Add(widget.NewLabel(fmt.Sprintf("%d of 5 steps complete.", done)))
	for _, c := range planner.Completion(p) {
		st := c.Step
		text := "✓ " + st.String() + ": complete"
		if !c.Complete {
			text = "• " + st.String() + ": " + strings.Join(planner.Strings(c.Missing), "; ")
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		btn := widget.NewButton("Go", func() { v.goTo(st) })
		v.progress.Add(container.NewBorder(nil, nil, nil, btn, l))
	}

	var el []string
	for _, e := range planner.ThreeElements(p) {
		mark := "✗ missing"
		if e.OK {
			mark = "✓ ok"
		}
		el = append(el, fmt.Sprintf("%s — %s: %s", e.Element, mark, e.Detail))
	}
	v.elements.SetText(strings.Join(el, "\n"))

	acts := planner.Strings(planner.NextActions(p, v.s.today(), 3))
	if len(acts) == 0 {
		v.actions.SetText("Nothing pressing.")
	} else {
		for i := range acts {
			acts[i] = fmt.Sprintf("%d. %s", i+1, acts[i])
		}
		v.actions.SetText(strings.Join(acts, "\n"))
	}

	v.figures.SetText(latestFigures(p))

	h := planner.HealthScore(p)
	if !h.Has {
		v.health.SetText("No score yet: it is computed from the latest iteration review.")
	} else {
		var b strings.Builder
		fmt.Fprintf(&b, "%d / 100, the weighted mean of:", h.Score)
		for _, part := range h.Parts {
			if part.Has {
				fmt.Fprintf(&b, "\n• %s: %.0f (weight %.2f)", part.Name, part.Score, part.Weight)
			} else {
				fmt.Fprintf(&b, "\n• %s: no data, left out (weight %.2f)", part.Name, part.Weight)
			}
		}
		b.WriteString("\nAdjust the weights in step 5.")
		v.health.SetText(b.String())
	}
}

// maxProblemsShown is how many of a plan's problems the overview lists before "and N more".
const maxProblemsShown = 8

// problemList words what the plan breaks of the rules every plan obeys, "" when nothing: a
// plan saved by an older version, before a rule existed, opens and stays editable, and the
// overview says what to fix.
func problemList(p *planner.Plan) string {
	probs := planner.PlanProblems(p)
	if len(probs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("This plan was saved before some of today's checks existed. It can still be edited, but a change that adds a problem is not saved:")
	for i, e := range probs {
		if i == maxProblemsShown {
			fmt.Fprintf(&b, "\n…and %d more.", len(probs)-i)
			break
		}
		fmt.Fprintf(&b, "\n• %s", e)
	}
	return b.String()
}

// latestFigures words the latest review's figures against the plan's targets.
func latestFigures(p *planner.Plan) string {
	figs := planner.ReviewFigures(p)
	if len(figs) == 0 {
		return "No review recorded yet."
	}
	f := figs[len(figs)-1]
	c := p.Charter
	mark := func(v, target float64) string {
		if v >= target {
			return "✓ on target"
		}
		return "✗ below target"
	}
	var b strings.Builder
	members := "members not given"
	if f.Review.Given(planner.FigMembersTotal) {
		members = planner.Count(f.Review.MembersTotal, "member", "members")
	}
	fmt.Fprintf(&b, "Review of %s: %s.", f.Review.Date, members)
	if f.HasWeekly {
		fmt.Fprintf(&b, "\nWeekly active: %.0f%% (target %.0f%%) %s", f.WeeklyActivePct, c.TargetWeeklyActive, mark(f.WeeklyActivePct, c.TargetWeeklyActive))
	}
	if f.HasPoll {
		fmt.Fprintf(&b, "\nPoll response: %.0f%% (target %.0f%%) %s", f.PollResponsePct, c.TargetPollResponse, mark(f.PollResponsePct, c.TargetPollResponse))
	}
	if f.HasSkill {
		fmt.Fprintf(&b, "\nSkill gain: %.0f%% (target %.0f%%) %s", f.SkillGainPct, c.TargetSkillGain, mark(f.SkillGainPct, c.TargetSkillGain))
	}
	if f.HasGrowth {
		fmt.Fprintf(&b, "\nGrowth: %+.0f%%, retention %.0f%%", f.GrowthPct, f.RetentionPct)
	}
	for _, g := range f.Goals {
		if g.Has {
			fmt.Fprintf(&b, "\nGoal %q: %s (%.0f%% of the way to target)", g.Goal.Title, formatFloat(g.Value)+g.Goal.Unit, g.Pct)
		}
	}
	return b.String()
}
