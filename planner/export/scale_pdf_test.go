package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// scalePlan is a plan whose survey has a 0–10 recommendation question, a 1–5 skill question
// and a number question, each with answers.
func scalePlan() *planner.Plan {
	p := demoPlan()
	p.Survey = planner.Survey{Questions: []planner.Question{
		{ID: 1, Kind: planner.KindScale, Title: "How likely are you to recommend the group?", Scale: planner.Scale{Min: 0, Max: 10, Low: "Not likely", High: "Very likely"}},
		{ID: 2, Kind: planner.KindScale, Role: planner.RoleSkill, Title: "Rate your skill", Scale: planner.Scale{Min: 1, Max: 5}},
		{ID: 3, Kind: planner.KindNumber, Title: "Hours a week spent on it"},
		{ID: 4, Kind: planner.KindScale, Title: "I can log in to the cluster", Grid: "Give your confidence levels", Scale: planner.Scale{Min: 0, Max: 5}},
		{ID: 5, Kind: planner.KindScale, Title: "I can submit a batch job", Grid: "Give your confidence levels", Scale: planner.Scale{Min: 0, Max: 5}},
	}}
	nps := []string{"10", "9", "9", "8", "7", "6", "0", "3", "10"}
	skill := []string{"2", "3", "3", "4", "5", "3", "2", "4", "3"}
	hours := []string{"1", "2", "2,5", "4", "6", "10", "12", "3 hours", "20"}
	for i := range nps {
		p.Survey.Responses = append(p.Survey.Responses, planner.Response{ID: int64(i + 1), Answers: []planner.Answer{
			{QuestionID: 1, Text: nps[i]}, {QuestionID: 2, Text: skill[i]}, {QuestionID: 3, Text: hours[i]},
			{QuestionID: 4, Text: fmt.Sprint(5 - i%3)}, {QuestionID: 5, Text: fmt.Sprint(i % 4)}}})
	}
	for i := range p.Reviews {
		p.Reviews[i].AvgSkill = 0
	}
	return p
}

// TestPlanPDFScales: the plan PDF summarises each scale on its own range, gives a 0–10
// question its NPS, a 1–5 skill baseline out of 5 and a number question its distribution.
func TestPlanPDFScales(t *testing.T) {
	needTool(t, "pdftotext")
	path := writePDFFile(t, t.TempDir(), "plan", func(w *bytes.Buffer, p *planner.Plan, opt Options) error { return PlanPDF(w, p, opt) }, scalePlan())
	flat := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
	for _, want := range []string{
		"Scale 0–10 (0 = Not likely, 10 = Very likely)",
		"NPS 11: 4 promoters (9–10), 2 passives (7–8), 3 detractors (0–6)",
		"Scale 1–5",
		"3.2 of 5", // the skill baseline's mean, on the skill question's range
		"Number",
		"Median 4",
		"Give your confidence levels",
		"Grid of 2 rows · Scale 0–5",
		"I can log in to the cluster 0 0 0 3 3 3 9 4", // the row: answers per point 0…5, n, mean
		"I can submit a batch job 3 2 2 2 0 0 9 1.3",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("plan PDF lacks %q", want)
		}
	}
}
