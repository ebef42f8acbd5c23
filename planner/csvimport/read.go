// Package csvimport reads the files organizers already have: survey exports from Google
// Forms, Microsoft Forms, SurveyMonkey, Typeform, Jotform and Tally (or any spreadsheet), as
// CSV or as an Excel workbook (.xlsx), and candidate lists. It turns them into planner
// responses and candidates with a report of what was skipped and why, and never changes a
// plan itself: callers preview the result and hand it to the store.
//
// Reading is forgiving about the quirks real exports have (a byte order mark, `;` or tab
// delimiters, an Excel "sep=" line, padded headers, quoted cells with newlines, stray quotes,
// Windows-1252 or UTF-16 text) and strict about what is not a CSV at all (binary data, an
// empty file, a file over MaxFileSize), which gets a clear error instead of garbage rows.
// A row with a cell over MaxCellSize is skipped with its reason.
//
// A survey import goes:
//
//	f, err := csvimport.ReadSurvey(r)        // format, delimiter, meta columns
//	f.AutoMap(plan.Survey.Questions)         // then let the user edit f.Columns[i].QuestionID
//	rs, rep := f.Responses(plan.Survey, opt) // nothing stored yet: preview rs and rep
//	// store rep.NewQuestions (if any), csvimport.RemapQuestions(rs, oldToNewIDs),
//	// store.AddResponses(ctx, planID, rs), then planner.AutoTag(&plan.Survey).
//
// Or in one call, as the CLI does: csvimport.ImportAll(ctx, store, plan, f, opt).
//
// Format detection, on the cleaned header (see ReadSurveyWith): Google Forms, Microsoft Forms,
// SurveyMonkey (with its second header row), Tally, Jotform, Typeform, generic otherwise. Each
// tool's metadata columns (response ID, start and completion times, email, name, IP address…)
// are meta, never questions, and so is any column whose answers are all dates or times. An
// Excel workbook is read from its first sheet or the one named, within limits on its unpacked
// size and row count.
package csvimport

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner"
)

// Limits of what the readers accept. A survey export is a few megabytes at most; the limits
// keep a wrong file (a video, a database dump) from eating the machine's memory.
const (
	// MaxFileSize is the largest file the readers accept.
	MaxFileSize = 64 << 20
	// MaxCellSize is the largest cell kept; a row with a larger cell is skipped with a reason.
	MaxCellSize = 1 << 20
	// MaxRows is the most data rows a file or sheet may have: a survey with more is not a
	// community's survey, and a sheet claiming a million rows is refused before it is read.
	MaxRows = 200_000
)

// Errors the readers return, wrapped with detail. Callers test them with errors.Is.
var (
	// ErrEmpty: the file has no header line.
	ErrEmpty = errors.New("the file is empty")
	// ErrNotText: the file is binary (an image, a spreadsheet in .xlsx form…), not a CSV.
	ErrNotText = errors.New("the file is not a text CSV")
	// ErrTooLarge: the file is over MaxFileSize, or its header has a cell over MaxCellSize.
	ErrTooLarge = errors.New("the file is too large")
)

// table is a CSV file read into memory: the header, the data records with the file line each
// starts on, rows dropped while reading, and notes about how the file was read.
type table struct {
	delim   rune
	header  []string // raw header cells
	rows    [][]string
	lines   []int // 1-based file line where each row starts
	dropped []Skip
	notes   []planner.Msg
	sheet   string   // the sheet read, for a workbook
	sheets  []string // all sheets of a workbook
}

// readTable reads a whole CSV or Excel workbook from r. A workbook (.xlsx, told by its
// content, not its name) is read by readWorkbook, from the sheet named sheet or the first. A
// CSV has its encoding fixed, a byte order mark and an Excel "sep=" line stripped, its
// delimiter detected and its records parsed.
func readTable(r io.Reader, sheet string) (*table, error) {
	data, err := readAll(r)
	if err != nil {
		return nil, fmt.Errorf("read csv: %w", err)
	}
	switch {
	case bytes.HasPrefix(data, zipMagic):
		return readWorkbook(data, sheet)
	case bytes.HasPrefix(data, oleMagic):
		return nil, fail(ErrNotText, "ui.import.error.old_xls")
	}
	t := &table{}
	if sheet != "" {
		t.notes = append(t.notes, say("ui.import.note.no_sheets", "sheet", sheet))
	}
	text, note, err := toUTF8(data)
	if err != nil {
		return nil, err
	}
	if note.Key != "" {
		t.notes = append(t.notes, note)
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, fail(ErrEmpty, "ui.import.error.no_header")
	}
	// A file saved on a classic Mac ends lines with a lone CR, which encoding/csv keeps inside
	// the line: make them newlines so each record is a row.
	if bytes.IndexByte(text, '\n') < 0 && bytes.IndexByte(text, '\r') >= 0 {
		text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
	}

	// Excel writes "sep=;" as the first line to name the delimiter.
	skipFirst := false
	if first, _, _ := bytes.Cut(text, []byte("\n")); len(first) >= 5 && bytes.EqualFold(first[:4], []byte("sep=")) {
		d, size := utf8.DecodeRune(first[4:])
		if len(bytes.TrimSpace(first[4+size:])) == 0 && validDelim(d) {
			t.delim = d
			skipFirst = true
			t.notes = append(t.notes, say("ui.import.note.sep_line", "delimiter", string(d)))
		}
	}
	if t.delim == 0 {
		t.delim = detectDelimiter(text)
	}

	cr := csv.NewReader(bytes.NewReader(text))
	cr.Comma = t.delim
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	// ReuseRecord stays off: the rows are kept.
	b := tableBuilder{t: t}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// With LazyQuotes and FieldsPerRecord = -1 encoding/csv has no parse errors left;
			// this is a read error of the underlying reader, which cannot happen on a string.
			return nil, fmt.Errorf("read csv: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if skipFirst {
			skipFirst = false
			continue
		}
		if err := b.add(rec, line); err != nil {
			return nil, err
		}
	}
	if err := b.finish(); err != nil {
		return nil, err
	}
	return t, nil
}

