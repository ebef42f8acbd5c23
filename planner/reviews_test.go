package planner

import (
	"math"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// reviewPlan has a skill baseline of mean 5 (ratings 4, 5, 6, 5, 5), the default targets and
// one goal from 2 to 4.
func reviewPlan() *Plan {
	p := &Plan{Survey: testSurvey()}
	for i, v := range []string{"4", "5", "6", "5", "5"} {
		p.Survey.Responses = append(p.Survey.Responses, resp(int64(i+1), "", v))
	}
	p.Goals = []Goal{{ID: 7, Title: "Double engagement", Unit: "%", Baseline: num(2), Target: num(4)}}
	return p
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// typedStates marks the figures fs typed, for a review whose zeros are figures given.
func typedStates(fs ...Figure) (s [NumFigures]FigureState) {
	for _, f := range fs {
		s[f] = Typed
	}
	return s
}

func TestReviewFigures(t *testing.T) {
	p := reviewPlan()
	p.Reviews = []Review{
		{ID: 2, Date: d("2026-05-01"), MembersTotal: 25, WeeklyActive: 10, Left: 5, PollAsked: 9, PollResponses: 5, AvgSkill: 6,
			GoalValues: []GoalValue{{GoalID: 7, Value: 3.5}}},
		{ID: 1, Date: d("2026-04-01"), MembersTotal: 20, WeeklyActive: 4, GoalValues: []GoalValue{{GoalID: 7, Value: 1}}},
		{ID: 3, Date: d("2026-06-01"), MembersTotal: 0, PollAsked: 3, FigureStates: typedStates(FigMembersTotal, FigPollResponses), GoalValues: []GoalValue{{GoalID: 7, Value: 9}}},
	}
	figs := ReviewFigures(p)
	if len(figs) != 3 || figs[0].Review.ID != 1 || figs[2].Review.ID != 3 {
		t.Fatalf("order: %+v", figs)
	}
	a, b, c := figs[0], figs[1], figs[2]
	if !near(a.WeeklyActivePct, 20) || a.HasPoll || a.HasGrowth || a.HasSkill {
		t.Errorf("first review: %+v", a)
	}
	if !near(b.WeeklyActivePct, 40) || !b.HasPoll || !near(b.PollResponsePct, 500.0/9) {
		t.Errorf("poll: %v %v", b.HasPoll, b.PollResponsePct)
	}
	if !b.HasGrowth || !near(b.GrowthPct, 25) || !near(b.RetentionPct, 75) {
		t.Errorf("growth %v retention %v", b.GrowthPct, b.RetentionPct)
	}
	// 5 → 6 on the default 1–10 scale: one point of nine.
	if !b.HasSkill || !near(b.SkillGainPct, 100.0/9) {
		t.Errorf("skill gain %v %v", b.HasSkill, b.SkillGainPct)
	}
	// Zero members: no division by zero, growth -100 %; 3 asked and none answered is 0 %.
	if c.WeeklyActivePct != 0 || !c.HasPoll || c.PollResponsePct != 0 || !c.HasGrowth || !near(c.GrowthPct, -100) || math.IsNaN(c.RetentionPct) {
		t.Errorf("zero members: %+v", c)
	}
	var pcts []float64
	for _, f := range figs {
		if len(f.Goals) != 1 || !f.Goals[0].Has {
			t.Fatalf("goals %+v", f.Goals)
		}
		pcts = append(pcts, f.Goals[0].Pct)
	}
	equal(t, "goal progress clamped", pcts, []float64{0, 75, 100})
	if ReviewFigures(&Plan{}) != nil || ReviewFigures(nil) != nil {
		t.Error("figures without reviews")
	}
}

func TestGoalProgress(t *testing.T) {
	tests := []struct {
		name string
		g    Goal
		v    *float64
		has  bool
		pct  float64
	}{
		{"not measured", Goal{ID: 1, Baseline: num(0), Target: num(10)}, nil, false, 0},
		{"no target", Goal{ID: 1, Baseline: num(0)}, num(5), true, 0},
		{"lowering", Goal{ID: 1, Baseline: num(48), Target: num(8)}, num(28), true, 50},
		{"target equals baseline", Goal{ID: 1, Baseline: num(3), Target: num(3)}, num(1), true, 100},
		{"below baseline", Goal{ID: 1, Baseline: num(2), Target: num(4)}, num(-3), true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Review{}
			if tt.v != nil {
				r.GoalValues = []GoalValue{{GoalID: 1, Value: *tt.v}}
			}
			gp := goalProgress(tt.g, r)
			if gp.Has != tt.has || !near(gp.Pct, tt.pct) {
				t.Errorf("got %+v, want has=%v pct=%v", gp, tt.has, tt.pct)
			}
		})
	}
}

func TestNextReviewDate(t *testing.T) {
	today := d("2026-03-15")
	tests := []struct {
		name string
		p    *Plan
		want Date
	}{
		{"nothing", &Plan{}, d("2026-04-15")},
		{"nil", nil, today},
		{"after event", &Plan{Event: Event{Date: d("2026-03-01")}, ReviewEvery: Weekly}, d("2026-03-08")},
		{"after latest review, month end clamp", &Plan{Reviews: []Review{{Date: d("2026-01-31")}, {Date: d("2025-12-31")}}}, d("2026-02-28")},
		{"biweekly", &Plan{Reviews: []Review{{Date: d("2026-03-10")}}, ReviewEvery: Biweekly}, d("2026-03-24")},
		{"quarterly over the year", &Plan{Reviews: []Review{{Date: d("2025-11-30")}}, ReviewEvery: Quarterly}, d("2026-02-28")},
		{"leap year", &Plan{Reviews: []Review{{Date: d("2028-01-31")}}}, d("2028-02-29")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NextReviewDate(tt.p, today); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func titles(ss []Suggestion) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Title)
	}
	return out
}

func reasonOf(ss []Suggestion, title string) string {
	for _, s := range ss {
		if s.Title == title {
			return s.Reason
		}
	}
	return ""
}

func TestSuggestions(t *testing.T) {
	good := func(date string, members int) Review {
		r := Review{Date: d(date), MembersTotal: members, WeeklyActive: members / 2, PollAsked: members, PollResponses: members, AvgSkill: 8,
			Stories: []Story{{Member: "Ana", Story: "Cut my edit time"}}, GoalValues: []GoalValue{{GoalID: 7, Value: 3}}}
		for f := range r.Factors {
			r.Factors[f] = 4
		}
		return r
	}
	tests := []struct {
		name   string
		edit   func(p *Plan)
		want   []string // titles, in order
		reason map[string]string
	}{
		{"no reviews", func(p *Plan) { p.Reviews = nil }, nil, nil},
		{"all well", func(p *Plan) { p.Reviews = []Review{good("2026-04-01", 10), good("2026-05-01", 12)} }, nil, nil},
		{"low weekly active twice", func(p *Plan) {
			a, b := good("2026-04-01", 20), good("2026-05-01", 20)
			a.WeeklyActive, b.WeeklyActive = 4, 5
			p.Reviews = []Review{a, b}
		}, []string{"Run a themed AMA and rotate facilitation"}, map[string]string{
			"Run a themed AMA and rotate facilitation": "Weekly active was 20% and 25% in the last two reviews, under the 30% target"}},
		{"low weekly active once", func(p *Plan) {
			a, b := good("2026-04-01", 20), good("2026-05-01", 20)
			b.WeeklyActive = 5
			p.Reviews = []Review{a, b}
		}, nil, nil},
		{"charter target used", func(p *Plan) {
			p.Charter.TargetWeeklyActive = 60
			p.Reviews = []Review{good("2026-04-01", 20), good("2026-05-01", 20)}
		}, []string{"Run a themed AMA and rotate facilitation"}, map[string]string{
			"Run a themed AMA and rotate facilitation": "under the 60% target"}},
		{"member-led at 50", func(p *Plan) { p.Reviews = []Review{good("2026-05-01", 50)} }, []string{"Move to member-led"}, map[string]string{
			"Move to member-led": "50 members: member-led from 50"}},
		{"member-led with sub-groups", func(p *Plan) { p.Reviews = []Review{good("2026-05-01", 51)} }, []string{"Move to member-led with sub-groups"}, nil},
		{"sub-groups only", func(p *Plan) {
			p.Charter.MemberLedAt = 100
			p.Charter.SubgroupsOver = 30
			p.Reviews = []Review{good("2026-05-01", 40)}
		},
			[]string{"Split into sub-groups"}, nil},
		{"low poll response", func(p *Plan) {
			r := good("2026-05-01", 10)
			r.PollAsked, r.PollResponses = 20, 5
			p.Reviews = []Review{r}
		},
			[]string{"Shorter polls, asked right after sessions"}, map[string]string{
				"Shorter polls, asked right after sessions": "Poll response was 25% at the 2026-05-01 review, under the 40% target"}},
		{"no poll after events", func(p *Plan) {
			r := good("2026-05-01", 10)
			r.SetFigure(FigPollAsked, 0, Typed)
			r.EventsHeld = 2
			p.Reviews = []Review{r}
		},
			[]string{"Send a poll after every session"}, nil},
		{"low skill gain", func(p *Plan) { r := good("2026-05-01", 10); r.AvgSkill = 6; p.Reviews = []Review{r} },
			[]string{"Pair newcomers with veterans and run hands-on workshops"}, map[string]string{
				"Pair newcomers with veterans and run hands-on workshops": "Skill rose 11.1% over the survey baseline (5 → 6), under the 20% target"}},
		{"no stories", func(p *Plan) { r := good("2026-05-01", 10); r.Stories = nil; p.Reviews = []Review{r} },
			[]string{"Collect member value stories"}, nil},
		{"weak factors", func(p *Plan) {
			r := good("2026-05-01", 10)
			r.Factors[FactorFacilitation], r.Factors[FactorRecognition], r.Factors[FactorTech] = 2, 1, 0
			p.Reviews = []Review{r}
		}, []string{FactorFacilitation.Advice(), FactorRecognition.Advice()}, map[string]string{
			FactorRecognition.Advice(): "Recognition scored 1 of 5 at the 2026-05-01 review"}},
		{"overdue actions", func(p *Plan) {
			a, b := good("2026-04-01", 10), good("2026-05-01", 10)
			a.Actions = []Action{{Text: "Pin resources", Due: d("2026-04-15")}, {Text: "Done", Due: d("2026-04-10"), Done: true}, {Text: "Later", Due: d("2026-06-01")}}
			p.Reviews = []Review{a, b}
		}, []string{"Close or reschedule overdue actions"}, map[string]string{
			"Close or reschedule overdue actions": "1 action is still open past the due date: “Pin resources”"}},
		{"goal not measured", func(p *Plan) { r := good("2026-05-01", 10); r.GoalValues = nil; p.Reviews = []Review{r} },
			[]string{"Measure Double engagement"}, nil},
		{"zero members", func(p *Plan) { r := good("2026-05-01", 0); r.PollAsked = 0; p.Reviews = []Review{r, r} }, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reviewPlan()
			tt.edit(p)
			got := Suggestions(p)
			equal(t, "titles", titles(got), tt.want)
			for _, s := range got {
				if s.Reason == "" {
					t.Errorf("%q has no reason", s.Title)
				}
			}
			for title, sub := range tt.reason {
				if r := reasonOf(got, title); !strings.Contains(r, sub) {
					t.Errorf("reason of %q = %q, want %q", title, r, sub)
				}
			}
		})
	}
}

