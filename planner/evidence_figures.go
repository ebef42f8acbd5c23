package planner

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Period is a span of days, both ends included: the days a review looks back on.
type Period struct{ From, To Date }

// MonthPeriod returns the calendar month of year y.
func MonthPeriod(y int, m time.Month) Period {
	first := Date{y, m, 1}
	return Period{first, DateOf(first.Time().AddDate(0, 1, -1))}
}

// Contains reports whether d is in the period.
func (p Period) Contains(d Date) bool {
	return !d.IsZero() && !d.Before(p.From) && !p.To.Before(d)
}

// Overlaps reports whether the period shares a day with q.
func (p Period) Overlaps(q Period) bool {
	return !q.To.Before(p.From) && !p.To.Before(q.From)
}

// Days is the number of days in the period.
func (p Period) Days() int { return p.From.DaysUntil(p.To) + 1 }

// Weeks splits the period into weeks: 7-day blocks from its first day, a last block of
// under 4 days joining the one before (31 days make four weeks, the last of ten days). A
// period under 4 days is one week.
func (p Period) Weeks() []Period {
	n := p.Days()
	if n <= 0 {
		return nil
	}
	var ws []Period
	for start := 0; start < n; start += 7 {
		w := Period{p.From.AddDays(start), p.From.AddDays(min(start+6, n-1))}
		if len(ws) > 0 && w.Days() < 4 {
			ws[len(ws)-1].To = w.To
			continue
		}
		ws = append(ws, w)
	}
	return ws
}

// Label writes the period in English as people say it: "4–31 Dec", "28 Nov – 3 Dec 2026".
func (p Period) Label() string { return p.In(english) }

// In writes the period as people of tr's language say it, with the catalogue's short month
// names: "4–31 Dec", "4.–31. Dez.", "28 nov. – 3 déc. 2026".
func (p Period) In(tr *i18n.Printer) string {
	mon := func(m time.Month) string { return tr.T("period.month." + strings.ToLower(m.String())) }
	switch {
	case p.From == p.To:
		return tr.T("period.day", "day", p.From.Day, "month", mon(p.From.Month))
	case p.From.Year == p.To.Year && p.From.Month == p.To.Month:
		return tr.T("period.same_month", "from", p.From.Day, "to", p.To.Day, "month", mon(p.To.Month))
	case p.From.Year == p.To.Year:
		return tr.T("period.same_year", "from", p.From.Day, "from_month", mon(p.From.Month), "to", p.To.Day, "to_month", mon(p.To.Month))
	}
	return tr.T("period.years", "from", p.From.Day, "from_month", mon(p.From.Month), "from_year", p.From.Year,
		"to", p.To.Day, "to_month", mon(p.To.Month), "to_year", p.To.Year)
}

// ProposedFigure is a review figure computed from evidence.
type ProposedFigure struct {
	Figure Figure
	Value  float64
	// Source says where the value came from ("members active each week: 5, 3, 6, 2"), in
	// English; Says is the same sentence for any language.
	Source string
	Says   Msg
	// Estimate is set when the value rests on an export of totals; Reason says why, in
	// English, and Why for any language (its Key is "" when the reason is the export's own
	// words, ActivityExport.Reason).
	Estimate bool
	Reason   string
	Why      Msg
}

// PracticeAttendance is a practice's sessions in a period and who came.
type PracticeAttendance struct {
	PracticeID int64 // 0: sessions that match no practice of the charter
	Practice   string
	Sessions   int
	Counted    int // attendances counted over the sessions (members and guests)
	Members    int // distinct members who came
}

// Average is the counted attendance per session.
func (a PracticeAttendance) Average() float64 {
	if a.Sessions == 0 {
		return 0
	}
	return float64(a.Counted) / float64(a.Sessions)
}

// PollEvidence is a poll's export for a review: who answered, and the answers to its skill
// question (on that question's scale).
type PollEvidence struct {
	Respondents []Person
	Skill       []float64
	// Asked is how many members the poll was sent to; 0 means all members.
	Asked int
}

