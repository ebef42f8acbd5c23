package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

func TestEventStepSchedulesAgendaAndChecklist(t *testing.T) {
	s, st := newTestSessionWith(t, corePlan())
	v := openStep[*eventStep](t, s, planner.StepEvent)
	if stepComplete(s.plan, planner.StepEvent) {
		t.Fatal("a blank event should not be complete")
	}

	v.format.SetSelected(planner.FormatAMA.Label())
	test.Type(v.title, "Launch AMA")
	test.Type(v.date.entry, "2026-04-15")
	test.Type(v.startTime, "18:30")
	test.Type(v.timeZone, "Europe/Berlin")
	v.duration.SetText("25")
	test.Type(v.host, "Ana")
	test.Tap(v.recording)

	v.tabs.SelectIndex(1) // Run of show, as a person would open it
	for _, title := range []string{"Welcome", "Teardown", "Q&A"} {
		test.Tap(v.agenda.add)
		v.agendaTitle.SetText(title)
	}
	v.refresh()
	want := []string{"18:30  Welcome (10 min)", "18:40  Teardown (10 min)", "18:50  Q&A (10 min)"}
	if !slices.Equal(v.slotLines, want) {
		t.Errorf("run of show\n%q\nwant\n%q", v.slotLines, want)
	}
	if !strings.HasPrefix(v.total.Text, "Warning: the agenda runs 5 min over") {
		t.Errorf("total %q, want an overrun warning", v.total.Text)
	}
	v.agendaMinutes.SetText("5") // the last item shrinks: 25 of 25
	s.flush()                    // the timings follow the save
	if !strings.HasPrefix(v.total.Text, "Total 25 min of 25 min") {
		t.Errorf("total %q after shortening", v.total.Text)
	}

	// A task two months before the event is overdue against the test clock (2026-03-01).
	v.tabs.SelectIndex(2) // Checklist
	test.Tap(v.checklist.add)
	v.taskOffset.SetText("-60")
	s.flush()
	item := &s.plan.Event.Checklist[0]
	if l := v.checklistLabel(item); !strings.Contains(l, "due 14 February 2026") || !strings.Contains(l, "OVERDUE") {
		t.Errorf("checklist label %q, want the due date and an overdue flag", l)
	}
	test.Tap(v.taskDone)
	if l := v.checklistLabel(item); strings.Contains(l, "OVERDUE") || !strings.HasPrefix(l, "[x]") {
		t.Errorf("label after ticking %q", l)
	}

	v.tabs.SelectIndex(3) // Invitees & after
	zoe := candidateID(t, s.plan, "Zoë Ångström")
	if _, ok := v.attended[candidateID(t, s.plan, "Pat")]; ok {
		t.Error("a declined candidate is not an invitee")
	}
	test.Tap(v.attended[zoe])
	if v.attendedCount.Text != "1 of 2 invitees attended." {
		t.Errorf("attendance %q", v.attendedCount.Text)
	}
	test.Type(v.outcomes, "Ten people came")

	got := reload(t, s, st)
	e := got.Event
	if e.Format != planner.FormatAMA || e.Title != "Launch AMA" || e.Date.String() != "2026-04-15" || e.Time != "18:30" ||
		e.TimeZone != "Europe/Berlin" || e.DurationMin != 25 || e.Host != "Ana" || !e.Recording {
		t.Errorf("event scalars %+v", e)
	}
	var titles []string
	for _, a := range e.Agenda {
		titles = append(titles, a.Title)
	}
	if !slices.Equal(titles, []string{"Welcome", "Teardown", "Q&A"}) || e.Agenda[2].Minutes != 5 {
		t.Errorf("agenda %+v", e.Agenda)
	}
	if len(e.Checklist) != 1 || e.Checklist[0].OffsetDays != -60 || !e.Checklist[0].Done {
		t.Errorf("checklist %+v", e.Checklist)
	}
	if !slices.Equal(e.AttendeeIDs, []int64{zoe}) || e.Outcomes != "Ten people came" {
		t.Errorf("attendees %v, outcomes %q", e.AttendeeIDs, e.Outcomes)
	}
	if !stepComplete(got, planner.StepEvent) {
		t.Errorf("event should be complete; missing %v", stepMissing(got, planner.StepEvent))
	}
	v.tabs.SelectIndex(0) // back to the Event tab, where the start is shown
	if !strings.Contains(v.start.Text, "Wednesday 15 April 2026, 18:30 (Europe/Berlin)") {
		t.Errorf("start %q, want the time in the event's zone", v.start.Text)
	}
}

