package planner

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Default success measures and growth rules, used when the charter leaves them at zero.
const (
	DefaultTargetWeeklyActive = 30.0 // % of members active weekly
	DefaultTargetPollResponse = 40.0 // % poll response, a minimum
	DefaultTargetSkillGain    = 20.0 // rise over the survey's skill baseline, in % of the skill scale (5 → 7 on 1–10 is 22)
	DefaultMemberLedAt        = 50   // members
	DefaultSubgroupsOver      = 50   // members
)

// Targets are the effective success measures and growth rules of a plan: the charter's, with
// defaults for those left at zero.
type Targets struct {
	WeeklyActive, PollResponse, SkillGain float64
	MemberLedAt, SubgroupsOver            int
}

// PlanTargets returns the plan's effective targets.
func PlanTargets(p *Plan) Targets {
	t := Targets{DefaultTargetWeeklyActive, DefaultTargetPollResponse, DefaultTargetSkillGain, DefaultMemberLedAt, DefaultSubgroupsOver}
	if p == nil {
		return t
	}
	c := p.Charter
	if c.TargetWeeklyActive > 0 {
		t.WeeklyActive = c.TargetWeeklyActive
	}
	if c.TargetPollResponse > 0 {
		t.PollResponse = c.TargetPollResponse
	}
	if c.TargetSkillGain > 0 {
		t.SkillGain = c.TargetSkillGain
	}
	if c.MemberLedAt > 0 {
		t.MemberLedAt = c.MemberLedAt
	}
	if c.SubgroupsOver > 0 {
		t.SubgroupsOver = c.SubgroupsOver
	}
	return t
}

// MeasuredReviews returns the plan's reviews that measured something (not drafts, see
// Review.IsDraft), sorted by date: the reviews figures, trends, health and suggestions read.
func MeasuredReviews(p *Plan) []Review {
	rs := SortedReviews(p)
	out := rs[:0]
	for _, r := range rs {
		if !r.IsDraft() {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// SortedReviews returns a copy of the plan's reviews sorted by date (stable for equal dates).
func SortedReviews(p *Plan) []Review {
	if p == nil || len(p.Reviews) == 0 {
		return nil
	}
	rs := append([]Review(nil), p.Reviews...)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date.Before(rs[j].Date) })
	return rs
}

// GoalProgress is a goal's metric at a review.
type GoalProgress struct {
	Goal  Goal
	Value float64
	Has   bool // a value was recorded at the review
	// Pct is how far the value has come from baseline to target, 0..100; 0 when the goal
	// lacks a baseline or target.
	Pct float64
}

// Figures are the derived figures of one review.
type Figures struct {
	Review Review
	// WeeklyActivePct is weekly active members over members total, in percent; HasWeekly is
	// set when both were given and there are members.
	WeeklyActivePct float64
	HasWeekly       bool
	// PollResponsePct is PollResponses / (PollAsked × MembersTotal): the share of the
	// possible answers that came in, in percent. HasPoll is set when polls were sent to
	// members.
	PollResponsePct float64
	// GrowthPct is the change in members against the previous review; RetentionPct is the
	// share of the previous review's members who did not leave. HasGrowth is set when this
	// review and an earlier one gave their members (the earlier one having some), and
	// HasRetention when the earlier one did and this one gave the members who left.
	GrowthPct, RetentionPct float64
	HasRetention            bool
	// SkillGainPct is the rise of the average skill rating over the survey's baseline mean,
	// as a share of the skill scale's span in percent: each rating is read as its share of
	// the way from the scale's bottom to its top, so 5 → 7 on 1–10 is 22 and 3 → 4 on 1–5
	// is 25. HasSkill is set when both are known.
	SkillGainPct                 float64
	HasPoll, HasGrowth, HasSkill bool
	Goals                        []GoalProgress // one per plan goal, in goal order
}

// ReviewFigures derives the figures of every review that measured something (drafts are
// left out), in date order; growth and retention compare with the latest earlier review that
// gave its members. A figure not given makes no rate: it is never read as 0.
func ReviewFigures(p *Plan) []Figures {
	rs := MeasuredReviews(p)
	if len(rs) == 0 {
		return nil
	}
	base := SkillBaseline(p.Survey)
	sc := SkillScale(p.Survey)
	out := make([]Figures, 0, len(rs))
	prevMembers, hasPrev := 0, false
	for _, r := range rs {
		f := Figures{Review: r}
		if r.Given(FigMembersTotal) && r.Given(FigWeeklyActive) && r.MembersTotal > 0 {
			f.HasWeekly = true
			f.WeeklyActivePct = pct(r.WeeklyActive, r.MembersTotal)
		}
		if r.Given(FigPollAsked) && r.Given(FigPollResponses) && r.PollAsked > 0 {
			f.HasPoll = true
			f.PollResponsePct = pct(r.PollResponses, r.PollAsked)
		}
		if hasPrev && prevMembers > 0 {
			if r.Given(FigMembersTotal) {
				f.HasGrowth = true
				f.GrowthPct = pct(r.MembersTotal-prevMembers, prevMembers)
			}
			if r.Given(FigLeft) {
				f.HasRetention = true
				f.RetentionPct = max(0, pct(prevMembers-r.Left, prevMembers))
			}
		}
		if r.Given(FigMembersTotal) {
			prevMembers, hasPrev = r.MembersTotal, true
		}
		if r.Given(FigAvgSkill) && base.N > 0 && sc.Contains(r.AvgSkill) {
			f.HasSkill = true
			f.SkillGainPct = (sc.Position(r.AvgSkill) - sc.Position(base.Mean)) * 100
		}
		for _, g := range p.Goals {
			f.Goals = append(f.Goals, goalProgress(g, r))
		}
		out = append(out, f)
	}
	return out
}

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d) * 100
}

