package csvimport

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Limits of an Excel workbook beyond MaxFileSize: a .xlsx file is a zip archive whose parts
// may unpack to far more than the file's size (a "zip bomb"), and a sheet may claim a
// million rows. Both are refused with ErrTooLarge before the rows are read.
var (
	// unzipLimit caps the unpacked size of all parts of a workbook together.
	unzipLimit int64 = 256 << 20
	// unzipMemLimit is the largest part kept in memory; a larger sheet is unpacked to a
	// temporary file and streamed from there.
	unzipMemLimit int64 = 16 << 20
	// cellBudget caps the memory the rows read from a sheet take: bytes of text plus a
	// per-cell overhead.
	cellBudget = 2 * MaxFileSize
	// maxRows is MaxRows, lowered by tests that stream a million rows.
	maxRows = MaxRows
)

// zipMagic starts a .xlsx file (a zip archive); oleMagic an old .xls file or a
// password-protected workbook.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// readWorkbook reads one sheet of an Excel workbook into a table: the sheet named sheet
// (compared ignoring case), or the first sheet when sheet is "". The header is found as in a
// CSV (tableBuilder: blank rows, a title row and blank columns before it are left out). Cells come as Excel shows them, except
// date and time cells, which come as "2006-01-02 15:04:05" (or the date or the time alone)
// from their serial number, whatever their display format.
func readWorkbook(data []byte, sheet string) (*table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: unzipLimit, UnzipXMLSizeLimit: min(unzipMemLimit, unzipLimit),
	})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return nil, fail(ErrTooLarge, "ui.import.error.unzip_mb", "mb", unzipLimit>>20)
		}
		return nil, fail(ErrNotText, "ui.import.error.bad_xlsx", "error", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fail(ErrEmpty, "ui.import.error.no_sheets")
	}
	name := sheets[0]
	if sheet != "" {
		name = ""
		for _, s := range sheets {
			if strings.EqualFold(strings.TrimSpace(s), strings.TrimSpace(sheet)) {
				name = s
				break
			}
		}
		if name == "" {
			return nil, &SheetError{Sheets: sheets, Asked: sheet}
		}
	}
	t := &table{sheet: name, sheets: sheets}
	if len(sheets) > 1 {
		t.notes = append(t.notes, sayN("ui.import.note.sheet", len(sheets), "sheet", name))
	}
	if dim, err := f.GetSheetDimension(name); err == nil {
		if rows := dimensionRows(dim); rows > maxRows+1 {
			return nil, fail(ErrTooLarge, "ui.import.error.sheet_rows", "sheet", name, "rows", rows, "limit", maxRows)
		}
	}
	date1904 := false
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		date1904 = *p.Date1904
	}

	// The sheet is read twice side by side: as shown (the display format applied) and raw,
	// so that a date cell can be told by its shown text and converted from its serial number.
	shown, err := f.Rows(name)
	if err != nil {
		return nil, fail(ErrNotText, "ui.import.error.sheet_bad", "sheet", name, "error", err)
	}
	defer shown.Close()
	raw, err := f.Rows(name)
	if err != nil {
		return nil, fail(ErrNotText, "ui.import.error.sheet_bad", "sheet", name, "error", err)
	}
	defer raw.Close()

	b := tableBuilder{t: t, budget: cellBudget}
	line := 0
	for shown.Next() {
		raw.Next()
		line++
		if line > maxRows+1 {
			return nil, fail(ErrTooLarge, "ui.import.error.sheet_over_rows", "sheet", name, "n", maxRows)
		}
		cells, err := shown.Columns()
		if err != nil {
			return nil, fail(ErrNotText, "ui.import.error.sheet_row_bad", "sheet", name, "row", line, "error", err)
		}
		rawCells, err := raw.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fail(ErrNotText, "ui.import.error.sheet_row_bad", "sheet", name, "row", line, "error", err)
		}
		for i, c := range cells {
			if i < len(rawCells) {
				if v, ok := excelDate(rawCells[i], c, date1904); ok {
					cells[i] = v
				}
			}
		}
		if err := b.add(cells, line); err != nil {
			return nil, fmt.Errorf("sheet %q: %w", name, err)
		}
	}
	if err := shown.Error(); err != nil {
		return nil, fail(ErrTooLarge, "ui.import.error.sheet_bad", "sheet", name, "error", err)
	}
	if err := b.finish(); err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	return t, nil
}

// SheetError is returned when the sheet asked for is not in the workbook; it lists the
// sheets there are.
type SheetError struct {
	Sheets []string
	Asked  string // the sheet asked for
}

func (e *SheetError) Error() string {
	return "the workbook's sheets are " + strings.Join(quoteAll(e.Sheets), ", ") + ": " + fmt.Sprintf("%q", e.Asked) + " is not among them"
}

// dimensionRows returns the last row of a sheet dimension such as "A1:K250", or 0.
func dimensionRows(dim string) int {
	_, last, ok := strings.Cut(dim, ":")
	if !ok {
		last = dim
	}
	i := strings.IndexFunc(last, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return 0
	}
	n, err := strconv.Atoi(last[i:])
	if err != nil {
		return 0
	}
	return n
}

// excelDate converts a date or time cell to text from its serial number raw, telling it by
// the text shown: a number shown with date or time separators or a month name. ok is false
// for every other cell.
func excelDate(raw, shown string, date1904 bool) (string, bool) {
	if raw == shown || raw == "" || shown == "" {
		return "", false
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil || v < 0 || v >= 2958466 || math.IsNaN(v) {
		return "", false
	}
	if _, err := strconv.ParseFloat(shown, 64); err == nil || strings.ContainsAny(shown, "%$€£¥") {
		return "", false // a number in another format: "7.50", "7.5E+03", "50%"
	}
	dateLike := strings.ContainsAny(shown[1:], "/:-") || strings.Count(shown, ".") >= 2 ||
		strings.IndexFunc(shown, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0
	if !dateLike {
		return "", false
	}
	t, err := excelize.ExcelDateToTime(v, date1904)
	if err != nil {
		return "", false
	}
	t = t.Round(time.Second)
	switch whole := v == math.Trunc(v); {
	case v < 1:
		return t.Format("15:04:05"), true
	case whole:
		return t.Format("2006-01-02"), true
	}
	return t.Format("2006-01-02 15:04:05"), true
}