// EvidenceFigures are a review period's figures proposed from the plan's evidence.
type EvidenceFigures struct {
	Period    Period
	Figures   []ProposedFigure
	Weekly    []int // members active each week of the period
	Weeks     []Period
	Practices []PracticeAttendance
	// Unmatched lists the people the period's evidence names who match no member and have
	// no decision: they are not counted until someone says who they are.
	Unmatched []Person
	// Reports and Exports count the evidence used; Span is the days it covers.
	Reports int
	Exports []string
	Span    Period
}

// Source is the sentence that says where the figures came from, in English: "from 3
// attendance reports and 1 Slack member analytics export, 3–30 Dec" (SourceMsg).
func (ef EvidenceFigures) Source() string { return ef.SourceMsg().String() }

// SourceMsg is the sentence of Source for any language; its Key is "" without evidence.
// An export is named by its format ("Slack member analytics"), as the reader calls it.
func (ef EvidenceFigures) SourceMsg() Msg {
	var parts []any
	if ef.Reports > 0 {
		parts = append(parts, msgN("evidence.source.reports", ef.Reports))
	}
	kinds := map[string]int{}
	var order []string
	for _, e := range ef.Exports {
		if kinds[e] == 0 {
			order = append(order, e)
		}
		kinds[e]++
	}
	for _, k := range order {
		parts = append(parts, msgN("evidence.source.exports", kinds[k], "format", k))
	}
	if len(parts) == 0 {
		return Msg{}
	}
	if ef.Span.From.IsZero() {
		return msg("evidence.source.from", "list", msgList(parts))
	}
	return msg("evidence.source.from_span", "list", msgList(parts), "period", ef.Span)
}

// msgList is a list of sentences joined the language's way ("a, b and c").
type msgList []any

// In joins the sentences the way tr's language does.
func (l msgList) In(tr *i18n.Printer) string {
	words := make([]string, len(l))
	for i, x := range l {
		words[i] = value(tr, x)
	}
	return tr.List(words)
}

// counts is a list of whole numbers inside a sentence: "5, 3, 6, 2".
type counts []int

// In writes the numbers with the language's grouping, separated by commas.
func (c counts) In(tr *i18n.Printer) string {
	words := make([]string, len(c))
	for i, n := range c {
		words[i] = tr.Int(n)
	}
	return strings.Join(words, ", ")
}

// Figure returns the proposed figure f, if any.
func (ef EvidenceFigures) Figure(f Figure) (ProposedFigure, bool) {
	for _, pf := range ef.Figures {
		if pf.Figure == f {
			return pf, true
		}
	}
	return ProposedFigure{}, false
}

// FiguresFromEvidence computes a review period's figures from the plan's sessions and
// activity exports (matched to members: see MatchPeople and ApplyMatches) and, when given,
// a poll's export. It changes nothing: ApplyEvidenceFigures puts the figures in a review.
//
//   - members total: the plan's joined members on the period's last day;
//   - weekly active: the members active each week of the period (counted at a session, or
//     active on the platform), averaged over its weeks; an estimate when an export of totals
//     had to be spread over weeks, and never under the platform's own weekly count;
//   - new members: members who joined in the period; left: members whose platform account
//     was deactivated in it;
//   - events held: the sessions; posts: the messages of members in the exports;
//   - poll asked and answered, average skill: from the poll's export.
func FiguresFromEvidence(p *Plan, period Period, poll *PollEvidence) EvidenceFigures {
	return figuresFrom(p, period, poll, func(people []Person) []Match { return MatchPeople(p, people) }, true, joinDates(p))
}

// EvidenceBook computes the figures of many periods of one plan (a plan PDF's reviews, a
// year of months) matching the people its evidence names to its members once, where
// FiguresFromEvidence indexes all the plan's members again for each period. The plan must
// not change while the book is used: make a new book for a new revision of it.
type EvidenceBook struct {
	p       *Plan
	matched map[Person]Match // every person named in the plan's evidence, by name and address
	seen    *seenIndex       // when each member was seen in the evidence; nil until needed
	joins   *joins           // when the members joined (joinDates); nil until needed
}

