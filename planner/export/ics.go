package export

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	ics "github.com/arran4/golang-ical"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// icsLocal is the iCalendar local date-time form used with a TZID parameter.
const icsLocal = "20060102T150405"

// ICS writes the launch event, its checklist reminders and the charter's recurring practices
// as an iCalendar file (RFC 5545) that calendar apps import.
//
//   - The launch event is a VEVENT with DTSTART in the event's time zone, else the charter's
//     (TZID, local time; see planner.ResolveEvent), and its DURATION. It is left out while the event has no valid date and time.
//   - Each checklist item not yet done is an all-day VEVENT on its due date, marked
//     TRANSPARENT so that it does not block time. All-day events rather than VTODOs because
//     most calendar apps ignore VTODOs in an imported file, and no VALARMs because imported
//     alarms are dropped or, worse, fire for every attendee.
//   - Each cadence practice is a VEVENT with an RRULE (weekly, every two weeks, the n-th or
//     last weekday of every month or every third month) and DTSTART in the charter's time
//     zone (else the event's, else UTC) in local time, so that it does not drift across
//     daylight-saving changes. The first occurrence is on or after the launch date (or now).
//
// A VTIMEZONE with the zone's transitions around those dates is included for every zone
// used. UIDs derive from the plan and item IDs, so importing a newer export updates events
// instead of duplicating them; DTSTAMP is now. Lines end in CRLF.
func ICS(w io.Writer, p *planner.Plan, now time.Time) error {
	if p == nil {
		return fmt.Errorf("calendar: no plan")
	}
	if now.IsZero() {
		now = time.Now()
	}
	p = planner.Branded(p)
	tr := i18n.New(i18n.Lang(p.Lang))
	cal := ics.NewCalendar()
	cal.SetProductId("-//CoP Launch Planner//coplaunch//EN")
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName(icsText(communityName(tr, p)))

	key := planKey(p)
	zones := map[string]*time.Location{}
	var firstUse time.Time
	use := func(loc *time.Location, t time.Time) {
		if loc != time.UTC {
			zones[loc.String()] = loc
		}
		if firstUse.IsZero() || t.Before(firstUse) {
			firstUse = t
		}
	}
	var events []*ics.VEvent

	// The launch event, with the charter's zone and platform where it has none.
	ev := planner.ResolveEvent(p).Event
	title := strings.TrimSpace(ev.Title)
	if title == "" {
		title = tr.T("ics.launch_of", "community", communityName(tr, p))
	}
	start, err := ev.StartTime()
	if err == nil {
		loc := zoneOf(start.Location())
		start = start.In(loc)
		e := ics.NewEvent(fmt.Sprintf("event.%s@coplaunch", key))
		e.SetDtStampTime(now)
		setStart(e, start)
		minutes := ev.DurationMin
		if minutes <= 0 {
			minutes = 60
		}
		e.SetProperty(ics.ComponentPropertyDuration, icsDuration(minutes))
		e.SetSummary(icsText(title))
		if d := eventDescription(tr, ev); d != "" {
			e.SetDescription(icsText(d))
		}
		if loc := strings.TrimSpace(ev.Platform); loc != "" {
			e.SetLocation(icsText(loc))
		}
		if u := httpURL(ev.Link); u != "" {
			e.SetURL(u)
		}
		events = append(events, e)
		use(loc, start)
	}

	// Checklist reminders: all-day events on the due dates.
	if !ev.Date.IsZero() {
		for i, d := range planner.ChecklistDue(ev, planner.Date{}) {
			if d.Item.Done || d.Due.IsZero() {
				continue
			}
			task := strings.TrimSpace(d.Item.Task)
			if task == "" {
				task = tr.T("ics.checklist_item")
			}
			e := ics.NewEvent(fmt.Sprintf("checklist.%s.%s@coplaunch", itemKey(d.Item.ID, i), key))
			e.SetDtStampTime(now)
			day := d.Due.Time()
			e.SetAllDayStartAt(day)
			e.SetAllDayEndAt(day.AddDate(0, 0, 1))
			e.SetTimeTransparency(ics.TransparencyTransparent)
			e.SetSummary(icsText(task + " (" + title + ")"))
			e.SetDescription(icsText(tr.T("ics.checklist_due", "task", task, "offset", offsetText(tr, d.Item.OffsetDays), "date", longDate(tr, d.Due))))
			events = append(events, e)
			if firstUse.IsZero() || day.Before(firstUse) {
				firstUse = day
			}
		}
	}

	// Recurring practices.
	loc := practiceZone(p)
	anchor := planner.DateOf(now.In(loc))
	if !ev.Date.IsZero() {
		anchor = ev.Date
	}
	for i, c := range p.Charter.Cadence {
		rule, first, ok := recurrence(c, anchor)
		if !ok {
			continue
		}
		name := strings.TrimSpace(c.Practice)
		if name == "" {
			name = tr.T("ics.practice")
		}
		e := ics.NewEvent(fmt.Sprintf("practice.%s.%s@coplaunch", itemKey(c.ID, i), key))
		e.SetDtStampTime(now)
		if h, m, err := planner.ParseClock(c.Time); err == nil {
			st := time.Date(first.Year, first.Month, first.Day, h, m, 0, 0, loc)
			setStart(e, st)
			minutes := c.DurationMin
			if minutes <= 0 {
				minutes = 60
			}
			e.SetProperty(ics.ComponentPropertyDuration, icsDuration(minutes))
			use(loc, st)
		} else {
			// No time of day: an all-day practice such as a weekly share thread.
			e.SetAllDayStartAt(first.Time())
			e.SetAllDayEndAt(first.Time().AddDate(0, 0, 1))
			e.SetTimeTransparency(ics.TransparencyTransparent)
		}
		e.AddRrule(rule)
		e.SetSummary(icsText(name))
		e.SetDescription(icsText(tr.T("ics.practice_of", "practice", name, "frequency", label(tr, "freq", string(c.Frequency)), "community", communityName(tr, p))))
		events = append(events, e)
	}

	if firstUse.IsZero() {
		firstUse = now
	}
	names := make([]string, 0, len(zones))
	for n := range zones {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		cal.AddVTimezone(vtimezone(zones[n], firstUse))
	}
	for _, e := range events {
		cal.AddVEvent(e)
	}
	if err := cal.SerializeTo(w, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("calendar: %w", err)
	}
	return nil
}

