package planner

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// SmallN is the smallest number of answers a breakdown is read from: breakdowns over fewer
// are marked "too small to read".
const SmallN = 5

// Question returns the survey question with the given ID.
func (s Survey) Question(id int64) (Question, bool) {
	for _, q := range s.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// QuestionByRole returns the first survey question with the given role.
func (s Survey) QuestionByRole(r QuestionRole) (Question, bool) {
	if r == RoleNone {
		return Question{}, false
	}
	for _, q := range s.Questions {
		if q.Role == r {
			return q, true
		}
	}
	return Question{}, false
}

// MatchThemes returns the IDs of the themes, in theme order, with a keyword in text. Matching
// ignores case and accents and works on words: a keyword (which may be a phrase) must start a
// word and may be followed by at most three more letters ("edit" finds "Editing", "burn"
// finds "burnout", "ai" does not find "said").
func MatchThemes(text string, themes []Theme) []int64 {
	return matchFolded(text, foldThemes(themes))
}

// foldedTheme is a theme with its keywords folded once, for tagging many answers.
type foldedTheme struct {
	id       int64
	keywords []string
}

func foldThemes(themes []Theme) []foldedTheme {
	out := make([]foldedTheme, len(themes))
	for i, th := range themes {
		out[i].id = th.ID
		for _, kw := range th.Keywords {
			if k := strings.TrimSpace(fold(kw)); k != "" {
				out[i].keywords = append(out[i].keywords, k)
			}
		}
	}
	return out
}

func matchFolded(text string, themes []foldedTheme) []int64 {
	t := fold(text)
	if strings.TrimSpace(t) == "" {
		return nil
	}
	var ids []int64
	for _, th := range themes {
		for _, kw := range th.keywords {
			if containsWord(t, kw) {
				ids = append(ids, th.id)
				break
			}
		}
	}
	return ids
}

// Taggable reports whether answers to q are tagged into themes: the pain question's, and
// other open answers unless the question asks about the respondent ("Which team and
// location are you in?"), whose answers are no pain.
func Taggable(q Question) bool {
	return q.Role == RolePain || (q.Kind == KindText && q.Role != RoleAbout)
}

// AutoTag recomputes the automatic theme tags on the open-text answers of pain and text
// questions. Manual and rejected tags are kept, and an automatic tag is not added for a theme
// the answer already has a manual or rejected tag for: a rejection sticks.
func AutoTag(s *Survey) {
	if s == nil {
		return
	}
	tag := make(map[int64]bool, len(s.Questions))
	for _, q := range s.Questions {
		tag[q.ID] = Taggable(q)
	}
	themes := foldThemes(s.Themes)
	for ri := range s.Responses {
		answers := s.Responses[ri].Answers
		for ai := range answers {
			a := &answers[ai]
			if !tag[a.QuestionID] {
				continue
			}
			kept := a.Tags[:0:0]
			has := make(map[int64]bool)
			for _, t := range a.Tags {
				if t.State != TagAuto {
					kept = append(kept, t)
					has[t.ThemeID] = true
				}
			}
			for _, id := range matchFolded(a.Text, themes) {
				if !has[id] {
					kept = append(kept, Tag{ThemeID: id, State: TagAuto})
					has[id] = true
				}
			}
			if len(kept) == 0 {
				kept = nil
			}
			a.Tags = kept
		}
	}
}

// ThemeCount is one theme's line of the tally.
type ThemeCount struct {
	Theme Theme
	Count int     // respondents with the theme
	Share float64 // 0..1 of respondents
	// Quotes holds up to two example answers tagged with the theme, trimmed.
	Quotes []string
	// Small is set when the count is under SmallN.
	Small bool
}

// Tally is the theme breakdown of the survey.
type Tally struct {
	// Respondents counts responses with at least one answer.
	Respondents int
	Themes      []ThemeCount // ranked by count, then label
	// Untagged counts respondents who answered an open-text question but have no theme.
	Untagged int
	// Small is set when there are fewer than SmallN respondents: too small to read.
	Small bool
}

// answered reports whether a has any content.
func answered(a Answer) bool {
	if strings.TrimSpace(a.Text) != "" {
		return true
	}
	for _, c := range a.Choices {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}

// respondent reports whether r answered at least one question.
func respondent(r Response) bool {
	for _, a := range r.Answers {
		if answered(a) {
			return true
		}
	}
	return false
}

// TallyThemes counts, for each theme, the respondents with at least one answer tagged with it
// (rejected tags do not count) and ranks the themes by count, then label.
func TallyThemes(s Survey) Tally {
	var t Tally
	idx := make(map[int64]int, len(s.Themes))
	t.Themes = make([]ThemeCount, len(s.Themes))
	for i, th := range s.Themes {
		idx[th.ID] = i
		t.Themes[i].Theme = th
	}
	tag := make(map[int64]bool, len(s.Questions))
	for _, q := range s.Questions {
		tag[q.ID] = Taggable(q)
	}
	for _, r := range s.Responses {
		if !respondent(r) {
			continue
		}
		t.Respondents++
		seen := make(map[int]bool)
		open := false
		for _, a := range r.Answers {
			if tag[a.QuestionID] && strings.TrimSpace(a.Text) != "" {
				open = true
			}
			for _, tg := range a.Tags {
				i, ok := idx[tg.ThemeID]
				if !ok || tg.State == TagRejected {
					continue
				}
				tc := &t.Themes[i]
				if !seen[i] {
					seen[i] = true
					tc.Count++
				}
				q := strings.TrimSpace(a.Text)
				if q != "" && len(tc.Quotes) < 2 && !slices.Contains(tc.Quotes, q) {
					tc.Quotes = append(tc.Quotes, q)
				}
			}
		}
		if open && len(seen) == 0 {
			t.Untagged++
		}
	}
	for i := range t.Themes {
		tc := &t.Themes[i]
		tc.Small = tc.Count < SmallN
		if t.Respondents > 0 {
			tc.Share = float64(tc.Count) / float64(t.Respondents)
		}
	}
	sort.SliceStable(t.Themes, func(i, j int) bool {
		a, b := t.Themes[i], t.Themes[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return fold(a.Theme.Label) < fold(b.Theme.Label)
	})
	t.Small = t.Respondents < SmallN
	return t
}

// Stats summarises numeric answers.
type Stats struct {
	N            int
	Mean, Median float64
	// Small is set when N is under SmallN: too small to read.
	Small bool
}

// SkillScale is the range of the survey's skill self-rating question (DefaultScale when
// there is none): the baseline, a review's average skill and the skill gain are all read on it.
func SkillScale(s Survey) Scale {
	if q, ok := s.QuestionByRole(RoleSkill); ok && q.Kind == KindScale {
		return q.Range()
	}
	return DefaultScale
}

// SkillBaseline summarises the answers to the skill self-rating question: the baseline that
// reviews measure skill gain against. Answers that are not a number on the question's scale
// are left out.
func SkillBaseline(s Survey) Stats {
	q, ok := s.QuestionByRole(RoleSkill)
	if !ok {
		return Stats{Small: true}
	}
	sc := SkillScale(s)
	var vals []float64
	for _, r := range s.Responses {
		for _, a := range r.Answers {
			if a.QuestionID != q.ID {
				continue
			}
			if v, ok := sc.Read(a.Text); ok {
				vals = append(vals, v)
			}
		}
	}
	return statsOf(vals)
}

func statsOf(vals []float64) Stats {
	st := Stats{N: len(vals), Small: len(vals) < SmallN}
	if len(vals) == 0 {
		return st
	}
	sorted := append([]float64(nil), vals...)
	sort.Float64s(sorted)
	sum := 0.0
	for _, v := range sorted {
		sum += v
	}
	st.Mean = sum / float64(len(sorted))
	mid := len(sorted) / 2
	if len(sorted)%2 == 1 {
		st.Median = sorted[mid]
	} else {
		st.Median = (sorted[mid-1] + sorted[mid]) / 2
	}
	return st
}

// QuestionnaireText renders the survey as Markdown to paste into Google Forms or Typeform:
// a title, one numbered question a paragraph with its kind and choices.
func QuestionnaireText(p *Plan) string { return QuestionnaireTextIn(p, english) }

// QuestionnaireTextIn is QuestionnaireText with the app's own words (the title's "survey",
// each question's kind) in tr's language; the questions are the organizer's words as typed.
func QuestionnaireTextIn(p *Plan, tr *i18n.Printer) string {
	if p == nil {
		return ""
	}
	var b strings.Builder
	name := strings.TrimSpace(firstNonBlank(p.Charter.Name, p.Name))
	if name == "" {
		name = tr.T("ui.survey.questionnaire.cop")
	}
	fmt.Fprintf(&b, "# %s\n\n", tr.T("ui.survey.questionnaire.title", "name", name))
	if d := strings.TrimSpace(p.Domain); d != "" {
		fmt.Fprintf(&b, "%s\n\n", d)
	}
	for i, q := range p.Survey.Questions {
		title := strings.TrimSpace(q.Title)
		if g := strings.TrimSpace(q.Grid); g != "" {
			title = g + " [" + title + "]" // a grid's row, as the survey tools write it
		}
		fmt.Fprintf(&b, "%d. **%s**", i+1, title)
		switch q.Kind {
		case KindScale:
			sc := q.Range()
			if ends := sc.Ends(); ends != "" {
				fmt.Fprintf(&b, " (%s)", tr.T("ui.survey.questionnaire.scale_ends", "range", sc.String(), "ends", ends))
			} else {
				fmt.Fprintf(&b, " (%s)", tr.T("ui.survey.questionnaire.scale", "range", sc.String()))
			}
		case KindNumber:
			fmt.Fprintf(&b, " (%s)", tr.T("ui.survey.questionnaire.number"))
		case KindSingle:
			fmt.Fprintf(&b, " (%s)", tr.T("ui.survey.questionnaire.single"))
		case KindMulti:
			fmt.Fprintf(&b, " (%s)", tr.T("ui.survey.questionnaire.multi"))
		default:
			fmt.Fprintf(&b, " (%s)", tr.T("ui.survey.questionnaire.text"))
		}
		b.WriteString("\n")
		if h := strings.TrimSpace(q.Help); h != "" {
			fmt.Fprintf(&b, "   _%s_\n", h)
		}
		if q.Kind == KindSingle || q.Kind == KindMulti {
			for _, o := range q.Options {
				fmt.Fprintf(&b, "   - %s\n", strings.TrimSpace(o))
			}
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// firstNonBlank returns the first of ss that is not blank.
func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if !blank(s) {
			return s
		}
	}
	return ""
}