// NewEvidenceBook returns a book of p's evidence; nothing is matched until it is needed.
func NewEvidenceBook(p *Plan) *EvidenceBook { return &EvidenceBook{p: p} }

// Figures is FiguresFromEvidence(p, period, poll) for the book's plan.
func (b *EvidenceBook) Figures(period Period, poll *PollEvidence) EvidenceFigures {
	return figuresFrom(b.p, period, poll, b.match, true, b.joinDates())
}

// Counts is Figures without the people: Unmatched is left empty, so that no one the
// evidence names is matched to a member (a poll's respondents still are, for its figures).
// It is for a document that shows a period's figures and not whom to decide about.
func (b *EvidenceBook) Counts(period Period, poll *PollEvidence) EvidenceFigures {
	return figuresFrom(b.p, period, poll, b.match, false, b.joinDates())
}

func (b *EvidenceBook) joinDates() *joins {
	if b.joins == nil {
		b.joins = joinDates(b.p)
	}
	return b.joins
}

// joins is when the plan's joined members last joined.
type joins struct {
	undated int    // members whose history gives no date
	dated   []Date // the others' dates, in order
}

// joinDates gathers when the joined members last joined.
func joinDates(p *Plan) *joins {
	j := &joins{}
	for _, c := range p.Candidates {
		if c.Status != Joined {
			continue
		}
		if on := lastChange(c, Joined); on.IsZero() {
			j.undated++
		} else {
			j.dated = append(j.dated, on)
		}
	}
	slices.SortFunc(j.dated, byDay)
	return j
}

// byDay orders dates by the day, for slices.SortFunc.
func byDay(a, b Date) int {
	switch {
	case a.Before(b):
		return -1
	case b.Before(a):
		return 1
	}
	return 0
}

// match matches people as MatchPeople does: a person's match depends on the person and the
// plan alone, so each is matched once. The first call matches everyone the plan's evidence
// names, in one MatchPeople; people named nowhere in it (a poll's respondents) are matched
// together when asked about.
func (b *EvidenceBook) match(people []Person) []Match {
	if b.matched == nil {
		var all []Person
		seen := map[Person]bool{}
		add := func(x Person) {
			if !seen[x] {
				seen[x] = true
				all = append(all, x)
			}
		}
		for _, s := range b.p.Sessions {
			for _, a := range s.Attendees {
				add(a.Person)
			}
		}
		for _, e := range b.p.Activity {
			for _, m := range e.Members {
				add(m.Person)
			}
		}
		b.remember(all)
	}
	var missing []Person
	for _, x := range people {
		if _, ok := b.matched[x]; !ok {
			missing = append(missing, x)
		}
	}
	if len(missing) > 0 {
		b.remember(missing)
	}
	out := make([]Match, len(people))
	for i, x := range people {
		out[i] = b.matched[x]
	}
	return out
}

// remember matches people (distinct or not) and keeps their matches.
func (b *EvidenceBook) remember(people []Person) {
	if b.matched == nil {
		b.matched = make(map[Person]Match, len(people))
	}
	for _, m := range MatchPeople(b.p, people) {
		b.matched[m.Person] = m
	}
}

