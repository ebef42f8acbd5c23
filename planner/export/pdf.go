package export

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/jpeg" // client logos may be JPEG
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/jung-kurt/gofpdf"
)

// communityName is the name documents are titled with.
func communityName(tr *i18n.Printer, p *planner.Plan) string {
	for _, s := range []string{p.Charter.Name, p.Name} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return tr.T("community.untitled")
}

// footerLine says who prepared the document for whom, and when.
func footerLine(tr *i18n.Printer, p *planner.Plan, now time.Time) string {
	by, client := strings.TrimSpace(p.PreparedBy), strings.TrimSpace(p.Client)
	var parts []string
	switch {
	case by != "" && client != "":
		parts = append(parts, tr.T("footer.by_for", "by", by, "client", client))
	case by != "":
		parts = append(parts, tr.T("footer.by", "by", by))
	case client != "":
		parts = append(parts, tr.T("footer.for", "client", client))
	}
	parts = append(parts, tr.Time(now))
	return strings.Join(parts, " · ")
}

// rgb is a colour of the document's palette.
type rgb struct{ r, g, b int }

// Palette. The accent comes from the plan; everything else is quiet greys so that the accent
// stays the only colour on a page.
var (
	inkColor     = rgb{33, 37, 41}
	mutedColor   = rgb{96, 104, 112}
	ruleColor    = rgb{214, 218, 222}
	paleColor    = rgb{244, 245, 247}
	whiteColor   = rgb{255, 255, 255}
	warnColor    = rgb{176, 84, 20}
	defaultAcent = rgb{0x2F, 0x5D, 0x8A} // a muted blue a client's brand rarely clashes with
)

// parseAccent reads a plan's accent colour (planner.ParseColor); empty or unreadable gives
// the default accent.
func parseAccent(s string) rgb {
	c, err := planner.ParseColor(s)
	if err != nil {
		return defaultAcent
	}
	return rgb{int(c.R), int(c.G), int(c.B)}
}

// luminance is the WCAG relative luminance of c.
func (c rgb) luminance() float64 {
	lin := func(v int) float64 {
		x := float64(v) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.r) + 0.7152*lin(c.g) + 0.0722*lin(c.b)
}

// mix blends c with white: t = 0 gives c, t = 1 white.
func (c rgb) mix(t float64) rgb {
	m := func(v int) int { return int(math.Round(float64(v) + (255-float64(v))*t)) }
	return rgb{m(c.r), m(c.g), m(c.b)}
}

// Page geometry in millimetres (A4 portrait).
const (
	pageW      = 210.0
	pageH      = 297.0 // A4; a Letter page is shorter and a little wider (see paperSize)
	marginL    = 22.0
	marginR    = 22.0
	marginTop  = 26.0
	contentBot = 275.0 // lowest y of body content on A4; the footer sits below (see doc.bottom)
	textW      = pageW - marginL - marginR
)

// Type scale (points) and line heights (millimetres).
const (
	sizeBody   = 10.0
	lhBody     = 5.0
	sizeSmall  = 8.5
	lhSmall    = 4.2
	sizeTable  = 8.8
	lhTable    = 4.3
	sizeH1     = 20.0
	sizeH2     = 13.0
	sizeH3     = 10.5
	fontFamily = "body"
)

