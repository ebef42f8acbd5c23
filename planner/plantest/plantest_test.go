package plantest

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

var now = time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)

// refsOK checks that every reference inside p points at an item that exists.
func refsOK(t *testing.T, p *planner.Plan) {
	t.Helper()
	qs, ths, cs, gs, rs := map[int64]bool{}, map[int64]bool{}, map[int64]bool{}, map[int64]bool{}, map[int64]bool{}
	for _, q := range p.Survey.Questions {
		qs[q.ID] = true
	}
	for _, th := range p.Survey.Themes {
		ths[th.ID] = true
	}
	for _, c := range p.Candidates {
		if cs[c.ID] {
			t.Fatalf("duplicate candidate ID %d", c.ID)
		}
		cs[c.ID] = true
	}
	for _, g := range p.Goals {
		gs[g.ID] = true
		for _, th := range g.ThemeIDs {
			if !ths[th] {
				t.Errorf("goal %q names missing theme %d", g.Title, th)
			}
		}
	}
	for _, r := range p.Survey.Responses {
		rs[r.ID] = true
		for _, a := range r.Answers {
			if !qs[a.QuestionID] {
				t.Errorf("response %d answers missing question %d", r.ID, a.QuestionID)
			}
			for _, tg := range a.Tags {
				if !ths[tg.ThemeID] {
					t.Errorf("response %d tags missing theme %d", r.ID, tg.ThemeID)
				}
			}
		}
	}
	for _, c := range p.Candidates {
		if c.ResponseID != 0 && !rs[c.ResponseID] {
			t.Errorf("candidate %q links missing response %d", c.Name, c.ResponseID)
		}
	}
	for _, r := range p.Charter.Roles {
		for _, h := range r.HolderIDs {
			if !cs[h] {
				t.Errorf("role %q held by missing candidate %d", r.Name, h)
			}
		}
	}
	for _, a := range p.Event.AttendeeIDs {
		if !cs[a] {
			t.Errorf("attendee %d is not a candidate", a)
		}
	}
	for _, r := range p.Reviews {
		for _, gv := range r.GoalValues {
			if !gs[gv.GoalID] {
				t.Errorf("review %s measures missing goal %d", r.Date, gv.GoalID)
			}
		}
	}
}

func TestLarge(t *testing.T) {
	p := Large(now)
	refsOK(t, p)
	if len(p.Survey.Responses) != LargeResponses || len(p.Candidates) != LargeCandidates ||
		len(p.Reviews) != LargeReviews || len(p.Event.Agenda) != LargeAgenda || len(p.Event.Checklist) != LargeChecklist {
		t.Fatalf("sizes: %d responses, %d candidates, %d reviews, %d agenda, %d checklist",
			len(p.Survey.Responses), len(p.Candidates), len(p.Reviews), len(p.Event.Agenda), len(p.Event.Checklist))
	}
	for _, r := range p.Survey.Responses {
		if len(r.Answers) != LargeQuestions {
			t.Fatalf("response %d has %d answers", r.ID, len(r.Answers))
		}
	}
	for _, r := range p.Reviews {
		if len(r.Actions) != LargeActions {
			t.Fatalf("review %d has %d actions", r.ID, len(r.Actions))
		}
	}
	if !reflect.DeepEqual(Large(now), p) {
		t.Error("Large is not deterministic")
	}
}

func TestFillLibrary(t *testing.T) {
	var names []string
	err := FillLibrary(now, 7, func(p *planner.Plan) error { names = append(names, p.Name); return nil })
	if err != nil || len(names) != 7 || names[0] == names[1] {
		t.Fatalf("FillLibrary: err %v, names %v", err, names)
	}
}

func TestScripts(t *testing.T) {
	p := Scripts(now)
	refsOK(t, p)
	seen := map[string]bool{}
	for _, c := range p.Candidates {
		seen[c.Name] = true
	}
	for _, n := range ScriptNames {
		if !seen[n] {
			t.Errorf("no candidate is named %q", n)
		}
	}
	if p.Client != "株式会社ノースライト" {
		t.Errorf("client %q", p.Client)
	}
}

// TestFlowSurvey: the flow fixture's survey says what its doc promises, so the flow tests
// built on it start from evidence the suggestion rules can read.
func TestFlowSurvey(t *testing.T) {
	p, err := FlowSurvey(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.Survey.Responses); n != 12 {
		t.Fatalf("%d responses, want 12", n)
	}
	sug := planner.SuggestCadence(p.Survey)
	if sug.Frequency != planner.Biweekly || !sug.HasWeekday || sug.Weekday != time.Thursday {
		t.Errorf("cadence suggestion %+v, want every two weeks on Thursday", sug)
	}
	if top := planner.AdvisePlatform(p).Scores[0].Platform; top != planner.Slack {
		t.Errorf("top platform %v, want Slack (7 of 12 prefer it)", top)
	}
}

func TestLongTexts(t *testing.T) {
	p := Demo(now)
	LongTexts(p)
	if n := len([]rune(p.Charter.Purpose)); n != LongTextLen {
		t.Errorf("purpose is %d characters, want %d", n, LongTextLen)
	}
	if n := len([]rune(p.Name)); n != planner.MaxShortText {
		t.Errorf("name is %d characters, want %d", n, planner.MaxShortText)
	}
	if !strings.Contains(p.Charter.Purpose, strings.Repeat("x", 300)) {
		t.Error("no unbroken run in the purpose")
	}
	if err := planner.CheckPlan(p); err != nil {
		t.Errorf("the plan of long texts breaks a rule: %v", err)
	}
}
