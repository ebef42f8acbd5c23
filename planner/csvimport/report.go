package csvimport

import (
	"fmt"
	"sort"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// english words the report for the command line and the tests.
var english = i18n.New(i18n.English)

// say is a sentence of an import's report or notes: a catalogue key and the values it names.
func say(key string, args ...any) planner.Msg { return planner.Msg{Key: key, Args: args} }

// sayN is say in the plural form for n.
func sayN(key string, n int, args ...any) planner.Msg {
	return planner.Msg{Key: key, Args: args, Count: n, Plural: true}
}

// Summary words an import's outcome in one line in English; see SummaryIn.
func (r Report) Summary(out Outcome) string { return r.SummaryIn(english, out) }

// SummaryIn words an import's outcome in one line in tr's language, the same in the CLI and
// the GUI: "Microsoft Forms export, 12 rows: 9 responses added, 2 already in the plan, 1
// skipped, 3 new questions." Rows the plan had before, whether found while reading
// (Duplicates) or by the store (Outcome.Known), count as already in the plan; rows repeated
// within the file are skipped with that reason.
func (r Report) SummaryIn(tr *i18n.Printer, out Outcome) string {
	args := []any{"format", r.Format.In(tr), "rows", tr.N("ui.import.summary.rows", r.Rows),
		"added", tr.N("ui.import.summary.added", out.Added), "known", tr.Int(r.Duplicates + out.Known),
		"skipped", tr.Int(len(r.Skipped))}
	if n := len(r.NewQuestions); n > 0 {
		return tr.T("ui.import.summary.with_new", append(args, "new", tr.N("ui.import.summary.new_questions", n))...)
	}
	return tr.T("ui.import.summary", args...)
}

// Details lists in English what became of each column, each skipped row and the notes; see
// DetailsIn.
func (r Report) Details() []string { return r.DetailsIn(english) }

// DetailsIn lists, one a line in tr's language, what became of each column, each skipped row
// with its reason, and the notes: the rest of the import report after SummaryIn.
func (r Report) DetailsIn(tr *i18n.Printer) []string {
	var lines []string
	if len(r.Columns) > 0 {
		lines = append(lines, tr.T("ui.import.details.columns"))
		heads := make([]string, len(r.Columns))
		for i, c := range r.Columns {
			heads[i] = c.Header
		}
		heads = planner.DistinctCuts(heads, 80)
		for i := 0; i < len(r.Columns); i++ {
			c := r.Columns[i]
			if c.Grid != "" {
				// A grid once, with its row count, however many columns its rows take.
				n := 1
				for i+n < len(r.Columns) && r.Columns[i+n].Grid == c.Grid {
					n++
				}
				lines = append(lines, "  "+tr.N("ui.import.details.grid", n, "grid", cut(c.Grid, 80), "detail", c.Detail.In(tr)))
				i += n - 1
				continue
			}
			h := heads[i]
			if h == "" {
				h = tr.T("ui.import.column", "n", tr.Int(i+1))
			}
			lines = append(lines, "  "+tr.T("ui.import.details.column", "header", h, "use", c.In(tr)))
		}
	}
	if len(r.Skipped) > 0 {
		lines = append(lines, tr.T("ui.import.details.skipped"))
		for _, s := range r.Skipped {
			lines = append(lines, "  "+s.In(tr))
		}
	}
	if len(r.Notes) > 0 {
		lines = append(lines, tr.T("ui.import.details.notes"))
		for _, n := range r.Notes {
			lines = append(lines, "  "+n.In(tr))
		}
	}
	return lines
}

// cut shortens s to n characters, ending in "…".
func cut(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-3]) + "…"
	}
	return s
}

// plural picks the word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Skip is a row left out of an import, or a note about one, with its reason. Row is the
// 1-based line of the file where the record starts (the header is line 1); 0 means the
// whole file.
type Skip struct {
	Row int
	// Reason is the reason in English; Says is the same with its catalogue key and values,
	// for In (the zero Msg for a Skip made by hand, which In words by Reason).
	Reason string
	Says   planner.Msg
}

// skip is a Skip of row for the reason m.
func skip(row int, m planner.Msg) Skip { return Skip{Row: row, Reason: m.String(), Says: m} }

// String formats the skip in English as "row 7: blank row".
func (s Skip) String() string {
	if s.Row == 0 {
		return s.Reason
	}
	return fmt.Sprintf("row %d: %s", s.Row, s.Reason)
}

// In formats the skip in tr's language: "Zeile 7: leere Zeile".
func (s Skip) In(tr *i18n.Printer) string {
	reason := s.Reason
	if s.Says.Key != "" {
		reason = s.Says.In(tr)
	}
	if s.Row == 0 {
		return reason
	}
	return tr.T("ui.import.row_reason", "row", s.Row, "reason", reason)
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
	// Grid is the title of the grid the column was made a row of, Row its row label; "" for
	// other columns. Details lists a grid once.
	Grid, Row string
	// Use words it in English: "submitted time", "answers “Which tools?”", "new question
	// “Team” (single choice)", "left out". Says is the same with its catalogue key and values.
	Use  string
	Says planner.Msg
	// Detail is, for a column made a new question, its kind and how it was come to ("Scale
	// 1–5, as chosen"), which Details says once for a grid's rows.
	Detail planner.Msg
}

// In words what became of the column in tr's language.
func (c ColumnUse) In(tr *i18n.Printer) string {
	if c.Says.Key == "" {
		return c.Use
	}
	return c.Says.In(tr)
}

// maxNotes caps Report.Notes so that a file with the same problem on every row gives a
// readable report; a last note counts the rest.
const maxNotes = 100

// note adds a note to the report, or counts it once maxNotes are there.
func (r *Report) note(row int, m planner.Msg) {
	if len(r.Notes) >= maxNotes {
		r.moreNotes++
		return
	}
	r.Notes = append(r.Notes, skip(row, m))
}

// finish closes the report: skips in file order and the count of notes not shown.
func (r *Report) finish() {
	sort.SliceStable(r.Skipped, func(a, b int) bool { return r.Skipped[a].Row < r.Skipped[b].Row })
	if r.moreNotes > 0 {
		r.Notes = append(r.Notes, skip(0, sayN("ui.import.note.more", r.moreNotes)))
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
