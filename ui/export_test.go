package ui

import (
	"bytes"
	"errors"
	"github.com/coplaunch/coplaunch/planner/export"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

func TestWriteExportEveryKind(t *testing.T) {
	test.NewTempApp(t)
	p := plantest.Demo(testNow)
	dir := t.TempDir()
	starts := map[exportKind]string{
		exportCharterPDF: "%PDF-",
		exportPlanPDF:    "%PDF-",
		exportMarkdown:   "#",
		exportICS:        "BEGIN:VCALENDAR\r\n",
		exportJSON:       "{",
	}
	for _, k := range exportKinds {
		t.Run(k.title(), func(t *testing.T) {
			path := filepath.Join(dir, defaultExportName(p.Name, k))
			if err := writeExport(p, k, path, testNow); err != nil {
				t.Fatalf("writeExport: %v", err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(data) == 0 {
				t.Fatal("empty file")
			}
			if want, ok := starts[k]; ok && !bytes.HasPrefix(data, []byte(want)) {
				t.Errorf("file starts %q, want %q", data[:min(len(data), 20)], want)
			}
		})
	}
	// Every default name differs, so exporting everything into one folder keeps every file.
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != len(exportKinds) {
		t.Errorf("%d files in the folder (err %v), want %d", len(entries), err, len(exportKinds))
	}
}

func TestWriteExportIntoMissingFolderFails(t *testing.T) {
	test.NewTempApp(t)
	p := plantest.Demo(testNow)
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	for _, k := range exportKinds {
		t.Run(k.title(), func(t *testing.T) {
			path := filepath.Join(missing, "out."+k.ext())
			err := writeExport(p, k, path, testNow)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
			if _, statErr := os.Stat(path); !errors.Is(statErr, os.ErrNotExist) {
				t.Errorf("a file was left behind: %v", statErr)
			}
		})
	}
}

func TestRunExportOffTheUIGoroutine(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	w := test.NewTempWindow(t, widget.NewLabel(""))
	dir := t.TempDir()
	tests := []struct {
		name    string
		path    string
		wantErr bool
	}{
		{"written", filepath.Join(dir, "plan.pdf"), false},
		{"failed", filepath.Join(dir, "sub", "plan.pdf"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			runExport(s, w, exportPlanPDF, tt.path, func(err error) { done <- err })
			select {
			case err := <-done:
				if (err != nil) != tt.wantErr {
					t.Fatalf("err = %v, want error %v", err, tt.wantErr)
				}
			case <-time.After(60 * time.Second):
				t.Fatal("export did not finish")
			}
			_, statErr := os.Stat(tt.path)
			if tt.wantErr != errors.Is(statErr, os.ErrNotExist) {
				t.Errorf("file exists = %v after err = %v", statErr == nil, tt.wantErr)
			}
		})
	}
}

func TestRemoveIfEmptyKeepsRealFiles(t *testing.T) {
	dir := t.TempDir()
	empty, full := filepath.Join(dir, "empty.pdf"), filepath.Join(dir, "full.pdf")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte("%PDF-"), 0o600); err != nil {
		t.Fatal(err)
	}
	removeIfEmpty(empty)
	removeIfEmpty(full)
	if _, err := os.Stat(empty); !errors.Is(err, os.ErrNotExist) {
		t.Error("the empty file the dialog made should go")
	}
	if _, err := os.Stat(full); err != nil {
		t.Error("an existing file with content must stay")
	}
}

func TestDefaultExportNames(t *testing.T) {
	tests := []struct {
		plan string
		kind exportKind
		want string
	}{
		{"Creator Growth Circle", exportCharterPDF, "Creator Growth Circle charter.pdf"},
		{"Creator Growth Circle", exportPlanPDF, "Creator Growth Circle plan.pdf"},
		{"A/B: test?", exportICS, ""},
		{"", exportJSON, "plan.json"},
	}
	for _, tt := range tests {
		got := defaultExportName(tt.plan, tt.kind)
		if strings.ContainsAny(got, `/\:?*"<>|`) || !strings.HasSuffix(got, "."+tt.kind.ext()) {
			t.Errorf("defaultExportName(%q, %v) = %q: unsafe or wrong extension", tt.plan, tt.kind, got)
		}
		if tt.want != "" && got != tt.want {
			t.Errorf("defaultExportName(%q, %v) = %q, want %q", tt.plan, tt.kind, got, tt.want)
		}
	}
}

func TestReadLogo(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
	if _, err := readLogo(bytes.NewReader(png)); err != nil {
		t.Errorf("a 1×1 PNG was refused: %v", err)
	}
	if _, err := readLogo(strings.NewReader("not an image")); err == nil {
		t.Error("text accepted as a logo")
	}
	if _, err := readLogo(bytes.NewReader(make([]byte, maxLogoBytes+1))); err == nil {
		t.Error("an oversized file accepted as a logo")
	}
}

func TestExportStepButtonsAndAccent(t *testing.T) {
	s, st := newTestSession(t)
	v := openStep[*exportStep](t, s, planner.StepExport)
	for _, k := range exportKinds {
		if b := v.buttons[k]; b == nil || !strings.Contains(b.Text, k.title()) {
			t.Errorf("no button for the %s", k.title())
		}
	}
	v.accent.SetText("#12ab3") // too short: not saved
	v.accent.SetText("#12AB34")
	if !v.dropLogo.Disabled() {
		t.Error("Remove logo should be disabled without a logo")
	}
	if got := reload(t, s, st).AccentColor; got != "#12AB34" {
		t.Errorf("accent %q", got)
	}
}

// pageWidth is what a step page gets in a 1280 px window beside the wizard's step list.
const pageWidth = 1000

func TestStepsFitBesideTheStepListOnTheDemoPlan(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	charter := newCharterStep(s, nil).(*charterStep)
	charter.roles.selectItem(0)
	charter.cadence.selectItem(0)
	event := newEventStep(s, nil).(*eventStep)
	event.agenda.selectItem(0)
	event.checklist.selectItem(0)
	reviews := newReviewsStep(s, nil).(*reviewsStep)
	reviews.reviews.selectItem(len(s.plan.Reviews) - 1)
	for name, tabs := range map[string]*tabStrip{"charter": charter.tabs, "event": event.tabs, "reviews": reviews.tabs} {
		for i, it := range tabs.Items {
			tabs.SelectIndex(i) // only the tab shown is in the tree
			if w := contentWidth(it.Content); w > pageWidth {
				t.Errorf("%s tab %q needs %v px, more than %v", name, it.Text, w, pageWidth)
			}
		}
	}
	if w := newExportStep(s, nil).content().MinSize().Width; w > pageWidth {
		t.Errorf("export page needs %v px", w)
	}
	for _, v := range []page{charter, event, reviews} {
		showStep(t, v)
		v.reload() // as the wizard does on every visit: must keep the selection's form
	}
	if charter.roleName == nil || charter.roleName.Text != s.plan.Charter.Roles[0].Name {
		t.Errorf("role form lost on refresh")
	}
	if len(reviews.factorChart.items) != int(planner.NumFactors) || !strings.Contains(reviews.health.Text, "/ 100") {
		t.Errorf("demo reviews: %d factor bars, health %q", len(reviews.factorChart.items), reviews.health.Text)
	}
}

// TestAccentFieldFollowsTheExportsRule: the accent field accepts exactly the colours the PDF
// writer reads (planner.ParseColor), the short #RGB form included.
func TestAccentFieldFollowsTheExportsRule(t *testing.T) {
	s, st := newTestSession(t)
	v := openStep[*exportStep](t, s, planner.StepExport)
	v.accent.SetText("#abcd") // not a colour: shown, not saved
	if v.accent.Validate() == nil || s.plan.AccentColor != "" {
		t.Errorf("#abcd accepted: plan holds %q", s.plan.AccentColor)
	}
	v.accent.SetText("#abc")
	if err := v.accent.Validate(); err != nil {
		t.Errorf("#abc rejected: %v", err)
	}
	if got := reload(t, s, st).AccentColor; got != "#abc" {
		t.Errorf("saved accent %q", got)
	}
	if v.swatch.FillColor != (color.NRGBA{R: 0xAA, G: 0xBB, B: 0xCC, A: 0xff}) {
		t.Errorf("swatch %v", v.swatch.FillColor)
	}
}

// The Export page offers every kind of export the export package writes, each once.
func TestExportPageOffersEveryKind(t *testing.T) {
	offered := map[export.Kind]int{}
	for _, k := range exportKinds {
		offered[export.Kind(k)]++
	}
	for _, k := range export.Kinds {
		if offered[k] != 1 {
			t.Errorf("the Export page offers %q %d times, want once", k, offered[k])
		}
	}
	if len(exportKinds) != len(export.Kinds) {
		t.Errorf("the Export page offers %d kinds, the export package writes %d", len(exportKinds), len(export.Kinds))
	}
}
