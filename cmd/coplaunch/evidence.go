package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/evidence"
)

// evidenceArgs are the flags of `import -attendance` and `import -activity`.
type evidenceArgs struct {
	attendance, activity, poll, review, dates, organizer, practice, date *string
	decide                                                               *multiFlag
	more                                                                 []string // further attendance files
}

// multiFlag is a flag given several times.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ", ") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func evidenceFlags(fs *flag.FlagSet) evidenceArgs {
	a := evidenceArgs{decide: &multiFlag{}}
	a.attendance = fs.String("attendance", "", "meeting attendance report `FILE`s (Teams, Zoom, Google Meet, or a list of names or emails with dates), CSV or .xlsx; more files may follow")
	a.activity = fs.String("activity", "", "platform activity export `FILE` (Slack member analytics or overview, Discourse user list, or a \"member, date\" list)")
	a.poll = fs.String("poll", "", "the review poll's export `FILE` (any survey export): fills poll asked and answered and the average skill of the -review month")
	a.review = fs.String("review", "", "fill the review of month `YYYY-MM` from the evidence (a typed figure is kept)")
	a.date = fs.String("date", "", "the meeting's `YYYY-MM-DD`, for a report that gives times of day only (a Google Meet sheet)")
	a.dates = fs.String("dates", "", "read numeric dates day first (`dmy`) or month first (mdy) when a report cannot tell")
	a.practice = fs.String("practice", "", "the charter practice (`NAME`) the attendance reports' sessions belong to, when their day does not say")
	a.organizer = fs.String("organizer", "", "the organiser's `EMAIL` or name, for reports that do not mark them")
	fs.Var(a.decide, "decide", "a decision about a person a report names: `\"PERSON=MEMBER\"`, \"PERSON=not a member\" or \"PERSON=new\" (added as a new member); remembered for later imports")
	return a
}

// parseFiles parses args, taking the words between flags as further files (the -attendance
// FILE… list): `-attendance a.csv b.csv -review 2026-12` reads both files and the review.
func (c *cli) parseFiles(fs *flag.FlagSet, args []string, more *[]string) error {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage
		}
		args = fs.Args()
		for len(args) > 0 && !strings.HasPrefix(args[0], "-") {
			*more = append(*more, args[0])
			args = args[1:]
		}
		if len(args) == 0 {
			return nil
		}
	}
}

