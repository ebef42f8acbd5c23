package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// pdfWriters are the two PDF exports under test.
var pdfWriters = []struct {
	name  string
	write func(w *bytes.Buffer, p *planner.Plan, opt Options) error
}{
	{"charter", func(w *bytes.Buffer, p *planner.Plan, opt Options) error { return CharterPDF(w, p, opt) }},
	{"plan", func(w *bytes.Buffer, p *planner.Plan, opt Options) error { return PlanPDF(w, p, opt) }},
}

// writePDFFile writes one PDF of p into dir and returns its path.
func writePDFFile(t *testing.T, dir, name string, write func(*bytes.Buffer, *planner.Plan, Options) error, p *planner.Plan) string {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf, p, testOptions()); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("%s: output does not start with %%PDF-", name)
	}
	path := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPDFsPassCheckers writes both PDFs of the demo and the hostile plan and checks them with
// qpdf (structure), pdffonts (fonts embedded) and pdftotext (the names are there, the emoji
// replaced visibly).
func TestPDFsPassCheckers(t *testing.T) {
	needTool(t, "qpdf")
	needTool(t, "pdffonts")
	needTool(t, "pdftotext")
	plans := []struct {
		name  string
		plan  func() *planner.Plan
		wants map[string][]string // writer → texts that must appear
	}{
		{"demo", demoPlan, map[string][]string{
			"charter": {"Creator Growth Circle", "Northlight Media", "Sign-off", "Rotation schedule", "Page 2 of"},
			"plan":    {"Contents", "Domain survey", "Recruitment", "Launch event", "Iteration reviews", "Page 3 of"},
		}},
		{"hostile", hostilePlan, map[string][]string{
			"charter": {"Zoë Ångström", "Łukasz Żółć", "Ελένη Παπαδοπούλου", "Дмитрий", "Renée", "“creators”", "□"},
			"plan":    {"Zoë Ångström", "Łukasz Żółć", "Ελένη Παπαδοπούλου", "Дмитрий", "Renée", "□"},
		}},
	}
	for _, pc := range plans {
		for _, w := range pdfWriters {
			t.Run(pc.name+"/"+w.name, func(t *testing.T) {
				path := writePDFFile(t, t.TempDir(), w.name, w.write, pc.plan())
				if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
					t.Errorf("qpdf --check:\n%s", out)
				}
				fonts := run(t, "pdffonts", path)
				lines := strings.Split(strings.TrimSpace(fonts), "\n")
				if len(lines) < 3 {
					t.Fatalf("pdffonts lists no fonts:\n%s", fonts)
				}
				for _, l := range lines[2:] {
					f := strings.Fields(l)
					// name type encoding emb sub uni object ID: "emb" is the 4th column from the end's left.
					if len(f) < 7 || f[len(f)-5] != "yes" {
						t.Errorf("font not embedded: %q", l)
					}
				}
				text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
				// pdftotext may break long lines anywhere; compare without line breaks.
				flat := strings.Join(strings.Fields(text), " ")
				for _, want := range pc.wants[w.name] {
					if !strings.Contains(flat, want) {
						t.Errorf("text lacks %q", want)
					}
				}
				for _, bad := range []string{"🚀", "\u200d", "\ufe0f", "e\u0301"} {
					if strings.Contains(text, bad) {
						t.Errorf("text still contains %q", bad)
					}
				}
			})
		}
	}
}

// TestPDFDeterministic: the same plan and clock give the same bytes.
func TestPDFDeterministic(t *testing.T) {
	for _, w := range pdfWriters {
		t.Run(w.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := w.write(&a, demoPlan(), testOptions()); err != nil {
				t.Fatal(err)
			}
			if err := w.write(&b, demoPlan(), testOptions()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("two runs differ (%d vs %d bytes)", a.Len(), b.Len())
			}
		})
	}
}

// TestRenderPages renders the demo PDFs to PNG for a visual check when COPLAUNCH_RENDER names
// a folder: COPLAUNCH_RENDER=/tmp/pdfpages go test -run TestRenderPages ./planner/export/
func TestRenderPages(t *testing.T) {
	dir := os.Getenv("COPLAUNCH_RENDER")
	if dir == "" {
		t.Skip("set COPLAUNCH_RENDER to a folder to render the demo PDFs' pages")
	}
	needTool(t, "pdftoppm")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, pc := range []struct {
		name string
		plan func() *planner.Plan
	}{{"demo", demoPlan}, {"hostile", hostilePlan}} {
		for _, w := range pdfWriters {
			path := writePDFFile(t, dir, pc.name+"-"+w.name, w.write, pc.plan())
			run(t, "pdftoppm", "-png", "-r", "60", path, filepath.Join(dir, pc.name+"-"+w.name))
		}
	}
	pngs, _ := filepath.Glob(filepath.Join(dir, "*.png"))
	if len(pngs) == 0 {
		t.Fatal("no pages rendered")
	}
}

// TestPageCountInFooterOnly: the footers give the page count, and a plan text that reads like
// a placeholder for it ("{nb}") is printed as typed.
func TestPageCountInFooterOnly(t *testing.T) {
	needTool(t, "pdftotext")
	p := demoPlan()
	p.Domain = "Release notes {nb} and up"
	path := writePDFFile(t, t.TempDir(), "plan", func(w *bytes.Buffer, p *planner.Plan, opt Options) error { return PlanPDF(w, p, opt) }, p)
	flat := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
	for _, want := range []string{"Release notes {nb} and up", "Page 2 of 18", "Page 18 of 18"} {
		if !strings.Contains(flat, want) {
			t.Errorf("plan PDF lacks %q", want)
		}
	}
}
