package export

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

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
	widths := d.columnWidths(cols, rows)

	// Heading row, wrapped once.
	d.font("B", sizeSmall)
	heads := make([][]string, len(cols))
	headLines := 1
	for i, c := range cols {
		heads[i] = d.wrapHyphenated(c.head, widths[i]-2*cellPadX)
		headLines = max(headLines, len(heads[i]))
		if wrapped != nil {
			wrapped(c.head, heads[i]) // the catalogue's words, soft hyphens and all
		}
	}
	headH := float64(headLines)*lhSmall + 2*cellPadY
	aligns := make([]string, len(cols))
	for i, c := range cols {
		aligns[i] = align(c.align)
	}
	drawHead := func() {
		y := d.y()
		d.fillColor(d.tint)
		d.pdf.Rect(marginL, y, textW, headH, "F")
		d.font("B", sizeSmall)
		d.fillColor(inkColor) // the text in ink, with ink the fill colour too (see plain)
		d.textColor(inkColor)
		x := marginL
		for i := range cols {
			for k, l := range heads[i] {
				if l != "" {
					d.lineText(x+cellPadX, y+cellPadY+float64(k)*lhSmall, widths[i]-2*cellPadX, lhSmall, l, aligns[i])
				}
			}
			x += widths[i]
		}
		d.pdf.SetY(y + headH)
	}

	// plain is whether the rows' font and colours are set: the heading row and a new page
	// change them. The rows' text is drawn in ink with ink as the fill colour too, so that
	// gofpdf writes each cell's text in the colour in force rather than wrapping every cell
	// in a colour change of its own; the pages look the same.
	plain := false
	head := func() {
		drawHead()
		plain = false
	}

	d.ensure(headH + lhTable*2 + 2*cellPadY)
	head()
	d.font("", sizeTable)
	// A column's repeated texts (a status, a yes) are wrapped once: with the same font and
	// width they wrap the same. The lines are only read.
	seen := make([]map[string][]string, len(cols))
	for i := range seen {
		seen[i] = map[string][]string{}
	}
	for _, row := range rows {
		cells := make([][]string, len(cols))
		n := 1
		for i := range cols {
			if i < len(row) {
				ls, ok := seen[i][row[i]]
				if !ok {
					ls = d.wrapCell(row[i], widths[i]-2*cellPadX)
					seen[i][row[i]] = ls
				}
				cells[i] = ls
				if wrapped != nil {
					wrapped(d.cl.clean(row[i]), cells[i])
				}
			}
			n = max(n, len(cells[i]))
		}
		rowH := float64(n)*lhTable + 2*cellPadY
		fresh := d.bottom() - marginTop - headH // room on a new page under the heading row
		if d.y()+rowH > d.bottom() && (rowH <= fresh || d.y()+headH+3*lhTable > d.bottom()) {
			d.newPage()
			head()
		}
		// Draw the row in chunks: one chunk unless the row is taller than the page.
		for from := 0; from < n; {
			room := int((d.bottom() - d.y() - 2*cellPadY) / lhTable)
			if room < 1 {
				d.newPage()
				head()
				continue
			}
			if !plain {
				d.plainRows()
				plain = true
			}
			to := min(n, from+room)
			d.tableChunk(cells, widths, aligns, from, to)
			from = to
			if from < n {
				d.newPage()
				head()
			}
		}
	}
	d.space(4)
}

// wrapCell is wrap for a table cell, in the rows' font. A cell whose every line fits the
// width is its cleaned lines: gofpdf's SplitText, measuring rune by rune, would break it at
// its newlines alone. Text in scripts that are shaped, and lines that do not fit, go
// through wrap.
func (d *doc) wrapCell(text string, w float64) []string {
	clean := strings.TrimRight(d.cl.clean(text), "\n ")
	if clean == "" || d.cl.needsShaping(clean) {
		return d.wrap(text, w)
	}
	_, size := d.pdf.GetFontSize()
	wmax := int(math.Ceil((max(w, 2) - 2*d.pdf.GetCellMargin()) * 1000 / size)) // as SplitText
	lines := strings.Split(clean, "\n")
	for _, l := range lines {
		if sw, ok := d.symbolWidth(l); !ok || sw > wmax {
			return d.wrap(text, w)
		}
	}
	return lines
}

// faceWidths is the width of each character gofpdf has been asked about in one face, in
// font units, as GetStringSymbolWidth measures it.
type faceWidths struct {
	ascii [utf8.RuneSelf]int // the printable ones, measured when the table is made
	other map[rune]int
}

