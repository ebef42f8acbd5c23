package planner

import "testing"

func TestLabels(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{ChannelDM.Label(), "Direct message"},
		{ChannelX.Label(), "X/Twitter"},
		{Channel("").Label(), ""},
		{SourceSurvey.Label(), "Survey respondent"},
		{FormatAMA.Label(), "AMA (ask me anything)"},
		{JoinInvite.Label(), "By invitation"},
		{KindScale.Label(), "Scale"},
		{RoleNone.Label(), "(no special role)"},
		{RoleSkill.Label(), "Skill self-rating (baseline)"},
		{Candidate{ID: 3, Name: "  "}.DisplayName(), "Candidate 3"},
		{Candidate{Handle: "@zoe"}.DisplayName(), "@zoe"},
		{Candidate{Name: "Zoë Ångström", Handle: "@zoe"}.DisplayName(), "Zoë Ångström"},
		{Biweekly.Label(), "Every two weeks"},
		{Frequency("").Label(), ""},
		{DueItem{}.State(), "Open"},
		{DueItem{Overdue: true}.State(), "Overdue"},
		{DueItem{Item: ChecklistItem{Done: true}}.State(), "Done"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	for _, c := range Channels {
		if c.Label() == string(c) {
			t.Errorf("channel %q has no label", c)
		}
	}
	names := CandidateNames(&Plan{Candidates: []Candidate{{ID: 1, Name: "Ana"}, {ID: 2}}})
	if names[1] != "Ana" || names[2] != "Candidate 2" {
		t.Errorf("CandidateNames: %v", names)
	}
}

func TestStepLabel(t *testing.T) {
	for _, tc := range []struct {
		s    PlanSummary
		want string
	}{
		{PlanSummary{Step: StepSurvey, Progress: 0}, "1 Domain survey"},
		{PlanSummary{Step: StepEvent, Progress: 3}, "4 Launch event"},
		{PlanSummary{Step: StepExport, Progress: 5}, "Complete"},
	} {
		if got := tc.s.StepLabel(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.s, got, tc.want)
		}
	}
}
