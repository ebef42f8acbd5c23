package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// reviewsStep is step 5: the iteration reviews, the figures and trends derived from them,
// suggestions, the health score with its adjustable weights, and the lifecycle stage.
type reviewsStep struct {
	s *session
	w fyne.Window

	hints *hints
	tabs  *tabStrip
	// pageTabs holds only the tab shown in the tree and keeps only it up to date.
	pageTabs *stepTabs

	cadence    *widget.Select
	nextReview *widget.Label
	reviews    *listEditor[planner.Review]
	// fromRecords opens the window that fills a review from attendance reports and platform
	// exports; evidence is that window once opened (for tests).
	fromRecords *widget.Button
	evidence    *reviewEvidence

	// Figures and trends.
	latest      *widget.Label   // the latest review's figures against targets, in words
	figures     *fyne.Container // one row per review
	trends      *trendGrid      // every review figure and goal over time
	dateWarn    *widget.Label
	factorChart *barChart
	factorTitle *widget.Label

	// Advice and health.
	suggestions *fyne.Container
	health      *widget.Label
	healthParts *fyne.Container
	// partScore and partShare show each health part's score and its share of the total, by
	// part name; the weight entries sit beside them.
	partScore, partShare map[string]*widget.Label
	weights              map[string]*parsedEntry // weight entry per health part name
	stage                *widget.Select
	// The widgets of the review form shown, for tests: figure entries by name, the action and
	// story editors and the text entries of their selected items.
	fields       map[string]*parsedEntry
	figureStates map[*parsedEntry]*widget.Label // each figure's state beside its entry
	goalEntries  map[int64]*parsedEntry         // by goal ID
	factors      [planner.NumFactors]*widget.Select
	actions      *listEditor[planner.Action]
	stories      *listEditor[planner.Story]
	actionText   *keyEntry
	storyText    *keyEntry
	prompts      *widget.Label

	obj fyne.CanvasObject
}