// goalProgress measures g at review r. Progress runs from baseline (0) to target (100), so a
// goal to lower a number works too.
func goalProgress(g Goal, r Review) GoalProgress {
	gp := GoalProgress{Goal: g}
	for _, v := range r.GoalValues {
		if v.GoalID == g.ID {
			gp.Value, gp.Has = v.Value, true
		}
	}
	if !gp.Has || g.Baseline == nil || g.Target == nil {
		return gp
	}
	span := *g.Target - *g.Baseline
	if span == 0 {
		gp.Pct = 100
		return gp
	}
	gp.Pct = max(0, min(100, (gp.Value-*g.Baseline)/span*100))
	return gp
}

// ReviewCadence is how often the plan's community reviews itself: ReviewEvery, and monthly
// when the plan does not say. The review page, the next review's date and the plan PDF all
// read it.
func ReviewCadence(p *Plan) Frequency {
	if p == nil || p.ReviewEvery == "" {
		return Monthly
	}
	return p.ReviewEvery
}

// NextReviewDate is when the next review is due: one review period (ReviewCadence) after the latest review, or after the launch event when there is no review yet,
// or after today when there is neither. A date before today means the review is overdue.
func NextReviewDate(p *Plan, today Date) Date {
	if p == nil {
		return today
	}
	base := today
	if rs := SortedReviews(p); len(rs) > 0 && !rs[len(rs)-1].Date.IsZero() {
		base = rs[len(rs)-1].Date
	} else if !p.Event.Date.IsZero() {
		base = p.Event.Date
	}
	if base.IsZero() {
		return Date{}
	}
	return addPeriod(base, ReviewCadence(p))
}

// addPeriod adds one period of frequency f to d. Months are added by calendar, clamped to the month's end: 31 January + 1 month is 28 or 29 February.
func addPeriod(d Date, f Frequency) Date {
	switch f {
	case Weekly:
		return d.AddDays(7)
	case Biweekly:
		return d.AddDays(14)
	case Quarterly:
		return addMonths(d, 3)
	}
	return addMonths(d, 1) // Monthly

}