// figuresFrom is FiguresFromEvidence with the matching of people given.
// Unmatched is only listed when people is true; joins are when the members joined
// (joinDates).
func figuresFrom(p *Plan, period Period, poll *PollEvidence, match func([]Person) []Match, people bool, joins *joins) EvidenceFigures {
	ef := EvidenceFigures{Period: period, Weeks: period.Weeks()}
	minutes := p.MinAttendMinutes
	var sessions []Session
	for _, s := range p.Sessions {
		if period.Contains(s.Date) {
			sessions = append(sessions, s)
		}
	}
	var exports []ActivityExport
	for _, e := range p.Activity {
		if (Period{e.From, e.To}).Overlaps(period) {
			exports = append(exports, e)
		}
	}
	ef.Reports = len(sessions)
	for _, e := range exports {
		ef.Exports = append(ef.Exports, e.Source)
	}
	ef.Span = evidenceSpan(period, sessions, exports)
	if people {
		ef.Unmatched = unmatchedIn(sessions, exports, match)
	}

	// Members total and new members, from the recruitment list.
	// The members who had joined by the period's end (or whose history has no date), and
	// those who joined in it.
	byEnd := upTo(joins.dated, period.To)
	total := joins.undated + byEnd
	joined := max(0, byEnd-sort.Search(len(joins.dated), func(i int) bool { return !joins.dated[i].Before(period.From) }))
	ef.add(ProposedFigure{Figure: FigMembersTotal, Value: float64(total),
		Says: msg("evidence.source.joined_on", "date", isoDate(period.To))})
	ef.add(ProposedFigure{Figure: FigNewMembers, Value: float64(joined),
		Says: msg("evidence.source.joined_in", "period", period)})

	if len(sessions) == 0 && len(exports) == 0 && poll == nil {
		return ef
	}
	if len(sessions) > 0 || len(exports) > 0 {
		ef.weeklyActive(sessions, exports, minutes)
	}
	if len(sessions) > 0 {
		ef.add(ProposedFigure{Figure: FigEventsHeld, Value: float64(len(sessions)),
			Says: msgN("evidence.source.reports", len(sessions))})
		ef.Practices = practiceAttendance(p, sessions, minutes)
	}
	ef.platformFigures(exports, period)
	if poll != nil {
		ef.pollFigures(poll, total, match)
	}
	return ef
}

// add proposes pf, its English Source and Reason worded from Says and Why.
func (ef *EvidenceFigures) add(pf ProposedFigure) {
	if pf.Says.Key != "" {
		pf.Source = pf.Says.String()
	}
	if pf.Why.Key != "" {
		pf.Reason = pf.Why.String()
	}
	ef.Figures = append(ef.Figures, pf)
}

// weeklyActive counts the members active each week.
func (ef *EvidenceFigures) weeklyActive(sessions []Session, exports []ActivityExport, minutes int) {
	weeks := ef.Weeks
	sets := make([]map[int64]bool, len(weeks))
	for i := range sets {
		sets[i] = map[int64]bool{}
	}
	weekOf := func(d Date) int {
		for i, w := range weeks {
			if w.Contains(d) {
				return i
			}
		}
		return -1
	}
	for _, s := range sessions {
		w := weekOf(s.Date)
		for _, a := range s.Attendees {
			if w >= 0 && a.CandidateID != 0 && a.Counted(minutes) {
				sets[w][a.CandidateID] = true
			}
		}
	}
	platform := make([]int, len(weeks))
	estimate, reason := false, ""
	for _, e := range exports {
		for _, wc := range e.Weekly {
			// The platform's weekly count on the week's last day it gives.
			if w := weekOf(wc.Date); w >= 0 {
				platform[w] = wc.Active
			}
		}
		for _, m := range e.Members {
			if m.CandidateID == 0 {
				continue
			}
			if m.Days != nil {
				for _, d := range m.Days {
					if w := weekOf(d); w >= 0 {
						sets[w][m.CandidateID] = true
					}
				}
				continue
			}
			// Totals only: the member was active on DaysActive days up to LastActive; spread
			// them one a week, back from the week of the last activity.
			if m.LastActive.IsZero() || m.LastActive.Before(ef.Period.From) || m.DaysActive == 0 {
				continue
			}
			last := len(weeks) - 1
			if ef.Period.Contains(m.LastActive) {
				last = weekOf(m.LastActive)
			}
			n := m.DaysActive
			if n < 0 {
				n = 1 // the export gives the last visit only
			}
			for w := last; w >= 0 && w > last-n; w-- {
				sets[w][m.CandidateID] = true
			}
			estimate, reason = true, e.Reason
		}
	}
	ef.Weekly = make([]int, len(weeks))
	sum := 0
	for i := range weeks {
		ef.Weekly[i] = max(len(sets[i]), platform[i])
		sum += ef.Weekly[i]
	}
	avg := float64(sum) / float64(len(weeks))
	ef.add(ProposedFigure{Figure: FigWeeklyActive, Value: math.Round(avg),
		Says:     msgN("evidence.source.weekly", len(weeks), "counts", counts(ef.Weekly)),
		Estimate: estimate, Reason: reason})
}

