package csvimport

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"

	"github.com/coplaunch/coplaunch/planner"
)

// Records is a file read as plain records, with no row taken as the header: what a report in
// sections (a meeting summary, then participants, then activities) needs, where the table's
// header is somewhere inside the file. Blank lines are dropped, as encoding/csv drops them.
type Records struct {
	Rows  [][]string
	Lines []int    // the 1-based file line each row starts on (for a workbook, its row)
	Notes []string // how the file was read ("read as UTF-16 text", the sheet read…)
}

// ReadRecords reads a CSV or an Excel workbook (told by its content) into records, with the
// same care as the survey and candidate readers: size limit, encoding (UTF-8 with or without
// a BOM, UTF-16 LE or BE with a BOM, Windows-1252), binary files refused with ErrNotText, an
// empty file with ErrEmpty. The delimiter (`,`, `;` or tab) is the one most lines agree on,
// not the first line's alone, since a report in sections may start with a one-cell title.
func ReadRecords(r io.Reader) (*Records, error) {
	data, err := readAll(r)
	if err != nil {
		return nil, fmt.Errorf("read csv: %w", err)
	}
	switch {
	case bytes.HasPrefix(data, zipMagic):
		t, err := readWorkbook(data, "")
		if err != nil {
			return nil, err
		}
		rec := &Records{Notes: planner.Strings(t.notes), Rows: append([][]string{t.header}, t.rows...)}
		rec.Lines = append([]int{0}, t.lines...)
		if len(t.lines) > 0 {
			rec.Lines[0] = t.lines[0] - 1
		}
		return rec, nil
	case bytes.HasPrefix(data, oleMagic):
		return nil, fail(ErrNotText, "ui.import.error.old_xls")
	}
	text, note, err := toUTF8(data)
	if err != nil {
		return nil, err
	}
	rec := &Records{}
	if note.Key != "" {
		rec.Notes = append(rec.Notes, note.String())
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, fail(ErrEmpty, "ui.import.error.no_text")
	}
	if bytes.IndexByte(text, '\n') < 0 && bytes.IndexByte(text, '\r') >= 0 {
		text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
	}
	cr := csv.NewReader(bytes.NewReader(text))
	cr.Comma = votedDelimiter(text, 50)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read csv: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if _, big := bigRow(row, line); big {
			return nil, fail(ErrTooLarge, "ui.import.error.cell_line", "line", line, "limit", sizeText(MaxCellSize))
		}
		if len(rec.Rows) >= maxRows {
			return nil, fail(ErrTooLarge, "ui.import.error.over_rows", "n", maxRows)
		}
		rec.Rows = append(rec.Rows, row)
		rec.Lines = append(rec.Lines, line)
	}
	if len(rec.Rows) == 0 {
		return nil, fail(ErrEmpty, "ui.import.error.no_text")
	}
	return rec, nil
}

// votedDelimiter returns the delimiter detectDelimiter picks on most of the first n non-blank
// lines that have one; a comma when none has.
func votedDelimiter(text []byte, n int) rune {
	votes := map[rune]int{}
	for len(text) > 0 && n > 0 {
		line, rest, _ := bytes.Cut(text, []byte("\n"))
		text = rest
		if len(bytes.TrimSpace(line)) == 0 || !bytes.ContainsAny(line, ",;\t") {
			continue
		}
		n--
		votes[detectDelimiter(line)]++
	}
	best, most := ',', 0
	for _, d := range []rune{',', ';', '\t'} {
		if votes[d] > most {
			best, most = d, votes[d]
		}
	}
	return best
}
