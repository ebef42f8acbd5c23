package evidence

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// The reasons given when an export holds only totals for its period.
const (
	slackEstimate     = "Slack's member list gives each member's days active over the whole period, not the weeks they were active in, so weekly active is estimated from it; Slack's overview export (Analytics, Overview, Export) gives weekly active members day by day"
	discourseEstimate = "Discourse's user list gives each member's last visit and totals, not the weeks they were active in, so weekly active is estimated from it; a \"member, date\" list (a Data Explorer query of daily visits) gives the exact figure"
)

// ReadActivity reads one member activity export: Slack's member analytics list or its
// overview, Discourse's user list, or any list with a name or email column and a date of
// activity (one row per member and day). Exports that hold only totals for their period are
// marked as estimates, with the reason and the export that gives the exact figure.
func ReadActivity(r io.Reader, opt Options) (*ActivityReport, error) {
	t, err := readTable(r)
	if err != nil {
		return nil, fmt.Errorf("read the activity export: %w", err)
	}
	var h header
	found := false
	for i, row := range t.rows {
		if len(row) < 2 {
			continue
		}
		if h = readHeader(row, i); h.any(rDaysActive, rLastSeen, rWeeklyActive, rDailyActive) ||
			h.any(rName, rEmail, rUsername) && h.any(rDate, rLastActive) {
			found = true
			break
		}
	}
	if !found {
		return nil, fmt.Errorf("%w: no row names members with their activity (days active, last seen, or a date)", ErrUnknown)
	}
	rep := &ActivityReport{Notes: t.notes}
	switch {
	case h.any(rWeeklyActive, rDailyActive) && h.has(rDate):
		rep.Format = SlackOverview
	case h.has(rDaysActive):
		rep.Format = SlackMembers
	case h.any(rLastSeen, rPostCount, rDaysVisited):
		rep.Format = DiscourseUsers
	case h.has(rDate):
		rep.Format = ActivityList
	default:
		return nil, fmt.Errorf("%w: the export has no date of activity", ErrUnknown)
	}
	rows := t.rows[h.row+1:]
	if len(rows) == 0 {
		return nil, fmt.Errorf("%w: the export lists nobody (is it truncated?)", ErrMalformed)
	}
	var stamps []stamp
	for _, row := range rows {
		for _, rl := range []role{rDate, rLastActive, rLastSeen, rCreated, rDeactivated} {
			if st, ok := scanStamp(h.cell(row, rl)); ok {
				stamps = append(stamps, st)
			}
		}
	}
	order, err := dateOrder(stamps, h.lang, opt.DateOrder)
	if err != nil {
		return nil, err
	}
	date := func(i int, s string) (planner.Date, bool, error) {
		if s == "" || norm(s) == "never" || s == "-" {
			return planner.Date{}, false, nil
		}
		st, ok := scanStamp(s)
		if !ok {
			return planner.Date{}, false, fmt.Errorf("%w: line %d: %q is not a date", ErrMalformed, t.lineOf(h.row+1+i), s)
		}
		tm, err := st.at(order)
		if err != nil {
			return planner.Date{}, false, fmt.Errorf("line %d: %w", t.lineOf(h.row+1+i), err)
		}
		return planner.DateOf(tm), true, nil
	}
	count := func(i int, s string) (int, error) {
		if s == "" {
			return -1, nil
		}
		n, err := strconv.Atoi(strings.ReplaceAll(strings.ReplaceAll(s, ",", ""), "\u00a0", ""))
		if err != nil || n < 0 {
			return 0, fmt.Errorf("%w: line %d: %q is not a count", ErrMalformed, t.lineOf(h.row+1+i), s)
		}
		return n, nil
	}

	ex := &rep.Export
	ex.Source = string(rep.Format)
	if rep.Format == SlackOverview {
		for i, row := range rows {
			d, ok, err := date(i, h.cell(row, rDate))
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			n, err := count(i, h.cell(row, rWeeklyActive))
			if err != nil {
				return nil, err
			}
			if n >= 0 {
				ex.Weekly = append(ex.Weekly, planner.WeekCount{Date: d, Active: n})
			}
		}
		if len(ex.Weekly) == 0 {
			return nil, fmt.Errorf("%w: the overview has no weekly active members", ErrMalformed)
		}
		sort.Slice(ex.Weekly, func(i, j int) bool { return ex.Weekly[i].Date.Before(ex.Weekly[j].Date) })
		ex.From, ex.To = ex.Weekly[0].Date, ex.Weekly[len(ex.Weekly)-1].Date
		return rep, nil
	}

	members := map[string]int{}
	for i, row := range rows {
		p, _ := h.who(row)
		if p.Name == "" && p.Email == "" {
			rep.Notes = append(rep.Notes, sentence("line %d: no name or email; skipped", t.lineOf(h.row+1+i)))
			continue
		}
		key := planner.PersonKey(p)
		j, ok := members[key]
		if !ok {
			if len(ex.Members) >= maxPeopleInReport {
				return nil, fmt.Errorf("%w: over %d members is not one community", ErrMalformed, maxPeopleInReport)
			}
			j = len(ex.Members)
			members[key] = j
			ex.Members = append(ex.Members, planner.MemberActivity{Person: p, Messages: -1})
		}
		m := &ex.Members[j]
		switch rep.Format {
		case ActivityList:
			d, ok, err := date(i, h.cell(row, rDate))
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			m.Days = append(m.Days, d)
			n := h.cell(row, rCount)
			if n == "" {
				n = h.cell(row, rMessages)
			}
			if n, err := count(i, n); err != nil {
				return nil, err
			} else if n >= 0 {
				m.Messages = max(m.Messages, 0) + n
			}
		default:
			last := h.cell(row, rLastActive)
			if rep.Format == DiscourseUsers {
				last = h.cell(row, rLastSeen)
			}
			if m.LastActive, _, err = date(i, last); err != nil {
				return nil, err
			}
			if m.Joined, _, err = date(i, h.cell(row, rCreated)); err != nil {
				return nil, err
			}
			if m.Left, _, err = date(i, h.cell(row, rDeactivated)); err != nil {
				return nil, err
			}
			days := h.cell(row, rDaysActive)
			if rep.Format == DiscourseUsers {
				days = h.cell(row, rDaysVisited)
			}
			if m.DaysActive, err = count(i, days); err != nil {
				return nil, err
			}
			msgs := h.cell(row, rMessages)
			if rep.Format == DiscourseUsers {
				msgs = h.cell(row, rPostCount)
			}
			if m.Messages, err = count(i, msgs); err != nil {
				return nil, err
			}
		}
	}
	if len(ex.Members) == 0 {
		return nil, fmt.Errorf("%w: the export names nobody", ErrMalformed)
	}
	switch rep.Format {
	case ActivityList:
		for i := range ex.Members {
			m := &ex.Members[i]
			sort.Slice(m.Days, func(a, b int) bool { return m.Days[a].Before(m.Days[b]) })
			m.Days = uniqueDates(m.Days)
			m.DaysActive = len(m.Days)
			if len(m.Days) > 0 {
				m.LastActive = m.Days[len(m.Days)-1]
				if ex.From.IsZero() || m.Days[0].Before(ex.From) {
					ex.From = m.Days[0]
				}
				if m.LastActive.Time().After(ex.To.Time()) {
					ex.To = m.LastActive
				}
			}
		}
	case SlackMembers:
		ex.Estimate, ex.Reason = true, slackEstimate
	case DiscourseUsers:
		ex.Estimate, ex.Reason = true, discourseEstimate
	}
	if !opt.From.IsZero() && !opt.To.IsZero() {
		ex.From, ex.To = opt.From, opt.To
	} else if ex.Estimate {
		// A totals export does not say its period: it ends on the latest activity it shows,
		// and Slack's default range is the last 30 days.
		for _, m := range ex.Members {
			if m.LastActive.Time().After(ex.To.Time()) {
				ex.To = m.LastActive
			}
		}
		if ex.To.IsZero() {
			return nil, fmt.Errorf("%w: the export shows no last activity and no period was given", ErrMalformed)
		}
		ex.From = ex.To.AddDays(-29)
		rep.Notes = append(rep.Notes, sentence("the export does not say its period: taken as the 30 days to %s", ex.To))
	}
	return rep, nil
}

func uniqueDates(ds []planner.Date) []planner.Date {
	out := ds[:0]
	for i, d := range ds {
		if i == 0 || d != ds[i-1] {
			out = append(out, d)
		}
	}
	return out
}
