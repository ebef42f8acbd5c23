package csvimport

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// formatCase is what one tool's fixture must import as.
type formatCase struct {
	file   string
	sheet  string
	format Format
	// quirks the fixture holds, checked on its bytes so that it keeps reproducing them.
	bom, crlf bool
	responses int
	meta      map[string]string // header → Meta, for every metadata column
	kinds     map[string]planner.QuestionKind
	options   map[string][]string
	// first response
	name, email, key string
	submitted        time.Time
	answers          map[string]string // question title → text, or choices joined with "|"
}

var formatCases = []formatCase{
	{
		file: "microsoft_forms.csv", format: MicrosoftForms, bom: true, crlf: true, responses: 5,
		meta: map[string]string{"ID": MetaToken, "Start time": MetaStart, "Completion time": MetaSubmitted,
			"Email": MetaEmail, "Name": MetaName, "Last modified time": MetaModified},
		kinds: map[string]planner.QuestionKind{"Which tools do you use?": planner.KindMulti,
			"How confident are you with data work?": planner.KindScale, "Hours per week on analysis": planner.KindNumber,
			"What would you like to learn?": planner.KindText, "Team": planner.KindSingle},
		options: map[string][]string{"Which tools do you use?": {"Python", "Excel", "SQL", "Power BI"}, // most given first
			"Team": {"Finance", "Sales", "Operations"}},
		key: "microsoft-forms:1", submitted: at("2023-05-31 15:26:54"),
		answers: map[string]string{"Which tools do you use?": "Python|SQL", "How confident are you with data work?": "7",
			"Hours per week on analysis": "3,5", "Team": "Finance"},
	},
	{
		file: "microsoft_forms.xlsx", format: MicrosoftForms, responses: 5,
		meta: map[string]string{"ID": MetaToken, "Start time": MetaStart, "Completion time": MetaSubmitted,
			"Email": MetaEmail, "Name": MetaName, "Last modified time": MetaModified},
		kinds: map[string]planner.QuestionKind{"Which tools do you use?": planner.KindMulti,
			"How confident are you with data work?": planner.KindScale, "Hours per week on analysis": planner.KindNumber,
			"What would you like to learn?": planner.KindText, "Team": planner.KindSingle},
		key: "microsoft-forms:1", submitted: at("2023-05-31 15:26:54"),
		answers: map[string]string{"Which tools do you use?": "Python|SQL", "Hours per week on analysis": "3.5"},
	},
	{
		file: "surveymonkey.csv", format: SurveyMonkey, bom: true, crlf: true, responses: 3,
		meta: map[string]string{"Respondent ID": MetaToken, "Collector ID": MetaCollector, "Start Date": MetaStart,
			"End Date": MetaSubmitted, "IP Address": MetaIP, "Email Address": MetaEmail, "First Name": MetaFirstName,
			"Last Name": MetaLastName, "Custom Data 1": MetaCustom},
		kinds: map[string]planner.QuestionKind{"Which tools do you use?": planner.KindMulti,
			"How often would you join a meetup?": planner.KindSingle, "Dashboards": planner.KindSingle, "Statistics": planner.KindSingle,
			"What would you like to learn?": planner.KindText},
		options: map[string][]string{"Which tools do you use?": {"Python", "SQL", "Excel"}},
		name:    "Maya Patel", email: "maya@example.com", key: "surveymonkey:114227364881", submitted: at("2023-06-01 09:15:02"),
		answers: map[string]string{"Which tools do you use?": "Python|SQL", "How often would you join a meetup?": "Monthly",
			"Dashboards": "Very interested", "Statistics": "Somewhat interested"}, // the grid's rows
	},
	{
		file: "surveymonkey.xlsx", format: SurveyMonkey, responses: 3,
		meta: map[string]string{"Respondent ID": MetaToken, "Start Date": MetaStart, "End Date": MetaSubmitted,
			"Email Address": MetaEmail},
		kinds: map[string]planner.QuestionKind{"Which tools do you use?": planner.KindMulti,
			"How often would you join a meetup?": planner.KindSingle, "Dashboards": planner.KindSingle, "Statistics": planner.KindSingle,
			"What would you like to learn?": planner.KindText},
		name: "Maya Patel", email: "maya@example.com", key: "surveymonkey:114227364881", submitted: at("2023-06-01 09:15:02"),
		answers: map[string]string{"Which tools do you use?": "Python|SQL"},
	},
	{
		file: "jotform.csv", format: Jotform, responses: 3,
		meta: map[string]string{"Submission Date": MetaSubmitted, "Full Name": MetaName, "E-mail": MetaEmail,
			"Submission IP": MetaIP, "Submission ID": MetaToken},
		kinds: map[string]planner.QuestionKind{"Which tools do you use?": planner.KindMulti,
			"How confident are you with data work?": planner.KindScale, "What would you like to learn?": planner.KindText},
		name: "Maya Patel", email: "maya@example.com", key: "jotform:5601234567890123456", submitted: at("2023-06-01 09:15:02"),
		answers: map[string]string{"Which tools do you use?": "Python|SQL"},
	},
	{
		file: "tally.csv", format: Tally, responses: 3,
		meta: map[string]string{"Submission ID": MetaToken, "Respondent ID": MetaRespondentID,
			"Submitted at": MetaSubmitted, "What's your name?": MetaName, "Email": MetaEmail},
		kinds: map[string]planner.QuestionKind{"Which tools do you use?": planner.KindMulti,
			"How confident are you with data work?": planner.KindScale, "What would you like to learn?": planner.KindText},
		name: "Maya Patel", email: "maya@example.com", key: "tally:mOKrVd", submitted: at("2023-06-01 09:15:02"),
		answers: map[string]string{"Which tools do you use?": "Python|SQL"},
	},
	{
		file: "google_forms.xlsx", format: GoogleForms, responses: 3,
		meta: map[string]string{"Timestamp": MetaTimestamp, "Email Address": MetaEmail},
		kinds: map[string]planner.QuestionKind{"Which tools do you use?": planner.KindMulti,
			"How confident are you with data work?": planner.KindScale, "What would you like to learn?": planner.KindText},
		email: "maya@example.com", submitted: at("2023-06-01 09:15:02"),
		answers: map[string]string{"Which tools do you use?": "Python|SQL", "What would you like to learn?": "Dashboards people read"},
	},
	{
		file: "typeform.xlsx", format: Typeform, responses: 3,
		meta: map[string]string{"#": MetaToken, "What's your name?": MetaName, "Response Type": MetaResponseType,
			"Start Date (UTC)": MetaStart, "Stage Date (UTC)": MetaStage, "Submit Date (UTC)": MetaSubmitted,
			"Network ID": MetaNetworkID, "Tags": MetaTags},
		kinds: map[string]planner.QuestionKind{"What would you like to learn?": planner.KindText,
			"How confident are you with data work?": planner.KindScale},
		name: "Maya Patel", key: "typeform:a1b2c3d4e5", submitted: at("2023-06-01 09:15:02"),
	},
	{
		file: "generic.xlsx", format: Generic, responses: 3,
		meta:  map[string]string{"Submitted at": MetaTimestamp, "Name": MetaName, "Email": MetaEmail},
		kinds: map[string]planner.QuestionKind{"Favourite tool": planner.KindSingle, "Confidence": planner.KindScale},
		name:  "Maya Patel", email: "maya@example.com", submitted: at("2023-06-01 09:15:00"),
	},
	{
		file: "generic.xlsx", sheet: "late RESPONSES", format: Generic, responses: 1,
		meta: map[string]string{"Submitted at": MetaTimestamp, "Name": MetaName, "Email": MetaEmail},
		// One answer each: too few to tell a choice from text.
		kinds: map[string]planner.QuestionKind{"Favourite tool": planner.KindText, "Confidence": planner.KindScale},
		name:  "Noor Haddad", email: "noor@example.com", submitted: at("2023-06-09 18:00:00"),
	},
}