// symbolWidth is gofpdf's GetStringSymbolWidth(s) in the current face (d.style), summed from
// the widths of its characters, each measured once a face. ok is false for a string with a
// control character, a character above U+FFFF or one of no width (gofpdf's SplitText counts
// those otherwise), which the caller measures through gofpdf.
func (d *doc) symbolWidth(s string) (width int, ok bool) {
	t := d.widths[d.style]
	if t == nil {
		t = &faceWidths{other: map[rune]int{}}
		for c := ' '; c < 0x7f; c++ {
			t.ascii[c] = d.pdf.GetStringSymbolWidth(string(c))
		}
		if d.widths == nil {
			d.widths = map[string]*faceWidths{}
		}
		d.widths[d.style] = t
	}
	for _, r := range s {
		var rw int
		switch {
		case r < utf8.RuneSelf:
			rw = t.ascii[r]
		case r > 0xFFFF || r == utf8.RuneError:
			return 0, false
		default:
			var seen bool
			if rw, seen = t.other[r]; !seen {
				rw = d.pdf.GetStringSymbolWidth(string(r))
				t.other[r] = rw
			}
		}
		if rw <= 0 {
			return 0, false
		}
		width += rw
	}
	return width, true
}

// plainRows sets the font and colours of table rows: the text in ink, with ink as the fill
// colour as well (nothing is filled in a row), and the rules' colour and width.
func (d *doc) plainRows() {
	d.font("", sizeTable)
	if r, g, b := d.pdf.GetFillColor(); (rgb{r, g, b}) != inkColor {
		d.fillColor(inkColor)
	}
	if r, g, b := d.pdf.GetTextColor(); (rgb{r, g, b}) != inkColor {
		d.textColor(inkColor)
	}
	if r, g, b := d.pdf.GetDrawColor(); (rgb{r, g, b}) != ruleColor {
		d.drawColor(ruleColor)
	}
	if d.pdf.GetLineWidth() != ruleWidth {
		d.pdf.SetLineWidth(ruleWidth)
	}
}

// ruleWidth is the width of the rule under a table row.
const ruleWidth = 0.2

// tableChunk draws lines [from, to) of every cell of a row and the rule under them, in the
// font and colours plainRows set. The chunk's operators are written to the page together
// (see flush).
func (d *doc) tableChunk(cells [][]string, widths []float64, aligns []string, from, to int) {
	d.batch = true
	y := d.y()
	x := marginL
	for i := range cells {
		for k := from; k < to && k < len(cells[i]); k++ {
			if cells[i][k] == "" {
				continue
			}
			d.lineText(x+cellPadX, y+cellPadY+float64(k-from)*lhTable, widths[i]-2*cellPadX, lhTable, cells[i][k], aligns[i])
		}
		x += widths[i]
	}
	h := float64(to-from)*lhTable + 2*cellPadY
	d.line(marginL, y+h, marginL+textW, y+h)
	d.flush()
	d.batch = false
	d.pdf.SetY(y + h)
}

// lineText draws one cleaned line in the box (x, y, w, h) where cell would: aligned in the
// width, on the baseline gofpdf's CellFormat uses (half the height down, plus 0.3 of the
// font size). Text the body font draws goes through gofpdf's Text, which writes the one
// text operator a cell needs and nothing else; other text goes through cell.
func (d *doc) lineText(x, y, w, h float64, txt, align string) {
	if txt == "" { // CellFormat draws nothing
		return
	}
	if d.cl.needsShaping(txt) {
		d.flush()
		d.pdf.SetXY(x, y)
		d.cell(w, h, txt, "", 0, align, false, 0, "")
		return
	}
	var dx float64
	switch align {
	case "R":
		dx = w - d.pdf.GetCellMargin() - d.pdf.GetStringWidth(txt)
	case "C":
		dx = (w - d.pdf.GetStringWidth(txt)) / 2
	default:
		dx = d.pdf.GetCellMargin()
	}
	_, size := d.pdf.GetFontSize()
	d.text(x+dx, y+0.5*h+0.3*size, txt)
}

// text is gofpdf's Text(x, y, txt) for a table's lines, in the face d.style names. Once
// gofpdf has drawn every rune of a line in that face (Text records them for the font's
// subset), the line's operator is written here, byte for byte as Text writes it, without
// the copies and formatting Text makes of each line: a large plan's tables have 40,000
// lines. The text must be drawn in the fill colour (no colour change of its own).
func (d *doc) text(x, y float64, txt string) {
	drawn := d.drawn[d.style]
	if drawn == nil {
		drawn = &runeSet{}
		if d.drawn == nil {
			d.drawn = map[string]*runeSet{}
		}
		d.drawn[d.style] = drawn
	}
	if !d.textInFill() {
		d.flush()
		d.pdf.Text(x, y, txt)
		drawn.add(txt)
		return
	}
	k := d.pdf.GetConversionRatio()
	_, h := d.pdf.GetPageSize()
	start := len(d.pend)
	b := append(d.pend, "BT "...)
	b = appendFixed2(b, x*k)
	b = append(b, ' ')
	b = appendFixed2(b, (h-y)*k)
	b = append(b, " Td ("...)
	b, ok := drawn.appendString(b, txt)
	if !ok { // a rune gofpdf has yet to draw in this face: Text records it
		d.pend = b[:start]
		d.flush()
		d.pdf.Text(x, y, txt)
		drawn.add(txt)
		return
	}
	d.pend = append(b, ") Tj ET\n"...)
	if !d.batch {
		d.flush()
	}
}

