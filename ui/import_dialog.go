package ui

import (
	"bytes"
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
	{"Automatic (as the survey tool joins them)", ""},
	{"; (semicolon)", ";"},
	{", (comma)", ","},
}

// importDialog is the survey import (CSV or Excel workbook): detected tool, sheet, column
// mapping, preview, import and report. Nothing is written until Import; Cancel changes
// nothing. Left as proposed, the mapping imports what the CLI's import does: matched columns
// answer their questions, the others become new questions.
type importDialog struct {
	s    *session
	w    fyne.Window
	done func() // runs after an import that changed the plan

	name string
	data []byte // the file, kept to read another sheet of a workbook
	file *csvimport.SurveyFile

	format *widget.Label
	sheet  *widget.Select // nil unless the workbook has several sheets
	multi  *widget.Select
	maps   []*widget.Select // one per column; nil for meta columns
	// kinds and ranges choose the kind (and a scale's range) of the new question a column
	// makes, shown on the first column of each question; nil elsewhere. guesses holds each
	// column's guess, as GuessFor gives it (ok false for none).
	kinds     []*widget.Select
	ranges    []*widget.Entry
	guesses   []columnGuess
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
		return fmt.Errorf("open survey file: %w", err)
	}
	defer f.Close()
	return d.load(f, path)
}

