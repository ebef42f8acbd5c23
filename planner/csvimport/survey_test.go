package csvimport

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// colWant is the expected mapping of one column.
type colWant struct {
	q    int64
	row  string
	meta string
}

// answerOf returns r's answer to question q.
func answerOf(r planner.Response, q int64) (planner.Answer, bool) {
	for _, a := range r.Answers {
		if a.QuestionID == q {
			return a, true
		}
	}
	return planner.Answer{}, false
}

// wantAnswer checks r's answer to q: its Text, or its Choices when choices is not nil.
func wantAnswer(t *testing.T, r planner.Response, q int64, text string, choices []string) {
	t.Helper()
	a, ok := answerOf(r, q)
	if !ok {
		t.Errorf("%s: no answer to question %d", r.Respondent, q)
		return
	}
	if a.Text != text || (choices != nil && !reflect.DeepEqual(a.Choices, choices)) {
		t.Errorf("%s: answer to %d = %q %q, want %q %q", r.Respondent, q, a.Text, a.Choices, text, choices)
	}
}

// wantNoAnswer checks that r does not answer q.
func wantNoAnswer(t *testing.T, r planner.Response, q int64) {
	t.Helper()
	if a, ok := answerOf(r, q); ok {
		t.Errorf("%s: unexpected answer to %d: %+v", r.Respondent, q, a)
	}
}

// hasNote reports whether a note of rep is on row and contains text.
func hasNote(rep Report, row int, text string) bool {
	for _, n := range rep.Notes {
		if n.Row == row && strings.Contains(n.Reason, text) {
			return true
		}
	}
	return false
}

