package export

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/shaping"
)

// shaperFor returns the document's shaper, made when a line first needs one: documents
// without such text never parse a font for it.
func (d *doc) shaperFor() *shaper {
	if d.sh == nil {
		d.sh = newShaper(d.faces.regular, d.faces.bold, d.faces.italic)
	}
	return d.sh
}

// strWidth is the width of cleaned one-line text at the current font, in millimetres.
func (d *doc) strWidth(s string) float64 {
	if !d.cl.needsShaping(s) {
		return d.pdf.GetStringWidth(s)
	}
	_, unit := d.pdf.GetFontSize()
	return d.shaperFor().shape(s, styleIndex(d.style)).width * unit / shapeUnits
}

// cell is gofpdf's CellFormat for cleaned one-line text in any script: text the body font
// draws goes to gofpdf as it is; other text is shaped and drawn as glyph outlines under an
// invisible copy of the text.
func (d *doc) cell(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	if !d.cl.needsShaping(txt) {
		d.pdf.CellFormat(w, h, txt, border, ln, align, fill, link, linkStr)
		return
	}
	x, y := d.pdf.GetXY()
	if border != "" || fill {
		d.pdf.CellFormat(w, h, "", border, 0, "L", fill, 0, "")
	}
	if w == 0 {
		pw, _ := d.pdf.GetPageSize()
		_, _, rm, _ := d.pdf.GetMargins()
		w = pw - rm - x
	}
	sh := d.shaperFor().shape(txt, styleIndex(d.style))
	pt, unit := d.pdf.GetFontSize()
	tw := sh.width * unit / shapeUnits
	dx := d.pdf.GetCellMargin()
	switch align {
	case "R":
		dx = w - d.pdf.GetCellMargin() - tw
	case "C":
		dx = (w - tw) / 2
	}
	// The baseline gofpdf uses for a cell.
	base := y + 0.5*h + 0.3*unit
	d.drawShaped(sh, x+dx, base, pt)

	d.textLayer(sh, []rune(txt), x+dx, y, h, link, linkStr)
	switch {
	case ln == 1:
		l, _, _, _ := d.pdf.GetMargins()
		d.pdf.SetXY(l, y+h)
	case ln == 2:
		d.pdf.SetXY(x, y+h)
	default:
		d.pdf.SetXY(x+w, y)
	}
}

// textLayer writes the text of a shaped line invisibly (text render mode 3) over its glyphs,
// run by run, each run stretched to its drawn width, so that search, copy and pdftotext
// give back the text as typed. Text extraction reads a line left to right and reverses each
// stretch of right-to-left letters it meets: so a right-to-left run is written in visual
// order (as in any PDF of such text) and the runs follow each other in logical order. In a
// line of one direction that is exactly where the glyphs are; in a line that mixes
// directions the runs' invisible text sits in another order than their glyphs.
func (d *doc) textLayer(sh *shaped, rs []rune, x, y, h float64, link int, linkStr string) {
	_, unit := d.pdf.GetFontSize()
	runs := slices.Clone(sh.runs)
	slices.SortStableFunc(runs, func(a, b shaping.Output) int { return a.Runes.Offset - b.Runes.Offset })
	for _, run := range runs {
		w := float64(run.Advance) / 64 * unit / shapeUnits
		lo, hi := run.Runes.Offset, run.Runes.Offset+run.Runes.Count
		if lo < 0 || hi > len(rs) || lo >= hi {
			x += w
			continue
		}
		part := append([]rune(nil), rs[lo:hi]...)
		if run.Direction.Progression() == di.TowardTopLeft {
			// Reverse the letters but leave the spaces at either end where they are, so
			// that the gaps between words stay between the same words.
			a, b := 0, len(part)
			for a < b && part[a] == ' ' {
				a++
			}
			for b > a && part[b-1] == ' ' {
				b--
			}
			slices.Reverse(part[a:b])
		}
		s := string(part)
		if gw := d.pdf.GetStringWidth(s); gw > 0 && w > 0 {
			d.pdf.SetXY(x, y)
			d.pdf.RawWriteStr("3 Tr " + fmtNum(100*w/gw) + " Tz")
			d.pdf.CellFormat(w, h, s, "", 0, "L", false, link, linkStr)
			d.pdf.RawWriteStr("0 Tr 100 Tz")
		}
		x += w
	}
}

