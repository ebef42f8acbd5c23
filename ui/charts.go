package ui

import (
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Charts are drawn with plain canvas primitives inside small widgets whose renderers lay
// them out again on every resize, so they stay sharp at any window size and pick up the
// light or dark theme's colours on refresh. Every bar and line carries a text label: colour
// is never the only signal.

// barItem is one bar of a bar chart.
type barItem struct {
	Label string
	Value float64
	Note  string // shown after the bar, e.g. "6 (43%)"
}

// newBarChart draws horizontal bars scaled to max, each with its label before the bar and
// its note after it.
func newBarChart(items []barItem, max float64) fyne.CanvasObject {
	return newBars(items, max)
}

// barChart is a horizontal bar chart widget; set replaces its data.
type barChart struct {
	widget.BaseWidget
	items []barItem
	max   float64
	// tr words the chart's own texts; English when nil.
	tr *i18n.Printer
}

func newBars(items []barItem, max float64) *barChart {
	c := &barChart{items: items, max: max}
	c.ExtendBaseWidget(c)
	return c
}

// set replaces the bars and redraws.
func (c *barChart) set(items []barItem, max float64) {
	c.items, c.max = items, max
	c.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (c *barChart) CreateRenderer() fyne.WidgetRenderer {
	r := &barRenderer{c: c, empty: canvas.NewText(orEnglish(c.tr).T("ui.reviews.chart.no_data"), theme.Color(theme.ColorNameDisabled))}
	r.rebuild()
	return r
}

// barRenderer holds one label, track, bar and note per item.
type barRenderer struct {
	c      *barChart
	labels []*canvas.Text
	tracks []*canvas.Rectangle
	bars   []*canvas.Rectangle
	notes  []*canvas.Text
	empty  *canvas.Text
	objs   []fyne.CanvasObject
}

// rebuild makes the renderer's objects match the chart's items and the current theme.
func (r *barRenderer) rebuild() {
	n := len(r.c.items)
	for len(r.bars) < n {
		r.labels = append(r.labels, canvas.NewText("", nil))
		r.tracks = append(r.tracks, canvas.NewRectangle(nil))
		r.bars = append(r.bars, canvas.NewRectangle(nil))
		r.notes = append(r.notes, canvas.NewText("", nil))
	}
	r.labels, r.tracks, r.bars, r.notes = r.labels[:n], r.tracks[:n], r.bars[:n], r.notes[:n]
	fg := theme.Color(theme.ColorNameForeground)
	r.objs = r.objs[:0]
	for i, it := range r.c.items {
		r.labels[i].Text, r.labels[i].Color = it.Label, fg // cut to its column in Layout
		r.notes[i].Text, r.notes[i].Color = it.Note, fg
		r.tracks[i].FillColor = theme.Color(theme.ColorNameInputBackground)
		r.tracks[i].CornerRadius = 2
		r.bars[i].FillColor = theme.Color(theme.ColorNamePrimary)
		r.bars[i].CornerRadius = 2
		r.objs = append(r.objs, r.tracks[i], r.bars[i], r.labels[i], r.notes[i])
	}
	r.empty.Color = theme.Color(theme.ColorNameDisabled)
	r.empty.Hidden = n > 0
	r.objs = append(r.objs, r.empty)
}

func (r *barRenderer) rowHeight() float32 {
	return fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.Padding()
}

// columnWidths are the widths of the widest full label and note.
func (r *barRenderer) columnWidths() (label, note float32) {
	for i, it := range r.c.items {
		label = float32(math.Max(float64(label), float64(textWidth(it.Label))))
		note = float32(math.Max(float64(note), float64(r.notes[i].MinSize().Width)))
	}
	return label, note
}

// barLabelMin is the narrowest the label column gets on a page of the smallest window
// size; a label wider than that may be cut.
const barLabelMin = 160

// mayBeCut tells whether a bar label may be cut short, so its full text belongs in the
// text below the chart.
func mayBeCut(label string) bool { return textWidth(label) > barLabelMin }

// textWidth is the width of s drawn as a chart label.
func textWidth(s string) float32 {
	return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width
}

// ellipsize cuts s so that it, with a trailing "…", fits in width; s is returned whole
// when it fits. A canvas text is not clipped to its size, so a long label would otherwise
// be drawn over the bars.
func ellipsize(s string, width float32) string { return ellipsizeStyle(s, width, fyne.TextStyle{}) }

// ellipsizeStyle is ellipsize for a text of the given style.
func ellipsizeStyle(s string, width float32, style fyne.TextStyle) string {
	w := func(t string) float32 { return fyne.MeasureText(t, theme.TextSize(), style).Width }
	if w(s) <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes) // the longest prefix that fits is runes[:lo]
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if w(string(runes[:mid])+"…") <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return strings.TrimRight(string(runes[:lo]), " ") + "…"
}

// Layout places the rows; bar lengths are proportional to value/max of the space left
// between the label and note columns.
func (r *barRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	// Inset like a label's text, so the labels line up with the text above and the notes
	// stay clear of a scroll bar drawn over the right edge.
	in := theme.InnerPadding()
	rowH := r.rowHeight()
	labelW, noteW := r.columnWidths()
	// A very long label must not squeeze the bars away: cap its column at 40%.
	if maxL := size.Width * 0.4; labelW > maxL {
		labelW = maxL
	}
	barX := in + labelW + pad
	barW := size.Width - barX - noteW - 2*pad - in
	if barW < 10 {
		barW = 10
	}
	max := r.c.max
	if max <= 0 {
		for _, it := range r.c.items {
			max = math.Max(max, it.Value)
		}
	}
	for i, it := range r.c.items {
		y := float32(i) * rowH
		if cut := ellipsize(it.Label, labelW); cut != r.labels[i].Text {
			r.labels[i].Text = cut
			canvas.Refresh(r.labels[i])
		}
		r.labels[i].Move(fyne.NewPos(in, y))
		r.labels[i].Resize(fyne.NewSize(labelW, rowH-pad))
		barH := rowH - 2*pad
		r.tracks[i].Move(fyne.NewPos(barX, y+pad/2))
		r.tracks[i].Resize(fyne.NewSize(barW, barH))
		frac := 0.0
		if max > 0 {
			frac = math.Min(math.Max(it.Value/max, 0), 1)
		}
		r.bars[i].Move(fyne.NewPos(barX, y+pad/2))
		r.bars[i].Resize(fyne.NewSize(barW*float32(frac), barH))
		r.notes[i].Move(fyne.NewPos(barX+barW+pad, y))
		r.notes[i].Resize(fyne.NewSize(noteW, rowH-pad))
	}
	r.empty.Move(fyne.NewPos(in, 0))
	r.empty.Resize(r.empty.MinSize())
}

// MinSize implements fyne.WidgetRenderer.
func (r *barRenderer) MinSize() fyne.Size {
	if len(r.c.items) == 0 {
		return r.empty.MinSize().AddWidthHeight(theme.InnerPadding(), 0)
	}
	labelW, noteW := r.columnWidths()
	if labelW > 240 {
		labelW = 240
	}
	return fyne.NewSize(labelW+noteW+120+3*theme.Padding()+2*theme.InnerPadding(), float32(len(r.c.items))*r.rowHeight())
}

// Refresh implements fyne.WidgetRenderer: new data or a new theme.
func (r *barRenderer) Refresh() {
	r.rebuild()
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

// Objects implements fyne.WidgetRenderer.
func (r *barRenderer) Objects() []fyne.CanvasObject { return r.objs }

// Destroy implements fyne.WidgetRenderer.
func (r *barRenderer) Destroy() {}

// trendPoint is one review's value of a trend; Has is false when the review lacks it (e.g.
// no polls were sent), so the line skips it instead of dropping to zero.
type trendPoint struct {
	Label string // x-axis label, e.g. the review date
	Value float64
	Has   bool
}

// trendChart is a line chart of one series per review against a dashed target line, with
// the axis scale, the point values and both lines labelled in text.
type trendChart struct {
	widget.BaseWidget
	title  string // names the series, e.g. "Weekly active %"
	unit   string // "%" for percentages; "" for a goal's figures (its unit is in the title)
	target float64
	points []trendPoint
	// tr words the chart's own texts and numbers; English when nil.
	tr *i18n.Printer
}

// newTrendChart draws a series (one point per review) against a target, e.g. weekly
// active % against 30.
func newTrendChart(title, unit string, target float64, points []trendPoint) *trendChart {
	c := &trendChart{title: title, unit: unit, target: target, points: points}
	c.ExtendBaseWidget(c)
	return c
}

// set replaces the series and target and redraws.
func (c *trendChart) set(target float64, points []trendPoint) {
	c.target, c.points = target, points
	c.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (c *trendChart) CreateRenderer() fyne.WidgetRenderer {
	r := &trendRenderer{c: c,
		title:       canvas.NewText("", nil),
		targetLabel: canvas.NewText("", nil),
		xAxis:       canvas.NewLine(nil),
		yAxis:       canvas.NewLine(nil),
		empty:       canvas.NewText("", nil),
	}
	r.title.TextStyle.Bold = true
	for i := range r.dashes {
		r.dashes[i] = canvas.NewLine(nil)
	}
	for i := range r.ticks {
		r.ticks[i] = canvas.NewText("", nil)
		r.ticks[i].Alignment = fyne.TextAlignTrailing
	}
	r.rebuild()
	return r
}

// trendDashes is how many dashes make the target line: a fixed count keeps the object list
// stable across resizes.
const trendDashes = 48

// trendRenderer draws the axes, the y scale (0, middle, top), the dashed target line with
// its label, the series segments, its points, their values and the x labels.
type trendRenderer struct {
	c           *trendChart
	title       *canvas.Text
	targetLabel *canvas.Text
	xAxis       *canvas.Line
	yAxis       *canvas.Line
	ticks       [3]*canvas.Text
	dashes      [trendDashes]*canvas.Line
	segments    []*canvas.Line
	dots        []*canvas.Circle
	values      []*canvas.Text
	xLabels     []*canvas.Text
	empty       *canvas.Text
	top         float64 // value at the top of the plot
	bottom      float64 // value at the bottom: 0, or a round value below a negative point
	objs        []fyne.CanvasObject
}

// scaleTop is a round value above both the highest point and the target, so the target line
// never sits on the frame.
func scaleTop(target float64, pts []trendPoint) float64 {
	m := target
	for _, p := range pts {
		if p.Has {
			m = math.Max(m, p.Value)
		}
	}
	if m <= 0 {
		return 100
	}
	m *= 1.2
	step := math.Pow(10, math.Floor(math.Log10(m)))
	return math.Ceil(m/step) * step
}

// scaleBottom is 0, or a round value below the lowest point when one is negative (a
// community that shrank).
func scaleBottom(pts []trendPoint) float64 {
	m := 0.0
	for _, p := range pts {
		if p.Has {
			m = math.Min(m, p.Value)
		}
	}
	if m >= 0 {
		return 0
	}
	neg := []trendPoint{{Value: -m, Has: true}}
	return -scaleTop(0, neg)
}

func (r *trendRenderer) rebuild() {
	c := r.c
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNameDisabled)
	primary := theme.Color(theme.ColorNamePrimary)
	r.top = scaleTop(c.target, c.points)
	r.bottom = scaleBottom(c.points)

	r.title.Text, r.title.Color = c.title, fg
	tr := orEnglish(c.tr)
	r.targetLabel.Text, r.targetLabel.Color = tr.T("ui.reviews.chart.target", "value", c.value(c.target)), fg
	r.targetLabel.TextSize = theme.CaptionTextSize()
	r.xAxis.StrokeColor, r.xAxis.StrokeWidth = muted, 1
	r.yAxis.StrokeColor, r.yAxis.StrokeWidth = muted, 1
	for i, v := range []float64{r.bottom, (r.bottom + r.top) / 2, r.top} {
		r.ticks[i].Text, r.ticks[i].Color = c.value(v), fg
		r.ticks[i].TextSize = theme.CaptionTextSize()
	}
	for _, d := range r.dashes {
		d.StrokeColor, d.StrokeWidth = fg, 1.5
		d.Hidden = c.target <= 0
	}
	r.targetLabel.Hidden = c.target <= 0

	n := len(c.points)
	for len(r.dots) < n {
		r.dots = append(r.dots, canvas.NewCircle(nil))
		r.values = append(r.values, canvas.NewText("", nil))
		r.xLabels = append(r.xLabels, canvas.NewText("", nil))
		r.segments = append(r.segments, canvas.NewLine(nil))
	}
	r.dots, r.values, r.xLabels, r.segments = r.dots[:n], r.values[:n], r.xLabels[:n], r.segments[:n]
	for i, p := range c.points {
		r.dots[i].FillColor = primary
		r.dots[i].Hidden = !p.Has
		r.values[i].Text, r.values[i].Color = c.value(p.Value), fg
		r.values[i].TextSize = theme.CaptionTextSize()
		r.values[i].Alignment = fyne.TextAlignCenter
		r.values[i].Hidden = !p.Has
		r.xLabels[i].Text, r.xLabels[i].Color = p.Label, fg
		r.xLabels[i].TextSize = theme.CaptionTextSize()
		r.xLabels[i].Alignment = fyne.TextAlignCenter
		r.segments[i].StrokeColor, r.segments[i].StrokeWidth = primary, 2.5
	}
	measured := false
	for _, p := range c.points {
		measured = measured || p.Has
	}
	r.empty.Text, r.empty.Color = tr.T("ui.reviews.chart.no_reviews"), muted
	if n > 0 {
		r.empty.Text = tr.T("ui.reviews.chart.not_measured")
	}
	r.empty.Hidden = measured

	r.objs = []fyne.CanvasObject{r.title, r.xAxis, r.yAxis, r.ticks[0], r.ticks[1], r.ticks[2]}
	for _, d := range r.dashes {
		r.objs = append(r.objs, d)
	}
	r.objs = append(r.objs, r.targetLabel)
	for _, s := range r.segments {
		r.objs = append(r.objs, s)
	}
	for i := range r.dots {
		r.objs = append(r.objs, r.dots[i], r.values[i], r.xLabels[i])
	}
	r.objs = append(r.objs, r.empty)
}

// trimNum formats a figure with at most one decimal and none when whole, in English (for
// texts that are not shown in a language: tests, identifiers).
func trimNum(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// value writes a figure of the chart in its language: a percentage ("41,7 %") or a number
// with at most one decimal.
func (c *trendChart) value(v float64) string {
	tr := orEnglish(c.tr)
	if c.unit == "%" {
		return tr.Percent(v)
	}
	return tr.Number(v, 1) + c.unit
}

// enPrinter words the texts of a widget built without a language (tests).
var enPrinter = i18n.New(i18n.English)

// orEnglish is tr, or English when nil.
func orEnglish(tr *i18n.Printer) *i18n.Printer {
	if tr == nil {
		return enPrinter
	}
	return tr
}

// plot returns the plot rectangle inside size: room on the left for the scale, on top for
// the title, at the bottom for the x labels.
func (r *trendRenderer) plot(size fyne.Size) (x0, y0, x1, y1 float32) {
	pad := theme.Padding()
	capH := fyne.MeasureText("0", theme.CaptionTextSize(), fyne.TextStyle{}).Height
	titleH := r.title.MinSize().Height
	tickW := float32(0)
	for _, t := range r.ticks {
		tickW = float32(math.Max(float64(tickW), float64(t.MinSize().Width)))
	}
	x0 = tickW + pad
	y0 = titleH + capH + pad // room for the top value label
	x1 = size.Width - pad
	if r.legendOwnRow(x0, x1) {
		y0 += r.targetLabel.MinSize().Height
	}
	y1 = size.Height - capH - pad
	if y1 < y0+10 {
		y1 = y0 + 10
	}
	if x1 < x0+10 {
		x1 = x0 + 10
	}
	return
}

// legendOwnRow reports whether the target's legend needs a row of its own under the title,
// between x0 and x1: it does when the title and the legend would run into each other.
func (r *trendRenderer) legendOwnRow(x0, x1 float32) bool {
	if r.targetLabel.Hidden {
		return false
	}
	return x0+r.title.MinSize().Width+2*theme.Padding()+r.targetLabel.MinSize().Width > x1
}

// pointX is the x of point i of n: evenly spaced with half a step of margin on each side.
func pointX(i, n int, x0, x1 float32) float32 {
	if n <= 0 {
		return x0
	}
	step := (x1 - x0) / float32(n)
	return x0 + step*(float32(i)+0.5)
}

func (r *trendRenderer) valueY(v float64, y0, y1 float32) float32 {
	frac := math.Min(math.Max((v-r.bottom)/(r.top-r.bottom), 0), 1)
	return y1 - float32(frac)*(y1-y0)
}

// Layout implements fyne.WidgetRenderer.
func (r *trendRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	// A title longer than the chart is wide (a goal's, in the organizer's words) is cut with
	// "…": a canvas text is not clipped, and would be drawn over the next chart.
	x0, _, x1, _ := r.plot(size)
	if cut := ellipsizeStyle(r.c.title, x1-x0, r.title.TextStyle); cut != r.title.Text {
		r.title.Text = cut
		canvas.Refresh(r.title)
	}
	x0, y0, x1, y1 := r.plot(size)
	r.title.Move(fyne.NewPos(x0, 0))
	r.title.Resize(r.title.MinSize())
	r.yAxis.Position1, r.yAxis.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x0, y1)
	r.xAxis.Position1, r.xAxis.Position2 = fyne.NewPos(x0, y1), fyne.NewPos(x1, y1)
	for i, v := range []float64{r.bottom, (r.bottom + r.top) / 2, r.top} {
		t := r.ticks[i]
		ms := t.MinSize()
		t.Resize(fyne.NewSize(x0-pad, ms.Height))
		t.Move(fyne.NewPos(0, r.valueY(v, y0, y1)-ms.Height/2))
	}

	ty := r.valueY(r.c.target, y0, y1)
	seg := (x1 - x0) / trendDashes
	for i, d := range r.dashes {
		sx := x0 + seg*float32(i)
		d.Position1, d.Position2 = fyne.NewPos(sx, ty), fyne.NewPos(sx+seg*0.6, ty)
	}
	// The target's legend sits on the title row, right-aligned, where no point can hide it;
	// under the title when the two do not fit side by side.
	tl := r.targetLabel.MinSize()
	r.targetLabel.Resize(tl)
	if r.legendOwnRow(x0, x1) {
		r.targetLabel.Move(fyne.NewPos(x0, r.title.MinSize().Height))
	} else {
		r.targetLabel.Move(fyne.NewPos(x1-tl.Width, (r.title.MinSize().Height-tl.Height)/2))
	}

	n := len(r.c.points)
	// Thin the x labels and point values out so they never overlap.
	widest := float32(1)
	for _, l := range r.xLabels {
		widest = float32(math.Max(float64(widest), float64(l.MinSize().Width)))
	}
	every := 1
	if n > 0 {
		if step := (x1 - x0) / float32(n); step > 0 {
			every = int(math.Ceil(float64((widest + pad) / step)))
		}
	}
	if every < 1 {
		every = 1
	}
	dotR := float32(4)
	prev := -1
	for i, p := range r.c.points {
		x := pointX(i, n, x0, x1)
		y := r.valueY(p.Value, y0, y1)
		r.dots[i].Move(fyne.NewPos(x-dotR, y-dotR))
		r.dots[i].Resize(fyne.NewSize(2*dotR, 2*dotR))
		vs := r.values[i].MinSize()
		r.values[i].Resize(vs)
		r.values[i].Move(fyne.NewPos(x-vs.Width/2, y-dotR-vs.Height))
		// The last value is always shown: it is the one people look for.
		r.values[i].Hidden = !p.Has || (i%every != 0 && i != n-1)
		ls := r.xLabels[i].MinSize()
		r.xLabels[i].Resize(ls)
		r.xLabels[i].Move(fyne.NewPos(x-ls.Width/2, y1+pad/2))
		r.xLabels[i].Hidden = i%every != 0
		// Segment i joins the previous measured point to this one.
		s := r.segments[i]
		s.Hidden = true
		if p.Has {
			if prev >= 0 {
				pp := r.c.points[prev]
				s.Position1 = fyne.NewPos(pointX(prev, n, x0, x1), r.valueY(pp.Value, y0, y1))
				s.Position2 = fyne.NewPos(x, y)
				s.Hidden = false
			}
			prev = i
		}
	}
	r.empty.Resize(r.empty.MinSize())
	r.empty.Move(fyne.NewPos(x0+pad, y0+pad))
}

// MinSize implements fyne.WidgetRenderer.
func (r *trendRenderer) MinSize() fyne.Size {
	return fyne.NewSize(320, 200)
}

// Refresh implements fyne.WidgetRenderer: new data or a new theme.
func (r *trendRenderer) Refresh() {
	r.rebuild()
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

// Objects implements fyne.WidgetRenderer.
func (r *trendRenderer) Objects() []fyne.CanvasObject { return r.objs }

// Destroy implements fyne.WidgetRenderer.
func (r *trendRenderer) Destroy() {}
