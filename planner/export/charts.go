package export

import (
	"fmt"
	"math"

	"github.com/jung-kurt/gofpdf"
)

// bar is one bar of a horizontal bar chart.
type bar struct {
	label string
	value float64
	text  string // shown after the bar, e.g. "6 (43%)"
}

// barChart draws horizontal bars scaled to maxValue, labelled on the left, with an optional
// dashed marker (e.g. a target) at marker when marker > 0.
func (d *doc) barChart(bars []bar, maxValue, marker float64, markerLabel string) {
	if len(bars) == 0 {
		return
	}
	const (
		labelW = 52.0
		valueW = 26.0
		barH   = 4.6
		gap    = 2.6
	)
	if !(maxValue > 0) || math.IsInf(maxValue, 0) {
		maxValue = 1
	}
	areaW := textW - labelW - valueW
	h := float64(len(bars))*(barH+gap) + 4
	if markerLabel != "" {
		h += 5
	}
	if h < d.bottom()-marginTop {
		d.ensure(h)
	}
	y0 := d.y()
	x0 := marginL + labelW
	// Baseline.
	d.drawColor(ruleColor)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Line(x0, y0, x0, y0+float64(len(bars))*(barH+gap))
	for i, b := range bars {
		if d.y()+barH+gap > d.bottom() {
			d.newPage()
			y0 = d.y() - float64(i)*(barH+gap)
		}
		y := y0 + float64(i)*(barH+gap)
		d.font("", sizeSmall)
		d.textColor(inkColor)
		d.pdf.SetXY(marginL, y)
		d.cell(labelW-3, barH, d.fit(b.label, labelW-3), "", 0, "R", false, 0, "")
		v := b.value
		if math.IsNaN(v) || v < 0 {
			v = 0
		}
		w := areaW * math.Min(v/maxValue, 1)
		d.fillColor(d.accent.mix(0.88))
		d.pdf.Rect(x0, y, areaW, barH, "F")
		if w > 0 {
			d.fillColor(d.accent)
			d.pdf.Rect(x0, y, w, barH, "F")
		}
		d.font("B", sizeSmall)
		d.pdf.SetXY(x0+areaW+2, y)
		d.cell(valueW-2, barH, d.fit(b.text, valueW-2), "", 0, "L", false, 0, "")
		d.pdf.SetY(y + barH + gap)
	}
	if marker > 0 && marker <= maxValue {
		mx := x0 + areaW*marker/maxValue
		yEnd := d.y() - gap
		top := math.Max(y0, marginTop) - 1
		d.drawColor(inkColor)
		d.pdf.SetLineWidth(0.3)
		d.pdf.SetDashPattern([]float64{1, 1}, 0)
		d.pdf.Line(mx, top, mx, yEnd+1)
		d.pdf.SetDashPattern(nil, 0)
		if markerLabel != "" {
			d.font("", sizeSmall-1)
			d.textColor(mutedColor)
			d.pdf.SetXY(mx-20, yEnd+1.5)
			d.cell(40, 3.5, d.fit(markerLabel, 40), "", 0, "C", false, 0, "")
			d.pdf.SetY(yEnd + 5.5)
		}
	}
	d.space(3)
}

// series is one line of a line chart.
type series struct {
	name   string
	values []float64 // NaN marks a missing point
	target float64   // drawn as a dashed line unless NaN
}