func TestSurveyFiles(t *testing.T) {
	gmt1 := time.FixedZone("GMT+1", 3600)
	tests := []struct {
		file    string
		opt     SurveyOptions
		format  Format
		delim   rune
		columns map[string]colWant // header → mapping; unlisted columns are unmapped non-meta
		rows    int
		added   int
		skipped []Skip
		notes   []Skip // each must be among the report's notes (Reason as a substring)
		newQs   []planner.Question
		newOpts map[int64][]string
		check   func(t *testing.T, rs []planner.Response)
	}{
		{
			file:   "google_forms.csv",
			opt:    SurveyOptions{CreateQuestions: true},
			format: GoogleForms, delim: ',',
			columns: map[string]colWant{
				"Timestamp":     {meta: MetaTimestamp},
				"Email Address": {meta: MetaEmail},
				"What's your biggest pain point when creating content?": {q: 1},
				"How would you rate your current skill (1-10)?":         {q: 2},
				"Which platform do you prefer?":                         {q: 3},
				"When are you available?":                               {q: 4},
				"Rate these skills [Editing]":                           {q: 5, row: "Editing"},
				"Rate these skills [Thumbnails]":                        {q: 5, row: "Thumbnails"},
				"Which topics interest you?":                            {q: 6},
				"Your name":                                             {meta: MetaName},
				"Anything else you want to tell us?":                    {},
				"Country":                                               {},
			},
			rows: 8, added: 5,
			skipped: []Skip{{Row: 6, Reason: "blank row"}, {Row: 8, Reason: "repeated in the file: the same cells as row 2"}, {Row: 10, Reason: "no answers in the mapped columns"}},
			notes:   []Skip{{Row: 5, Reason: "“12” is not a number from 1 to 10"}},
			newQs: []planner.Question{
				{ID: -1, Kind: planner.KindText, Title: "Anything else you want to tell us?"},
				{ID: -2, Kind: planner.KindSingle, Title: "Country", Options: []string{"Brazil", "Nigeria", "Kenya"}},
			},
			newOpts: map[int64][]string{3: {"Mastodon"}},
			check: func(t *testing.T, rs []planner.Response) {
				ana, ben, cleo, dan, fay := rs[0], rs[1], rs[2], rs[3], rs[4]
				if ana.Respondent != "Ana Lima" || ana.Email != "ana@example.com" || ana.Source != "google-forms" {
					t.Errorf("ana = %q %q %q", ana.Respondent, ana.Email, ana.Source)
				}
				if want := time.Date(2026, 3, 1, 10, 15, 0, 0, gmt1); !ana.SubmittedAt.Equal(want) {
					t.Errorf("ana submitted %v, want %v", ana.SubmittedAt, want)
				}
				if want := time.Date(2026, 3, 5, 12, 30, 0, 0, time.UTC); !fay.SubmittedAt.Equal(want) {
					t.Errorf("fay submitted %v, want %v (GMT+5:30)", fay.SubmittedAt, want)
				}
				if want := time.Date(2026, 3, 2, 21, 45, 0, 0, gmt1); !cleo.SubmittedAt.Equal(want) {
					t.Errorf("cleo submitted %v, want %v (PM)", cleo.SubmittedAt, want)
				}
				wantAnswer(t, ana, 1, "Finding time to edit\nevery week", nil)
				wantAnswer(t, ana, 2, "7", nil) // "7 – Good"
				wantAnswer(t, ana, 3, "Discord", nil)
				wantAnswer(t, ana, 4, "", []string{"Weekday evenings", "Weekends"})
				wantAnswer(t, ana, 5, "Editing: 8\nThumbnails: 6", nil)
				wantAnswer(t, ana, 6, "", []string{"Growth", "Monetization"}) // ", " joined
				wantAnswer(t, ana, -2, "Brazil", nil)
				wantNoAnswer(t, ana, -1)
				wantAnswer(t, ben, 1, `Burnout — posting "daily"`, nil)
				wantAnswer(t, ben, 4, "", []string{"Mornings, before work", "Lunch breaks"}) // option holding a comma
				wantAnswer(t, ben, 5, "Editing: 5", nil)
				wantAnswer(t, ben, -1, "Thanks!", nil)
				wantNoAnswer(t, cleo, 2) // 12 is out of range; the row stays
				wantAnswer(t, cleo, 3, "Mastodon", nil)
				wantAnswer(t, cleo, 4, "", []string{"Weekends", "Weekday evenings"})
				wantAnswer(t, dan, 2, "10", nil) // "10 - Excellent"
				wantAnswer(t, dan, 3, "Discord", nil)
				wantAnswer(t, dan, 6, "", []string{"Growth", "Collaborations"})
				wantAnswer(t, fay, 1, "Too many tools,\nnot enough feedback", nil)
			},
		},
		{
			file:   "typeform_new.csv",
			format: Typeform, delim: ',',
			columns: map[string]colWant{
				"#": {meta: MetaToken},
				"What's your biggest pain point when creating content?": {q: 1},
				"How would you rate your current skill (1–10)?":         {q: 2},
				"Which platform do you prefer?":                         {q: 3},
				"When are you available?":                               {q: 4},
				"Response Type":                                         {meta: MetaResponseType},
				"Start Date (UTC)":                                      {meta: MetaStart},
				"Stage Date (UTC)":                                      {meta: MetaStage},
				"Submit Date (UTC)":                                     {meta: MetaSubmitted},
				"Network ID":                                            {meta: MetaNetworkID},
				"Tags":                                                  {meta: MetaTags},
			},
			rows: 4, added: 3,
			skipped: []Skip{{Row: 6, Reason: "repeated in the file: the same response ID as row 2"}},
			notes:   []Skip{{Row: 5, Reason: "“0” is not a number from 1 to 10"}},
			check: func(t *testing.T, rs []planner.Response) {
				if rs[0].Key != "typeform:a1b2c3d4" || rs[0].Source != "typeform" {
					t.Errorf("key %q source %q", rs[0].Key, rs[0].Source)
				}
				if want := time.Date(2026, 3, 1, 12, 4, 0, 0, time.UTC); !rs[1].SubmittedAt.Equal(want) {
					t.Errorf("submitted %v, want %v", rs[1].SubmittedAt, want)
				}
				if !rs[2].SubmittedAt.IsZero() {
					t.Errorf("a partial response without a submit date got %v", rs[2].SubmittedAt)
				}
				wantAnswer(t, rs[0], 4, "", []string{"Weekends", "Weekday evenings"})
				wantAnswer(t, rs[1], 1, "Editing takes\nforever", nil)
				wantNoAnswer(t, rs[2], 2)
			},
		},
		{
			file:   "typeform_old.csv",
			format: Typeform, delim: ',',
			columns: map[string]colWant{
				"#": {meta: MetaToken}, "Start Date (UTC)": {meta: MetaStart}, "Submit Date (UTC)": {meta: MetaSubmitted},
				"What's your biggest pain point when creating content?": {q: 1},
				"How would you rate your current skill (1–10)?":         {q: 2},
				"Which platform do you prefer?":                         {q: 3},
			},
			rows: 2, added: 2,
			check: func(t *testing.T, rs []planner.Response) {
				wantAnswer(t, rs[1], 2, "9", nil)
				wantAnswer(t, rs[1], 3, "Mighty Networks", nil)
				if rs[1].Key != "typeform:tok002" {
					t.Errorf("key %q", rs[1].Key)
				}
				if want := time.Date(2025, 11, 11, 19, 41, 0, 0, time.UTC); !rs[1].SubmittedAt.Equal(want) {
					t.Errorf("submitted %v, want %v", rs[1].SubmittedAt, want)
				}
			},
		},
		{
			file:   "typeform_notoken.csv",
			format: Typeform, delim: ',',
			columns: map[string]colWant{
				"What's your biggest pain point when creating content?": {q: 1},
				"Which platform do you prefer?":                         {q: 3},
				"Start Date (UTC)":                                      {meta: MetaStart},
				"Submit Date (UTC)":                                     {meta: MetaSubmitted},
				"Network ID":                                            {meta: MetaNetworkID},
			},
			rows: 1, added: 1,
			check: func(t *testing.T, rs []planner.Response) {
				if !strings.HasPrefix(rs[0].Key, "csv:") {
					t.Errorf("key %q, want a row hash without a token", rs[0].Key)
				}
			},
		},
		{
			file:   "generic.csv",
			opt:    SurveyOptions{CreateQuestions: true},
			format: Generic, delim: ',',
			columns: map[string]colWant{
				"Name": {meta: MetaName}, "E-mail": {meta: MetaEmail}, "Submitted At": {meta: MetaTimestamp},
				"What’s your biggest pain point when creating content": {q: 1},
				"How would you rate your current skill (1 — 10)":       {q: 2},
				"Which platform do you prefer":                         {q: 3},
				"Favourite snack":                                      {},
			},
			rows: 3, added: 3,
			notes: []Skip{{Row: 4, Reason: "“seven” is not a number from 1 to 10"}},
			newQs: []planner.Question{{ID: -1, Kind: planner.KindSingle, Title: "Favourite snack", Options: []string{"Crisps", "Fruit"}}},
			check: func(t *testing.T, rs []planner.Response) {
				if rs[0].Source != "csv" || rs[0].Respondent != "Gus" || rs[0].Email != "gus@example.com" {
					t.Errorf("gus = %+v", rs[0])
				}
				if want := time.Date(2026, 3, 2, 16, 0, 0, 0, time.UTC); !rs[1].SubmittedAt.Equal(want) {
					t.Errorf("hana submitted %v, want %v", rs[1].SubmittedAt, want)
				}
				wantAnswer(t, rs[1], 1, "Time, time, time", nil)
				wantAnswer(t, rs[1], 2, "7", nil) // "7.0"
				wantAnswer(t, rs[1], 3, "LinkedIn Groups", nil)
				wantNoAnswer(t, rs[2], 2)
				wantAnswer(t, rs[2], -1, "Fruit", nil)
			},
		},
		{
			file:   "semicolon_bom.csv",
			format: GoogleForms, delim: ';',
			columns: map[string]colWant{
				"Timestamp": {meta: MetaTimestamp}, "Email Address": {meta: MetaEmail},
				"What's your biggest pain point when creating content?": {q: 1},
				"How would you rate your current skill (1-10)?":         {q: 2},
				"When are you available?":                               {q: 4},
			},
			rows: 2, added: 2,
			check: func(t *testing.T, rs []planner.Response) {
				// 13/03 shows the file writes the day first, so 02/04 is the 2nd of April.
				if want := time.Date(2026, 4, 2, 21, 40, 10, 0, time.UTC); !rs[1].SubmittedAt.Equal(want) {
					t.Errorf("submitted %v, want %v", rs[1].SubmittedAt, want)
				}
				wantAnswer(t, rs[0], 1, "Trouver des collaborateurs à Genève", nil)
				wantAnswer(t, rs[0], 4, "", []string{"Weekends", "Lunch breaks"})
			},
		},
		{
			file:   "utf16.csv",
			format: GoogleForms, delim: '\t',
			columns: map[string]colWant{"Timestamp": {meta: MetaTimestamp}, "Which platform do you prefer?": {q: 3}},
			rows:    1, added: 1,
			notes: []Skip{{Row: 0, Reason: "UTF-16"}},
			check: func(t *testing.T, rs []planner.Response) {
				wantAnswer(t, rs[0], 3, "Slack", nil)
			},
		},
		{
			file:   "windows1252.csv",
			format: Generic, delim: ',',
			columns: map[string]colWant{
				"Name": {meta: MetaName}, "Which platform do you prefer?": {q: 3},
				"How would you rate your current skill (1-10)?": {q: 2},
			},
			rows: 1, added: 1,
			notes: []Skip{{Row: 0, Reason: "Windows-1252"}},
			check: func(t *testing.T, rs []planner.Response) {
				if rs[0].Respondent != "René" {
					t.Errorf("respondent %q, want René", rs[0].Respondent)
				}
				wantAnswer(t, rs[0], 2, "7", nil)
			},
		},
		{
			file:   "ragged.csv",
			format: GoogleForms, delim: ',',
			columns: map[string]colWant{
				"Timestamp": {meta: MetaTimestamp},
				"What's your biggest pain point when creating content?": {q: 1},
				"How would you rate your current skill (1-10)?":         {q: 2},
				"Which platform do you prefer?":                         {q: 3},
			},
			rows: 4, added: 3,
			skipped: []Skip{{Row: 4, Reason: "no answers in the mapped columns"}},
			notes:   []Skip{{Row: 2, Reason: "3 of 4 cells"}, {Row: 3, Reason: "6 cells, more than the header's 4"}},
			check: func(t *testing.T, rs []planner.Response) {
				wantAnswer(t, rs[0], 2, "5", nil)
				wantNoAnswer(t, rs[0], 3)
				wantAnswer(t, rs[1], 3, "Slack", nil)
			},
		},
		{
			file:   "header_only.csv",
			format: GoogleForms, delim: ',',
			columns: map[string]colWant{"Timestamp": {meta: MetaTimestamp}, "Email Address": {meta: MetaEmail}, "Which platform do you prefer?": {q: 3}},
			notes:   []Skip{{Row: 0, Reason: "no data rows"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			s := testSurvey()
			f, rs, rep := importBytes(t, readTestdata(t, tt.file), s, tt.opt)
			if f.Format != tt.format || f.Delimiter != tt.delim {
				t.Errorf("format %q delimiter %q, want %q %q", f.Format, f.Delimiter, tt.format, tt.delim)
			}
			if len(f.Columns) != len(tt.columns) {
				t.Errorf("%d columns, want %d", len(f.Columns), len(tt.columns))
			}
			for _, c := range f.Columns {
				want, ok := tt.columns[c.Header]
				if !ok {
					t.Errorf("unexpected column %q", c.Header)
					continue
				}
				if got := (colWant{c.QuestionID, c.Row, c.Meta}); got != want {
					t.Errorf("column %q maps to %+v, want %+v", c.Header, got, want)
				}
			}
			if rep.Rows != tt.rows || rep.Added != tt.added || len(rs) != tt.added || rep.Duplicates != 0 {
				t.Errorf("rows %d added %d (%d responses) duplicates %d, want %d %d 0",
					rep.Rows, rep.Added, len(rs), rep.Duplicates, tt.rows, tt.added)
			}
			if !reflect.DeepEqual(reasons(rep.Skipped), tt.skipped) {
				t.Errorf("skipped %v\nwant    %v", rep.Skipped, tt.skipped)
			}
			for _, n := range tt.notes {
				if !hasNote(rep, n.Row, n.Reason) {
					t.Errorf("no note %v among %v", n, rep.Notes)
				}
			}
			if !reflect.DeepEqual(rep.NewQuestions, tt.newQs) {
				t.Errorf("new questions %+v\nwant %+v", rep.NewQuestions, tt.newQs)
			}
			if !reflect.DeepEqual(rep.NewOptions, tt.newOpts) {
				t.Errorf("new options %v, want %v", rep.NewOptions, tt.newOpts)
			}
			checkInvariants(t, f, rs, rep)
			if tt.check != nil && len(rs) == tt.added {
				tt.check(t, rs)
			}
		})
	}
}

// checkInvariants checks what holds for any import: the row arithmetic, answers only to
// mapped or new questions, non-empty unique keys, no empty answers.
func checkInvariants(t testing.TB, f *SurveyFile, rs []planner.Response, rep Report) {
	t.Helper()
	if rep.Rows != rep.Added+rep.Duplicates+len(rep.Skipped) {
		t.Errorf("rows %d != added %d + duplicates %d + skipped %d", rep.Rows, rep.Added, rep.Duplicates, len(rep.Skipped))
	}
	if rep.Added != len(rs) {
		t.Errorf("added %d, but %d responses", rep.Added, len(rs))
	}
	mapped := map[int64]bool{}
	for _, c := range f.Columns {
		if c.QuestionID != 0 && c.Meta == "" {
			mapped[c.QuestionID] = true
		}
	}
	for _, q := range rep.NewQuestions {
		if q.ID >= 0 || mapped[q.ID] {
			t.Errorf("new question %d: want a fresh negative ID", q.ID)
		}
		mapped[q.ID] = true
	}
	keys := map[string]bool{}
	for _, r := range rs {
		if r.Key == "" || keys[r.Key] {
			t.Errorf("key %q empty or repeated", r.Key)
		}
		keys[r.Key] = true
		if len(r.Answers) == 0 {
			t.Errorf("response %q has no answers", r.Key)
		}
		seen := map[int64]bool{}
		for _, a := range r.Answers {
			if !mapped[a.QuestionID] {
				t.Errorf("answer to question %d, which no column maps to", a.QuestionID)
			}
			if seen[a.QuestionID] {
				t.Errorf("two answers to question %d", a.QuestionID)
			}
			seen[a.QuestionID] = true
			if a.Text == "" && len(a.Choices) == 0 {
				t.Errorf("empty answer to question %d", a.QuestionID)
			}
		}
	}
	for i := 1; i < len(rep.Skipped); i++ {
		if rep.Skipped[i].Row < rep.Skipped[i-1].Row {
			t.Errorf("skips out of file order: %v", rep.Skipped)
		}
	}
}

func TestReadSurveyRejects(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
		text string
	}{
		{"binary", readTestdata(t, "binary.csv"), ErrNotText, "NUL byte"},
		{"empty", readTestdata(t, "empty.csv"), ErrEmpty, "no header"},
		{"blank lines", readTestdata(t, "blank_lines.csv"), ErrEmpty, "no header"},
		{"bom only", []byte("\xef\xbb\xbf"), ErrEmpty, "no header"},
		{"control bytes", bytes.Repeat([]byte("a,\x01\x02\x03\x04\n"), 50), ErrNotText, "control bytes"},
		{"random high bytes", bytes.Repeat([]byte{0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28}, 100), ErrNotText, "not text"},
		{"utf-16 with NUL", []byte("\xff\xfea\x00\x00\x00"), ErrNotText, "NUL"},
		{"huge header", append(bytes.Repeat([]byte("x"), MaxCellSize+1), "\n1\n"...), ErrTooLarge, "header cell 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ReadSurvey(bytes.NewReader(tt.data))
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Fatalf("err = %v, want %v with %q", err, tt.want, tt.text)
			}
			if f != nil {
				t.Errorf("got a file with the error")
			}
			if _, _, err := ReadCandidates(bytes.NewReader(tt.data)); !errors.Is(err, tt.want) {
				t.Errorf("ReadCandidates err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestBigCell(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("Timestamp,What's your biggest pain point when creating content?\n")
	b.WriteString("2026/03/01 10:00:00,Before\n")
	b.WriteString("2026/03/01 11:00:00,\"")
	b.Write(bytes.Repeat([]byte("pain "), 2<<20)) // 10 MB
	b.WriteString("\"\n2026/03/01 12:00:00,After\n")
	f, rs, rep := importBytes(t, b.Bytes(), testSurvey(), SurveyOptions{})
	if len(rs) != 2 || rs[0].Answers[0].Text != "Before" || rs[1].Answers[0].Text != "After" {
		t.Fatalf("responses %d: %+v", len(rs), rs)
	}
	if want := (Skip{Row: 3, Reason: "cell 2 is 10.0 MB, over the 1.0 MB limit"}); len(rep.Skipped) != 1 || rep.Skipped[0].Row != want.Row || rep.Skipped[0].Reason != want.Reason {
		t.Errorf("skipped %v, want one: row 3 cell 2 over the limit", rep.Skipped)
	}
	if got := f.Lines; !reflect.DeepEqual(got, []int{2, 4}) {
		t.Errorf("lines %v, want [2 4]", got)
	}
	checkInvariants(t, f, rs, rep)
}

func TestTooLarge(t *testing.T) {
	// A reader that never ends: the limit stops it without reading it all.
	_, err := ReadSurvey(io.MultiReader(strings.NewReader("a,b\n"), endless{}))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

// endless is a reader of endless "1,2\n" rows.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "1,2\n"[i%4]
	}
	return len(p), nil
}

func TestImportTwice(t *testing.T) {
	for _, file := range []string{"google_forms.csv", "typeform_new.csv", "generic.csv", "semicolon_bom.csv"} {
		t.Run(file, func(t *testing.T) {
			data := readTestdata(t, file)
			s := testSurvey()
			_, first, rep1 := importBytes(t, data, s, SurveyOptions{})
			_, again, _ := importBytes(t, data, s, SurveyOptions{})
			if len(first) == 0 || len(first) != len(again) {
				t.Fatalf("%d then %d responses", len(first), len(again))
			}
			for i := range first {
				if first[i].Key != again[i].Key {
					t.Errorf("response %d: key %q then %q", i, first[i].Key, again[i].Key)
				}
			}
			// Once stored, a second import of the file adds nothing.
			s.Responses = first
			f, rs, rep2 := importBytes(t, data, s, SurveyOptions{})
			if len(rs) != 0 || rep2.Duplicates != rep1.Added || len(rep2.Skipped) != len(rep1.Skipped) {
				t.Errorf("second import: %d added, %d duplicates, %d skipped; first added %d and skipped %d",
					len(rs), rep2.Duplicates, len(rep2.Skipped), rep1.Added, len(rep1.Skipped))
			}
			checkInvariants(t, f, rs, rep2)
		})
	}
}

func TestAdjustMapping(t *testing.T) {
	s := testSurvey()
	f, err := ReadSurvey(bytes.NewReader(readTestdata(t, "typeform_old.csv")))
	if err != nil {
		t.Fatal(err)
	}
	f.AutoMap(s.Questions)
	f.Columns[1].QuestionID = 0  // leave the pain point out
	f.Columns[3].QuestionID = 99 // a question the survey lacks
	rs, rep := f.Responses(s, SurveyOptions{})
	for _, r := range rs {
		wantNoAnswer(t, r, 1)
		wantNoAnswer(t, r, 3)
		wantAnswer(t, r, 2, map[string]string{"typeform:tok001": "5", "typeform:tok002": "9"}[r.Key], nil)
	}
	if !hasNote(rep, 0, "question 99, which the survey does not have") {
		t.Errorf("no note on the unknown question: %v", rep.Notes)
	}
	// Unmapping everything skips every row with a reason, and creates nothing.
	for i := range f.Columns {
		f.Columns[i].QuestionID = 0
	}
	rs, rep = f.Responses(s, SurveyOptions{})
	if len(rs) != 0 || len(rep.Skipped) != 2 || rep.Skipped[0].Reason != "no column is mapped to a question" {
		t.Errorf("unmapped: %d responses, skipped %v", len(rs), rep.Skipped)
	}
}

func TestCreateQuestionsRemap(t *testing.T) {
	s := planner.Survey{} // no questions: every column becomes one
	f, rs, rep := importBytes(t, readTestdata(t, "google_forms.csv"), s, SurveyOptions{CreateQuestions: true})
	checkInvariants(t, f, rs, rep)
	kinds := map[string]planner.QuestionKind{}
	for _, q := range rep.NewQuestions {
		kinds[q.Title] = q.Kind
	}
	want := map[string]planner.QuestionKind{
		"What's your biggest pain point when creating content?": planner.KindText,
		"How would you rate your current skill (1-10)?":         planner.KindScale, // the header states 1-10; "12" is left out
		"Which platform do you prefer?":                         planner.KindSingle,
		"When are you available?":                               planner.KindMulti,
		"Editing":                                               planner.KindScale, // the grid's rows, each a question
		"Thumbnails":                                            planner.KindScale,
		"Which topics interest you?":                            planner.KindMulti,
		"Anything else you want to tell us?":                    planner.KindText,
		"Country":                                               planner.KindSingle,
	}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("new questions %v\nwant %v", kinds, want)
	}
	ids := map[int64]int64{}
	for i, q := range rep.NewQuestions {
		ids[q.ID] = int64(100 + i)
	}
	RemapQuestions(rs, ids)
	for _, r := range rs {
		for _, a := range r.Answers {
			if a.QuestionID < 100 {
				t.Errorf("answer still on provisional question %d", a.QuestionID)
			}
		}
	}
}

func TestMultiDelimiter(t *testing.T) {
	q := planner.Question{ID: 4, Kind: planner.KindMulti, Title: "When",
		Options: []string{"Weekday evenings", "Weekends", "Mornings, before work", "Lunch breaks"}}
	tests := []struct {
		cell, delim string
		want        []string
		newOpts     []string
	}{
		{"Weekends;Lunch breaks", "", []string{"Weekends", "Lunch breaks"}, nil},
		{"Weekends, Lunch breaks", "", []string{"Weekends", "Lunch breaks"}, nil},
		{"weekends ,  LUNCH BREAKS", "", []string{"Weekends", "Lunch breaks"}, nil},
		{"Mornings, before work", "", []string{"Mornings, before work"}, nil},
		{"Mornings, before work, Weekends", ",", []string{"Mornings, before work", "Weekends"}, nil},
		{"Weekends, Lunch breaks", ";", []string{"Weekends, Lunch breaks"}, []string{"Weekends, Lunch breaks"}},
		{"Weekends; Juggling, knitting", "", []string{"Weekends", "Juggling, knitting"}, []string{"Juggling, knitting"}},
		{"Juggling, Weekends", "", []string{"Juggling, Weekends"}, []string{"Juggling, Weekends"}},
		{"Weekends;;Weekends; ", "", []string{"Weekends"}, nil},
		{"a|b", "|", []string{"a", "b"}, []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.cell+" "+tt.delim, func(t *testing.T) {
			var rep Report
			a, ok := newTarget(q).answer(tt.cell, 2, SurveyOptions{MultiDelimiter: tt.delim}, &rep)
			if !ok || !reflect.DeepEqual(a.Choices, tt.want) {
				t.Errorf("choices %q (%v), want %q", a.Choices, ok, tt.want)
			}
			if !reflect.DeepEqual(rep.NewOptions[4], tt.newOpts) {
				t.Errorf("new options %q, want %q", rep.NewOptions[4], tt.newOpts)
			}
		})
	}
}

func TestScaleValue(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"7", 7, true}, {"10", 10, true}, {"1", 1, true}, {"7 – Good", 7, true}, {"10 - Excellent", 10, true},
		{"7—good", 7, true}, {"7/10", 7, true}, {"7.0", 7, true}, {"7,00", 7, true}, {"7 (good)", 7, true},
		{"0", 0, false}, {"11", 11, false}, {"12", 12, false}, {"-3", 0, false}, {"7.5", 0, false},
		{"7th", 0, false}, {"70%", 0, false}, {"seven", 0, false}, {"", 0, false}, {"1000000", 0, false},
		{"Good – 7", 0, false}, {"٧", 0, false},
	}
	for _, tt := range tests {
		n, ok := scaleValue(tt.in, planner.DefaultScale)
		if ok != tt.ok || (ok && n != tt.want) {
			t.Errorf("scaleValue(%q) = %d, %v; want %d, %v", tt.in, n, ok, tt.want, tt.ok)
		}
	}
}

