package planner

import (
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

func responses(qid int64, answers ...Answer) []Response {
	out := make([]Response, len(answers))
	for i, a := range answers {
		a.QuestionID = qid
		out[i] = Response{ID: int64(i + 1), Answers: []Answer{a}}
	}
	return out
}

func text(ss ...string) []Answer {
	out := make([]Answer, len(ss))
	for i, s := range ss {
		out[i] = Answer{Text: s}
	}
	return out
}

func TestSummarizeSingleChoice(t *testing.T) {
	q := Question{ID: 1, Kind: KindSingle, Options: []string{"Discord", "Slack", "Other"}}
	s := Survey{Questions: []Question{q}, Responses: responses(1, text("Discord", " discord ", "Slack", "Teams", "Matrix", "Teams", "", "DISCORD")...)}
	qs := SummarizeQuestion(s, q)
	equal(t, "n", qs.N, 7)
	equal(t, "small", qs.Small, false)
	if len(qs.Choices) != 3 {
		t.Fatalf("choices %+v", qs.Choices)
	}
	equal(t, "discord", qs.Choices[0].Count, 3)
	equal(t, "slack", qs.Choices[1].Count, 1)
	equal(t, "other count", qs.Choices[2].Count, 3)
	equal(t, "other answers", qs.Choices[2].Answers, []string{"Teams", "Matrix"})
	equal(t, "other flag", qs.Choices[2].Other, true)
	if got := qs.Choices[0].Share; got < 0.428 || got > 0.429 {
		t.Errorf("share %v, want 3/7", got)
	}
	equal(t, "top", qs.Top()[0].Label, "Discord")
	equal(t, "other note", qs.Choices[2].OtherNote(), "“Teams” and “Matrix”")
}

func TestSummarizeOtherWithoutOption(t *testing.T) {
	q := Question{ID: 1, Kind: KindSingle, Options: []string{"A", "B"}}
	s := Survey{Responses: responses(1, text("A", "x1", "x2", "x3", "x4", "x5")...)}
	qs := SummarizeQuestion(s, q)
	if len(qs.Choices) != 3 || qs.Choices[2].Label != OtherLabel || qs.Choices[2].Count != 5 {
		t.Fatalf("choices %+v", qs.Choices)
	}
	equal(t, "note", qs.Choices[2].OtherNote(), "“x1”, “x2”, “x3” and 2 more")
	de := i18n.New(i18n.German)
	equal(t, "German note", qs.Choices[2].OtherNoteIn(de), "„x1“, „x2“, „x3“ und 2 weitere")
	equal(t, "German n", qs.NLabelIn(de), "n = 6")
	equal(t, "German no answers", SummarizeQuestion(Survey{}, q).NLabelIn(de), "noch keine Antworten")
	equal(t, "no other bar without other answers", len(SummarizeQuestion(Survey{Responses: responses(1, text("A")...)}, q).Choices), 2)
}

func TestSummarizeMultiChoice(t *testing.T) {
	q := Question{ID: 1, Kind: KindMulti, Options: []string{"AMAs", "Teardowns"}}
	s := Survey{Responses: responses(1,
		Answer{Choices: []string{"AMAs", "Teardowns"}},
		Answer{Choices: []string{"amas", "AMAs"}}, // the same choice twice counts once
		Answer{Choices: []string{"Podcasts"}},
		Answer{Choices: []string{" "}}, // blank: not a respondent
	)}
	qs := SummarizeQuestion(s, q)
	equal(t, "n", qs.N, 3)
	equal(t, "small", qs.Small, true)
	equal(t, "counts", []int{qs.Choices[0].Count, qs.Choices[1].Count, qs.Choices[2].Count}, []int{2, 1, 1})
	equal(t, "n label", qs.NLabel(), "n = 3, too small to read")
}

func TestSummarizeScale(t *testing.T) {
	q := Question{ID: 1, Kind: KindScale}
	s := Survey{Responses: responses(1, text("1", "4", "4 - okay", "7", "10", "eleven", "0", "6.6")...)}
	qs := SummarizeQuestion(s, q)
	equal(t, "n", qs.N, 8)
	equal(t, "unreadable", qs.Unreadable, 2)
	equal(t, "scale n", qs.Scale.N, 6)
	equal(t, "distribution", qs.Distribution, []int{1, 0, 0, 2, 0, 0, 2, 0, 0, 1})
	equal(t, "median", qs.Scale.Median, 5.3)
	if m := qs.Scale.Mean; m < 5.43 || m > 5.44 {
		t.Errorf("mean %v", m)
	}
	equal(t, "empty", SummarizeQuestion(Survey{}, q).Scale.N, 0)
	equal(t, "empty small", SummarizeQuestion(Survey{}, q).Small, true)
	equal(t, "empty label", SummarizeQuestion(Survey{}, q).NLabel(), "no answers yet")
}

func TestSummarizeSurveyText(t *testing.T) {
	s := Survey{
		Questions: []Question{{ID: 1, Kind: KindText, Role: RolePain}, {ID: 2, Kind: KindScale}},
		Themes:    []Theme{{ID: 1, Label: "Time", Keywords: []string{"time"}}},
		Responses: responses(1, text("no time", "meetings", "")...),
	}
	AutoTag(&s)
	sums := SummarizeSurvey(s)
	equal(t, "count", len(sums), 2)
	equal(t, "texts", sums[0].Texts, 2)
	if sums[0].Themes == nil || sums[0].Themes.Themes[0].Count != 1 {
		t.Fatalf("themes %+v", sums[0].Themes)
	}
	if sums[1].Themes != nil {
		t.Error("a scale question got themes")
	}
}
