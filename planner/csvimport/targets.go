package csvimport

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// target is a question answered by one or more columns.
type target struct {
	q       planner.Question
	cols    []int
	grid    bool
	perOpt  bool              // one column per option (SurveyMonkey)
	format  Format            // the file's, for splitting multi-choice cells
	codes   map[string]string // an answer written as a code (upper case) → its option
	optKey  map[string]string // normalized option → option
	optRaw  map[string]string // option as written → option, the common case
	options []string          // options, longest first, for splitting multi-choice cells
	// multi holds the choices of multi-choice cells read so far, by the cell's text: an
	// export repeats the same few combinations, each split and matched once.
	multi map[string][]string
}

// maxMultiCells bounds target.multi.
const maxMultiCells = 4096

// targets resolves the column mapping into the questions to answer, in column order, making
// new questions for unmapped columns when asked to.
func (f *SurveyFile) targets(s planner.Survey, opt SurveyOptions, rep *Report) []*target {
	byID := make(map[int64]planner.Question, len(s.Questions))
	for _, q := range s.Questions {
		byID[q.ID] = q
	}
	var ts []*target
	index := map[int64]*target{}
	codesOf := map[int64]map[string]string{} // the answer codes of new questions
	add := func(q planner.Question, col int) {
		t := index[q.ID]
		if t == nil {
			t = newTarget(q)
			t.codes = codesOf[q.ID]
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
	uses := make([]planner.Msg, len(f.Header))
	detail := map[int]planner.Msg{} // a new question's kind and how it was come to
	gridOf := map[int]string{}      // the grid title of each column made a grid row
	newTitle := map[int]string{}    // the title of the new question each column makes
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
			uses[c.Index] = metaMsg(c.Meta)
		case c.QuestionID != 0:
			q, ok := byID[c.QuestionID]
			if !ok {
				rep.note(0, say("ui.import.note.unknown_question", "column", cutText(c.Header), "id", c.QuestionID))
				continue
			}
			add(q, c.Index)
			uses[c.Index] = say("ui.import.use.answers", "title", cutText(q.Title))
		case opt.CreateQuestions:
			k := groupKey(c)
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
			title = say("ui.import.column", "n", c.Index+1).String()
		}
		q := planner.Question{Title: title, Kind: planner.KindText}
		how := ""                   // how the kind was come to, when worth saying: chosen, weak
		weakFrom := 0               // the answers a weak guess was made from
		var codes map[string]string // answers written as codes the header explains
		if c.Option != "" {
			q.Kind = planner.KindMulti
			for _, col := range cols {
				if o := f.Columns[col].Option; !isOther(o) {
					q.Options = append(q.Options, o)
				}
			}
		} else {
			g, ok := guessKind(f, cols)
			if !ok {
				rep.note(0, say("ui.import.note.no_answers", "column", cutText(title)))
				for _, col := range cols {
					uses[col] = say("ui.import.use.no_answers")
				}
				continue
			}
			choice := chosenKind(opt.Kinds, cols)
			q = f.questionOf(title, g, choice, cols)
			if q.Kind == g.Kind && g.Codes != nil {
				codes = g.Codes
			}
			switch {
			case choice != nil:
				how = "chosen"
			case g.Weak:
				how = "weak"
			}
			weakFrom = g.Answers
		}
		if c.Row == "" {
			q.ID = next
			codesOf[q.ID] = codes
			next--
			rep.NewQuestions = append(rep.NewQuestions, q)
			for _, col := range cols {
				add(q, col)
				newTitle[col] = q.Title
				detail[col] = kindDetail(q, how, weakFrom)
			}
			continue
		}
		// A grid: each row its own question, titled by its row label, the grid's title kept.
		for _, col := range cols {
			rq := q
			rq.ID, rq.Title, rq.Grid = next, f.Columns[col].Row, title
			codesOf[rq.ID] = codes
			next--
			rep.NewQuestions = append(rep.NewQuestions, rq)
			add(rq, col)
			newTitle[col] = rq.Title
			detail[col] = kindDetail(rq, how, weakFrom)
			gridOf[col] = title
		}
	}
	// New questions' titles, cut for the report so that no two read the same.
	var titles []string
	seen := map[string]bool{}
	for i := range f.Header {
		if t, ok := newTitle[i]; ok && !seen[t] {
			seen[t] = true
			titles = append(titles, t)
		}
	}
	cuts := planner.DistinctCuts(titles, 40)
	cutOf := map[string]string{}
	for i, t := range titles {
		cutOf[t] = cuts[i]
	}
	for i, t := range newTitle {
		uses[i] = say("ui.import.use.new", "title", cutOf[t], "detail", detail[i])
	}
	for i := range f.Header {
		h := f.Header[i]
		if i < len(f.Columns) && f.Columns[i].Index == i {
			h = f.Columns[i].Header
		}
		u := uses[i]
		if u.Key == "" {
			u = say("ui.import.use.left_out")
		}
		use := ColumnUse{Header: h, Use: u.String(), Says: u, Detail: detail[i], Grid: gridOf[i]}
		if use.Grid != "" {
			use.Row = f.Columns[i].Row
		}
		rep.Columns = append(rep.Columns, use)
	}
	return ts
}