// lineChart draws one series over the x labels with its target as a dashed line. The y axis
// runs from 0 (or a round number below the lowest value, when one is negative) to a round
// number above the largest value and the target.
func (d *doc) lineChart(title string, s series, xLabels []string, unit string) {
	const (
		chartH = 46.0
		axisW  = 12.0
		labelW = 16.0 // right of the plot, for the target's label
	)
	total := chartH + 16
	d.ensure(total)
	y0 := d.y()
	d.font("B", sizeSmall+0.5)
	d.textColor(inkColor)
	d.pdf.SetXY(marginL, y0)
	d.cell(textW, 5, d.fit(title, textW), "", 0, "L", false, 0, "")
	top := y0 + 8
	bottom := top + chartH
	left := marginL + axisW
	right := marginL + textW - labelW

	hasTarget := !math.IsNaN(s.target) && !math.IsInf(s.target, 0)
	maxV, minV := 0.0, 0.0
	if hasTarget {
		maxV, minV = math.Max(0, s.target), math.Min(0, s.target)
	}
	for _, v := range s.values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		maxV, minV = math.Max(maxV, v), math.Min(minV, v)
	}
	yMax := niceCeil(maxV * 1.1)
	yMin := 0.0
	if minV < 0 {
		yMin = -niceCeil(-minV * 1.1)
	}
	span := yMax - yMin
	// Grid and y labels.
	d.font("", sizeSmall-1)
	for i := 0; i <= 4; i++ {
		v := yMin + span*float64(i)/4
		y := bottom - chartH*float64(i)/4
		d.drawColor(ruleColor)
		d.pdf.SetLineWidth(0.15)
		d.pdf.Line(left, y, right, y)
		d.textColor(mutedColor)
		d.pdf.SetXY(marginL, y-2)
		d.pdf.CellFormat(axisW-2, 4, d.chartValue(v, unit), "", 0, "R", false, 0, "")
	}
	n := len(s.values)
	xAt := func(i int) float64 {
		if n <= 1 {
			return (left + right) / 2
		}
		return left + 4 + (right-left-8)*float64(i)/float64(n-1)
	}
	yAt := func(v float64) float64 {
		return bottom - chartH*(math.Max(yMin, math.Min(v, yMax))-yMin)/span
	}
	if yMin < 0 { // the zero line, stronger than the grid
		d.drawColor(mutedColor)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(left, yAt(0), right, yAt(0))
	}
	// X labels: at most about 8, evenly spaced, always the last.
	stepEvery := max(1, (n+7)/8)
	for i, l := range xLabels {
		if i >= n || (i%stepEvery != 0 && i != n-1) {
			continue
		}
		if i != n-1 && n-1-i < stepEvery { // keep the last label clear of its neighbour
			continue
		}
		d.pdf.SetXY(xAt(i)-12, bottom+1.5)
		d.textColor(mutedColor)
		d.cell(24, 4, d.fit(l, 24), "", 0, "C", false, 0, "")
	}
	// Target.
	if hasTarget {
		ty := yAt(s.target)
		d.drawColor(inkColor)
		d.pdf.SetLineWidth(0.3)
		d.pdf.SetDashPattern([]float64{1.2, 1.2}, 0)
		d.pdf.Line(left, ty, right, ty)
		d.pdf.SetDashPattern(nil, 0)
		d.font("", sizeSmall-1)
		d.textColor(inkColor)
		d.pdf.SetXY(right+1.5, ty-3.6)
		d.pdf.CellFormat(labelW-1.5, 3.6, d.tr.T("chart.target"), "", 2, "L", false, 0, "")
		d.pdf.SetX(right + 1.5)
		d.pdf.CellFormat(labelW-1.5, 3.6, d.chartValue(s.target, unit), "", 0, "L", false, 0, "")
	}
	// The series: segments between consecutive known points, a dot on each.
	d.drawColor(d.accent)
	d.fillColor(d.accent)
	d.pdf.SetLineWidth(0.7)
	var pts []gofpdf.PointType
	flush := func() {
		if len(pts) > 1 {
			d.pdf.SetLineJoinStyle("round")
			d.pdf.SetLineCapStyle("round")
			for k := 1; k < len(pts); k++ {
				d.pdf.Line(pts[k-1].X, pts[k-1].Y, pts[k].X, pts[k].Y)
			}
		}
		pts = pts[:0]
	}
	for i, v := range s.values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			flush()
			continue
		}
		pts = append(pts, gofpdf.PointType{X: xAt(i), Y: yAt(v)})
	}
	flush()
	for i, v := range s.values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		d.pdf.Circle(xAt(i), yAt(v), 0.9, "F")
	}
	d.pdf.SetLineCapStyle("butt")
	d.pdf.SetY(bottom + 9)
}

// chartValue writes a value of a line chart's axis or target in the document's language:
// "41.7%", "41,7 %", "12.5 h".
func (d *doc) chartValue(v float64, unit string) string {
	if unit == "%" {
		return d.tr.Percent(v)
	}
	return d.tr.Number(v, 1) + unit
}

// niceCeil rounds v up to 1, 1.2, 1.5, 2, 2.5 or 5 times a power of ten (at least 10), so
// that a figure just over 100% gets an axis to 120%, not 200%.
func niceCeil(v float64) float64 {
	if !(v > 10) || math.IsInf(v, 0) {
		return 10
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 1.2, 1.5, 2, 2.5, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

// trimFloat formats v with at most one decimal and no trailing zero.
func trimFloat(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	s := fmt.Sprintf("%.1f", v)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		s = s[:len(s)-2]
	}
	return s
}