func addMonths(d Date, n int) Date {
	first := Date{d.Year, d.Month, 1}.Time().AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	return Date{first.Year(), first.Month(), min(d.Day, last)}
}

// Suggestion is a piece of advice from the reviews, with the figures behind it.
type Suggestion struct {
	Title  string
	Reason string
	// Key names the rule that made the suggestion ("poll-low", …) and Values holds the figures
	// its reason quotes, by name (float64 percentages, ints, Dates, strings, []string lists,
	// SuccessFactor), so that the exports can word it in another language.
	Key    string
	Values map[string]any
}

// Suggestions reads the reviews against the plan's targets and growth rules and returns
// advice, each with a reason quoting the figures. It returns nil before the first review.
// Actions count as overdue when still open past their due date at the latest review.
func Suggestions(p *Plan) []Suggestion {
	figs := ReviewFigures(p)
	if len(figs) == 0 {
		return nil
	}
	t := PlanTargets(p)
	last := figs[len(figs)-1]
	r := last.Review
	var out []Suggestion
	add := func(key string, values map[string]any, title, format string, args ...any) {
		out = append(out, Suggestion{Title: title, Reason: fmt.Sprintf(format, args...), Key: key, Values: values})
	}
	type v = map[string]any

	if len(figs) >= 2 {
		prev := figs[len(figs)-2]
		if prev.HasWeekly && last.HasWeekly && prev.WeeklyActivePct < t.WeeklyActive && last.WeeklyActivePct < t.WeeklyActive {
			add("weekly-active-low", v{"prev": prev.WeeklyActivePct, "last": last.WeeklyActivePct, "target": t.WeeklyActive},
				"Run a themed AMA and rotate facilitation",
				"Weekly active was %s and %s in the last two reviews, under the %s target",
				percent(prev.WeeklyActivePct), percent(last.WeeklyActivePct), percent(t.WeeklyActive))
		}
	}
	switch {
	case !r.Given(FigMembersTotal):
	case r.MembersTotal >= t.MemberLedAt && r.MembersTotal > t.SubgroupsOver:
		add("member-led-subgroups", v{"members": r.MembersTotal, "led": t.MemberLedAt, "sub": t.SubgroupsOver},
			"Move to member-led with sub-groups",
			"The community has %d members: member-led from %d, sub-groups over %d", r.MembersTotal, t.MemberLedAt, t.SubgroupsOver)
	case r.MembersTotal >= t.MemberLedAt:
		add("member-led", v{"members": r.MembersTotal, "led": t.MemberLedAt}, "Move to member-led", "The community has %d members: member-led from %d", r.MembersTotal, t.MemberLedAt)
	case r.MembersTotal > t.SubgroupsOver:
		add("subgroups", v{"members": r.MembersTotal, "sub": t.SubgroupsOver}, "Split into sub-groups", "The community has %d members: sub-groups over %d", r.MembersTotal, t.SubgroupsOver)
	}
	switch {
	case last.HasPoll && last.PollResponsePct < t.PollResponse:
		add("poll-low", v{"pct": last.PollResponsePct, "date": r.Date, "target": t.PollResponse},
			"Shorter polls, asked right after sessions",
			"Poll response was %s at the %s review, under the %s target", percent(last.PollResponsePct), r.Date, percent(t.PollResponse))
	case r.Given(FigPollAsked) && r.PollAsked == 0 && r.EventsHeld > 0:
		add("poll-none", v{"n": r.EventsHeld}, "Send a poll after every session",
			"%s", english.N("sug.poll-none.reason", r.EventsHeld))
	}
	if last.HasSkill && last.SkillGainPct < t.SkillGain {
		add("skill-low", v{"pct": last.SkillGainPct, "from": SkillBaseline(p.Survey).Mean, "to": r.AvgSkill, "target": t.SkillGain},
			"Pair newcomers with veterans and run hands-on workshops",
			"Skill rose %s over the survey baseline (%s → %s), under the %s target",
			percent(last.SkillGainPct), formatNum(SkillBaseline(p.Survey).Mean), formatNum(r.AvgSkill), percent(t.SkillGain))
	}
	if len(r.Stories) == 0 {
		add("no-stories", v{"date": r.Date}, "Collect member value stories",
			"The %s review logged no member stories: ask members what they learned and applied", reviewName(r))
	}
	for f := SuccessFactor(0); f < NumFactors; f++ {
		if sc := r.Factors[f]; sc > 0 && sc <= 2 {
			add("factor-low", v{"factor": f, "n": sc, "date": r.Date}, f.Advice(), "%s scored %d of 5 at the %s review", f, sc, reviewName(r))
		}
	}
	var overdue []string
	for _, rv := range figs {
		for _, a := range rv.Review.Actions {
			if !a.Done && !a.Due.IsZero() && a.Due.Before(r.Date) {
				overdue = append(overdue, strings.TrimSpace(a.Text))
			}
		}
	}
	if len(overdue) > 0 {
		add("overdue-actions", v{"n": len(overdue), "list": quoteAll(overdue)}, "Close or reschedule overdue actions",
			"%s", english.N("sug.overdue-actions.reason", len(overdue), "list", joinAnd(quoteAll(overdue))))
	}
	if quiet := QuietMembers(p, r.Date); len(quiet) > 0 && !r.Date.IsZero() {
		names := make([]string, len(quiet))
		for i, q := range quiet {
			names[i] = q.Name
		}
		weeks := NudgeWeeks(p.Charter)
		add("quiet-members", v{"list": names, "weeks": weeks}, "Ask the quiet members what would bring them back",
			"%s: no counted attendance and no platform activity in the last %d weeks", joinAnd(names), weeks)
	}
	for _, g := range last.Goals {
		if !g.Has {
			add("goal-unmeasured", v{"goal": strings.TrimSpace(firstNonBlank(g.Goal.Title, g.Goal.Metric)), "sentence": g.Goal.Sentence(), "date": r.Date},
				"Measure "+strings.TrimSpace(firstNonBlank(g.Goal.Title, g.Goal.Metric, "the goal")),
				"No value was recorded for the goal “%s” at the %s review", g.Goal.Sentence(), reviewName(r))
		}
	}
	return out
}

