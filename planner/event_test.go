package planner

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

func TestStartTime(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	tests := []struct {
		name  string
		e     Event
		want  time.Time
		field string // the ValidationError's field, "" for success
	}{
		{"berlin", Event{Date: d("2026-03-29"), Time: "18:30", TimeZone: "Europe/Berlin"}, time.Date(2026, 3, 29, 18, 30, 0, 0, berlin), ""},
		{"utc default", Event{Date: d("2026-03-29"), Time: " 09:05 "}, time.Date(2026, 3, 29, 9, 5, 0, 0, time.UTC), ""},
		{"no date", Event{Time: "10:00"}, time.Time{}, "date"},
		{"no time", Event{Date: d("2026-03-29")}, time.Time{}, "time"},
		{"bad time", Event{Date: d("2026-03-29"), Time: "25:99"}, time.Time{}, "time"},
		{"bad zone", Event{Date: d("2026-03-29"), Time: "10:00", TimeZone: "Mars/Olympus"}, time.Time{}, "time zone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.e.StartTime()
			if tt.field == "" {
				if err != nil || !got.Equal(tt.want) || got.Location().String() != tt.want.Location().String() {
					t.Errorf("got %v, %v; want %v", got, err, tt.want)
				}
				return
			}
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Field != tt.field || !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v, want a %q validation error", err, tt.field)
			}
		})
	}
}

func TestAgendaTimes(t *testing.T) {
	e := Event{Date: d("2026-03-29"), Time: "18:00", DurationMin: 60, Agenda: []AgendaItem{
		{Title: "Welcome", Minutes: 10}, {Title: "AMA", Minutes: 45}, {Title: "Oops", Minutes: -5}, {Title: "Close", Minutes: 15},
	}}
	slots, total, over := AgendaTimes(e)
	if total != 70 || over != 10 {
		t.Errorf("total %d overrun %d, want 70 and 10", total, over)
	}
	var starts []string
	for _, s := range slots {
		starts = append(starts, s.Start.Format("15:04"))
	}
	equal(t, "starts", starts, []string{"18:00", "18:10", "18:55", "18:55"})

	e.Time = ""
	slots, total, over = AgendaTimes(e)
	if !slots[1].Start.IsZero() || total != 70 || over != 10 {
		t.Errorf("without a start: %v %d %d", slots[1].Start, total, over)
	}
	slots, total, over = AgendaTimes(Event{DurationMin: 30})
	if len(slots) != 0 || total != 0 || over != -30 {
		t.Errorf("empty agenda: %d %d %d", len(slots), total, over)
	}
}

func TestChecklistDue(t *testing.T) {
	e := Event{Date: d("2026-03-01"), Checklist: []ChecklistItem{
		{Task: "Announce", OffsetDays: -14},
		{Task: "Invite", OffsetDays: -7, Done: true},
		{Task: "Record", OffsetDays: 0},
		{Task: "Thank", OffsetDays: 2},
	}}
	got := ChecklistDue(e, d("2026-03-01"))
	var due []string
	var overdue []bool
	for _, it := range got {
		due = append(due, it.Due.String())
		overdue = append(overdue, it.Overdue)
	}
	equal(t, "due", due, []string{"2026-02-15", "2026-02-22", "2026-03-01", "2026-03-03"})
	equal(t, "overdue", overdue, []bool{true, false, false, false})
	for _, it := range ChecklistDue(Event{Checklist: e.Checklist}, d("2026-03-01")) {
		if !it.Due.IsZero() || it.Overdue {
			t.Errorf("undated event: %+v", it)
		}
	}
}

func TestOffset(t *testing.T) {
	for n, want := range map[int]string{-14: "T−14", 0: "T0", 2: "T+2"} {
		if got := Offset(n); got != want {
			t.Errorf("Offset(%d) = %q", n, got)
		}
	}
}

