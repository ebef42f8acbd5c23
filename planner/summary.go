package planner

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// OtherLabel is the bar that groups the answers to a choice question that are none of its
// options (free "Other: …" answers of Google Forms, typos, options removed since).
const OtherLabel = "Other"

// ChoiceCount is one bar of a choice question's summary.
type ChoiceCount struct {
	Label string
	Count int     // respondents who chose it
	Share float64 // 0..1 of the question's respondents
	// Other is set on the bar that groups answers outside the options; Answers lists those
	// answers, distinct, in the order first given.
	Other   bool
	Answers []string
}

// QuestionSummary is what the answers to one survey question say, as a survey tool's summary
// view shows it: counted bars for a choice question, a distribution with mean and median for
// a scale, the pain themes for open text.
type QuestionSummary struct {
	Question Question
	// N counts the respondents who answered this question.
	N int
	// Small is set when N is under SmallN: too small to read.
	Small bool

	// Choices holds a single or multiple choice question's bars: the options in their order,
	// then the Other bar when any answer is outside them. For a multiple choice question the
	// shares may add up to more than 100%.
	Choices []ChoiceCount
	// Positional is set for a single choice whose options are answer-scale words (Never …
	// Always, Disagree … Agree): PositionMean is then the mean answer counted by position, 1
	// for the first option.
	Positional   bool
	PositionMean float64

	// Scale holds a scale question's mean and median over the answers that are a number on
	// its range (Question.Range); Distribution counts the answers per whole point of the
	// range, Distribution[0] being its bottom. Unreadable counts the answers that are not
	// such a number. NPS is set for a 0–10 question with answers.
	Scale        Stats
	Distribution []int
	Unreadable   int
	NPS          *NPS

	// Bins is a number question's distribution (Scale then holds its mean and median over
	// the answers that are a number, Unreadable counts the others).
	Bins []Bin

	// Texts counts the open-text answers; Themes is the survey's theme tally (the themes are
	// tagged across every open-text question).
	Texts  int
	Themes *Tally
}

// SummarizeSurvey summarises every question, in question order.
func SummarizeSurvey(s Survey) []QuestionSummary {
	var tally *Tally
	out := make([]QuestionSummary, 0, len(s.Questions))
	for _, q := range s.Questions {
		qs := SummarizeQuestion(s, q)
		if q.Kind == KindText {
			if tally == nil {
				t := TallyThemes(s)
				tally = &t
			}
			qs.Themes = tally
		}
		out = append(out, qs)
	}
	return out
}

// SummarizeQuestion summarises the answers to q. Choice answers are matched to the options
// ignoring case, accents and surrounding space; a single choice answer may come as its text
// or as one choice. A scale answer may carry a label after its number ("7 - confident").
func SummarizeQuestion(s Survey, q Question) QuestionSummary {
	qs := QuestionSummary{Question: q}
	switch q.Kind {
	case KindSingle, KindMulti:
		summarizeChoices(s, q, &qs)
	case KindScale:
		sc := q.Range()
		qs.Distribution = make([]int, sc.Points())
		var vals []float64
		for _, r := range s.Responses {
			a, ok := answerTo(r, q.ID)
			if !ok {
				continue
			}
			qs.N++
			v, ok := sc.Read(a.Text)
			if !ok {
				qs.Unreadable++
				continue
			}
			vals = append(vals, v)
			qs.Distribution[min(sc.Points()-1, max(0, int(math.Floor(v+0.5))-sc.Min))]++
		}
		qs.Scale = statsOf(vals)
		if sc.IsNPS() && len(vals) > 0 {
			n := npsOf(qs.Distribution)
			qs.NPS = &n
		}
	case KindNumber:
		var vals []float64
		for _, r := range s.Responses {
			a, ok := answerTo(r, q.ID)
			if !ok {
				continue
			}
			qs.N++
			v, ok := ReadNumber(a.Text)
			if !ok {
				qs.Unreadable++
				continue
			}
			vals = append(vals, v)
		}
		qs.Scale = statsOf(vals)
		qs.Bins = binsOf(vals)
	default:
		for _, r := range s.Responses {
			if _, ok := answerTo(r, q.ID); ok {
				qs.N++
				qs.Texts++
			}
		}
	}
	qs.Small = qs.N < SmallN
	return qs
}