// doc is a document being written: the gofpdf writer plus the house layout.
type doc struct {
	pdf        *gofpdf.Fpdf
	cl         *cleaner
	faces      *faces
	sh         *shaper // shapes text in scripts gofpdf cannot draw; nil until needed
	style      string  // the current font style
	accent     rgb     // rules, bars, fills
	accentText rgb     // headings: the accent, or ink when the accent is too light to read
	tint       rgb     // table header fill
	tr         *i18n.Printer
	pw, ph     float64 // the paper's width and height; the text block keeps A4's width
	now        time.Time
	header     string // running header, left: the community
	docTitle   string // running header, right: what this document is
	footer     string // running footer, left
	head       *runningHead
	pageLabel  string                 // the footer's "Page {page} of {nb}" in the document's language
	drawn      map[string]*runeSet    // the runes gofpdf has drawn, by face (see text)
	pend       []byte                 // operators text and line have yet to write (see flush)
	pendR      bytes.Reader           // reads pend to gofpdf
	batch      bool                   // text and line keep their operators until flush
	widths     map[string]*faceWidths // character widths by face (see symbolWidth)
	feet       map[float64]string     // the footer fitted beside a page label of that width
	ellipsis   string
	// sectionLevel is the bookmark level of h2 headings: 0 in the charter, whose sections
	// are its top level, 1 under the plan's chapters.
	sectionLevel int
}

// runningHead is the running header as every page after the cover draws it.
type runningHead struct {
	left, right string
	rw          float64 // the width of right
}

// newDoc sets up an A4 document with the fonts, metadata and running header and footer, in
// the plan's export language; titleKey is the catalogue key of what the document is.
func newDoc(p *planner.Plan, opt Options, titleKey string) (*doc, error) {
	tr := i18n.New(i18n.Lang(p.Lang))
	docTitle := tr.T(titleKey)
	fs, err := loadFaces(opt.Fonts)
	if err != nil {
		return nil, err
	}
	now := opt.now()
	pw, ph := paperSize(planner.Paper(p.Paper))
	pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", Size: gofpdf.SizeType{Wd: pw, Ht: ph}, OrientationStr: "P"})
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(now)
	pdf.SetModificationDate(now)
	pdf.SetCompression(true)
	// Each document gets its own copy of the font bytes: gofpdf keeps the slice and, building
	// the subset, appends into it, which writes into the bytes another document is reading
	// (PITFALLS; go test -race shows it with two PDFs written at once).
	pdf.AddUTF8FontFromBytes(fontFamily, "", bytes.Clone(fs.regular))
	pdf.AddUTF8FontFromBytes(fontFamily, "B", bytes.Clone(fs.bold))
	pdf.AddUTF8FontFromBytes(fontFamily, "I", bytes.Clone(fs.italic))
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("load fonts: %w", err)
	}
	pdf.SetFont(fontFamily, "", sizeBody)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("the fonts could not be read as TrueType: %w", err)
	}
	pdf.SetMargins(marginL, marginTop, marginR)
	pdf.SetAutoPageBreak(false, 0) // the layout breaks pages itself, so it can repeat headers
	pdf.SetCellMargin(0)
	d := &doc{
		pdf:          pdf,
		cl:           newCleaner(fs.parsed),
		faces:        fs,
		tr:           tr,
		pw:           pw,
		ph:           ph,
		now:          now,
		docTitle:     docTitle,
		sectionLevel: 1,
	}
	d.accent = parseAccent(p.AccentColor)
	d.accentText = d.accent
	if d.accent.luminance() > 0.35 { // contrast with white under about 2.3:1
		d.accentText = inkColor
	}
	d.tint = d.accent.mix(0.88)
	d.ellipsis = "..."
	if d.cl.drawable('…') {
		d.ellipsis = "…"
	}
	d.header = d.cl.line(communityName(tr, p))
	d.footer = d.cl.line(footerLine(tr, p, now))
	pdf.SetTitle(d.cl.line(communityName(tr, p)+" — "+docTitle), true)
	pdf.SetAuthor(d.cl.line(p.PreparedBy), true)
	pdf.SetSubject(d.cl.line(docTitle), true)
	pdf.SetCreator("CoP Launch Planner", true)
	pdf.SetProducer("CoP Launch Planner", true)
	pdf.SetHeaderFuncMode(d.drawHeader, false)
	return d, nil
}

