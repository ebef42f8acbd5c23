package export

import (
	"bytes"
	"strconv"
	"sync"
	"unicode"

	"github.com/coplaunch/coplaunch/planner/export/fonts"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/bidi"
)

// Text in scripts the body font lacks, or that need shaping (Arabic joining, Devanagari
// conjuncts) or right-to-left ordering, takes another route than gofpdf's own text: gofpdf
// places characters by code point through the font's cmap, so it cannot show the shaped
// glyphs (a joined Arabic letter or a Devanagari conjunct has no code point of its own) nor
// reorder a line. Such a line is segmented by direction, script and font, shaped with
// go-text/typesetting (a port of HarfBuzz), reordered for display with the Unicode
// bidirectional algorithm, and each glyph's outline is drawn from the bundled font as a
// filled path. Over it goes the line's text, in logical order and invisible (text render
// mode 3), stretched to the drawn width, so that search, copy and pdftotext give back what
// was typed. Lines the body font can draw as they are still go through gofpdf unchanged.

// script is a bundled font's script.
type script int

const (
	scriptNone script = iota
	scriptArabic
	scriptHebrew
	scriptDevanagari
	scriptCJK
	scriptSymbols // arrows, which the body font (Noto Sans) lacks: drawn with the Go fonts
	nScripts
)

// blockScript is the bundled script whose font draws r whatever the body font has: the
// scripts that need shaping or are written right to left.
func blockScript(r rune) script {
	switch {
	case r >= 0x0590 && r <= 0x05FF, r >= 0xFB1D && r <= 0xFB4F:
		return scriptHebrew
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x0870 && r <= 0x08FF,
		r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return scriptArabic
	case r >= 0x0900 && r <= 0x097F, r >= 0xA8E0 && r <= 0xA8FF, r >= 0x1CD0 && r <= 0x1CFF:
		return scriptDevanagari
	}
	return scriptNone
}

// cjkRange reports whether r lies in a block the CJK font may cover; only then is that
// (large) font consulted.
func cjkRange(r rune) bool {
	return r >= 0x1100 && r <= 0x11FF || r >= 0x2E80 && r <= 0x9FFF || r >= 0xA960 && r <= 0xA97F ||
		r >= 0xAC00 && r <= 0xD7FF || r >= 0xF900 && r <= 0xFAFF || r >= 0xFE10 && r <= 0xFE1F ||
		r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFFEF
}

// symbolRange reports whether r is an arrow (U+2190–U+21FF): Noto Sans has none, and the
// window shows "2 → 10" where the PDF would otherwise write "2 -> 10".
func symbolRange(r rune) bool { return r >= 0x2190 && r <= 0x21FF }

// bundledFont is one embedded font, parsed on first use and then shared: a parsed font is
// read-only; each document wraps it in its own font.Face.
type bundledFont struct {
	data []byte
	once sync.Once
	font *font.Font
}

func (b *bundledFont) get() *font.Font {
	b.once.Do(func() {
		ld, err := ot.NewLoader(bytes.NewReader(b.data))
		if err != nil {
			return
		}
		b.font, _ = font.NewFont(ld)
	})
	return b.font
}

// bundled holds the regular and bold font of each script; CJK has no bold (it is stroked).
var bundled = [nScripts][2]*bundledFont{
	scriptArabic:     {{data: fonts.ArabicRegular}, {data: fonts.ArabicBold}},
	scriptHebrew:     {{data: fonts.HebrewRegular}, {data: fonts.HebrewBold}},
	scriptDevanagari: {{data: fonts.DevanagariRegular}, {data: fonts.DevanagariBold}},
	scriptCJK:        {{data: fonts.CJK}, nil},
	scriptSymbols:    {{data: goregular.TTF}, {data: gobold.TTF}},
}

