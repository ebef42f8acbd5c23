package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/coplaunch/coplaunch/planner"
)

// icsPlan is a plan with a launch event in Berlin and one practice per frequency.
func icsPlan() *planner.Plan {
	p := demoPlan()
	p.ID = 7
	p.Event.Date = planner.MustDate("2026-03-10")
	p.Event.Time = "18:30"
	p.Event.TimeZone = "Europe/Berlin"
	p.Event.DurationMin = 90
	p.Event.Title = "Launch AMA; hooks, \"retention\""
	p.Charter.TimeZone = "Europe/Berlin"
	p.Charter.Cadence = []planner.CadenceItem{
		{ID: 1, Practice: "Weekly share thread", Frequency: planner.Weekly, Weekday: time.Tuesday, Time: "09:00", DurationMin: 30},
		{ID: 2, Practice: "Pairing", Frequency: planner.Biweekly, Weekday: time.Thursday, Time: "17:00"},
		{ID: 3, Practice: "Monthly AMA", Frequency: planner.Monthly, Weekday: time.Tuesday, Week: 1, Time: "18:30", DurationMin: 60},
		{ID: 4, Practice: "Last-Friday demo", Frequency: planner.Monthly, Weekday: time.Friday, Week: -1, Time: "16:00"},
		{ID: 5, Practice: "Quarterly review", Frequency: planner.Quarterly, Weekday: time.Tuesday, Week: 1, Time: "18:00"},
		{ID: 6, Practice: "All-day thread", Frequency: planner.Weekly, Weekday: time.Monday},
	}
	for i := range p.Event.Checklist {
		p.Event.Checklist[i].Done = false
	}
	return p
}

func TestICSParsesBack(t *testing.T) {
	p := icsPlan()
	var buf bytes.Buffer
	if err := ICS(&buf, p, fixedNow); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	if strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n") {
		t.Error("a line ends in LF without CR")
	}
	cal, err := ics.ParseCalendar(strings.NewReader(raw))
	if err != nil {
		t.Fatalf("parse back: %v", err)
	}
	byUID := map[string]*ics.VEvent{}
	for _, e := range cal.Events() {
		byUID[e.Id()] = e
		if e.GetProperty(ics.ComponentPropertyDtstamp) == nil {
			t.Errorf("%s has no DTSTAMP", e.Id())
		}
	}
	wantEvents := 1 + len(p.Event.Checklist) + len(p.Charter.Cadence)
	if len(byUID) != wantEvents {
		t.Errorf("got %d VEVENTs with distinct UIDs, want %d", len(byUID), wantEvents)
	}

	launch := byUID["event.plan7@coplaunch"]
	if launch == nil {
		t.Fatal("no launch event")
	}
	start := launch.GetProperty(ics.ComponentPropertyDtStart)
	if start.Value != "20260310T183000" || start.ICalParameters["TZID"][0] != "Europe/Berlin" {
		t.Errorf("launch DTSTART = %q %v", start.Value, start.ICalParameters)
	}
	if d := launch.GetProperty(ics.ComponentPropertyDuration); d == nil || d.Value != "PT1H30M" {
		t.Errorf("launch DURATION = %v", d)
	}
	if s := launch.GetProperty(ics.ComponentPropertySummary).Value; s != `Launch AMA; hooks, "retention"` {
		t.Errorf("summary = %q", s)
	}

	tests := []struct {
		uid, rrule, start string
	}{
		{"practice.1.plan7@coplaunch", "FREQ=WEEKLY;BYDAY=TU", "20260310T090000"},
		{"practice.2.plan7@coplaunch", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "20260312T170000"},
		{"practice.3.plan7@coplaunch", "FREQ=MONTHLY;BYDAY=1TU", "20260407T183000"},
		{"practice.4.plan7@coplaunch", "FREQ=MONTHLY;BYDAY=-1FR", "20260327T160000"},
		{"practice.5.plan7@coplaunch", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU", "20260407T180000"},
		{"practice.6.plan7@coplaunch", "FREQ=WEEKLY;BYDAY=MO", "20260316"},
	}
	for _, tc := range tests {
		t.Run(tc.uid, func(t *testing.T) {
			e := byUID[tc.uid]
			if e == nil {
				t.Fatal("missing")
			}
			if r := e.GetProperty(ics.ComponentPropertyRrule); r == nil || r.Value != tc.rrule {
				t.Errorf("RRULE = %v, want %s", r, tc.rrule)
			}
			st := e.GetProperty(ics.ComponentPropertyDtStart)
			if st.Value != tc.start {
				t.Errorf("DTSTART = %s, want %s", st.Value, tc.start)
			}
			if len(tc.start) > 8 && (len(st.ICalParameters["TZID"]) != 1 || st.ICalParameters["TZID"][0] != "Europe/Berlin") {
				t.Errorf("DTSTART params = %v, want TZID=Europe/Berlin", st.ICalParameters)
			}
		})
	}

	// Checklist reminders are all-day events on their due dates.
	first := p.Event.Checklist[0]
	e := byUID["checklist."+itemKey(first.ID, 0)+".plan7@coplaunch"]
	if e == nil {
		t.Fatal("no reminder for the first checklist item")
	}
	due := p.Event.Date.AddDays(first.OffsetDays).Time().Format("20060102")
	if st := e.GetProperty(ics.ComponentPropertyDtStart); st.Value != due || st.ICalParameters["VALUE"][0] != "DATE" {
		t.Errorf("reminder DTSTART = %s %v, want %s VALUE=DATE", st.Value, st.ICalParameters, due)
	}

	// The zone is described, with Berlin's 2026 daylight-saving change.
	tzs := cal.Timezones()
	if len(tzs) != 1 || tzs[0].GetProperty(ics.ComponentPropertyTzid).Value != "Europe/Berlin" {
		t.Fatalf("VTIMEZONEs = %d", len(tzs))
	}
	if !strings.Contains(raw, "DTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200") {
		t.Error("VTIMEZONE lacks the 2026-03-29 change to summer time")
	}
}

