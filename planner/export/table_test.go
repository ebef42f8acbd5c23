package export

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// brokenWords lists the words of text that no line of lines holds whole: words the table
// broke inside. A break at a soft hyphen, with the hyphen drawn, is a hyphenation, not a
// broken word.
func brokenWords(text string, lines []string) []string {
	var broken []string
	joined := " " + strings.Join(lines, " ") + " "
	for _, w := range strings.Fields(text) {
		whole := strings.ReplaceAll(w, softHyphen, "")
		if strings.Contains(joined, whole) {
			continue
		}
		// Hyphenated: the pieces end lines with a hyphen.
		if strings.Contains(w, softHyphen) && strings.Contains(strings.Join(lines, "\n"), strings.Join(strings.Split(w, softHyphen), "-\n")) {
			continue
		}
		hyphenated := false
		for i := 1; i < len(strings.Split(w, softHyphen)) && !hyphenated; i++ {
			parts := strings.Split(w, softHyphen)
			a, b := strings.Join(parts[:i], ""), strings.Join(parts[i:], "")
			hyphenated = strings.Contains(strings.Join(lines, "\n"), a+"-\n"+b)
		}
		if !hyphenated {
			broken = append(broken, whole)
		}
	}
	return broken
}

// TestTablesKeepWordsWhole writes the charter and plan PDFs of the demo plan and of a plan in
// every state that makes planner speak, in every language, and fails on any word of a table
// heading or cell that is broken across lines ("Puntuac/ión", "Wöchentlic/h"): columns make
// room for their longest word, and long headings break at the catalogue's soft hyphens.
func TestTablesKeepWordsWhole(t *testing.T) {
	var broken []string
	wrapped = func(text string, lines []string) {
		if b := brokenWords(text, lines); len(b) > 0 {
			broken = append(broken, fmt.Sprintf("%q in %q", text, lines))
		}
	}
	defer func() { wrapped = nil }()
	fonts := map[string]Fonts{"Go": testOptions().Fonts, "Noto Sans": notoSans(t)}
	for _, l := range i18n.Langs {
		for name, p := range map[string]*planner.Plan{"demo": demoPlan(), "speaking": speakingPlan()} {
			for fname, f := range fonts {
				p.Lang = string(l)
				for doc, write := range map[string]func(*bytes.Buffer, *planner.Plan, Options) error{
					"charter": func(b *bytes.Buffer, p *planner.Plan, o Options) error { return CharterPDF(b, p, o) },
					"plan":    func(b *bytes.Buffer, p *planner.Plan, o Options) error { return PlanPDF(b, p, o) },
				} {
					broken = nil
					opt := testOptions()
					opt.Fonts = f
					var buf bytes.Buffer
					if err := write(&buf, p, opt); err != nil {
						t.Fatal(err)
					}
					if len(broken) > 0 {
						t.Errorf("%s %s PDF in %s, set in %s, breaks %q", name, doc, l, fname, broken)
					}
				}
			}
		}
	}
}

// notoSans is the Noto Sans the app sets its PDFs in, read from the Fyne module (which
// planner may not import): it is wider than the Go fonts, so tables must fit it too.
func notoSans(t *testing.T) Fonts {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		t.Skipf("the Fyne module's folder is unknown: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "theme", "font")
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("no Noto Sans: %v", err)
		}
		return b
	}
	return Fonts{Regular: read("NotoSans-Regular.ttf"), Bold: read("NotoSans-Bold.ttf"), Italic: read("NotoSans-Italic.ttf")}
}

// TestBrokenWords checks the checker: a word split across lines is found, a hyphenation at a
// soft hyphen and a break between words are not.
func TestBrokenWords(t *testing.T) {
	if got := brokenWords("Puntuación", []string{"Puntuac", "ión"}); len(got) != 1 {
		t.Errorf("a split word is not found: %q", got)
	}
	if got := brokenWords("Kompetenz"+softHyphen+"zuwachs", []string{"Kompetenz-", "zuwachs"}); len(got) != 0 {
		t.Errorf("a hyphenation counts as broken: %q", got)
	}
	if got := brokenWords("Wöchentlich aktiv", []string{"Wöchentlich", "aktiv"}); len(got) != 0 {
		t.Errorf("a break between words counts as broken: %q", got)
	}
}

