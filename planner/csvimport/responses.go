package csvimport

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
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
	// MultiDelimiter separates the choices of a multi-choice answer in one cell. "" means ";",
	// and then a cell without ";" whose ","-separated parts are all known options is split
	// on "," too (Google Forms joins choices with ", "). Set ";" or "," to split only on that.
	// Known options that contain the delimiter ("Yes, weekly") are kept whole either way.
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
// found already present (Duplicates), or skipped: Rows == Added + Duplicates + len(Skipped).
type Report struct {
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
	rep := Report{Rows: len(f.Rows) + len(f.Dropped)}
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
	switch f.Format {
	case GoogleForms, Typeform:
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
		key, token := rowKey(row, meta, &keyBuf)
		if first, dup := seen[key]; dup {
			what := "the same cells as"
			if token {
				what = "the same response token as"
			}
			rep.Skipped = append(rep.Skipped, Skip{line, fmt.Sprintf("duplicate: %s row %d", what, first)})
			continue
		}
		seen[key] = line
		if existing[key] {
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
		r.Respondent = respondent(row, meta)
		r.Email = cell(row, meta, MetaEmail)
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
			index[q.ID] = t
			ts = append(ts, t)
		}
		t.cols = append(t.cols, col)
		if f.Columns[col].Row != "" {
			t.grid = true
		}
	}
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
		case c.QuestionID != 0:
			q, ok := byID[c.QuestionID]
			if !ok {
				rep.note(0, "column %s is mapped to question %d, which the survey does not have; left out", quote(c.Header), c.QuestionID)
				continue
			}
			add(q, c.Index)
		case opt.CreateQuestions:
			k := normKey(c.Title())
			if c.Row != "" {
				k = "[grid] " + k
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
		if c.Row == "" {
			var ok bool
			if q.Kind, q.Options, ok = guessKind(f.Rows, cols); !ok {
				rep.note(0, "column %s has no answers; no question made for it", quote(title))
				continue
			}
		}
		next--
		rep.NewQuestions = append(rep.NewQuestions, q)
		for _, col := range cols {
			add(q, col)
		}
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
		if t.grid {
			var lines []string
			for _, i := range t.cols {
				if i >= len(row) {
					continue
				}
				v := cleanCell(row[i])
				if v == "" {
					continue
				}
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
		for _, i := range t.cols {
			if i < len(row) {
				if v = cleanCell(row[i]); v != "" {
					break
				}
			}
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
		for _, p := range t.split(v, opt.MultiDelimiter) {
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

// choice returns the option v names, or v itself (recorded as a new option) when it names none.
func (t *target) choice(v string, rep *Report) string {
	if o, ok := t.optRaw[v]; ok {
		return o
	}
	if o, ok := t.optKey[normKey(v)]; ok {
		return o
	}
	rep.newOption(t.q.ID, v)
	return v
}

// split splits a multi-choice cell; see SurveyOptions.MultiDelimiter.
func (t *target) split(v, delim string) []string {
	if delim != "" {
		return t.splitOn(v, delim)
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

// scaleValue reads a scale answer's leading whole number ("7", "7 – Good", "7/10", "7.0")
// and reports whether it is from 1 to 10.
func scaleValue(v string) (int, bool) {
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
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
	if rest != "" {
		// The number must end at a separator, not run into a word or unit ("7th", "7%").
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' || r == '_' {
			return 0, false
		}
	}
	return n, n >= 1 && n <= 10
}

// guessKind guesses the kind of a new question from the column's answers: whole numbers
// 1–10 make a scale; a few short values that repeat a single choice, or a multiple choice
// when answers join several with ";"; anything else (long or numeric answers) open text. The
// repeated values become the options. ok is false when the column has no answers.
func guessKind(rows [][]string, cols []int) (planner.QuestionKind, []string, bool) {
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
		if _, ok := scaleValue(v); !ok {
			scale = false
			break
		}
	}
	if scale {
		return planner.KindScale, nil, true
	}
	joined := false
	for _, v := range values {
		if v[0] >= '0' && v[0] <= '9' || utf8.RuneCountInString(v) > 40 || strings.Contains(v, "\n") {
			return planner.KindText, nil, true
		}
		joined = joined || strings.Contains(v, ";")
	}
	kind := planner.KindSingle
	if joined {
		kind = planner.KindMulti
		var parts []string
		for _, v := range values {
			for _, p := range strings.Split(v, ";") {
				if p = strings.TrimSpace(p); p != "" {
					parts = append(parts, p)
				}
			}
		}
		values = parts
	}
	var options []string
	distinct := map[string]bool{}
	for _, v := range values {
		if k := normKey(v); !distinct[k] {
			distinct[k] = true
			options = append(options, v)
		}
	}
	if len(options) > 10 || len(options) == len(values) {
		return planner.KindText, nil, true
	}
	return kind, options, true
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

// rowKey returns the row's import key, and whether it is a response token. buf is scratch
// space reused across rows.
func rowKey(row []string, meta map[string]int, buf *[]byte) (string, bool) {
	if tok := cell(row, meta, MetaToken); tok != "" {
		return "typeform:" + tok, true
	}
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
	return "csv:" + hex.EncodeToString(sum[:16]), false
}

// respondent returns the row's name, joining first and last names when they are split.
func respondent(row []string, meta map[string]int) string {
	if n := cell(row, meta, MetaName); n != "" {
		return n
	}
	return strings.TrimSpace(cell(row, meta, MetaFirstName) + " " + cell(row, meta, MetaLastName))
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