// platformFigures proposes left members and posts from the exports of members.
func (ef *EvidenceFigures) platformFigures(exports []ActivityExport, period Period) {
	left, posts, hasMembers, hasPosts, estimate := 0, 0, false, false, false
	var why Msg
	for _, e := range exports {
		for _, m := range e.Members {
			hasMembers = true
			if m.CandidateID == 0 {
				continue
			}
			if period.Contains(m.Left) {
				left++
			}
			if m.Messages >= 0 {
				posts += m.Messages
				hasPosts = true
				if e.From != period.From || e.To != period.To {
					estimate = true
					why = msg("evidence.reason.export_period", "format", e.Source, "covers", Period{e.From, e.To}, "period", period)
				}
			}
		}
	}
	if hasMembers {
		ef.add(ProposedFigure{Figure: FigLeft, Value: float64(left), Says: msg("evidence.source.left", "period", period)})
	}
	if hasPosts {
		ef.add(ProposedFigure{Figure: FigPosts, Value: float64(posts), Says: msg("evidence.source.posts"),
			Estimate: estimate, Why: why})
	}
}

// pollFigures proposes the poll's figures.
func (ef *EvidenceFigures) pollFigures(poll *PollEvidence, members int, match func([]Person) []Match) {
	asked, src := poll.Asked, msg("evidence.source.poll_asked")
	if asked <= 0 {
		asked, src = members, msg("evidence.source.poll_everyone")
	}
	ef.add(ProposedFigure{Figure: FigPollAsked, Value: float64(asked), Says: src})
	seen := map[int64]bool{}
	for _, m := range match(poll.Respondents) {
		if m.CandidateID != 0 {
			seen[m.CandidateID] = true
		}
	}
	ef.add(ProposedFigure{Figure: FigPollResponses, Value: float64(len(seen)),
		Says: msgN("evidence.source.poll_answered", len(poll.Respondents), "matched", len(seen))})
	if len(poll.Skill) > 0 {
		sum := 0.0
		for _, v := range poll.Skill {
			sum += v
		}
		avg := math.Round(sum/float64(len(poll.Skill))*10) / 10
		ef.add(ProposedFigure{Figure: FigAvgSkill, Value: avg,
			Says: msgN("evidence.source.poll_skill", len(poll.Skill))})
	}
}

// evidenceSpan is the days the evidence covers inside the period.
func evidenceSpan(period Period, sessions []Session, exports []ActivityExport) Period {
	var span Period
	grow := func(from, to Date) {
		if from.Before(period.From) {
			from = period.From
		}
		if period.To.Before(to) {
			to = period.To
		}
		if span.From.IsZero() || from.Before(span.From) {
			span.From = from
		}
		if span.To.IsZero() || span.To.Before(to) {
			span.To = to
		}
	}
	for _, s := range sessions {
		grow(s.Date, s.Date)
	}
	for _, e := range exports {
		grow(e.From, e.To)
	}
	return span
}

// unmatchedIn lists the people named in sessions and exports with no member and no
// decision, in the order first named.
func unmatchedIn(sessions []Session, exports []ActivityExport, match func([]Person) []Match) []Person {
	people := PeopleIn(sessions, exports)
	if len(people) == 0 { // a period without evidence: no need to index the members
		return nil
	}
	var out []Person
	for _, m := range match(people) {
		if m.Pending() {
			out = append(out, m.Person)
		}
	}
	return out
}

