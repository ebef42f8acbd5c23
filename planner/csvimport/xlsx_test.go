package csvimport

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// replacePart returns the workbook data with one part's content replaced by what write
// writes, streamed through the zip writer.
func replacePart(t testing.TB, data []byte, part string, write func(w io.Writer) error) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			if err := write(w); err != nil {
				t.Fatal(err)
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, rc); err != nil {
			t.Fatal(err)
		}
		rc.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// writeRows writes a worksheet of n data rows under a two-column header; dim, if not "",
// is its dimension element's range.
func writeRows(n int, dim string) func(io.Writer) error {
	return func(w io.Writer) error {
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
		if dim != "" {
			fmt.Fprintf(w, `<dimension ref="%s"/>`, dim)
		}
		io.WriteString(w, `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Answer</t></is></c></row>`)
		for i := 2; i <= n+1; i++ {
			fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>P%d</t></is></c><c r="B%d"><v>7</v></c></row>`, i, i, i, i)
		}
		_, err := io.WriteString(w, `</sheetData></worksheet>`)
		return err
	}
}

// TestWorkbookLimits: a sheet of a million rows and a workbook that unpacks to more than the
// limit are refused with ErrTooLarge before their rows are kept.
func TestWorkbookLimits(t *testing.T) {
	base := readTestdata(t, "generic.xlsx")
	t.Run("million rows, dimension says so", func(t *testing.T) {
		data := replacePart(t, base, "xl/worksheets/sheet1.xml", writeRows(10, "A1:B1000001"))
		_, err := ReadSurvey(bytes.NewReader(data))
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "1,000,001 rows") {
			t.Errorf("err = %v, want ErrTooLarge naming the rows", err)
		}
	})
	t.Run("million rows, no dimension", func(t *testing.T) {
		old := maxRows
		maxRows = 20_000 // the real limit is 200,000; a smaller one keeps the test quick
		defer func() { maxRows = old }()
		data := replacePart(t, base, "xl/worksheets/sheet1.xml", writeRows(1_000_000, ""))
		_, err := ReadSurvey(bytes.NewReader(data))
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "over 20,000 rows") {
			t.Errorf("err = %v, want ErrTooLarge at the row limit", err)
		}
	})
	t.Run("row numbers jump to a million", func(t *testing.T) {
		data := replacePart(t, base, "xl/worksheets/sheet1.xml", func(w io.Writer) error {
			_, err := io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+
				`<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>`+
				`<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`)
			return err
		})
		_, err := ReadSurvey(bytes.NewReader(data))
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("err = %v, want ErrTooLarge", err)
		}
	})
	t.Run("zip bomb", func(t *testing.T) {
		old := unzipLimit
		unzipLimit = 4 << 20 // the real limit is 256 MB; a smaller one keeps the test quick
		defer func() { unzipLimit = old }()
		data := replacePart(t, base, "xl/sharedStrings.xml", func(w io.Writer) error {
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>`)
			zeros := bytes.Repeat([]byte("0"), 1<<20)
			for range 8 {
				w.Write(zeros)
			}
			_, err := io.WriteString(w, `</t></si></sst>`)
			return err
		})
		if len(data) > 64<<10 {
			t.Fatalf("the bomb is %d bytes: not a bomb", len(data))
		}
		_, err := ReadSurvey(bytes.NewReader(data))
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "unpacks to over 4 MB") {
			t.Errorf("err = %v, want ErrTooLarge", err)
		}
	})
	t.Run("not a workbook", func(t *testing.T) {
		for name, data := range map[string][]byte{
			"zip of nothing": []byte("PK\x03\x04 not really a zip"),
			"old xls":        append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...),
		} {
			if _, err := ReadSurvey(bytes.NewReader(data)); !errors.Is(err, ErrNotText) {
				t.Errorf("%s: err = %v, want ErrNotText", name, err)
			}
		}
	})
	t.Run("unknown sheet", func(t *testing.T) {
		_, err := ReadSurveyWith(bytes.NewReader(base), ReadOptions{Sheet: "Nope"})
		var se *SheetError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), `“Responses”, “Late responses”`) {
			t.Errorf("err = %v, want the sheets listed", err)
		}
	})
}

