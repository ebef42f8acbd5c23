package csvimport

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// kindsOf reads a fixture the way an import with new questions does and words what became
// of each column: "meta", "text", "number", "single", "multi" or "scale 0–10", with
// "ordered" for options in an order of their own. A grid row is keyed "Grid [Row]".
func kindsOf(t *testing.T, path string) (map[string]string, *SurveyFile, Report) {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, err := ReadSurvey(fh)
	if err != nil {
		t.Fatal(err)
	}
	f.AutoMap(nil)
	_, rep := f.Responses(planner.Survey{}, SurveyOptions{CreateQuestions: true})
	got := map[string]string{}
	for _, c := range f.Columns {
		if c.Meta != "" {
			got[c.Header] = "meta"
		}
	}
	for _, q := range rep.NewQuestions {
		k := string(q.Kind)
		switch q.Kind {
		case planner.KindScale:
			k = "scale " + q.Range().String()
		case planner.KindSingle, planner.KindMulti:
			if _, ordered, _ := planner.OrderedOptions(q.Options); ordered {
				k += " ordered"
			}
		}
		title := q.Title
		if q.Grid != "" {
			title = q.Grid + " [" + q.Title + "]"
		}
		got[title] = k
	}
	return got, f, rep
}

// realKinds states, for every fixture made after a published survey export (see
// testdata/README.md), the kind a person reading the file gives each column.
var realKinds = map[string]map[string]string{
	"generic_pulse.csv": {
		"timestamp": "meta", "department": "single",
		"q1": "scale 1–10", "q2": "scale 1–10", "q3": "scale 1–10", "q4": "scale 1–10",
	},
	"gf_class_numbers.csv": {
		"Timestamp": "meta", "Nickname": "text", "Gender": "single", "Postcode.of.where.you.live": "text",
		"How.many.hours.per.week.do.you.study.": "number", "What.is.your.favourite.social.media.platform.": "single",
		"How.many.siblings.do.you.have.": "number", "Did.you.have.a.pet.growing.up.": "single",
		"What.is.your.eye.colour.": "single", "What.is.your.favourite.season.": "single",
	},
	"gf_cohort_profile.csv": {
		"Timestamp": "meta", "Year of birth": "number", "Did a parent study a STEM subject?": "single",
		"Household income": "single ordered", "Activities in high school": "multi",
		"How often did you attend lectures this term?": "single ordered", "Stress level this term (1-10)": "scale 1–10",
		"Monthly rent this term": "single ordered",
	},
	"gf_conference_questions.csv": {
		"Timestamp": "meta", "What is your career stage?": "single", "Gender": "single",
		"Have you asked a question at this meeting?": "single", "What keeps you from asking a question?": "multi",
		"Any other comments?": "text",
	},
	"gf_course_tools.csv": {
		"Timestamp": "meta", "What is the name of your course?": "text", "How often is the course taught?": "single",
		"About how many learners are in the class?": "single ordered", "At what level is the course taught?": "multi",
		"Which languages will learners use?": "multi", "What programming experience do learners need?": "single ordered",
		"What makes running the class hardest?": "text",
	},
	"gf_district_review.csv": {
		"Timestamp": "meta", "Designation": "single", "State": "single", "Years of service": "number", "Date": "meta",
		"Current functions and local context": "text", "Main strengths": "text",
	},
	"gf_issue_examples.csv": {
		"Timestamp": "meta", "Years of experience": "single ordered",
		"How likely are you to recommend the cluster to a colleague?": "scale 0–10",
		"Which languages do you use?":                                 "multi", "What is your role?": "single", "Which group do you identify with?": "single",
		"Which cloud do you use?":                                   "single",
		"Give your confidence levels [I can log in to the cluster]": "scale 0–5",
		"Give your confidence levels [I can submit a batch job]":    "scale 0–5",
		"Give your confidence levels [I can move data in and out]":  "scale 0–5",
	},
	"gf_shopping_grid.csv": {
		"Timestamp": "meta", "Enter your age": "number", "Yearly family income": "single ordered",
		shoppingGrid + " [Clothing]": "single ordered", shoppingGrid + " [Groceries]": "single ordered", shoppingGrid + " [Books]": "single ordered",
		"What makes you shop online? (Select all that apply)":            "multi",
		"How likely are you to recommend your favourite shop to others?": "single ordered",
		"How important is customer service to you?":                      "single ordered",
	},
	"msf_lunch.csv": {
		"Id": "meta", "Start time": "meta", "Completion time": "meta", "Email": "meta", "Name": "meta",
		"What grade are you in?": "single ordered", "How satisfied are you with school lunch? (10 is the highest)": "scale 1–10",
		"Please explain your rating": "text", "Which counter do you buy from most?": "single",
	},
	"msf_resources.csv": {
		"ID": "meta", "Start time": "meta", "Completion time": "meta", "Email": "meta", "Name": "meta",
		"What is the resource called?": "text", "Link to the resource": "text", "What does it cover?": "multi",
		"How hard is this resource? (Not sure? Guess; it is checked later.) 1 - Very easy 5 - Very hard": "scale 1–5",
	},
	"sm_tool_usage.csv": {
		"Respondent ID": "meta", "1. How often do you open a notebook?": "single ordered", "Question 3": "multi",
		"10a. Data does not fit in memory.": "scale 0–4", "10b. Work is lost when the kernel restarts.": "scale 0–4",
		"16. With how many other people do you work on notebooks?": "number",
	},
	"sm_two_row_header.csv": {
		"Respondent ID": "meta", "Collector ID": "meta", "Start Date": "meta", "End Date": "meta", "Name": "meta", "Email": "meta",
		"Select your district:": "text", "Should more homes be allowed everywhere?": "single",
		"Which of these would you call social housing?": "multi", "How many cars does a family of four need in the city?": "single",
		"What is the biggest issue where you live?": "text",
	},
	"tf_two_row_header.csv": {
		"#": "meta", "Start Date (UTC)": "meta", "Submit Date (UTC)": "meta", "Network ID": "meta",
		"Which operating systems do you use?": "multi", "How often do you use the Python interface?": "single ordered",
		"Which Python version do you use most?": "single ordered", "Where do you live?": "single",
		"What is your employment status?": "single", "What would make the library more useful to you?": "text",
	},
}

