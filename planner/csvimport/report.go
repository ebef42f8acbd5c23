package csvimport

import (
	"fmt"
	"strings"
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
		for i, c := range r.Columns {
			h := c.Header
			if h == "" {
				h = fmt.Sprintf("Column %d", i+1)
			}
			if r := []rune(h); len(r) > 80 {
				h = string(r[:77]) + "…"
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

// plural picks the word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
