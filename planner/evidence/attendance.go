package evidence

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// ReadAttendance reads one attendance report: a Teams attendance report (the three-section
// layout of today, the "Meeting Summary" layout and the older join/leave log), a Zoom
// participants report (with or without its meeting header block, one row per join or one
// per person), a Google Meet attendance sheet (CSV or .xlsx), or any list with a name or
// email column and a date, which gives one session per date.
//
// A person who rejoined is one attendee: their times in the meeting are joined (overlaps,
// such as a phone and a laptop at once, counted once). The organiser is marked.
func ReadAttendance(r io.Reader, opt Options) (*AttendanceReport, error) {
	t, err := readTable(r)
	if err != nil {
		return nil, fmt.Errorf("read the attendance report: %w", err)
	}
	h, ok := t.attendanceHeader()
	if !ok {
		return nil, fmt.Errorf("%w: no row names the participants' name or email with their time or date", ErrUnknown)
	}
	rep := &AttendanceReport{Format: t.attendanceFormat(h), Lang: h.lang, Notes: t.notes}
	sum := t.summary(h.row)
	rows := t.participantRows(h)
	if len(rows) == 0 {
		return nil, fmt.Errorf("%w: the report lists no participants (is it truncated?)", ErrMalformed)
	}
	if len(rows) > maxPeopleInReport {
		return nil, fmt.Errorf("%w: %d participant rows is not one community meeting", ErrMalformed, len(rows))
	}

	// Settle the date order from every date of the report, then read them.
	var stamps []stamp
	add := func(s string) {
		if st, ok := scanStamp(s); ok {
			stamps = append(stamps, st)
		}
	}
	add(sum.start)
	add(sum.end)
	for _, i := range rows {
		for _, rl := range []role{rJoin, rLeave, rTimestamp, rDate} {
			add(h.cell(t.rows[i], rl))
		}
	}
	order, err := dateOrder(stamps, h.lang, opt.DateOrder)
	if err != nil {
		return nil, err
	}
	when := func(s string) (time.Time, bool, error) {
		if s == "" {
			return time.Time{}, false, nil
		}
		st, ok := scanStamp(s)
		if !ok {
			c, isClock := clockOf(s)
			switch {
			case isClock && opt.Date.IsZero():
				return time.Time{}, false, fmt.Errorf("%w (%q): say which day the meeting was", ErrNeedDate, s)
			case isClock:
				return opt.Date.Time().Add(c), true, nil
			}
			return time.Time{}, false, fmt.Errorf("%w: %q is not a date and time", ErrMalformed, s)
		}
		tm, err := st.at(order)
		return tm, err == nil, err
	}

	if rep.Format == AttendanceList && !h.any(rJoin, rTimestamp) {
		sessions, notes, err := t.listSessions(h, rows, when, opt)
		if err != nil {
			return nil, err
		}
		rep.Sessions, rep.Notes = sessions, append(rep.Notes, notes...)
		return rep, nil
	}

	s := planner.Session{Source: string(rep.Format), Title: sum.title}
	var start, end time.Time
	if tm, ok, err := when(sum.start); err != nil {
		return nil, err
	} else if ok {
		start = tm
	}
	if tm, ok, err := when(sum.end); err != nil {
		return nil, err
	} else if ok {
		end = tm
	}
	people := map[string]*attendee{}
	var order2 []string
	var first, last time.Time
	for _, i := range rows {
		row := t.rows[i]
		p, guest := h.who(row)
		if p.Name == "" && p.Email == "" {
			rep.Notes = append(rep.Notes, sentence("line %d: no name or email; skipped", t.lineOf(i)))
			continue
		}
		key := planner.PersonKey(p)
		a := people[key]
		if a == nil {
			a = &attendee{Attendee: planner.Attendee{Person: p}}
			people[key] = a
			order2 = append(order2, key)
		}
		a.Guest = a.Guest || guest || yesWords[norm(h.cell(row, rGuest))]
		if organizerWords[norm(h.cell(row, rRole))] || isOrganizer(p, opt.Organizer, sum.host) {
			a.Organizer = true
		}
		if a.Email == "" {
			a.Email = p.Email
		}
		a.rows++
		if d := h.cell(row, rDuration); d != "" {
			m, ok := parseMinutes(d)
			if !ok {
				return nil, fmt.Errorf("%w: line %d: %q is not a duration", ErrMalformed, t.lineOf(i), d)
			}
			a.minutes += m
		}
		join, okJ, err := when(h.cell(row, rJoin))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", t.lineOf(i), err)
		}
		leave, okL, err := when(h.cell(row, rLeave))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", t.lineOf(i), err)
		}
		if act := h.cell(row, rAction); act != "" {
			tm, ok, err := when(h.cell(row, rTimestamp))
			if err != nil || !ok {
				return nil, fmt.Errorf("%w: line %d: the action has no time", ErrMalformed, t.lineOf(i))
			}
			switch a := norm(act); {
			case joinedWords[a]:
				join, okJ = tm, true
			case leftWords[a]:
				leave, okL = tm, true
			default:
				rep.Notes = append(rep.Notes, sentence("line %d: unknown action %q; skipped", t.lineOf(i), act))
				continue
			}
		}
		for _, tm := range []struct {
			t  time.Time
			ok bool
		}{{join, okJ}, {leave, okL}} {
			if !tm.ok {
				continue
			}
			if first.IsZero() || tm.t.Before(first) {
				first = tm.t
			}
			if tm.t.After(last) {
				last = tm.t
			}
		}
		switch {
		case okJ && okL && h.any(rAction):
			a.events = append(a.events, event{join, true}, event{leave, false})
		case okJ && h.any(rAction):
			a.events = append(a.events, event{join, true})
		case okL && h.any(rAction):
			a.events = append(a.events, event{leave, false})
		case okJ && okL:
			if leave.Before(join) {
				return nil, fmt.Errorf("%w: line %d: left before joining", ErrMalformed, t.lineOf(i))
			}
			a.spans = append(a.spans, span{join, leave})
		}
	}
	if start.IsZero() {
		start = first
	}
	if end.IsZero() {
		end = last
	}
	if start.IsZero() {
		return nil, fmt.Errorf("%w: the report gives no date for the meeting", ErrMalformed)
	}
	s.Date = planner.DateOf(start)
	if sum.minutes > 0 {
		s.Minutes = wholeMinutes(sum.minutes)
	} else if end.After(start) {
		s.Minutes = wholeMinutes(end.Sub(start).Minutes())
	}
	for _, k := range order2 {
		a := people[k]
		a.finish(end, h.any(rDuration))
		s.Attendees = append(s.Attendees, a.Attendee)
	}
	rep.Sessions = []planner.Session{s}
	return rep, nil
}