const shoppingGrid = "How often do you buy these online? (Tick one per row) N - Never S - Sometimes A - Always"

// TestRealExportKinds: every column of every fixture gets the kind a person reading the file
// would give it, and every fixture is in the table.
func TestRealExportKinds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "real", "*.csv"))
	if err != nil || len(files) < 12 {
		t.Fatalf("%d fixtures from real exports (%v), want at least 12", len(files), err)
	}
	for _, p := range files {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			want, ok := realKinds[name]
			if !ok {
				t.Fatalf("no expected kinds for %s", name)
			}
			got, _, _ := kindsOf(t, p)
			for col, k := range want {
				if got[col] != k {
					t.Errorf("%q: %q, want %q", col, got[col], k)
				}
			}
			for col, k := range got {
				if _, ok := want[col]; !ok {
					t.Errorf("unexpected column %q (%s)", col, k)
				}
			}
		})
	}
}

// TestRealExportOptions: the options a person reads, in the order they read them: an option
// holding ", " or brackets whole, ranges and answer-scale words in their own order, rare
// write-ins left for Other, a scale's end labels from its header.
func TestRealExportOptions(t *testing.T) {
	for _, tc := range []struct {
		file, question string
		options        []string
	}{
		{"gf_course_tools.csv", "About how many learners are in the class?", []string{"Fewer than 10", "10 - 25", "25 - 50", "50 - 100", "100 - 250", "Over 500"}},
		{"gf_course_tools.csv", "At what level is the course taught?", []string{"Introductory undergraduate", "Graduate", "Mixed (meetups, workshops, bootcamps, etc.)"}},
		{"gf_course_tools.csv", "Which languages will learners use?", []string{"Python 3", "R", "Julia"}}, // Bash, Haskell: Other
		{"gf_cohort_profile.csv", "Did a parent study a STEM subject?", []string{"Yes, engineering", "No", "Yes, but not engineering"}},
		{"gf_cohort_profile.csv", "How often did you attend lectures this term?", []string{"Occasionally", "About half the time", "Most of the time", "Almost always"}},
		{"gf_conference_questions.csv", "What keeps you from asking a question?", []string{"I get nervous speaking up", "I worry my question is not important enough", "The chair only sees the front rows, near the microphones"}},
		{"gf_issue_examples.csv", "Years of experience", []string{"< 2 years", "2 - 5 years", "5 - 10 years", "10+ years"}},
		{"gf_issue_examples.csv", "Which languages do you use?", []string{"Python", "SQL", "R"}},
		{"gf_issue_examples.csv", "Which cloud do you use?", []string{"AWS", "Azure", "Google Cloud"}},
		{"gf_shopping_grid.csv", "Yearly family income", []string{"Less than 80.000", "80,000 - 1,60,000", "1,60,000 - 2,40,000", "2,40,000 - 3,20,000", "Above 4,00,000"}},
		{"sm_two_row_header.csv", "Which of these would you call social housing?", []string{"Rent capped by law", "Owned by the city, built by a city agency", "Owned by the city, built by a private builder"}},
		{"tf_two_row_header.csv", "Which operating systems do you use?", []string{"macOS", "Windows 11", "Linux (Debian, Ubuntu, Mint)"}},
		{"sm_tool_usage.csv", "1. How often do you open a notebook?", []string{"Every few months.", "Monthly.", "Weekly.", "Daily."}},
	} {
		_, _, rep := kindsOf(t, filepath.Join("testdata", "real", tc.file))
		found := false
		for _, q := range rep.NewQuestions {
			if q.Title == tc.question {
				found = true
				if strings.Join(q.Options, "|") != strings.Join(tc.options, "|") {
					t.Errorf("%s: options of %q = %q, want %q", tc.file, tc.question, q.Options, tc.options)
				}
			}
		}
		if !found {
			t.Errorf("%s: no question %q", tc.file, tc.question)
		}
	}
	_, _, rep := kindsOf(t, filepath.Join("testdata", "real", "msf_resources.csv"))
	for _, q := range rep.NewQuestions {
		if q.Kind == planner.KindScale && (q.Scale.Low != "Very easy" || q.Scale.High != "Very hard") {
			t.Errorf("end labels %q, %q; want the header's", q.Scale.Low, q.Scale.High)
		}
	}
}