func TestResolveEvent(t *testing.T) {
	p := &Plan{Charter: Charter{TimeZone: "Europe/Berlin", Platform: Discord}, Event: Event{Date: d("2026-03-26"), Time: "17:30"}}
	r := ResolveEvent(p)
	equal(t, "zone", r.TimeZone, "Europe/Berlin")
	equal(t, "platform", r.Platform, "Discord")
	equal(t, "from charter", [2]bool{r.ZoneFromCharter, r.PlatformFromCharter}, [2]bool{true, true})
	start, err := r.StartTime()
	if err != nil || start.Location().String() != "Europe/Berlin" || start.Hour() != 17 {
		t.Fatalf("start %v %v", start, err)
	}
	equal(t, "when", r.When(), "Thursday 26 March 2026, 17:30 (Europe/Berlin, the charter's time zone)")
	equal(t, "when in German", r.WhenIn(i18n.New(i18n.German)), "Donnerstag, 26. März 2026, 17:30 Uhr (Europe/Berlin, die Zeitzone der Charta)")
	if _, err := (Event{}).StartTime(); !strings.Contains(msgOf(err).In(i18n.New(i18n.French)), "pas encore de date") {
		t.Errorf("no date says %q in French", msgOf(err).In(i18n.New(i18n.French)))
	}
	if p.Event.TimeZone != "" {
		t.Fatal("ResolveEvent changed the plan")
	}

	// Overrides stay.
	p.Event.TimeZone, p.Event.Platform = "America/New_York", "Zoom"
	r = ResolveEvent(p)
	equal(t, "override", [2]string{r.TimeZone, r.Platform}, [2]string{"America/New_York", "Zoom"})
	equal(t, "not from charter", [2]bool{r.ZoneFromCharter, r.PlatformFromCharter}, [2]bool{false, false})
	equal(t, "when override", r.When(), "Thursday 26 March 2026, 17:30 (America/New_York)")

	// The same values typed in count as the charter's.
	p.Event.TimeZone, p.Event.Platform = "Europe/Berlin", "Discord (stage channel)"
	r = ResolveEvent(p)
	equal(t, "same as charter", [2]bool{r.ZoneFromCharter, r.PlatformFromCharter}, [2]bool{true, true})

	// Nothing anywhere.
	r = ResolveEvent(&Plan{Event: Event{Date: d("2026-03-26"), Time: "17:30"}})
	equal(t, "no zone", r.When(), "Thursday 26 March 2026, 17:30 (UTC: no time zone set)")
	equal(t, "no date", ResolveEvent(&Plan{}).When(), "")
}

func TestFillEventDefaults(t *testing.T) {
	p := &Plan{Charter: Charter{TimeZone: "Europe/Berlin", Platform: Slack}}
	if !FillEventDefaults(p) {
		t.Fatal("nothing filled")
	}
	equal(t, "stored", [2]string{p.Event.TimeZone, p.Event.Platform}, [2]string{"Europe/Berlin", "Slack"})
	if FillEventDefaults(p) {
		t.Error("filled twice")
	}
	p.Event.Platform = "Zoom"
	p.Charter.Platform = Discord
	FillEventDefaults(p)
	equal(t, "kept override", p.Event.Platform, "Zoom")
}

func TestSetCharterTimeZone(t *testing.T) {
	p := &Plan{}
	SetCharterTimeZone(p, "Europe/Berlin")
	equal(t, "empty event follows", p.Event.TimeZone, "Europe/Berlin")
	SetCharterTimeZone(p, "Europe/Lisbon")
	equal(t, "same event follows", p.Event.TimeZone, "Europe/Lisbon")
	p.Event.TimeZone = "America/New_York"
	SetCharterTimeZone(p, "Europe/Paris")
	equal(t, "override stays", p.Event.TimeZone, "America/New_York")
	equal(t, "charter", p.Charter.TimeZone, "Europe/Paris")
}

// msgOf is the sentence of a validation error, the zero Msg for any other error.
func msgOf(err error) Msg {
	if ve, ok := err.(*ValidationError); ok {
		return ve.Says
	}
	return Msg{}
}
