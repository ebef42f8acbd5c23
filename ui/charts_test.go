package ui

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

func TestBarChartScalesBarsAndRelaysOutOnResize(t *testing.T) {
	test.NewTempApp(t)
	c := newBars([]barItem{{Label: "Burnout", Value: 6, Note: "6 (43%)"}, {Label: "Pricing", Value: 3, Note: "3 (21%)"}, {Label: "Zero", Value: 0, Note: "0"}}, 6)
	r := test.TempWidgetRenderer(t, c).(*barRenderer)
	for _, w := range []float32{400, 800} {
		t.Run(trimNum(float64(w)), func(t *testing.T) {
			c.Resize(fyne.NewSize(w, 120))
			full, half, zero := r.bars[0].Size().Width, r.bars[1].Size().Width, r.bars[2].Size().Width
			if full <= 0 || math.Abs(float64(half*2-full)) > 1 {
				t.Errorf("bar widths %v and %v, want the second half the first", full, half)
			}
			if zero != 0 {
				t.Errorf("zero bar width %v", zero)
			}
			if full != r.tracks[0].Size().Width {
				t.Errorf("full bar %v should fill its track %v", full, r.tracks[0].Size().Width)
			}
			if got := r.notes[0].Position().X; got < r.bars[0].Position().X+full {
				t.Errorf("note at x=%v overlaps the bar ending at %v", got, r.bars[0].Position().X+full)
			}
		})
	}
	if r.labels[0].Text != "Burnout" || r.notes[1].Text != "3 (21%)" {
		t.Errorf("labels %q, notes %q", r.labels[0].Text, r.notes[1].Text)
	}
	c.set([]barItem{{Label: "Only", Value: 1}}, 0)
	if len(r.bars) != 1 || r.bars[0].Size().Width != r.tracks[0].Size().Width {
		t.Errorf("after set: %d bars, width %v of %v (max 0 means the largest value)", len(r.bars), r.bars[0].Size().Width, r.tracks[0].Size().Width)
	}
	c.set(nil, 10)
	if r.empty.Hidden {
		t.Error("an empty chart should say so")
	}
}

func TestTrendChartDrawsTargetPointsAndGaps(t *testing.T) {
	test.NewTempApp(t)
	pts := []trendPoint{{Label: "03-01", Value: 20, Has: true}, {Label: "04-01", Has: false}, {Label: "05-01", Value: 40, Has: true}}
	c := newTrendChart("Weekly active %", "%", 30, pts)
	r := test.TempWidgetRenderer(t, c).(*trendRenderer)
	c.Resize(fyne.NewSize(500, 260))

	if r.targetLabel.Text != "- - - target 30%" || r.targetLabel.Hidden {
		t.Errorf("target label %q hidden=%v", r.targetLabel.Text, r.targetLabel.Hidden)
	}
	ty := r.dashes[0].Position1.Y
	y20, y40 := r.dots[0].Position().Y, r.dots[2].Position().Y
	if !(y40 < ty && ty < y20) {
		t.Errorf("target y %v should lie between 40%% (y %v) and 20%% (y %v)", ty, y40, y20)
	}
	if !r.dots[1].Hidden || !r.values[1].Hidden {
		t.Error("a review without the figure should have no point")
	}
	if !r.segments[1].Hidden || r.segments[2].Hidden {
		t.Errorf("segments hidden: %v %v; want the line to bridge the gap from point 0 to 2", r.segments[1].Hidden, r.segments[2].Hidden)
	}
	if r.values[2].Text != "40%" || r.ticks[2].Text != "50%" {
		t.Errorf("value %q, top tick %q", r.values[2].Text, r.ticks[2].Text)
	}
	before := r.dots[2].Position().X
	c.Resize(fyne.NewSize(900, 260))
	if r.dots[2].Position().X <= before {
		t.Errorf("points did not move on resize: %v → %v", before, r.dots[2].Position().X)
	}
}

func TestScaleTop(t *testing.T) {
	tests := []struct {
		target float64
		vals   []float64
		want   float64
	}{
		{30, nil, 40},
		{30, []float64{80}, 100},
		{40, []float64{5}, 50},
		{0, nil, 100},
	}
	for _, tt := range tests {
		var pts []trendPoint
		for _, v := range tt.vals {
			pts = append(pts, trendPoint{Value: v, Has: true})
		}
		if got := scaleTop(tt.target, pts); got != tt.want {
			t.Errorf("scaleTop(%v, %v) = %v, want %v", tt.target, tt.vals, got, tt.want)
		}
	}
}