// PracticeFor returns the charter practice a session on d belongs to: the one practice that
// meets on d's weekday (and, for monthly and quarterly ones, in its week of the month);
// 0 when none or several do, for the caller to ask.
func PracticeFor(c Charter, d Date) int64 {
	var found int64
	n := 0
	for _, it := range c.Cadence {
		if it.DurationMin <= 0 && it.Time == "" {
			continue // an asynchronous practice (a share thread) holds no meetings
		}
		if it.Weekday != d.Time().Weekday() {
			continue
		}
		if (it.Frequency == Monthly || it.Frequency == Quarterly) && it.Week != 0 {
			week := (d.Day-1)/7 + 1
			last := d.AddDays(7).Month != d.Month
			if !(it.Week == week || it.Week == -1 && last) {
				continue
			}
		}
		found, n = it.ID, n+1
	}
	if n != 1 {
		return 0
	}
	return found
}

// practiceAttendance sums attendance per practice (sessions with no practice together).
func practiceAttendance(p *Plan, sessions []Session, minutes int) []PracticeAttendance {
	by := map[int64]*PracticeAttendance{}
	members := map[int64]map[int64]bool{}
	var order []int64
	for _, s := range sessions {
		id := s.PracticeID
		pa := by[id]
		if pa == nil {
			pa = &PracticeAttendance{PracticeID: id, Practice: "sessions of no practice"}
			for _, it := range p.Charter.Cadence {
				if it.ID == id {
					pa.Practice = it.Practice
				}
			}
			by[id], members[id] = pa, map[int64]bool{}
			order = append(order, id)
		}
		pa.Sessions++
		seen := map[string]bool{}
		for _, a := range s.Attendees {
			if !a.Counted(minutes) {
				continue
			}
			// One person on two devices (a laptop and a renamed phone) counts once.
			var key string
			if a.CandidateID != 0 {
				key = "member:" + strconv.FormatInt(a.CandidateID, 10)
				members[id][a.CandidateID] = true
			} else {
				key = PersonKey(a.Person)
			}
			if !seen[key] {
				seen[key] = true
				pa.Counted++
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i] != 0 && order[j] == 0 })
	out := make([]PracticeAttendance, 0, len(order))
	for _, id := range order {
		pa := by[id]
		pa.Members = len(members[id])
		out = append(out, *pa)
	}
	return out
}

// FigureConflict is a figure the user typed that the evidence puts otherwise: it is kept,
// and the caller asks whether to take the evidence's value.
type FigureConflict struct {
	Figure   Figure
	Typed    float64
	Proposed ProposedFigure
}

// ApplyEvidenceFigures fills a review's figures from evidence. A figure a person typed is
// never overwritten: when the evidence puts it otherwise it is returned as a conflict to ask
// about. Every figure filled is marked FromEvidence in the review's figure states.
func ApplyEvidenceFigures(r *Review, ef EvidenceFigures) []FigureConflict {
	var conflicts []FigureConflict
	for _, pf := range ef.Figures {
		if pf.Figure < 0 || pf.Figure >= NumFigures {
			continue
		}
		if r.StateOf(pf.Figure) == Typed {
			if typed := r.FigureValue(pf.Figure); math.Abs(typed-pf.Value) > 1e-9 {
				conflicts = append(conflicts, FigureConflict{pf.Figure, typed, pf})
			}
			continue
		}
		r.SetFigure(pf.Figure, pf.Value, FromEvidence)
	}
	return conflicts
}

// NudgeWeeks is how many quiet weeks make a member worth a word, from the rhythm of the
// charter's main session: 3 weeks for a weekly one, 4 for a fortnightly one, 6 for a
// monthly one, 13 for a quarterly one; 3 when the charter has no session.
func NudgeWeeks(c Charter) int {
	if i := MainSession(c); i >= 0 {
		switch c.Cadence[i].Frequency {
		case Biweekly:
			return 4
		case Monthly:
			return 6
		case Quarterly:
			return 13
		}
	}
	return 3
}

