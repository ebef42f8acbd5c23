package export

import "strings"

// column is one column of a table: its heading, its share of the width and its alignment.
type column struct {
	head   string
	weight float64
	align  string // "L", "R" or "C"; "" means "L"
}

// Table geometry in millimetres.
const (
	cellPadX = 1.6
	cellPadY = 1.5
)

// table draws rows under a heading row. Rows are measured (wrapped) before drawing: a row that
// does not fit moves to the next page with the heading row repeated; a row taller than a whole
// page is split across pages line by line. Missing cells are blank; extra cells are ignored.
func (d *doc) table(cols []column, rows [][]string) {
	if len(cols) == 0 {
		return
	}
	if len(rows) == 0 {
		d.note(d.tr.T("table.none"))
		return
	}
	total := 0.0
	for _, c := range cols {
		total += c.weight
	}
	widths := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = textW * c.weight / total
	}

	// Heading row, wrapped once.
	d.font("B", sizeSmall)
	heads := make([][]string, len(cols))
	headLines := 1
	for i, c := range cols {
		heads[i] = d.wrap(c.head, widths[i]-2*cellPadX)
		headLines = max(headLines, len(heads[i]))
	}
	headH := float64(headLines)*lhSmall + 2*cellPadY
	drawHead := func() {
		y := d.y()
		d.fillColor(d.tint)
		d.pdf.Rect(marginL, y, textW, headH, "F")
		d.font("B", sizeSmall)
		d.textColor(inkColor)
		x := marginL
		for i := range cols {
			for k, l := range heads[i] {
				d.pdf.SetXY(x+cellPadX, y+cellPadY+float64(k)*lhSmall)
				d.cell(widths[i]-2*cellPadX, lhSmall, l, "", 0, align(cols[i].align), false, 0, "")
			}
			x += widths[i]
		}
		d.pdf.SetY(y + headH)
	}

	d.ensure(headH + lhTable*2 + 2*cellPadY)
	drawHead()
	d.font("", sizeTable)
	for _, row := range rows {
		cells := make([][]string, len(cols))
		n := 1
		for i := range cols {
			if i < len(row) {
				cells[i] = d.wrap(row[i], widths[i]-2*cellPadX)
			}
			n = max(n, len(cells[i]))
		}
		rowH := float64(n)*lhTable + 2*cellPadY
		fresh := d.bottom() - marginTop - headH // room on a new page under the heading row
		if d.y()+rowH > d.bottom() && (rowH <= fresh || d.y()+headH+3*lhTable > d.bottom()) {
			d.newPage()
			drawHead()
		}
		// Draw the row in chunks: one chunk unless the row is taller than the page.
		for from := 0; from < n; {
			room := int((d.bottom() - d.y() - 2*cellPadY) / lhTable)
			if room < 1 {
				d.newPage()
				drawHead()
				continue
			}
			to := min(n, from+room)
			d.tableChunk(cells, widths, cols, from, to)
			from = to
			if from < n {
				d.newPage()
				drawHead()
			}
		}
	}
	d.space(4)
}

// tableChunk draws lines [from, to) of every cell of a row and the rule under them.
func (d *doc) tableChunk(cells [][]string, widths []float64, cols []column, from, to int) {
	y := d.y()
	d.font("", sizeTable)
	d.textColor(inkColor)
	x := marginL
	for i := range cols {
		for k := from; k < to && k < len(cells[i]); k++ {
			d.pdf.SetXY(x+cellPadX, y+cellPadY+float64(k-from)*lhTable)
			d.cell(widths[i]-2*cellPadX, lhTable, cells[i][k], "", 0, align(cols[i].align), false, 0, "")
		}
		x += widths[i]
	}
	h := float64(to-from)*lhTable + 2*cellPadY
	d.drawColor(ruleColor)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginL, y+h, marginL+textW, y+h)
	d.pdf.SetY(y + h)
}

func align(a string) string {
	switch strings.ToUpper(a) {
	case "R":
		return "R"
	case "C":
		return "C"
	}
	return "L"
}