func TestTimestamps(t *testing.T) {
	tests := []struct {
		in       string
		dayFirst bool
		want     time.Time
	}{
		{"2026/03/01 10:15:00 AM GMT+1", false, time.Date(2026, 3, 1, 9, 15, 0, 0, time.UTC)},
		{"2026/03/01 10:15:00 pm GMT-3", false, time.Date(2026, 3, 2, 1, 15, 0, 0, time.UTC)},
		{"2026/03/01 10:15:00 AM GMT+05:30", false, time.Date(2026, 3, 1, 4, 45, 0, 0, time.UTC)},
		{"2026/03/01 10:15:00 AM GMT", false, time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"3/1/2026 10:15:00", false, time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"3/1/2026 10:15:00", true, time.Date(2026, 1, 3, 10, 15, 0, 0, time.UTC)},
		{"3/1/2026 10:15", false, time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"3/1/2026", false, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
		{"1.3.2026 10:15:00", false, time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"2026-03-01 10:15:00", false, time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"2026-03-01T10:15:00Z", false, time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"2026-03-01T10:15:00.123+01:00", false, time.Date(2026, 3, 1, 9, 15, 0, 123e6, time.UTC)},
		{"2026-03-01T10:15:00", false, time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"2026-03-01 10:15:00 UTC", false, time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"2026-03-01 10:15:00 +0100", false, time.Date(2026, 3, 1, 9, 15, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := newTimeParser(time.UTC, tt.dayFirst).parse(tt.in)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"yesterday", "2026/13/45 10:00:00", "10:15", "2026/03/01 10:15:00 GMT+99", "0000000000T"} {
		if got, err := newTimeParser(time.UTC, false).parse(bad); err == nil {
			t.Errorf("parse(%q) = %v, want an error", bad, got)
		}
	}
	// A zone-less timestamp is read in the caller's location.
	berlin := time.FixedZone("CET", 3600)
	got, err := newTimeParser(berlin, false).parse("2026-03-01 10:15:00")
	if err != nil || !got.Equal(time.Date(2026, 3, 1, 9, 15, 0, 0, time.UTC)) {
		t.Errorf("in CET: %v, %v", got, err)
	}
}

func TestDayFirst(t *testing.T) {
	tests := []struct {
		in   []string
		want bool
	}{
		{[]string{"3/1/2026 10:00", "12/31/2026 10:00"}, false},
		{[]string{"3/1/2026 10:00", "31/12/2026 10:00"}, true},
		{[]string{"2026/03/13 10:00"}, false},
		{[]string{"13/12/2026", "12/13/2026"}, false}, // contradictory: keep month first
		{nil, false},
	}
	for _, tt := range tests {
		if got := dayFirst(tt.in); got != tt.want {
			t.Errorf("dayFirst(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDetectDelimiter(t *testing.T) {
	tests := []struct {
		in   string
		want rune
	}{
		{"a,b,c\n1;2;3;4;5", ','},
		{"a;b;c\n", ';'},
		{"a\tb\tc", '\t'},
		{`"a;b;c",d` + "\n", ','},
		{`"x, y, z";w;v` + "\n", ';'},
		{"single\n", ','},
		{"a;b,c", ','}, // a tie goes to the comma
	}
	for _, tt := range tests {
		if got := detectDelimiter([]byte(tt.in)); got != tt.want {
			t.Errorf("detectDelimiter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExcelSepLine(t *testing.T) {
	data := "sep=;\nTimestamp;Which platform do you prefer?\n2026/03/01 10:00:00;Slack, probably\n"
	f, rs, rep := importBytes(t, []byte(data), testSurvey(), SurveyOptions{})
	if f.Delimiter != ';' || f.Format != GoogleForms || len(rs) != 1 {
		t.Fatalf("delimiter %q format %q responses %d", f.Delimiter, f.Format, len(rs))
	}
	if !reflect.DeepEqual(f.Lines, []int{3}) {
		t.Errorf("lines %v, want [3]", f.Lines)
	}
	wantAnswer(t, rs[0], 3, "Slack, probably", nil)
	if !reflect.DeepEqual(rep.NewOptions, map[int64][]string{3: {"Slack, probably"}}) {
		t.Errorf("new options %v", rep.NewOptions)
	}
}

func TestLargeFile(t *testing.T) {
	const n = 10000
	f, rs, rep := importBytes(t, googleRows(n), testSurvey(), SurveyOptions{})
	if rep.Rows != n || len(rs) != n || len(rep.Skipped) != 0 || len(rep.Notes) != 0 {
		t.Fatalf("rows %d responses %d skipped %v notes %v", rep.Rows, len(rs), rep.Skipped, rep.Notes)
	}
	checkInvariants(t, f, rs, rep)
	r := rs[5]
	wantAnswer(t, r, 1, "Burnout – posting \"daily\"\nand editing 5", nil)
	wantAnswer(t, r, 2, "6", nil)
	wantAnswer(t, r, 4, "", []string{"Weekday evenings", "Weekends"})
	wantAnswer(t, r, 5, "Editing: 6\nThumbnails: 9", nil)
	if f.Lines[5] != 8 || f.Lines[6] != 10 { // rows 0 and 5 span two lines
		t.Errorf("rows 5 and 6 start on lines %d and %d, want 8 and 10", f.Lines[5], f.Lines[6])
	}
}

func TestNotesCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("What's your biggest pain point when creating content?,How would you rate your current skill (1–10)?\n")
	for i := range 500 {
		fmt.Fprintf(&b, "pain %d,99\n", i)
	}
	_, rs, rep := importBytes(t, []byte(b.String()), testSurvey(), SurveyOptions{})
	if len(rep.Notes) != maxNotes+1 || rep.Notes[maxNotes].Reason != "400 more notes not shown" {
		t.Errorf("%d notes, last %v", len(rep.Notes), rep.Notes[len(rep.Notes)-1])
	}
	if len(rs) != 500 || rep.Rows != 500 || len(rep.Skipped) != 0 {
		t.Errorf("%d responses, %d rows, %d skipped", len(rs), rep.Rows, len(rep.Skipped))
	}
}

// reasons is skips as their English reasons alone, to compare with a test's want.
func reasons(ss []Skip) []Skip {
	var out []Skip
	for _, s := range ss {
		out = append(out, Skip{Row: s.Row, Reason: s.Reason})
	}
	return out
}
