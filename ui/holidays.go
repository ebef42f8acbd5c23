package ui

import (
	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/holidays"
)

// holidays is the public holidays of the plan's country, from the event's time zone (the
// charter's when the event has none), or nil when the zone's country is not known.
func (s *session) holidays() planner.HolidayFunc {
	return holidays.ForZone(planner.ResolveEvent(s.plan).TimeZone)
}
