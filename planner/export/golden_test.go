package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden compares every export of the demo plan with the files under testdata/golden.
// Text exports are stored as they are, so a change shows as a readable diff; the PDFs, which
// are compressed, are stored as their SHA-256. Review the diff, then run
// `go test ./planner/export/ -run TestGolden -update`.
func TestGolden(t *testing.T) {
	tests := []struct {
		file  string
		hash  bool
		write func(io.Writer, *planner.Plan) error
		plan  func() *planner.Plan // nil: the demo plan
	}{
		{"charter.pdf.sha256", true, func(w io.Writer, p *planner.Plan) error { return CharterPDF(w, p, testOptions()) }, nil},
		{"plan.pdf.sha256", true, func(w io.Writer, p *planner.Plan) error { return PlanPDF(w, p, testOptions()) }, nil},
		{"charter.md", false, CharterMarkdown, nil},
		{"candidates.csv", false, CandidatesCSV, nil},
		{"reviews.csv", false, ReviewsCSV, nil},
		{"calendar.ics", false, func(w io.Writer, p *planner.Plan) error { return ICS(w, p, fixedNow) }, nil},
		{"scripts-charter.pdf.sha256", true, func(w io.Writer, p *planner.Plan) error { return CharterPDF(w, p, testOptions()) }, scriptsPlan},
		{"scripts-plan.pdf.sha256", true, func(w io.Writer, p *planner.Plan) error { return PlanPDF(w, p, testOptions()) }, scriptsPlan},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			var buf bytes.Buffer
			p := demoPlan()
			if tc.plan != nil {
				p = tc.plan()
			}
			p.ID = 1
			if err := tc.write(&buf, p); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			if tc.hash {
				sum := sha256.Sum256(got)
				got = []byte(hex.EncodeToString(sum[:]) + "\n")
			}
			path := filepath.Join("testdata", "golden", tc.file)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; review, then run with -update", tc.file)
				if !tc.hash {
					t.Log(firstDiff(string(want), string(got)))
				}
			}
		})
	}
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n want " + w + "\n  got " + g
		}
	}
	return "no line differs"
}

func TestCharterMarkdown(t *testing.T) {
	p := demoPlan()
	p.Charter.Roles[0].Responsibilities = "Runs | pipes\nand lines"
	var buf bytes.Buffer
	if err := CharterMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"# Creator Growth Circle", "## Purpose", "## Goals", "## Scope", "## Membership", "## Roles",
		"### Rotation schedule", "## Norms", "## When conflicts arise", "## How decisions are made", "## Cadence",
		"## Platform and tools", "## Success measures", "## Growth rules", "## Risks", "## Assumptions",
		"## Version history", "## Sign-off", `Runs \| pipes<br>and lines`,
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}