// answerTo returns r's non-empty answer to question id.
func answerTo(r Response, id int64) (Answer, bool) {
	for _, a := range r.Answers {
		if a.QuestionID == id && answered(a) {
			return a, true
		}
	}
	return Answer{}, false
}

// choicesOf returns the choices of an answer: its Choices, else its text as one choice.
// Blank choices are dropped.
func choicesOf(a Answer) []string {
	src := a.Choices
	if len(src) == 0 {
		src = []string{a.Text}
	}
	var out []string
	for _, c := range src {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func summarizeChoices(s Survey, q Question, qs *QuestionSummary) {
	idx := make(map[string]int, len(q.Options))
	otherIdx := -1
	for _, o := range q.Options {
		o = strings.TrimSpace(o)
		k := fold(o)
		if o == "" {
			continue
		}
		if _, dup := idx[k]; dup {
			continue
		}
		idx[k] = len(qs.Choices)
		isOther := isOtherOption(o) // "Other", or a template's in the plan's language
		if isOther {
			otherIdx = len(qs.Choices)
		}
		qs.Choices = append(qs.Choices, ChoiceCount{Label: o, Other: isOther})
	}
	// Thousands of responses repeat a handful of choices: each is folded once.
	folded := map[string]string{}
	var counted []int // the choices one response has counted
	for _, r := range s.Responses {
		a, ok := answerTo(r, q.ID)
		if !ok {
			continue
		}
		cs := choicesOf(a)
		if len(cs) == 0 {
			continue
		}
		qs.N++
		counted = counted[:0]
		for _, c := range cs {
			k, ok := folded[c]
			if !ok {
				k = fold(c)
				folded[c] = k
			}
			i, ok := idx[k]
			if !ok {
				if otherIdx < 0 {
					otherIdx = len(qs.Choices)
					qs.Choices = append(qs.Choices, ChoiceCount{Label: OtherLabel, Other: true})
				}
				i = otherIdx
				if o := &qs.Choices[i]; !slices.Contains(o.Answers, c) {
					o.Answers = append(o.Answers, c)
				}
			}
			if !slices.Contains(counted, i) {
				counted = append(counted, i)
				qs.Choices[i].Count++
			}
		}
	}
	for i := range qs.Choices {
		if qs.N > 0 {
			qs.Choices[i].Share = float64(qs.Choices[i].Count) / float64(qs.N)
		}
	}
	if q.Kind == KindSingle {
		counts := make([]int, 0, len(q.Options))
		for _, c := range qs.Choices {
			if !c.Other {
				counts = append(counts, c.Count)
			}
		}
		if m, ok := PositionalMean(q, counts); ok {
			qs.Positional, qs.PositionMean = true, m
		}
	}
}

// Top returns the choices ranked by count, then in option order.
func (qs QuestionSummary) Top() []ChoiceCount {
	out := append([]ChoiceCount(nil), qs.Choices...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

// NLabel says in English how many answered, e.g. "n = 12", "n = 3, too small to read" or
// "no answers yet".
func (qs QuestionSummary) NLabel() string { return qs.NLabelIn(english) }

// NLabelIn says in tr's language how many answered.
func (qs QuestionSummary) NLabelIn(tr *i18n.Printer) string {
	switch {
	case qs.N == 0:
		return tr.T("ui.survey.summary.no_answers")
	case qs.Small:
		return tr.T("ui.survey.summary.n_small", "n", tr.Int(qs.N))
	}
	return tr.T("ui.survey.summary.n", "n", tr.Int(qs.N))
}

// OtherNote lists in English the answers grouped under Other, shortened to a few: "“Teams”,
// “Matrix” and 3 more". It is "" when there are none.
func (c ChoiceCount) OtherNote() string { return c.OtherNoteIn(english) }

// OtherNoteIn lists the answers grouped under Other in tr's language: its quotation marks,
// its "and".
func (c ChoiceCount) OtherNoteIn(tr *i18n.Printer) string {
	if len(c.Answers) == 0 {
		return ""
	}
	const shown = 3
	var qs []string
	for _, a := range c.Answers[:min(shown, len(c.Answers))] {
		qs = append(qs, tr.T("ui.survey.summary.quote", "answer", a))
	}
	if len(c.Answers) > shown {
		qs = append(qs, tr.N("ui.survey.kind.unread.more", len(c.Answers)-shown))
	}
	return tr.List(qs)
}
