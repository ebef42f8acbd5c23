package csvimport

import (
	"fmt"
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// Summary words an import's outcome in one line, the same in the CLI and the GUI:
// "Microsoft Forms export, 12 rows: 9 responses added, 2 already in the plan, 1 skipped, 3
// new questions." Rows the plan had before, whether found while reading (Duplicates) or by the
// store (Outcome.Known), count as already in the plan; rows repeated within the file are
// skipped with that reason.
func (r Report) Summary(out Outcome) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s export, %d %s: %d %s added, %d already in the plan, %d skipped",
		r.Format.Label(), r.Rows, plural(r.Rows, "row", "rows"), out.Added, plural(out.Added, "response", "responses"),
		r.Duplicates+out.Known, len(r.Skipped))
	if n := len(r.NewQuestions); n > 0 {
		fmt.Fprintf(&b, ", %d new %s", n, plural(n, "question", "questions"))
	}
	b.WriteString(".")
	return b.String()
}

// Details lists, one a line, what became of each column, each skipped row with its reason,
// and the notes: the rest of the import report after Summary.
func (r Report) Details() []string {
	var lines []string
	if len(r.Columns) > 0 {
		lines = append(lines, "Columns:")
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
				kind := c.Use
				if j := strings.LastIndex(kind, " ("); j >= 0 {
					kind = strings.TrimSuffix(kind[j+2:], ")")
				}
				lines = append(lines, fmt.Sprintf("  grid “%s”: %d %s, each a new question (%s)", cut(c.Grid, 80), n, plural(n, "row", "rows"), kind))
				i += n - 1
				continue
			}
			h := heads[i]
			if h == "" {
				h = fmt.Sprintf("Column %d", i+1)
			}
			lines = append(lines, fmt.Sprintf("  “%s”: %s", h, c.Use))
		}
	}
	if len(r.Skipped) > 0 {
		lines = append(lines, "Skipped rows:")
		for _, s := range r.Skipped {
			lines = append(lines, "  "+s.String())
		}
	}
	if len(r.Notes) > 0 {
		lines = append(lines, "Notes:")
		for _, n := range r.Notes {
			lines = append(lines, "  "+n.String())
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
	// Grid is the title of the grid the column was made a row of, Row its row label; "" for
	// other columns. Details lists a grid once.
	Grid, Row string
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
