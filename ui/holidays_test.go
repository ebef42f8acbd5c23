package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
)

func TestSuggestedLaunchDateSkipsTheCountrysHoliday(t *testing.T) {
	p := &planner.Plan{Name: "Athens CoP", Status: planner.StatusPlanning, Charter: planner.Charter{
		TimeZone: "Europe/Athens",
		Cadence:  []planner.CadenceItem{{Practice: "Live session", Frequency: planner.Monthly, Weekday: time.Wednesday, Week: 1, Time: "18:00", DurationMin: 60}},
	}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*eventStep](t, s, planner.StepEvent)
	// Three weeks after Sunday 1 March 2026, the first Wednesday is 25 March, Greece's
	// Independence Day.
	text := v.schedule.text.Text
	if !strings.Contains(text, "Wednesday 1 April 2026") || !strings.Contains(text, "Not 25 March (") {
		t.Fatalf("the card says %q, want 1 April and the holiday skipped", text)
	}
	test.Tap(v.schedule.button)
	if got := reload(t, s, st).Event.Date; got != (planner.Date{Year: 2026, Month: 4, Day: 1}) {
		t.Errorf("applied the date %v, want 2026-04-01", got)
	}
}