// output finishes the document and writes it to w.
func (d *doc) output(w io.Writer) error {
	if err := d.pdf.Error(); err != nil {
		return err
	}
	d.footers()
	// Finish the file first: gofpdf's Output would write what it has even when finishing
	// fails. Then Output only hands the finished bytes to w.
	d.pdf.Close()
	if err := d.pdf.Error(); err != nil {
		return err
	}
	return d.pdf.Output(w)
}

func (d *doc) font(style string, size float64) {
	d.style = style
	d.pdf.SetFont(fontFamily, style, size)
}

func (d *doc) textColor(c rgb) { d.pdf.SetTextColor(c.r, c.g, c.b) }
func (d *doc) fillColor(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
func (d *doc) drawColor(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

// y is the current vertical position.
func (d *doc) y() float64 { return d.pdf.GetY() }

// newPage starts a body page.
func (d *doc) newPage() {
	d.pdf.AddPage()
	d.pdf.SetXY(marginL, marginTop)
}

// ensure starts a new page unless h millimetres fit above the footer.
func (d *doc) ensure(h float64) {
	if d.y()+h > d.bottom() {
		d.newPage()
	}
}

// space adds vertical space, never past the bottom of the page.
func (d *doc) space(h float64) {
	y := d.y() + h
	if y > d.bottom() {
		d.newPage()
		return
	}
	d.pdf.SetY(y)
}

func (d *doc) drawHeader() {
	if d.pdf.PageNo() == 1 { // the cover has none
		return
	}
	d.font("", sizeSmall-0.5)
	d.fillColor(mutedColor) // the text in the fill colour, as table lines are (see text)
	d.textColor(mutedColor)
	if d.head == nil { // the same on every page: fitted once
		right := d.fit(d.docTitle, textW/2-4)
		rw := d.strWidth(right)
		d.head = &runningHead{left: d.fit(d.header, textW-rw-8), right: right, rw: rw}
	}
	left, right, rw := d.head.left, d.head.right, d.head.rw
	d.lineText(marginL, 11, textW-rw, 5, left, "L")
	d.lineText(pageW-marginR-rw, 11, rw, 5, right, "L")
	d.drawColor(ruleColor)
	d.pdf.SetLineWidth(0.2)
	d.line(marginL, 17, pageW-marginR, 17)
	d.drawColor(d.accent)
	d.pdf.SetLineWidth(0.6)
	d.line(marginL, 17, marginL+14, 17)
	d.pdf.SetXY(marginL, marginTop)
}

// footers draws the running footer on every page after the cover, last, when the number of
// pages is known. (gofpdf's alias for the page count would instead be searched for and
// replaced in every page when the file is written, and in any text of the plan.)
func (d *doc) footers() {
	pages, cur := d.pdf.PageCount(), d.pdf.PageNo()
	for n := 2; n <= pages; n++ {
		d.pdf.SetPage(n)
		d.drawFooter(n, pages)
	}
	d.pdf.SetPage(cur)
}

// drawFooter draws the footer of page n of pages, the page being the current one.
func (d *doc) drawFooter(n, pages int) {
	// Back on an earlier page, gofpdf's idea of the current fill colour need not be that
	// page's: it is written out, and the text drawn in it (see text). The font, the draw
	// colour and the line width are written out whenever they are set.
	d.fillColor(mutedColor)
	d.font("", sizeSmall-0.5)
	d.textColor(mutedColor)
	d.drawColor(ruleColor)
	d.pdf.SetLineWidth(0.2)
	d.line(marginL, d.ph-14, pageW-marginR, d.ph-14)
	// The label is placed as wide as it is with a two-digit page count, so that the
	// labels of a document line up.
	if d.pageLabel == "" { // worded once, the numbers put in on each page
		d.pageLabel = d.tr.T("footer.page", "page", "{page}", "pages", "{nb}")
	}
	label := strings.ReplaceAll(d.pageLabel, "{page}", strconv.Itoa(n))
	lw := d.strWidth(strings.Replace(label, "{nb}", "99", 1))
	label = strings.ReplaceAll(label, "{nb}", strconv.Itoa(pages))
	// The footer text is fitted beside the page label: once for each width the label has.
	footer, ok := d.feet[lw]
	if !ok {
		footer = d.fit(d.footer, textW-lw-8)
		if d.feet == nil {
			d.feet = map[float64]string{}
		}
		d.feet[lw] = footer
	}
	d.lineText(marginL, d.ph-12.5, textW-lw-6, 5, footer, "L")
	d.lineText(pageW-marginR-lw, d.ph-12.5, lw, 5, label, "L")
}

// fit returns the cleaned one-line s, shortened with an ellipsis to fit w at the current font.
func (d *doc) fit(s string, w float64) string {
	s = d.cl.line(s)
	if d.strWidth(s) <= w {
		return s
	}
	rs := []rune(s)
	// Binary search the longest prefix that fits with the ellipsis: titles may be huge.
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.strWidth(string(rs[:mid])+d.ellipsis) <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	for lo > 0 && lo < len(rs) && !clusterStart(rs[lo-1], rs[lo]) { // keep clusters whole
		lo--
	}
	return strings.TrimRight(string(rs[:lo]), " ") + d.ellipsis
}

// wrap splits cleaned text into lines no wider than w at the current font.
func (d *doc) wrap(text string, w float64) []string {
	text = strings.TrimRight(d.cl.clean(text), "\n ")
	if text == "" {
		return nil
	}
	if w < 2 {
		w = 2
	}
	if d.cl.needsShaping(text) {
		return d.wrapShaped(text, w)
	}
	return d.pdf.SplitText(text, w)
}

// lines draws already wrapped lines at x, breaking pages as needed.
func (d *doc) lines(ls []string, x, w, lh float64, align string) {
	for _, l := range ls {
		d.ensure(lh)
		d.pdf.SetXY(x, d.y())
		d.cell(w, lh, l, "", 2, align, false, 0, "")
	}
}

// para writes a paragraph of body text with space after it. Empty text writes nothing.
func (d *doc) para(text string) {
	d.font("", sizeBody)
	d.textColor(inkColor)
	ls := d.wrap(text, textW)
	if len(ls) == 0 {
		return
	}
	d.lines(ls, marginL, textW, lhBody, d.startAlign(ls))
	d.space(2.5)
}

// paraOr writes text, or a muted placeholder when it is empty.
func (d *doc) paraOr(text, placeholder string) {
	if strings.TrimSpace(text) == "" {
		d.note(placeholder)
		return
	}
	d.para(text)
}

// note writes a muted italic remark.
func (d *doc) note(text string) {
	d.font("I", sizeSmall+0.5)
	d.textColor(mutedColor)
	ls := d.wrap(text, textW)
	d.lines(ls, marginL, textW, lhSmall+0.3, d.startAlign(ls))
	d.space(2.5)
}

// warn writes a flagged remark in the warning colour, marked with a bar in the margin.
func (d *doc) warn(text string) {
	d.font("", sizeSmall+0.5)
	ls := d.wrap(text, textW-4)
	if len(ls) == 0 {
		return
	}
	for _, l := range ls {
		d.ensure(lhSmall + 0.3)
		y := d.y()
		d.fillColor(warnColor)
		d.pdf.Rect(marginL, y+0.4, 0.9, lhSmall-0.5, "F")
		d.textColor(warnColor)
		d.pdf.SetXY(marginL+4, y)
		d.cell(textW-4, lhSmall+0.3, l, "", 2, "L", false, 0, "")
	}
	d.space(1.5)
}

// bullets writes a list with hanging indents.
func (d *doc) bullets(items []string) {
	d.font("", sizeBody)
	d.textColor(inkColor)
	mark := "•"
	if !d.cl.drawable('•') {
		mark = "-"
	}
	for _, it := range items {
		ls := d.wrap(it, textW-6)
		if len(ls) == 0 {
			continue
		}
		d.ensure(lhBody)
		y := d.y()
		d.textColor(d.accentText)
		d.pdf.SetXY(marginL+1, y)
		d.cell(4, lhBody, mark, "", 0, "L", false, 0, "")
		d.textColor(inkColor)
		d.pdf.SetXY(marginL+6, y)
		d.lines(ls, marginL+6, textW-6, lhBody, "L")
		d.space(0.8)
	}
	d.space(1.7)
}

// field writes a label and its value side by side; long values wrap under themselves.
func (d *doc) field(label, value string) {
	const lw = 42.0
	d.font("", sizeBody)
	vs := d.wrap(value, textW-lw)
	if len(vs) == 0 {
		vs = []string{"—"}
		if !d.cl.drawable('—') {
			vs = []string{"-"}
		}
	}
	d.font("B", sizeSmall)
	ls := d.wrap(label, lw-4)
	d.ensure(lhBody * 1.2)
	y := d.y()
	d.textColor(mutedColor)
	for i, l := range ls {
		d.pdf.SetXY(marginL, y+0.5+float64(i)*lhSmall)
		d.cell(lw-4, lhSmall, l, "", 0, "L", false, 0, "")
	}
	d.font("", sizeBody)
	d.textColor(inkColor)
	d.pdf.SetXY(marginL+lw, y)
	d.lines(vs, marginL+lw, textW-lw, lhBody, d.startAlign(vs))
	if min := y + float64(len(ls))*lhSmall + 1; len(vs) == 1 && d.y() < min && min < d.bottom() {
		d.pdf.SetY(min)
	}
	d.space(1.2)
}

// h1 starts a chapter on a new page, with a bookmark and an optional number.
func (d *doc) h1(number, title string) {
	d.newPage()
	title = d.cl.line(title)
	d.pdf.Bookmark(strings.TrimSpace(number+" "+title), 0, -1)
	y := d.y()
	if number != "" {
		d.font("B", sizeSmall+0.5)
		d.textColor(d.accentText)
		d.pdf.SetXY(marginL, y)
		d.cell(textW, 5, strings.ToUpper(d.tr.T("plan.chapter", "n", number)), "", 2, "L", false, 0, "")
		y = d.y() + 1
	}
	d.font("B", sizeH1)
	d.textColor(inkColor)
	ls := d.wrap(title, textW)
	if len(ls) > 3 {
		ls = append(ls[:2:2], d.fit(strings.Join(ls[2:], " "), textW))
	}
	d.pdf.SetY(y)
	d.lines(ls, marginL, textW, 8.5, "L")
	d.space(2)
	d.drawColor(d.accent)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(marginL, d.y(), marginL+18, d.y())
	d.space(8)
}

// h2 writes a section heading, kept with the start of what follows.
func (d *doc) h2(title string, bookmark bool) {
	d.font("B", sizeH2)
	ls := d.wrap(title, textW)
	if len(ls) == 0 {
		return
	}
	if len(ls) > 2 {
		ls = []string{ls[0], d.fit(strings.Join(ls[1:], " "), textW)}
	}
	if d.y() > marginTop+1 {
		d.space(4)
	}
	d.ensure(float64(len(ls))*6 + 22)
	if bookmark {
		d.pdf.Bookmark(strings.Join(ls, " "), d.sectionLevel, -1)
	}
	d.textColor(d.accentText)
	d.lines(ls, marginL, textW, 6, "L")
	d.space(2)
}

// h3 writes a minor heading.
func (d *doc) h3(title string) {
	d.font("B", sizeH3)
	ls := d.wrap(title, textW)
	if len(ls) == 0 {
		return
	}
	if len(ls) > 2 {
		ls = []string{ls[0], d.fit(strings.Join(ls[1:], " "), textW)}
	}
	d.space(1.5)
	// Keep the heading with a good start of what follows (often a table).
	d.ensure(float64(len(ls))*lhBody + 28)
	d.textColor(inkColor)
	d.lines(ls, marginL, textW, lhBody+0.3, "L")
	d.space(1.2)
}

// signLines draws a sign-off block: for each signer a line to sign on, with name, role and date.
func (d *doc) signLines(signers [][3]string) {
	const boxH, roleLH = 24.0, 4.0
	colW := (textW - 12) / 2
	dateText := func(s [3]string) string {
		if s[2] != "" {
			return d.tr.T("signoff.date") + " " + s[2]
		}
		return d.tr.T("signoff.date") + " ____________"
	}
	for i := 0; i < len(signers); i += 2 {
		// A signer's role wraps beside the date ("Directora de Datos · versión 2.0") rather
		// than being cut; the row grows to the longest.
		roles := make([][]string, 2)
		h := boxH
		d.font("", sizeSmall)
		for j := 0; j < 2 && i+j < len(signers); j++ {
			dw := d.strWidth(dateText(signers[i+j]))
			roles[j] = d.wrap(signers[i+j][1], colW-dw-4)
			h = max(h, 18+float64(len(roles[j]))*roleLH+2)
		}
		d.ensure(h)
		y := d.y()
		for j := 0; j < 2 && i+j < len(signers); j++ {
			s := signers[i+j]
			x := marginL + float64(j)*(colW+12)
			d.drawColor(inkColor)
			d.pdf.SetLineWidth(0.3)
			d.pdf.Line(x, y+12, x+colW, y+12)
			d.font("B", sizeBody-0.5)
			d.textColor(inkColor)
			d.pdf.SetXY(x, y+13.5)
			d.cell(colW, 4.5, d.fit(s[0], colW), "", 0, "L", false, 0, "")
			d.font("", sizeSmall)
			d.textColor(mutedColor)
			date := dateText(s)
			dw := d.strWidth(date)
			for k, l := range roles[j] {
				d.pdf.SetXY(x, y+18+float64(k)*roleLH)
				d.cell(colW-dw-4, roleLH, l, "", 0, "L", false, 0, "")
			}
			d.pdf.SetXY(x+colW-dw, y+18)
			d.cell(dw, 4, date, "", 0, "R", false, 0, "")
		}
		d.pdf.SetY(y + h + 4)
	}
}

// logo decodes a PNG or JPEG logo and re-encodes it as a plain 8-bit PNG gofpdf can read
// (gofpdf rejects 16-bit and interlaced PNGs and leaves a sticky error). A bad, huge or
// missing image gives nil: the cover is then drawn without it.
func logo(b []byte) (data []byte, w, h int) {
	if len(b) == 0 || len(b) > 20<<20 {
		return nil, 0, 0
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > 25_000_000 {
		return nil, 0, 0
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, 0, 0
	}
	bounds := img.Bounds()
	// Downscale large logos by whole-pixel sampling: a cover logo is 50 mm wide at most.
	step := 1
	for bounds.Dx()/step > 1200 || bounds.Dy()/step > 1200 {
		step++
	}
	out := image.NewNRGBA(image.Rect(0, 0, bounds.Dx()/step, bounds.Dy()/step))
	if step == 1 {
		draw.Draw(out, out.Bounds(), img, bounds.Min, draw.Src)
	} else {
		for y := 0; y < out.Bounds().Dy(); y++ {
			for x := 0; x < out.Bounds().Dx(); x++ {
				out.Set(x, y, color.NRGBAModel.Convert(img.At(bounds.Min.X+x*step, bounds.Min.Y+y*step)))
			}
		}
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, out); err != nil {
		return nil, 0, 0
	}
	return buf.Bytes(), out.Bounds().Dx(), out.Bounds().Dy()
}

// placeLogo draws the logo fitted into the box (x, y, w, h), right-aligned. It reports
// whether a logo was drawn.
func (d *doc) placeLogo(raw []byte, x, y, w, h float64) bool {
	data, pw, ph := logo(raw)
	if data == nil {
		return false
	}
	info := d.pdf.RegisterImageOptionsReader("logo", gofpdf.ImageOptions{ImageType: "png"}, bytes.NewReader(data))
	if d.pdf.Err() || info == nil {
		d.pdf.ClearError() // a logo is decoration: never fail the document for it
		return false
	}
	iw, ih := w, w*float64(ph)/float64(pw)
	if ih > h {
		iw, ih = h*float64(pw)/float64(ph), h
	}
	d.pdf.ImageOptions("logo", x+w-iw, y, iw, ih, false, gofpdf.ImageOptions{ImageType: "png"}, 0, "")
	return true
}

// coverInfo is what the cover shows.
type coverInfo struct {
	kicker   string // e.g. "Community charter"
	title    string // the community's name
	subtitle string
	facts    [][2]string // label, value
}

// cover draws the title page.
func (d *doc) cover(p *planner.Plan, c coverInfo) {
	d.pdf.AddPage()
	d.fillColor(d.accent)
	d.pdf.Rect(0, 0, d.pw, 7, "F")
	d.placeLogo(p.Logo, pageW-marginR-55, 22, 55, 28)

	y := 92.0
	d.font("B", sizeBody)
	d.textColor(d.accentText)
	d.pdf.SetXY(marginL, y)
	d.cell(textW, 6, d.fit(strings.ToUpper(c.kicker), textW), "", 2, "L", false, 0, "")
	d.font("B", 30)
	d.textColor(inkColor)
	ls := d.wrap(c.title, textW)
	if len(ls) == 0 {
		ls = []string{d.tr.T("community.untitled")}
	}
	if len(ls) > 3 {
		ls = append(ls[:2:2], d.fit(strings.Join(ls[2:], " "), textW))
	}
	d.pdf.SetY(y + 9)
	d.lines(ls, marginL, textW, 12.5, "L")
	d.pdf.SetY(d.y() + 4)
	d.drawColor(d.accent)
	d.pdf.SetLineWidth(1.2)
	d.pdf.Line(marginL, d.y(), marginL+24, d.y())
	if c.subtitle != "" {
		d.font("", 12.5)
		d.textColor(mutedColor)
		ss := d.wrap(c.subtitle, textW-20)
		if len(ss) > 4 {
			ss = append(ss[:3:3], d.fit(strings.Join(ss[3:], " "), textW-20))
		}
		d.pdf.SetY(d.y() + 7)
		d.lines(ss, marginL, textW-20, 6.2, "L")
	}

	// Facts in a two-column grid at the foot of the page.
	const rowH = 15.0
	rows := (len(c.facts) + 1) / 2
	fy := d.ph - 35 - float64(rows)*rowH
	d.drawColor(ruleColor)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Line(marginL, fy-4, pageW-marginR, fy-4)
	colW := textW / 2
	for i, f := range c.facts {
		x := marginL + float64(i%2)*colW
		ry := fy + float64(i/2)*rowH
		d.font("B", sizeSmall-0.5)
		d.textColor(mutedColor)
		d.pdf.SetXY(x, ry)
		d.cell(colW-6, 4, d.fit(strings.ToUpper(f[0]), colW-6), "", 0, "L", false, 0, "")
		d.font("", 11)
		d.textColor(inkColor)
		d.pdf.SetXY(x, ry+4.5)
		v := f[1]
		if strings.TrimSpace(v) == "" {
			v = "—"
		}
		d.cell(colW-6, 6, d.fit(v, colW-6), "", 0, "L", false, 0, "")
	}
}

// paperSize is the page size in millimetres: A4 (210 × 297) unless Letter (215.9 × 279.4).
func paperSize(p planner.Paper) (w, h float64) {
	if p == planner.PaperLetter {
		return 215.9, 279.4
	}
	return pageW, pageH
}

// bottom is the lowest y of body content on the document's paper.
func (d *doc) bottom() float64 { return contentBot - (pageH - d.ph) }