// readAll reads r up to MaxFileSize, sized at once when r knows its length.
func readAll(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	switch v := r.(type) {
	case interface{ Len() int }: // bytes.Reader, strings.Reader, bytes.Buffer
		buf.Grow(min(v.Len(), MaxFileSize) + bytes.MinRead)
	case interface{ Stat() (fs.FileInfo, error) }: // *os.File
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			buf.Grow(int(min(fi.Size(), MaxFileSize)) + bytes.MinRead)
		}
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1)); err != nil {
		return nil, err
	}
	if buf.Len() > MaxFileSize {
		return nil, fail(ErrTooLarge, "ui.import.error.over_mb", "mb", MaxFileSize>>20)
	}
	return buf.Bytes(), nil
}

// checkHeader refuses a header row with a cell over MaxCellSize: such a file is not a table
// of responses or candidates.
func checkHeader(cells []string) error {
	if i, n := bigCell(cells); i >= 0 {
		return fail(ErrTooLarge, "ui.import.error.header_cell", "cell", i+1, "size", sizeText(n), "limit", sizeText(MaxCellSize))
	}
	return nil
}

// bigRow reports whether a row has a cell over MaxCellSize, with the row's skip reason.
func bigRow(cells []string, line int) (Skip, bool) {
	i, n := bigCell(cells)
	if i < 0 {
		return Skip{}, false
	}
	return skip(line, say("ui.import.skip.cell_size", "cell", i+1, "size", sizeText(n), "limit", sizeText(MaxCellSize))), true
}

// bigCell returns the index and size of the first cell over MaxCellSize, or -1.
func bigCell(rec []string) (int, int) {
	for i, c := range rec {
		if len(c) > MaxCellSize {
			return i, len(c)
		}
	}
	return -1, 0
}

// sizeText formats a byte count for a message.
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// validDelim reports whether d can be a CSV delimiter for encoding/csv.
func validDelim(d rune) bool {
	return d != 0 && d != '"' && d != '\r' && d != '\n' && d != utf8.RuneError && !(d >= 0xD800 && d <= 0xDFFF)
}

// detectDelimiter picks `,`, `;` or tab, whichever occurs most often in the header line
// outside quotes. A comma wins ties and a file of one column.
func detectDelimiter(text []byte) rune {
	var comma, semi, tab int
	inQuote := false
scan:
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"':
			inQuote = !inQuote
		case inQuote:
		case c == '\n':
			break scan
		case c == ',':
			comma++
		case c == ';':
			semi++
		case c == '\t':
			tab++
		}
	}
	switch {
	case semi > comma && semi >= tab:
		return ';'
	case tab > comma && tab > semi:
		return '\t'
	}
	return ','
}

// toUTF8 returns data as UTF-8 text without a byte order mark. UTF-16 with a BOM (Excel's
// "Unicode text") is decoded; text that is not valid UTF-8 but has no binary control bytes is
// read as Windows-1252, what Excel on Windows saves as "CSV", and a note says so. NUL bytes or
// many control bytes mean a binary file: ErrNotText.
func toUTF8(data []byte) ([]byte, planner.Msg, error) {
	var none planner.Msg
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeUTF16(data)
		if err != nil {
			return nil, none, err
		}
		return []byte(s), say("ui.import.note.utf16"), nil
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, none, fail(ErrNotText, "ui.import.error.nul_byte", "offset", i)
	}
	if n := controlBytes(data); n > 0 && n*100 > len(data) {
		return nil, none, fail(ErrNotText, "ui.import.error.control_bytes", "n", n)
	}
	if utf8.Valid(data) {
		return data, none, nil
	}
	// Many invalid sequences in a short stretch mean binary data rather than accented text.
	if bad := invalidUTF8(data); bad*10 > len(data) {
		return nil, none, fail(ErrNotText, "ui.import.error.not_text_bytes", "bad", bad, "total", len(data))
	}
	return []byte(decode1252(data)), say("ui.import.note.cp1252"), nil
}

// controlBytes counts bytes below 0x20 other than tab, newline, carriage return and form feed.
func controlBytes(data []byte) int {
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return n
}

// invalidUTF8 counts the bytes of data that are not part of a valid UTF-8 sequence.
func invalidUTF8(data []byte) int {
	n := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			n++
		}
		data = data[max(size, 1):]
	}
	return n
}

// decodeUTF16 decodes UTF-16 text that starts with a byte order mark.
func decodeUTF16(data []byte) (string, error) {
	if len(data)%2 != 0 {
		return "", fail(ErrNotText, "ui.import.error.utf16_odd")
	}
	big := data[0] == 0xFE
	units := make([]uint16, 0, len(data)/2-1)
	for i := 2; i+1 < len(data); i += 2 {
		if big {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	s := string(utf16.Decode(units))
	if strings.IndexByte(s, 0) >= 0 {
		return "", fail(ErrNotText, "ui.import.error.nul_char")
	}
	return s, nil
}

// cp1252 holds the characters of Windows-1252 bytes 0x80–0x9F; the other bytes are Latin-1.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

// decode1252 decodes Windows-1252 bytes.
func decode1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}
