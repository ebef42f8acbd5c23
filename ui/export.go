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
	"github.com/coplaunch/coplaunch/planner/i18n"
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

// title names the export in English, for logs and tests; titleIn names it in the window.
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

// exportKeys are the catalogue keys of each export's words: key+".title" names it in buttons
// and messages, key+".describe" says what is in the file, key+".suffix" tells the default
// file names of one plan apart.
var exportKeys = map[exportKind]string{
	exportCharterPDF:    "ui.export.kind.charter_pdf",
	exportPlanPDF:       "ui.export.kind.plan_pdf",
	exportMarkdown:      "ui.export.kind.markdown",
	exportICS:           "ui.export.kind.ics",
	exportCandidatesCSV: "ui.export.kind.candidates_csv",
	exportReviewsCSV:    "ui.export.kind.reviews_csv",
	exportJSON:          "ui.export.kind.plan_file",
}

// titleIn names the export in tr's language: "charter PDF", "PDF de la carta".
func (k exportKind) titleIn(tr *i18n.Printer) string {
	if key, ok := exportKeys[k]; ok {
		return tr.T(key + ".title")
	}
	return k.title()
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

// describe says what is in the file, for the Export page, in tr's language.
func (k exportKind) describe(tr *i18n.Printer) string {
	if key, ok := exportKeys[k]; ok {
		return tr.T(key + ".describe")
	}
	return ""
}

// defaultExportName is the suggested file name in English: the plan name, made safe for any
// OS.
func defaultExportName(planName string, k exportKind) string {
	return export.FileName(strings.TrimSpace(planName)+k.suffix(), k.ext())
}

// exportFileName is the suggested file name in tr's language: "Circle charter.pdf",
// "Circle Charta.pdf". The plan file (JSON) has no suffix in any language.
func exportFileName(tr *i18n.Printer, planName string, k exportKind) string {
	key, ok := exportKeys[k]
	if !ok || k.suffix() == "" {
		return defaultExportName(planName, k)
	}
	return export.FileName(strings.TrimSpace(planName)+" "+tr.T(key+".suffix"), k.ext())
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
	tr := s.tr
	saveFile(w, saveOptions{
		title:   tr.T("ui.export.save_title", "what", kind.titleIn(tr)),
		confirm: tr.T("ui.export.save_confirm"),
		name:    exportFileName(tr, s.plan.Name, kind),
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
	tr := s.tr
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
	prog := dialog.NewCustomWithoutButtons(tr.T("ui.export.progress_title"), container.NewVBox(
		widget.NewLabel(tr.T("ui.export.progress", "file", filepath.Base(path))), bar), w)
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
				log.Printf("could not write %s: %v", path, err)
				cause := err
				if u := errors.Unwrap(err); u != nil {
					cause = u // writeExportSince's English "export the …" is for the log
				}
				showInfo(w, tr.T("ui.export.failed_title"), tr.T("ui.export.failed", "what", kind.titleIn(tr), "path", path, "error", cause.Error()))
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
	tr := appPrinter()
	why := tr.T("ui.export.open_folder.failed")
	if errors.Is(err, exec.ErrNotFound) {
		why = tr.T("ui.export.open_folder.no_program")
	}
	return tr.T("ui.export.open_folder.where", "why", why) + "\n" + dir
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
	tr := appPrinter()
	msg := wrapLabel(tr.T("ui.export.done", "what", kind.titleIn(tr)) + "\n" + path)
	d := newKeyDialog(w, tr.T("ui.export.done_title"), container.NewPadded(msg), tr.T("ui.export.open_folder"), tr.T("ui.common.close"), func(open bool) {
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
			showInfo(w, tr.T("ui.export.open_folder.failed_title"), openFolderFailed(dir, err))
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

	buttons            map[exportKind]*keyButton
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
	v := &exportStep{s: s, w: w, buttons: map[exportKind]*keyButton{}}
	tr := s.tr
	rows := container.NewVBox()
	// The buttons share one width, at least 280 px and as wide as the longest in the
	// window's language needs, so that no translated label is cut.
	width := float32(280)
	for _, k := range exportKinds {
		k := k
		icon := theme.DocumentSaveIcon()
		if k.ext() == "pdf" {
			icon = theme.DocumentPrintIcon()
		}
		b := newKeyButtonWithIcon(tr.T("ui.export.button", "what", k.titleIn(tr)), icon, func() { exportPlan(s, w, k) })
		b.Alignment = widget.ButtonAlignLeading
		v.buttons[k] = b
		width = max(width, b.MinSize().Width)
	}
	for _, k := range exportKinds {
		b := v.buttons[k]
		rows.Add(container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(width, b.MinSize().Height), b), nil, wrapLabel(k.describe(tr))))
	}

	p := s.plan
	v.swatch = canvas.NewRectangle(color.Transparent)
	v.swatch.SetMinSize(fyne.NewSize(28, 28))
	v.swatch.CornerRadius = 4
	v.accent = validatedField(s, "plan.accent", func() string { return p.AccentColor }, checkColor, func(t string) {
		p.AccentColor = t
		v.showSwatch()
	}, s.savePlan)
	v.accent.PlaceHolder = tr.T("ui.export.accent.default")
	v.showSwatch()
	v.logo = wrapLabel("")
	v.pickLogo = widget.NewButtonWithIcon(tr.T("ui.export.logo.choose"), theme.FolderOpenIcon(), v.onPickLogo)
	v.dropLogo = widget.NewButtonWithIcon(tr.T("ui.export.logo.remove"), theme.DeleteIcon(), func() {
		p.Logo = nil
		_ = s.savePlan()
	})
	v.summary = wrapLabel("")
	v.lang = newLangBox(s, w)

	v.obj = scrollPage(
		pageHeading(planner.StepExport),
		v.summary,
		section(tr.T("ui.export.files"), rows),
		section(tr.T("ui.export.client_lang_paper"), v.lang.object()),
		section(tr.T("ui.overview.look"), form(
			fieldHint(tr.T("ui.export.accent"), container.NewBorder(nil, nil, nil, v.swatch, v.accent), tr.T("ui.export.accent.hint")),
			fieldHint(tr.T("ui.export.logo"), container.NewVBox(v.logo, container.NewHBox(v.pickLogo, v.dropLogo)), tr.T("ui.export.logo.hint")),
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
	tr := v.s.tr
	done, _ := planner.Progress(p)
	v.summary.SetText(tr.N("ui.overview.steps_complete", done, "total", len(planner.LaunchSteps)) + " " + tr.T("ui.export.summary"))
	v.lang.refresh()
	v.accent.PlaceHolder = tr.T("ui.export.accent.default")
	if c := p.ClientPreset; c != nil && c.AccentColor != "" {
		v.accent.PlaceHolder = tr.T("ui.export.accent.client", "colour", c.AccentColor)
	}
	v.accent.Refresh()
	v.logo.SetText(logoText(tr, p.Logo))
	setEnabled(v.dropLogo, len(p.Logo) > 0)
}

// logoText says whether a logo is set, and its size.
func logoText(tr *i18n.Printer, logo []byte) string {
	if len(logo) == 0 {
		return tr.T("ui.export.logo.none")
	}
	return tr.T("ui.export.logo.set", "kb", tr.Int((len(logo)+1023)/1024))
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
			return errors.New(v.s.tr.T("ui.export.logo.unusable", "file", rc.URI().Name(), "error", err.Error()))
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
	tr := appPrinter()
	if len(data) > maxLogoBytes {
		return nil, errors.New(tr.T("ui.export.logo.too_large", "mb", maxLogoBytes>>20))
	}
	_, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, errors.New(tr.T("ui.export.logo.not_image"))
	}
	if format != "png" && format != "jpeg" {
		return nil, errors.New(tr.T("ui.export.logo.wrong_format", "format", strings.ToUpper(format)))
	}
	return data, nil
}
