package planner

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

func TestPeriodWeeks(t *testing.T) {
	tests := []struct {
		from, to string
		want     []string
	}{
		{"2026-12-01", "2026-12-31", []string{"1–7 Dec", "8–14 Dec", "15–21 Dec", "22–31 Dec"}},
		{"2027-02-01", "2027-02-28", []string{"1–7 Feb", "8–14 Feb", "15–21 Feb", "22–28 Feb"}},
		{"2026-11-28", "2026-12-08", []string{"28 Nov – 4 Dec", "5–8 Dec"}},
		{"2026-12-01", "2026-12-02", []string{"1–2 Dec"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range (Period{d(tt.from), d(tt.to)}).Weeks() {
			got = append(got, w.Label())
		}
		equal(t, tt.from+" weeks", got, tt.want)
	}
	equal(t, "month", MonthPeriod(2027, time.February), Period{d("2027-02-01"), d("2027-02-28")})
	equal(t, "label across years", Period{d("2026-12-28"), d("2027-01-03")}.Label(), "28 Dec 2026 – 3 Jan 2027")
}

func TestPracticeFor(t *testing.T) {
	c := Charter{Cadence: []CadenceItem{
		{ID: 1, Practice: "Weekly call", Frequency: Weekly, Weekday: time.Thursday, DurationMin: 60},
		{ID: 2, Practice: "Monthly AMA", Frequency: Monthly, Weekday: time.Tuesday, Week: -1, DurationMin: 45},
		{ID: 3, Practice: "Share thread", Frequency: Weekly, Weekday: time.Tuesday},
		{ID: 4, Practice: "Clinic", Frequency: Weekly, Weekday: time.Friday, DurationMin: 30},
		{ID: 5, Practice: "Other clinic", Frequency: Weekly, Weekday: time.Friday, DurationMin: 30},
	}}
	equal(t, "Thursday", PracticeFor(c, d("2026-12-03")), int64(1))
	equal(t, "last Tuesday", PracticeFor(c, d("2026-12-29")), int64(2))
	equal(t, "another Tuesday", PracticeFor(c, d("2026-12-08")), int64(0))
	equal(t, "two Friday practices: asked", PracticeFor(c, d("2026-12-04")), int64(0))
}

func TestNudgeWeeks(t *testing.T) {
	for f, want := range map[Frequency]int{Weekly: 3, Biweekly: 4, Monthly: 6, Quarterly: 13} {
		c := Charter{Cadence: []CadenceItem{{Frequency: f, DurationMin: 60}}}
		equal(t, string(f), NudgeWeeks(c), want)
	}
	equal(t, "no session", NudgeWeeks(Charter{}), 3)
}

func TestQuietMembersNeedEvidence(t *testing.T) {
	p := &Plan{Candidates: []Candidate{{ID: 1, Name: "Ana", Status: Joined}}}
	if q := QuietMembers(p, d("2026-12-31")); q != nil {
		t.Errorf("with no evidence nobody is quiet, got %+v", q)
	}
	p.Sessions = []Session{{Date: d("2026-11-01"), Attendees: []Attendee{{CandidateID: 1, Minutes: 60}}}}
	if q := QuietMembers(p, d("2026-12-31")); q != nil {
		t.Errorf("evidence outside the window says nothing: %+v", q)
	}
	p.Sessions = append(p.Sessions, Session{Date: d("2026-12-30")})
	q := QuietMembers(p, d("2026-12-31"))
	if len(q) != 1 || q[0].LastSeen != d("2026-11-01") || q[0].Sessions != 1 {
		t.Errorf("quiet %+v", q)
	}
}

func TestFiguresFromEvidencePlatformAndPoll(t *testing.T) {
	p := &Plan{Candidates: []Candidate{
		{ID: 1, Name: "Ana", Contact: "ana@example.org", Status: Joined},
		{ID: 2, Name: "Olu", Contact: "olu@example.org", Status: Joined},
		{ID: 3, Name: "Mei", Contact: "mei@example.org", Status: Joined},
	}}
	period := Period{d("2026-12-01"), d("2026-12-14")}
	p.Activity = []ActivityExport{{Source: "Slack analytics overview", From: period.From, To: period.To,
		Weekly: []WeekCount{{d("2026-12-07"), 9}, {d("2026-12-14"), 1}}},
		{Source: "member activity list", From: period.From, To: period.To, Members: []MemberActivity{
			{Person: Person{Email: "ana@example.org"}, CandidateID: 1, Days: []Date{d("2026-12-09")}, Messages: 5},
			{Person: Person{Email: "olu@example.org"}, CandidateID: 2, Days: []Date{d("2026-12-10")}, Messages: 2, Left: d("2026-12-12")},
		}}}
	poll := &PollEvidence{Respondents: []Person{{Email: "ana@example.org"}, {Name: "Mei"}, {Name: "Stranger"}, {Email: "ANA@example.org"}},
		Skill: []float64{3, 4, 4}}
	ef := FiguresFromEvidence(p, period, poll)
	// Week 1: the platform counts 9 (more people than members); week 2: Ana and Olu, 2.
	equal(t, "weekly", ef.Weekly, []int{9, 2})
	for f, want := range map[Figure]float64{FigWeeklyActive: 6, FigLeft: 1, FigPosts: 7, FigPollAsked: 3, FigPollResponses: 2, FigAvgSkill: 3.7, FigMembersTotal: 3} {
		pf, ok := ef.Figure(f)
		if !ok || pf.Value != want {
			t.Errorf("figure %d = %+v, want %v", f, pf, want)
		}
	}
	if pf, _ := ef.Figure(FigWeeklyActive); pf.Estimate {
		t.Error("exact evidence marked as an estimate")
	}
	if _, ok := ef.Figure(FigEventsHeld); ok {
		t.Error("events held proposed with no session")
	}
}

func TestApplyEvidenceFiguresKeepsTyped(t *testing.T) {
	var r Review
	r.SetFigure(FigWeeklyActive, 7, Typed)
	r.SetFigure(FigPosts, 12, Typed)
	r.SetFigure(FigLeft, 1, FromEvidence)
	ef := EvidenceFigures{Figures: []ProposedFigure{{Figure: FigWeeklyActive, Value: 4}, {Figure: FigPosts, Value: 12}, {Figure: FigLeft, Value: 2}, {Figure: FigAvgSkill, Value: 6.5}}}
	c := ApplyEvidenceFigures(&r, ef)
	if len(c) != 1 || c[0].Figure != FigWeeklyActive || r.WeeklyActive != 7 {
		t.Errorf("conflicts %+v, weekly %d", c, r.WeeklyActive)
	}
	if r.Left != 2 || r.AvgSkill != 6.5 || r.StateOf(FigAvgSkill) != FromEvidence || r.StateOf(FigPosts) != Typed || r.StateOf(FigLeft) != FromEvidence {
		t.Errorf("review %+v states %v", r, r.FigureStates)
	}
}

func TestEvidenceDraft(t *testing.T) {
	p := &Plan{Candidates: []Candidate{{ID: 1, Name: "Ana"}},
		Sessions: []Session{{Date: d("2026-12-03"), Attendees: []Attendee{{Person: Person{Name: "Ana"}}}}}}
	c := EvidenceDraft(p)
	Rematch(c)
	DecideMatch(c, Person{Name: "Olu"}, MatchNotMember, 0)
	c.Candidates = append(c.Candidates, Candidate{ID: 2})
	if p.Sessions[0].Attendees[0].CandidateID != 0 || len(p.Matches) != 0 || len(p.Candidates) != 1 || c.Sessions[0].Attendees[0].CandidateID != 1 {
		t.Errorf("the draft shares the plan's evidence: %+v / %+v", p.Sessions, c.Sessions)
	}
}

func TestActivityExportFor(t *testing.T) {
	for _, pl := range []Platform{Slack, Discord, Circle, PlatformNone} {
		s := ActivityExportFor(pl)
		if s == "" || pl != Slack && !strings.Contains(s, `"member, date" list`) {
			t.Errorf("%s: %q", pl, s)
		}
	}
	if !strings.Contains(ActivityExportFor(Discord), "no member export") {
		t.Error("Discord is not named as having no export")
	}
}

func TestQuietMembersSuggested(t *testing.T) {
	p := &Plan{
		Candidates: []Candidate{{ID: 1, Name: "Ana", Status: Joined}, {ID: 2, Name: "Zoë", Status: Joined}, {ID: 3, Name: "Tomás", Status: Joined}},
		Sessions:   []Session{{Date: d("2026-12-28"), Attendees: []Attendee{{CandidateID: 1, Minutes: 60}}}},
		Reviews:    []Review{{ID: 1, Date: d("2026-12-31"), MembersTotal: 3, Stories: []Story{{Member: "Ana"}}}},
	}
	var got *Suggestion
	for _, s := range Suggestions(p) {
		if s.Key == "quiet-members" {
			got = &s
		}
	}
	if got == nil || got.Reason != "Zoë and Tomás: no counted attendance and no platform activity in the last 3 weeks" {
		t.Fatalf("suggestion %+v", got)
	}
	p.Sessions = nil
	for _, s := range Suggestions(p) {
		if s.Key == "quiet-members" {
			t.Error("without evidence nobody is quiet")
		}
	}
}

// TestEvidenceWordsInGerman: a period, a figure's label, a figure line and the source of the
// figures are worded by the catalogue, while their English (the command line's) stays.
func TestEvidenceWordsInGerman(t *testing.T) {
	de := i18n.New(i18n.German)
	d := MustDate
	equal(t, "period", Period{d("2026-12-04"), d("2026-12-31")}.In(de), "4.–31. Dez.")
	equal(t, "period across years", Period{d("2026-12-28"), d("2027-01-03")}.In(de), "28. Dez. 2026 – 3. Jan. 2027")
	equal(t, "english period", Period{d("2026-12-04"), d("2026-12-31")}.Label(), "4–31 Dec")
	equal(t, "figure", FigWeeklyActive.In(de), "Wöchentlich aktiv")
	equal(t, "figure label", FigWeeklyActive.Label(), FieldWeeklyActive)
	if f, ok := FigureOfLabel(FieldPollResponses); !ok || f != FigPollResponses {
		t.Errorf("FigureOfLabel(%q) = %v, %v", FieldPollResponses, f, ok)
	}
	ef := EvidenceFigures{Reports: 3, Exports: []string{"Slack member analytics"}, Span: Period{d("2026-12-01"), d("2026-12-31")}}
	ef.add(ProposedFigure{Figure: FigWeeklyActive, Value: 4, Says: msgN("evidence.source.weekly", 4, "counts", counts{5, 3, 6, 2})})
	equal(t, "source", ef.SourceMsg().In(de), "– Quellen: 3 Teilnahmeberichte und 1 Export (Slack member analytics), 1.–31. Dez.")
	equal(t, "english source", ef.Source(), "from 3 attendance reports and 1 Slack member analytics export, 1–31 Dec")
	lines := FigureMsgs(ef, []FigureConflict{{Figure: FigWeeklyActive, Typed: 6}})
	equal(t, "conflict", lines[0].In(de), "Wöchentlich aktiv: 6 wie eingegeben beibehalten; die Aufzeichnungen ergeben 4 (aktive Mitglieder pro Woche (5, 3, 6, 2), gemittelt über 4 Wochen). Ändern Sie den Wert in der Überprüfung, wenn die Aufzeichnungen stimmen.")
}

// TestEvidenceBookFiguresAsFiguresFromEvidence: a book of the plan's evidence proposes, for
// every period, what FiguresFromEvidence does, though it matches each person only once. The
// same address under two names in two months matches by name in one and not in the other:
// the book keeps each person as named, not merged by address.
func TestEvidenceBookFiguresAsFiguresFromEvidence(t *testing.T) {
	p := &Plan{
		Candidates: []Candidate{
			{ID: 1, Name: "Ana Ruiz", Contact: "ana@example.org", Status: Joined},
			{ID: 2, Name: "Olu Bello", Handle: "@olu", Status: Joined},
			{ID: 3, Name: "Mei Lin", Contact: "mei@example.org", Status: Joined},
			{ID: 4, Name: "Sam Park", Status: Joined},
			{ID: 5, Name: "Sam Park", Status: Joined},
		},
		Matches: []MatchDecision{{Key: "name:bot notes", Name: "Notes Bot", Action: MatchNotMember}},
	}
	home := "ana.ruiz@home.example" // no member has it: the name decides
	p.Sessions = []Session{
		{Date: d("2026-11-05"), Attendees: []Attendee{
			{Person: Person{Name: "Ana Ruiz", Email: home}, Minutes: 50, CandidateID: 1},
			{Person: Person{Name: "olu"}, Minutes: 40, CandidateID: 2},
			{Person: Person{Name: "Notes Bot"}, Minutes: 60},
		}},
		{Date: d("2026-12-03"), Attendees: []Attendee{
			{Person: Person{Name: "Ana's iPad", Email: home}, Minutes: 50},
			{Person: Person{Name: "Sam Park"}, Minutes: 30},
			{Person: Person{Name: "Guest Speaker (External)"}, Minutes: 30, Guest: true},
		}},
		{Date: d("2026-12-17"), Attendees: []Attendee{
			{Person: Person{Name: "Mei Lin", Email: "MEI@example.org"}, Minutes: 45, CandidateID: 3},
			{Person: Person{Name: "Ana Ruiz", Email: home}, Minutes: 2, CandidateID: 1},
		}},
	}
	p.Activity = []ActivityExport{{Source: "member activity list", From: d("2026-12-01"), To: d("2026-12-31"),
		Members: []MemberActivity{
			{Person: Person{Email: "mei@example.org"}, CandidateID: 3, Days: []Date{d("2026-12-09")}, Messages: 4},
			{Person: Person{Name: "Lurker"}, Days: []Date{d("2026-12-10")}, Messages: 1},
		}}}
	poll := &PollEvidence{Respondents: []Person{{Name: "Ana's iPad", Email: home}, {Name: "Olu Bello"}, {Name: "Nobody Known"}},
		Skill: []float64{3, 5}}

	book := NewEvidenceBook(p)
	for _, period := range []Period{MonthPeriod(2026, time.December), MonthPeriod(2026, time.November),
		MonthPeriod(2026, time.October), {d("2026-11-01"), d("2026-12-31")}} {
		for _, pl := range []*PollEvidence{nil, poll} {
			equal(t, period.Label()+" figures", book.Figures(period, pl), FiguresFromEvidence(p, period, pl))
		}
	}
	dec := book.Figures(MonthPeriod(2026, time.December), nil)
	equal(t, "December's unmatched", dec.Unmatched, []Person{{Name: "Ana's iPad", Email: home}, {Name: "Sam Park"},
		{Name: "Guest Speaker (External)"}, {Name: "Lurker"}})
	equal(t, "November's unmatched", book.Figures(MonthPeriod(2026, time.November), nil).Unmatched, []Person(nil))
	if pf, _ := book.Figures(MonthPeriod(2026, time.December), poll).Figure(FigPollResponses); pf.Value != 1 {
		t.Errorf("poll answered by %v members, want 1 (Olu; the iPad and a stranger match no one)", pf.Value)
	}
}

// TestFiguresMembersByJoinDate: a period's members total counts everyone joined by its last
// day (and members whose history gives no date), its new members those who joined within
// it, on the first and last days included; members who left or never joined count in
// neither, and a member who joined twice counts from the last time.
func TestFiguresMembersByJoinDate(t *testing.T) {
	joined := func(id int64, days ...string) Candidate {
		c := Candidate{ID: id, Name: fmt.Sprint("Member ", id), Status: Joined}
		for _, day := range days {
			c.History = append(c.History, StatusEntry{Status: Joined, On: d(day)})
		}
		return c
	}
	p := &Plan{Candidates: []Candidate{
		joined(1, "2026-10-31"), joined(2, "2026-11-01"), joined(3, "2026-11-30"), joined(4, "2026-12-01"),
		joined(5), joined(6, "2026-09-01", "2026-11-15"), {ID: 7, Status: Invited},
		{ID: 8, Status: Declined, History: []StatusEntry{{Status: Joined, On: d("2026-11-10")}}},
	}}
	for _, tc := range []struct {
		period       Period
		total, fresh float64
	}{
		{MonthPeriod(2026, time.November), 5, 3},
		{MonthPeriod(2026, time.October), 2, 1},
		{MonthPeriod(2026, time.December), 6, 1},
		{Period{d("2026-11-15"), d("2026-11-15")}, 4, 1},
		{MonthPeriod(2026, time.August), 1, 0},
	} {
		for _, ef := range []EvidenceFigures{FiguresFromEvidence(p, tc.period, nil), NewEvidenceBook(p).Counts(tc.period, nil)} {
			total, _ := ef.Figure(FigMembersTotal)
			fresh, _ := ef.Figure(FigNewMembers)
			if total.Value != tc.total || fresh.Value != tc.fresh {
				t.Errorf("%s: %v members, %v new; want %v, %v", tc.period.Label(), total.Value, fresh.Value, tc.total, tc.fresh)
			}
		}
	}
}
