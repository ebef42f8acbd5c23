package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
)

// Mapping choices besides the plan's questions.
const (
	mapIgnore = "(ignore)"
	mapNew    = "New question"
)

// ignoredMeta marks a column the user chose to leave out, so that creating questions for
// unmapped columns skips it.
const ignoredMeta = "ignored"

// multiChoices are the choices of the multi-choice delimiter select, and the option each sets.
var multiChoices = []struct{ label, delim string }{
	{"Automatic (“;”, or Google Forms' “, ”)", ""},
	{"; (semicolon)", ";"},
	{", (comma)", ","},
}

// importDialog is the survey CSV import: detected format, column mapping, preview, import
// and report. Nothing is written until Import; Cancel changes nothing.
type importDialog struct {
	s    *session
	w    fyne.Window
	done func() // runs after an import that changed the plan

	name string
	file *csvimport.SurveyFile

	format    *widget.Label
	multi     *widget.Select
	maps      []*widget.Select // one per column; nil for meta columns
	preview   *widget.Table
	report    *widget.Label
	importBtn *widget.Button
	cancelBtn *widget.Button
	dlg       *dialog.CustomDialog

	// added, known and last are the outcome of the last import: rows added, rows the
	// library already had, and the reader's report.
	added, known int
	last         csvimport.Report
	// running is closed when the import started by onImport has finished.
	running chan struct{}
}

// newImportDialog prepares an import into s's plan; call pick or loadPath to start it.
func newImportDialog(s *session, w fyne.Window, done func()) *importDialog {
	if done == nil {
		done = func() {}
	}
	return &importDialog{s: s, w: w, done: done}
}

// pick asks for the CSV file, then shows the import dialog.
func (d *importDialog) pick() {
	pickFile(d.w, []string{".csv", ".txt", ".tsv"}, func(rc fyne.URIReadCloser) error {
		return d.load(rc, rc.URI().Name())
	})
}

// loadPath reads the CSV file at path and shows the import dialog.
func (d *importDialog) loadPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open survey file: %w", err)
	}
	defer f.Close()
	return d.load(f, path)
}

// load reads a survey export, maps its columns to the plan's questions and shows the dialog.
func (d *importDialog) load(r io.Reader, name string) error {
	f, err := csvimport.ReadSurvey(r)
	if err != nil {
		return fmt.Errorf("read survey file %s: %w", name, err)
	}
	f.AutoMap(d.s.plan.Survey.Questions)
	d.name, d.file = name, f
	d.build()
	d.dlg.Show()
	return nil
}

// questionChoice is a question's entry in the mapping selects.
func questionChoice(i int, q planner.Question) string {
	return fmt.Sprintf("Q%d: %s", i+1, q.Title)
}

