package planner

import (
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

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

// TestEveryCodeHasItsWords checks that each value of the plan's enumerations is worded by
// the catalogue, in the window (In) and in the documents (kind.code): a value without words
// would show as its code ("About") in every language.
func TestEveryCodeHasItsWords(t *testing.T) {
	codes := map[string][]string{}
	add := func(kind string, vs ...string) { codes[kind] = append(codes[kind], vs...) }
	for _, v := range Channels {
		add("channel", string(v))
	}
	for _, v := range Sources {
		add("source", string(v))
	}
	for _, v := range Frequencies {
		add("freq", string(v))
	}
	for _, v := range EventFormats {
		add("format", string(v))
	}
	for _, v := range JoinModes {
		add("join", string(v))
	}
	for _, v := range QuestionKinds {
		add("qkind", string(v))
	}
	for _, v := range []QuestionRole{RolePain, RoleSkill, RolePlatform, RoleCadence, RoleAbout} {
		add("qrole", string(v))
		add("qrole_label", string(v))
	}
	for _, v := range CandidateStatuses {
		add("status", string(v))
	}
	for _, v := range Stages {
		add("stage", string(v))
	}
	for _, v := range Platforms {
		add("platform", string(v))
	}
	for _, v := range Papers {
		add("paper", string(v))
	}
	for kind, vs := range codes {
		for _, v := range vs {
			if key := kind + "." + v; !i18n.Has(key) {
				t.Errorf("%s has no words in the catalogue", key)
			}
		}
	}
}
