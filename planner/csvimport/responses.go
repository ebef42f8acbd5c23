package csvimport

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"iter"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner"
)

// SurveyOptions tune how Responses reads the rows.
type SurveyOptions struct {
	// MultiDelimiter separates the choices of a multi-choice answer in one cell. "" detects
	// it, the same for every caller: ";" when the cell has one (Microsoft Forms), else a line
	// break in a Jotform file, else "," in a Google Forms or Tally file (they join choices
	// with ", ") or, in other files, when the parts are all known options. Set ";" or "," to
	// split only on that. Known options that
	// contain the delimiter ("Yes, weekly") are kept whole either way.
	MultiDelimiter string
	// CreateQuestions makes a new question of every unmapped, non-meta column that has
	// answers; see Report.NewQuestions.
	CreateQuestions bool
	// Location is the time zone of timestamps that name none (Google Forms writes the form
	// owner's local time); nil means UTC. Typeform's dates are always UTC.
	Location *time.Location
}

// Skip is a row left out of an import, or a note about one, with its reason. Row is the
// 1-based line of the file where the record starts (the header is line 1); 0 means the
// whole file.
type Skip struct {
	Row    int
	Reason string
}

// String formats the skip as "row 7: blank row".
func (s Skip) String() string {
	if s.Row == 0 {
		return s.Reason
	}
	return fmt.Sprintf("row %d: %s", s.Row, s.Reason)
}

// Report says what an import did. Rows counts the data records of the file; each was added,
// found already in the plan (Duplicates), or skipped: Rows == Added + Duplicates +
// len(Skipped).
type Report struct {
	// Format is the tool the file came from.
	Format Format
	// Columns says what became of each column, in file order.
	Columns []ColumnUse

	Rows, Added, Duplicates int
	// Skipped lists the rows left out and why, in file order.
	Skipped []Skip
	// NewQuestions are the questions made for unmapped columns when
	// SurveyOptions.CreateQuestions is set. They carry provisional negative IDs (-1, -2, …)
	// that the returned answers use: the caller stores each question (ID reset to 0), then
	// rewrites the answers with RemapQuestions before storing the responses.
	NewQuestions []planner.Question
	// NewOptions lists, per question ID, answers of a choice question that are not among its
	// options. They are imported as given; the caller may add them to the options.
	NewOptions map[int64][]string
	// Notes are things worth a look that did not stop a row: an answer left out (a scale
	// value outside 1–10), a short row, an unreadable timestamp, a duplicate contact.
	Notes []Skip
	// Flagged lists candidates sharing a contact (ReadCandidates): they are imported as
	// separate people and flagged for the organizer to merge or delete, never merged silently.
	Flagged []Duplicate

	moreNotes int // notes over maxNotes, counted
}

// ColumnUse is what an import made of one column.
type ColumnUse struct {
	Header string
	// Use words it: "submitted time", "answers “Which tools?”", "new question “Team” (single
	// choice)", "left out".
	Use string
}

// maxNotes caps Report.Notes so that a file with the same problem on every row gives a
// readable report; a last note counts the rest.
const maxNotes = 100

// note adds a note to the report, or counts it once maxNotes are there.
func (r *Report) note(row int, format string, args ...any) {
	if len(r.Notes) >= maxNotes {
		r.moreNotes++
		return
	}
	r.Notes = append(r.Notes, Skip{Row: row, Reason: fmt.Sprintf(format, args...)})
}

// finish closes the report: skips in file order and the count of notes not shown.
func (r *Report) finish() {
	sort.SliceStable(r.Skipped, func(a, b int) bool { return r.Skipped[a].Row < r.Skipped[b].Row })
	if r.moreNotes > 0 {
		r.Notes = append(r.Notes, Skip{Reason: fmt.Sprintf("%d more notes not shown", r.moreNotes)})
		r.moreNotes = 0
	}
}