// planKey identifies the plan in UIDs: its ID, or for a plan not yet stored a hash of its
// name and creation time.
func planKey(p *planner.Plan) string {
	if p.ID > 0 {
		return "plan" + strconv.FormatInt(p.ID, 10)
	}
	h := sha256.Sum256([]byte(p.Name + "\x00" + p.Created.UTC().Format(time.RFC3339Nano)))
	return "plan-" + hex.EncodeToString(h[:6])
}

// itemKey identifies an item in UIDs: its ID, or its position when it has none.
func itemKey(id int64, index int) string {
	if id > 0 {
		return strconv.FormatInt(id, 10)
	}
	return "n" + strconv.Itoa(index+1)
}

// zoneOf returns loc unless it is the process's Local zone, whose name means nothing to a
// calendar app; then UTC.
func zoneOf(loc *time.Location) *time.Location {
	if loc == nil || loc == time.Local || loc.String() == "Local" || loc.String() == "" {
		return time.UTC
	}
	return loc
}

// practiceZone is the zone of the recurring practices.
func practiceZone(p *planner.Plan) *time.Location {
	for _, name := range []string{p.Charter.TimeZone, p.Event.TimeZone} {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if loc, err := planner.LoadZone(name); err == nil {
			return zoneOf(loc)
		}
	}
	return time.UTC
}

// setStart sets DTSTART: local time with TZID, or UTC with the Z form.
func setStart(e *ics.VEvent, t time.Time) {
	if t.Location() == time.UTC {
		e.SetStartAt(t)
		return
	}
	e.SetProperty(ics.ComponentPropertyDtStart, t.Format(icsLocal), ics.WithTZID(t.Location().String()))
}

// recurrence returns the RRULE of a practice and its first date on or after from.
func recurrence(c planner.CadenceItem, from planner.Date) (rule string, first planner.Date, ok bool) {
	wd := c.Weekday
	if wd < time.Sunday || wd > time.Saturday {
		return "", planner.Date{}, false
	}
	day := [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}[wd]
	week := c.Week
	if week != -1 && (week < 1 || week > 4) {
		week = 1
	}
	switch c.Frequency {
	case planner.Weekly, planner.Biweekly:
		first = from
		for first.Time().Weekday() != wd {
			first = first.AddDays(1)
		}
		if c.Frequency == planner.Biweekly {
			return "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day, first, true
		}
		return "FREQ=WEEKLY;BYDAY=" + day, first, true
	case planner.Monthly, planner.Quarterly:
		y, m := from.Year, from.Month
		for range 3 {
			d := nthWeekday(y, m, wd, week)
			if !d.Before(from) {
				first = d
				break
			}
			m++
			if m > time.December {
				m, y = time.January, y+1
			}
		}
		byday := strconv.Itoa(week) + day
		if c.Frequency == planner.Quarterly {
			return "FREQ=MONTHLY;INTERVAL=3;BYDAY=" + byday, first, true
		}
		return "FREQ=MONTHLY;BYDAY=" + byday, first, true
	}
	return "", planner.Date{}, false
}