// Quiet is a member with no sign of life in the evidence for the last weeks.
type Quiet struct {
	CandidateID int64
	Name        string
	LastSeen    Date // zero: never seen in the evidence
	Sessions    int  // sessions attended, all told
}

// QuietMembers lists the joined members with no counted attendance and no platform activity
// in the NudgeWeeks weeks up to asOf, when the evidence covers those weeks; nil when it does
// not (no session or export in them), so that missing files never read as quiet people.
func QuietMembers(p *Plan, asOf Date) []Quiet { return NewEvidenceBook(p).QuietMembers(asOf) }

// QuietMembers is QuietMembers(p, asOf) for the book's plan: when each member was seen is
// gathered once, so that asking about many dates (a plan PDF's reviews) reads the plan's
// evidence once.
func (b *EvidenceBook) QuietMembers(asOf Date) []Quiet {
	p := b.p
	window := Period{asOf.AddDays(-7*NudgeWeeks(p.Charter) + 1), asOf}
	covered := false
	for _, s := range p.Sessions {
		covered = covered || window.Contains(s.Date)
	}
	for _, e := range p.Activity {
		covered = covered || (Period{e.From, e.To}).Overlaps(window)
	}
	if !covered {
		return nil
	}
	if b.seen == nil {
		b.seen = newSeenIndex(p)
	}
	var out []Quiet
	for _, m := range b.seen.members {
		if window.From.Before(m.joined) && !m.joined.IsZero() {
			continue // too new to be quiet
		}
		if l := m.seen.lastUpTo(asOf); l.IsZero() || l.Before(window.From) {
			out = append(out, Quiet{CandidateID: m.id, Name: m.name, LastSeen: l, Sessions: m.seen.sessionsUpTo(asOf)})
		}
	}
	return out
}

// seenIndex is, for each member, the days the plan's evidence shows them: at a session,
// counted, or active on the platform.
type seenIndex struct {
	by      map[int64]*memberSeen
	members []indexedMember // the joined members, in the plan's order
}

// indexedMember is a joined member with the day they last joined and their days seen (nil
// when never seen).
type indexedMember struct {
	id     int64
	name   string
	joined Date
	seen   *memberSeen
}

// memberSeen is one member's days, each list in order.
type memberSeen struct {
	days     []Date // counted attendance and platform activity; no zero dates
	sessions []Date // a date for each counted attendance, the zero date included
}

func newSeenIndex(p *Plan) *seenIndex {
	ix := &seenIndex{by: map[int64]*memberSeen{}}
	of := func(id int64) *memberSeen {
		m := ix.by[id]
		if m == nil {
			m = &memberSeen{}
			ix.by[id] = m
		}
		return m
	}
	for _, s := range p.Sessions {
		for _, a := range s.Attendees {
			if a.CandidateID != 0 && a.Counted(p.MinAttendMinutes) {
				m := of(a.CandidateID)
				m.sessions = append(m.sessions, s.Date)
				if !s.Date.IsZero() {
					m.days = append(m.days, s.Date)
				}
			}
		}
	}
	for _, e := range p.Activity {
		for _, mb := range e.Members {
			if mb.CandidateID == 0 {
				continue
			}
			m := of(mb.CandidateID)
			for _, d := range append([]Date{mb.LastActive}, mb.Days...) {
				if !d.IsZero() {
					m.days = append(m.days, d)
				}
			}
		}
	}
	for _, m := range ix.by {
		slices.SortFunc(m.days, byDay)
		slices.SortFunc(m.sessions, byDay)
	}
	for _, c := range p.Candidates {
		if c.Status == Joined {
			ix.members = append(ix.members, indexedMember{id: c.ID, name: c.Name, joined: lastChange(c, Joined), seen: ix.by[c.ID]})
		}
	}
	return ix
}

// upTo is how many of the ordered days are on or before asOf.
func upTo(days []Date, asOf Date) int {
	return sort.Search(len(days), func(i int) bool { return asOf.Before(days[i]) })
}