// TestFormats imports each tool's fixture into an empty survey: the format is detected, every
// response is imported, every metadata column is meta (never a question), the new questions
// have the kinds their answers call for, and the first response has its name, email,
// submitted time, key and answers.
func TestFormats(t *testing.T) {
	for _, tt := range formatCases {
		t.Run(tt.file+tt.sheet, func(t *testing.T) {
			data := readTestdata(t, tt.file)
			if hasBOM := bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")); hasBOM != tt.bom {
				t.Errorf("fixture BOM %v, want %v", hasBOM, tt.bom)
			}
			if hasCRLF := bytes.Contains(data, []byte("\r\n")); tt.crlf && !hasCRLF {
				t.Error("fixture has no CRLF line ends")
			}
			f, err := ReadSurveyWith(bytes.NewReader(data), ReadOptions{Sheet: tt.sheet})
			if err != nil {
				t.Fatal(err)
			}
			if f.Format != tt.format {
				t.Fatalf("format %q, want %q", f.Format, tt.format)
			}
			f.AutoMap(nil)
			rs, rep := f.Responses(planner.Survey{}, SurveyOptions{CreateQuestions: true})
			checkInvariants(t, f, rs, rep)
			if len(rs) != tt.responses || len(rep.Skipped) != 0 {
				t.Fatalf("%d responses, skipped %v; want %d", len(rs), rep.Skipped, tt.responses)
			}
			metaHeaders := map[string]bool{}
			for _, c := range f.Columns {
				if want, ok := tt.meta[c.Header]; ok && c.Meta != want {
					t.Errorf("column %q is meta %q, want %q", c.Header, c.Meta, want)
				}
				if c.Meta != "" {
					metaHeaders[normKey(c.Header)] = true
				}
			}
			for h := range tt.meta {
				if !metaHeaders[normKey(h)] {
					t.Errorf("metadata column %q is not meta", h)
				}
			}
			kinds := map[string]planner.QuestionKind{}
			byID := map[int64]planner.Question{}
			for _, q := range rep.NewQuestions {
				if metaHeaders[normKey(q.Title)] {
					t.Errorf("metadata column %q became a question", q.Title)
				}
				kinds[q.Title] = q.Kind
				byID[q.ID] = q
				if want, ok := tt.options[q.Title]; ok && !reflect.DeepEqual(q.Options, want) {
					t.Errorf("options of %q: %q, want %q", q.Title, q.Options, want)
				}
			}
			if !reflect.DeepEqual(kinds, tt.kinds) {
				t.Errorf("new questions %v\nwant %v", kinds, tt.kinds)
			}
			r := rs[0]
			if r.Respondent != tt.name || r.Email != tt.email || !r.SubmittedAt.Equal(tt.submitted) {
				t.Errorf("first response %q %q %v, want %q %q %v", r.Respondent, r.Email, r.SubmittedAt, tt.name, tt.email, tt.submitted)
			}
			if tt.key != "" && r.Key != tt.key {
				t.Errorf("key %q, want %q", r.Key, tt.key)
			}
			if r.Source != string(tt.format) && !(tt.format == Generic && r.Source == "csv") {
				t.Errorf("source %q", r.Source)
			}
			got := map[string]string{}
			for _, a := range r.Answers {
				v := a.Text
				if a.Choices != nil {
					v = strings.Join(a.Choices, "|")
				}
				got[byID[a.QuestionID].Title] = v
			}
			for q, want := range tt.answers {
				if got[q] != want {
					t.Errorf("answer to %q: %q, want %q", q, got[q], want)
				}
			}
			if rep.Format != tt.format || len(rep.Columns) != len(f.Header) {
				t.Errorf("report format %q, %d column uses for %d columns", rep.Format, len(rep.Columns), len(f.Header))
			}
			if s := rep.Summary(Outcome{Added: len(rs)}); !strings.HasPrefix(s, tt.format.Label()+" export") {
				t.Errorf("summary %q does not name the tool", s)
			}
		})
	}
}

