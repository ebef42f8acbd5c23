package ui

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
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
	// grids holds each grid's table as text, a line per row, by grid title, for tests.
	grids map[string][]string
	// tr words the summary's texts and numbers; the app's language when nil (summaryPrinter).
	tr *i18n.Printer
}

func newSurveySummary() *surveySummary {
	return &surveySummary{box: container.NewVBox(), bars: map[int64][]barItem{}, lines: map[int64][]string{}, grids: map[string][]string{}}
}

func (v *surveySummary) object() fyne.CanvasObject { return v.box }

// set redraws the summary from the survey.
func (v *surveySummary) set(s planner.Survey) {
	tr := v.lang()
	v.bars, v.lines, v.grids = map[int64][]barItem{}, map[int64][]string{}, map[string][]string{}
	var objs []fyne.CanvasObject
	for i, b := range planner.SummarizeBlocks(s) {
		if b.Grid != nil {
			objs = append(objs, v.gridTable(i+1, *b.Grid)...)
			continue
		}
		qs := *b.Question
		q := qs.Question
		title := widget.NewLabelWithStyle(fmt.Sprintf("%d. %s", i+1, strings.TrimSpace(q.Title)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		objs = append(objs, title)
		kind := q.KindIn(tr)
		if q.Kind == planner.KindScale {
			kind = q.Kind.In(tr) + " " + q.Range().Describe()
		}
		lines := []string{kind + " · " + qs.NLabelIn(tr)}
		var items []barItem
		maxV := float64(max(qs.N, 1))
		switch q.Kind {
		case planner.KindSingle, planner.KindMulti:
			for _, c := range qs.Choices {
				items = append(items, barItem{Label: c.Label, Value: float64(c.Count), Note: tr.Int(c.Count) + " (" + tr.Percent(math.Round(c.Share*100)) + ")"})
				if n := c.OtherNoteIn(tr); n != "" {
					lines = append(lines, tr.T("ui.reviews.sum.includes", "option", c.Label, "note", n))
				}
			}
			if qs.Positional {
				lines = append(lines, tr.T("ui.reviews.sum.position_mean", "mean", tr.Number(qs.PositionMean, 1), "n", tr.Int(len(q.Options))))
			}
		case planner.KindScale:
			sc := q.Range()
			top := 1
			for _, n := range qs.Distribution {
				top = max(top, n)
			}
			maxV = float64(top)
			if qs.N > 0 {
				for p, n := range qs.Distribution {
					items = append(items, barItem{Label: strconv.Itoa(sc.Min + p), Value: float64(n), Note: tr.Int(n)})
				}
			}
			if qs.Scale.N > 0 {
				lines = append(lines, tr.T("ui.reviews.sum.mean_median_of", "mean", tr.Number(qs.Scale.Mean, 1), "median", tr.Number(qs.Scale.Median, 1), "max", tr.Int(sc.Max)))
			}
			if n := qs.NPS; n != nil {
				lines = append(lines, tr.T("ui.reviews.sum.nps", "score", tr.Int(int(math.Round(n.Score))),
					"promoters", tr.N("ui.reviews.sum.promoters", n.Promoters), "passives", tr.N("ui.reviews.sum.passives", n.Passives),
					"detractors", tr.N("ui.reviews.sum.detractors", n.Detractors)))
			}
			if qs.Unreadable > 0 {
				lines = append(lines, tr.N("ui.reviews.sum.unreadable_range", qs.Unreadable, "min", tr.Int(sc.Min), "max", tr.Int(sc.Max)))
			}
		case planner.KindNumber:
			top := 1
			for _, b := range qs.Bins {
				top = max(top, b.Count)
			}
			maxV = float64(top)
			for _, b := range qs.Bins {
				items = append(items, barItem{Label: b.Label, Value: float64(b.Count), Note: tr.Int(b.Count)})
			}
			if qs.Scale.N > 0 {
				lines = append(lines, tr.T("ui.reviews.sum.mean_median", "mean", tr.Number(qs.Scale.Mean, 1), "median", tr.Number(qs.Scale.Median, 1)))
			}
			if qs.Unreadable > 0 {
				lines = append(lines, tr.N("ui.reviews.sum.unreadable", qs.Unreadable))
			}
		default:
			lines = append(lines, tr.N("ui.reviews.sum.open", qs.Texts))
		}
		for _, l := range lines {
			objs = append(objs, wrapLabel(l))
		}
		if len(items) > 0 {
			bars := newBars(items, maxV)
			bars.tr = tr
			objs = append(objs, bars)
			var full []string // options whose bar label may be cut, in full
			for _, it := range items {
				if mayBeCut(it.Label) {
					full = append(full, it.Label)
				}
			}
			if len(full) > 0 {
				objs = append(objs, wrapLabel(tr.T("ui.reviews.sum.in_full", "list", strings.Join(full, " · "))))
			}
		}
		v.bars[q.ID], v.lines[q.ID] = items, lines
	}
	if len(objs) == 0 {
		objs = append(objs, wrapLabel(tr.T("ui.reviews.sum.none")))
	}
	v.box.Objects = objs
	relaid(v.box)
}

// lang is the summary's language: tr when set, else the app's (the Language setting, or
// the system's), which is the language of the window showing it.
func (v *surveySummary) lang() *i18n.Printer {
	if v.tr != nil {
		return v.tr
	}
	if a := fyne.CurrentApp(); a != nil {
		return i18n.New(languageOf(a.Preferences()))
	}
	return enPrinter
}

// gridTable shows a grid's rows as one table: a row per grid row (its label cut so that no
// two read the same), the answers per column across, then n and the mean.
func (v *surveySummary) gridTable(num int, g planner.GridSummary) []fyne.CanvasObject {
	tr := v.lang()
	title := widget.NewLabelWithStyle(fmt.Sprintf("%d. %s", num, strings.TrimSpace(g.Title)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	kind := tr.N("ui.reviews.sum.grid", len(g.Rows))
	if len(g.Rows) > 0 {
		q := g.Rows[0].Summary.Question
		if q.Kind == planner.KindScale {
			kind += " · " + q.Kind.In(tr) + " " + q.Range().Describe()
		} else {
			kind += " · " + q.KindIn(tr)
		}
	}
	// Each line: the row label in a column of its own width, then the counts, n and the
	// mean in equal columns.
	const labelW = 230
	table := container.NewVBox()
	var line *fyne.Container
	var rowLabel fyne.CanvasObject
	startLine := func(label string, bold bool) {
		l := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
		l.Truncation = fyne.TextTruncateEllipsis
		rowLabel = sized(l, labelW, 0)
		line = container.NewGridWithColumns(len(g.Columns) + 2)
	}
	endLine := func() { table.Add(container.NewBorder(nil, nil, rowLabel, nil, line)) }
	cell := func(t string, bold bool) {
		l := widget.NewLabelWithStyle(t, fyne.TextAlignTrailing, fyne.TextStyle{Bold: bold})
		l.Truncation = fyne.TextTruncateEllipsis
		line.Add(l)
	}
	startLine("", true)
	for _, c := range g.Columns {
		cell(c, true)
	}
	cell(tr.T("ui.reviews.sum.col.n"), true)
	cell(tr.T("ui.reviews.sum.col.mean"), true)
	endLine()
	labels := make([]string, len(g.Rows))
	for i, r := range g.Rows {
		labels[i] = r.Summary.Question.Title
	}
	cut := planner.DistinctCuts(labels, 28)
	var text []string
	for i, r := range g.Rows {
		startLine(cut[i], false)
		var counts []string
		for k, n := range r.Counts {
			cell(tr.Int(n), false)
			counts = append(counts, g.Columns[k]+":"+strconv.Itoa(n))
		}
		cell(tr.Int(r.Summary.N), false)
		mean, shown := "–", "–"
		if g.HasMean && r.Summary.N > 0 {
			mean = trimNum(math.Round(r.Mean*10) / 10)
			shown = tr.Number(r.Mean, 1)
		}
		cell(shown, false)
		endLine()
		text = append(text, fmt.Sprintf("%s: n = %d, mean %s; %s", cut[i], r.Summary.N, mean, strings.Join(counts, " ")))
	}
	v.grids[g.Title] = text
	objs := []fyne.CanvasObject{title, wrapLabel(kind), container.NewHScroll(table)}
	var full []string
	for i, l := range labels {
		if cut[i] != strings.Join(strings.Fields(l), " ") {
			full = append(full, l)
		}
	}
	if len(full) > 0 {
		objs = append(objs, wrapLabel(tr.T("ui.reviews.sum.rows_in_full", "list", strings.Join(full, " · "))))
	}
	return objs
}

// needsEditor shows the platform needs the recommendation uses as switches the organizer
// sets. Until they touch one, the switches show the guess from the plan's text and say so;
// the first change stores them with the plan.
type needsEditor struct {
	s        *session
	onChange func()

	checks   []*widget.Check
	size     *parsedEntry
	note     *widget.Label // the "guessed from keywords" note
	evidence *widget.Label // the survey's word
	quiet    bool          // set while refresh sets the widgets
	box      *fyne.Container
}

func newNeedsEditor(s *session, onChange func()) *needsEditor {
	tr := s.tr
	v := &needsEditor{s: s, onChange: onChange, note: wrapLabel(""), evidence: wrapLabel("")}
	v.note.TextStyle.Italic = true
	grid := container.NewGridWithColumns(2)
	for _, it := range planner.NeedItems {
		it := it
		c := widget.NewCheck(capFirst(tr.T("need."+it.Key)), func(on bool) {
			v.change(func(n *planner.PlatformNeeds) { it.Set(n, on) })
		})
		v.checks = append(v.checks, c)
		grid.Add(c)
	}
	// A parsed field: the size is applied when typing pauses or focus leaves, never "1" of "12".
	c := &s.plan.Charter
	get := func() int {
		if c.NeedsStated {
			return c.Needs.Size
		}
		return 0
	}
	format := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	parse := func(t string) (int, error) {
		if strings.TrimSpace(t) == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(strings.TrimSpace(t))
		if err != nil || n < 0 || n > 10_000_000 {
			return 0, errors.New(tr.T("ui.reviews.needs.err_size"))
		}
		return n, nil
	}
	// change saves the charter itself.
	v.size = parsedField(s, "charter.needs.size", get, format, parse,
		func(n int) { v.change(func(x *planner.PlatformNeeds) { x.Size = n }) }, func() error { return nil })
	v.size.SetPlaceHolder(tr.T("ui.reviews.needs.counted_placeholder"))
	v.box = container.NewVBox(grid, form(fieldHint(tr.T("ui.reviews.needs.field_size"), v.size, tr.T("ui.reviews.needs.size_hint"))), v.note, v.evidence)
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
	tr := v.s.tr
	v.quiet = true
	defer func() { v.quiet = false }()
	adv := planner.AdvisePlatform(v.s.plan)
	for i, it := range planner.NeedItems {
		v.checks[i].SetChecked(it.Get(adv.Needs))
	}
	stated := v.s.plan.Charter.NeedsStated && v.s.plan.Charter.Needs.Size > 0
	if stated {
		setQuiet(&v.size.Entry, strconv.Itoa(v.s.plan.Charter.Needs.Size))
	} else if v.size.Text != "" && v.size.Validate() == nil {
		setQuiet(&v.size.Entry, "")
	}
	if adv.Needs.Size > 0 {
		v.size.SetPlaceHolder(tr.T("ui.reviews.needs.counted_n", "n", tr.Int(adv.Needs.Size)))
	} else {
		v.size.SetPlaceHolder(tr.T("ui.reviews.needs.none_counted"))
	}
	if adv.Guessed {
		v.note.SetText(tr.T("platform.guessed"))
	} else {
		v.note.SetText(tr.T("ui.reviews.needs.set_by_you"))
	}
	if ev := adv.EvidenceIn(tr); ev != "" {
		v.evidence.SetText(tr.T("ui.reviews.needs.survey", "evidence", ev))
	} else {
		v.evidence.SetText(tr.T("ui.reviews.needs.survey_none"))
	}
}

// trendGrid draws the trend of every review figure and goal against its target.
type trendGrid struct {
	box    *fyne.Container
	charts map[string]*trendChart // by planner.Trend.Key
	tr     *i18n.Printer
}

func newTrendGrid(tr *i18n.Printer) *trendGrid {
	return &trendGrid{box: container.NewGridWithColumns(2), charts: map[string]*trendChart{}, tr: orEnglish(tr)}
}

// chart makes a trend chart in the grid's language.
func (v *trendGrid) chart(title, unit string, target float64, pts []trendPoint) *trendChart {
	c := newTrendChart(title, unit, target, pts)
	c.tr = v.tr
	return c
}

func (v *trendGrid) object() fyne.CanvasObject { return v.box }

// set redraws the charts from the plan's reviews.
func (v *trendGrid) set(p *planner.Plan) {
	trends := planner.ReviewTrends(p)
	if len(trends) == 0 {
		v.charts = map[string]*trendChart{}
		v.box.Objects = []fyne.CanvasObject{v.chart(v.tr.T("ui.reviews.chart.default_title"), "%", planner.PlanTargets(p).WeeklyActive, nil)}
		v.box.Refresh()
		return
	}
	var objs []fyne.CanvasObject
	charts := map[string]*trendChart{}
	for _, tr := range trends {
		pts := make([]trendPoint, len(tr.Values))
		for i, val := range tr.Values {
			pts[i] = trendPoint{Label: v.axisDate(tr.Dates, i), Value: val, Has: !math.IsNaN(val)}
			if !pts[i].Has {
				pts[i].Value = 0
			}
		}
		unit := tr.Unit
		title := tr.TitleIn(v.tr)
		if unit != "%" {
			if unit != "" {
				title = v.tr.T("ui.reviews.chart.goal_unit", "title", title, "unit", unit)
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
			c = v.chart(title, unit, target, pts)
		}
		charts[tr.Key] = c
		objs = append(objs, c)
	}
	v.charts = charts
	v.box.Objects = objs
	relaid(v.box)
}

// axisDate is the label of review i under a trend chart: its day and short month in the
// grid's language ("19. Feb."), with the year when the reviews span more than one.
func (v *trendGrid) axisDate(dates []planner.Date, i int) string {
	d := dates[i]
	if d.IsZero() {
		return "–"
	}
	for _, o := range dates {
		if !o.IsZero() && o.Year != d.Year {
			month := v.tr.T("period.month." + strings.ToLower(d.Month.String()))
			return v.tr.T("ui.reviews.chart.day_year", "day", d.Day, "month", month, "year", d.Year)
		}
	}
	return planner.Period{From: d, To: d}.In(v.tr)
}
