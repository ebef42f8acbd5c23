package csvimport

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// updateXLSX rewrites the .xlsx fixtures under testdata from xlsxFixtures:
// go test ./planner/csvimport/ -run TestXLSXFixtures -update-xlsx
var updateXLSX = flag.Bool("update-xlsx", false, "rewrite the .xlsx fixtures in testdata")

// sheetSpec is one sheet of a fixture workbook: rows of cells (string, int, float64 or
// time.Time; nil for an empty cell), merged ranges, and a number format for date cells.
type sheetSpec struct {
	name    string
	rows    [][]any
	merges  [][2]string
	dateFmt string // custom format of time.Time cells; "" for Excel's default date-time format
}

// at is a time in a fixture, as the survey tool's server saw it.
func at(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04:05", s)
	if err != nil {
		panic(err)
	}
	return t
}

// xlsxFixtures are the workbooks the survey tools hand out, made up here with each tool's
// published layout: Microsoft Forms' metadata columns with date cells and ";" lists,
// SurveyMonkey's two header rows with the question merged over its option columns, Google
// Forms' Timestamp as a date cell and ", " lists, Typeform's dates as text, and a generic
// workbook of two sheets.
var xlsxFixtures = map[string][]sheetSpec{
	"microsoft_forms.xlsx": {{
		name: "Form1",
		rows: [][]any{
			{"ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Which tools do you use?", "How confident are you with data work?", "Hours per week on analysis", "What would you like to learn?", "Team"},
			{1, at("2023-05-31 15:20:11"), at("2023-05-31 15:26:54"), "anonymous", nil, nil, "Python;SQL;", 7, 3.5, "Dashboards that people read", "Finance"},
			{2, at("2023-05-31 16:01:00"), at("2023-05-31 16:09:30"), "maya@example.com", "Maya Patel", at("2023-06-01 09:00:00"), "Excel;", 4, 2, "Cleaning data, mostly", "Sales"},
			{3, at("2023-06-01 08:12:45"), at("2023-06-01 08:15:02"), "li@example.com", "Li Wei", nil, "Python;Excel;Power BI;", 9, 10.5, "Automation", "Finance"},
			{4, at("2023-06-01 10:00:00"), at("2023-06-01 10:04:10"), "anonymous", nil, nil, "SQL;Power BI;", 6, 1, "Statistics for real", "Sales"},
			{5, at("2023-06-02 09:30:00"), at("2023-06-02 09:41:59"), "sam@example.com", "Sam Roy", nil, "Excel;Python;", 5, 4.25, "SQL joins", "Operations"},
		},
	}},
	"surveymonkey.xlsx": {{
		name:    "Sheet",
		dateFmt: "mm/dd/yyyy hh:mm:ss AM/PM",
		merges:  [][2]string{{"J1", "M1"}, {"O1", "P1"}},
		rows: [][]any{
			{"Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1", "Which tools do you use?", nil, nil, nil, "How often would you join a meetup?", "Rate these topics", nil, "What would you like to learn?"},
			{nil, nil, nil, nil, nil, nil, nil, nil, nil, "Python", "SQL", "Excel", "Other (please specify)", "Response", "Dashboards", "Statistics", "Open-Ended Response"},
			{114227364881, 431229651, at("2023-06-01 09:10:02"), at("2023-06-01 09:15:02"), "203.0.113.7", "maya@example.com", "Maya", "Patel", "team-a", "Python", "SQL", nil, nil, "Monthly", "Very interested", "Somewhat interested", "Dashboards people read"},
			{114227364882, 431229651, at("2023-06-01 10:00:00"), at("2023-06-01 10:07:45"), "203.0.113.8", nil, nil, nil, nil, nil, nil, "Excel", "Tableau", "Weekly", "Not interested", "Very interested", "Statistics, properly"},
			{114227364883, 431229651, at("2023-06-02 14:30:00"), at("2023-06-02 14:36:10"), "203.0.113.9", "li@example.com", "Li", "Wei", "team-b", "Python", nil, "Excel", nil, "Monthly", "Somewhat interested", nil, "Automation"},
		},
	}},
	"google_forms.xlsx": {{
		name:    "Form Responses 1",
		dateFmt: "m/d/yyyy h:mm:ss",
		rows: [][]any{
			{"Timestamp", "Email Address", "Which tools do you use?", "How confident are you with data work?", "What would you like to learn?"},
			{at("2023-06-01 09:15:02"), "maya@example.com", "Python, SQL", 7, "Dashboards people read"},
			{at("2023-06-01 10:07:45"), "li@example.com", "Excel, Python", 9, "Automation"},
			{at("2023-06-02 14:36:10"), "sam@example.com", "SQL, Excel, Python", 5, "Statistics, properly"},
		},
	}},
	"typeform.xlsx": {{
		name: "Responses",
		rows: [][]any{
			{"#", "What's your name?", "What would you like to learn?", "How confident are you with data work?", "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"},
			{"a1b2c3d4e5", "Maya Patel", "Dashboards people read", 7, "completed", "2023-06-01 09:10:02", nil, "2023-06-01 09:15:02", "1f2e3d4c5b", nil},
			{"f6g7h8i9j0", "Li Wei", "Automation", 9, "completed", "2023-06-01 10:00:00", nil, "2023-06-01 10:07:45", "6a7b8c9d0e", nil},
			{"k1l2m3n4o5", "Sam Roy", "Statistics, properly", 5, "completed", "2023-06-02 14:30:00", nil, "2023-06-02 14:36:10", "0e9d8c7b6a", "vip"},
		},
	}},
	"generic.xlsx": {
		{
			name:    "Responses",
			dateFmt: "yyyy-mm-dd hh:mm",
			rows: [][]any{
				{"Submitted at", "Name", "Email", "Favourite tool", "Confidence"},
				{at("2023-06-01 09:15:00"), "Maya Patel", "maya@example.com", "Python", 7},
				{at("2023-06-01 10:07:00"), "Li Wei", "li@example.com", "Excel", 9},
				{at("2023-06-02 14:36:00"), "Sam Roy", "sam@example.com", "Python", 5},
			},
		},
		{
			name:    "Late responses",
			dateFmt: "yyyy-mm-dd hh:mm",
			rows: [][]any{
				{"Submitted at", "Name", "Email", "Favourite tool", "Confidence"},
				{at("2023-06-09 18:00:00"), "Noor Haddad", "noor@example.com", "SQL", 8},
			},
		},
	},
}