func reviewName(r Review) string {
	if r.Date.IsZero() {
		return "latest"
	}
	return r.Date.String()
}

// percent formats a percentage with no more than one decimal: "22%", "37.5%".
func percent(v float64) string {
	v = math.Round(v*10) / 10
	if v == 0 {
		v = 0 // no "-0%"
	}
	return fmt.Sprintf("%s%%", strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0"))
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "“" + s + "”"
	}
	return out
}

// MigratePollCounts turns a review's poll counts of plan file version 1 and store schema
// before 0004 (polls sent, all answers to them) into today's (members asked in a poll,
// responses to it), keeping the figure they gave: the old share was answers / (polls ×
// members), so asked becomes the members and responses the answers per poll, rounded.
// Without polls or members there is nothing to keep and both are 0.
func MigratePollCounts(pollsSent, answers, members int) (asked, responses int) {
	if pollsSent <= 0 || members <= 0 {
		return 0, 0
	}
	return members, int(math.Round(float64(answers) / float64(pollsSent)))
}

// NewReview returns a new review for the plan, dated the next review date (see
// NextReviewDate): the date the review step shows as due.
func NewReview(p *Plan, today Date) Review {
	return Review{Date: NextReviewDate(p, today)}
}

// ReviewDateWarning returns a short flag, in English, when the review's date cannot be
// right: before the launch event, or missing. It is "" otherwise (ReviewDateWarningMsg).
func ReviewDateWarning(p *Plan, r Review) string { return ReviewDateWarningMsg(p, r).String() }