func TestPercent(t *testing.T) {
	for v, want := range map[float64]string{22: "22%", 37.5: "37.5%", 33.333: "33.3%", 0: "0%", -0.01: "0%"} {
		if got := percent(v); got != want {
			t.Errorf("percent(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestMigratePollCounts(t *testing.T) {
	for _, tt := range []struct{ polls, answers, members, asked, resp int }{
		{9, 45, 10, 10, 5}, // 45 / (9 × 10) = 50 %, and 5 / 10 = 50 %
		{2, 9, 8, 8, 5},    // 4.5 answers a poll, rounded
		{0, 0, 10, 0, 0},
		{3, 4, 0, 0, 0},
	} {
		a, r := MigratePollCounts(tt.polls, tt.answers, tt.members)
		if a != tt.asked || r != tt.resp {
			t.Errorf("MigratePollCounts(%d, %d, %d) = %d, %d; want %d, %d", tt.polls, tt.answers, tt.members, a, r, tt.asked, tt.resp)
		}
	}
}

func TestNewReviewAndDateWarning(t *testing.T) {
	p := &Plan{Event: Event{Date: d("2026-03-26")}, ReviewEvery: Monthly}
	today := d("2026-03-04")
	r := NewReview(p, today)
	equal(t, "first review a month after launch", r.Date, d("2026-04-26"))
	equal(t, "no warning", ReviewDateWarning(p, r), "")
	p.Reviews = []Review{r}
	equal(t, "second a month after the first", NewReview(p, today).Date, d("2026-05-26"))

	early := Review{Date: d("2026-03-20")}
	if w := ReviewDateWarning(p, early); !strings.Contains(w, "before the launch event on 2026-03-26") {
		t.Errorf("warning %q", w)
	}
	equal(t, "launch day is fine", ReviewDateWarning(p, Review{Date: d("2026-03-26")}), "")
	equal(t, "no launch date", ReviewDateWarning(&Plan{}, early), "")
	if ReviewDateWarning(p, Review{}) == "" {
		t.Error("no warning for a review without a date")
	}
}

func TestReviewTrends(t *testing.T) {
	p := reviewPlan()
	p.Reviews = []Review{
		{ID: 1, Date: d("2026-04-01"), MembersTotal: 20, WeeklyActive: 4, GoalValues: []GoalValue{{GoalID: 7, Value: 1}}},
		{ID: 2, Date: d("2026-05-01"), MembersTotal: 25, WeeklyActive: 10, Left: 5, PollAsked: 9, PollResponses: 5, AvgSkill: 6},
	}
	trends := ReviewTrends(p)
	keys := []string{}
	for _, tr := range trends {
		keys = append(keys, tr.Key)
		if len(tr.Values) != 2 || len(tr.Dates) != 2 {
			t.Fatalf("%s: %d values", tr.Key, len(tr.Values))
		}
	}
	equal(t, "keys", keys, []string{"weekly-active", "poll-response", "growth", "retention", "skill-gain", "goal-7"})
	byKey := map[string]Trend{}
	for _, tr := range trends {
		byKey[tr.Key] = tr
	}
	if v := byKey["poll-response"].Values; !math.IsNaN(v[0]) || !near(v[1], 500.0/9) {
		t.Errorf("poll %v", v)
	}
	if v, ok := byKey["growth"].Latest(); !ok || !near(v, 25) {
		t.Errorf("growth latest %v %v", v, ok)
	}
	equal(t, "retention measured", byKey["retention"].Measured(), 1)
	g := byKey["goal-7"]
	if !g.HasTarget || g.Target != 4 || g.Values[0] != 1 || !math.IsNaN(g.Values[1]) || g.Unit != "%" {
		t.Errorf("goal trend %+v", g)
	}
	equal(t, "skill target", byKey["skill-gain"].HasTarget, true)
	equal(t, "growth has no target", byKey["growth"].HasTarget, false)
	if ReviewTrends(&Plan{}) != nil {
		t.Error("trends without reviews")
	}
}

// TestReviewCadenceIsMonthlyByDefault: a plan that does not say reviews monthly, and the
// next review's date follows the same rule.
func TestReviewCadenceIsMonthlyByDefault(t *testing.T) {
	last := MustDate("2026-01-31")
	for _, tc := range []struct {
		every Frequency
		want  Frequency
		next  string
	}{
		{"", Monthly, "2026-02-28"},
		{Monthly, Monthly, "2026-02-28"},
		{Weekly, Weekly, "2026-02-07"},
		{Quarterly, Quarterly, "2026-04-30"},
	} {
		p := &Plan{ReviewEvery: tc.every, Reviews: []Review{{ID: 1, Date: last}}}
		if got := ReviewCadence(p); got != tc.want {
			t.Errorf("ReviewCadence(%q) = %q, want %q", tc.every, got, tc.want)
		}
		if got := NextReviewDate(p, last); got.String() != tc.next {
			t.Errorf("NextReviewDate with %q = %s, want %s", tc.every, got, tc.next)
		}
	}
}

// TestSuggestionsInGerman: a suggestion's title and reason are worded by the catalogue with
// the language's numbers and quotation marks; its English Title and Reason stay.
func TestSuggestionsInGerman(t *testing.T) {
	de := i18n.New(i18n.German)
	s := Suggestion{Key: "overdue-actions", Title: "Close or reschedule overdue actions",
		Values: map[string]any{"n": 2, "list": quoteAll([]string{"Pin the tip", "Ask Ana"})}}
	equal(t, "title", s.TitleIn(de), "Überfällige Maßnahmen abschließen oder neu planen")
	equal(t, "reason", s.ReasonIn(de), "2 Maßnahmen sind nach dem Fälligkeitsdatum noch offen: „Pin the tip“ und „Ask Ana“")
	poll := Suggestion{Key: "poll-low", Values: map[string]any{"pct": 37.5, "date": MustDate("2026-12-31"), "target": 40.0}}
	if got := poll.ReasonIn(de); !strings.Contains(got, "37,5\u00a0%") || !strings.Contains(got, "31. Dezember 2026") {
		t.Errorf("poll reason %q", got)
	}
	equal(t, "unknown key keeps English", Suggestion{Key: "nope", Title: "T", Reason: "R"}.ReasonIn(de), "R")
}

// TestSuggestionListStyles: a suggestion's lists read as prose in the window (the
// language's "and", actions in its quotation marks) and separated by commas, as held, in a
// document; the rest of the reason is the same.
func TestSuggestionListStyles(t *testing.T) {
	de, en := i18n.New(i18n.German), i18n.New(i18n.English)
	overdue := Suggestion{Key: "overdue-actions", Values: map[string]any{"n": 3, "list": quoteAll([]string{"Pin the tip", "Ask Ana", "Book a room"})}}
	equal(t, "prose", overdue.ReasonListed(de, ListsProse), overdue.ReasonIn(de))
	equal(t, "commas", overdue.ReasonListed(de, ListsCommas), "3 Maßnahmen sind nach dem Fälligkeitsdatum noch offen: “Pin the tip”, “Ask Ana”, “Book a room”")
	quiet := Suggestion{Key: "quiet-members", Values: map[string]any{"list": []string{"Zoë Laurent", "Pedro García Simón", "Ana"}, "weeks": 3}}
	prose, commas := quiet.ReasonListed(en, ListsProse), quiet.ReasonListed(en, ListsCommas)
	if !strings.HasPrefix(prose, "Zoë Laurent, Pedro García Simón and Ana:") || !strings.HasPrefix(commas, "Zoë Laurent, Pedro García Simón, Ana:") {
		t.Errorf("quiet members as prose %q, with commas %q", prose, commas)
	}
	if strings.TrimPrefix(prose, "Zoë Laurent, Pedro García Simón and Ana") != strings.TrimPrefix(commas, "Zoë Laurent, Pedro García Simón, Ana") {
		t.Errorf("the styles differ beyond the list: %q, %q", prose, commas)
	}
}