// kindDetail words a new question's kind and how it was come to ("chosen", "weak" from
// answers, or ""): "Scale 1–5, as chosen".
func kindDetail(q planner.Question, how string, answers int) planner.Msg {
	kind := say("qkind." + string(q.Kind))
	if q.Kind == planner.KindScale {
		kind = say("qkind.scale_range", "range", q.Range().String())
	}
	switch how {
	case "chosen":
		return say("ui.import.use.kind_chosen", "kind", kind)
	case "weak":
		return sayN("ui.import.use.kind_weak", answers, "kind", kind)
	}
	return kind
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
func (f *SurveyFile) answers(row []string, line int, targets []*target, opt SurveyOptions, rep *Report, slab *[]planner.Answer) []planner.Answer {
	// The row's answers are cut from a slab shared by many rows: one allocation for
	// hundreds of rows instead of one each.
	if len(*slab) < len(targets) {
		*slab = make([]planner.Answer, len(targets)*256)
	}
	out := (*slab)[:0:len(targets)] // at most one answer a target
	defer func() { *slab = (*slab)[min(len(out), len(*slab)):] }()
	for _, t := range targets {
		if t.perOpt && !t.grid {
			if a, ok := t.optionAnswer(f, row, rep); ok {
				out = append(out, a)
			}
			continue
		}
		if t.grid && len(t.cols) > 1 {
			// Several rows of a grid mapped onto one question: a "Row: value" line each.
			lines := make([]string, 0, len(t.cols))
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
	return slices.Clip(out) // a caller appending to one row's answers never writes into the next row's
}

// answer turns one non-empty cell into the question's answer.
func (t *target) answer(v string, line int, opt SurveyOptions, rep *Report) (planner.Answer, bool) {
	a := planner.Answer{QuestionID: t.q.ID}
	switch t.q.Kind {
	case planner.KindScale:
		n, ok := scaleValue(v, t.q.Range())
		if !ok {
			sc := t.q.Range()
			rep.note(line, say("ui.import.note.scale_value", "question", cutText(t.q.Title), "value", cutText(v), "min", sc.Min, "max", sc.Max))
			return a, false
		}
		a.Text = strconv.Itoa(n)
	case planner.KindSingle:
		a.Text = t.choice(v, rep)
	case planner.KindMulti:
		choices, seen := t.multi[v]
		if !seen {
			for _, p := range t.split(v, opt.MultiDelimiter, t.format) {
				c := t.choice(p, rep) // notes a new option once: the same cell again adds none
				if !contains(choices, c) {
					choices = append(choices, c)
				}
			}
			if t.multi == nil {
				t.multi = map[string][]string{}
			}
			if len(t.multi) < maxMultiCells {
				t.multi[v] = choices
			}
		}
		if len(choices) == 0 {
			return a, false
		}
		a.Choices = slices.Clone(choices) // each answer its own

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
	if t.codes != nil {
		if o, ok := t.codes[strings.ToUpper(strings.TrimSpace(v))]; ok {
			return o
		}
	}
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

// KindChoice is a kind the user chose for a new question instead of the guessed one, with
// the range when it is a scale (the zero Scale keeps the guessed or default range).
type KindChoice struct {
	Kind  planner.QuestionKind
	Scale planner.Scale
}

// chosenKind returns the user's choice for any of cols, if any.
func chosenKind(kinds map[int]KindChoice, cols []int) *KindChoice {
	for _, c := range cols {
		if k, ok := kinds[c]; ok && k.Kind != "" {
			return &k
		}
	}
	return nil
}

// questionOf makes the new question for the guess, or for the user's choice when there is
// one: a choice takes its options from the answers (guessed for that kind), a scale the
// range chosen, else the guessed one, else 1–10.
func (f *SurveyFile) questionOf(title string, g Guess, choice *KindChoice, cols []int) planner.Question {
	q := planner.Question{Title: title, Kind: g.Kind, Options: g.Options, Scale: g.Scale}
	if choice == nil || choice.Kind == g.Kind && choice.Scale.IsZero() {
		return q
	}
	q.Kind, q.Options, q.Scale = choice.Kind, nil, planner.Scale{}
	var as answerSet
	for _, row := range f.Rows {
		for _, c := range cols {
			if c < len(row) {
				as.add(row[c])
			}
		}
	}
	switch choice.Kind {
	case planner.KindScale:
		q.Scale = choice.Scale
		if q.Scale.IsZero() {
			q.Scale = g.Scale
		}
		if q.Scale.IsZero() {
			q.Scale = planner.DefaultScale
		}
	case planner.KindMulti:
		if g.Kind == planner.KindMulti {
			q.Options = g.Options
		} else if opts, ok := multiOf(&as, f.Format); ok {
			q.Options, _, _ = planner.OrderedOptions(opts)
		} else {
			q.Options = allAnswers(&as)
		}
	case planner.KindSingle:
		if g.Kind == planner.KindSingle {
			q.Options = g.Options
		} else {
			q.Options, _, _ = planner.OrderedOptions(allAnswers(&as))
		}
	}
	return q
}

// allAnswers returns the distinct answers, most given first, at most maxOptions of them.
func allAnswers(as *answerSet) []string {
	t := tallyOf(as)
	var out []string
	for _, i := range t.ranked() {
		if len(out) == maxOptions {
			break
		}
		out = append(out, t.label(i))
	}
	return out
}

// groupKey names the question a column belongs to when it makes a new one: its question
// text, so that a grid's rows, the option columns of one question (and a header Google
// Forms repeats) make one question, or one grid.
func groupKey(c Column) string {
	k := normKey(c.Title())
	switch {
	case c.Row != "":
		k = "[grid] " + k
	case c.Option != "":
		k = "[options] " + k
	}
	return k
}

// GuessFor is the guess for the new question column col would make, read from all the
// columns of its question (every row of its grid, every option column): what the import
// makes of the column unless the user chooses another kind. ok is false for a meta column
// or a column without answers.
func (f *SurveyFile) GuessFor(col int) (Guess, bool) {
	if col < 0 || col >= len(f.Columns) || f.Columns[col].Meta != "" {
		return Guess{}, false
	}
	k := groupKey(f.Columns[col])
	var cols []int
	for _, c := range f.Columns {
		if c.Meta == "" && c.QuestionID == 0 && groupKey(c) == k || c.Index == col {
			cols = append(cols, c.Index)
		}
	}
	if c := f.Columns[col]; c.Option != "" {
		g := Guess{Kind: planner.KindMulti}
		for _, i := range cols {
			if o := f.Columns[i].Option; !isOther(o) {
				g.Options = append(g.Options, o)
			}
		}
		for _, row := range f.Rows {
			for _, i := range cols {
				if i < len(row) && cleanCell(row[i]) != "" {
					g.Answers++
					if len(g.Samples) < 3 && !contains(g.Samples, cleanCell(row[i])) {
						g.Samples = append(g.Samples, cleanCell(row[i]))
					}
				}
			}
		}
		g.Weak = g.Answers < MinSureAnswers
		return g, g.Answers > 0
	}
	return guessKind(f, cols)
}

// KindNames are the kinds as ParseKindChoice and the CLI's -kind read them.
var KindNames = map[string]planner.QuestionKind{
	"text": planner.KindText, "open": planner.KindText, "scale": planner.KindScale,
	"single": planner.KindSingle, "choice": planner.KindSingle, "multi": planner.KindMulti,
	"multiple": planner.KindMulti, "number": planner.KindNumber,
}

// ParseKindChoice reads a kind chosen for a column, written "COLUMN=KIND" or, for a scale,
// "COLUMN=scale:0-10": COLUMN is the column's header (case and punctuation do not count) or
// its spreadsheet letter (A, B, … AA), KIND one of text, scale, single, multi, number.
func (f *SurveyFile) ParseKindChoice(spec string) (int, KindChoice, error) {
	bad := func(format string, a ...any) (int, KindChoice, error) {
		return 0, KindChoice{}, &planner.ValidationError{Field: "kind", Msg: fmt.Sprintf(format, a...)}
	}
	eq := strings.LastIndex(spec, "=")
	if eq <= 0 {
		return bad("%q: write COLUMN=KIND, e.g. \"Rate us=scale:0-10\" or \"C=single\"", spec)
	}
	colText, kindText := strings.TrimSpace(spec[:eq]), strings.TrimSpace(spec[eq+1:])
	kindName, rng, _ := strings.Cut(kindText, ":")
	kind, ok := KindNames[strings.ToLower(strings.TrimSpace(kindName))]
	if !ok {
		return bad("%q is no kind; use text, scale, single, multi or number", kindName)
	}
	choice := KindChoice{Kind: kind}
	if strings.TrimSpace(rng) != "" {
		if kind != planner.KindScale {
			return bad("only a scale has a range (%q)", kindText)
		}
		sc, err := planner.ParseScale(rng)
		if err != nil {
			return 0, KindChoice{}, err
		}
		choice.Scale = sc
	}
	col := -1
	for i, c := range f.Columns {
		if normKey(c.Header) == normKey(colText) || c.Title() != c.Header && normKey(c.Title()) == normKey(colText) {
			col = i
			break
		}
	}
	if col < 0 {
		if i, ok := columnIndex(colText); ok && i < len(f.Columns) {
			col = i
		}
	}
	if col < 0 {
		return bad("no column %q: give its header or its letter (A to %s)", colText, columnLetter(len(f.Columns)-1))
	}
	if f.Columns[col].Meta != "" {
		return bad("column %s (%s) is read as %s, not a question", columnLetter(col), quote(f.Columns[col].Header), MetaLabel(f.Columns[col].Meta))
	}
	return col, choice, nil
}

// columnIndex reads a spreadsheet column letter: A is 0, Z 25, AA 26.
func columnIndex(s string) (int, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" || len(s) > 3 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return 0, false
		}
		n = n*26 + int(r-'A'+1)
	}
	return n - 1, true
}
