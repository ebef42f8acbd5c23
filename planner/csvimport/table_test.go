package csvimport

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// headerCases are tables whose header is not in A1, each as the grid of cells a person sees
// in a spreadsheet ("" for an empty cell). Every case is read both as a CSV and as an .xlsx
// sheet: the two readers share one loop and must agree.
var headerCases = []struct {
	name  string
	cells [][]string
	note  string // a note the read must give, "" for none
}{
	{"leading blank rows", [][]string{
		{"", "", ""},
		{"", "", ""},
		{"Timestamp", "Which format?", "Rate it"},
		{"2026-02-01 10:00:00", "Forum", "7"},
		{"2026-02-02 11:00:00", "Live calls", "5"},
	}, ""},
	{"title row", [][]string{
		{"Community survey, spring term", "", ""},
		{"", "", ""},
		{"Timestamp", "Which format?", "Rate it"},
		{"2026-02-01 10:00:00", "Forum", "7"},
		{"2026-02-02 11:00:00", "Live calls", "5"},
	}, "the title “Community survey, spring term” above the header is left out"},
	{"blank columns before the table", [][]string{
		{"", "", "Timestamp", "Which format?", "Rate it"},
		{"", "", "2026-02-01 10:00:00", "Forum", "7"},
		{"", "", "2026-02-02 11:00:00", "Live calls", "5"},
	}, "the table starts in column C"},
	{"all three", [][]string{
		{"", ""},
		{"", "Feedback export"},
		{"", "Timestamp", "Which format?", "Rate it"},
		{"", "2026-02-01 10:00:00", "Forum", "7"},
		{"", "2026-02-02 11:00:00", "Live calls", "5"},
	}, "the table starts in column B"},
}

func csvOf(cells [][]string) []byte {
	var b bytes.Buffer
	for _, row := range cells {
		for i, c := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			if strings.ContainsAny(c, ",\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

func xlsxOf(t *testing.T, cells [][]string) []byte {
	t.Helper()
	rows := make([][]any, len(cells))
	for r, row := range cells {
		for _, c := range row {
			if c == "" {
				rows[r] = append(rows[r], nil)
			} else {
				rows[r] = append(rows[r], c)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "t.xlsx")
	writeWorkbook(t, path, []sheetSpec{{name: "Form responses", rows: rows}})
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestHeaderIsFoundAlike: leading blank rows, a title row and blank columns before the table
// are handled the same in a CSV and in a workbook: the same header, rows and notes.
func TestHeaderIsFoundAlike(t *testing.T) {
	for _, tc := range headerCases {
		for _, kind := range []string{"csv", "xlsx"} {
			t.Run(tc.name+"/"+kind, func(t *testing.T) {
				data := csvOf(tc.cells)
				if kind == "xlsx" {
					data = xlsxOf(t, tc.cells)
				}
				f, err := ReadSurvey(bytes.NewReader(data))
				if err != nil {
					t.Fatal(err)
				}
				if got := strings.Join(f.Header, "|"); got != "Timestamp|Which format?|Rate it" {
					t.Errorf("header %q", got)
				}
				if f.Format != GoogleForms {
					t.Errorf("format %s, want Google Forms (told by the first column)", f.Format)
				}
				if len(f.Rows) != 2 || f.Rows[1][1] != "Live calls" {
					t.Errorf("rows %q", f.Rows)
				}
				notes := strings.Join(planner.Strings(f.Notes), "\n")
				if tc.note != "" && !strings.Contains(notes, tc.note) {
					t.Errorf("notes %q lack %q", notes, tc.note)
				}
			})
		}
	}
}

// A single column is never a title: a one-question file keeps its header.
func TestOneColumnHasNoTitle(t *testing.T) {
	f, err := ReadSurvey(strings.NewReader("What do you need?\nTime\nPeers\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Header) != 1 || f.Header[0] != "What do you need?" || len(f.Rows) != 2 {
		t.Errorf("header %q rows %q", f.Header, f.Rows)
	}
}