// TestReimportAlreadyInPlan: the same file again counts every row as already in the plan,
// none as repeated in the file.
func TestReimportAlreadyInPlan(t *testing.T) {
	for _, name := range []string{"microsoft_forms.xlsx", "surveymonkey.csv", "google_forms.csv"} {
		data := readTestdata(t, name)
		_, rs, rep := importBytes(t, data, planner.Survey{}, SurveyOptions{CreateQuestions: true})
		s := planner.Survey{Responses: rs}
		_, rs2, rep2 := importBytes(t, data, s, SurveyOptions{CreateQuestions: true})
		if len(rs2) != 0 || rep2.Duplicates != len(rs) {
			t.Errorf("%s again: %d added, %d already in the plan, want 0 and %d", name, len(rs2), rep2.Duplicates, len(rs))
		}
		for _, sk := range rep2.Skipped {
			if sk.Reason != rep.skipReason(sk.Row) {
				t.Errorf("%s again: row %d newly skipped: %s", name, sk.Row, sk.Reason)
			}
		}
		if sum := rep2.Summary(Outcome{}); !strings.Contains(sum, "0 responses added, "+strconv.Itoa(len(rs))+" already in the plan") {
			t.Errorf("%s again: %s", name, sum)
		}
	}
}

// skipReason returns the reason row was skipped for, or "".
func (r Report) skipReason(row int) string {
	for _, s := range r.Skipped {
		if s.Row == row {
			return s.Reason
		}
	}
	return ""
}

