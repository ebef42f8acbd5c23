package csvimport

import (
	"strings"
)

// tableBuilder is the one loop that turns rows into a table, whichever reader fetches them
// (readTable for a CSV, readWorkbook for a sheet): the two differ only in how a row is read.
// It finds the header the way a person would: blank rows before it are skipped, a title row
// above it (one filled cell, with the header's several cells under it) is left out with a
// note, and so are blank columns before the table's first column. Data rows with a cell over
// MaxCellSize are dropped with their reason.
type tableBuilder struct {
	t *table
	// budget, when over 0, caps the bytes of text the rows take (plus a per-cell overhead):
	// a sheet's XML may unpack to far more than the file's size.
	budget int
	// pending is the first filled row, held until the next one says whether it is the
	// header or a title above it.
	pending     []string
	pendingLine int
	titles      []string
}

// add takes the next row of the file, line being where it starts (1-based).
func (b *tableBuilder) add(cells []string, line int) error {
	t := b.t
	if t.header == nil {
		if blankRow(cells) {
			return nil
		}
		if b.pending == nil {
			b.pending, b.pendingLine = cells, line
			return nil
		}
		if filled(b.pending) == 1 && filled(cells) >= 2 {
			// A title above the header: "Course feedback, spring term" in A1.
			b.titles = append(b.titles, firstFilled(b.pending))
			b.pending, b.pendingLine = cells, line
			return nil
		}
		if err := b.setHeader(); err != nil {
			return err
		}
	}
	if s, big := bigRow(cells, line); big {
		t.dropped = append(t.dropped, s)
		return nil
	}
	if b.budget > 0 {
		for _, c := range cells {
			b.budget -= len(c) + 16
		}
		if b.budget <= 0 {
			return fail(ErrTooLarge, "ui.import.error.text_mb", "mb", cellBudget>>20)
		}
	}
	if len(t.rows) >= maxRows {
		return fail(ErrTooLarge, "ui.import.error.over_rows", "n", maxRows)
	}
	t.rows = append(t.rows, cells)
	t.lines = append(t.lines, line)
	return nil
}

// setHeader makes the pending row the header.
func (b *tableBuilder) setHeader() error {
	if err := checkHeader(b.pending); err != nil {
		return err
	}
	b.t.header = b.pending
	for _, title := range b.titles {
		b.t.notes = append(b.t.notes, say("ui.import.note.title_left_out", "title", cutText(title)))
	}
	b.pending = nil
	return nil
}

// finish settles the header of a file with no data rows and drops blank leading columns. The
// error is ErrEmpty when no row had a filled cell.
func (b *tableBuilder) finish() error {
	t := b.t
	if t.header == nil && b.pending != nil {
		if err := b.setHeader(); err != nil {
			return err
		}
	}
	if t.header == nil {
		return fail(ErrEmpty, "ui.import.error.no_header")
	}
	skip := leadingBlankColumns(t.header, t.rows)
	if skip > 0 {
		t.header = t.header[skip:]
		for i, row := range t.rows {
			t.rows[i] = row[min(skip, len(row)):]
		}
		t.notes = append(t.notes, say("ui.import.note.table_column", "column", columnLetter(skip)))
	}
	return nil
}

// leadingBlankColumns counts the columns before the table's first one: blank in the header and
// in every row.
func leadingBlankColumns(header []string, rows [][]string) int {
	n := 0
	for n < len(header) && strings.TrimSpace(header[n]) == "" {
		n++
	}
	for _, row := range rows {
		for i := 0; i < min(n, len(row)); i++ {
			if strings.TrimSpace(row[i]) != "" {
				n = i
				break
			}
		}
	}
	return n
}

// filled counts the cells with text.
func filled(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// firstFilled returns the first cell with text, trimmed.
func firstFilled(cells []string) string {
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			return c
		}
	}
	return ""
}

// columnLetter is the spreadsheet name of column i (0-based): A … Z, AA, AB …
func columnLetter(i int) string {
	s := ""
	for i >= 0 {
		s = string(rune('A'+i%26)) + s
		i = i/26 - 1
	}
	return s
}
