package planner

import (
	"errors"
	"strings"
	"testing"
)

// TestChangeKind: a question imported as text and fixed later as a scale, a number, a
// multiple choice: answers that parse are re-read, the others are listed and kept.
func TestChangeKind(t *testing.T) {
	mk := func(texts ...string) *Survey {
		s := &Survey{Questions: []Question{{ID: 1, Kind: KindText, Title: "Q"}}}
		for i, v := range texts {
			s.Responses = append(s.Responses, Response{ID: int64(i + 1), Respondent: string(rune('A' + i)), Answers: []Answer{{QuestionID: 1, Text: v}}})
		}
		return s
	}
	s := mk("9", "10 - Extremely likely", "0", "eleven", "7")
	ch, err := ChangeKind(s, 1, KindScale, Scale{Min: 0, Max: 10})
	if err != nil {
		t.Fatal(err)
	}
	if q, _ := s.Question(1); q.Kind != KindScale || q.Range() != (Scale{Min: 0, Max: 10}) {
		t.Errorf("question %+v", q)
	}
	equal(t, "changed", ch.Changed, []int{1}) // "10 - Extremely likely" → "10"
	if len(ch.Unread) != 1 || ch.Unread[0].Text != "eleven" || ch.Unread[0].Respondent != "D" {
		t.Errorf("unread %+v", ch.Unread)
	}
	equal(t, "kept", s.Responses[3].Answers[0].Text, "eleven")
	qs := SummarizeQuestion(*s, s.Questions[0])
	equal(t, "n", qs.N, 5)
	equal(t, "unreadable", qs.Unreadable, 1)
	if qs.NPS == nil {
		t.Error("no NPS after the change to 0–10")
	}

	s = mk("Python, SQL", "Python", "R; Python", "Mixed (R, Julia)", "SQL")
	ch, err = ChangeKind(s, 1, KindMulti, Scale{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Unread) != 0 {
		t.Errorf("unread %+v", ch.Unread)
	}
	equal(t, "split", strings.Join(s.Responses[0].Answers[0].Choices, "|"), "Python|SQL")
	equal(t, "semicolon", strings.Join(s.Responses[2].Answers[0].Choices, "|"), "R|Python")
	equal(t, "brackets", strings.Join(s.Responses[3].Answers[0].Choices, "|"), "Mixed (R, Julia)")
	q, _ := s.Question(1)
	equal(t, "options", strings.Join(q.Options, "|"), "Python|SQL|R|Mixed (R, Julia)")

	// Back to open text: the choices join again, nothing lost.
	if _, err := ChangeKind(s, 1, KindText, Scale{}); err != nil {
		t.Fatal(err)
	}
	equal(t, "joined", s.Responses[0].Answers[0].Text, "Python, SQL")

	s = mk("35", "about 40", "2,5 hours")
	ch, _ = ChangeKind(s, 1, KindNumber, Scale{})
	if len(ch.Unread) != 1 || ch.Unread[0].Text != "about 40" {
		t.Errorf("number unread %+v", ch.Unread)
	}
	equal(t, "number", s.Responses[2].Answers[0].Text, "2.5")

	var ve *ValidationError
	if _, err := ChangeKind(mk("1"), 1, KindScale, Scale{Min: 5, Max: 1}); !errors.As(err, &ve) {
		t.Errorf("5–1: %v", err)
	}
	if _, err := ChangeKind(mk("1"), 9, KindText, Scale{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("no question: %v", err)
	}
}