// TestWorkbookSheets: the first sheet is read by default and every sheet is listed, so the
// GUI can offer the others.
func TestWorkbookSheets(t *testing.T) {
	f, err := ReadSurvey(bytes.NewReader(readTestdata(t, "generic.xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	if f.Sheet != "Responses" || strings.Join(f.Sheets, "|") != "Responses|Late responses" || f.Delimiter != 0 {
		t.Errorf("sheet %q of %q, delimiter %q", f.Sheet, f.Sheets, f.Delimiter)
	}
	cs, _, err := ReadCandidatesWith(bytes.NewReader(readTestdata(t, "generic.xlsx")), ReadOptions{Sheet: "Late responses"})
	if err != nil || len(cs) != 1 || cs[0].Name != "Noor Haddad" {
		t.Errorf("candidates from a sheet: %+v, %v", cs, err)
	}
}

// TestExcelDate: date and time cells become text from their serial number, other numbers
// stay as shown.
func TestExcelDate(t *testing.T) {
	tests := []struct{ raw, shown, want string }{
		{"45077.64368055556", "5/31/23 15:26", "2023-05-31 15:26:54"},
		{"45077", "31-May-23", "2023-05-31"},
		{"0.5", "12:00:00", "12:00:00"},
		{"45077.64368055556", "31.05.2023 15:26", "2023-05-31 15:26:54"},
		{"7", "7", ""},
		{"3.5", "3.50", ""},
		{"0.5", "50%", ""},
		{"7500", "7.5E+03", ""},
		{"-5", "-5", ""},
		{"1234.5", "$1,234.50", ""},
	}
	for _, tt := range tests {
		got, ok := excelDate(tt.raw, tt.shown, false)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("excelDate(%q, %q) = %q, %v; want %q", tt.raw, tt.shown, got, ok, tt.want)
		}
	}
}

func addXLSXSeeds(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.xlsx"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no testdata: %v", err)
	}
	for _, name := range files {
		f.Add(readTestdata(f, filepath.Base(name)))
	}
}

// FuzzReadSurveyXLSX feeds mangled workbooks to the survey reader: it returns a file or one
// of the readers' errors, never panics, and the file it returns is consistent.
func FuzzReadSurveyXLSX(f *testing.F) {
	addXLSXSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, zipMagic) {
			data = append(append([]byte{}, zipMagic...), data...)
		}
		sf, err := ReadSurvey(bytes.NewReader(data))
		if err != nil {
			if !readError(err) || sf != nil {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if len(sf.Columns) != len(sf.Header) || len(sf.Lines) != len(sf.Rows) {
			t.Fatalf("%d columns for %d headers, %d lines for %d rows", len(sf.Columns), len(sf.Header), len(sf.Lines), len(sf.Rows))
		}
		sf.AutoMap(testSurvey().Questions)
		rs, rep := sf.Responses(testSurvey(), SurveyOptions{CreateQuestions: true})
		if rep.Rows != rep.Added+rep.Duplicates+len(rep.Skipped) || len(rs) != rep.Added {
			t.Fatalf("report does not add up: %+v", rep)
		}
	})
}

// BenchmarkReadSurveyXLSX reads a 10,000-row workbook and reports rows/s.
func BenchmarkReadSurveyXLSX(b *testing.B) {
	data := replacePart(b, readTestdata(b, "generic.xlsx"), "xl/worksheets/sheet1.xml", writeRows(10_000, ""))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := ReadSurvey(bytes.NewReader(data))
		if err != nil || len(f.Rows) != 10_000 {
			b.Fatalf("%v, %d rows", err, len(f.Rows))
		}
	}
	b.ReportMetric(float64(10_000*b.N)/b.Elapsed().Seconds(), "rows/s")
}
