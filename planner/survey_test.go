package planner

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

var testThemes = []Theme{
	{ID: 1, Label: "Editing", Keywords: []string{"edit", "workflow"}},
	{ID: 2, Label: "Growth", Keywords: []string{"algorithm", "Growth"}},
	{ID: 3, Label: "Burnout", Keywords: []string{"burn out", "burnout", "épuisé"}},
	{ID: 4, Label: "AI", Keywords: []string{"ai"}},
	{ID: 5, Label: "Empty", Keywords: []string{"", "  "}},
}

func TestMatchThemes(t *testing.T) {
	tests := []struct {
		text string
		want []int64
	}{
		{"", nil},
		{"   ", nil},
		{"Editing takes forever", []int64{1}},
		{"my WORKFLOW is a mess; the algorithm hates me", []int64{1, 2}},
		{"I burn out every summer", []int64{3}},
		{"Je suis EPUISE", []int64{3}},             // accent in keyword, none in text
		{"Je suis épuisée", []int64{3}},            // accent in both, suffix
		{"Je suis e\u0301puise\u0301", []int64{3}}, // decomposed accents
		{"she said nothing", nil},                  // "ai" inside a word
		{"AI tools", []int64{4}},
		{"credit where due", nil}, // "edit" not at a word start
		{"edits, edited, editing", []int64{1}},
		{"editorialising", nil}, // too many letters after the keyword
		{"growth-hacking", []int64{2}},
		{"Zoë 🚀 李 burnout", []int64{3}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			equal(t, "themes", MatchThemes(tt.text, testThemes), tt.want)
		})
	}
}

func testSurvey() Survey {
	return Survey{
		Questions: []Question{
			{ID: 1, Kind: KindText, Role: RolePain, Title: "Biggest pain?"},
			{ID: 2, Kind: KindScale, Role: RoleSkill, Title: "Skill?"},
			{ID: 3, Kind: KindSingle, Role: RolePlatform, Title: "Platform?", Options: []string{"Discord", "Slack"}},
		},
		Themes: testThemes[:3],
	}
}

func resp(id int64, pain, skill string) Response {
	r := Response{ID: id}
	if pain != "" {
		r.Answers = append(r.Answers, Answer{QuestionID: 1, Text: pain})
	}
	if skill != "" {
		r.Answers = append(r.Answers, Answer{QuestionID: 2, Text: skill})
	}
	return r
}

func TestQuestionLookups(t *testing.T) {
	s := testSurvey()
	if q, ok := s.Question(2); !ok || q.Role != RoleSkill {
		t.Errorf("Question(2) = %v, %v", q, ok)
	}
	if _, ok := s.Question(99); ok {
		t.Error("Question(99) found")
	}
	if q, ok := s.QuestionByRole(RolePlatform); !ok || q.ID != 3 {
		t.Errorf("QuestionByRole(platform) = %v, %v", q, ok)
	}
	for _, r := range []QuestionRole{RoleCadence, RoleNone} {
		if _, ok := s.QuestionByRole(r); ok {
			t.Errorf("QuestionByRole(%q) found", r)
		}
	}
}

func TestAutoTagKeepsManualAndRejected(t *testing.T) {
	s := testSurvey()
	s.Responses = []Response{
		{ID: 1, Answers: []Answer{{QuestionID: 1, Text: "editing and the algorithm", Tags: []Tag{
			{ThemeID: 2, State: TagRejected}, // the organizer removed Growth
			{ThemeID: 3, State: TagManual},   // and added Burnout by hand
			{ThemeID: 1, State: TagAuto},
		}}}},
		{ID: 2, Answers: []Answer{
			{QuestionID: 1, Text: "nothing to say", Tags: []Tag{{ThemeID: 1, State: TagAuto}}}, // stale auto tag
			{QuestionID: 3, Text: "burnout"}, // a choice question is not tagged
		}},
	}
	AutoTag(&s)
	equal(t, "response 1 tags", s.Responses[0].Answers[0].Tags, []Tag{
		{ThemeID: 2, State: TagRejected}, {ThemeID: 3, State: TagManual}, {ThemeID: 1, State: TagAuto},
	})
	equal(t, "response 2 pain tags", s.Responses[1].Answers[0].Tags, []Tag(nil))
	equal(t, "response 2 platform tags", s.Responses[1].Answers[1].Tags, []Tag(nil))
	AutoTag(nil) // must not panic
}

func TestTallyThemes(t *testing.T) {
	s := testSurvey()
	s.Responses = []Response{
		resp(1, "  editing takes hours  ", "4"),
		resp(2, "edit workflow", ""),
		resp(3, "editing again", ""),
		resp(4, "the algorithm", ""),
		resp(5, "something else", ""),
		{ID: 6}, // no answers: not a respondent
		{ID: 7, Answers: []Answer{{QuestionID: 1, Text: "  "}}},
		resp(8, "burnout", "x"),
	}
	AutoTag(&s)
	// Reject the Burnout tag of response 8: it must not count.
	s.Responses[7].Answers[0].Tags[0].State = TagRejected
	tl := TallyThemes(s)
	if tl.Respondents != 6 {
		t.Errorf("respondents = %d, want 6", tl.Respondents)
	}
	if tl.Small {
		t.Error("6 respondents marked small")
	}
	if tl.Untagged != 2 { // "something else" and the rejected burnout
		t.Errorf("untagged = %d, want 2", tl.Untagged)
	}
	labels := []string{}
	for _, tc := range tl.Themes {
		labels = append(labels, tc.Theme.Label)
	}
	equal(t, "ranking", labels, []string{"Editing", "Growth", "Burnout"})
	ed := tl.Themes[0]
	if ed.Count != 3 || math.Abs(ed.Share-0.5) > 1e-9 || !ed.Small {
		t.Errorf("editing = %+v", ed)
	}
	equal(t, "quotes", ed.Quotes, []string{"editing takes hours", "edit workflow"})
	if tl.Themes[2].Count != 0 || tl.Themes[2].Share != 0 {
		t.Errorf("burnout counted a rejected tag: %+v", tl.Themes[2])
	}
}

