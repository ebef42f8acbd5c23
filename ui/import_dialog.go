package ui

import (
	"bytes"
	"context"
	"errors"
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
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// ignoredMeta marks a column the user chose to leave out, so that creating questions for
// unmapped columns skips it.
const ignoredMeta = "ignored"

// multiChoices are the choices of the multi-choice delimiter select, by the catalogue key of
// their label, and the option each sets.
var multiChoices = []struct{ key, delim string }{
	{"ui.import.multi.auto", ""},
	{"ui.import.multi.semicolon", ";"},
	{"ui.import.multi.comma", ","},
}

// importDialog is the survey import (CSV or Excel workbook): detected tool, sheet, column
// mapping, preview, import and report. Nothing is written until Import; Cancel changes
// nothing. Left as proposed, the mapping imports what the CLI's import does: matched columns
// answer their questions, the others become new questions. The keyboard drives it as every
// dialog of the app (keyDialog): it opens with its first field focused, Enter imports and Esc
// cancels; the report then shows in a dialog of its own that Enter and Esc close.
type importDialog struct {
	s    *session
	w    fyne.Window
	done func() // runs after an import that changed the plan

	name string
	data []byte // the file, kept to read another sheet of a workbook
	file *csvimport.SurveyFile

	// optIgnore and optNew are the mapping selects' choices besides the plan's questions,
	// in the app's language.
	optIgnore, optNew string

	format *widget.Label
	sheet  *keySelect // nil unless the workbook has several sheets
	multi  *keySelect
	maps   []*keySelect // one per column; nil for meta columns
	// kinds and ranges choose the kind (and a scale's range) of the new question a column
	// makes, shown on the first column of each question; nil elsewhere. guesses holds each
	// column's guess, as GuessFor gives it (ok false for none).
	kinds     []*keySelect
	ranges    []*widget.Entry
	guesses   []columnGuess
	preview   *previewTable
	report    *widget.Label
	importBtn *widget.Button
	cancelBtn *widget.Button
	dlg       *keyDialog
	reportDlg *keyDialog // the report, once an import has run

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
	tr := s.tr
	return &importDialog{s: s, w: w, done: done, optIgnore: tr.T("ui.import.map.ignore"), optNew: tr.T("ui.import.map.new")}
}

// pick asks for the survey file, then shows the import dialog.
func (d *importDialog) pick() {
	pickFile(d.w, []string{".csv", ".txt", ".tsv", ".xlsx"}, func(rc fyne.URIReadCloser) error {
		return d.load(rc, rc.URI().Name())
	})
}

// loadPath reads the survey file at path and shows the import dialog.
func (d *importDialog) loadPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", d.s.tr.T("ui.import.error.open", "file", path), err)
	}
	defer f.Close()
	return d.load(f, path)
}

// load reads a survey export, maps its columns to the plan's questions and shows the dialog.
func (d *importDialog) load(r io.Reader, name string) error {
	data, err := io.ReadAll(io.LimitReader(r, csvimport.MaxFileSize+1))
	if err != nil {
		return d.readError(name, err)
	}
	d.name, d.data = name, data
	if err := d.read(""); err != nil {
		return err
	}
	d.dlg.Show()
	return nil
}

// read reads the kept file (the given sheet of a workbook, "" for the first) and builds
// the dialog's content for it.
func (d *importDialog) read(sheet string) error {
	f, err := csvimport.ReadSurveyWith(bytes.NewReader(d.data), csvimport.ReadOptions{Sheet: sheet})
	if err != nil {
		return d.readError(d.name, err)
	}
	f.AutoMap(d.s.plan.Survey.Questions)
	d.file = f
	old := d.dlg
	d.build()
	if old != nil {
		old.Hide()
		d.dlg.Show()
	}
	return nil
}

