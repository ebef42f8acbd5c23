package plantest

import (
	"fmt"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// FlowSurvey is a new plan, made at now, whose survey has 12 responses to the platform and
// cadence questions and to a second cadence question asking for a day and time: the start of
// the survey → charter → event → review flow that the suggestion rules carry forward
// (Slack is the most preferred platform, every two weeks the rhythm most can keep, Thursday
// evening the favourite slot).
func FlowSurvey(now time.Time) (*planner.Plan, error) {
	p, err := planner.NewPlan(planner.TemplateBlank, "Globex DevEx Circle", now)
	if err != nil {
		return nil, err
	}
	p.Domain = "Helping Globex engineers ship faster across teams."
	platformQ, _ := p.Survey.QuestionByRole(planner.RolePlatform)
	cadenceQ, _ := p.Survey.QuestionByRole(planner.RoleCadence)
	slotQ := planner.Question{ID: 900, Kind: planner.KindSingle, Role: planner.RoleCadence, Title: "Which slot suits you best?",
		Options: []string{"Tuesday lunch", "Thursday evening", "Friday morning"}}
	p.Survey.Questions = append(p.Survey.Questions, slotQ)
	platforms := []string{"Slack", "Slack", "Discord", "Slack", "Teams", "Slack", "Discord", "Slack", "Slack", "Discord", "Teams", "Slack"}
	rhythms := []string{"Every two weeks", "Weekly", "Every two weeks", "Monthly", "Every two weeks", "Whenever I can (async)",
		"Weekly", "Every two weeks", "Monthly", "Every two weeks", "Monthly", "Whenever I can (async)"}
	slots := []string{"Thursday evening", "Thursday evening", "Tuesday lunch", "Thursday evening", "Friday morning", "Thursday evening",
		"Thursday evening", "Tuesday lunch", "Thursday evening", "Friday morning", "Thursday evening", "Tuesday lunch"}
	for i := range platforms {
		p.Survey.Responses = append(p.Survey.Responses, planner.Response{ID: int64(1000 + i), Respondent: fmt.Sprintf("R%d", i+1), Source: "manual",
			Answers: []planner.Answer{{QuestionID: platformQ.ID, Text: platforms[i]}, {QuestionID: cadenceQ.ID, Text: rhythms[i]}, {QuestionID: slotQ.ID, Text: slots[i]}}})
	}
	return p, nil
}
