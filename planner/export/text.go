package export

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// cleaner makes any string safe to hand to gofpdf with the embedded fonts.
//
// gofpdf fails in several ways on raw user text: a rune above U+FFFF makes MultiCell set a
// sticky error and SplitText panic (its width table has 65,536 entries); zero-width glyphs
// (combining accents, joiners) are stored with the width 65535 and make SplitText emit a
// line per character; a rune the font lacks is silently drawn as nothing. So every string
// is normalised (NFC), stripped of format characters and variation selectors, and each
// remaining rune is kept only if every face draws it with a width; otherwise it is mapped
// to a text equivalent (✓ → "[x]") or to a visible stand-in ("□", else "?").
type cleaner struct {
	faces   []*sfnt.Font
	buf     sfnt.Buffer
	verdict map[rune]string // replacement per rune; the rune itself when kept, "" when dropped
	ascii   [0x80]uint8     // printable ASCII's verdicts at a glance: 1 kept as itself, 2 not, 0 not yet decided
	standIn string
}

// Verdicts of runes drawn as themselves: keepMark by the body font through gofpdf,
// keepScript by a bundled font on the shaped route, keepJoiner (joiners and directional
// marks, which steer shaping and ordering) only in a string that takes the shaped route.
const (
	keepMark   = "\x00"
	keepScript = "\x01"
	keepJoiner = "\x02"
)

// textEquivalents maps symbols fonts often lack to plain text. They apply only when a face
// lacks the symbol, so a font that has "→" still shows it.
var textEquivalents = map[rune]string{
	'✓': "[x]", '✔': "[x]", '☑': "[x]", '☒': "[x]", '☐': "[ ]",
	'✗': "x", '✘': "x", '✕': "x", '✖': "x", '×': "x",
	'★': "*", '☆': "*", '⭐': "*", '•': "-", '·': "-", '‣': "-", '◦': "-",
	'→': "->", '⇒': "=>", '➔': "->", '➜': "->", '➡': "->", '⟶': "->",
	'←': "<-", '⇐': "<=", '↔': "<->", '↑': "^", '↓': "v",
	'≤': "<=", '≥': ">=", '≠': "!=", '≈': "~", '…': "...",
	'‘': "'", '’': "'", '‚': ",", '‛': "'", '“': "\"", '”': "\"", '„': "\"", '′': "'", '″': "\"",
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "--", '―': "--", '−': "-",
	'©': "(c)", '®': "(R)", '™': "(TM)", '€': "EUR", '£': "GBP",
	'\u00a0': " ", '\u2002': " ", '\u2003': " ", '\u2009': " ", '\u202f': " ", '\u3000': " ",
}

// newCleaner returns a cleaner for text drawn with all of faces.
func newCleaner(faces []*sfnt.Font) *cleaner {
	c := &cleaner{faces: faces, verdict: make(map[rune]string, 256)}
	c.standIn = "?"
	if c.drawable('□') {
		c.standIn = "□"
	}
	return c
}

// drawable reports whether every face has a glyph with a non-zero advance for r.
func (c *cleaner) drawable(r rune) bool {
	if r > 0xFFFF || r < 0x20 {
		return false
	}
	for _, f := range c.faces {
		gi, err := f.GlyphIndex(&c.buf, r)
		if err != nil || gi == 0 {
			return false
		}
		// Advance in 1/1000 em, rounded as gofpdf does; gofpdf stores 0 as "zero width"
		// (65535), which breaks its line splitting.
		adv, err := f.GlyphAdvance(&c.buf, gi, fixed.I(1000), font.HintingNone)
		if err != nil || adv.Round() <= 0 {
			return false
		}
	}
	return true
}

// decide returns what r becomes: keepMark, a replacement, or "" to drop it.
func (c *cleaner) decide(r rune) string {
	if v, ok := c.verdict[r]; ok {
		return v
	}
	v := c.decideUncached(r)
	c.verdict[r] = v
	return v
}

func (c *cleaner) decideUncached(r rune) string {
	switch {
	case r == '\n':
		return "\n"
	case r == '\t':
		return "    "
	case r == '\u2028' || r == '\u2029':
		return "\n"
	case unicode.Is(unicode.Variation_Selector, r):
		return ""
	case r == '\u200c' || r == '\u200d' || r == '\u200e' || r == '\u200f':
		return keepJoiner
	case r >= 0x1F3FB && r <= 0x1F3FF: // emoji skin-tone modifiers belong to the emoji before
		return ""
	case r >= 0x0590 && bundledScript(r) != scriptNone && (blockScript(r) != scriptNone || !c.drawable(r)):
		// Scripts that need shaping or right-to-left layout, and what the body font lacks.
		return keepScript
	case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Cc, r):
		return ""
	case r > 0xFFFF:
		return c.standIn
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		// A combining mark NFC could not compose: draw the base letter alone.
		return ""
	}
	if c.drawable(r) {
		return keepMark
	}
	if t, ok := textEquivalents[r]; ok && c.drawableString(t) {
		return t
	}
	if unicode.IsSpace(r) {
		return " "
	}
	return c.standIn
}

func (c *cleaner) drawableString(s string) bool {
	for _, r := range s {
		if !c.drawable(r) {
			return false
		}
	}
	return true
}

// clean returns s made safe for the PDF writer; newlines are kept (CRLF and CR become LF).
func (c *cleaner) clean(s string) string {
	if s == "" || c.plainASCII(s) || c.keptAsIs(s) {
		return s
	}
	return c.rewrite(s)
}

// rewrite is clean without the checks for text it leaves as it is.
func (c *cleaner) rewrite(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	shaped, joiners := false, false
	for _, r := range s {
		switch v := c.decide(r); v {
		case keepMark:
			b.WriteRune(r)
		case keepScript:
			b.WriteRune(r)
			shaped = true
		case keepJoiner:
			b.WriteRune(r)
			joiners = true
		default:
			b.WriteString(v)
		}
	}
	if joiners && !shaped { // gofpdf would draw them as zero-width junk
		return strings.Map(func(r rune) rune {
			if c.decide(r) == keepJoiner {
				return -1
			}
			return r
		}, b.String())
	}
	return b.String()
}

// plainASCII reports whether s is ASCII that cleaning leaves as it is: newlines and runes
// the fonts draw as themselves. Most of a plan's text is, and is then used without a copy.
func (c *cleaner) plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b == '\n' {
			continue
		}
		if b < 0x20 || b >= 0x7f {
			return false
		}
		if c.ascii[b] == 0 { // not decided yet
			c.ascii[b] = 2
			if c.decide(rune(b)) == keepMark {
				c.ascii[b] = 1
			}
		}
		if c.ascii[b] != 1 {
			return false
		}
	}
	return true
}

// keptAsIs reports whether cleaning leaves s as it is although it is not plain ASCII: valid
// UTF-8 without a carriage return, in NFC, every rune a newline or drawn as itself by the
// body font (an accented or Greek name). Runes below U+0300 are in NFC whatever follows
// them, so only a string with others is checked for it.
func (c *cleaner) keptAsIs(s string) bool {
	high := false
	for i, r := range s {
		switch {
		case r == '\n':
		case r == utf8.RuneError && !validAt(s, i), c.decide(r) != keepMark: // a control such as \r is not kept
			return false
		default:
			high = high || r >= 0x300
		}
	}
	return !high || norm.NFC.IsNormalString(s)
}

// line returns s cleaned and on one line: runs of whitespace, newlines included, become
// one space and the ends are trimmed. Used for titles, table headers and bookmarks.
func (c *cleaner) line(s string) string {
	return strings.Join(strings.Fields(c.clean(s)), " ")
}