// bundledScript returns the script of the bundled font that draws r, or scriptNone.
func bundledScript(r rune) script {
	s := blockScript(r)
	if s == scriptNone && cjkRange(r) {
		s = scriptCJK
	}
	if s == scriptNone && symbolRange(r) {
		s = scriptSymbols
	}
	if s == scriptNone {
		return scriptNone
	}
	f := bundled[s][0].get()
	if f == nil {
		return scriptNone
	}
	if _, ok := f.NominalGlyph(r); !ok {
		return scriptNone
	}
	return s
}

// Style indexes of a shaper's faces.
const (
	styleRegular = iota
	styleBold
	styleItalic
	nStyles
)

func styleIndex(style string) int {
	switch {
	case bytes.ContainsRune([]byte(style), 'B'), bytes.ContainsRune([]byte(style), 'b'):
		return styleBold
	case bytes.ContainsRune([]byte(style), 'I'), bytes.ContainsRune([]byte(style), 'i'):
		return styleItalic
	}
	return styleRegular
}

// shapeUnits is the size text is shaped at: advances come out in 1/1000 em, like gofpdf's.
const shapeUnits = 1000

// shaped is a line shaped for display: its runs in visual order, left to right.
type shaped struct {
	runs  []shaping.Output
	width float64 // in 1/1000 em
}

type shapeKey struct {
	style int
	text  string
}

type glyphKey struct {
	face *font.Face
	gid  font.GID
}

// shaper shapes and draws the lines of one document. It is not safe for concurrent use.
type shaper struct {
	mainData [nStyles][]byte
	main     [nStyles]*font.Face
	script   [nScripts][2]*font.Face
	hb       shaping.HarfbuzzShaper
	seg      shaping.Segmenter
	lines    map[shapeKey]*shaped
	paths    map[glyphKey]string
	synth    map[*font.Face]bool // faces drawn emboldened
}

func newShaper(regular, bold, italic []byte) *shaper {
	s := &shaper{
		mainData: [nStyles][]byte{regular, bold, italic},
		lines:    make(map[shapeKey]*shaped),
		paths:    make(map[glyphKey]string),
		synth:    make(map[*font.Face]bool),
	}
	s.hb.SetFontCacheSize(2 * nStyles * int(nScripts)) // the default, 0, rebuilds a font at each switch
	return s
}

// mainFace returns the body font of a style, parsed on first use (nil if it cannot be read).
func (s *shaper) mainFace(style int) *font.Face {
	if s.main[style] == nil {
		f, err := font.ParseTTF(bytes.NewReader(s.mainData[style]))
		if err != nil {
			return nil
		}
		s.main[style] = f
	}
	return s.main[style]
}

// scriptFace returns the bundled face of a script for a style. A script without a bold
// font gets a face of its own for bold, which is drawn emboldened.
func (s *shaper) scriptFace(sc script, style int) *font.Face {
	b := 0
	if style == styleBold {
		b = 1
	}
	if s.script[sc][b] == nil {
		src := bundled[sc][b]
		if src == nil {
			src = bundled[sc][0]
		}
		f := src.get()
		if f == nil {
			return nil
		}
		s.script[sc][b] = font.NewFace(f)
		if b == 1 && bundled[sc][1] == nil {
			s.synth[s.script[sc][b]] = true
		}
	}
	return s.script[sc][b]
}

// fontmap picks the face of each rune for one style.
type fontmap struct {
	s     *shaper
	style int
}

func (m fontmap) ResolveFace(r rune) *font.Face {
	if sc := blockScript(r); sc != scriptNone {
		if f := m.s.scriptFace(sc, m.style); f != nil {
			if _, ok := f.NominalGlyph(r); ok {
				return f
			}
		}
	}
	main := m.s.mainFace(m.style)
	if main != nil {
		if _, ok := main.NominalGlyph(r); ok {
			return main
		}
	}
	if sc := bundledScript(r); sc != scriptNone {
		if f := m.s.scriptFace(sc, m.style); f != nil {
			return f
		}
	}
	if main == nil { // never nil for the segmenter
		return m.s.scriptFace(scriptHebrew, m.style)
	}
	return main
}