// line is gofpdf's Line(x1, y1, x2, y2), its operator written byte for byte as Line writes
// it, without going through fmt: a row's rule.
func (d *doc) line(x1, y1, x2, y2 float64) {
	k := d.pdf.GetConversionRatio()
	_, h := d.pdf.GetPageSize()
	b := d.pend
	for i, v := range [4]float64{x1 * k, (h - y1) * k, x2 * k, (h - y2) * k} {
		b = appendFixed2(b, v)
		b = append(b, [4]string{" ", " m ", " ", " l S\n"}[i]...)
	}
	d.pend = b
	if !d.batch {
		d.flush()
	}
}

// flush writes the operators text and line have kept for the page (while d.batch is set,
// a table row's) in one write: gofpdf ends each write with a newline, so the page gets the
// same bytes as from one write an operator. Anything else that draws flushes first.
func (d *doc) flush() {
	if len(d.pend) == 0 {
		return
	}
	d.pendR.Reset(d.pend[:len(d.pend)-1]) // the last newline is gofpdf's
	d.pdf.RawWriteBuf(&d.pendR)
	d.pend = d.pend[:0]
}

// appendFixed2 is strconv.AppendFloat(b, v, 'f', 2, 64), the same bytes, for the
// coordinates of a page without strconv's general algorithm. v*100 is within 2e-8 of its
// exact value below 1e6, so it rounds the same way unless it lies that close to a half,
// which strconv decides.
func appendFixed2(b []byte, v float64) []byte {
	if !(v >= 0 && v < 1e6) || math.Signbit(v) {
		return strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	s := v * 100
	n := math.Floor(s)
	frac := s - n
	if math.Abs(frac-0.5) < 1e-6 {
		return strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	if frac > 0.5 {
		n++
	}
	u := uint64(n)
	b = strconv.AppendUint(b, u/100, 10)
	return append(b, '.', byte('0'+u/10%10), byte('0'+u%10))
}

// textInFill reports whether gofpdf draws text in the current fill colour, as it does when
// the text colour is the same.
func (d *doc) textInFill() bool {
	fr, fg, fb := d.pdf.GetFillColor()
	tr, tg, tb := d.pdf.GetTextColor()
	return fr == tr && fg == tg && fb == tb
}

// runeSet is the runes gofpdf has drawn in one face.
type runeSet struct {
	ascii [utf8.RuneSelf]bool
	other map[rune]bool
}

// appendString appends s as the text of a PDF string in UTF-16BE, escaped as gofpdf's Text
// escapes it, when every rune of s is in the set; ok is false, with b's new bytes to be
// dropped, when one is not, is above U+FFFF or is not valid UTF-8 (gofpdf draws those).
func (rs *runeSet) appendString(b []byte, s string) (_ []byte, ok bool) {
	for i, r := range s {
		if r < utf8.RuneSelf {
			if !rs.ascii[r] {
				return b, false
			}
			b = appendEscaped(append(b, 0), byte(r))
			continue
		}
		if r > 0xFFFF || !rs.other[r] || (r == utf8.RuneError && !validAt(s, i)) {
			return b, false
		}
		b = appendEscaped(appendEscaped(b, byte(r>>8)), byte(r))
	}
	return b, true
}

// appendEscaped appends one byte of a PDF string's text as gofpdf's Text escapes it.
func appendEscaped(b []byte, c byte) []byte {
	switch c {
	case '\\', '(', ')':
		return append(b, '\\', c)
	case '\r':
		return append(b, '\\', 'r')
	}
	return append(b, c)
}

// validAt reports whether s holds a valid encoding at i rather than a byte that is not
// UTF-8, which ranging over s also reads as utf8.RuneError.
func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size > 1
}

func (rs *runeSet) add(s string) {
	for _, r := range s {
		if r < utf8.RuneSelf {
			rs.ascii[r] = true
			continue
		}
		if rs.other == nil {
			rs.other = map[rune]bool{}
		}
		rs.other[r] = true
	}
}

// wrapped, when a test sets it, is told of every table heading and cell and the lines it was
// wrapped into, so that the test can find words broken across lines.
var wrapped func(text string, lines []string)

// softHyphen marks where a long word of the catalogue may break, with a hyphen, when a
// column is too narrow for it ("Kompetenz\u00adzuwachs"); it is invisible otherwise.
const softHyphen = "\u00ad"

// maxWordShare is the widest share of the text width one word may claim for its column: a
// longer one (an address, a run of digits) breaks rather than squeeze the other columns.
const maxWordShare = 0.4

// columnWidths shares the text width among the columns by their weights, then widens every
// column too narrow for its longest word (its heading's in bold, by the pieces a soft hyphen
// allows, and its cells'), taking the room from the columns that have some to spare, so
// that translated headings and labels ("Kompetenzzuwachs", "Puntuación") are not broken
// inside a word.
func (d *doc) columnWidths(cols []column, rows [][]string) []float64 {
	total := 0.0
	for _, c := range cols {
		total += c.weight
	}
	widths := make([]float64, len(cols))
	need := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = textW * c.weight / total
		d.font("B", sizeSmall)
		for _, w := range strings.Fields(c.head) {
			for _, piece := range hyphenPieces(w) {
				need[i] = max(need[i], d.strWidth(d.cl.line(piece)))
			}
		}
		d.font("", sizeTable)
		_, size := d.pdf.GetFontSize()
		measured := map[string]bool{} // a column's repeated texts are measured once
		for _, row := range rows {
			if i >= len(row) || measured[row[i]] {
				continue
			}
			measured[row[i]] = true
			for w := range strings.FieldsSeq(row[i]) {
				if !d.cl.plainASCII(w) { // a word of plain ASCII is its own cleaned line
					w = d.cl.line(w)
				}
				var ww float64
				if sw, ok := d.symbolWidth(w); ok && !d.cl.needsShaping(w) {
					ww = float64(sw) * size / 1000 // GetStringWidth, from the face's widths
				} else {
					ww = d.strWidth(w)
				}
				if ww <= textW*maxWordShare {
					need[i] = max(need[i], ww)
				}
			}
		}
		need[i] = min(need[i]+2*cellPadX+0.2, textW*maxWordShare)
	}
	sumNeed := 0.0
	for _, n := range need {
		sumNeed += n
	}
	if sumNeed > textW { // not every word fits: share the width by what each column needs
		for i := range widths {
			widths[i] = textW * need[i] / sumNeed
		}
		return widths
	}
	for {
		short, spare := 0.0, 0.0
		for i := range widths {
			if widths[i] < need[i] {
				short += need[i] - widths[i]
			} else {
				spare += widths[i] - need[i]
			}
		}
		if short < 0.01 || spare < 0.01 {
			return widths
		}
		take := min(short, spare)
		for i := range widths {
			switch {
			case widths[i] < need[i]:
				widths[i] += take * (need[i] - widths[i]) / short
			case widths[i] > need[i]:
				widths[i] -= take * (widths[i] - need[i]) / spare
			}
		}
	}
}

