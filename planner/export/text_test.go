package export

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

	"github.com/coplaunch/coplaunch/planner"
)

func goCleaner(t testing.TB) *cleaner {
	t.Helper()
	f, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	return newCleaner([]*sfnt.Font{f})
}

func TestClean(t *testing.T) {
	c := goCleaner(t)
	tests := []struct{ name, in, want string }{
		{"latin", "Zoë Ångström", "Zoë Ångström"},
		{"polish", "Łukasz Żółć", "Łukasz Żółć"},
		{"greek", "Ελένη Παπαδοπούλου", "Ελένη Παπαδοπούλου"},
		{"cyrillic", "Дмитрий", "Дмитрий"},
		{"combining accent composed", "Rene\u0301e", "Renée"},
		{"uncomposable mark dropped", "q\u0301", "q"},
		{"zero-width joiner dropped", "a\u200db", "ab"},
		{"emoji replaced visibly", "go 🚀!", "go □!"},
		{"emoji sequence one stand-in per emoji", "👩\u200d💻", "□□"},
		{"skin tone and variation selector dropped", "👍🏽 ❤\ufe0f", "□ " + c.clean("❤")},
		{"curly quotes and dashes kept", "“a” – b — c’s", "“a” – b — c’s"},
		{"crlf", "a\r\nb\rc", "a\nb\nc"},
		{"tab", "a\tb", "a    b"},
		{"controls dropped", "a\x00b\x07c", "abc"},
		{"line separator", "a\u2028b", "a\nb"},
		{"invalid utf-8", "a\xffb", "a" + c.clean("\uFFFD") + "b"},
		{"cjk kept for the bundled font", "李小龙", "李小龙"},
		{"arabic kept with its marks", "مُحَمَّد", "مُحَمَّد"},
		{"devanagari kept with virama and signs", "प्रिया शर्मा", "प्रिया शर्मा"},
		{"joiner kept in shaped text", "क्‍ष", "क्‍ष"},
		{"private use replaced", "", "□"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.clean(tc.in); got != tc.want {
				t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestKeptAsIs: text that cleaning leaves as it is is found without rewriting it, and text
// it changes is not (a composable accent, a carriage return, a tab, a Greek question mark
// that NFC maps to ";", bytes that are not UTF-8, an emoji, a joiner).
func TestKeptAsIs(t *testing.T) {
	c := goCleaner(t)
	for _, s := range []string{"Zoë Ångström\n@zoe", "Ελένη Παπαδοπούλου 1809", "Łukasz Żółć", "“a” – b", "Дмитрий"} {
		if !c.keptAsIs(s) || c.rewrite(s) != s {
			t.Errorf("%q: keptAsIs %v, rewritten %q", s, c.keptAsIs(s), c.rewrite(s))
		}
	}
	for _, s := range []string{"Rene\u0301e", "a\r\nb", "a\tb", "Τι\u037e", "Zoë\xff", "go 🚀", "a\u200db", "q\u0301"} {
		if c.keptAsIs(s) {
			t.Errorf("%q: keptAsIs, but cleaning makes it %q", s, c.rewrite(s))
		}
		if c.clean(s) != c.rewrite(s) {
			t.Errorf("%q: clean %q, rewrite %q", s, c.clean(s), c.rewrite(s))
		}
	}
}

// TestCleanMapsMissingSymbols: symbols a font lacks become text, those it has stay.
func TestCleanMapsMissingSymbols(t *testing.T) {
	c := goCleaner(t)
	for _, r := range []rune{'✓', '★', '→', '✗'} {
		got := c.clean(string(r))
		if c.drawable(r) {
			if got != string(r) {
				t.Errorf("%q is in the font but became %q", r, got)
			}
			continue
		}
		if got != textEquivalents[r] {
			t.Errorf("%q → %q, want %q", r, got, textEquivalents[r])
		}
	}
}

// FuzzCleanText: the cleaner's output is valid UTF-8 with only drawable runes and newlines.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"", "Zoë", "🚀\u200d", "e\u0301", "\xff\xfe", "\r\n\t", strings.Repeat("x", 3000), "👩🏽\u200d💻\ufe0f"} {
		f.Add(s)
	}
	c := goCleaner(f)
	f.Fuzz(func(t *testing.T, s string) {
		out := c.clean(s)
		if kept := c.rewrite(s); kept != out {
			t.Fatalf("clean(%q) = %q, but rewriting it gives %q", s, out, kept)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		for _, r := range out {
			if r != '\n' && !c.drawable(r) && c.decide(r) != keepScript && c.decide(r) != keepJoiner {
				t.Fatalf("clean(%q) kept undrawable %U", s, r)
			}
		}
	})
}

// FuzzPDFText writes a whole plan PDF with arbitrary text in every kind of place: headings,
// paragraphs, tables, charts, the cover. It must never panic or fail.
func FuzzPDFText(f *testing.F) {
	for _, s := range []string{"", "Zoë 🚀", "\u200d\u0301", "\xff", strings.Repeat("long", 2000), "a\nb\n\n\nc", "|---|"} {
		f.Add(s)
	}
	opt := testOptions()
	f.Fuzz(func(t *testing.T, s string) {
		p := demoPlan()
		p.Name, p.Charter.Name, p.Client, p.Domain = s, s, s, s
		p.Charter.Purpose = s
		p.Candidates[0].Name = s
		p.Charter.Roles[0].Name = s
		p.Survey.Themes[0].Label = s
		p.Event.Agenda[0].Title = s
		p.Reviews[0].Actions = append(p.Reviews[0].Actions, planner.Action{Text: s})
		p.Charter.SignOffs = append(p.Charter.SignOffs, planner.SignOff{Name: s, Role: s})
		// Build without the panic guard so that a panic fails the fuzz run.
		for _, build := range []func(*planner.Plan, Options) (*doc, error){buildCharter, buildPlan} {
			d, err := build(p, opt)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := d.output(&buf); err != nil {
				t.Fatalf("output: %v", err)
			}
		}
	})
}

func TestLogo(t *testing.T) {
	img := image.NewNRGBA64(image.Rect(0, 0, 40, 20)) // 16-bit: gofpdf itself rejects these
	for x := 0; x < 40; x++ {
		img.Set(x, x/2, color.NRGBA64{R: 0xFFFF, A: 0xFFFF})
	}
	var good bytes.Buffer
	if err := png.Encode(&good, img); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		logo  []byte
		drawn bool
	}{
		{"16-bit png", good.Bytes(), true},
		{"garbage", []byte("GIF89a nonsense"), false},
		{"truncated png", good.Bytes()[:len(good.Bytes())/2], false},
		{"none", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := demoPlan()
			p.Logo = tc.logo
			var buf bytes.Buffer
			if err := CharterPDF(&buf, p, testOptions()); err != nil {
				t.Fatalf("a logo must never fail the export: %v", err)
			}
			if got := bytes.Contains(buf.Bytes(), []byte("/Subtype /Image")); got != tc.drawn {
				t.Errorf("image in PDF = %v, want %v", got, tc.drawn)
			}
		})
	}
}

func TestBadFontsAndNilPlan(t *testing.T) {
	var buf bytes.Buffer
	opt := testOptions()
	opt.Fonts.Regular = []byte("not a font")
	if err := PlanPDF(&buf, demoPlan(), opt); err == nil || !strings.Contains(err.Error(), "font") {
		t.Errorf("bad font: err = %v", err)
	}
	if err := CharterPDF(&buf, nil, testOptions()); err == nil {
		t.Error("nil plan: no error")
	}
	// No fonts handed in: the Go fonts are used.
	buf.Reset()
	if err := CharterPDF(&buf, demoPlan(), Options{Now: fixedNow}); err != nil {
		t.Errorf("default fonts: %v", err)
	}
}

func TestEmptyPlanPDFs(t *testing.T) {
	for _, w := range pdfWriters {
		t.Run(w.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := w.write(&buf, &planner.Plan{}, testOptions()); err != nil {
				t.Fatal(err)
			}
			if buf.Len() < 1000 {
				t.Errorf("only %d bytes", buf.Len())
			}
		})
	}
}