// TestGuessIsWeakWithFewAnswers: under MinSureAnswers answers the guess says it is weak.
func TestGuessIsWeakWithFewAnswers(t *testing.T) {
	g := GuessColumn("Team", []string{"Sales", "Finance", "Sales", ""}, Generic)
	if !g.Weak || g.Kind != planner.KindSingle || g.Answers != 3 {
		t.Errorf("guess %+v, want a weak single choice of 3 answers", g)
	}
	g = GuessColumn("Team", strings.Split("Sales,Finance,Sales,Ops,Finance,Sales,Ops,Sales", ","), Generic)
	if g.Weak {
		t.Errorf("8 answers: weak")
	}
}

// TestKindChoices: a kind chosen by header or letter replaces the guess for the question the
// column makes (every row of a grid), with a scale's range; wrong choices say what is wrong.
func TestKindChoices(t *testing.T) {
	fh, err := os.Open(filepath.Join("testdata", "real", "gf_issue_examples.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, err := ReadSurvey(fh)
	if err != nil {
		t.Fatal(err)
	}
	f.AutoMap(nil)
	kinds := map[int]KindChoice{}
	for _, spec := range []string{"Years of experience=text", "C=scale:1-10", "Give your confidence levels [I can log in to the cluster]=single", "Which cloud do you use?=multi"} {
		col, k, err := f.ParseKindChoice(spec)
		if err != nil {
			t.Fatalf("%s: %v", spec, err)
		}
		kinds[col] = k
	}
	if g, ok := f.GuessFor(2); !ok || g.Kind != planner.KindScale || g.Scale != (planner.Scale{Min: 0, Max: 10}) {
		t.Errorf("guess for C: %+v", g)
	}
	_, rep := f.Responses(planner.Survey{}, SurveyOptions{CreateQuestions: true, Kinds: kinds})
	got := map[string]planner.Question{}
	for _, q := range rep.NewQuestions {
		got[q.Title] = q
	}
	if q := got["Years of experience"]; q.Kind != planner.KindText {
		t.Errorf("years: %s", q.Kind)
	}
	if q := got["How likely are you to recommend the cluster to a colleague?"]; q.Kind != planner.KindScale || q.Scale != (planner.Scale{Min: 1, Max: 10}) {
		t.Errorf("recommend: %s %s", q.Kind, q.Range())
	}
	for _, row := range []string{"I can log in to the cluster", "I can submit a batch job", "I can move data in and out"} {
		if q := got[row]; q.Kind != planner.KindSingle || len(q.Options) == 0 {
			t.Errorf("grid row %q: %s %q, want a single choice for every row", row, q.Kind, q.Options)
		}
	}
	if q := got["Which cloud do you use?"]; q.Kind != planner.KindMulti {
		t.Errorf("cloud: %s", q.Kind)
	}
	for spec, want := range map[string]string{
		"nope":              "COLUMN=KIND",
		"ZZ=text":           "no column",
		"B=colour":          "no kind",
		"B=single:1-5":      "only a scale",
		"B=scale:9-1":       "bottom of the scale",
		"Timestamp=text":    "not a question",
		"Years of exp=text": "no column",
	} {
		if _, _, err := f.ParseKindChoice(spec); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", spec, err, want)
		}
	}
}

// TestReportTitlesStayApart: the report cuts long headers so that two that share a long
// start still read apart, and lists a grid once with its row count.
func TestReportTitlesStayApart(t *testing.T) {
	long := "Thinking about the last three months of the community and the sessions you joined, how would you rate "
	data := "Timestamp,\"" + long + "the talks?\",\"" + long + "the workshops?\",Grid [one],Grid [two]\n"
	for i := 0; i < 8; i++ {
		data += fmt.Sprintf("2026/03/%02d 10:00:00 AM GMT+1,%d,%d,%d,%d\n", i+1, i%5+1, (i+2)%5+1, i%3, (i+1)%3)
	}
	f, err := ReadSurvey(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f.AutoMap(nil)
	_, rep := f.Responses(planner.Survey{}, SurveyOptions{CreateQuestions: true})
	var cols []string
	for _, l := range rep.Details() {
		if strings.HasPrefix(l, "  ") {
			cols = append(cols, l)
		}
	}
	if len(cols) != 4 {
		t.Fatalf("column lines %q, want timestamp, two questions, one grid", cols)
	}
	a, b := strings.SplitN(cols[1], ":", 2)[0], strings.SplitN(cols[2], ":", 2)[0]
	if a == b || !strings.Contains(a, "talks?") || !strings.Contains(b, "workshops?") {
		t.Errorf("cut headers read the same: %q, %q", a, b)
	}
	qa, qb := strings.SplitN(cols[1], "new question", 2)[1], strings.SplitN(cols[2], "new question", 2)[1]
	if qa == qb {
		t.Errorf("new questions read the same: %q", qa)
	}
	if !strings.Contains(cols[3], "grid “Grid”: 2 rows") {
		t.Errorf("grid line %q", cols[3])
	}
}

// TestLetterCodesReadByTheirLegend: a grid answered in letters its header explains ("N -
// Never  S - Sometimes  A - Always") becomes a grid of those words, in their order, and the
// answers are stored as the words, so each row has a mean by position.
func TestLetterCodesReadByTheirLegend(t *testing.T) {
	fh, err := os.Open(filepath.Join("testdata", "real", "gf_shopping_grid.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, err := ReadSurvey(fh)
	if err != nil {
		t.Fatal(err)
	}
	f.AutoMap(nil)
	rs, rep := f.Responses(planner.Survey{}, SurveyOptions{CreateQuestions: true})
	s := planner.Survey{Questions: rep.NewQuestions, Responses: rs}
	var grid *planner.GridSummary
	for _, b := range planner.SummarizeBlocks(s) {
		if b.Grid != nil {
			grid = b.Grid
		}
	}
	if grid == nil {
		t.Fatal("no grid")
	}
	if strings.Join(grid.Columns, "|") != "Never|Sometimes|Always" || !grid.HasMean {
		t.Fatalf("columns %q (mean %v), want the legend's words", grid.Columns, grid.HasMean)
	}
	// Clothing: S A S S N A S A S N → 2 never, 5 sometimes, 3 always; mean (2+10+9)/10.
	row := grid.Rows[0]
	if row.Summary.Question.Title != "Clothing" || strings.Join(strings.Fields(fmt.Sprint(row.Counts)), " ") != "[2 5 3]" || row.Mean != 2.1 {
		t.Errorf("clothing row %q: %v, mean %v", row.Summary.Question.Title, row.Counts, row.Mean)
	}
}

// TestGridReimportMapsRows: importing a grid makes a question per row; importing the file
// again maps each row's column to its row's question and adds nothing.
func TestGridReimportMapsRows(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "real", "gf_issue_examples.csv"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ReadSurvey(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f.AutoMap(nil)
	rs, rep := f.Responses(planner.Survey{}, SurveyOptions{CreateQuestions: true})
	s := planner.Survey{Questions: rep.NewQuestions, Responses: rs}
	for i := range s.Questions {
		s.Questions[i].ID = int64(i + 1)
	}
	ids := map[int64]int64{}
	for i, q := range rep.NewQuestions {
		ids[q.ID] = int64(i + 1)
	}
	RemapQuestions(s.Responses, ids)
	again, err := ReadSurvey(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	again.AutoMap(s.Questions)
	for _, c := range again.Columns {
		if c.Row == "" {
			continue
		}
		q, ok := s.Question(c.QuestionID)
		if !ok || q.Title != c.Row || q.Grid == "" {
			t.Errorf("column %q maps to %+v", c.Header, q)
		}
	}
	_, rep2 := again.Responses(s, SurveyOptions{CreateQuestions: true})
	if rep2.Added != 0 || len(rep2.NewQuestions) != 0 || rep2.Duplicates != len(rs) {
		t.Errorf("again: added %d, new questions %d, duplicates %d", rep2.Added, len(rep2.NewQuestions), rep2.Duplicates)
	}
}