// load reads a survey export, maps its columns to the plan's questions and shows the dialog.
func (d *importDialog) load(r io.Reader, name string) error {
	data, err := io.ReadAll(io.LimitReader(r, csvimport.MaxFileSize+1))
	if err != nil {
		return fmt.Errorf("read survey file %s: %w", name, err)
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
		return fmt.Errorf("read survey file %s: %w", d.name, err)
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

// columnGuess is a column's guessed kind, if any.
type columnGuess struct {
	csvimport.Guess
	ok bool
}

// kindLabels are the kinds a new question can be made as, in the kind selects.
func kindLabels() []string {
	out := make([]string, len(planner.QuestionKinds))
	for i, k := range planner.QuestionKinds {
		out[i] = k.Label()
	}
	return out
}

// kindOfLabel is the kind a kind select's label names.
func kindOfLabel(l string) planner.QuestionKind {
	for _, k := range planner.QuestionKinds {
		if k.Label() == l {
			return k
		}
	}
	return planner.KindText
}

// guessText words a guess for the dialog: the kind, the options or range, a few answers, and
// whether it is weak.
func guessText(g csvimport.Guess) string {
	kind := g.Kind.Label()
	if g.Kind == planner.KindScale {
		kind += " " + g.Scale.Describe()
	}
	parts := []string{"Guessed: " + kind}
	if len(g.Options) > 0 {
		shown := g.Options[:min(5, len(g.Options))]
		o := strings.Join(shown, " · ")
		if len(g.Options) > len(shown) {
			o += fmt.Sprintf(" and %d more", len(g.Options)-len(shown))
		}
		if g.Ordered {
			o += " (in this order)"
		}
		parts = append(parts, planner.Count(len(g.Options), "option", "options")+": "+o)
	}
	if len(g.Codes) > 0 {
		var cs []string
		for code, word := range g.Codes {
			cs = append(cs, code+" = "+word)
		}
		slices.Sort(cs)
		parts = append(parts, "codes read as "+strings.Join(cs, ", "))
	}
	if len(g.Samples) > 0 {
		var q []string
		for _, s := range g.Samples {
			q = append(q, "“"+planner.ShortText(s, 40)+"”")
		}
		parts = append(parts, "answers such as "+strings.Join(q, ", "))
	}
	if g.Weak {
		parts = append(parts, fmt.Sprintf("a weak guess: only %s", planner.Count(g.Answers, "answer", "answers")))
	}
	return strings.Join(parts, " · ")
}

// questionChoice is a question's entry in the mapping selects.
func questionChoice(i int, q planner.Question) string {
	return fmt.Sprintf("Q%d: %s", i+1, q.ListTitle())
}

// build makes the dialog's widgets from the read file.
func (d *importDialog) build() {
	f := d.file
	how := fmt.Sprintf("sheet “%s”", f.Sheet)
	switch {
	case f.Delimiter == '\t':
		how = "delimiter tab"
	case f.Delimiter != 0:
		how = fmt.Sprintf("delimiter “%c”", f.Delimiter)
	}
	info := fmt.Sprintf("File: %s\nDetected: %s export · %s · %d data rows", d.name, f.Format.Label(), how, len(f.Rows))
	for _, n := range f.Notes {
		info += "\n" + n
	}
	d.format = widget.NewLabel(info)
	d.format.Wrapping = fyne.TextWrapWord
	d.sheet = nil
	if len(f.Sheets) > 1 {
		d.sheet = widget.NewSelect(f.Sheets, nil)
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
	d.kinds = make([]*widget.Select, len(f.Columns))
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
			head = fmt.Sprintf("Column %d", ci+1)
		}
		if c.Meta != "" {
			l := widget.NewLabel("read as " + csvimport.MetaLabel(c.Meta))
			l.Truncation = fyne.TextTruncateEllipsis
			mapping.Append(head, l)
			continue
		}
		sel := widget.NewSelect(opts, nil)
		sel.SetSelected(mapNew) // as the CLI does: a column no question matches becomes one
		for i, q := range qs {
			if q.ID == c.QuestionID {
				sel.SetSelected(questionChoice(i, q))
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
			note := widget.NewLabel(fmt.Sprintf("a %s of “%s”: made as its first one, %s", map[bool]string{true: "row", false: "option"}[c.Row != ""], planner.ShortText(group, 60), f.Columns[first].Header))
			note.Wrapping = fyne.TextWrapWord
			mapping.Append(head, container.NewVBox(sel, note))
			continue
		}
		firstOf[group] = ci
		if !ok {
			mapping.Append(head, sel)
			continue
		}
		kind := widget.NewSelect(kindLabels(), nil)
		rng := widget.NewEntry()
		rng.SetPlaceHolder("range, e.g. 0-10")
		rng.Validator = func(t string) error {
			if kindOfLabel(kind.Selected) != planner.KindScale || strings.TrimSpace(t) == "" {
				return nil
			}
			_, err := planner.ParseScale(t)
			return fieldMessage(err)
		}
		if g.Kind == planner.KindScale {
			rng.SetText(g.Scale.String())
		}
		kind.OnChanged = func(l string) {
			if kindOfLabel(l) == planner.KindScale {
				rng.Enable()
				if rng.Text == "" {
					rng.SetText(planner.DefaultScale.String())
				}
			} else {
				rng.Disable()
			}
		}
		kind.SetSelected(g.Kind.Label())
		sel.OnChanged = func(choice string) {
			if choice == mapNew {
				kind.Enable()
				kind.OnChanged(kind.Selected)
			} else {
				kind.Disable()
				rng.Disable()
			}
		}
		sel.OnChanged(sel.Selected)
		d.kinds[ci], d.ranges[ci] = kind, rng
		guess := widget.NewLabel(guessText(g))
		guess.Wrapping = fyne.TextWrapWord
		mapping.Append(head, container.NewVBox(sel, container.NewBorder(nil, nil, widget.NewLabel("New question as"), nil,
			container.NewGridWithColumns(2, kind, rng)), guess))
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

	settings := widget.NewForm(widget.NewFormItem("Multiple-choice answers separated by", d.multi))
	if d.sheet != nil {
		settings.Append("Sheet", d.sheet)
	}
	body := container.NewVBox(
		d.format,
		settings,
		widget.NewLabelWithStyle("Column mapping", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		mapping,
		widget.NewLabelWithStyle(fmt.Sprintf("Preview (first %d rows)", rows), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		sized(d.preview, 700, 36*float32(rows+1)+8),
		d.report,
	)
	content := container.NewBorder(nil, container.NewHBox(d.cancelBtn, d.importBtn), nil, nil, container.NewVScroll(body))
	d.dlg = dialog.NewCustomWithoutButtons("Import survey responses", content, d.w)
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

// kindChoices are the kinds chosen for new questions that differ from the guess (a range
// typed that is not one keeps the guessed range; the field says so).
func (d *importDialog) kindChoices() map[int]csvimport.KindChoice {
	out := map[int]csvimport.KindChoice{}
	for ci, sel := range d.kinds {
		if sel == nil || sel.Disabled() {
			continue
		}
		g := d.guesses[ci]
		k := csvimport.KindChoice{Kind: kindOfLabel(sel.Selected)}
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

// importReportText words an import's outcome as the CLI does: the tool, the counts, each
// column's use, each skipped row's reason and the notes.
func importReportText(n, known int, rep csvimport.Report, err error) string {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "Import failed: %v\n", err)
	}
	b.WriteString(rep.Summary(csvimport.Outcome{Added: n, Known: known}))
	for _, l := range rep.Details() {
		b.WriteString("\n" + l)
	}
	return b.String()
}

// onCancel closes the dialog; before Import nothing has been written.
func (d *importDialog) onCancel() {
	if d.dlg != nil {
		d.dlg.Hide()
	}
}
