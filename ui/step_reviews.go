package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
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
	actionText   *widget.Entry
	storyText    *keyEntry
	prompts      *widget.Label

	obj fyne.CanvasObject
}

// newReviewsStep builds the reviews editor on the session's plan.
func newReviewsStep(s *session, w fyne.Window) page {
	v := &reviewsStep{s: s, w: w, hints: hintsBox(planner.StepReviews), weights: map[string]*parsedEntry{}}
	p := s.plan

	v.cadence = choiceField(planner.Frequencies, planner.Frequency.Label,
		func() planner.Frequency { return planner.ReviewCadence(p) }, func(f planner.Frequency) { p.ReviewEvery = f }, s.savePlan)
	v.nextReview = wrapLabel("")
	v.reviews = newListEditor(s, w, listSpec[planner.Review]{
		kind:    planner.ItemReview,
		items:   func() *[]planner.Review { return &p.Reviews },
		id:      func(r *planner.Review) int64 { return r.ID },
		label:   func(r *planner.Review) string { return reviewLabel(p, r) },
		newItem: v.newReview,
		form:    v.reviewForm,
		save:    func(r *planner.Review) error { return s.put(r) },
		what:    "review",
	})

	v.fromRecords = widget.NewButton("Fill a review from meeting and platform records…", func() {
		v.evidence = newReviewEvidence(s, w, v.reload)
		v.evidence.show()
	})

	v.latest = wrapLabel("")
	v.figures = container.NewVBox()
	v.trends = newTrendGrid()
	v.factorChart = newBars(nil, 5)
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
	for _, hd := range []string{"Part", "Score (latest review)", "Weight", "Share of the health score"} {
		v.healthParts.Add(widget.NewLabelWithStyle(hd, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
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
		v.healthParts.Add(widget.NewLabel(part.name))
		v.healthParts.Add(v.partScore[part.name])
		v.healthParts.Add(weightField(part.name, part.w))
		v.healthParts.Add(v.partShare[part.name])
	}
	v.stage = choiceField(planner.Stages, planner.Stage.Label, func() planner.Stage { return p.Stage }, func(st planner.Stage) { p.Stage = st }, s.savePlan)
	v.stage.PlaceHolder = "Choose the stage"
	v.prompts = wrapLabel("")

	v.pageTabs = newStepTabs(s.flush,
		tab("Reviews", scrollPage(
			section("Review cadence", form(field("Review every", v.cadence), field("Next review", v.nextReview)),
				wrapLabel("Send a short poll after every session; the poll figures below come from it.")),
			section("Reviews", v.fromRecords, v.reviews.object()),
		), v.refreshNextReview, v.reviews),
		tab("Figures & trends", scrollPage(
			section("Latest review against targets", v.latest),
			section("Trends", v.trends.object()),
			section("Success factors", v.factorTitle, v.factorChart),
			section("Every review", v.figures),
		), v.refreshTrends),
		tab("Advice & health", scrollPage(
			section("Suggestions", v.suggestions),
			section("Health score", v.health, v.healthParts,
				wrapLabel("The score is the weighted mean of the parts' scores. Weights are relative: each part counts its weight divided by the sum of the weights of the parts with data. Parts without data are left out.")),
			section("Lifecycle stage", form(field("Stage", v.stage)), v.prompts),
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
	next := planner.NextReviewDate(v.s.plan, v.s.today())
	switch {
	case next.IsZero():
		v.nextReview.SetText("–")
	case next.Before(v.s.today()):
		v.nextReview.SetText(next.String() + " (overdue)")
	default:
		v.nextReview.SetText(next.String())
	}
}

// refreshTrends shows the latest review against the targets, the trends, the success factors
// and every review's figures.
func (v *reviewsStep) refreshTrends() {
	p := v.s.plan
	t := planner.PlanTargets(p)
	figs := planner.ReviewFigures(p)
	v.refreshLatest(figs, t)
	v.refreshFigures(figs, t)
	v.trends.set(p)

	var bars []barItem
	if len(figs) > 0 {
		last := figs[len(figs)-1].Review
		v.factorTitle.SetText("Scores 1–5 at the latest review (" + orDash(last.Date.String()) + "):")
		for f := planner.SuccessFactor(0); f < planner.NumFactors; f++ {
			note := "not scored"
			if sc := last.Factors[f]; sc > 0 {
				note = fmt.Sprintf("%d of 5", sc)
			}
			bars = append(bars, barItem{Label: f.String(), Value: float64(last.Factors[f]), Note: note})
		}
	} else {
		v.factorTitle.SetText("Record a review to see the success-factor scores.")
	}
	v.factorChart.set(bars, 5)
}

func round1(x float64) float64 {
	return float64(int(x*10+0.5)) / 10
}

// vsTarget says in words where a figure stands against its target.
func vsTarget(v, target float64) string {
	if v >= target {
		return fmt.Sprintf("%s%% (target %s%%: met)", trimNum(round1(v)), trimNum(target))
	}
	return fmt.Sprintf("%s%% (target %s%%: below)", trimNum(round1(v)), trimNum(target))
}

func (v *reviewsStep) refreshLatest(figs []planner.Figures, t planner.Targets) {
	if len(figs) == 0 {
		v.latest.SetText("No review yet.")
		return
	}
	f := figs[len(figs)-1]
	r := f.Review
	var b strings.Builder
	members := "members not given"
	if r.Given(planner.FigMembersTotal) {
		members = planner.Count(r.MembersTotal, "member", "members")
	}
	fmt.Fprintf(&b, "Review of %s: %s.\n", orDash(r.Date.String()), members)
	switch {
	case f.HasWeekly:
		fmt.Fprintf(&b, "Weekly active: %s\n", vsTarget(f.WeeklyActivePct, t.WeeklyActive))
	case !r.Given(planner.FigWeeklyActive):
		b.WriteString("Weekly active: not given at this review.\n")
	default:
		b.WriteString("Weekly active: enter the members total.\n")
	}
	if f.HasPoll {
		fmt.Fprintf(&b, "Poll response: %s\n", vsTarget(f.PollResponsePct, t.PollResponse))
	} else {
		b.WriteString("Poll response: no poll given.\n")
	}
	if f.HasGrowth {
		fmt.Fprintf(&b, "Growth: %s%%", trimNum(round1(f.GrowthPct)))
		if f.HasRetention {
			fmt.Fprintf(&b, ", retention: %s%%", trimNum(round1(f.RetentionPct)))
		}
		b.WriteString("\n")
	}
	if f.HasSkill {
		fmt.Fprintf(&b, "Skill gain over the baseline: %s\n", vsTarget(f.SkillGainPct, t.SkillGain))
	} else {
		b.WriteString("Skill gain: needs the review's average skill rating and the survey's skill baseline.\n")
	}
	for _, g := range f.Goals {
		if g.Has {
			fmt.Fprintf(&b, "Goal %q: %s now (%s%% of the way from baseline to target)\n", goalName(g.Goal), formatFloat(g.Value), trimNum(round1(g.Pct)))
		} else {
			fmt.Fprintf(&b, "Goal %q: not measured at this review\n", goalName(g.Goal))
		}
	}
	v.latest.SetText(strings.TrimSpace(b.String()))
}

func goalName(g planner.Goal) string {
	return joinNonBlank("", firstNonEmpty(g.Title, g.Metric, "goal"))
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
	v.figures.RemoveAll()
	if len(figs) == 0 {
		v.figures.Refresh()
		return
	}
	grid := container.NewGridWithColumns(7)
	for _, h := range []string{"Date", "Members", "Weekly active", "Poll response", "Growth", "Retention", "Skill gain"} {
		grid.Add(widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	pctOr := func(ok bool, x float64) string {
		if !ok {
			return "–"
		}
		return trimNum(round1(x)) + "%"
	}
	mark := func(ok bool, x, target float64) string {
		if !ok {
			return "–"
		}
		if x >= target {
			return trimNum(round1(x)) + "% met"
		}
		return trimNum(round1(x)) + "% below"
	}
	for _, f := range figs {
		r := f.Review
		grid.Add(widget.NewLabel(orDash(r.Date.String())))
		members := "–"
		if r.Given(planner.FigMembersTotal) {
			members = fmt.Sprintf("%d", r.MembersTotal)
		}
		grid.Add(widget.NewLabel(members))
		grid.Add(widget.NewLabel(mark(f.HasWeekly, f.WeeklyActivePct, t.WeeklyActive)))
		grid.Add(widget.NewLabel(mark(f.HasPoll, f.PollResponsePct, t.PollResponse)))
		grid.Add(widget.NewLabel(pctOr(f.HasGrowth, f.GrowthPct)))
		grid.Add(widget.NewLabel(pctOr(f.HasRetention, f.RetentionPct)))
		grid.Add(widget.NewLabel(mark(f.HasSkill, f.SkillGainPct, t.SkillGain)))
	}
	v.figures.Add(grid)
	v.figures.Add(wrapLabel(fmt.Sprintf("Targets: weekly active %s%%, poll response %s%% (a minimum; 60%% is good for a small group), skill gain %s%%. Set them in the charter (step 3).",
		trimNum(t.WeeklyActive), trimNum(t.PollResponse), trimNum(t.SkillGain))))
	v.figures.Refresh()
}

// refreshAdvice shows the suggestions, the health score with every part, and the stage's
// prompts.
func (v *reviewsStep) refreshAdvice() {
	p := v.s.plan
	v.suggestions.RemoveAll()
	sugg := planner.Suggestions(p)
	if len(sugg) == 0 {
		v.suggestions.Add(wrapLabel("No suggestions: record a review, or all figures are on target."))
	}
	for _, sg := range sugg {
		v.suggestions.Add(widget.NewLabelWithStyle(sg.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		v.suggestions.Add(wrapLabel("Why: " + sg.Reason))
	}
	v.suggestions.Refresh()

	h := planner.HealthScore(p)
	if h.Has {
		v.health.SetText(fmt.Sprintf("Health score: %d / 100 (latest review)", h.Score))
	} else {
		v.health.SetText("Health score: no data yet (record a review)")
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
			score.SetText("no data")
			share.SetText("left out")
		case part.Weight <= 0 || sum == 0:
			score.SetText(trimNum(round1(part.Score)) + " / 100")
			share.SetText("0% (weight 0)")
		default:
			score.SetText(trimNum(round1(part.Score)) + " / 100")
			share.SetText(trimNum(round1(part.Weight/sum*100)) + "%")
		}
	}

	var b strings.Builder
	if p.Stage == "" {
		b.WriteString("Choose the stage the community is in to see what it asks of you.")
	}
	for _, q := range p.Stage.Prompts() {
		b.WriteString("• " + q + "\n")
	}
	v.prompts.SetText(strings.TrimSpace(b.String()))
}
