package ui

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // logo formats the PDFs accept
	_ "image/png"
	"io"
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/export"
)

// exportKind is one of the files a plan can be exported to: export's Kind, with the
// Export page's words for it.
type exportKind export.Kind

// The exports of SPEC §3.
const (
	exportCharterPDF    = exportKind(export.KindCharterPDF)
	exportPlanPDF       = exportKind(export.KindPlanPDF)
	exportMarkdown      = exportKind(export.KindMarkdown)
	exportICS           = exportKind(export.KindICS)
	exportCandidatesCSV = exportKind(export.KindCandidatesCSV)
	exportReviewsCSV    = exportKind(export.KindReviewsCSV)
	exportJSON          = exportKind(export.KindPlanFile)
)

// exportKinds lists every export in the order the Export page shows them.
var exportKinds = []exportKind{exportCharterPDF, exportPlanPDF, exportMarkdown, exportICS, exportCandidatesCSV, exportReviewsCSV, exportJSON}

// title names the export in buttons and messages.
func (k exportKind) title() string {
	switch k {
	case exportCharterPDF:
		return "charter PDF"
	case exportPlanPDF:
		return "plan PDF"
	case exportMarkdown:
		return "charter as Markdown"
	case exportICS:
		return "calendar (.ics)"
	case exportCandidatesCSV:
		return "candidates CSV"
	case exportReviewsCSV:
		return "reviews CSV"
	case exportJSON:
		return "plan file (JSON)"
	}
	return "export " + string(k)
}

// ext is the file extension, without the dot.
func (k exportKind) ext() string {
	switch k {
	case exportCharterPDF, exportPlanPDF:
		return "pdf"
	case exportMarkdown:
		return "md"
	case exportICS:
		return "ics"
	case exportCandidatesCSV, exportReviewsCSV:
		return "csv"
	case exportJSON:
		return "json"
	}
	return ""
}

// suffix tells the default file names of one plan apart, e.g. "Circle charter.pdf" and
// "Circle plan.pdf".
func (k exportKind) suffix() string {
	switch k {
	case exportCharterPDF, exportMarkdown:
		return " charter"
	case exportPlanPDF:
		return " plan"
	case exportICS:
		return " calendar"
	case exportCandidatesCSV:
		return " candidates"
	case exportReviewsCSV:
		return " reviews"
	}
	return ""
}

// describe says what is in the file, for the Export page.
func (k exportKind) describe() string {
	switch k {
	case exportCharterPDF:
		return "The charter as a document to hand to the client: cover, every section, roles, rotation, cadence, sign-off."
	case exportPlanPDF:
		return "The whole plan: survey summary, goals, recruitment, charter, event, reviews with trend charts."
	case exportMarkdown:
		return "The charter as Markdown, to paste into Notion, Discord or a wiki."
	case exportICS:
		return "The launch event, its checklist reminders and the recurring practices, for any calendar app."
	case exportCandidatesCSV:
		return "The recruitment list for a spreadsheet (the candidate import reads it back)."
	case exportReviewsCSV:
		return "Every review's figures for a spreadsheet."
	case exportJSON:
		return "The plan as a versioned file, to move it to another library or back it up."
	}
	return ""
}

// defaultExportName is the suggested file name: the plan name, made safe for any OS.
func defaultExportName(planName string, k exportKind) string {
	return export.FileName(strings.TrimSpace(planName)+k.suffix(), k.ext())
}

// PDFFonts are the faces of the PDFs, from the app and from the command line: the Noto Sans
// that ships inside Fyne (OFL), so that exports show accented, Greek and Cyrillic names
// without a system font. The Default* faces are used, never a user theme's font.
func PDFFonts() export.Fonts {
	return export.Fonts{
		Regular: theme.DefaultTextFont().Content(),
		Bold:    theme.DefaultTextBoldFont().Content(),
		Italic:  theme.DefaultTextItalicFont().Content(),
	}
}

// writeExport writes p as kind to path atomically: the file is either complete or not there
// (an existing file is left untouched on failure).
func writeExport(p *planner.Plan, kind exportKind, path string, now time.Time) error {
	return writeExportSince(p, kind, path, now, "")
}

// writeExportSince is writeExport with the charter's changes since an issued version listed in
// the charter PDF and Markdown ("" for none).
func writeExportSince(p *planner.Plan, kind exportKind, path string, now time.Time, since string) error {
	opt := export.Options{Fonts: PDFFonts(), Now: now, ChangesSince: since}
	write := func(w io.Writer) error { return export.Write(w, export.Kind(kind), p, opt) }
	if err := export.WriteFileAtomic(path, write); err != nil {
		return fmt.Errorf("export the %s: %w", kind.title(), err)
	}
	return nil
}

