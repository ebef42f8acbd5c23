package csvimport_test

import (
	"fmt"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
)

// The import flow: read, map (adjustable), build the responses with a report, then store
// the new questions first, remap their provisional IDs, store the responses and tag them.
func Example() {
	const export = "Timestamp,Email Address,Biggest pain?,Skill (1–10),Country\r\n" +
		"2026/03/01 10:15:00 AM GMT+1,ana@example.com,\"Finding time\nto edit\",7 – Good,Brazil\r\n" +
		"2026/03/01 11:00:00 AM GMT+1,ben@example.com,Burnout,12,Brazil\r\n" +
		",,,,\r\n"
	survey := planner.Survey{Questions: []planner.Question{
		{ID: 1, Kind: planner.KindText, Title: "Biggest pain", Role: planner.RolePain},
		{ID: 2, Kind: planner.KindScale, Title: "Skill (1-10)", Role: planner.RoleSkill},
	}}
	f, err := csvimport.ReadSurvey(strings.NewReader(export))
	if err != nil {
		fmt.Println(err)
		return
	}
	f.AutoMap(survey.Questions)
	for _, c := range f.Columns {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%-14s question %d %s", c.Header, c.QuestionID, c.Meta)))
	}
	rs, rep := f.Responses(survey, csvimport.SurveyOptions{CreateQuestions: true})
	fmt.Println(f.Format, rep.Rows, "rows,", rep.Added, "added")
	for _, s := range rep.Skipped {
		fmt.Println("skipped", s)
	}
	for _, n := range rep.Notes {
		fmt.Println("note", n)
	}
	for _, q := range rep.NewQuestions {
		fmt.Println("new question", q.ID, q.Kind, q.Title, q.Options)
	}
	// The caller stores each new question and learns its ID (here 3).
	csvimport.RemapQuestions(rs, map[int64]int64{-1: 3})
	fmt.Printf("%s %q %v\n", rs[0].Email, rs[0].Answers[0].Text, rs[0].Answers[2])
	// Output:
	// Timestamp      question 0 timestamp
	// Email Address  question 0 email
	// Biggest pain?  question 1
	// Skill (1–10)   question 2
	// Country        question 0
	// google-forms 3 rows, 2 added
	// skipped row 5: blank row
	// note row 4: “Skill (1-10)”: “12” is not a number from 1 to 10; answer left out
	// new question -1 single Country [Brazil]
	// ana@example.com "Finding time\nto edit" {3 Brazil [] []}
}