// newOption records a choice answer that is not an option of question id.
func (r *Report) newOption(id int64, v string) {
	if r.NewOptions == nil {
		r.NewOptions = map[int64][]string{}
	}
	for _, o := range r.NewOptions[id] {
		if o == v {
			return
		}
	}
	r.NewOptions[id] = append(r.NewOptions[id], v)
}

// target is a question answered by one or more columns.
type target struct {
	q       planner.Question
	cols    []int
	grid    bool
	perOpt  bool              // one column per option (SurveyMonkey)
	format  Format            // the file's, for splitting multi-choice cells
	optKey  map[string]string // normalized option → option
	optRaw  map[string]string // option as written → option, the common case
	options []string          // options, longest first, for splitting multi-choice cells
}

// Responses builds one planner.Response per data row from the mapped columns, with the
// report of rows skipped, duplicates and notes. It does not change s.
//
// Each response's Key is "typeform:" and the response token when the file has one, else
// "csv:" and a hash of the row's trimmed cells, so importing the same file again (even with
// another mapping) gives the same keys: rows whose key is already among s.Responses count as
// Duplicates, and the store skips existing keys too. A row repeating an earlier row's key is
// skipped as a duplicate within the file.
//
// Answers: scale cells read their leading whole number ("7", "7 – Good", "7/10"), values
// outside 1–10 are left out with a note; single-choice cells are matched to the options
// ignoring case and accents, multi-choice cells are split (see SurveyOptions.MultiDelimiter),
// and answers that are no option are kept and listed in Report.NewOptions; text is trimmed.
// A grid question's columns make one answer whose Text holds a "Row: value" line per
// answered row (as Choices instead when the question is multi-choice). When several plain
// columns map to one question, the first non-empty cell answers it.
//
// A row with fewer cells than the header keeps the cells it has (the missing ones count as
// blank, with a note); extra cells are left out with a note. Rows are skipped when blank,
// when no mapped column has an answer, when they repeat an earlier row, or when they were
// dropped while reading (SurveyFile.Dropped).
func (f *SurveyFile) Responses(s planner.Survey, opt SurveyOptions) ([]planner.Response, Report) {
	rep := Report{Format: f.Format, Rows: len(f.Rows) + len(f.Dropped)}
	rep.Skipped = append(rep.Skipped, f.Dropped...)
	for _, n := range f.Notes {
		rep.note(0, "%s", n)
	}

	targets := f.targets(s, opt, &rep)
	meta := map[string]int{}
	for _, c := range f.Columns {
		if _, seen := meta[c.Meta]; c.Meta != "" && !seen {
			meta[c.Meta] = c.Index
		}
	}
	tsCol, hasTS := meta[MetaTimestamp]
	if !hasTS {
		tsCol, hasTS = meta[MetaSubmitted]
	}
	loc := opt.Location
	if loc == nil || f.Format == Typeform {
		loc = time.UTC
	}
	var tsValues []string
	if hasTS {
		for _, row := range f.Rows {
			if tsCol < len(row) {
				tsValues = append(tsValues, row[tsCol])
			}
		}
	}
	times := newTimeParser(loc, dayFirst(tsValues))
	source := "csv"
	if f.Format != Generic {
		source = string(f.Format)
	}
	existing := make(map[string]bool, len(s.Responses))
	for _, r := range s.Responses {
		if r.Key != "" {
			existing[r.Key] = true
		}
	}
	mapped := 0 // the highest column index that is read
	for _, t := range targets {
		for _, i := range t.cols {
			mapped = max(mapped, i)
		}
	}

	seen := make(map[string]int, len(f.Rows))
	var keyBuf []byte
	out := make([]planner.Response, 0, len(f.Rows))
	for i, row := range f.Rows {
		line := i + 2
		if i < len(f.Lines) {
			line = f.Lines[i]
		}
		if blankRow(row) {
			rep.Skipped = append(rep.Skipped, Skip{line, "blank row"})
			continue
		}
		key, token := rowKey(f.Format, row, meta, &keyBuf)
		if first, dup := seen[key]; dup {
			what := "the same cells as"
			if token {
				what = "the same response ID as"
			}
			rep.Skipped = append(rep.Skipped, Skip{line, fmt.Sprintf("repeated in the file: %s row %d", what, first)})
			continue
		}
		seen[key] = line
		if existing[key] || token && f.Format != Typeform && existing[hashKey(row, &keyBuf)] {
			// Already in the plan: by its key, or (for a tool whose response ID this version
			// reads as the key) by the cells' hash an earlier version keyed it by.
			rep.Duplicates++
			continue
		}
		answers := f.answers(row, line, targets, opt, &rep)
		if len(answers) == 0 {
			answers = nil
			reason := "no answers in the mapped columns"
			if len(targets) == 0 {
				reason = "no column is mapped to a question"
			}
			rep.Skipped = append(rep.Skipped, Skip{line, reason})
			continue
		}
		if len(row) < len(f.Header) && mapped >= len(row) {
			rep.note(line, "the row has %d of %d cells; the missing ones count as blank", len(row), len(f.Header))
		} else if len(row) > len(f.Header) && !blankRow(row[len(f.Header):]) {
			rep.note(line, "the row has %d cells, more than the header's %d; the extra ones are left out", len(row), len(f.Header))
		}
		r := planner.Response{Source: source, Key: key, Answers: answers}
		r.Respondent = known(respondent(row, meta))
		r.Email = known(cell(row, meta, MetaEmail))
		if hasTS && tsCol < len(row) && strings.TrimSpace(row[tsCol]) != "" {
			t, err := times.parse(row[tsCol])
			if err != nil {
				rep.note(line, "timestamp %s is not a date and time this import reads; left empty", quote(row[tsCol]))
			}
			r.SubmittedAt = t
		}
		out = append(out, r)
	}
	rep.Added = len(out)
	rep.finish()
	return out, rep
}