// clonePlan deep-copies a plan so an export can read it on another goroutine while the user
// goes on editing.
func clonePlan(p *planner.Plan) (*planner.Plan, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(p); err != nil {
		return nil, fmt.Errorf("copy plan %q for export: %w", p.Name, err)
	}
	var c planner.Plan
	if err := gob.NewDecoder(&buf).Decode(&c); err != nil {
		return nil, fmt.Errorf("copy plan %q for export: %w", p.Name, err)
	}
	return &c, nil
}

// exportDirPref remembers the folder of the last export, so a consultant exporting several
// files finds the same folder again.
const exportDirPref = "export.dir"

// exportPlan asks where to save the export, writes it off the UI goroutine behind a progress
// dialog, and then shows the file's path, or the error naming the file and the cause.
func exportPlan(s *session, w fyne.Window, kind exportKind) {
	s.flush() // the export must include the last keystrokes
	saveFile(w, saveOptions{
		title:   "Export the " + kind.title(),
		confirm: "Export",
		name:    defaultExportName(s.plan.Name, kind),
		exts:    []string{"." + kind.ext()},
		dir:     fyne.CurrentApp().Preferences().String(exportDirPref),
	}, func(path string) {
		fyne.CurrentApp().Preferences().SetString(exportDirPref, filepath.Dir(path))
		runExport(s, w, kind, path, nil)
	})
}

// runExport writes the export on a goroutine behind a progress dialog; then, back on the UI
// goroutine, it reports the outcome and calls then (tests wait on it; nil otherwise).
func runExport(s *session, w fyne.Window, kind exportKind, path string, then func(error)) {
	snapshot, err := clonePlan(s.plan)
	if err != nil {
		showError(w, err)
		if then != nil {
			then(err)
		}
		return
	}
	now := s.now()
	since := s.changesSince
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons("Exporting", container.NewVBox(
		widget.NewLabel("Writing "+filepath.Base(path)+" …"), bar), w)
	prog.Show()
	go func() {
		err := writeExportSince(snapshot, kind, path, now, since)
		if err != nil {
			removeIfEmpty(path)
		}
		fyne.Do(func() {
			bar.Stop()
			prog.Hide()
			if err != nil {
				showError(w, fmt.Errorf("could not write %s: %w", path, err))
			} else {
				showExported(w, kind, path)
			}
			if then != nil {
				then(err)
			}
		})
	}()
}

// openFolderFailed says in words why the folder could not be shown and where the file is,
// so the user can open it by hand.
func openFolderFailed(dir string, err error) string {
	why := "The app could not open the folder."
	if errors.Is(err, exec.ErrNotFound) {
		why = "This computer has no program the app can ask to open a folder (on Linux it is xdg-open, from the xdg-utils package)."
	}
	return why + " The file is in this folder; open it in your file manager:\n" + dir
}

// removeIfEmpty removes the empty file the save dialog created when the export then failed,
// so that a failed export leaves no file behind.
func removeIfEmpty(path string) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() == 0 {
		_ = os.Remove(path)
	}
}

// showExported tells where the file went, with a button to open its folder.
func showExported(w fyne.Window, kind exportKind, path string) {
	msg := wrapLabel(fmt.Sprintf("The %s is saved as:\n%s", kind.title(), path))
	d := newKeyDialog(w, "Exported", container.NewPadded(msg), "Open folder", "Close", func(open bool) {
		if !open {
			return
		}
		dir := filepath.Dir(path)
		u, err := url.Parse(storage.NewFileURI(dir).String())
		if err == nil {
			err = fyne.CurrentApp().OpenURL(u)
		}
		if err != nil {
			log.Printf("open the folder %s: %v", dir, err)
			showInfo(w, "Could not open the folder", openFolderFailed(dir, err))
		}
	})
	d.Resize(dialogSize(w, fyne.NewSize(520, 200)))
	d.Show()
}

// exportStep is the Export page: one button per export, and the plan's accent colour and
// logo that the PDFs use.
type exportStep struct {
	s *session
	w fyne.Window

	buttons            map[exportKind]*widget.Button
	accent             *parsedEntry
	swatch             *canvas.Rectangle
	logo               *widget.Label
	pickLogo, dropLogo *widget.Button
	summary            *widget.Label
	lang               *langBox // client, language, paper and "changes since" of the exports

	obj fyne.CanvasObject
}