func TestICSStableAndDoneItemsLeftOut(t *testing.T) {
	p := icsPlan()
	p.Event.Checklist[0].Done = true
	var a, b bytes.Buffer
	if err := ICS(&a, p, fixedNow); err != nil {
		t.Fatal(err)
	}
	if err := ICS(&b, p, fixedNow); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("two runs differ")
	}
	if strings.Contains(a.String(), "checklist."+itemKey(p.Event.Checklist[0].ID, 0)+".") {
		t.Error("a done checklist item is still exported")
	}
}

func TestICSWithoutEventDateOrZone(t *testing.T) {
	p := &planner.Plan{Name: "Bare"}
	p.Charter.Cadence = []planner.CadenceItem{{Practice: "Share", Frequency: planner.Weekly, Weekday: time.Wednesday, Time: "12:00"}}
	var buf bytes.Buffer
	if err := ICS(&buf, p, fixedNow); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(&buf)
	if err != nil {
		t.Fatal(err)
	}
	evs := cal.Events()
	if len(evs) != 1 {
		t.Fatalf("got %d events, want the one practice", len(evs))
	}
	if v := evs[0].GetProperty(ics.ComponentPropertyDtStart).Value; v != "20260304T120000Z" {
		t.Errorf("DTSTART = %s, want the first Wednesday after now in UTC", v)
	}
}

// The event without a zone or platform of its own takes the charter's, as the PDF does.
func TestICSEventTakesCharterZone(t *testing.T) {
	p := icsPlan()
	p.Event.TimeZone, p.Event.Platform = "", ""
	p.Charter.Platform = planner.Slack
	var buf bytes.Buffer
	if err := ICS(&buf, p, fixedNow); err != nil {
		t.Fatal(err)
	}
	raw := strings.ReplaceAll(buf.String(), "\r\n ", "")
	if !strings.Contains(raw, "DTSTART;TZID=Europe/Berlin:20260310T183000\r\n") {
		t.Errorf("launch DTSTART not in Berlin local time:\n%s", raw)
	}
	if strings.Contains(raw, "DTSTART:20260310T") {
		t.Error("launch DTSTART in UTC")
	}
	if !strings.Contains(raw, "LOCATION:Slack\r\n") {
		t.Error("launch LOCATION is not the charter's platform")
	}
}