func TestBarChartCutsLongLabelsBeforeTheBars(t *testing.T) {
	test.NewTempApp(t)
	long := strings.Repeat("Burnout among night-shift nurses and the people who cover for them ", 3)
	c := newBars([]barItem{{Label: long, Value: 6, Note: "6 (43%)"}, {Label: "Pay", Value: 3, Note: "3 (21%)"}}, 6)
	r := test.TempWidgetRenderer(t, c).(*barRenderer)
	if w := c.MinSize().Width; w > 500 {
		t.Errorf("a long label makes the chart %v wide; it must not widen the window", w)
	}
	for _, w := range []float32{360, 700} {
		c.Resize(fyne.NewSize(w, 120))
		got := r.labels[0].Text
		if !strings.HasSuffix(got, "…") || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
			t.Fatalf("width %v: label %q, want a cut of the full label ending in …", w, got)
		}
		if end := r.labels[0].Position().X + r.labels[0].MinSize().Width; end > r.tracks[0].Position().X {
			t.Errorf("width %v: label ends at %v, over the bar starting at %v", w, end, r.tracks[0].Position().X)
		}
		if end := r.notes[0].Position().X + r.notes[0].MinSize().Width; end > w-theme.InnerPadding() {
			t.Errorf("width %v: note ends at %v, where a scroll bar may cover it", w, end)
		}
		if r.labels[1].Text != "Pay" {
			t.Errorf("a short label was changed to %q", r.labels[1].Text)
		}
	}
}

func TestSurveySummaryGivesLongOptionsInFull(t *testing.T) {
	test.NewTempApp(t)
	long := "Weekly live sessions where members bring a case from their own practice" + strings.Repeat(" and discuss it", 10)
	v := newSurveySummary()
	v.set(planner.Survey{
		Questions: []planner.Question{{ID: 1, Kind: planner.KindSingle, Title: "Format", Options: []string{long, "Forum"}}},
		Responses: []planner.Response{{ID: 1, Respondent: "Ana", Answers: []planner.Answer{{QuestionID: 1, Text: long}}}},
	})
	found := false
	for _, o := range v.box.Objects {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, long) {
			found = l.Wrapping == fyne.TextWrapWord
		}
	}
	if !found {
		t.Error("a long option cut in its bar label should be given in full in wrapping text below the chart")
	}
}

func TestTrendChartTitleNeverRunsIntoItsTarget(t *testing.T) {
	test.NewTempApp(t)
	pts := []trendPoint{{Label: "03-01", Value: 20, Has: true}, {Label: "04-01", Value: 25, Has: true}}
	c := newTrendChart("Poll response rate of the members asked %", "%", 30, pts)
	r := test.TempWidgetRenderer(t, c).(*trendRenderer)
	for _, w := range []float32{320, 420, 900} {
		c.Resize(fyne.NewSize(w, 220))
		tp, ts := r.title.Position(), r.title.MinSize()
		lp, ls := r.targetLabel.Position(), r.targetLabel.Size()
		overlapX := tp.X < lp.X+ls.Width && lp.X < tp.X+ts.Width
		overlapY := tp.Y < lp.Y+ls.Height && lp.Y < tp.Y+ts.Height
		if overlapX && overlapY {
			t.Errorf("width %v: title %v+%v runs into the target label %v+%v", w, tp, ts, lp, ls)
		}
		if lp.X+ls.Width > w {
			t.Errorf("width %v: the target label ends at %v, outside the chart", w, lp.X+ls.Width)
		}
	}
}

// TestTrendChartCutsALongTitle: a goal's title as long as a one-line text may be is cut with
// "…" to the chart's width instead of being drawn over the chart beside it.
func TestTrendChartCutsALongTitle(t *testing.T) {
	test.NewTempApp(t)
	long := strings.Repeat("Share of members who answered a question in the forum within a day ", 4)
	pts := []trendPoint{{Label: "1 Mar", Value: 20, Has: true}}
	c := newTrendChart(long, "%", 30, pts)
	r := test.TempWidgetRenderer(t, c).(*trendRenderer)
	for _, w := range []float32{320, 540} {
		c.Resize(fyne.NewSize(w, 220))
		if end := r.title.Position().X + r.title.MinSize().Width; end > w || !strings.HasSuffix(r.title.Text, "…") {
			t.Errorf("width %v: the title %q ends at %v", w, r.title.Text, end)
		}
	}
	c.Resize(fyne.NewSize(4000, 220))
	if r.title.Text != long {
		t.Errorf("a wide chart cuts its title: %q", r.title.Text)
	}
}

// TestSurveySummaryFollowsTheAppsLanguage: the survey's summary, built without a session,
// speaks the language chosen in the app's settings, numbers included.
func TestSurveySummaryFollowsTheAppsLanguage(t *testing.T) {
	test.NewTempApp(t)
	fyne.CurrentApp().Preferences().SetString(languagePref, "de")
	q := planner.Question{ID: 1, Kind: planner.KindScale, Title: "Wie sicher sind Sie?", Scale: planner.Scale{Min: 1, Max: 5}}
	var rs []planner.Response
	for i, a := range []string{"2", "3", "5", "4"} {
		rs = append(rs, planner.Response{ID: int64(i + 1), Respondent: a, Answers: []planner.Answer{{QuestionID: 1, Text: a}}})
	}
	v := newSurveySummary()
	v.set(planner.Survey{Questions: []planner.Question{q}, Responses: rs})
	if got := strings.Join(v.lines[1], " | "); !strings.Contains(got, "Mittelwert 3,5, Median 3,5 von 5") {
		t.Errorf("summary lines %q", got)
	}
}
