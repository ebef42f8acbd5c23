package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
)

// TestScaleRangeTypedInTheQuestionForm: a range typed in the question form is the range
// stored; the response form then takes 0 and refuses 11, and the summary counts over 0–10
// with the NPS split.
func TestScaleRangeTypedInTheQuestionForm(t *testing.T) {
	p := &planner.Plan{Name: "Scales", Survey: planner.Survey{
		Questions: []planner.Question{{ID: 1, Kind: planner.KindScale, Title: "Recommend us?"}},
		Responses: []planner.Response{{ID: 1, Respondent: "Ana"}},
	}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	v.questions.selectItem(0)
	rng := entry(t, v.fields, "question.scale")
	if rng.Text != "1–10" {
		t.Errorf("range shown %q, want the default 1–10", rng.Text)
	}
	rng.SetText("")
	test.Type(rng, "5-1")
	if rng.Validate() == nil {
		t.Error("5-1 accepted as a range")
	}
	rng.SetText("")
	test.Type(rng, "0-10")
	test.Type(entry(t, v.fields, "question.scaleHigh"), "Extremely likely")
	s.flush()
	got := reload(t, s, st).Survey.Questions[0].Scale
	if got != (planner.Scale{Min: 0, Max: 10, High: "Extremely likely"}) {
		t.Fatalf("stored range %+v, want 0–10 with its top label", got)
	}

	v.responses.selectItem(0)
	ans := entry(t, v.fields, "response.q1")
	test.Type(ans, "11")
	if ans.Validate() == nil {
		t.Error("11 accepted on 0–10")
	}
	ans.SetText("")
	test.Type(ans, "0")
	if err := ans.Validate(); err != nil {
		t.Errorf("0 refused on 0–10: %v", err)
	}
	s.flush()
	if a := reload(t, s, st).Survey.Responses[0].Answers; len(a) != 1 || a[0].Text != "0" {
		t.Fatalf("answers %+v, want 0", a)
	}
	v.summary.set(s.plan.Survey)
	lines := strings.Join(v.summary.lines[1], "\n")
	for _, want := range []string{"Scale 0–10 (10 = Extremely likely)", "NPS -100: 0 promoters (9–10), 0 passives (7–8), 1 detractor (0–6)"} {
		if !strings.Contains(lines, want) {
			t.Errorf("summary lines %q lack %q", lines, want)
		}
	}
	if bars := v.summary.bars[1]; len(bars) != 11 || bars[0].Label != "0" || bars[0].Value != 1 {
		t.Errorf("bars %s, want 11 from 0 with one answer at 0", fmt.Sprint(bars))
	}
}
