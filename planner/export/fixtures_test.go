package export

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// fixedNow is the clock of every test: deterministic output.
var fixedNow = time.Date(2026, time.March, 2, 9, 30, 0, 0, time.UTC)

// testOptions sets the PDFs in the Go fonts (Latin, Greek, Cyrillic) at the fixed time.
func testOptions() Options {
	return Options{Fonts: Fonts{Regular: goregular.TTF, Bold: gobold.TTF, Italic: goitalic.TTF}, Now: fixedNow}
}

func demoPlan() *planner.Plan { return plantest.Demo(fixedNow) }

// scriptsPlan is the demo plan with names in eight scripts.
func scriptsPlan() *planner.Plan { return plantest.Scripts(fixedNow) }

// Hostile texts.
const (
	zoe     = "Zoë Ångström"
	lukasz  = "Łukasz Żółć"
	eleni   = "Ελένη Παπαδοπούλου"
	dmitri  = "Дмитрий"
	rocket  = "🚀"
	zwj     = "\u200d"
	combine = "Rene\u0301e" // NFC makes it "Renée"
)

// hostilePlan is a plan whose texts break naive PDF writers: accented, Greek and Cyrillic
// names, curly quotes, dashes, an emoji, a zero-width joiner, a combining accent, symbols the
// fonts lack, control characters and a 10,000-character word.
func hostilePlan() *planner.Plan {
	p := demoPlan()
	long := strings.Repeat("x", 10000)
	longWords := strings.Repeat("supercalifragilistic ", 500)
	p.Name = "Launch " + rocket + " “Quotes” — " + zoe
	p.Client = lukasz + " & Co ✓"
	p.PreparedBy = eleni
	p.Charter.Name = zoe + " 👩" + zwj + "💻 Circle"
	p.Charter.Purpose = "We help “creators” — " + dmitri + ", " + combine + " — grow. ★ → ✗ \u2028next\tline\x07bell" + long
	p.Domain = long
	p.AccentColor = "#FFFFFF" // too light for headings
	p.Logo = []byte("not an image")
	p.Candidates[0].Name = zoe
	p.Candidates[1].Name = lukasz
	p.Candidates[2].Name = eleni
	p.Candidates[3].Name = dmitri + " " + rocket
	p.Candidates[4].Name = combine + zwj
	p.Candidates[0].Notes = longWords
	p.Candidates[1].RoleInterest = long
	p.Charter.Norms = append(p.Charter.Norms, planner.Norm{ID: 99, Text: "Be kind 🙂\ufe0f, no “spam” — ever ✓"})
	if len(p.Charter.Roles) > 0 {
		p.Charter.Roles[0].Responsibilities = long
	}
	if len(p.Event.Agenda) > 0 {
		p.Event.Agenda[0].Title = "Welcome 🎉 " + eleni
		p.Event.Agenda[0].Notes = longWords
	}
	p.Event.Description = "Invalid UTF-8: \xff\xfe and NUL \x00 and emoji 🚀🚀🚀"
	p.Charter.Risks = append(p.Charter.Risks, planner.Risk{ID: 99, Risk: long, Likelihood: "high", Impact: "high", Mitigation: longWords})
	p.Charter.SignOffs = append(p.Charter.SignOffs, planner.SignOff{ID: 99, Name: dmitri + " " + long, Role: "Sponsor ✓"})
	if len(p.Survey.Themes) > 0 {
		p.Survey.Themes[0].Label = eleni + " " + rocket + " " + long
	}
	if len(p.Goals) > 0 {
		p.Goals[0].Title = "Goal “" + lukasz + "” — 🚀"
	}
	if len(p.Reviews) > 0 {
		p.Reviews[0].Actions = append(p.Reviews[0].Actions, planner.Action{ID: 99, Text: "Follow up " + rocket + " " + long, Owner: zoe})
	}
	return p
}

// needTool skips the test when a command-line checker is not installed.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed", name)
	}
	return path
}

// run runs a command and returns its combined output, failing the test on error.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out.String())
	}
	return out.String()
}