// lastUpTo is the member's last day seen on or before asOf; zero when none (or m is nil).
func (m *memberSeen) lastUpTo(asOf Date) Date {
	if m == nil {
		return Date{}
	}
	if n := upTo(m.days, asOf); n > 0 {
		return m.days[n-1]
	}
	return Date{}
}

// sessionsUpTo is how many counted attendances the member has on or before asOf.
func (m *memberSeen) sessionsUpTo(asOf Date) int {
	if m == nil {
		return 0
	}
	return upTo(m.sessions, asOf)
}

// EvidenceImport is what adding evidence to a plan did.
type EvidenceImport struct {
	Sessions, Exports int
	Replaced          int // sessions or exports read before, replaced by the new reading
	Matches           []Match
	// NoPractice lists the dates of sessions that match no practice of the charter (or
	// several), for the caller to ask which practice they belong to.
	NoPractice []Date
}

// Pending lists the people still to decide about (see DecideMatch).
func (im EvidenceImport) Pending() []Person {
	var out []Person
	for _, m := range im.Matches {
		if m.Pending() {
			out = append(out, m.Person)
		}
	}
	return out
}

// AddEvidence adds sessions and activity exports read from files to the plan in memory:
// each session is given its practice (PracticeFor) unless it has one, everyone named is
// matched to members (MatchPeople; no member is added), and a session or export read before
// (same date, title and source; same source and period) is replaced rather than counted
// twice. The caller stores the plan.
func AddEvidence(p *Plan, sessions []Session, exports []ActivityExport) EvidenceImport {
	im := EvidenceImport{Sessions: len(sessions), Exports: len(exports)}
	im.Matches = MatchPeople(p, PeopleIn(sessions, exports))
	ApplyMatches(im.Matches, sessions, exports)
	for _, s := range sessions {
		if s.PracticeID == 0 {
			s.PracticeID = PracticeFor(p.Charter, s.Date)
		}
		if s.PracticeID == 0 {
			im.NoPractice = append(im.NoPractice, s.Date)
		}
		replaced := false
		for i, old := range p.Sessions {
			if old.Date == s.Date && old.Title == s.Title && old.Source == s.Source {
				s.ID = old.ID
				p.Sessions[i], replaced = s, true
				im.Replaced++
				break
			}
		}
		if !replaced {
			p.Sessions = append(p.Sessions, s)
		}
	}
	for _, e := range exports {
		replaced := false
		for i, old := range p.Activity {
			if old.Source == e.Source && old.From == e.From && old.To == e.To {
				e.ID = old.ID
				p.Activity[i], replaced = e, true
				im.Replaced++
				break
			}
		}
		if !replaced {
			p.Activity = append(p.Activity, e)
		}
	}
	sort.SliceStable(p.Sessions, func(i, j int) bool { return p.Sessions[i].Date.Before(p.Sessions[j].Date) })
	return im
}

// Rematch applies the plan's current decisions to all its stored evidence: after a
// decision, the sessions and exports read before count the person too.
func Rematch(p *Plan) {
	ApplyMatches(MatchPeople(p, PeopleIn(p.Sessions, p.Activity)), p.Sessions, p.Activity)
}

// EvidenceDraft returns a copy of p whose candidates and evidence (sessions, attendance,
// exports, decisions) are its own, for previewing an import without touching p.
func EvidenceDraft(p *Plan) *Plan {
	c := *p
	c.Candidates = append([]Candidate(nil), p.Candidates...)
	c.Matches = append([]MatchDecision(nil), p.Matches...)
	c.Sessions = make([]Session, len(p.Sessions))
	for i, s := range p.Sessions {
		s.Attendees = append([]Attendee(nil), s.Attendees...)
		c.Sessions[i] = s
	}
	c.Activity = make([]ActivityExport, len(p.Activity))
	for i, e := range p.Activity {
		e.Members = append([]MemberActivity(nil), e.Members...)
		c.Activity[i] = e
	}
	return &c
}