// ReviewDateWarningMsg is the flag of ReviewDateWarning as a sentence of the catalogue; its
// Key is "" when the date is right.
func ReviewDateWarningMsg(p *Plan, r Review) Msg {
	switch {
	case r.Date.IsZero():
		return msg("review.date.none")
	case p != nil && !p.Event.Date.IsZero() && r.Date.Before(p.Event.Date):
		return msg("review.date.before_launch", "date", isoDate(r.Date), "launch", isoDate(p.Event.Date))
	}
	return Msg{}
}

// Pct is a percentage (41.7 for 41.7 %) inside a sentence: each language writes it its own
// way ("41.7%", "41,7 %").
type Pct float64

// In writes the percentage the way tr's language does.
func (p Pct) In(tr *i18n.Printer) string { return tr.Percent(float64(p)) }

// TitleIn is the suggestion's title in tr's language; a suggestion the catalogue does not
// know keeps its English Title.
func (s Suggestion) TitleIn(tr *i18n.Printer) string {
	switch s.Key {
	case "":
		return s.Title
	case "factor-low":
		f, _ := s.Values["factor"].(SuccessFactor)
		if f.Key() == "" {
			return s.Title
		}
		return tr.T("factor." + f.Key() + ".advice")
	case "goal-unmeasured":
		goal, _ := s.Values["goal"].(string)
		if goal == "" {
			goal = tr.T("sug.the_goal")
		}
		return tr.T("sug.goal-unmeasured.title", "goal", goal)
	}
	if t := tr.T("sug." + s.Key + ".title"); t != "sug."+s.Key+".title" {
		return t
	}
	return s.Title
}

// Lists is how a suggestion's reason writes a list it names (quiet members, overdue actions).
type Lists int

const (
	// ListsProse writes a list as a sentence does, "A, B and C", overdue actions quoted in
	// the language's marks: the review step's words.
	ListsProse Lists = iota
	// ListsCommas separates the items with commas, as the suggestion holds them: the plan
	// PDF's bullets, where the list may be long.
	ListsCommas
)

// ReasonIn is the suggestion's reason, with its figures, in tr's language; a suggestion the
// catalogue does not know keeps its English Reason.
func (s Suggestion) ReasonIn(tr *i18n.Printer) string { return s.ReasonListed(tr, ListsProse) }

// ReasonListed is ReasonIn with its lists written as lists says.
func (s Suggestion) ReasonListed(tr *i18n.Printer, lists Lists) string {
	if s.Key == "" {
		return s.Reason
	}
	var args []any
	count := -1
	for name, v := range s.Values {
		var text string
		switch x := v.(type) {
		case float64:
			text = tr.Percent(x)
			if name == "from" || name == "to" { // skill ratings, not percentages
				text = tr.Number(x, 2)
			}
		case int:
			text = tr.Int(x)
			if name == "n" {
				count = x
			}
		case Date:
			text = tr.Date(x.Year, x.Month, x.Day)
			if x.IsZero() {
				text = tr.T("sug.latest")
			}
		case []string:
			switch {
			case lists == ListsCommas:
				text = strings.Join(x, ", ")
			case name == "list" && s.Key == "overdue-actions":
				// The actions, quoted with the language's marks (Values holds them quoted in English).
				items := make([]string, len(x))
				for i, q := range x {
					items[i] = tr.T("sug.quoted", "text", strings.TrimSuffix(strings.TrimPrefix(q, "“"), "”"))
				}
				text = tr.List(items)
			default:
				text = tr.List(x)
			}
		case SuccessFactor:
			text = x.String() // a factor the catalogue does not know keeps its English name
			if key := "factor." + x.Key() + ".name"; x.Key() != "" && i18n.Has(key) {
				text = tr.T(key)
			}
		default:
			text = fmt.Sprint(x)
		}
		args = append(args, name, text)
	}
	if s.Key == "goal-unmeasured" {
		sentence, _ := s.Values["sentence"].(string)
		args = append(args, "goal", sentence)
	}
	key := "sug." + s.Key + ".reason"
	var reason string
	if count >= 0 && (s.Key == "poll-none" || s.Key == "overdue-actions") {
		reason = tr.N(key, count, args...)
	} else {
		reason = tr.T(key, args...)
	}
	if reason == key {
		return s.Reason
	}
	return reason
}

