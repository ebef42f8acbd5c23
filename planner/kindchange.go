package planner

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// KindChange is what changing a question's kind (or a scale's range) did to its answers.
type KindChange struct {
	Question Question
	// Changed are the indexes, in Survey.Responses, of the responses whose answer to the
	// question was rewritten into the new kind; the caller stores them.
	Changed []int
	// Unread lists the answers that do not read as the new kind (a word on a scale, "about
	// 5" as a number): they are kept as they were, never dropped, and counted as unreadable
	// by the summary until edited or the kind is changed back.
	Unread []UnreadAnswer
}

// UnreadAnswer is an answer that does not read as its question's kind.
type UnreadAnswer struct {
	ResponseID int64
	Respondent string
	Text       string
}

// ChangeKind gives question id of s the kind kind (and, for a scale, the range sc; the zero
// Scale keeps the question's) and reads its stored answers again into that kind where they
// parse: a scale answer becomes its whole number on the range, a number answer its number,
// a multiple choice the options its text joins (split on ";" or ", " outside brackets, known
// options whole), a single choice or open text the answer's text (the choices of a multiple
// choice joined with ", "). A choice question without options takes the answers given as its
// options, the most given first. Answers that do not parse stay as they are and are listed.
// s is changed in place; nothing is dropped.
func ChangeKind(s *Survey, id int64, kind QuestionKind, sc Scale) (KindChange, error) {
	qi := -1
	for i := range s.Questions {
		if s.Questions[i].ID == id {
			qi = i
		}
	}
	if qi < 0 {
		return KindChange{}, fmt.Errorf("question %d: %w", id, ErrNotFound)
	}
	valid := false
	for _, k := range QuestionKinds {
		valid = valid || k == kind
	}
	if !valid {
		return KindChange{}, &ValidationError{Field: "kind", Msg: fmt.Sprintf("%q is no question kind", kind)}
	}
	if kind == KindScale && !sc.IsZero() {
		if err := CheckScale(sc); err != nil {
			return KindChange{}, err
		}
	}
	q := &s.Questions[qi]
	q.Kind = kind
	if kind == KindScale && !sc.IsZero() {
		q.Scale = sc
	}
	if (kind == KindSingle || kind == KindMulti) && len(q.Options) == 0 {
		q.Options = answerOptions(s, q.ID, kind)
	}
	ch := KindChange{Question: *q}
	for ri := range s.Responses {
		r := &s.Responses[ri]
		for ai := range r.Answers {
			a := &r.Answers[ai]
			if a.QuestionID != id || !answered(*a) {
				continue
			}
			na, ok := reread(*a, *q)
			if !ok {
				ch.Unread = append(ch.Unread, UnreadAnswer{ResponseID: r.ID, Respondent: r.Respondent, Text: answerText(*a)})
			}
			if !sameAnswer(na, *a) {
				*a = na
				ch.Changed = append(ch.Changed, ri)
			}
		}
	}
	return ch, nil
}

// answerText is an answer as one text: its text, else its choices joined with ", ".
func answerText(a Answer) string {
	if t := strings.TrimSpace(a.Text); t != "" {
		return t
	}
	return strings.Join(choicesOf(a), ", ")
}

// reread reads a as an answer to q; ok is false (and a is returned unchanged) when it does
// not parse as q's kind.
func reread(a Answer, q Question) (Answer, bool) {
	out := Answer{QuestionID: a.QuestionID, Tags: a.Tags}
	text := answerText(a)
	switch q.Kind {
	case KindScale:
		v, ok := q.Range().Read(text)
		if !ok || v != float64(int(v)) {
			return a, false
		}
		out.Text = strconv.Itoa(int(v))
	case KindNumber:
		v, ok := ReadNumber(text)
		if !ok {
			return a, false
		}
		out.Text = strconv.FormatFloat(v, 'f', -1, 64)
	case KindMulti:
		if len(a.Choices) > 0 {
			return a, true
		}
		out.Choices = splitChoices(text, q.Options)
	default: // single choice and open text: the answer's text
		out.Text = text
		if q.Kind == KindSingle && len(a.Choices) > 1 {
			return out, false // several choices for one: kept joined, listed
		}
	}
	return out, true
}

// splitChoices splits a multiple-choice answer written as text: on ";" when it has one,
// else on ", "; outside brackets, and with the question's options taken whole even when
// they hold the separator.
func splitChoices(text string, options []string) []string {
	sep := ", "
	if strings.Contains(text, ";") {
		sep = ";"
	}
	opts := append([]string(nil), options...)
	sort.SliceStable(opts, func(i, j int) bool { return len(opts[i]) > len(opts[j]) })
	var out []string
	rest := strings.TrimSpace(text)
	for rest != "" {
		piece := ""
		for _, o := range opts {
			if o = strings.TrimSpace(o); o != "" && len(rest) >= len(o) && fold(rest[:len(o)]) == fold(o) {
				after := strings.TrimSpace(rest[len(o):])
				if after == "" || strings.HasPrefix(after, strings.TrimSpace(sep)) {
					piece, rest = rest[:len(o)], strings.TrimSpace(strings.TrimPrefix(after, strings.TrimSpace(sep)))
					break
				}
			}
		}
		if piece == "" {
			i := indexOutside(rest, sep)
			if i < 0 {
				piece, rest = rest, ""
			} else {
				piece, rest = rest[:i], strings.TrimSpace(rest[i+len(sep):])
			}
		}
		if p := strings.TrimSpace(piece); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// indexOutside is the index of sep in s outside brackets, or -1.
func indexOutside(s, sep string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 && strings.HasPrefix(s[i:], sep) {
			return i
		}
	}
	return -1
}

// answerOptions are the answers given to question id, as options of a choice question of
// kind kind: distinct (ignoring case and accents), the most given first, at most 30.
func answerOptions(s *Survey, id int64, kind QuestionKind) []string {
	count := map[string]int{}
	first := map[string]string{}
	var keys []string
	for _, r := range s.Responses {
		for _, a := range r.Answers {
			if a.QuestionID != id {
				continue
			}
			parts := a.Choices
			if len(parts) == 0 {
				t := strings.TrimSpace(a.Text)
				if kind == KindMulti {
					parts = splitChoices(t, nil)
				} else if t != "" {
					parts = []string{t}
				}
			}
			for _, p := range parts {
				k := fold(strings.TrimSpace(p))
				if k == "" {
					continue
				}
				if _, ok := count[k]; !ok {
					keys = append(keys, k)
					first[k] = strings.TrimSpace(p)
				}
				count[k]++
			}
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return count[keys[i]] > count[keys[j]] })
	var out []string
	for _, k := range keys[:min(len(keys), 30)] {
		out = append(out, first[k])
	}
	ordered, _, _ := OrderedOptions(out)
	return ordered
}

// sameAnswer reports whether two answers hold the same text and choices.
func sameAnswer(a, b Answer) bool {
	return a.Text == b.Text && strings.Join(a.Choices, "\x1f") == strings.Join(b.Choices, "\x1f")
}