// newExportStep builds the Export page.
func newExportStep(s *session, w fyne.Window) page {
	v := &exportStep{s: s, w: w, buttons: map[exportKind]*widget.Button{}}
	rows := container.NewVBox()
	for _, k := range exportKinds {
		k := k
		icon := theme.DocumentSaveIcon()
		if k.ext() == "pdf" {
			icon = theme.DocumentPrintIcon()
		}
		b := widget.NewButtonWithIcon("Export "+k.title()+" …", icon, func() { exportPlan(s, w, k) })
		b.Alignment = widget.ButtonAlignLeading
		v.buttons[k] = b
		rows.Add(container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(280, b.MinSize().Height), b), nil, wrapLabel(k.describe())))
	}

	p := s.plan
	v.swatch = canvas.NewRectangle(color.Transparent)
	v.swatch.SetMinSize(fyne.NewSize(28, 28))
	v.swatch.CornerRadius = 4
	v.accent = validatedField(s, "plan.accent", func() string { return p.AccentColor }, checkColor, func(t string) {
		p.AccentColor = t
		v.showSwatch()
	}, s.savePlan)
	v.accent.PlaceHolder = "#RRGGBB (empty: the default blue)"
	v.showSwatch()
	v.logo = wrapLabel("")
	v.pickLogo = widget.NewButtonWithIcon("Choose logo …", theme.FolderOpenIcon(), v.onPickLogo)
	v.dropLogo = widget.NewButtonWithIcon("Remove logo", theme.DeleteIcon(), func() {
		p.Logo = nil
		_ = s.savePlan()
	})
	v.summary = wrapLabel("")
	v.lang = newLangBox(s, w)

	v.obj = scrollPage(
		pageHeading(planner.StepExport),
		v.summary,
		section("Files", rows),
		section("Client, language and paper", v.lang.object()),
		section("Look of the PDFs", form(
			fieldHint("Accent colour", container.NewBorder(nil, nil, nil, v.swatch, v.accent), "Headings and charts of both PDFs use it, e.g. the client's brand colour."),
			fieldHint("Client logo", container.NewVBox(v.logo, container.NewHBox(v.pickLogo, v.dropLogo)), "PNG or JPEG, shown on the cover."),
		)),
	)
	v.refresh()
	return v
}

func (v *exportStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan when the page is shown.
func (v *exportStep) reload() { v.refresh() }

// refresh shows the plan's progress and logo after a save.
func (v *exportStep) refresh() {
	p := v.s.plan
	done, _ := planner.Progress(p)
	msg := fmt.Sprintf("%d of 5 steps complete. Every file is written whole or not at all; the PDFs can be exported at any point.", done)
	v.summary.SetText(msg)
	v.lang.refresh()
	v.accent.PlaceHolder = "#RRGGBB (empty: the default blue)"
	if c := p.ClientPreset; c != nil && c.AccentColor != "" {
		v.accent.PlaceHolder = "#RRGGBB (empty: the client's " + c.AccentColor + ")"
	}
	v.accent.Refresh()
	if len(p.Logo) == 0 {
		v.logo.SetText("No logo.")
		v.dropLogo.Disable()
	} else {
		v.logo.SetText(fmt.Sprintf("Logo set (%d KB).", (len(p.Logo)+1023)/1024))
		v.dropLogo.Enable()
	}
}

// showSwatch paints the accent colour, or nothing when it is unset or not yet valid.
func (v *exportStep) showSwatch() {
	var c color.Color = color.Transparent
	if rgb, err := planner.ParseColor(v.s.plan.AccentColor); err == nil {
		c = color.NRGBA{R: rgb.R, G: rgb.G, B: rgb.B, A: 0xff}
	}
	v.swatch.FillColor = c
	v.swatch.StrokeColor = theme.Color(theme.ColorNameForeground)
	v.swatch.StrokeWidth = 1
	v.swatch.Refresh()
}

// maxLogoBytes bounds the logo kept in the library and embedded in every PDF.
const maxLogoBytes = 2 << 20

func (v *exportStep) onPickLogo() {
	pickFile(v.w, []string{".png", ".jpg", ".jpeg"}, func(rc fyne.URIReadCloser) error {
		data, err := readLogo(rc)
		if err != nil {
			return fmt.Errorf("could not use %s as the logo: %w", rc.URI().Name(), err)
		}
		v.s.plan.Logo = data
		_ = v.s.savePlan()
		return nil
	})
}

// readLogo reads a PNG or JPEG of at most maxLogoBytes and checks that it decodes.
func readLogo(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxLogoBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxLogoBytes {
		return nil, fmt.Errorf("the image is larger than %d MB", maxLogoBytes>>20)
	}
	_, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, errors.New("it is not a PNG or JPEG image")
	}
	if format != "png" && format != "jpeg" {
		return nil, fmt.Errorf("it is a %s image; use PNG or JPEG", format)
	}
	return data, nil
}