// build makes the dialog's widgets from the read file.
func (d *importDialog) build() {
	f := d.file
	delim := string(f.Delimiter)
	if f.Delimiter == '\t' {
		delim = "tab"
	}
	info := fmt.Sprintf("File: %s\nDetected format: %s · delimiter “%s” · %d data rows", d.name, f.Format, delim, len(f.Rows))
	for _, n := range f.Notes {
		info += "\n" + n
	}
	d.format = widget.NewLabel(info)
	d.format.Wrapping = fyne.TextWrapWord

	labels := make([]string, len(multiChoices))
	for i, m := range multiChoices {
		labels[i] = m.label
	}
	d.multi = widget.NewSelect(labels, nil)
	d.multi.SetSelected(labels[0])

	qs := d.s.plan.Survey.Questions
	opts := []string{mapIgnore}
	for i, q := range qs {
		opts = append(opts, questionChoice(i, q))
	}
	opts = append(opts, mapNew)
	mapping := widget.NewForm()
	d.maps = make([]*widget.Select, len(f.Columns))
	for ci, c := range f.Columns {
		head := c.Header
		if head == "" {
			head = fmt.Sprintf("Column %d", ci+1)
		}
		if c.Meta != "" {
			mapping.Append(head, widget.NewLabel("read as "+c.Meta))
			continue
		}
		sel := widget.NewSelect(opts, nil)
		sel.SetSelected(mapIgnore)
		for i, q := range qs {
			if q.ID == c.QuestionID {
				sel.SetSelected(questionChoice(i, q))
			}
		}
		d.maps[ci] = sel
		mapping.Append(head, sel)
	}

	rows := min(5, len(f.Rows))
	d.preview = widget.NewTable(
		func() (int, int) { return rows + 1, len(f.Header) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			text := ""
			if id.Row == 0 {
				text = f.Header[id.Col]
			} else if row := f.Rows[id.Row-1]; id.Col < len(row) {
				text = strings.Join(strings.Fields(row[id.Col]), " ")
			}
			o.(*widget.Label).SetText(text)
		},
	)
	for c := range f.Header {
		d.preview.SetColumnWidth(c, 180)
	}
	d.report = widget.NewLabel("Nothing is saved until you press Import.")
	d.report.Wrapping = fyne.TextWrapWord
	d.importBtn = widget.NewButton("Import", d.onImport)
	d.importBtn.Importance = widget.HighImportance
	d.cancelBtn = widget.NewButton("Cancel", d.onCancel)

	body := container.NewVBox(
		d.format,
		widget.NewForm(widget.NewFormItem("Multiple-choice answers separated by", d.multi)),
		widget.NewLabelWithStyle("Column mapping", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		mapping,
		widget.NewLabelWithStyle(fmt.Sprintf("Preview (first %d rows)", rows), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		sized(d.preview, 700, 36*float32(rows+1)+8),
		d.report,
	)
	content := container.NewBorder(nil, container.NewHBox(d.cancelBtn, d.importBtn), nil, nil, container.NewVScroll(body))
	d.dlg = dialog.NewCustomWithoutButtons("Import survey responses", content, d.w)
	d.dlg.Resize(fyne.NewSize(1000, 680))
}

// applyMapping writes the selects' choices into the file's columns and says whether any
// column asks for a new question.
func (d *importDialog) applyMapping() (create bool) {
	qs := d.s.plan.Survey.Questions
	for ci := range d.file.Columns {
		sel := d.maps[ci]
		if sel == nil {
			continue
		}
		c := &d.file.Columns[ci]
		c.QuestionID = 0
		if c.Meta == ignoredMeta {
			c.Meta = ""
		}
		switch sel.Selected {
		case mapNew:
			create = true
		case mapIgnore, "":
			c.Meta = ignoredMeta
		default:
			for i, q := range qs {
				if sel.Selected == questionChoice(i, q) {
					c.QuestionID = q.ID
				}
			}
		}
	}
	return create
}

// onImport stores new questions first, then the responses, re-tags themes and shows the
// report. A second import of the same file adds nothing: the store skips known row keys. The
// import runs off the UI goroutine behind a progress bar (a 10,000-row file takes a moment);
// wait lets tests block until it is done.
func (d *importDialog) onImport() {
	s := d.s
	s.flush()
	opt := csvimport.SurveyOptions{CreateQuestions: d.applyMapping(), Location: s.now().Location()}
	for _, m := range multiChoices {
		if m.label == d.multi.Selected {
			opt.MultiDelimiter = m.delim
		}
	}
	// The import works on its own copy of the plan; the UI's plan changes only on the UI
	// goroutine, when the import is done.
	pc := *s.plan
	pc.Survey.Questions = slices.Clone(s.plan.Survey.Questions)
	d.importBtn.Disable()
	d.cancelBtn.Disable()
	prog := dialog.NewCustomWithoutButtons("Importing "+d.name+"…", widget.NewProgressBarInfinite(), d.w)
	prog.Show()
	d.running = make(chan struct{})
	go func() {
		defer close(d.running)
		out, rep, err := d.file.Import(context.Background(), s.lib, &pc, opt)
		var fresh *planner.Plan
		if err == nil && out.Added > 0 {
			// The store gave the new responses their IDs: take the survey's from it.
			if fresh, err = s.lib.Load(context.Background(), pc.ID); err != nil {
				err = fmt.Errorf("reload the survey: %w", err)
			}
		}
		fyne.DoAndWait(func() {
			prog.Hide()
			s.plan.Survey.Questions = pc.Survey.Questions
			if fresh != nil {
				s.plan.Survey.Responses = fresh.Survey.Responses
			}
			err = s.done("the imported responses", err)
			d.finish(out, rep, err)
		})
	}()
}

// wait blocks until a running import has finished and its outcome is shown.
func (d *importDialog) wait() {
	if d.running != nil {
		<-d.running
	}
}

// finish shows an import's outcome.
func (d *importDialog) finish(out csvimport.Outcome, rep csvimport.Report, err error) {
	d.added, d.known, d.last = out.Added, out.Known, rep
	if err != nil {
		showError(d.w, err)
	}
	d.report.SetText(importReportText(out.Added, out.Known, rep, err))
	d.cancelBtn.Enable()
	d.cancelBtn.SetText("Close")
	if out.Added > 0 || len(rep.NewQuestions) > 0 {
		d.done()
	}
}

// importReportText words an import's outcome.
func importReportText(n, known int, rep csvimport.Report, err error) string {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "Import failed: %v\n", err)
	}
	fmt.Fprintf(&b, "%d of %d rows added; %d already in the plan; %d repeated in the file; %d skipped.",
		n, rep.Rows, known, rep.Duplicates, len(rep.Skipped))
	if k := len(rep.NewQuestions); k > 0 {
		fmt.Fprintf(&b, " %d new %s created.", k, plural(k, "question", "questions"))
	}
	for _, sk := range rep.Skipped {
		b.WriteString("\nSkipped " + sk.String())
	}
	for _, note := range rep.Notes {
		b.WriteString("\nNote: " + note.String())
	}
	return b.String()
}

// onCancel closes the dialog; before Import nothing has been written.
func (d *importDialog) onCancel() {
	if d.dlg != nil {
		d.dlg.Hide()
	}
}