// baseRTL reports whether a line's first strong character is right to left (rules P2, P3 of
// the bidirectional algorithm): such a line is laid out right to left.
func baseRTL(rs []rune) bool {
	for _, r := range rs {
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

// bidiLevels returns the embedding level of each rune of a line (0 to 2): the direction of
// each rune from the Unicode bidirectional algorithm (golang.org/x/text/unicode/bidi, which
// gives directions but not levels), raised to 2 where rules W7 and I1-I2 put it there: in a
// right-to-left line every left-to-right rune, in a left-to-right line the numbers that
// follow right-to-left text.
func bidiLevels(rs []rune, rtl bool) []int8 {
	lv := make([]int8, len(rs))
	var p bidi.Paragraph
	def := bidi.LeftToRight
	if rtl {
		def = bidi.RightToLeft
	}
	odd := make([]bool, len(rs))
	if _, err := p.SetString(string(rs), bidi.DefaultDirection(def)); err == nil {
		if o, err := p.Order(); err == nil {
			for i := 0; i < o.NumRuns(); i++ {
				r := o.Run(i)
				a, b := r.Pos()
				for j := a; j <= b && j < len(rs); j++ {
					odd[j] = r.Direction() == bidi.RightToLeft
				}
			}
		}
	} else {
		for j := range odd {
			odd[j] = rtl
		}
	}
	lastStrongR := false
	for i, r := range rs {
		c := bidiClass(r)
		switch c {
		case bidi.L:
			lastStrongR = false
		case bidi.R, bidi.AL:
			lastStrongR = true
		}
		switch {
		case odd[i]:
			lv[i] = 1
		case rtl:
			lv[i] = 2
		case c == bidi.AN || lastStrongR && numberPart(rs, i):
			lv[i] = 2
		}
	}
	return lv
}

func bidiClass(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

// numberPart reports whether rs[i] belongs to a number: a digit, or a separator between
// digits, or a sign or currency symbol next to one (rules W4, W5).
func numberPart(rs []rune, i int) bool {
	digit := func(j int) bool {
		if j < 0 || j >= len(rs) {
			return false
		}
		c := bidiClass(rs[j])
		return c == bidi.EN || c == bidi.AN
	}
	switch bidiClass(rs[i]) {
	case bidi.EN, bidi.AN:
		return true
	case bidi.CS, bidi.ES:
		return digit(i-1) && digit(i+1)
	case bidi.ET:
		return digit(i-1) || digit(i+1)
	}
	return false
}

// shape returns text shaped in a style, from the cache when it was shaped before.
func (s *shaper) shape(text string, style int) *shaped {
	k := shapeKey{style, text}
	if sh, ok := s.lines[k]; ok {
		return sh
	}
	sh := s.shapeUncached(text, style)
	if len(s.lines) > 20000 { // bound memory on documents with huge numbers of lines
		clear(s.lines)
	}
	s.lines[k] = sh
	return sh
}

func (s *shaper) shapeUncached(text string, style int) *shaped {
	rs := []rune(text)
	sh := &shaped{}
	if len(rs) == 0 || s.mainFace(style) == nil {
		return sh
	}
	rtl := baseRTL(rs)
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	in := shaping.Input{Text: rs, RunStart: 0, RunEnd: len(rs), Direction: dir, Size: fixed.I(shapeUnits), Language: language.DefaultLanguage()}
	lv := bidiLevels(rs, rtl)
	items := s.seg.Split(in, fontmap{s, style})
	runs := make([]shaping.Output, 0, len(items))
	levels := make([]int, 0, len(items))
	for _, it := range items {
		// Split the segmenter's runs where the embedding level changes: its runs follow the
		// direction only, and numbers after right-to-left text sit a level higher.
		start := it.RunStart
		for i := it.RunStart + 1; i <= it.RunEnd; i++ {
			if i < it.RunEnd && lv[i] == lv[start] {
				continue
			}
			part := it
			part.RunStart, part.RunEnd = start, i
			part.Direction = di.DirectionLTR
			if lv[start]%2 == 1 {
				part.Direction = di.DirectionRTL
			}
			out := s.hb.Shape(part)
			runs = append(runs, out)
			levels = append(levels, int(lv[start]))
			sh.width += float64(out.Advance) / 64
			start = i
		}
	}
	reorder(runs, levels)
	sh.runs = runs
	return sh
}

// reorder puts runs in visual order from their embedding levels (rule L2): from the highest
// level down to the lowest odd one, reverse every sequence of runs at that level or above.
func reorder(runs []shaping.Output, levels []int) {
	hi, lowOdd := 0, 1<<30
	for _, l := range levels {
		hi = max(hi, l)
		if l%2 == 1 {
			lowOdd = min(lowOdd, l)
		}
	}
	for lvl := hi; lvl >= lowOdd; lvl-- {
		for i := 0; i < len(runs); {
			if levels[i] < lvl {
				i++
				continue
			}
			j := i
			for j < len(runs) && levels[j] >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				runs[a], runs[b] = runs[b], runs[a]
				levels[a], levels[b] = levels[b], levels[a]
			}
			i = j
		}
	}
}

// glyphPath returns the outline of a glyph as PDF path operators in font units, y up.
func (s *shaper) glyphPath(face *font.Face, gid font.GID) string {
	k := glyphKey{face, gid}
	if p, ok := s.paths[k]; ok {
		return p
	}
	var b []byte
	if o, ok := face.GlyphData(gid).(font.GlyphOutline); ok {
		b = appendOutline(b, o)
	}
	p := string(b)
	s.paths[k] = p
	return p
}

func appendOutline(b []byte, o font.GlyphOutline) []byte {
	num := func(v float32) {
		b = strconv.AppendFloat(b, float64(float32(int(v*10+copysign(v)*0.5))/10), 'f', -1, 32)
		b = append(b, ' ')
	}
	var cur ot.SegmentPoint
	started := false
	for _, seg := range o.Segments {
		a := seg.Args
		switch seg.Op {
		case ot.SegmentOpMoveTo:
			if started {
				b = append(b, "h "...)
			}
			num(a[0].X)
			num(a[0].Y)
			b = append(b, "m "...)
			cur, started = a[0], true
		case ot.SegmentOpLineTo:
			num(a[0].X)
			num(a[0].Y)
			b = append(b, "l "...)
			cur = a[0]
		case ot.SegmentOpQuadTo:
			// A quadratic Bézier as a cubic: control points 2/3 of the way to the quad's one.
			c1x, c1y := cur.X+2*(a[0].X-cur.X)/3, cur.Y+2*(a[0].Y-cur.Y)/3
			c2x, c2y := a[1].X+2*(a[0].X-a[1].X)/3, a[1].Y+2*(a[0].Y-a[1].Y)/3
			num(c1x)
			num(c1y)
			num(c2x)
			num(c2y)
			num(a[1].X)
			num(a[1].Y)
			b = append(b, "c "...)
			cur = a[1]
		case ot.SegmentOpCubeTo:
			for _, p := range a {
				num(p.X)
				num(p.Y)
			}
			b = append(b, "c "...)
			cur = a[2]
		}
	}
	if started {
		b = append(b, "h"...)
	}
	return b
}

func copysign(v float32) float32 {
	if v < 0 {
		return -1
	}
	return 1
}

// needsShaping reports whether a cleaned string takes the shaped route: whether it holds a
// character only a bundled font draws, or one that needs shaping or right-to-left layout.
func (c *cleaner) needsShaping(s string) bool {
	for _, r := range s {
		if r < 0x0590 {
			continue
		}
		if blockScript(r) != scriptNone {
			return true
		}
		if c.decide(r) == keepScript {
			return true
		}
	}
	return false
}

// clusterStart reports whether a line may be broken before r without splitting a cluster:
// not before a mark, a joiner, or a letter after a virama.
func clusterStart(prev, r rune) bool {
	if unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) || r == '\u200d' || r == '\u200c' || prev == '\u200d' {
		return false
	}
	return prev != '\u094d' // Devanagari virama: a conjunct goes on
}