// TestMultiDetection: choices joined the way each tool joins them are split without
// options to go by, and MultiDelimiter only overrides.
func TestMultiDetection(t *testing.T) {
	q := planner.Question{ID: 1, Title: "Which tools do you use?", Kind: planner.KindMulti}
	s := planner.Survey{Questions: []planner.Question{q}}
	tests := []struct {
		name, data, delim string
		want              []string
	}{
		{"google forms", "Timestamp,Which tools do you use?\n2026/03/01 10:00:00,\"Python, SQL\"\n", "", []string{"Python", "SQL"}},
		{"microsoft forms", "ID,Start time,Completion time,Email,Name,Which tools do you use?\n1,5/31/23 15:20:11,5/31/23 15:26:54,anonymous,,Python;SQL;\n", "", []string{"Python", "SQL"}},
		{"jotform", "Submission Date,Which tools do you use?,Submission ID\n2023-06-01 09:15:02,\"Python\nSQL\",1\n", "", []string{"Python", "SQL"}},
		{"override", "Timestamp,Which tools do you use?\n2026/03/01 10:00:00,\"Python, SQL\"\n", ";", []string{"Python, SQL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ReadSurvey(strings.NewReader(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			f.AutoMap(s.Questions)
			rs, _ := f.Responses(s, SurveyOptions{MultiDelimiter: tt.delim})
			if len(rs) != 1 || len(rs[0].Answers) != 1 || !reflect.DeepEqual(rs[0].Answers[0].Choices, tt.want) {
				t.Errorf("responses %+v, want choices %q", rs, tt.want)
			}
		})
	}
}

// TestStrictKinds: dates and times are meta whatever the header; a scale is a whole number
// on a short range and nothing else; decimals with a comma are numbers (hours), not two
// choices.
func TestStrictKinds(t *testing.T) {
	data := "Started,When did you last present?,Rating,Hours,Note\n" +
		"5/31/23 15:26:54,2023-05-01,7,\"3,5\",ok\n" +
		"6/1/23 09:00:00,2023-04-11,10,\"2,0\",fine\n" +
		"6/2/23 11:30:00,2023-03-20,3,\"1,25\",good\n"
	f, err := ReadSurvey(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if f.Columns[0].Meta != MetaDate || f.Columns[1].Meta != MetaDate {
		t.Errorf("date columns are %q and %q, want meta %q", f.Columns[0].Meta, f.Columns[1].Meta, MetaDate)
	}
	f.AutoMap(nil)
	_, rep := f.Responses(planner.Survey{}, SurveyOptions{CreateQuestions: true})
	kinds := map[string]planner.QuestionKind{}
	for _, q := range rep.NewQuestions {
		kinds[q.Title] = q.Kind
	}
	want := map[string]planner.QuestionKind{"Rating": planner.KindScale, "Hours": planner.KindNumber, "Note": planner.KindText}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds %v, want %v", kinds, want)
	}
	for in, ok := range map[string]bool{
		"7": true, "7.0": true, "7,0": true, "10": true, "7 – Good": true, "7/10": true,
		"5/31/23 15:26:54": false, "7.5": false, "11": false, "0": false, "7 15:26": false, "7th": false, "7%": false,
	} {
		if _, got := scaleValue(in, planner.DefaultScale); got != ok {
			t.Errorf("scaleValue(%q) ok = %v, want %v", in, got, ok)
		}
	}
}

// TestTrailingEmptyColumns: empty columns a spreadsheet saved after the last header are
// dropped; an empty-headed column with answers is kept.
func TestTrailingEmptyColumns(t *testing.T) {
	f, err := ReadSurvey(bytes.NewReader(readTestdata(t, "microsoft_forms.csv")))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Header) != 11 || f.Header[10] != "Team" {
		t.Errorf("header %q, want the 11 named columns", f.Header)
	}
	f, err = ReadSurvey(strings.NewReader("Name,Answer,,\nA,x,y,\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Header) != 3 {
		t.Errorf("header %q, want the empty-headed column with an answer kept", f.Header)
	}
}

// TestReimportKeyedByHash: rows an earlier version imported under the hash of their cells
// (a Microsoft Forms file read as generic) are already in the plan now that the tool's
// response ID is the key.
func TestReimportKeyedByHash(t *testing.T) {
	data := readTestdata(t, "microsoft_forms.csv")
	f, err := ReadSurvey(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var old planner.Survey
	var buf []byte
	for _, row := range f.Rows {
		old.Responses = append(old.Responses, planner.Response{Key: hashKey(row, &buf)})
	}
	_, rs, rep := importBytes(t, data, old, SurveyOptions{CreateQuestions: true})
	if len(rs) != 0 || rep.Duplicates != len(f.Rows) {
		t.Errorf("%d added, %d already in the plan; want 0 and %d", len(rs), rep.Duplicates, len(f.Rows))
	}
}