// targets resolves the column mapping into the questions to answer, in column order, making
// new questions for unmapped columns when asked to.
func (f *SurveyFile) targets(s planner.Survey, opt SurveyOptions, rep *Report) []*target {
	byID := make(map[int64]planner.Question, len(s.Questions))
	for _, q := range s.Questions {
		byID[q.ID] = q
	}
	var ts []*target
	index := map[int64]*target{}
	add := func(q planner.Question, col int) {
		t := index[q.ID]
		if t == nil {
			t = newTarget(q)
			t.format = f.Format
			index[q.ID] = t
			ts = append(ts, t)
		}
		t.cols = append(t.cols, col)
		switch {
		case f.Columns[col].Row != "":
			t.grid = true
		case f.Columns[col].Option != "":
			t.perOpt = true
		}
	}
	uses := make([]string, len(f.Header))
	// Unmapped columns, grouped by question text so that a grid's columns (and a header
	// Google Forms repeats) make one new question.
	var loose []string
	groups := map[string][]int{}
	for _, c := range f.Columns {
		if c.Index < 0 || c.Index >= len(f.Header) {
			continue // a column the caller invented
		}
		switch {
		case c.Meta != "":
			uses[c.Index] = MetaLabel(c.Meta)
		case c.QuestionID != 0:
			q, ok := byID[c.QuestionID]
			if !ok {
				rep.note(0, "column %s is mapped to question %d, which the survey does not have; left out", quote(c.Header), c.QuestionID)
				continue
			}
			add(q, c.Index)
			uses[c.Index] = "answers " + quote(q.Title)
		case opt.CreateQuestions:
			k := normKey(c.Title())
			switch {
			case c.Row != "":
				k = "[grid] " + k
			case c.Option != "":
				k = "[options] " + k
			}
			if _, ok := groups[k]; !ok {
				loose = append(loose, k)
			}
			groups[k] = append(groups[k], c.Index)
		}
	}
	var next int64 = -1
	for _, k := range loose {
		cols := groups[k]
		c := f.Columns[cols[0]]
		title := c.Title()
		if title == "" {
			title = fmt.Sprintf("Column %d", c.Index+1)
		}
		q := planner.Question{ID: next, Title: title, Kind: planner.KindText}
		switch {
		case c.Option != "":
			q.Kind = planner.KindMulti
			for _, col := range cols {
				if o := f.Columns[col].Option; !isOther(o) {
					q.Options = append(q.Options, o)
				}
			}
		case c.Row == "":
			var ok bool
			if q.Kind, q.Options, ok = guessKind(f.Rows, cols, f.Format); !ok {
				rep.note(0, "column %s has no answers; no question made for it", quote(title))
				for _, col := range cols {
					uses[col] = "left out: no answers"
				}
				continue
			}
		}
		next--
		rep.NewQuestions = append(rep.NewQuestions, q)
		for _, col := range cols {
			add(q, col)
			uses[col] = fmt.Sprintf("new question %s (%s)", quote(q.Title), q.Kind.Label())
		}
	}
	for i := range f.Header {
		h := f.Header[i]
		if i < len(f.Columns) && f.Columns[i].Index == i {
			h = f.Columns[i].Header
		}
		u := uses[i]
		if u == "" {
			u = "left out"
		}
		rep.Columns = append(rep.Columns, ColumnUse{Header: h, Use: u})
	}
	return ts
}

