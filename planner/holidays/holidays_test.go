package holidays

import (
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

func date(y int, m time.Month, d int) planner.Date { return planner.Date{Year: y, Month: m, Day: d} }

func TestCountryFromZone(t *testing.T) {
	for zone, want := range map[string]string{
		"Europe/Berlin": "DE", " Europe/London ": "GB", "America/Indiana/Indianapolis": "US",
		"America/New_York": "US", "Australia/Melbourne": "AU-VIC", "Asia/Kolkata": "", "": "", "Mars/Olympus": "",
	} {
		if got := Country(zone); got != want {
			t.Errorf("Country(%q) = %q, want %q", zone, got, want)
		}
	}
	// Every zone named resolves to a calendar, and is a real zone.
	for zone, code := range zones {
		if _, ok := calendars[code]; !ok {
			t.Errorf("zone %s: no calendar %s", zone, code)
		}
		if _, err := time.LoadLocation(zone); err != nil {
			t.Errorf("zone %s: %v", zone, err)
		}
	}
}

func TestHolidaysOfAZonesCountry(t *testing.T) {
	tests := []struct {
		zone string
		day  planner.Date
		want string // "" when not a holiday
	}{
		{"Europe/Berlin", date(2026, 10, 3), "Tag der Deutschen Einheit"},
		{"Europe/Berlin", date(2026, 10, 1), ""},
		{"America/Chicago", date(2026, 11, 26), "Thanksgiving"},
		{"Europe/London", date(2026, 12, 28), "Boxing Day"}, // 26 December 2026 is a Saturday: observed on Monday
		{"Europe/Paris", date(2026, 7, 14), "Fête Nationale"},
		{"Europe/Paris", date(2026, 7, 15), ""},
	}
	for _, tt := range tests {
		h := ForZone(tt.zone)
		if h == nil {
			t.Fatalf("no calendar for %s", tt.zone)
		}
		name, ok := h(tt.day)
		if ok != (tt.want != "") || !strings.Contains(name, tt.want) {
			t.Errorf("%s %v: %q %v, want %q", tt.zone, tt.day, name, ok, tt.want)
		}
	}
	if ForZone("Asia/Kolkata") != nil {
		t.Error("a calendar for a country the library does not cover")
	}
}

func TestSuggestedLaunchAvoidsTheCountrysHoliday(t *testing.T) {
	p := &planner.Plan{Charter: planner.Charter{TimeZone: "Europe/Berlin", Cadence: []planner.CadenceItem{
		{Practice: "Live session", Frequency: planner.Monthly, Weekday: time.Saturday, Week: 1, Time: "10:00", DurationMin: 60},
	}}}
	// Three weeks after 9 September 2026 is 30 September; the Saturday after is 3 October.
	s, ok := planner.SuggestEventScheduleAvoiding(p, date(2026, 9, 9), ForZone(p.Charter.TimeZone))
	if !ok || s.Date != date(2026, 10, 10) {
		t.Fatalf("suggested %v (%v), want Saturday 10 October 2026", s.Date, ok)
	}
	if !strings.Contains(s.Why, "Tag der Deutschen Einheit") {
		t.Errorf("why %q does not name the holiday skipped", s.Why)
	}
}

// TestASetCountryOverridesTheZone: a plan in Berlin's time zone with France set takes
// France's holidays (14 July), not Germany's (3 October); an unknown code falls back to the
// zone's country.
func TestASetCountryOverridesTheZone(t *testing.T) {
	p := &planner.Plan{Event: planner.Event{TimeZone: "Europe/Berlin", HolidayCountry: "FR"}}
	h := ForPlan(p)
	if _, ok := h(date(2026, 7, 14)); !ok {
		t.Error("14 July is not a holiday of France")
	}
	if name, ok := h(date(2026, 10, 3)); ok {
		t.Errorf("3 October is %q, but Germany's holidays should not count", name)
	}
	if code, fromZone := CountryFor("Europe/Berlin", "FR"); code != "FR" || fromZone {
		t.Errorf("CountryFor = %q, %v", code, fromZone)
	}
	p.Event.HolidayCountry = "XX"
	if code, fromZone := CountryFor(p.Event.TimeZone, p.Event.HolidayCountry); code != "DE" || !fromZone {
		t.Errorf("an unknown code gives %q, %v; want the zone's DE", code, fromZone)
	}
	if _, ok := ForPlan(p)(date(2026, 10, 3)); !ok {
		t.Error("with an unknown code set, the zone's holidays should count")
	}
}

func TestChoicesAreNamedAndSortedInTheLanguage(t *testing.T) {
	de := Choices(i18n.New(i18n.German))
	if len(de) != len(calendars) {
		t.Fatalf("%d choices for %d calendars", len(de), len(calendars))
	}
	names := map[string]string{}
	at, ch := -1, -1
	for i, c := range de {
		names[c.Code] = c.Name
		switch c.Code {
		case "AT":
			at = i
		case "CH":
			ch = i
		}
	}
	if names["FR"] != "Frankreich" || names["DE"] != "Deutschland" || names["AU-VIC"] != "Australien (Victoria)" {
		t.Errorf("German names: FR %q, DE %q, AU-VIC %q", names["FR"], names["DE"], names["AU-VIC"])
	}
	// Österreich sorts among the Os, before Schweiz, as German dictionaries put it.
	if at < 0 || ch < 0 || at > ch {
		t.Errorf("Österreich at %d, Schweiz at %d", at, ch)
	}
	if got := Name(i18n.New(i18n.Spanish), "GB"); got != "Reino Unido" {
		t.Errorf("GB in Spanish is %q", got)
	}
}

func TestHolidaysAreSaidInTheLanguage(t *testing.T) {
	p := &planner.Plan{Event: planner.Event{TimeZone: "Europe/Paris"}}
	if name, ok := ForPlanIn(i18n.New(i18n.German), p)(date(2026, 7, 14)); !ok || name != "Fête Nationale, gesetzlicher Feiertag" {
		t.Errorf("14 July in German: %q, %v", name, ok)
	}
	if name, _ := ForPlan(p)(date(2026, 7, 14)); name != "Fête Nationale, a public holiday" {
		t.Errorf("14 July in English: %q", name)
	}
}
