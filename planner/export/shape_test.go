package export

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/go-text/typesetting/harfbuzz"
	"golang.org/x/text/unicode/norm"
)

// scriptPieces are the bits random mixed-script strings are made of: words in every
// bundled script, Latin, digits, punctuation, marks, joiners, and things no font has.
var scriptPieces = []string{
	"محمد", "الأحمد", "مُحَمَّد", "لا", "١٢٣", "۲۰۲۶", "فارسی‌زبان",
	"דוד", "כהן", "שָׁלוֹם", "בתל אביב",
	"प्रिया", "शर्मा", "क्षत्रिय", "क्\u200dष", "।",
	"李小龙", "株式会社", "ノースライト", "さくら", "김민준", "、", "。", "「引用」",
	"Zoë", "Ελένη", "Дмитрий", "@sara_k", "42", "3.14", "-7%", "(", ")", "[", "]", "·", ", ", ".",
	" ", " ", " ", "  ", "\n", "\t", "\u200e", "\u200f", "\u200d", "e\u0301",
	"🚀", "👩\u200d💻", "\ue000", "\U0010FFFD", "\x00",
}

// randomScriptText joins n pieces picked by r.
func randomScriptText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(scriptPieces[r.IntN(len(scriptPieces))])
	}
	return b.String()
}

// bytesScriptText joins the pieces the bytes of a fuzz input pick.
func bytesScriptText(in []byte) string {
	var b strings.Builder
	for _, c := range in {
		b.WriteString(scriptPieces[int(c)%len(scriptPieces)])
	}
	return b.String()
}

// newTestDoc is a document with a first page, for drawing lines on.
func newTestDoc(t testing.TB) *doc {
	t.Helper()
	d, err := newDoc(demoPlan(), testOptions(), "Test")
	if err != nil {
		t.Fatal(err)
	}
	d.newPage()
	return d
}

// checkScriptText checks the promises for one string of mixed scripts: every character a
// bundled font or the body font has survives cleaning (no stand-in for it), wrapped lines
// are no wider than the width (unless one cluster is), nothing is lost in wrapping, the
// shaper finds a glyph for every character it is given, and drawing does not fail.
func checkScriptText(t *testing.T, d *doc, s string) {
	t.Helper()
	clean := d.cl.clean(s)
	for _, r := range norm.NFC.String(strings.ToValidUTF8(s, "")) {
		covered := r >= 0x20 && (bundledScript(r) != scriptNone || d.cl.drawable(r))
		if covered && !unicode.IsSpace(r) && !strings.ContainsRune(clean, r) {
			if _, mapped := textEquivalents[r]; !mapped {
				t.Fatalf("clean(%q) lost %U, which the fonts have: %q", s, r, clean)
			}
		}
	}
	for _, style := range []string{"", "B", "I"} {
		d.font(style, sizeBody)
		for _, w := range []float64{8, 30, textW} {
			lines := d.wrap(s, w)
			var got strings.Builder
			for _, l := range lines {
				if lw := d.strWidth(l); lw > w+0.01 && len(clusters(strings.TrimSpace(l))) > 1 {
					t.Fatalf("wrap(%q, %v) gave a line %.2f mm wide: %q", s, w, lw, l)
				}
				got.WriteString(l)
				if !d.cl.needsShaping(l) {
					continue
				}
				sh := d.shaperFor().shape(l, styleIndex(style))
				rs := []rune(l)
				for _, run := range sh.runs {
					for _, g := range run.Glyphs {
						if g.GlyphID != 0 {
							continue
						}
						cl := rs[g.ClusterIndex : g.ClusterIndex+max(1, g.RuneCount)]
						for _, r := range cl {
							if !harfbuzz.IsDefaultIgnorable(r) && !unicode.IsSpace(r) {
								t.Fatalf("line %q: no glyph for %U (cluster %q)", l, r, string(cl))
							}
						}
					}
				}
				d.pdf.SetXY(marginL, marginTop)
				d.cell(w, lhBody, l, "", 2, "L", false, 0, "")
			}
			squash := func(s string) string {
				return strings.Map(func(r rune) rune {
					if unicode.IsSpace(r) {
						return -1
					}
					return r
				}, s)
			}
			if squash(got.String()) != squash(clean) {
				t.Fatalf("wrap(%q, %v) lost text:\n got %q\nwant %q", s, w, got.String(), clean)
			}
		}
	}
	if err := d.pdf.Error(); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
}

// TestRandomScriptText runs the checks on a few hundred random mixed-script strings.
func TestRandomScriptText(t *testing.T) {
	d := newTestDoc(t)
	r := rand.New(rand.NewPCG(18, 2026))
	for range 300 {
		checkScriptText(t, d, randomScriptText(r, 1+r.IntN(30)))
	}
	var buf bytes.Buffer
	if err := d.output(&buf); err != nil {
		t.Fatal(err)
	}
}

// FuzzScriptText runs the same checks on strings of mixed scripts picked by the fuzzer, and
// on the raw fuzz input as text.
func FuzzScriptText(f *testing.F) {
	for _, s := range []string{"", "\x00\x01\x02", "محمد 42", "\x10\x11\x12\x13", "\x20\x21\x22\x23\x24"} {
		f.Add([]byte(s))
	}
	d := newTestDoc(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		checkScriptText(t, d, bytesScriptText(in))
		checkScriptText(t, d, string(in))
	})
}

// TestNeedsShaping: text takes the shaped route when it holds a script the body font lacks
// or one that needs shaping, even if it did not pass through the cleaner first.
func TestNeedsShaping(t *testing.T) {
	d := newTestDoc(t)
	for s, want := range map[string]bool{
		"Zoë Ångström": false, "Ελένη": false, "Дмитрий": false, "株式会社": true, "김민준": true,
		"דוד כהן": true, "محمد": true, "प्रिया": true, "Page 2 of 5": false,
	} {
		if got := d.cl.needsShaping(s); got != want {
			t.Errorf("needsShaping(%q) = %v, want %v", s, got, want)
		}
	}
}