func TestEventTimeAndZoneAreValidated(t *testing.T) {
	s, st := newTestSessionWith(t, corePlan())
	v := openStep[*eventStep](t, s, planner.StepEvent)
	tests := []struct {
		name, time, zone string
	}{
		{"bad time", "25:99", ""},
		{"words", "half past six", ""},
		{"bad zone", "", "Mars/Olympus"},
	}
	v.startTime.SetText("18:00")
	v.timeZone.SetText("Europe/Paris")
	v.startTime.FocusLost()
	v.timeZone.FocusLost()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.time != "" {
				v.startTime.SetText(tt.time)
				s.flush()
				if v.startTime.Validate() == nil || s.plan.Event.Time != "18:00" {
					t.Errorf("time %q accepted: plan holds %q", tt.time, s.plan.Event.Time)
				}
			}
			if tt.zone != "" {
				v.timeZone.SetText(tt.zone)
				s.flush()
				if v.timeZone.Validate() == nil || s.plan.Event.TimeZone != "Europe/Paris" {
					t.Errorf("zone %q accepted: plan holds %q", tt.zone, s.plan.Event.TimeZone)
				}
			}
		})
	}
	got := reload(t, s, st).Event
	if got.Time != "18:00" || got.TimeZone != "Europe/Paris" {
		t.Errorf("saved time %q zone %q, want the last valid ones", got.Time, got.TimeZone)
	}
}

// TestEventStepInGerman opens step 4 in German: tabs, start, timings and checklist dates are
// German, every tab fits beside the step list, and a format chosen by its German name stores
// the format's code.
func TestEventStepInGerman(t *testing.T) {
	s, st := newTestSessionWith(t, plantest.Demo(testNow))
	s.tr = i18n.New(i18n.German)
	v := newEventStep(s, nil).(*eventStep)
	v.agenda.selectItem(0)
	v.checklist.selectItem(0)
	var titles []string
	for i, it := range v.tabs.Items {
		titles = append(titles, it.Text)
		v.tabs.SelectIndex(i) // only the tab shown is in the tree
		if w := contentWidth(it.Content); w > pageWidth {
			t.Errorf("German tab %q needs %v px, more than %v", it.Text, w, pageWidth)
		}
	}
	if want := []string{"Veranstaltung", "Ablauf", "Checkliste", "Gäste & danach"}; !slices.Equal(titles, want) {
		t.Errorf("tabs %q, want %q", titles, want)
	}
	v.tabs.SelectIndex(0)
	for what, c := range map[string]struct{ got, want string }{
		"start":     {v.start.Text, "Beginn: Mittwoch, 22. Oktober 2025, 18:30 Uhr"},
		"timings":   {v.total.Text, "Insgesamt 75 von 75 Min."},
		"due":       {v.taskDue.Text, "Fällig am 8. Oktober 2025."},
		"recording": {v.recording.Text, "Aufzeichnung"},
		"task row":  {v.checklistLabel(&s.plan.Event.Checklist[0]), "fällig am 8. Oktober 2025"},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s reads %q, want %q in it", what, c.got, c.want)
		}
	}

	german := planner.FormatVoice.In(s.tr)
	if german == planner.FormatVoice.Label() || !slices.Contains(v.format.Options, german) {
		t.Fatalf("format options %q lack the German %q", v.format.Options, german)
	}
	v.format.SetSelected(german)
	if got := reload(t, s, st).Event.Format; got != planner.FormatVoice {
		t.Errorf("stored format %q, want the code %q", got, planner.FormatVoice)
	}
}