// drawShaped fills the outlines of a shaped line in the text colour, starting at x on the
// baseline y (millimetres from the top), at size pt points.
func (d *doc) drawShaped(sh *shaped, x, y, pt float64) {
	k := d.pdf.GetConversionRatio()
	_, ph := d.pdf.GetPageSize()
	r, g, b := d.pdf.GetTextColor()
	col := fmtNum(float64(r)/255) + " " + fmtNum(float64(g)/255) + " " + fmtNum(float64(b)/255)
	var out strings.Builder
	out.WriteString("q " + col + " rg " + col + " RG\n")
	pen := x * k // points
	for _, run := range sh.runs {
		upem := float64(run.Face.Upem())
		scale := pt / upem             // points per font unit
		toPt := pt / shapeUnits / 64.0 // points per shaped unit (26.6)
		bold := d.sh.synth[run.Face]
		for _, gl := range run.Glyphs {
			gx := pen + float64(gl.XOffset)*toPt
			gy := (ph-y)*k + float64(gl.YOffset)*toPt
			pen += float64(gl.XAdvance) * toPt
			if gl.GlyphID == 0 { // .notdef: the cleaner let through nothing the fonts lack
				continue
			}
			path := d.sh.glyphPath(run.Face, gl.GlyphID)
			if path == "" {
				continue
			}
			out.WriteString("q " + fmtNum(scale) + " 0 0 " + fmtNum(scale) + " " + fmtNum(gx) + " " + fmtNum(gy) + " cm ")
			if bold {
				out.WriteString(fmtNum(upem*0.035) + " w 1 j ")
				out.WriteString(path)
				out.WriteString(" B Q\n")
			} else {
				out.WriteString(path)
				out.WriteString(" f Q\n")
			}
		}
	}
	out.WriteString("Q")
	d.pdf.RawWriteStr(out.String())
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) }

// wrapShaped splits cleaned text that takes the shaped route into lines no wider than w at
// the current font. Lines break after spaces and between ideographs (Chinese, Japanese,
// Korean); a word longer than a line breaks between clusters.
func (d *doc) wrapShaped(text string, w float64) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		para = strings.TrimRight(para, " ")
		if para == "" {
			lines = append(lines, "")
			continue
		}
		// The pieces a line is packed from: break tokens, and the clusters of a token that
		// is wider than a line by itself.
		var pieces []string
		for _, tok := range breakTokens(para) {
			if d.strWidth(strings.TrimRight(tok, " ")) <= w {
				pieces = append(pieces, tok)
				continue
			}
			pieces = append(pieces, clusters(tok)...)
		}
		lines = append(lines, d.pack(pieces, w)...)
	}
	// Blank lines count as in gofpdf's splitting, but none at the end.
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// pack fills lines greedily with pieces, measuring by the sum of the pieces' widths, then
// checks each line's shaped width (joining and kerning change it a little) and moves pieces
// to the next line while it is too wide.
func (d *doc) pack(pieces []string, w float64) []string {
	var lines []string
	for len(pieces) > 0 {
		n, sum := 0, 0.0
		for n < len(pieces) {
			pw := d.strWidth(strings.TrimRight(pieces[n], " "))
			if n > 0 && sum+pw > w {
				break
			}
			sum += d.strWidth(pieces[n])
			n++
		}
		line := strings.TrimRight(strings.Join(pieces[:n], ""), " ")
		for n > 1 && d.strWidth(line) > w {
			n--
			line = strings.TrimRight(strings.Join(pieces[:n], ""), " ")
		}
		lines = append(lines, line)
		pieces = pieces[n:]
	}
	return lines
}

// ideographic reports whether a line may break on either side of r.
func ideographic(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// noBreakBefore lists closing punctuation a line must not start with.
const noBreakBefore = "、。，．・：；？！）」』】〉》〕ー〜ゃゅょっャュョッぁぃぅぇぉァィゥェォ,.;:!?)]}"

// breakTokens splits a paragraph into the pieces a line may break between, each with the
// spaces that follow it.
func breakTokens(s string) []string {
	var toks []string
	start := 0
	var prev rune
	inSpace := false
	for i, r := range s {
		if i > start {
			brk := inSpace && r != ' ' ||
				!inSpace && (ideographic(r) || ideographic(prev)) && r != ' ' && !strings.ContainsRune(noBreakBefore, r) && clusterStart(prev, r)
			if brk {
				toks = append(toks, s[start:i])
				start = i
			}
		}
		inSpace = r == ' '
		prev = r
	}
	return append(toks, s[start:])
}

// clusters splits s where a line may break inside a word: never within a cluster.
func clusters(s string) []string {
	var out []string
	start := 0
	var prev rune
	for i, r := range s {
		if i > start && clusterStart(prev, r) {
			out = append(out, s[start:i])
			start = i
		}
		prev = r
	}
	return append(out, s[start:])
}

// startAlign is the alignment of body text that starts a paragraph's lines: on the right for
// text whose first strong character is right to left (an Arabic or Hebrew paragraph), else
// on the left.
func (d *doc) startAlign(ls []string) string {
	if len(ls) > 0 && d.cl.needsShaping(ls[0]) && baseRTL([]rune(ls[0])) {
		return "R"
	}
	return "L"
}