// newTarget prepares a question's option lookups.
func newTarget(q planner.Question) *target {
	t := &target{q: q}
	if q.Kind == planner.KindSingle || q.Kind == planner.KindMulti {
		t.optKey = make(map[string]string, len(q.Options))
		t.optRaw = make(map[string]string, len(q.Options))
		for _, o := range q.Options {
			o = strings.TrimSpace(o)
			if o == "" {
				continue
			}
			if _, dup := t.optRaw[o]; !dup {
				t.optRaw[o] = o
			}
			if _, dup := t.optKey[normKey(o)]; !dup {
				t.optKey[normKey(o)] = o
			}
			t.options = append(t.options, o)
		}
		sort.SliceStable(t.options, func(a, b int) bool { return len(t.options[a]) > len(t.options[b]) })
	}
	return t
}

// answers reads one row's answers, in target order.
func (f *SurveyFile) answers(row []string, line int, targets []*target, opt SurveyOptions, rep *Report) []planner.Answer {
	out := make([]planner.Answer, 0, len(targets))
	for _, t := range targets {
		if t.perOpt && !t.grid {
			if a, ok := t.optionAnswer(f, row, rep); ok {
				out = append(out, a)
			}
			continue
		}
		if t.grid {
			var lines []string
			for i, v := range t.filled(row) {
				if r := f.Columns[i].Row; r != "" {
					v = r + ": " + v
				}
				lines = append(lines, v)
			}
			if len(lines) == 0 {
				continue
			}
			a := planner.Answer{QuestionID: t.q.ID}
			if t.q.Kind == planner.KindMulti {
				a.Choices = lines
			} else {
				a.Text = strings.Join(lines, "\n")
			}
			out = append(out, a)
			continue
		}
		v := ""
		for _, c := range t.filled(row) {
			v = c
			break
		}
		if v == "" {
			continue
		}
		if a, ok := t.answer(v, line, opt, rep); ok {
			out = append(out, a)
		}
	}
	return out
}

// answer turns one non-empty cell into the question's answer.
func (t *target) answer(v string, line int, opt SurveyOptions, rep *Report) (planner.Answer, bool) {
	a := planner.Answer{QuestionID: t.q.ID}
	switch t.q.Kind {
	case planner.KindScale:
		n, ok := scaleValue(v)
		if !ok {
			rep.note(line, "%s: %s is not a number from 1 to 10; answer left out", quote(t.q.Title), quote(v))
			return a, false
		}
		a.Text = strconv.Itoa(n)
	case planner.KindSingle:
		a.Text = t.choice(v, rep)
	case planner.KindMulti:
		for _, p := range t.split(v, opt.MultiDelimiter, t.format) {
			c := t.choice(p, rep)
			if !contains(a.Choices, c) {
				a.Choices = append(a.Choices, c)
			}
		}
		if len(a.Choices) == 0 {
			return a, false
		}
	default:
		a.Text = v
	}
	return a, true
}