// ruleMessage is a planner rule's error as a field shows it, in the app's language when
// the rule gives its sentence (ValidationError.Says).
func (d *importDialog) ruleMessage(err error) error {
	var ve *planner.ValidationError
	if errors.As(err, &ve) && ve.Says.Key != "" {
		return errors.New(ve.Says.In(d.s.tr))
	}
	return fieldMessage(err)
}

// previewTable is the table of the file's first rows. Fyne's table takes the keyboard's
// focus (its arrows move through the cells) but keeps Esc and Enter; this one hands them to
// the dialog, as the app's other keyboard widgets do (keys.go), so that Esc cancels from any
// focus.
type previewTable struct {
	widget.Table
}

func newPreviewTable(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *previewTable {
	t := &previewTable{}
	t.Length, t.CreateCell, t.UpdateCell = length, create, update
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey hands Esc and Enter to the dialog around the table.
func (t *previewTable) TypedKey(ev *fyne.KeyEvent) {
	if !toDialog(t, ev) {
		t.Table.TypedKey(ev)
	}
}

// readError says in the app's language why the file name cannot be read; it wraps err.
func (d *importDialog) readError(name string, err error) error {
	tr := d.s.tr
	return &saidError{text: tr.T("ui.import.error.read", "file", name) + ": " + csvimport.ErrorIn(tr, err), err: err}
}

// saidError is an error worded for the person, in the app's language, that keeps its cause
// for errors.Is.
type saidError struct {
	text string
	err  error
}

func (e *saidError) Error() string { return e.text }

func (e *saidError) Unwrap() error { return e.err }

// columnGuess is a column's guessed kind, if any.
type columnGuess struct {
	csvimport.Guess
	ok bool
}

// kindLabels are the kinds a new question can be made as, in the kind selects, in the app's
// language.
func (d *importDialog) kindLabels() []string {
	out := make([]string, len(planner.QuestionKinds))
	for i, k := range planner.QuestionKinds {
		out[i] = k.In(d.s.tr)
	}
	return out
}

// kindOfLabel is the kind a kind select's label names.
func (d *importDialog) kindOfLabel(l string) planner.QuestionKind {
	for _, k := range planner.QuestionKinds {
		if k.In(d.s.tr) == l {
			return k
		}
	}
	return planner.KindText
}

// guessText words a guess for the dialog: the kind, the options or range, a few answers, and
// whether it is weak.
func (d *importDialog) guessText(g csvimport.Guess) string {
	tr := d.s.tr
	kind := g.Kind.In(tr)
	if g.Kind == planner.KindScale {
		kind = tr.T("ui.import.guess.scale", "kind", kind, "range", g.Scale.Describe())
	}
	parts := []string{tr.T("ui.import.guess", "kind", kind)}
	if len(g.Options) > 0 {
		shown := g.Options[:min(5, len(g.Options))]
		o := strings.Join(shown, " · ")
		if len(g.Options) > len(shown) {
			o = tr.N("ui.import.guess.options_more", len(g.Options)-len(shown), "options", o)
		}
		if g.Ordered {
			o = tr.T("ui.import.guess.ordered", "options", o)
		}
		parts = append(parts, tr.N("ui.import.guess.options", len(g.Options), "options", o))
	}
	if len(g.Codes) > 0 {
		var cs []string
		for code, word := range g.Codes {
			cs = append(cs, code+" = "+word)
		}
		slices.Sort(cs)
		parts = append(parts, tr.T("ui.import.guess.codes", "codes", strings.Join(cs, ", ")))
	}
	if len(g.Samples) > 0 {
		var q []string
		for _, s := range g.Samples {
			q = append(q, tr.T("ui.import.guess.quote", "answer", planner.ShortText(s, 40)))
		}
		parts = append(parts, tr.T("ui.import.guess.samples", "answers", strings.Join(q, ", ")))
	}
	if g.Weak {
		parts = append(parts, tr.N("ui.import.guess.weak", g.Answers))
	}
	return strings.Join(parts, " · ")
}

// questionChoice is a question's entry in the mapping selects.
func (d *importDialog) questionChoice(i int, q planner.Question) string {
	return d.s.tr.T("ui.import.map.question", "n", i+1, "title", q.ListTitle())
}

// build makes the dialog's widgets from the read file.
func (d *importDialog) build() {
	f, tr := d.file, d.s.tr
	how := tr.T("ui.import.detected.sheet", "sheet", f.Sheet)
	switch {
	case f.Delimiter == '\t':
		how = tr.T("ui.import.detected.tab")
	case f.Delimiter != 0:
		how = tr.T("ui.import.detected.delimiter", "delimiter", string(f.Delimiter))
	}
	info := tr.T("ui.import.file", "file", d.name) + "\n" +
		tr.N("ui.import.detected", len(f.Rows), "format", f.Format.In(tr), "how", how)
	for _, n := range f.Notes {
		info += "\n" + n.In(tr)
	}
	d.format = widget.NewLabel(info)
	d.format.Wrapping = fyne.TextWrapWord
	d.sheet = nil
	if len(f.Sheets) > 1 {
		d.sheet = newKeySelect(f.Sheets, nil)
		d.sheet.SetSelected(f.Sheet)
		d.sheet.OnChanged = func(name string) {
			if name != d.file.Sheet {
				if err := d.read(name); err != nil {
					showError(d.w, err)
				}
			}
		}
	}

	labels := make([]string, len(multiChoices))
	for i, m := range multiChoices {
		labels[i] = tr.T(m.key)
	}
	d.multi = newKeySelect(labels, nil)
	d.multi.SetSelected(labels[0])

	qs := d.s.plan.Survey.Questions
	opts := []string{d.optIgnore}
	for i, q := range qs {
		opts = append(opts, d.questionChoice(i, q))
	}
	opts = append(opts, d.optNew)
	mapping := widget.NewForm()
	d.maps = make([]*keySelect, len(f.Columns))
	d.kinds = make([]*keySelect, len(f.Columns))
	d.ranges = make([]*widget.Entry, len(f.Columns))
	d.guesses = make([]columnGuess, len(f.Columns))
	firstOf := map[string]int{} // the first column of each grid or option group
	// Headers cut for the form so that two (a grid's rows) never read the same.
	heads := planner.DistinctCuts(f.Header, 60)
	for ci, c := range f.Columns {
		head := c.Header
		if ci < len(heads) {
			head = heads[ci]
		}
		if head == "" {
			head = tr.T("ui.import.column", "n", tr.Int(ci+1))
		}
		if c.Meta != "" {
			l := widget.NewLabel(tr.T("ui.import.map.meta", "what", csvimport.MetaIn(tr, c.Meta)))
			l.Truncation = fyne.TextTruncateEllipsis
			mapping.Append(head, l)
			continue
		}
		sel := newKeySelect(opts, nil)
		sel.SetSelected(d.optNew) // as the CLI does: a column no question matches becomes one
		for i, q := range qs {
			if q.ID == c.QuestionID {
				sel.SetSelected(d.questionChoice(i, q))
			}
		}
		d.maps[ci] = sel
		g, ok := f.GuessFor(ci)
		d.guesses[ci] = columnGuess{g, ok}
		group := ""
		if c.Row != "" || c.Option != "" {
			group = c.Title()
		}
		if first, seen := firstOf[group]; group != "" && seen {
			key := "ui.import.map.option_of"
			if c.Row != "" {
				key = "ui.import.map.row_of"
			}
			note := widget.NewLabel(tr.T(key, "question", planner.ShortText(group, 60), "first", f.Columns[first].Header))
			note.Wrapping = fyne.TextWrapWord
			mapping.Append(head, container.NewVBox(sel, note))
			continue
		}
		firstOf[group] = ci
		if !ok {
			mapping.Append(head, sel)
			continue
		}
		kind := newKeySelect(d.kindLabels(), nil)
		rng := &newKeyEntry().Entry
		rng.SetPlaceHolder(tr.T("ui.import.map.range.placeholder"))
		rng.Validator = func(t string) error {
			if d.kindOfLabel(kind.Selected) != planner.KindScale || strings.TrimSpace(t) == "" {
				return nil
			}
			_, err := planner.ParseScale(t)
			return d.ruleMessage(err)
		}
		if g.Kind == planner.KindScale {
			rng.SetText(g.Scale.String())
		}
		kind.OnChanged = func(l string) {
			if d.kindOfLabel(l) == planner.KindScale {
				rng.Enable()
				if rng.Text == "" {
					rng.SetText(planner.DefaultScale.String())
				}
			} else {
				rng.Disable()
			}
		}
		kind.SetSelected(g.Kind.In(tr))
		sel.OnChanged = func(choice string) {
			if choice == d.optNew {
				kind.Enable()
				kind.OnChanged(kind.Selected)
			} else {
				kind.Disable()
				rng.Disable()
			}
		}
		sel.OnChanged(sel.Selected)
		d.kinds[ci], d.ranges[ci] = kind, rng
		guess := widget.NewLabel(d.guessText(g))
		guess.Wrapping = fyne.TextWrapWord
		mapping.Append(head, container.NewVBox(sel, container.NewBorder(nil, nil, widget.NewLabel(tr.T("ui.import.map.new_as")), nil,
			container.NewGridWithColumns(2, kind, rng)), guess))
	}

	rows := min(5, len(f.Rows))
	d.preview = newPreviewTable(
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
	d.report = widget.NewLabel(tr.T("ui.import.nothing_yet"))
	d.report.Wrapping = fyne.TextWrapWord

	settings := widget.NewForm(widget.NewFormItem(tr.T("ui.import.multi"), d.multi))
	if d.sheet != nil {
		settings.Append(tr.T("ui.import.sheet"), d.sheet)
	}
	body := container.NewVBox(
		d.format,
		settings,
		widget.NewLabelWithStyle(tr.T("ui.import.mapping"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		mapping,
		widget.NewLabelWithStyle(tr.N("ui.import.preview", rows), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		sized(d.preview, 700, 36*float32(rows+1)+8),
		d.report,
	)
	// Import closes the mapping and runs the import; Cancel (or Esc) closes it having
	// written nothing.
	d.dlg = newKeyDialog(d.w, tr.T("ui.import.title"), container.NewVScroll(body), tr.T("ui.import.import"), tr.T("ui.import.cancel"), func(ok bool) {
		if ok {
			d.onImport()
		}
	})
	d.dlg.first = d.multi
	d.importBtn, d.cancelBtn = &d.dlg.confirm.Button, &d.dlg.dismiss.Button
	d.dlg.Resize(dialogSize(d.w, fyne.NewSize(1000, 680)))
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
		case d.optNew:
			create = true
		case d.optIgnore, "":
			c.Meta = ignoredMeta
		default:
			for i, q := range qs {
				if sel.Selected == d.questionChoice(i, q) {
					c.QuestionID = q.ID
				}
			}
		}
	}
	return create
}

// kindChoices are the kinds chosen for new questions that differ from the guess (a range
// typed that is not one keeps the guessed range; the field says so).
func (d *importDialog) kindChoices() map[int]csvimport.KindChoice {
	out := map[int]csvimport.KindChoice{}
	for ci, sel := range d.kinds {
		if sel == nil || sel.Disabled() {
			continue
		}
		g := d.guesses[ci]
		k := csvimport.KindChoice{Kind: d.kindOfLabel(sel.Selected)}
		if k.Kind == planner.KindScale {
			if sc, err := planner.ParseScale(d.ranges[ci].Text); err == nil {
				k.Scale = sc
			}
		}
		if k.Kind != g.Kind || k.Kind == planner.KindScale && !k.Scale.IsZero() && (k.Scale.Min != g.Scale.Min || k.Scale.Max != g.Scale.Max) {
			out[ci] = k
		}
	}
	return out
}

// onImport stores new questions first, then the responses, re-tags themes and shows the
// report. A second import of the same file adds nothing: the store skips known row keys. The
// import runs off the UI goroutine behind a progress bar (a 10,000-row file takes a moment);
// wait lets tests block until it is done.
func (d *importDialog) onImport() {
	s := d.s
	s.flush()
	opt := csvimport.SurveyOptions{CreateQuestions: d.applyMapping(), Location: s.now().Location(), Kinds: d.kindChoices()}
	for _, m := range multiChoices {
		if s.tr.T(m.key) == d.multi.Selected {
			opt.MultiDelimiter = m.delim
		}
	}
	// The import works on its own copy of the plan; the UI's plan changes only on the UI
	// goroutine, when the import is done.
	pc := *s.plan
	pc.Survey.Questions = slices.Clone(s.plan.Survey.Questions)
	prog := dialog.NewCustomWithoutButtons(s.tr.T("ui.import.importing", "file", d.name), widget.NewProgressBarInfinite(), d.w)
	prog.Show()
	d.running = make(chan struct{})
	go func() {
		defer close(d.running)
		// The store gives the new responses their IDs and returns the plan as it left it:
		// the survey's responses are taken from that.
		t := &loadingTarget{Library: s.lib}
		out, rep, err := d.file.Import(context.Background(), t, &pc, opt)
		fresh := t.fresh
		if err != nil || out.Added == 0 {
			fresh = nil
		}
		fyne.DoAndWait(func() {
			prog.Hide()
			s.plan.Survey.Questions = pc.Survey.Questions
			if fresh != nil {
				s.plan.Survey.Responses = fresh.Survey.Responses
			}
			err = s.report("the imported responses", err)
			d.finish(out, rep, err)
		})
	}()
}

// loadingTarget is the library as an import's csvimport.Target: it keeps the plan the store
// read back when it added the responses.
type loadingTarget struct {
	Library
	fresh *planner.Plan
}

// AddResponses adds the responses and keeps the plan as the library then holds it.
func (t *loadingTarget) AddResponses(ctx context.Context, planID int64, rs []planner.Response) (int, error) {
	n, fresh, err := t.Library.AddResponsesAndLoad(ctx, planID, rs)
	if err == nil {
		t.fresh = fresh
	}
	return n, err
}

// wait blocks until a running import has finished and its outcome is shown.
func (d *importDialog) wait() {
	if d.running != nil {
		<-d.running
	}
}

// finish shows an import's outcome (a failure too, with its reason) in the report dialog.
func (d *importDialog) finish(out csvimport.Outcome, rep csvimport.Report, err error) {
	tr := d.s.tr
	d.added, d.known, d.last = out.Added, out.Known, rep
	d.report.SetText(importReportText(tr, out.Added, out.Known, rep, err))
	d.reportDlg = newKeyDialog(d.w, tr.T("ui.import.report_title", "file", d.name), container.NewVScroll(d.report), "", tr.T("ui.import.close"), nil)
	d.reportDlg.Resize(dialogSize(d.w, fyne.NewSize(820, 520)))
	d.reportDlg.Show()
	if out.Added > 0 || len(rep.NewQuestions) > 0 {
		d.done()
	}
}

// importReportText words an import's outcome as the CLI does: the tool, the counts, each
// column's use, each skipped row's reason and the notes.
func importReportText(tr *i18n.Printer, n, known int, rep csvimport.Report, err error) string {
	var b strings.Builder
	if err != nil {
		b.WriteString(tr.T("ui.import.failed", "error", err) + "\n")
	}
	b.WriteString(rep.SummaryIn(tr, csvimport.Outcome{Added: n, Known: known}))
	for _, l := range rep.DetailsIn(tr) {
		b.WriteString("\n" + l)
	}
	return b.String()
}
