package csvimport

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// memTarget is a Target in memory that, like the store, skips known keys.
type memTarget struct {
	questions []planner.Question
	responses []planner.Response
	nextID    int64
	fail      error
}

func (m *memTarget) Put(_ context.Context, _ int64, item any) error {
	if m.fail != nil {
		return m.fail
	}
	q := item.(*planner.Question)
	m.nextID++
	q.ID = 100 + m.nextID
	m.questions = append(m.questions, *q)
	return nil
}

func (m *memTarget) AddResponses(_ context.Context, _ int64, rs []planner.Response) (int, error) {
	n := 0
	for _, r := range rs {
		known := false
		for _, old := range m.responses {
			known = known || old.Key == r.Key
		}
		if !known {
			m.responses = append(m.responses, r)
			n++
		}
	}
	return n, nil
}

func TestImportFlow(t *testing.T) {
	csv := "Timestamp,What is your biggest pain?,Favourite tool\n" +
		"2026/03/01 10:15:00,My hook is too slow,Notion\n" +
		"2026/03/01 11:15:00,Reach dropped,Canva\n"
	p := &planner.Plan{ID: 1, Survey: planner.Survey{
		Questions: []planner.Question{{ID: 1, Kind: planner.KindText, Role: planner.RolePain, Title: "What is your biggest pain?"}},
		Themes:    []planner.Theme{{ID: 7, Label: "Hooks", Keywords: []string{"hook"}}},
	}}
	f, err := ReadSurvey(strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	f.AutoMap(p.Survey.Questions)
	tgt := &memTarget{}
	out, rep, err := f.Import(context.Background(), tgt, p, SurveyOptions{CreateQuestions: true})
	if err != nil || out.Added != 2 || out.Known != 0 || len(rep.NewQuestions) != 1 {
		t.Fatalf("first import: %+v %+v %v", out, rep, err)
	}
	if len(p.Survey.Questions) != 2 || p.Survey.Questions[1].ID != 101 || p.Survey.Questions[1].Title != "Favourite tool" {
		t.Fatalf("new question not stored first: %+v", p.Survey.Questions)
	}
	first := tgt.responses[0]
	if len(first.Answers) != 2 || first.Answers[1].QuestionID != 101 {
		t.Errorf("answers not moved to the stored question: %+v", first.Answers)
	}
	if len(first.Answers[0].Tags) != 1 || first.Answers[0].Tags[0].ThemeID != 7 {
		t.Errorf("pain answer not tagged before storing: %+v", first.Answers[0])
	}
	f.AutoMap(p.Survey.Questions)
	out, _, err = f.Import(context.Background(), tgt, p, SurveyOptions{CreateQuestions: true})
	if err != nil || out.Added != 0 || out.Known != 2 || len(p.Survey.Questions) != 2 {
		t.Fatalf("second import: %+v, %d questions, %v", out, len(p.Survey.Questions), err)
	}
	tgt.fail = errors.New("disk full")
	g, _ := ReadSurvey(strings.NewReader("Timestamp,Brand new\n2026/03/02 10:00:00,x\n"))
	g.AutoMap(p.Survey.Questions)
	if _, _, err := g.Import(context.Background(), tgt, p, SurveyOptions{CreateQuestions: true}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("a failing store: %v", err)
	}
}