// importEvidence reads attendance reports or an activity export, matches the people they
// name to the plan's members, stores the evidence and, with -review, fills that month's
// review. Every file is read before anything is stored: a bad file changes nothing.
func (c *cli) importEvidence(ctx context.Context, ref string, a evidenceArgs) error {
	opt := evidence.Options{Organizer: *a.organizer}
	switch *a.dates {
	case "":
	case "dmy":
		opt.DateOrder = evidence.DayFirst
	case "mdy":
		opt.DateOrder = evidence.MonthFirst
	default:
		return fmt.Errorf("-dates %q: give dmy (day first) or mdy (month first)", *a.dates)
	}
	if *a.date != "" {
		d, err := planner.ParseDate(*a.date)
		if err != nil {
			return fmt.Errorf("-date: %w", err)
		}
		opt.Date = d
	}
	var period planner.Period
	if *a.review != "" {
		t, err := time.Parse("2006-01", *a.review)
		if err != nil {
			return fmt.Errorf("-review %q: give the review's month as YYYY-MM", *a.review)
		}
		period = planner.MonthPeriod(t.Year(), t.Month())
		opt.From, opt.To = period.From, period.To
	}

	var sessions []planner.Session
	var exports []planner.ActivityExport
	var read []string
	var poll *planner.PollEvidence
	switch {
	case *a.poll != "":
		if *a.review == "" {
			return fmt.Errorf("-poll needs -review YYYY-MM: the month whose review the poll belongs to")
		}
	case *a.attendance != "":
		for _, path := range append([]string{*a.attendance}, a.more...) {
			rep, err := readFile(path, func(r io.Reader) (*evidence.AttendanceReport, error) { return evidence.ReadAttendance(r, opt) })
			if err != nil {
				return withDateHint(err)
			}
			lang := ""
			if rep.Lang != "" {
				lang = " (" + rep.Lang + ")"
			}
			read = append(read, fmt.Sprintf("%s: %s%s, %s", path, rep.Format, lang, planner.Count(len(rep.Sessions), "session", "sessions")))
			for _, n := range rep.Notes {
				read = append(read, "  "+n)
			}
			sessions = append(sessions, rep.Sessions...)
		}
	default:
		rep, err := readFile(*a.activity, func(r io.Reader) (*evidence.ActivityReport, error) { return evidence.ReadActivity(r, opt) })
		if err != nil {
			return withDateHint(err)
		}
		ex := rep.Export
		l := fmt.Sprintf("%s: %s, %s to %s", *a.activity, rep.Format, ex.From, ex.To)
		if len(ex.Members) > 0 {
			l += ", " + planner.Count(len(ex.Members), "person", "people")
		}
		if len(ex.Weekly) > 0 {
			l += ", " + planner.Count(len(ex.Weekly), "daily count", "daily counts")
		}
		read = append(read, l)
		if ex.Estimate {
			read = append(read, "  week-by-week figures from it are estimates: "+ex.Reason)
		}
		for _, n := range rep.Notes {
			read = append(read, "  "+n)
		}
		exports = append(exports, ex)
	}

	st, p, err := c.openPlan(ctx, ref, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if *a.poll != "" {
		if poll, err = readFile(*a.poll, func(r io.Reader) (*planner.PollEvidence, error) { return evidence.ReadPoll(r, p.Survey) }); err != nil {
			return err
		}
		read = append(read, fmt.Sprintf("%s: the poll, %s, %s",
			*a.poll, planner.Count(len(poll.Respondents), "answer", "answers"), planner.Count(len(poll.Skill), "skill rating", "skill ratings")))
	}
	for _, l := range read {
		fmt.Fprintln(c.out, l)
	}
	if *a.practice != "" {
		id := int64(0)
		for _, it := range p.Charter.Cadence {
			if strings.EqualFold(strings.TrimSpace(it.Practice), strings.TrimSpace(*a.practice)) {
				id = it.ID
			}
		}
		if id == 0 {
			return fmt.Errorf("-practice %q: the charter has no such practice", *a.practice)
		}
		for i := range sessions {
			sessions[i].PracticeID = id
		}
	}
	im := planner.AddEvidence(p, sessions, exports)
	for _, s := range sessions {
		for _, stored := range p.Sessions {
			if stored.Date == s.Date && stored.Title == s.Title && stored.Source == s.Source {
				fmt.Fprintln(c.out, "Session "+planner.SessionLine(p, stored))
			}
		}
	}

	// Decisions: this is <member>, not a member, or a new member (stored first, so the
	// evidence can name them).
	var added []planner.Candidate
	var addedFor []planner.Person
	for _, d := range *a.decide {
		who, what, ok := strings.Cut(d, "=")
		if !ok {
			return fmt.Errorf("-decide %q: write PERSON=MEMBER, PERSON=not a member or PERSON=new", d)
		}
		person, ok := findPerson(p, strings.TrimSpace(who))
		if !ok {
			return fmt.Errorf("-decide %q: no person of the plan's records is %q", d, who)
		}
		switch w := strings.TrimSpace(what); strings.ToLower(w) {
		case "not a member", "not-member":
			planner.DecideMatch(p, person, planner.MatchNotMember, 0)
		case "new":
			added = append(added, planner.NewMemberFrom(person, firstSeen(p, person)))
			addedFor = append(addedFor, person)
		default:
			id, err := memberNamed(p, w)
			if err != nil {
				return fmt.Errorf("-decide %q: %w", d, err)
			}
			planner.DecideMatch(p, person, planner.MatchMember, id)
		}
	}
	if len(added) > 0 {
		if _, err := st.AddCandidates(ctx, p.ID, added); err != nil {
			return fmt.Errorf("add new members to plan %q: %w", p.Name, err)
		}
		for i, m := range added {
			p.Candidates = append(p.Candidates, m)
			planner.DecideMatch(p, addedFor[i], planner.MatchAdded, m.ID)
			fmt.Fprintf(c.out, "Added %s as a member, joined %s.\n", m.Name, m.History[0].On)
		}
	}
	planner.Rematch(p)
	fmt.Fprintln(c.out, planner.MatchLine(planner.MatchPeople(p, planner.PeopleIn(sessions, exports))))
	if len(im.NoPractice) > 0 && len(p.Charter.Cadence) > 0 {
		fmt.Fprintf(c.out, "No practice of the charter meets on %s: those sessions count as sessions of no practice (give -practice NAME to say which).\n", dates(im.NoPractice))
	}
	if err := st.SaveEvidence(ctx, p.ID, p); err != nil {
		return fmt.Errorf("store the evidence in plan %q: %w", p.Name, err)
	}
	if *a.review == "" {
		return nil
	}
	return c.fillReview(ctx, st, p, period, poll)
}

// fillReview fills the review of period's month from the plan's evidence, keeping what was
// typed, and prints the figures with their sources, the attendance per practice and who
// needs a nudge.
func (c *cli) fillReview(ctx context.Context, st interface {
	Save(context.Context, int64, planner.Change) error
}, p *planner.Plan, period planner.Period, poll *planner.PollEvidence) error {
	idx := -1
	for i, r := range p.Reviews {
		if period.Contains(r.Date) {
			idx = i
		}
	}
	if idx < 0 {
		p.Reviews = append(p.Reviews, planner.Review{Date: period.To})
		idx = len(p.Reviews) - 1
		fmt.Fprintf(c.out, "Added the review of %s.\n", period.To)
	}
	r := &p.Reviews[idx]
	ef := planner.FiguresFromEvidence(p, period, poll)
	conflicts := planner.ApplyEvidenceFigures(r, ef)
	fmt.Fprintf(c.out, "Review of %s, figures %s:\n", r.Date, ef.Source())
	for _, l := range planner.FigureLines(ef, conflicts) {
		fmt.Fprintln(c.out, "  "+l)
	}
	for _, l := range planner.PracticeLines(ef) {
		fmt.Fprintln(c.out, "  Attendance of "+l)
	}
	if l := planner.NudgeLine(p, planner.QuietMembers(p, period.To)); l != "" {
		fmt.Fprintln(c.out, "  "+l)
	}
	done, current := planner.Progress(p)
	if err := st.Save(ctx, p.ID, planner.Change{Item: r, Done: done, Current: current}); err != nil {
		return fmt.Errorf("save the review of %s in plan %q: %w", r.Date, p.Name, err)
	}
	return nil
}

// withDateHint adds to an ambiguous-date error how to settle it from the command line.
func withDateHint(err error) error {
	var amb *evidence.AmbiguousDateError
	switch {
	case errors.As(err, &amb):
		return fmt.Errorf("%w; say how to read them with -dates dmy (day first) or -dates mdy (month first)", err)
	case errors.Is(err, evidence.ErrNeedDate):
		return fmt.Errorf("%w; give it with -date YYYY-MM-DD", err)
	}
	return err
}

// findPerson finds a person the plan's evidence names by email or name.
func findPerson(p *planner.Plan, who string) (planner.Person, bool) {
	key := planner.NameKey(who)
	for _, person := range planner.PeopleIn(p.Sessions, p.Activity) {
		if strings.EqualFold(person.Email, who) || key != "" && planner.NameKey(person.Name) == key {
			return person, true
		}
	}
	return planner.Person{}, false
}

// memberNamed finds the one candidate named (by name, handle or contact).
func memberNamed(p *planner.Plan, name string) (int64, error) {
	var ids []int64
	key := planner.NameKey(name)
	for _, c := range p.Candidates {
		if planner.NameKey(c.Name) == key || planner.NameKey(c.Handle) == key || strings.EqualFold(c.Contact, name) {
			ids = append(ids, c.ID)
		}
	}
	switch len(ids) {
	case 0:
		return 0, fmt.Errorf("no member of the plan is %q", name)
	case 1:
		return ids[0], nil
	}
	return 0, fmt.Errorf("%d members are called %q; give their email", len(ids), name)
}

// firstSeen is the first date the evidence names a person.
func firstSeen(p *planner.Plan, person planner.Person) planner.Date {
	key := planner.PersonKey(person)
	var first planner.Date
	see := func(d planner.Date) {
		if !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	for _, s := range p.Sessions {
		for _, a := range s.Attendees {
			if planner.PersonKey(a.Person) == key {
				see(s.Date)
			}
		}
	}
	for _, e := range p.Activity {
		for _, m := range e.Members {
			if planner.PersonKey(m.Person) == key {
				see(e.From)
				if len(m.Days) > 0 {
					see(m.Days[0])
				}
			}
		}
	}
	return first
}

func dates(ds []planner.Date) string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.String()
	}
	return strings.Join(out, ", ")
}