// TestWrapHyphenated: a heading too wide for its column breaks at its soft hyphen with a
// hyphen drawn; one that fits keeps its word whole and shows no hyphen.
func TestWrapHyphenated(t *testing.T) {
	d, err := newDoc(demoPlan(), testOptions(), "Test")
	if err != nil {
		t.Fatal(err)
	}
	d.font("B", sizeSmall)
	head := "Kompetenz" + softHyphen + "zuwachs"
	narrow := d.strWidth("Kompetenz-") + 0.5
	if got := d.wrapHyphenated(head, narrow); strings.Join(got, "|") != "Kompetenz-|zuwachs" {
		t.Errorf("narrow: %q", got)
	}
	if got := d.wrapHyphenated(head, 100); strings.Join(got, "|") != "Kompetenzzuwachs" {
		t.Errorf("wide: %q", got)
	}
	d.font("B", sizeSmall)
	widths := d.columnWidths([]column{{"Datum", 1, ""}, {"Kompetenzzuwachs", 0.2, ""}}, nil)
	if widths[1] < d.strWidth("Kompetenzzuwachs")+2*cellPadX {
		t.Errorf("the narrow column did not make room for its word: %v", widths)
	}
}

// TestSignatureRoleWraps: a signer's long role is written in full on wrapped lines under the
// signature line, not cut with an ellipsis.
func TestSignatureRoleWraps(t *testing.T) {
	needTool(t, "pdftotext")
	p := demoPlan()
	p.Lang = "es"
	role := "Directora de Datos y Análisis de la Región Noroeste de la Compañía"
	p.Charter.SignOffs = append(p.Charter.SignOffs, planner.SignOff{ID: 77, Name: "Lucía Fernández", Role: role})
	var buf bytes.Buffer
	if err := CharterPDF(&buf, p, testOptions()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "charter.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
	if !strings.Contains(text, role) {
		t.Errorf("the charter does not show the role in full: %q", text[max(0, strings.Index(text, "Lucía")-50):])
	}
}

// TestTextAsGofpdfWrites: a table line's text operator, written directly once gofpdf has
// drawn the line's runes in the face, is byte for byte what gofpdf's Text writes, for text
// a PDF string must escape: parentheses, a backslash, a carriage return, and letters whose
// UTF-16 holds those bytes (Ĩ is 01 28, ĩ 01 29, Ŝ 01 5C, č 01 0D); a row's rule is what
// gofpdf's Line writes.
func TestTextAsGofpdfWrites(t *testing.T) {
	lines := []string{"plain", "(paren) and \\ back", "a\rb", "Ĩĩ Ŝ č", zoe, lukasz, "€ – “quoted”", "", "bad \xff byte", "\ufffd kept"}
	write := func(direct, batch bool) []byte {
		d, err := newDoc(demoPlan(), testOptions(), "plan.title")
		if err != nil {
			t.Fatal(err)
		}
		d.newPage()
		for _, style := range []string{"", "B"} {
			d.font(style, sizeTable)
			d.fillColor(inkColor)
			d.textColor(inkColor)
			for round := range 2 { // the second round finds every rune drawn
				d.batch = batch
				for i, l := range lines {
					x, y := 30+float64(round)*80, 40+float64(i)*5
					if style == "B" {
						y += 60
					}
					if direct {
						d.pdf.Text(x, y, l)
						d.pdf.Line(x, y+1, x+40.5, y+1.25)
					} else {
						d.text(x, y, l)
						d.line(x, y+1, x+40.5, y+1.25)
					}
				}
				d.flush()
				d.batch = false
			}
		}
		var buf bytes.Buffer
		if err := d.output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	want := write(true, false)
	if !bytes.Equal(want, write(false, false)) {
		t.Error("the lines written directly differ from gofpdf's")
	}
	if !bytes.Equal(want, write(false, true)) {
		t.Error("the lines written as one batch a round differ from gofpdf's")
	}
}

// TestAppendFixed2: a coordinate is written as strconv writes it with two decimals, for
// every point of an A4 and a Letter page in steps finer than a hundredth, for values that
// lie on a half hundredth or next to one, and for those strconv alone handles (negative,
// negative zero, huge, NaN, infinite).
func TestAppendFixed2(t *testing.T) {
	check := func(v float64) {
		t.Helper()
		if got, want := string(appendFixed2(nil, v)), strconv.FormatFloat(v, 'f', 2, 64); got != want {
			t.Fatalf("%v (%b): %s, strconv %s", v, math.Float64bits(v), got, want)
		}
	}
	k := 72 / 25.4
	for mm := 0.0; mm <= 300; mm += 0.0013 {
		check(mm * k)
		check((297 - mm) * k)
	}
	for i := range 200000 {
		half := (float64(i) + 0.5) / 100
		check(half)
		check(math.Nextafter(half, 0))
		check(math.Nextafter(half, math.Inf(1)))
		check(float64(i) / 100)
	}
	for _, v := range []float64{0, math.Copysign(0, -1), -0.004, -1.5, 999999.995, 1e6, 1e12, math.NaN(), math.Inf(1), math.Inf(-1), 5e-324} {
		check(v)
	}
}

// FuzzAppendFixed2 holds appendFixed2 to strconv for any float.
func FuzzAppendFixed2(f *testing.F) {
	f.Add(math.Float64bits(0.125))
	f.Add(math.Float64bits(841.89))
	f.Fuzz(func(t *testing.T, bits uint64) {
		v := math.Float64frombits(bits)
		if got, want := string(appendFixed2(nil, v)), strconv.FormatFloat(v, 'f', 2, 64); got != want {
			t.Fatalf("%v: %s, strconv %s", v, got, want)
		}
	})
}

// TestWrapCellAsWrap: a table cell is wrapped into the lines wrap gives, at every width from
// far too narrow to wide, for plain ASCII with newlines, runs of spaces, long words and
// trailing space, for accented Latin, punctuation beyond ASCII, a script that is shaped and
// an emoji; its words are measured as gofpdf measures them.
func TestWrapCellAsWrap(t *testing.T) {
	d, err := newDoc(demoPlan(), testOptions(), "plan.title")
	if err != nil {
		t.Fatal(err)
	}
	d.newPage()
	d.font("", sizeTable)
	texts := []string{"Ana Ribeiro 12\n@ana12", "Yes", "Member-led, with sub-groups (pilot)", "a\n\nb", "trailing space  \n",
		"Supercalifragilisticexpialidocious words wrap", "x", zoe + "\n@zoe", "tab\there", "  leading",
		lukasz + "\n@lukasz", "Pedro García Simón 4\n@pedro4", "€ – “quoted” …", "Ümlaut  \n\n Straße", "李明 and Ana", "Zoë 🚀"}
	_, size := d.pdf.GetFontSize()
	for _, text := range texts {
		for w := 1.0; w <= 80; w += 0.7 {
			if got, want := d.wrapCell(text, w), d.wrap(text, w); !slices.Equal(got, want) {
				t.Fatalf("%q at %.1f mm: wrapCell %q, wrap %q", text, w, got, want)
			}
		}
		for _, word := range strings.Fields(text) {
			if sw, ok := d.symbolWidth(word); ok && float64(sw)*size/1000 != d.pdf.GetStringWidth(word) {
				t.Errorf("%q measures %d units, gofpdf %.3f mm", word, sw, d.pdf.GetStringWidth(word))
			}
		}
	}
}