// filled yields the target's columns whose cell in row is not blank, with the cleaned cell.
func (t *target) filled(row []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for _, i := range t.cols {
			if i >= len(row) {
				continue
			}
			if v := cleanCell(row[i]); v != "" && !yield(i, v) {
				return
			}
		}
	}
}

// optionAnswer reads a question answered in one column per option: each non-blank cell is a
// choice, the column's option when the cell names it, else the cell's text (an "Other"
// answer). A question that is not multiple choice gets the choices as text, one a line.
func (t *target) optionAnswer(f *SurveyFile, row []string, rep *Report) (planner.Answer, bool) {
	a := planner.Answer{QuestionID: t.q.ID}
	var picked []string
	for i, v := range t.filled(row) {
		if o := f.Columns[i].Option; o != "" && normKey(v) == normKey(o) {
			v = o
		}
		if !contains(picked, v) {
			picked = append(picked, v)
		}
	}
	if len(picked) == 0 {
		return a, false
	}
	switch t.q.Kind {
	case planner.KindMulti:
		for _, p := range picked {
			if c := t.choice(p, rep); !contains(a.Choices, c) {
				a.Choices = append(a.Choices, c)
			}
		}
	case planner.KindSingle:
		a.Text = t.choice(picked[0], rep)
	default:
		a.Text = strings.Join(picked, "\n")
	}
	return a, true
}

// choice returns the option v names, or v itself (recorded as a new option) when it names none.
func (t *target) choice(v string, rep *Report) string {
	if o, ok := t.optRaw[v]; ok {
		return o
	}
	if o, ok := t.optKey[normKey(v)]; ok {
		return o
	}
	if rep != nil {
		rep.newOption(t.q.ID, v)
	}
	return v
}

// split splits a multi-choice cell; see SurveyOptions.MultiDelimiter.
func (t *target) split(v, delim string, f Format) []string {
	if delim != "" {
		return t.splitOn(v, delim)
	}
	switch {
	case f == Jotform && !strings.Contains(v, ";") && strings.Contains(v, "\n"):
		return t.splitOn(v, "\n")
	case (f == GoogleForms || f == Tally) && !strings.Contains(v, ";"):
		return t.splitOn(v, ",")
	}
	parts := t.splitOn(v, ";")
	if len(parts) == 1 && strings.Contains(v, ",") {
		if alt := t.splitOn(v, ","); t.allKnown(alt) {
			return alt
		}
	}
	return parts
}

// splitOn splits v on delim, taking known options whole even when they contain delim.
func (t *target) splitOn(v, delim string) []string {
	var parts []string
	rest := strings.TrimSpace(v)
	for rest != "" {
		piece := ""
		for _, o := range t.options {
			if len(rest) < len(o) || !strings.EqualFold(rest[:len(o)], o) {
				continue
			}
			after := strings.TrimLeft(rest[len(o):], " ")
			if after == "" || strings.HasPrefix(after, delim) {
				piece = o
				rest = strings.TrimSpace(strings.TrimPrefix(after, delim))
				break
			}
		}
		if piece == "" {
			j := strings.Index(rest, delim)
			if j < 0 {
				piece, rest = rest, ""
			} else {
				piece, rest = strings.TrimSpace(rest[:j]), strings.TrimSpace(rest[j+len(delim):])
			}
		}
		if piece != "" {
			parts = append(parts, piece)
		}
	}
	return parts
}

// allKnown reports whether every part names an option.
func (t *target) allKnown(parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, ok := t.optKey[normKey(p)]; !ok {
			return false
		}
	}
	return true
}

