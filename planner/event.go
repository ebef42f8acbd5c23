package planner

import (
	"fmt"
	"strings"
	"time"
)

// StartTime returns the event's start: its Date and Time ("HH:MM") in its TimeZone (UTC when
// empty). It fails with a ValidationError when the date or time is missing or malformed or
// the zone is unknown.
func (e Event) StartTime() (time.Time, error) {
	if e.Date.IsZero() {
		return time.Time{}, &ValidationError{Field: "date", Msg: "the event has no date yet"}
	}
	if strings.TrimSpace(e.Time) == "" {
		return time.Time{}, &ValidationError{Field: "time", Msg: "the event has no start time yet"}
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