// meridiem strips the dots and spaces of "p. m." so that every way of writing AM and PM
// reads "am" or "pm".
var meridiem = strings.NewReplacer(".", "", " ", "")

// clockOf reads a time of day alone ("6:02 PM", "18:02:11", "6:02 p. m.") as the time
// since midnight, without regular expressions: a report holds thousands of them.
func clockOf(s string) (time.Duration, bool) {
	t := strings.TrimSpace(foldKeep(s))
	i := 0
	num := func() (int, int) {
		v, n := 0, 0
		for i < len(t) && t[i] >= '0' && t[i] <= '9' && n < 3 {
			v = v*10 + int(t[i]-'0')
			i++
			n++
		}
		return v, n
	}
	h, nh := num()
	if nh == 0 || nh > 2 || i >= len(t) || t[i] != ':' {
		return 0, false
	}
	i++
	m, nm := num()
	if nm != 2 {
		return 0, false
	}
	sec := 0
	if i < len(t) && t[i] == ':' {
		i++
		var ns int
		if sec, ns = num(); ns != 2 {
			return 0, false
		}
	}
	// An optional AM/PM, written "pm", "p.m.", "p. m." (Spanish).
	rest := meridiem.Replace(t[i:])
	switch rest {
	case "":
	case "am":
		if h == 12 {
			h = 0
		}
	case "pm":
		if h < 12 {
			h += 12
		}
	default:
		return 0, false
	}
	if h > 23 || m > 59 || sec > 59 {
		return 0, false
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second, true
}

// attendee gathers one person's rows.
type attendee struct {
	planner.Attendee
	rows    int
	minutes float64 // sum of the duration column
	spans   []span
	events  []event // join and leave actions of an old Teams log
}

type span struct{ from, to time.Time }

type event struct {
	at   time.Time
	join bool
}

// finish works out the time attended: the union of the person's spans in the meeting when
// the report gives join and leave times for each stay, else the durations' sum (a Teams
// participants section gives one merged duration per person).
func (a *attendee) finish(end time.Time, hasDuration bool) {
	if len(a.events) > 0 {
		sort.SliceStable(a.events, func(i, j int) bool { return a.events[i].at.Before(a.events[j].at) })
		var open time.Time
		for _, e := range a.events {
			switch {
			case e.join && open.IsZero():
				open = e.at
				a.Joins++
			case !e.join && !open.IsZero():
				a.spans = append(a.spans, span{open, e.at})
				open = time.Time{}
			}
		}
		if !open.IsZero() && end.After(open) {
			a.spans = append(a.spans, span{open, end}) // still in the meeting when it was saved
		}
	}
	if a.Joins == 0 {
		a.Joins = max(a.rows, 1)
	}
	m := a.minutes
	if len(a.spans) > 0 && (!hasDuration || len(a.spans) > 1) {
		m = union(a.spans)
	}
	a.Minutes = wholeMinutes(m)
}

// wholeMinutes rounds down: 4 min 59 s is under a 5-minute minimum.
func wholeMinutes(m float64) int { return int(math.Floor(m + 1e-6)) }

// union returns the minutes covered by spans, overlaps counted once.
func union(spans []span) float64 {
	sort.Slice(spans, func(i, j int) bool { return spans[i].from.Before(spans[j].from) })
	var total time.Duration
	cur := spans[0]
	for _, s := range spans[1:] {
		if s.from.After(cur.to) {
			total += cur.to.Sub(cur.from)
			cur = s
			continue
		}
		if s.to.After(cur.to) {
			cur.to = s.to
		}
	}
	total += cur.to.Sub(cur.from)
	return total.Minutes()
}

func isOrganizer(p planner.Person, organizer, host string) bool {
	for _, o := range []string{organizer, host} {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		if strings.Contains(o, "@") {
			if strings.EqualFold(o, p.Email) {
				return true
			}
		} else if planner.NameKey(o) == planner.NameKey(p.Name) {
			return true
		}
	}
	return false
}

// attendanceHeader finds the participants' header row: the first row naming a name or email
// column along with a time, duration, action or date column.
func (t *table) attendanceHeader() (header, bool) {
	for i, row := range t.rows {
		if len(row) < 2 {
			continue
		}
		h := readHeader(row, i)
		if summaryRow(row) {
			continue // Zoom's meeting header block names the host's email and the duration
		}
		if h.any(rName, rFirst, rEmail) && h.any(rDuration, rJoin, rAction, rDate) {
			return h, true
		}
	}
	return header{}, false
}

// summaryRow reports whether a row is a row of summary keys (Zoom's header block).
func summaryRow(row []string) bool {
	keys := 0
	for _, c := range row {
		if k := summaryWords[norm(c)]; k == sTitle || k == sStart || k == sEnd {
			keys++
		}
	}
	return keys >= 2
}

// attendanceFormat tells the report's tool from its header and the rows around it.
func (t *table) attendanceFormat(h header) Format {
	headerRow := t.rows[h.row]
	switch {
	case norm(headerRow[0]) == "name original name" || strings.HasPrefix(norm(headerRow[0]), "name original name"):
		return ZoomReport
	case h.has(rFirst, rLast) && h.any(rDuration, rJoin):
		return MeetReport
	case h.any(rAction, rUPN, rRole):
		return TeamsReport
	}
	for _, row := range t.rows[:h.row] {
		if len(row) == 1 && sectionOf(row[0]) > 0 || len(row) >= 1 && norm(row[0]) == "meeting summary" {
			return TeamsReport
		}
		for _, c := range row {
			if n := norm(c); n == "meeting id" || n == "topic" {
				return ZoomReport
			}
		}
	}
	return AttendanceList
}

// sectionOf returns the number of a Teams section title ("2. Participants"), or 0.
func sectionOf(s string) int {
	n := norm(s)
	if len(n) < 3 || n[0] < '1' || n[0] > '9' || n[1] != ' ' {
		return 0
	}
	if k, ok := sectionTitles[n[2:]]; ok && int(n[0]-'0') == k {
		return k
	}
	return 0
}

// summary is a report's meeting summary.
type summaryInfo struct {
	title, start, end, host string
	minutes                 float64
}

// summary reads the key–value rows before the participants' header: Teams' "key<TAB>value"
// rows and Zoom's header block (a row of keys, then a row of values).
func (t *table) summary(before int) summaryInfo {
	var s summaryInfo
	set := func(k summaryKey, v string) {
		switch k {
		case sTitle:
			s.title = v
		case sStart:
			s.start = v
		case sEnd:
			s.end = v
		case sHost:
			if strings.Contains(v, "@") {
				s.host = v
			}
		case sDuration:
			if m, ok := parseMinutes(v); ok {
				s.minutes = m
			}
		}
	}
	for i := 0; i < before; i++ {
		row := t.rows[i]
		keys := 0
		for _, c := range row {
			if summaryWords[norm(c)] != sNone {
				keys++
			}
		}
		switch {
		case keys >= 2 && i+1 < before:
			vals := t.rows[i+1]
			for j, c := range row {
				if j >= len(vals) {
					break
				}
				if norm(c) == "duration minutes" {
					set(sDuration, vals[j])
				} else if k := summaryWords[norm(c)]; k != sNone {
					set(k, vals[j])
				}
			}
			i++
		case len(row) >= 2 && summaryWords[norm(row[0])] != sNone:
			set(summaryWords[norm(row[0])], row[1])
		case len(row) >= 2 && norm(row[0]) == "duration minutes":
			set(sDuration, row[1])
		}
	}
	return s
}

// participantRows returns the indexes of the rows under header h, up to the next section.
func (t *table) participantRows(h header) []int {
	var rows []int
	for i := h.row + 1; i < len(t.rows); i++ {
		row := t.rows[i]
		if len(row) == 0 {
			continue
		}
		if len(row) == 1 && sectionOf(row[0]) > 0 {
			break
		}
		if nh := readHeader(row, i); nh.roles >= 2 && nh.any(rName, rEmail) {
			break // the header of the next section
		}
		rows = append(rows, i)
	}
	return rows
}

// listSessions reads a generic list: one session per date, each person once per date.
func (t *table) listSessions(h header, rows []int, when func(string) (time.Time, bool, error), opt Options) ([]planner.Session, []string, error) {
	var notes []string
	byDate := map[planner.Date]*planner.Session{}
	seen := map[planner.Date]map[string]int{}
	var dates []planner.Date
	for _, i := range rows {
		row := t.rows[i]
		p, guest := h.who(row)
		if p.Name == "" && p.Email == "" {
			notes = append(notes, sentence("line %d: no name or email; skipped", t.lineOf(i)))
			continue
		}
		tm, ok, err := when(h.cell(row, rDate))
		if err != nil {
			return nil, nil, fmt.Errorf("line %d: %w", t.lineOf(i), err)
		}
		if !ok {
			notes = append(notes, sentence("line %d: no date; skipped", t.lineOf(i)))
			continue
		}
		d := planner.DateOf(tm)
		s := byDate[d]
		if s == nil {
			s = &planner.Session{Date: d, Source: string(AttendanceList)}
			byDate[d], seen[d] = s, map[string]int{}
			dates = append(dates, d)
		}
		minutes := -1 // the list gives no time: the person counts as attending
		if v := h.cell(row, rDuration); v != "" {
			m, ok := parseMinutes(v)
			if !ok {
				return nil, nil, fmt.Errorf("%w: line %d: %q is not a duration", ErrMalformed, t.lineOf(i), v)
			}
			minutes = wholeMinutes(m)
		}
		key := planner.PersonKey(p)
		if j, dup := seen[d][key]; dup {
			if a := &s.Attendees[j]; minutes > 0 {
				a.Minutes = max(a.Minutes, 0) + minutes
				a.Joins++
			}
			continue
		}
		seen[d][key] = len(s.Attendees)
		s.Attendees = append(s.Attendees, planner.Attendee{Person: p, Minutes: minutes, Joins: 1,
			Guest: guest || yesWords[norm(h.cell(row, rGuest))], Organizer: isOrganizer(p, opt.Organizer, "") || organizerWords[norm(h.cell(row, rRole))]})
	}
	if len(dates) == 0 {
		return nil, nil, fmt.Errorf("%w: no row has a date", ErrMalformed)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	out := make([]planner.Session, 0, len(dates))
	for _, d := range dates {
		out = append(out, *byDate[d])
	}
	return out, notes, nil
}
