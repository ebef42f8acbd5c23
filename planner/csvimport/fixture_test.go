package csvimport

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// testSurvey returns the questions the testdata files answer.
func testSurvey() planner.Survey {
	return planner.Survey{Questions: []planner.Question{
		{ID: 1, Kind: planner.KindText, Title: "What's your biggest pain point when creating content?", Role: planner.RolePain},
		{ID: 2, Kind: planner.KindScale, Title: "How would you rate your current skill (1–10)?", Role: planner.RoleSkill},
		{ID: 3, Kind: planner.KindSingle, Title: "Which platform do you prefer?", Role: planner.RolePlatform,
			Options: []string{"Discord", "Slack", "LinkedIn Groups", "Circle", "Mighty Networks"}},
		{ID: 4, Kind: planner.KindMulti, Title: "When are you available?", Role: planner.RoleCadence,
			Options: []string{"Weekday evenings", "Weekends", "Mornings, before work", "Lunch breaks"}},
		{ID: 5, Kind: planner.KindText, Title: "Rate these skills"},
		{ID: 6, Kind: planner.KindMulti, Title: "Which topics interest you?",
			Options: []string{"Growth", "Monetization", "Editing", "Collaborations"}},
	}}
}

// readTestdata returns the bytes of a testdata file.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// importBytes reads, maps and imports a survey file against s.
func importBytes(t testing.TB, data []byte, s planner.Survey, opt SurveyOptions) (*SurveyFile, []planner.Response, Report) {
	t.Helper()
	f, err := ReadSurvey(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ReadSurvey: %v", err)
	}
	f.AutoMap(s.Questions)
	rs, rep := f.Responses(s, opt)
	return f, rs, rep
}

// googleRows builds a Google Forms export of n responses shaped like real ones: a quoted
// answer with a newline every few rows, en dashes, multi-choice cells and a grid.
func googleRows(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Timestamp,Email Address,What's your biggest pain point when creating content?," +
		"How would you rate your current skill (1–10)?,Which platform do you prefer?,When are you available?," +
		"Rate these skills [Editing],Rate these skills [Thumbnails],Your name\r\n")
	platforms := []string{"Discord", "Slack", "LinkedIn Groups", "Circle", "Mighty Networks"}
	avail := []string{"Weekends", "Weekday evenings;Weekends", `"Mornings, before work; Lunch breaks"`, "Lunch breaks"}
	for i := range n {
		pain := fmt.Sprintf("Finding time to edit video %d", i)
		if i%5 == 0 {
			pain = fmt.Sprintf("\"Burnout – posting \"\"daily\"\"\nand editing %d\"", i)
		}
		fmt.Fprintf(&b, "2026/03/%02d %d:%02d:%02d PM GMT+1,user%d@example.com,%s,%d – ok,%s,%s,%d,%d,Person %d\r\n",
			i%28+1, i%12+1, i%60, i%60, i, pain, i%10+1, platforms[i%5], avail[i%4], i%10+1, (i+3)%10+1, i)
	}
	return b.Bytes()
}
