package export

import (
	"flag"
	"strings"
	"testing"
	"unicode"

	"github.com/coplaunch/coplaunch/planner/plantest"
	"golang.org/x/text/unicode/bidi"
)

var pdfDir = flag.String("pdfdir", "", "write the eight-script plan's PDFs into this folder too")

// mixedDirection reports whether s holds right-to-left letters and left-to-right letters or
// digits.
func mixedDirection(s string) bool {
	var r, l bool
	for _, c := range s {
		switch bidiClass(c) {
		case bidi.R, bidi.AL:
			r = true
		case bidi.L, bidi.EN, bidi.AN:
			l = true
		}
	}
	return r && l
}

// TestScriptsPDFText writes both PDFs of a plan with names in eight scripts and checks with
// pdftotext that every name comes back as typed, in logical order. pdftotext orders the
// runs of a line that mixes directions by its own simple rule (left to right on a
// left-to-right page), so for such names each word must come back as typed.
func TestScriptsPDFText(t *testing.T) {
	needTool(t, "pdftotext")
	dir := t.TempDir()
	if *pdfDir != "" {
		dir = *pdfDir
	}
	for _, w := range pdfWriters {
		t.Run(w.name, func(t *testing.T) {
			path := writePDFFile(t, dir, "scripts-"+w.name, w.write, plantest.Scripts(fixedNow))
			text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
			// pdftotext marks right-to-left stretches with embedding controls: drop them.
			text = strings.Map(func(r rune) rune {
				if r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 {
					return -1
				}
				return r
			}, text)
			flat := strings.Join(strings.Fields(text), " ")
			names := []string{"株式会社ノースライト", "דוד כהן", "محمد الأحمد", "प्रिया शर्मा", "김민준", "田中さくら"}
			if w.name == "plan" {
				names = plantest.ScriptNames
			}
			for _, n := range names {
				if !mixedDirection(n) {
					if !strings.Contains(flat, n) {
						t.Errorf("pdftotext lacks %q", n)
					}
					continue
				}
				// Words: letters, marks, digits and underscores; what separates them (spaces,
				// "@") is placed by the bidirectional rules and read back in another order.
				words := strings.FieldsFunc(n, func(r rune) bool {
					return !unicode.In(r, unicode.L, unicode.M, unicode.N) && r != '_'
				})
				for _, word := range words {
					if !strings.Contains(flat, word) {
						t.Errorf("pdftotext lacks %q of %q", word, n)
					}
				}
			}
			if strings.Contains(flat, "□") {
				i := strings.Index(flat, "□")
				t.Errorf("a stand-in in the text: %q", flat[max(0, i-40):min(len(flat), i+40)])
			}
		})
	}
}