// newReviewsStep builds the reviews editor on the session's plan.
func newReviewsStep(s *session, w fyne.Window) page {
	v := &reviewsStep{s: s, w: w, hints: hintsBox(planner.StepReviews), weights: map[string]*parsedEntry{}}
	p := s.plan
	tr := s.tr

	v.cadence = choiceField(planner.Frequencies, func(f planner.Frequency) string { return f.In(tr) },
		func() planner.Frequency { return planner.ReviewCadence(p) }, func(f planner.Frequency) { p.ReviewEvery = f }, s.savePlan)
	v.nextReview = wrapLabel("")
	v.reviews = newListEditor(s, w, listSpec[planner.Review]{
		kind:    planner.ItemReview,
		items:   func() *[]planner.Review { return &p.Reviews },
		id:      func(r *planner.Review) int64 { return r.ID },
		label:   func(r *planner.Review) string { return reviewLabelIn(tr, p, r) },
		newItem: v.newReview,
		form:    v.reviewForm,
		save:    func(r *planner.Review) error { return s.put(r) },
		what:    "review",
	})

	v.fromRecords = widget.NewButton(tr.T("ui.reviews.from_records"), func() {
		v.evidence = newReviewEvidence(s, w, v.reload)
		v.evidence.show()
	})

	v.latest = wrapLabel("")
	v.figures = container.NewVBox()
	v.trends = newTrendGrid(tr)
	v.factorChart = newBars(nil, 5)
	v.factorChart.tr = tr
	v.factorTitle = wrapLabel("")

	v.suggestions = container.NewVBox()
	v.health = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if p.HealthWeights == (planner.HealthWeights{}) {
		// Show the weights the score uses; they are saved with the first change.
		p.HealthWeights = planner.DefaultHealthWeights()
	}
	hw := &p.HealthWeights
	weightField := func(name string, f *float64) *parsedEntry {
		e := floatField(s, "health."+name, func() float64 { return *f }, func(x float64) { *f = x }, s.savePlan)
		v.weights[name] = e
		return e
	}
	// One row per part: its score, its weight (editable) and what share of the score it makes.
	// The rows are built once so a refresh never takes the focus from a weight being typed.
	v.partScore, v.partShare = map[string]*widget.Label{}, map[string]*widget.Label{}
	v.healthParts = container.NewGridWithColumns(4)
	for _, hd := range []string{"part", "score", "weight", "share"} {
		v.healthParts.Add(widget.NewLabelWithStyle(tr.T("ui.reviews.health.head."+hd), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, part := range []struct {
		name string
		w    *float64
	}{
		{planner.HealthWeeklyActive, &hw.WeeklyActive},
		{planner.HealthPollResponse, &hw.PollResponse},
		{planner.HealthSkillGain, &hw.SkillGain},
		{planner.HealthStories, &hw.Stories},
		{planner.HealthFactors, &hw.Factors},
	} {
		v.partScore[part.name], v.partShare[part.name] = widget.NewLabel(""), widget.NewLabel("")
		v.healthParts.Add(widget.NewLabel(planner.HealthPartIn(tr, part.name)))
		v.healthParts.Add(v.partScore[part.name])
		v.healthParts.Add(weightField(part.name, part.w))
		v.healthParts.Add(v.partShare[part.name])
	}
	v.stage = choiceField(planner.Stages, func(st planner.Stage) string { return st.In(tr) }, func() planner.Stage { return p.Stage }, func(st planner.Stage) { p.Stage = st }, s.savePlan)
	v.stage.PlaceHolder = tr.T("ui.reviews.stage_placeholder")
	v.prompts = wrapLabel("")

	v.pageTabs = newStepTabs(s.flush,
		tab(tr.T("ui.reviews.tab.reviews"), scrollPage(
			section(tr.T("ui.reviews.section.cadence"), form(field(tr.T("ui.reviews.field.every"), v.cadence), field(tr.T("ui.reviews.field.next"), v.nextReview)),
				wrapLabel(tr.T("ui.reviews.poll_hint"))),
			section(tr.T("ui.reviews.section.reviews"), v.fromRecords, v.reviews.object()),
		), v.refreshNextReview, v.reviews),
		tab(tr.T("ui.reviews.tab.figures"), scrollPage(
			section(tr.T("ui.reviews.section.latest"), v.latest),
			section(tr.T("ui.reviews.section.trends"), v.trends.object()),
			section(tr.T("ui.reviews.section.factors"), v.factorTitle, v.factorChart),
			section(tr.T("ui.reviews.section.every"), v.figures),
		), v.refreshTrends),
		tab(tr.T("ui.reviews.tab.advice"), scrollPage(
			section(tr.T("ui.reviews.section.suggestions"), v.suggestions),
			section(tr.T("ui.reviews.section.health"), v.health, v.healthParts,
				wrapLabel(tr.T("ui.reviews.health_explain"))),
			section(tr.T("ui.reviews.section.stage"), form(field(tr.T("ui.reviews.field.stage"), v.stage)), v.prompts),
		), v.refreshAdvice),
	)
	v.tabs = v.pageTabs.tabs
	v.obj = container.NewBorder(stepHeader(planner.StepReviews, v.hints), nil, nil, nil, v.tabs)
	v.reload()
	return v
}

func (v *reviewsStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan when the page is shown, the selected review's form included
// (goals may have changed in step 1).
func (v *reviewsStep) reload() {
	v.hints.shown()
	v.hints.show(v.s.plan)
	v.pageTabs.reload()
}

// refresh recomputes the derived figures after a save: the hints, and those of the tab shown
// (stepTabs). The review form being edited is left alone so that focus and typing are never
// disturbed.
func (v *reviewsStep) refresh() {
	v.hints.show(v.s.plan)
	v.pageTabs.refresh()
}

// refreshNextReview says when the next review is due.
func (v *reviewsStep) refreshNextReview() {
	tr := v.s.tr
	next := planner.NextReviewDate(v.s.plan, v.s.today())
	switch {
	case next.IsZero():
		v.nextReview.SetText("–")
	case next.Before(v.s.today()):
		v.nextReview.SetText(tr.T("ui.reviews.next_overdue", "date", dayIn(tr, next)))
	default:
		v.nextReview.SetText(dayIn(tr, next))
	}
}

// dayIn writes a day in full in tr's language ("7. Dezember 2026"), "–" when there is none.
func dayIn(tr *i18n.Printer, d planner.Date) string {
	if d.IsZero() {
		return "–"
	}
	return tr.Date(d.Year, d.Month, d.Day)
}

// factorName is a success factor's name in tr's language.
func factorName(tr *i18n.Printer, f planner.SuccessFactor) string {
	if f.Key() == "" {
		return f.String()
	}
	return tr.T("factor." + f.Key() + ".name")
}

// refreshTrends shows the latest review against the targets, the trends, the success factors
// and every review's figures.
func (v *reviewsStep) refreshTrends() {
	p, tr := v.s.plan, v.s.tr
	t := planner.PlanTargets(p)
	figs := planner.ReviewFigures(p)
	v.refreshLatest(figs, t)
	v.refreshFigures(figs, t)
	v.trends.set(p)

	var bars []barItem
	if len(figs) > 0 {
		last := figs[len(figs)-1].Review
		v.factorTitle.SetText(tr.T("ui.reviews.factors_title", "date", dayIn(tr, last.Date)))
		for f := planner.SuccessFactor(0); f < planner.NumFactors; f++ {
			note := tr.T("ui.reviews.factor_not_scored")
			if sc := last.Factors[f]; sc > 0 {
				note = tr.T("ui.reviews.factor_score", "n", tr.Int(sc))
			}
			bars = append(bars, barItem{Label: factorName(tr, f), Value: float64(last.Factors[f]), Note: note})
		}
	} else {
		v.factorTitle.SetText(tr.T("ui.reviews.factors_none"))
	}
	v.factorChart.set(bars, 5)
}

// vsTarget says in words where a figure (a percentage) stands against its target.
func vsTarget(tr *i18n.Printer, v, target float64) string {
	key := "ui.reviews.vs.below"
	if v >= target {
		key = "ui.reviews.vs.met"
	}
	return tr.T(key, "value", tr.Percent(v), "target", tr.Percent(target))
}

func (v *reviewsStep) refreshLatest(figs []planner.Figures, t planner.Targets) {
	tr := v.s.tr
	if len(figs) == 0 {
		v.latest.SetText(tr.T("ui.reviews.latest.none"))
		return
	}
	f := figs[len(figs)-1]
	r := f.Review
	var lines []string
	add := func(key string, args ...any) { lines = append(lines, tr.T(key, args...)) }
	members := tr.T("ui.reviews.members_not_given")
	if r.Given(planner.FigMembersTotal) {
		members = tr.N("ui.reviews.members", r.MembersTotal)
	}
	add("ui.reviews.latest.head", "date", dayIn(tr, r.Date), "members", members)
	switch {
	case f.HasWeekly:
		add("ui.reviews.latest.weekly", "vs", vsTarget(tr, f.WeeklyActivePct, t.WeeklyActive))
	case !r.Given(planner.FigWeeklyActive):
		add("ui.reviews.latest.weekly_not_given")
	default:
		add("ui.reviews.latest.weekly_need_total")
	}
	if f.HasPoll {
		add("ui.reviews.latest.poll", "vs", vsTarget(tr, f.PollResponsePct, t.PollResponse))
	} else {
		add("ui.reviews.latest.poll_none")
	}
	if f.HasGrowth {
		if f.HasRetention {
			add("ui.reviews.latest.growth_retention", "pct", tr.Percent(f.GrowthPct), "retention", tr.Percent(f.RetentionPct))
		} else {
			add("ui.reviews.latest.growth", "pct", tr.Percent(f.GrowthPct))
		}
	}
	if f.HasSkill {
		add("ui.reviews.latest.skill", "vs", vsTarget(tr, f.SkillGainPct, t.SkillGain))
	} else {
		add("ui.reviews.latest.skill_none")
	}
	for _, g := range f.Goals {
		if g.Has {
			add("ui.reviews.latest.goal", "goal", goalName(tr, g.Goal), "value", tr.Number(g.Value, 2), "pct", tr.Percent(g.Pct))
		} else {
			add("ui.reviews.latest.goal_none", "goal", goalName(tr, g.Goal))
		}
	}
	v.latest.SetText(strings.Join(lines, "\n"))
}

// goalName is a goal's title, else its metric, else the word "goal".
func goalName(tr *i18n.Printer, g planner.Goal) string {
	return joinNonBlank("", firstNonEmpty(g.Title, g.Metric, tr.T("ui.reviews.goal_default")))
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// refreshFigures tabulates every review's derived figures.
func (v *reviewsStep) refreshFigures(figs []planner.Figures, t planner.Targets) {
	tr := v.s.tr
	v.figures.RemoveAll()
	if len(figs) == 0 {
		v.figures.Refresh()
		return
	}
	// Seven even columns: each cell wraps, so a long date ("19 de febrero de 2026") makes a
	// taller row, never a wider page.
	grid := container.NewGridWithColumns(7)
	for _, h := range []string{"date", "members", "weekly", "poll", "growth", "retention", "skill"} {
		l := widget.NewLabelWithStyle(tr.T("ui.reviews.col."+h), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		grid.Add(l)
	}
	pctOr := func(ok bool, x float64) string {
		if !ok {
			return "–"
		}
		return tr.Percent(x)
	}
	mark := func(ok bool, x, target float64) string {
		if !ok {
			return "–"
		}
		if x >= target {
			return tr.T("ui.reviews.mark.met", "value", tr.Percent(x))
		}
		return tr.T("ui.reviews.mark.below", "value", tr.Percent(x))
	}
	for _, f := range figs {
		r := f.Review
		grid.Add(wrapLabel(dayIn(tr, r.Date)))
		members := "–"
		if r.Given(planner.FigMembersTotal) {
			members = tr.Int(r.MembersTotal)
		}
		grid.Add(wrapLabel(members))
		grid.Add(wrapLabel(mark(f.HasWeekly, f.WeeklyActivePct, t.WeeklyActive)))
		grid.Add(wrapLabel(mark(f.HasPoll, f.PollResponsePct, t.PollResponse)))
		grid.Add(wrapLabel(pctOr(f.HasGrowth, f.GrowthPct)))
		grid.Add(wrapLabel(pctOr(f.HasRetention, f.RetentionPct)))
		grid.Add(wrapLabel(mark(f.HasSkill, f.SkillGainPct, t.SkillGain)))
	}
	v.figures.Add(grid)
	v.figures.Add(wrapLabel(tr.T("ui.reviews.targets_line", "weekly", tr.Percent(t.WeeklyActive), "poll", tr.Percent(t.PollResponse),
		"good", tr.Percent(60), "skill", tr.Percent(t.SkillGain))))
	v.figures.Refresh()
}

// refreshAdvice shows the suggestions, the health score with every part, and the stage's
// prompts.
func (v *reviewsStep) refreshAdvice() {
	p, tr := v.s.plan, v.s.tr
	v.suggestions.RemoveAll()
	sugg := planner.Suggestions(p)
	if len(sugg) == 0 {
		v.suggestions.Add(wrapLabel(tr.T("ui.reviews.suggestions_none")))
	}
	for _, sg := range sugg {
		title := widget.NewLabelWithStyle(sg.TitleIn(tr), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		v.suggestions.Add(title)
		v.suggestions.Add(wrapLabel(tr.T("ui.reviews.why", "reason", sg.ReasonIn(tr))))
	}
	v.suggestions.Refresh()

	h := planner.HealthScore(p)
	if h.Has {
		v.health.SetText(tr.T("ui.reviews.health.score", "score", tr.Int(h.Score)))
	} else {
		v.health.SetText(tr.T("ui.reviews.health.none"))
	}
	var sum float64
	for _, part := range h.Parts {
		if part.Has && part.Weight > 0 {
			sum += part.Weight
		}
	}
	for _, part := range h.Parts {
		score, share := v.partScore[part.Name], v.partShare[part.Name]
		if score == nil {
			continue
		}
		switch {
		case !part.Has:
			score.SetText(tr.T("ui.reviews.part.no_data"))
			share.SetText(tr.T("ui.reviews.part.left_out"))
		case part.Weight <= 0 || sum == 0:
			score.SetText(tr.T("ui.reviews.part.score", "score", tr.Number(part.Score, 1)))
			share.SetText(tr.T("ui.reviews.part.zero", "pct", tr.Percent(0)))
		default:
			score.SetText(tr.T("ui.reviews.part.score", "score", tr.Number(part.Score, 1)))
			share.SetText(tr.Percent(part.Weight / sum * 100))
		}
	}

	var b strings.Builder
	if p.Stage == "" {
		b.WriteString(tr.T("ui.reviews.stage_choose"))
	}
	for _, k := range p.Stage.PromptKeys() {
		b.WriteString("• " + tr.T(k) + "\n")
	}
	v.prompts.SetText(strings.TrimSpace(b.String()))
}