func TestTallyEmpty(t *testing.T) {
	tl := TallyThemes(Survey{Themes: testThemes[:2]})
	if tl.Respondents != 0 || !tl.Small || len(tl.Themes) != 2 {
		t.Fatalf("empty tally = %+v", tl)
	}
	for _, tc := range tl.Themes {
		if tc.Share != 0 || math.IsNaN(tc.Share) {
			t.Errorf("share of empty survey = %v", tc.Share)
		}
	}
	// Ties rank by label, accent-insensitively.
	equal(t, "tie order", tl.Themes[0].Theme.Label, "Editing")
}

func TestSkillBaseline(t *testing.T) {
	tests := []struct {
		name   string
		skills []string
		want   Stats
	}{
		{"none", nil, Stats{Small: true}},
		{"odd", []string{"3", "5", "10", "4", "8"}, Stats{N: 5, Mean: 6, Median: 5}},
		{"even and small", []string{"2", "4"}, Stats{N: 2, Mean: 3, Median: 3, Small: true}},
		{"labels and junk", []string{"7 - confident", "0", "11", "abc", "6,5", " 8 "}, Stats{N: 3, Mean: 7.166666666666667, Median: 7, Small: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSurvey()
			for i, v := range tt.skills {
				s.Responses = append(s.Responses, resp(int64(i+1), "", v))
			}
			got := SkillBaseline(s)
			if got.N != tt.want.N || got.Small != tt.want.Small || math.Abs(got.Mean-tt.want.Mean) > 1e-9 || got.Median != tt.want.Median {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	if st := SkillBaseline(Survey{}); st.N != 0 || !st.Small {
		t.Errorf("no skill question: %+v", st)
	}
}

func TestQuestionnaireText(t *testing.T) {
	p := &Plan{Name: "Zoë's créateurs", Domain: "Video editing for small channels", Survey: testSurvey()}
	p.Survey.Questions[0].Help = "No names, please"
	got := QuestionnaireText(p)
	for _, want := range []string{
		"# Zoë's créateurs: survey\n",
		"Video editing for small channels",
		"1. **Biggest pain?** (open answer)\n   _No names, please_\n",
		"2. **Skill?** (scale 1–10)",
		"3. **Platform?** (choose one)\n   - Discord\n   - Slack\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("questionnaire lacks %q:\n%s", want, got)
		}
	}
	if QuestionnaireText(nil) != "" {
		t.Error("nil plan gave text")
	}
	if got := QuestionnaireText(&Plan{}); !strings.HasPrefix(got, "# Community of Practice: survey") {
		t.Errorf("empty plan: %q", got)
	}
}

func TestAnswersAboutTheRespondentAreNotTagged(t *testing.T) {
	p, err := NewPlan(TemplateInternal, "x", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var about Question
	for _, q := range p.Survey.Questions {
		if q.Title == "Which team and location are you in?" {
			about = q
		}
	}
	if about.Role != RoleAbout || Taggable(about) {
		t.Fatalf("%q: role %q, taggable %v", about.Title, about.Role, Taggable(about))
	}
	pain, _ := p.Survey.QuestionByRole(RolePain)
	if !Taggable(pain) || !Taggable(Question{Kind: KindText}) {
		t.Error("the pain question and other open questions are taggable")
	}
	// An answer naming a theme's keyword gets no tag.
	p.Survey.Responses = []Response{{ID: 1, Answers: []Answer{{QuestionID: about.ID, Text: "Platform team in Lisbon, we reinvent the wheel"}}}}
	AutoTag(&p.Survey)
	if tags := p.Survey.Responses[0].Answers[0].Tags; len(tags) != 0 {
		t.Errorf("an answer about the respondent was tagged %v", tags)
	}
}

// The questionnaire copied from a German window says its own words in German; the
// questions and options stay as the organizer wrote them.
func TestQuestionnaireTextIn(t *testing.T) {
	p := &Plan{Name: "Creators", Survey: Survey{Questions: []Question{
		{Title: "Wie gut?", Kind: KindScale, Scale: Scale{Min: 1, Max: 5, Low: "schlecht"}},
		{Title: "Wo?", Kind: KindMulti, Options: []string{"Discord", "Slack"}},
		{Title: "Was fehlt?", Kind: KindText},
	}}}
	want := "# Creators: Umfrage\n\n1. **Wie gut?** (Skala 1–5; 1 = schlecht)\n\n" +
		"2. **Wo?** (mehrere Antworten möglich)\n   - Discord\n   - Slack\n\n3. **Was fehlt?** (offene Antwort)\n"
	if got := QuestionnaireTextIn(p, i18n.New(i18n.German)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := QuestionnaireText(p); !strings.Contains(got, "# Creators: survey") || !strings.Contains(got, "(choose any)") {
		t.Errorf("English:\n%s", got)
	}
}