// scaleValue reads a scale answer: a whole number from 1 to 10 and nothing else, written
// "7", "7.0" or "7,0", or followed by the label a tool shows beside it ("7 – Good", "7 (good)")
// or the scale's top ("7/10"). A date ("5/31/23"), a time, a fraction ("7.5"), a number run
// into a word or unit ("7th", "7%") or outside 1–10 is no scale answer.
func scaleValue(v string) (int, bool) {
	v = strings.TrimSpace(v)
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return 0, false
	}
	n, _ := strconv.Atoi(v[:i])
	rest := v[i:]
	if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		// A decimal: "7.0" is seven, "7.5" is no whole number.
		j := 1
		for j < len(rest) && rest[j] == '0' {
			j++
		}
		if j < len(rest) && rest[j] >= '1' && rest[j] <= '9' {
			return 0, false
		}
		rest = rest[j:]
	}
	switch {
	case rest == "":
	case rest == "/10" || rest == " / 10":
	case rest[0] == ' ' || rest[0] == '(' || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || rest[0] == '-':
		// A label: after the separators there must be a word, not more figures ("7 15:26").
		label := strings.TrimLeft(rest, " -–—(")
		if label == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(label)
		if !unicode.IsLetter(r) {
			return 0, false
		}
	default:
		return 0, false
	}
	return n, planner.DefaultScale.Contains(float64(n))
}

// wholeScale reports whether v is a bare whole number from 1 to 10 ("7", "7.0"): the only
// answers from which a new question is taken to be a scale.
func wholeScale(v string) bool {
	n, ok := scaleValue(v)
	if !ok {
		return false
	}
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ".,"); i > 0 && strings.Trim(v[i+1:], "0") == "" {
		v = v[:i]
	}
	return v == strconv.Itoa(n)
}

// maxChoices is the most distinct answers a choice column has: more make it open text.
const maxChoices = 12

// guessKind guesses the kind of a new question from the column's answers, strictly: a scale
// when every answer is a bare whole number from 1 to 10; a choice when the answers come from
// a small set (at most maxChoices distinct, each short, each on average given twice);
// multiple choice when answers join such choices with ";" (Microsoft Forms), line breaks
// (Jotform) or ", " (Google Forms, Tally); open text otherwise (long, numeric or all
// different answers). The choices become the options. ok is false when the column has no
// answers.
func guessKind(rows [][]string, cols []int, format Format) (planner.QuestionKind, []string, bool) {
	var values []string
	for _, row := range rows {
		for _, c := range cols {
			if c < len(row) {
				if v := cleanCell(row[c]); v != "" {
					values = append(values, v)
				}
			}
		}
	}
	if len(values) == 0 {
		return "", nil, false
	}
	scale := true
	for _, v := range values {
		if !wholeScale(v) {
			scale = false
			break
		}
	}
	if scale {
		return planner.KindScale, nil, true
	}
	for _, sep := range joiners(format) {
		if opts, ok := choiceSet(values, sep); ok {
			return planner.KindMulti, opts, true
		}
	}
	if opts, ok := choiceSet(values, ""); ok {
		return planner.KindSingle, opts, true
	}
	return planner.KindText, nil, true
}

// joiners are the separators a tool joins the choices of a multiple-choice answer with, in
// the order they are tried: Jotform puts each on its own line, Microsoft Forms joins with
// ";", Google Forms and Tally with ", ". A file of unknown origin may use ";" or ", ".
func joiners(f Format) []string {
	if f == Jotform {
		return []string{"\n", ";", ", "}
	}
	return []string{";", ", "}
}