// hyphenPieces are the parts of a word a line may end with: the word itself, or, where it
// has soft hyphens, each part up to one with the hyphen drawn.
func hyphenPieces(word string) []string {
	parts := strings.Split(word, softHyphen)
	for i := 0; i < len(parts)-1; i++ {
		parts[i] += "-"
	}
	return parts
}

// wrapHyphenated wraps a heading like wrap, except that a word too wide for the column
// breaks at its soft hyphens, with a hyphen at the end of the line, and soft hyphens are
// dropped everywhere else.
func (d *doc) wrapHyphenated(text string, w float64) []string {
	if !strings.Contains(text, softHyphen) {
		return d.wrap(text, w)
	}
	var lines []string
	line := ""
	put := func(piece string, space bool) {
		cand := piece
		if line != "" {
			if space {
				cand = line + " " + piece
			} else {
				cand = line + piece
			}
		}
		if line == "" || d.strWidth(d.cl.line(cand)) <= w {
			line = cand
			return
		}
		lines = append(lines, line)
		line = piece
	}
	for _, word := range strings.Fields(text) {
		whole := strings.ReplaceAll(word, softHyphen, "")
		if d.strWidth(d.cl.line(whole)) <= w || !strings.Contains(word, softHyphen) {
			put(whole, true)
			continue
		}
		parts := strings.Split(word, softHyphen)
		for k, part := range parts {
			if k == 0 {
				put(part, true)
				continue
			}
			// The next part joins the line as it is, or the line ends with a hyphen.
			if d.strWidth(d.cl.line(line+part)) <= w {
				line += part
				continue
			}
			lines = append(lines, line+"-")
			line = part
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	for i, l := range lines {
		lines[i] = d.cl.line(l)
	}
	return lines
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
