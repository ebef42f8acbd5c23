package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
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

// TestTheHolidayCountrySetByHand: a plan in Berlin's time zone with France chosen on the
// event page (in German, by its German name) gets France's holidays skipped, not Germany's;
// the choice is stored as the code FR and survives the library, and going back to "from the
// time zone" stores "".
func TestTheHolidayCountrySetByHand(t *testing.T) {
	p := &planner.Plan{Name: "Berlin CoP", Status: planner.StatusPlanning, Charter: planner.Charter{
		TimeZone: "Europe/Berlin",
		// Three weeks after Sunday 21 June 2026, the first Tuesday is 14 July: France's
		// national day. Germany has no holiday that day.
		Cadence: []planner.CadenceItem{{Practice: "Live session", Frequency: planner.Monthly, Weekday: time.Tuesday, Week: 1, Time: "18:00", DurationMin: 60}},
	}}
	s, st := newTestSessionWith(t, p)
	s.now = func() time.Time { return time.Date(2026, 6, 21, 9, 0, 0, 0, time.UTC) }
	s.tr = i18n.New(i18n.German)
	v := openStep[*eventStep](t, s, planner.StepEvent)
	sel := v.holidays.sel
	if sel.Selected != "Nach der Zeitzone (Deutschland)" {
		t.Fatalf("the holidays select shows %q, want the time zone's country in German", sel.Selected)
	}
	// (The card's own words are not checked here: they are the suggestion card's.)
	if sched, _ := planner.SuggestEventScheduleAvoiding(s.plan, s.today(), s.holidays()); sched.Date != planner.MustDate("2026-07-14") {
		t.Fatalf("with Germany's holidays the suggestion is %v, want 2026-07-14", sched.Date)
	}
	sel.SetSelected("Frankreich")
	if got := s.plan.Event.HolidayCountry; got != "FR" {
		t.Fatalf("the plan holds %q, want the code FR", got)
	}
	test.Tap(v.schedule.button) // the card follows the choice at once
	got := reload(t, s, st).Event
	if got.HolidayCountry != "FR" || got.Date != planner.MustDate("2026-07-21") {
		t.Errorf("the library holds the country %q and the date %v, want FR and 2026-07-21", got.HolidayCountry, got.Date)
	}

	// A window opened again on the saved plan shows the choice.
	s2 := newSession(st, reload(t, s, st), fixedNow)
	v2 := openStep[*eventStep](t, s2, planner.StepEvent)
	if got := v2.holidays.sel.Selected; got != "France" {
		t.Errorf("the reopened page shows %q, want France", got)
	}
	v2.holidays.sel.SetSelectedIndex(0)
	if got := reload(t, s2, st).Event.HolidayCountry; got != "" {
		t.Errorf("back to the time zone's country stores %q, want \"\"", got)
	}
}