// TitleIn is the trend's chart title in tr's language; a goal's keeps the organizer's words.
func (t Trend) TitleIn(tr *i18n.Printer) string {
	switch t.Key {
	case "weekly-active", "poll-response", "growth", "retention", "skill-gain":
		return tr.T("trend." + t.Key)
	}
	return t.Title
}

// Trend is one review figure over time, for a chart: one value per review in date order,
// NaN where the review did not measure it.
type Trend struct {
	Key   string // "weekly-active", "poll-response", "growth", "retention", "skill-gain", "goal-<id>"
	Title string // "Weekly active members (% of members)"
	Unit  string // "%" or the goal's unit
	Dates []Date
	// Values are the figures; Target, when HasTarget, is drawn as a line.
	Values    []float64
	Target    float64
	HasTarget bool
}

// Latest returns the last measured value; ok is false when none was.
func (t Trend) Latest() (v float64, ok bool) {
	for i := len(t.Values) - 1; i >= 0; i-- {
		if !math.IsNaN(t.Values[i]) {
			return t.Values[i], true
		}
	}
	return 0, false
}

// Measured counts the reviews that measured the figure.
func (t Trend) Measured() int {
	n := 0
	for _, v := range t.Values {
		if !math.IsNaN(v) {
			n++
		}
	}
	return n
}

// ReviewTrends returns the trend of every review figure (weekly active %, poll response %,
// growth %, retention %, skill gain %) against its target where the charter sets one, then
// each goal's metric against its target, in goal order. It is nil before the first review.
func ReviewTrends(p *Plan) []Trend {
	figs := ReviewFigures(p)
	if len(figs) == 0 {
		return nil
	}
	t := PlanTargets(p)
	dates := make([]Date, len(figs))
	for i, f := range figs {
		dates[i] = f.Review.Date
	}
	series := func(key, title, unit string, target float64, hasTarget bool, val func(Figures) (float64, bool)) Trend {
		tr := Trend{Key: key, Title: title, Unit: unit, Dates: dates, Values: make([]float64, len(figs)), Target: target, HasTarget: hasTarget}
		for i, f := range figs {
			tr.Values[i] = math.NaN()
			if v, ok := val(f); ok {
				tr.Values[i] = v
			}
		}
		return tr
	}
	out := []Trend{
		series("weekly-active", "Weekly active members (% of members)", "%", t.WeeklyActive, true,
			func(f Figures) (float64, bool) { return f.WeeklyActivePct, f.HasWeekly }),
		series("poll-response", "Poll response (% of members asked who answered)", "%", t.PollResponse, true,
			func(f Figures) (float64, bool) { return f.PollResponsePct, f.HasPoll }),
		series("growth", "Member growth since the previous review (%)", "%", 0, false,
			func(f Figures) (float64, bool) { return f.GrowthPct, f.HasGrowth }),
		series("retention", "Retention since the previous review (% of members who stayed)", "%", 0, false,
			func(f Figures) (float64, bool) { return f.RetentionPct, f.HasRetention }),
		series("skill-gain", "Skill gain over the survey baseline (%)", "%", t.SkillGain, true,
			func(f Figures) (float64, bool) { return f.SkillGainPct, f.HasSkill }),
	}
	for gi, g := range p.Goals {
		title := strings.TrimSpace(firstNonBlank(g.Title, g.Metric, "Goal"))
		if m := strings.TrimSpace(g.Metric); m != "" && m != title {
			title += ": " + m
		}
		tr := series(fmt.Sprintf("goal-%d", g.ID), title, strings.TrimSpace(g.Unit), 0, g.Target != nil,
			func(f Figures) (float64, bool) { return f.Goals[gi].Value, f.Goals[gi].Has })
		if g.Target != nil {
			tr.Target = *g.Target
		}
		out = append(out, tr)
	}
	return out
}
