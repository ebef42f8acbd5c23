package ui

import (
	"slices"
	"strconv"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

func TestOtherOpensABoxToSayWhich(t *testing.T) {
	p, err := planner.NewPlan(planner.TemplateInternal, "Internal", testNow)
	if err != nil {
		t.Fatal(err)
	}
	p.Survey.Responses = []planner.Response{{ID: 900, Respondent: "Ana"}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	q, _ := s.plan.Survey.QuestionByRole(planner.RolePlatform)
	if !slices.Contains(q.Options, "Microsoft Teams") {
		t.Fatalf("the internal CoP's platform question offers %v", q.Options)
	}
	v.responses.selectItem(0)
	sel := v.fields[fieldName("response.q", q.ID)].(*widget.Select)
	box := v.fields[fieldName("response.other.q", q.ID)].(*keyEntry)
	if box.Visible() {
		t.Fatal("the Say which box shows before Other is chosen")
	}
	sel.SetSelected("Other")
	if !box.Visible() {
		t.Fatal("choosing Other did not open the box")
	}
	test.Type(box, "Workplace")
	saved := func() string {
		t.Helper()
		for _, a := range reload(t, s, st).Survey.Responses[0].Answers {
			if a.QuestionID == q.ID {
				return a.Text
			}
		}
		return ""
	}
	if got := saved(); got != "Workplace" {
		t.Errorf("saved %q, want what was said for Other", got)
	}
	sum := planner.SummarizeQuestion(s.plan.Survey, q)
	for _, c := range sum.Choices {
		if c.Other && (c.Count != 1 || !slices.Contains(c.Answers, "Workplace")) {
			t.Errorf("the summary's Other bar: %+v", c)
		}
	}
	// The form shown again selects Other with the text in the box.
	v.responses.selectItem(0)
	sel = v.fields[fieldName("response.q", q.ID)].(*widget.Select)
	box = v.fields[fieldName("response.other.q", q.ID)].(*keyEntry)
	if sel.Selected != "Other" || box.Text != "Workplace" || !box.Visible() {
		t.Errorf("form again: %q selected, box %q (shown %v)", sel.Selected, box.Text, box.Visible())
	}
	sel.SetSelected("Microsoft Teams")
	if box.Visible() || saved() != "Microsoft Teams" {
		t.Errorf("another option: box shown %v, saved %q", box.Visible(), saved())
	}
}

// fieldName is a step's field name for a question, e.g. "response.q12".
func fieldName(prefix string, id int64) string { return prefix + strconv.FormatInt(id, 10) }

func TestNoThemeTaggingForAnswersAboutTheRespondent(t *testing.T) {
	p, err := planner.NewPlan(planner.TemplateInternal, "Internal", testNow)
	if err != nil {
		t.Fatal(err)
	}
	pain, _ := p.Survey.QuestionByRole(planner.RolePain)
	var about planner.Question
	for _, q := range p.Survey.Questions {
		if q.Role == planner.RoleAbout {
			about = q
		}
	}
	p.Survey.Responses = []planner.Response{{ID: 900, Respondent: "Ana", Answers: []planner.Answer{
		{QuestionID: pain.ID, Text: "We reinvent the wheel"}, {QuestionID: about.ID, Text: "Platform team, Lisbon"}}}}
	s, _ := newTestSessionWith(t, p)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	pain, _ = s.plan.Survey.QuestionByRole(planner.RolePain) // the store gave new IDs
	for _, q := range s.plan.Survey.Questions {
		if q.Role == planner.RoleAbout {
			about = q
		}
	}
	v.responses.selectItem(0)
	if _, ok := v.fields[fieldName("response.tags.q", pain.ID)]; !ok {
		t.Error("no theme tagging for the pain answer")
	}
	if _, ok := v.fields[fieldName("response.tags.q", about.ID)]; ok {
		t.Errorf("theme tagging offered for %q", about.Title)
	}
}
