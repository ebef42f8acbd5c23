package planner

import (
	"fmt"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// StartTime returns the event's start: its Date and Time ("HH:MM") in its TimeZone (UTC when
// empty). It fails with a ValidationError when the date or time is missing or malformed or
// the zone is unknown.
func (e Event) StartTime() (time.Time, error) {
	if e.Date.IsZero() {
		return time.Time{}, &ValidationError{Field: "date", Msg: "the event has no date yet", Says: msg("ui.event.no_date")}
	}
	if strings.TrimSpace(e.Time) == "" {
		return time.Time{}, &ValidationError{Field: "time", Msg: "the event has no start time yet", Says: msg("ui.event.no_time")}
	}
	h, m, err := ParseClock(e.Time)
	if err != nil {
		return time.Time{}, err
	}
	loc, err := LoadZone(e.TimeZone)
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(e.Date.Year, e.Date.Month, e.Date.Day, h, m, 0, 0, loc), nil
}

// AgendaSlot is an agenda item with its computed start.
type AgendaSlot struct {
	Item  AgendaItem
	Start time.Time // zero when the event has no valid start
}

// AgendaTimes computes each agenda item's start from the event's start, the agenda's total
// minutes, and the overrun against the event's duration (negative: minutes to spare).
// Negative item minutes count as zero.
func AgendaTimes(e Event) (slots []AgendaSlot, totalMin, overrunMin int) {
	start, err := e.StartTime()
	ok := err == nil
	slots = make([]AgendaSlot, 0, len(e.Agenda))
	for _, it := range e.Agenda {
		s := AgendaSlot{Item: it}
		if ok {
			s.Start = start.Add(time.Duration(totalMin) * time.Minute)
		}
		slots = append(slots, s)
		totalMin += max(0, it.Minutes)
	}
	return slots, totalMin, totalMin - e.DurationMin
}

// DueItem is a checklist item with its due date.
type DueItem struct {
	Item    ChecklistItem
	Due     Date // zero when the event has no date
	Overdue bool // not done and due before today
}

// ChecklistDue dates the checklist against the event (due = event date + OffsetDays), in
// checklist order, and flags the items not done that were due before today.
func ChecklistDue(e Event, today Date) []DueItem {
	out := make([]DueItem, 0, len(e.Checklist))
	for _, it := range e.Checklist {
		d := DueItem{Item: it}
		if !e.Date.IsZero() {
			d.Due = e.Date.AddDays(it.OffsetDays)
			d.Overdue = !it.Done && !today.IsZero() && d.Due.Before(today)
		}
		out = append(out, d)
	}
	return out
}

// Offset renders a checklist offset as the wizard shows it: "T−14", "T0", "T+2".
func Offset(days int) string {
	switch {
	case days < 0:
		return fmt.Sprintf("T−%d", -days)
	case days > 0:
		return fmt.Sprintf("T+%d", days)
	}
	return "T0"
}

// ResolvedEvent is the launch event as every export shows it: its time zone and platform
// default to the charter's when the event leaves them empty. The From flags say which came
// from the charter, for the documents to say so.
type ResolvedEvent struct {
	Event
	ZoneFromCharter     bool
	PlatformFromCharter bool
}

// ResolveEvent returns the plan's event with its zone and platform resolved: the event's own
// when set, else the charter's. The PDF, Markdown and calendar exports all use it, so they
// agree.
func ResolveEvent(p *Plan) ResolvedEvent {
	if p == nil {
		return ResolvedEvent{}
	}
	r := ResolvedEvent{Event: p.Event}
	cz := strings.TrimSpace(p.Charter.TimeZone)
	switch z := strings.TrimSpace(r.TimeZone); {
	case z == "" && cz != "":
		r.TimeZone, r.ZoneFromCharter = cz, true
	case z != "" && z == cz:
		r.ZoneFromCharter = true
	}
	cp := ""
	if p.Charter.Platform != PlatformNone {
		cp = p.Charter.Platform.Label()
	}
	switch pl := strings.TrimSpace(r.Platform); {
	case pl == "" && cp != "":
		r.Platform, r.PlatformFromCharter = cp, true
	case pl != "" && p.Charter.Platform != PlatformNone && PlatformFromText(pl) == p.Charter.Platform:
		r.PlatformFromCharter = true
	}
	return r
}

// FillEventDefaults stores the charter's time zone and platform in the event where the event
// has none, so that they are real values the organizer sees and can change. It reports
// whether anything changed.
func FillEventDefaults(p *Plan) bool {
	if p == nil {
		return false
	}
	r := ResolveEvent(p)
	changed := r.TimeZone != p.Event.TimeZone || r.Platform != p.Event.Platform
	p.Event.TimeZone, p.Event.Platform = r.TimeZone, r.Platform
	return changed
}

// When says when the event starts in English words, with its zone and where that came from:
// "Thursday 26 March 2026, 18:00 (Europe/Berlin, the charter's time zone)". It is "" while
// the event has no date.
func (r ResolvedEvent) When() string { return r.WhenIn(english) }

// WhenIn is When in tr's language: "Donnerstag, 26. März 2026, 18:00 Uhr (Europe/Berlin, die
// Zeitzone der Charta)".
func (r ResolvedEvent) WhenIn(tr *i18n.Printer) string {
	if r.Date.IsZero() {
		return ""
	}
	d := r.Date
	day := tr.T("date.weekday_long", "weekday", tr.Weekday(d.Time().Weekday()), "date", tr.Date(d.Year, d.Month, d.Day))
	t := strings.TrimSpace(r.Time)
	if t == "" {
		return day
	}
	z := strings.TrimSpace(r.TimeZone)
	switch {
	case z == "":
		return tr.T("ui.event.when.utc", "date", day, "time", t)
	case r.ZoneFromCharter:
		return tr.T("ui.event.when.charter_zone", "date", day, "time", t, "zone", z)
	}
	return tr.T("ui.event.when.time", "date", day, "time", t, "zone", z)
}

// SetCharterTimeZone sets the charter's time zone. An event zone that was empty or the
// charter's old zone follows; one the organizer set differently stays.
func SetCharterTimeZone(p *Plan, zone string) {
	if p == nil {
		return
	}
	zone = strings.TrimSpace(zone)
	ez := strings.TrimSpace(p.Event.TimeZone)
	if ez == "" || ez == strings.TrimSpace(p.Charter.TimeZone) {
		p.Event.TimeZone = zone
	}
	p.Charter.TimeZone = zone
}
