package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// This file holds the widgets that carry what one step learned into the next: the survey's
// per-question summary (step 1), the platform needs and the cadence suggestion (step 3), the
// launch schedule suggestion (step 4) and the trend of every review figure (step 5). Each
// reads the plan through a planner rule; none keeps a rule of its own.

// surveySummary shows each survey question as a survey tool's summary view does: counted
// bars for a choice question, the distribution with mean and median for a scale, n for each.
type surveySummary struct {
	box *fyne.Container
	// bars holds the bars drawn per question ID, for tests.
	bars map[int64][]barItem
	// lines holds the text under each question (n, mean, median, Other answers), for tests.
	lines map[int64][]string
}

func newSurveySummary() *surveySummary {
	return &surveySummary{box: container.NewVBox(), bars: map[int64][]barItem{}, lines: map[int64][]string{}}
}

func (v *surveySummary) object() fyne.CanvasObject { return v.box }

// set redraws the summary from the survey.
func (v *surveySummary) set(s planner.Survey) {
	v.bars, v.lines = map[int64][]barItem{}, map[int64][]string{}
	var objs []fyne.CanvasObject
	for i, qs := range planner.SummarizeSurvey(s) {
		q := qs.Question
		title := widget.NewLabelWithStyle(fmt.Sprintf("%d. %s", i+1, strings.TrimSpace(q.Title)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		objs = append(objs, title)
		lines := []string{q.Kind.Label() + " · " + qs.NLabel()}
		var items []barItem
		maxV := float64(max(qs.N, 1))
		switch q.Kind {
		case planner.KindSingle, planner.KindMulti:
			for _, c := range qs.Choices {
				items = append(items, barItem{Label: c.Label, Value: float64(c.Count), Note: fmt.Sprintf("%d (%.0f%%)", c.Count, c.Share*100)})
				if n := c.OtherNote(); n != "" {
					lines = append(lines, c.Label+" includes "+n)
				}
			}
		case planner.KindScale:
			top := 1
			for _, n := range qs.Distribution {
				top = max(top, n)
			}
			maxV = float64(top)
			if qs.N > 0 {
				for p, n := range qs.Distribution {
					items = append(items, barItem{Label: strconv.Itoa(p + 1), Value: float64(n), Note: strconv.Itoa(n)})
				}
			}
			if qs.Scale.N > 0 {
				lines = append(lines, fmt.Sprintf("Mean %s, median %s of 10", trimNum(math.Round(qs.Scale.Mean*10)/10), trimNum(qs.Scale.Median)))
			}
			if qs.Unreadable > 0 {
				lines = append(lines, fmt.Sprintf("%d answers are not a number from 1 to 10 and are left out", qs.Unreadable))
			}
		default:
			lines = append(lines, fmt.Sprintf("%d open answers: the tally below counts their themes", qs.Texts))
		}
		for _, l := range lines {
			objs = append(objs, wrapLabel(l))
		}
		if len(items) > 0 {
			objs = append(objs, newBarChart(items, maxV))
			var full []string // options whose bar label may be cut, in full
			for _, it := range items {
				if mayBeCut(it.Label) {
					full = append(full, it.Label)
				}
			}
			if len(full) > 0 {
				objs = append(objs, wrapLabel("In full: "+strings.Join(full, " · ")))
			}
		}
		v.bars[q.ID], v.lines[q.ID] = items, lines
	}
	if len(objs) == 0 {
		objs = append(objs, wrapLabel("No questions yet."))
	}
	v.box.Objects = objs
	v.box.Refresh()
}

// needsEditor shows the platform needs the recommendation uses as switches the organizer
// sets. Until they touch one, the switches show the guess from the plan's text and say so;
// the first change stores them with the plan.
type needsEditor struct {
	s        *session
	onChange func()

	checks   []*widget.Check
	size     *widget.Entry
	note     *widget.Label // the "guessed from keywords" note
	evidence *widget.Label // the survey's word
	quiet    bool          // set while refresh sets the widgets
	box      *fyne.Container
}

func newNeedsEditor(s *session, onChange func()) *needsEditor {
	v := &needsEditor{s: s, onChange: onChange, note: wrapLabel(""), evidence: wrapLabel("")}
	v.note.TextStyle.Italic = true
	grid := container.NewGridWithColumns(2)
	for _, it := range planner.NeedItems {
		it := it
		c := widget.NewCheck(it.Label, func(on bool) {
			v.change(func(n *planner.PlatformNeeds) { it.Set(n, on) })
		})
		v.checks = append(v.checks, c)
		grid.Add(c)
	}
	v.size = widget.NewEntry()
	v.size.SetPlaceHolder("counted from candidates and reviews")
	v.size.Validator = func(t string) error {
		if strings.TrimSpace(t) == "" {
			return nil
		}
		if n, err := strconv.Atoi(strings.TrimSpace(t)); err != nil || n < 0 || n > 10_000_000 {
			return fmt.Errorf("a whole number of members, or empty to count them")
		}
		return nil
	}
	v.size.OnChanged = func(t string) {
		if v.size.Validate() != nil {
			return
		}
		n, _ := strconv.Atoi(strings.TrimSpace(t))
		v.change(func(x *planner.PlatformNeeds) { x.Size = n })
	}
	v.box = container.NewVBox(grid, form(fieldHint("Expected members", v.size, "Empty: counted from the candidates and the latest review")), v.note, v.evidence)
	v.refresh()
	return v
}

func (v *needsEditor) object() fyne.CanvasObject { return v.box }

// change states the needs: the shown values (the guess, until stated) with one changed.
func (v *needsEditor) change(fn func(*planner.PlatformNeeds)) {
	if v.quiet {
		return
	}
	c := &v.s.plan.Charter
	if !c.NeedsStated {
		guess, _ := planner.PlanNeeds(v.s.plan)
		guess.Size = 0 // a counted size stays counted
		c.Needs = guess
	}
	fn(&c.Needs)
	c.NeedsStated = true
	_ = v.s.saveCharter()
	v.refresh()
	if v.onChange != nil {
		v.onChange()
	}
}

// refresh shows the needs in use, the note and the survey's evidence.
func (v *needsEditor) refresh() {
	v.quiet = true
	defer func() { v.quiet = false }()
	adv := planner.AdvisePlatform(v.s.plan)
	for i, it := range planner.NeedItems {
		v.checks[i].SetChecked(it.Get(adv.Needs))
	}
	stated := v.s.plan.Charter.NeedsStated && v.s.plan.Charter.Needs.Size > 0
	if stated {
		v.size.SetText(strconv.Itoa(v.s.plan.Charter.Needs.Size))
	} else if v.size.Text != "" && v.size.Validate() == nil {
		v.size.SetText("")
	}
	if adv.Needs.Size > 0 {
		v.size.SetPlaceHolder(fmt.Sprintf("%d, counted from candidates and reviews", adv.Needs.Size))
	} else {
		v.size.SetPlaceHolder("none counted yet: no candidates or reviews")
	}
	if adv.Guessed {
		v.note.SetText(planner.GuessNote)
	} else {
		v.note.SetText("Set by you; the recommendation below uses these needs.")
	}
	if ev := adv.Evidence(); ev != "" {
		v.evidence.SetText("Survey: " + ev + ".")
	} else {
		v.evidence.SetText("Survey: no answers to a platform question yet.")
	}
}

// suggestionCard is what the suggestion cards share: a sentence saying what is suggested and
// why, one button that applies it, and who to tell once it is applied.
type suggestionCard struct {
	s       *session
	onApply func()
	text    *widget.Label
	button  *widget.Button
	box     *fyne.Container
}

// init builds the card's widgets; tap applies the suggestion.
func (c *suggestionCard) init(s *session, onApply func(), label string, tap func()) {
	c.s, c.onApply, c.text = s, onApply, wrapLabel("")
	c.button = widget.NewButton(label, tap)
	c.box = container.NewVBox(c.text, container.NewHBox(c.button))
}

func (c *suggestionCard) object() fyne.CanvasObject { return c.box }

// applied tells the page that the suggestion changed the plan.
func (c *suggestionCard) applied() {
	if c.onApply != nil {
		c.onApply()
	}
}

// cadenceCard shows what the survey's cadence answers suggest for the charter's main live
// session, with the evidence, and applies it with one click.
type cadenceCard struct{ suggestionCard }

func newCadenceCard(s *session, onApply func()) *cadenceCard {
	v := &cadenceCard{}
	v.init(s, onApply, "Apply to the main session", v.onApplyTapped)
	v.refresh()
	return v
}

// suggestionText says what the suggestion would set: "Every two weeks, Thursday, 18:00".
func suggestionText(sug planner.CadenceSuggestion) string {
	var parts []string
	if sug.Frequency != "" {
		parts = append(parts, sug.Frequency.Label())
	}
	if sug.HasWeekday {
		parts = append(parts, sug.Weekday.String())
	}
	if sug.Time != "" {
		parts = append(parts, sug.Time)
	}
	return strings.Join(parts, ", ")
}

func (v *cadenceCard) refresh() {
	sug := planner.SuggestCadence(v.s.plan.Survey)
	if !sug.OK() {
		v.text.SetText("No suggestion yet: the survey's cadence questions have no answers that name a rhythm, day or time.")
		v.button.Disable()
		return
	}
	target := "a new 60-minute live session"
	if i := planner.MainSession(v.s.plan.Charter); i >= 0 {
		target = "“" + strings.TrimSpace(v.s.plan.Charter.Cadence[i].Practice) + "”"
	}
	if planner.CadenceFollows(v.s.plan.Charter, sug) {
		v.text.SetText(fmt.Sprintf("%s follows the suggestion: %s. %s", target, suggestionText(sug), sug.Why()))
		v.button.Disable()
		return
	}
	v.text.SetText(fmt.Sprintf("Suggested for %s: %s. %s", target, suggestionText(sug), sug.Why()))
	v.button.Enable()
}

func (v *cadenceCard) onApplyTapped() {
	c := &v.s.plan.Charter
	if !planner.ApplyCadence(c, planner.SuggestCadence(v.s.plan.Survey)) {
		return
	}
	if i := planner.MainSession(*c); i >= 0 {
		_ = v.s.put(&c.Cadence[i])
	}
	_ = v.s.saveCharter()
	v.applied()
}

// scheduleCard suggests the launch event's date and start from the charter's main session
// and the survey, with why, and applies it with one click.
type scheduleCard struct{ suggestionCard }

func newScheduleCard(s *session, onApply func()) *scheduleCard {
	v := &scheduleCard{}
	v.init(s, onApply, "Use this date and time", v.onUse)
	v.refresh()
	return v
}

func (v *scheduleCard) refresh() {
	sched, ok := planner.SuggestEventScheduleAvoiding(v.s.plan, v.s.today(), v.s.holidays())
	if !ok {
		v.text.SetText("No suggestion yet: give the charter a main session with a time (step 3), or ask the survey when people can meet.")
		v.button.Disable()
		return
	}
	e := v.s.plan.Event
	if e.Date == sched.Date && strings.TrimSpace(e.Time) == sched.Time {
		v.text.SetText("The date and time follow the suggestion: " + sched.Why)
		v.button.Disable()
		return
	}
	v.text.SetText(fmt.Sprintf("Suggested: %s at %s. %s", sched.Date.Time().Format("Monday 2 January 2006"), sched.Time, sched.Why))
	v.button.Enable()
}

func (v *scheduleCard) onUse() {
	sched, ok := planner.SuggestEventScheduleAvoiding(v.s.plan, v.s.today(), v.s.holidays())
	if !ok {
		return
	}
	planner.ApplyEventSchedule(&v.s.plan.Event, sched)
	planner.FillEventDefaults(v.s.plan)
	_ = v.s.saveEvent()
	v.refresh()
	v.applied()
}

// trendGrid draws the trend of every review figure and goal against its target.
type trendGrid struct {
	box    *fyne.Container
	charts map[string]*trendChart // by planner.Trend.Key
}

func newTrendGrid() *trendGrid {
	return &trendGrid{box: container.NewGridWithColumns(2), charts: map[string]*trendChart{}}
}

func (v *trendGrid) object() fyne.CanvasObject { return v.box }

// set redraws the charts from the plan's reviews.
func (v *trendGrid) set(p *planner.Plan) {
	trends := planner.ReviewTrends(p)
	if len(trends) == 0 {
		v.charts = map[string]*trendChart{}
		v.box.Objects = []fyne.CanvasObject{newTrendChart("Weekly active members %", "%", planner.PlanTargets(p).WeeklyActive, nil)}
		v.box.Refresh()
		return
	}
	var objs []fyne.CanvasObject
	charts := map[string]*trendChart{}
	for _, tr := range trends {
		pts := make([]trendPoint, len(tr.Values))
		for i, val := range tr.Values {
			pts[i] = trendPoint{Label: tr.Dates[i].String(), Value: val, Has: !math.IsNaN(val)}
			if !pts[i].Has {
				pts[i].Value = 0
			}
		}
		unit := tr.Unit
		title := tr.Title
		if unit != "%" {
			if unit != "" {
				title += " (" + unit + ")"
			}
			unit = ""
		}
		target := 0.0
		if tr.HasTarget {
			target = tr.Target
		}
		c, ok := v.charts[tr.Key]
		if ok && c.title == title {
			c.set(target, pts)
		} else {
			c = newTrendChart(title, unit, target, pts)
		}
		charts[tr.Key] = c
		objs = append(objs, c)
	}
	v.charts = charts
	v.box.Objects = objs
	v.box.Refresh()
}
