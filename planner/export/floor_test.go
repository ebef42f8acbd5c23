package export

import (
	"bytes"
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"

	"github.com/coplaunch/coplaunch/planner/plantest"
)

// BenchmarkPerfPlanPDF is the plan PDF of the large plan (issue 7: budget ≤ 1 s), beside
// BenchmarkPerfPlanPDFFloor. One PDF is made before the timing: the first of a process also
// pays what a process does once (parsing the five catalogues for the survey's "other" words,
// about a tenth of a PDF), and with a PDF near a second long the benchmark times one or two,
// so that once would otherwise count as the PDF's own.
func BenchmarkPerfPlanPDF(b *testing.B) {
	p := plantest.Large(fixedNow)
	if err := PlanPDF(io.Discard, p, testOptions()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := PlanPDF(io.Discard, p, testOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPerfCharterPDF is the charter PDF of the demo plan (issue 7: budget ≤ 100 ms).
func BenchmarkPerfCharterPDF(b *testing.B) {
	p := demoPlan()
	b.ReportAllocs()
	for b.Loop() {
		if err := CharterPDF(io.Discard, p, testOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

// planPDFLines is the text of the large plan's PDF, line by line, as pdftotext -layout reads
// it back (a table row is one line), with the layout's runs of spaces collapsed.
func planPDFLines(b *testing.B) []string {
	b.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext (poppler-utils) is not installed")
	}
	var pdf bytes.Buffer
	if err := PlanPDF(&pdf, plantest.Large(fixedNow), testOptions()); err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = &pdf
	out, err := cmd.Output()
	if err != nil {
		b.Fatalf("pdftotext: %v", err)
	}
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) < 5000 {
		b.Fatalf("only %d lines of text in the plan PDF", len(lines))
	}
	return lines
}

// BenchmarkPerfPlanPDFFloor writes the same text as the large plan's PDF with gofpdf and no
// layout: the same fonts and compression, one line after another at a fixed pitch, a new page
// every 60 lines. No measuring, wrapping, tables, charts or contents: what the PDF costs
// before any layout.
func BenchmarkPerfPlanPDFFloor(b *testing.B) {
	lines := planPDFLines(b)
	opt := testOptions()
	b.ReportAllocs()
	for b.Loop() {
		pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", Size: gofpdf.SizeType{Wd: pageW, Ht: pageH}, OrientationStr: "P"})
		pdf.SetCompression(true)
		pdf.AddUTF8FontFromBytes(fontFamily, "", opt.Fonts.Regular)
		pdf.SetFont(fontFamily, "", sizeTable)
		pdf.SetAutoPageBreak(false, 0)
		for i, l := range lines {
			if i%60 == 0 {
				pdf.AddPage()
			}
			pdf.Text(marginL, marginTop+float64(i%60)*lhTable, l)
		}
		if err := pdf.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
