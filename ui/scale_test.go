package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

// TestGridSummaryIsOneTable: the rows of a 0–5 grid show as one table in step 1, a line per
// row with its n and mean, and rows whose labels share a long start stay apart.
func TestGridSummaryIsOneTable(t *testing.T) {
	g := "Give your confidence levels"
	long := "Using the command line on the login nodes of the shared cluster: "
	p := &planner.Plan{Name: "Grid", Survey: planner.Survey{Questions: []planner.Question{
		{ID: 1, Kind: planner.KindScale, Title: long + "moving files", Grid: g, Scale: planner.Scale{Min: 0, Max: 5}},
		{ID: 2, Kind: planner.KindScale, Title: long + "running jobs", Grid: g, Scale: planner.Scale{Min: 0, Max: 5}},
	}}}
	for i, v := range [][2]string{{"5", "1"}, {"4", "0"}, {"5", ""}} {
		p.Survey.Responses = append(p.Survey.Responses, planner.Response{ID: int64(i + 1), Answers: []planner.Answer{
			{QuestionID: 1, Text: v[0]}, {QuestionID: 2, Text: v[1]}}})
	}
	s, _ := newTestSessionWith(t, p)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	v.summary.set(s.plan.Survey)
	rows := v.summary.grids[g]
	if len(rows) != 2 {
		t.Fatalf("grid rows %q, want 2", rows)
	}
	if !strings.Contains(rows[0], "n = 3, mean 4.7; 0:0 1:0 2:0 3:0 4:1 5:2") || !strings.Contains(rows[1], "n = 2, mean 0.5") {
		t.Errorf("rows %q", rows)
	}
	if strings.SplitN(rows[0], ": n =", 2)[0] == strings.SplitN(rows[1], ": n =", 2)[0] {
		t.Errorf("two rows read the same: %q", rows)
	}
	if len(v.summary.lines) != 0 {
		t.Errorf("grid rows also shown as questions: %v", v.summary.lines)
	}
	if w := v.content().MinSize().Width; w > pageWidth {
		t.Errorf("step 1 needs %v px with a grid, more than %v", w, pageWidth)
	}
}

// TestImportDialogKindChosenIsStored: the dialog shows each new question's guess (kind,
// options, answers) and a kind chosen there, with a scale's range, is the kind stored.
func TestImportDialogKindChosenIsStored(t *testing.T) {
	data := "Timestamp,How likely are you to recommend us?,Team,Notes\n"
	for i, row := range []string{"9,Sales,ok", "10,Ops,fine", "6,Sales,good", "0,Ops,meh", "8,Sales,x", "7,Ops,y", "10,Sales,z", "3,Ops,w"} {
		data += fmt.Sprintf("2026/03/%02d 10:00:00 AM GMT+1,%s\n", i+1, row)
	}
	path := filepath.Join(t.TempDir(), "nps.csv")
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	s, st := newTestSessionWith(t, &planner.Plan{Name: "Kinds"})
	d := newImportDialog(s, test.NewTempWindow(t, widget.NewLabel("")), nil)
	if err := d.loadPath(path); err != nil {
		t.Fatal(err)
	}
	if g := d.guesses[1]; !g.ok || g.Kind != planner.KindScale || g.Scale.String() != "0–10" {
		t.Fatalf("guess for the recommendation column: %+v", g)
	}
	if got := d.ranges[1].Text; got != "0–10" {
		t.Errorf("range shown %q", got)
	}
	if g := d.guesses[2]; g.Kind != planner.KindSingle || strings.Join(g.Options, "|") != "Sales|Ops" {
		t.Errorf("guess for Team: %+v", g)
	}
	if txt := d.guessText(d.guesses[2].Guess); !strings.Contains(txt, "2 options: Sales · Ops") || !strings.Contains(txt, "answers such as “Sales”") {
		t.Errorf("guess shown as %q", txt)
	}
	// The recommendation as 1–10 (its 0 is then left out), Team as open text.
	d.ranges[1].SetText("")
	test.Type(d.ranges[1], "1-10")
	d.kinds[2].SetSelected(planner.KindText.Label())
	test.Tap(d.importBtn)
	d.wait()
	p := reload(t, s, st)
	kinds := map[string]string{}
	for _, q := range p.Survey.Questions {
		kinds[q.Title] = q.KindLabel()
	}
	want := map[string]string{"How likely are you to recommend us?": "Scale 1–10", "Team": "Open text", "Notes": "Open text"}
	for title, k := range want {
		if kinds[title] != k {
			t.Errorf("%q stored as %q, want %q (all: %v)", title, kinds[title], k, kinds)
		}
	}
	if !strings.Contains(d.report.Text, "(Scale 1–10, as chosen)") {
		t.Errorf("report %q", d.report.Text)
	}
}

// TestKindFixedLater: an imported question's kind is changed in the question form; its
// stored answers are read again into the new kind, and those that do not read are listed
// and kept.
func TestKindFixedLater(t *testing.T) {
	p := &planner.Plan{Name: "Fix", Survey: planner.Survey{
		Questions: []planner.Question{{ID: 1, Kind: planner.KindText, Title: "How likely are you to recommend us?"}},
	}}
	for i, v := range []string{"9", "10 - Extremely likely", "ten", "0"} {
		p.Survey.Responses = append(p.Survey.Responses, planner.Response{ID: int64(i + 1), Respondent: fmt.Sprintf("R%d", i+1),
			Answers: []planner.Answer{{QuestionID: 1, Text: v}}})
	}
	s, st := newTestSessionWith(t, p)
	v := openStep[*surveyStep](t, s, planner.StepSurvey)
	v.questions.selectItem(0)
	v.fields["question.kind"].(*widget.Select).SetSelected(planner.KindScale.Label())
	rng := entry(t, v.fields, "question.scale")
	rng.SetText("")
	test.Type(rng, "0-10")
	s.flush()
	note := v.fields["question.unread"].(*widget.Label).Text
	if !strings.Contains(note, "1 answer is not read as Scale 0–10") || !strings.Contains(note, "“ten” (R3)") {
		t.Errorf("note %q", note)
	}
	got := reload(t, s, st)
	if q := got.Survey.Questions[0]; q.Kind != planner.KindScale || q.Range() != (planner.Scale{Min: 0, Max: 10}) {
		t.Errorf("stored %s %s", q.Kind, q.Range())
	}
	var texts []string
	for _, r := range got.Survey.Responses {
		texts = append(texts, r.Answers[0].Text)
	}
	if strings.Join(texts, "|") != "9|10|ten|0" {
		t.Errorf("answers %q, want re-read with the unreadable one kept", texts)
	}
}