// writeWorkbook writes the sheets as an .xlsx file at path.
func writeWorkbook(t testing.TB, path string, sheets []sheetSpec) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			t.Fatal(err)
		}
		style := 0
		if sh.dateFmt != "" {
			var err error
			if style, err = f.NewStyle(&excelize.Style{CustomNumFmt: &sh.dateFmt}); err != nil {
				t.Fatal(err)
			}
		}
		for r, row := range sh.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue(sh.name, ref, v); err != nil {
					t.Fatal(err)
				}
				if _, ok := v.(time.Time); ok && style != 0 {
					if err := f.SetCellStyle(sh.name, ref, ref, style); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
		for _, m := range sh.merges {
			if err := f.MergeCell(sh.name, m[0], m[1]); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// TestXLSXFixtures checks that each committed workbook holds what its spec says, cell by
// cell as the reader sees it, and rewrites them with -update-xlsx.
func TestXLSXFixtures(t *testing.T) {
	for name, sheets := range xlsxFixtures {
		path := filepath.Join("testdata", name)
		if *updateXLSX {
			writeWorkbook(t, path, sheets)
		}
		fresh := filepath.Join(t.TempDir(), name)
		writeWorkbook(t, fresh, sheets)
		for _, sh := range sheets {
			want := readSheetText(t, fresh, sh.name)
			got := readSheetText(t, path, sh.name)
			if len(got) != len(want) {
				t.Errorf("%s %s: %d rows, the spec makes %d (run with -update-xlsx)", name, sh.name, len(got), len(want))
				continue
			}
			for i := range want {
				if len(got[i]) != len(want[i]) {
					t.Errorf("%s %s row %d: %q, the spec makes %q", name, sh.name, i+1, got[i], want[i])
					continue
				}
				for j := range want[i] {
					if got[i][j] != want[i][j] {
						t.Errorf("%s %s row %d: %q, the spec makes %q", name, sh.name, i+1, got[i], want[i])
						break
					}
				}
			}
		}
	}
}

// readSheetText reads a sheet's rows through the package's own reader.
func readSheetText(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := readWorkbook(data, sheet)
	if err != nil {
		t.Fatal(err)
	}
	return append([][]string{tb.header}, tb.rows...)
}