// choiceSet splits the values on sep ("" for none) and returns the distinct parts when they
// form a small set of short choices that repeat. With a separator, some value must hold two
// or more parts.
func choiceSet(values []string, sep string) ([]string, bool) {
	var options []string
	distinct := map[string]bool{}
	total, joined := 0, false
	for _, v := range values {
		parts := []string{v}
		if sep != "" {
			parts = strings.Split(v, sep)
		}
		n := 0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			if p[0] >= '0' && p[0] <= '9' || utf8.RuneCountInString(p) > 40 || strings.Contains(p, "\n") && sep != "\n" {
				return nil, false
			}
			n++
			total++
			if k := normKey(p); !distinct[k] {
				distinct[k] = true
				options = append(options, p)
			}
		}
		joined = joined || n > 1
	}
	if sep != "" && !joined {
		return nil, false
	}
	if len(options) == 0 || len(options) > maxChoices || len(options)*2 > total && len(options) == total {
		return nil, false
	}
	if sep == ", " && len(options)*2 > total {
		return nil, false // free text with commas: the parts hardly repeat
	}
	return options, true
}

// RemapQuestions rewrites the question IDs of answers found in ids (old → new): after
// storing Report.NewQuestions, callers map their provisional negative IDs to the stored IDs.
func RemapQuestions(rs []planner.Response, ids map[int64]int64) {
	for i := range rs {
		for j := range rs[i].Answers {
			if n, ok := ids[rs[i].Answers[j].QuestionID]; ok {
				rs[i].Answers[j].QuestionID = n
			}
		}
	}
}

// rowKey returns the row's import key, and whether it is the tool's response ID: the format
// and the ID ("typeform:…", "microsoft-forms:…"), or "csv:" and a hash of the trimmed cells. buf is scratch
// space reused across rows.
func rowKey(f Format, row []string, meta map[string]int, buf *[]byte) (string, bool) {
	if tok := cell(row, meta, MetaToken); tok != "" {
		if f == Generic {
			return "csv-id:" + tok, true
		}
		return string(f) + ":" + tok, true
	}
	return hashKey(row, buf), false
}

// hashKey is the import key of a row without a response ID: "csv:" and a hash of its
// trimmed cells, trailing blank cells left out.
func hashKey(row []string, buf *[]byte) string {
	end := len(row)
	for end > 0 && strings.TrimSpace(row[end-1]) == "" {
		end-- // a padded or short row is the same row
	}
	b := (*buf)[:0]
	for i, c := range row[:end] {
		if i > 0 {
			b = append(b, 0x1f)
		}
		b = append(b, strings.TrimSpace(c)...)
	}
	*buf = b
	sum := sha256.Sum256(b)
	return "csv:" + hex.EncodeToString(sum[:16])
}

// respondent returns the row's name, joining first and last names when they are split.
func respondent(row []string, meta map[string]int) string {
	if n := cell(row, meta, MetaName); n != "" {
		return n
	}
	return strings.TrimSpace(cell(row, meta, MetaFirstName) + " " + cell(row, meta, MetaLastName))
}

// known returns a name or email, or "" when the tool wrote "anonymous" for none (Microsoft
// Forms does for anonymous responses).
func known(s string) string {
	if strings.EqualFold(s, "anonymous") {
		return ""
	}
	return s
}

// cell returns the trimmed cell of the meta column m, or "".
func cell(row []string, meta map[string]int, m string) string {
	i, ok := meta[m]
	if !ok || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

// cleanCell trims a cell, makes its line ends "\n" and drops the apostrophe the app's own
// CSV exports put before a cell starting with = + - or @ (so a spreadsheet does not run it as
// a formula): an exported "@maya" handle reads back as "@maya".
func cleanCell(s string) string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if len(s) > 1 && s[0] == '\'' && strings.IndexByte("=+-@", s[1]) >= 0 {
		s = s[1:]
	}
	return s
}

// blankRow reports whether every cell is blank.
func blankRow(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// quote quotes a value for a message, shortened when long.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 40 {
		r := []rune(s)
		s = string(r[:37]) + "…"
	}
	return "“" + s + "”"
}

// contains reports whether ss holds s.
func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