// nthWeekday is the n-th (1–4) or last (-1) weekday wd of a month.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) planner.Date {
	if n == -1 {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		for last.Weekday() != wd {
			last = last.AddDate(0, 0, -1)
		}
		return planner.DateOf(last)
	}
	d := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	for d.Weekday() != wd {
		d = d.AddDate(0, 0, 1)
	}
	return planner.DateOf(d.AddDate(0, 0, 7*(n-1)))
}

// icsDuration formats minutes as an RFC 5545 duration, e.g. PT1H30M.
func icsDuration(minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case h == 0:
		return fmt.Sprintf("PT%dM", m)
	case m == 0:
		return fmt.Sprintf("PT%dH", h)
	}
	return fmt.Sprintf("PT%dH%dM", h, m)
}

// offsetText says when a checklist item falls against the event: "T−7", "T0", "T+1".
func offsetText(tr *i18n.Printer, days int) string {
	switch {
	case days < 0:
		return tr.N("ics.days_before", -days)
	case days > 0:
		return tr.N("ics.days_after", days)
	}
	return tr.T("ics.event_day")
}

// eventDescription gathers what an invitee needs to know about the launch event.
func eventDescription(tr *i18n.Printer, e planner.Event) string {
	var parts []string
	if s := strings.TrimSpace(e.Description); s != "" {
		parts = append(parts, s)
	}
	if s := strings.TrimSpace(e.Host); s != "" {
		host := tr.T("ics.host", "host", s)
		if c := strings.TrimSpace(e.CoHosts); c != "" {
			host = tr.T("ics.host_cohosts", "host", s, "cohosts", c)
		}
		parts = append(parts, host)
	}
	if s := strings.TrimSpace(e.Link); s != "" {
		parts = append(parts, tr.T("ics.join", "link", s))
	}
	if e.Recording {
		parts = append(parts, tr.T("ics.recorded"))
	}
	return strings.Join(parts, "\n\n")
}

// httpURL returns s when it is an absolute http(s) URL, else "".
func httpURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \t\r\n") {
		return ""
	}
	return s
}

// icsText makes user text safe for a TEXT value: line breaks become LF (escaped by the
// library) and other control characters go, since a raw CR would break the file.
func icsText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if r == '\t' {
			return ' '
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// vtimezone describes loc with its UTC-offset changes from a year before from to four years
// after, found by scanning the zone day by day; a zone without changes gets one STANDARD.
func vtimezone(loc *time.Location, from time.Time) *ics.VTimezone {
	tz := ics.NewTimezone(loc.String())
	begin := time.Date(from.Year()-1, time.January, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(from.Year()+4, time.January, 1, 0, 0, 0, 0, time.UTC)
	_, prevOff := begin.In(loc).Zone()
	found := false
	for t := begin; t.Before(end); t = t.Add(24 * time.Hour) {
		next := t.Add(24 * time.Hour)
		_, off := next.In(loc).Zone()
		if off == prevOff {
			continue
		}
		// Binary search the second the offset changes.
		lo, hi := t, next
		for hi.Sub(lo) > time.Second {
			mid := lo.Add(hi.Sub(lo) / 2)
			if _, o := mid.In(loc).Zone(); o == prevOff {
				lo = mid
			} else {
				hi = mid
			}
		}
		at := hi.In(loc)
		name, _ := at.Zone()
		onset := hi.Add(time.Duration(prevOff) * time.Second).UTC().Format(icsLocal)
		tz.Components = append(tz.Components, observance(at.IsDST(), onset, prevOff, off, name))
		prevOff = off
		found = true
	}
	if !found {
		name, off := begin.In(loc).Zone()
		tz.Components = append(tz.Components, observance(false, "19700101T000000", off, off, name))
	}
	return tz
}

// observance is a STANDARD or DAYLIGHT sub-component of a VTIMEZONE.
func observance(dst bool, onset string, from, to int, name string) ics.Component {
	base := ics.ComponentBase{}
	base.SetProperty(ics.ComponentPropertyDtStart, onset)
	base.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), utcOffset(from))
	base.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), utcOffset(to))
	if name != "" {
		base.SetProperty(ics.ComponentProperty(ics.PropertyTzname), name)
	}
	if dst {
		return &ics.Daylight{ComponentBase: base}
	}
	return &ics.Standard{ComponentBase: base}
}

// utcOffset formats seconds east of UTC as ±HHMM (±HHMMSS when there are seconds).
func utcOffset(sec int) string {
	sign := "+"
	if sec < 0 {
		sign, sec = "-", -sec
	}
	h, m, s := sec/3600, sec/60%60, sec%60
	if s != 0 {
		return fmt.Sprintf("%s%02d%02d%02d", sign, h, m, s)
	}
	return fmt.Sprintf("%s%02d%02d", sign, h, m)
}
