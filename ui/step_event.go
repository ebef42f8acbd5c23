package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// eventStep is step 4: the launch event, its run of show, its checklist, and what happened.
type eventStep struct {
	s *session
	w fyne.Window

	hints *hints
	tabs  *tabStrip
	// pageTabs holds only the tab shown in the tree and keeps only it up to date.
	pageTabs *stepTabs

	format                        *widget.Select
	title                         *widget.Entry
	description                   *keyEntry
	date                          *dateInput
	startTime, timeZone           *parsedEntry
	duration                      *parsedEntry
	platform, link, host, coHosts *widget.Entry
	recording                     *widget.Check
	schedule                      *scheduleCard // the suggested date and time, with why
	start                         *widget.Label // the start as a sentence, or why it is unknown
	exportICS                     *widget.Button

	agenda    *listEditor[planner.AgendaItem]
	runOfShow *fyne.Container // computed start times, rebuilt on refresh
	// slotLines are the run-of-show lines shown, for tests.
	slotLines []string
	total     *widget.Label

	checklist *listEditor[planner.ChecklistItem]
	dated     *fyne.Container // the whole checklist by due date, rebuilt on refresh
	// The widgets of the agenda item and checklist task shown, for tests.
	agendaTitle   *widget.Entry
	agendaMinutes *parsedEntry
	taskOffset    *parsedEntry
	taskDone      *widget.Check
	taskDue       *widget.Label

	// attended holds an "attended" check per invitee, by candidate ID.
	attended      map[int64]*widget.Check
	invitees      *fyne.Container
	inviteeIDs    []int64 // the invitees the checks were built for
	attendedCount *widget.Label
	attendance    *parsedEntry
	recordingLink *widget.Entry
	outcomes      *keyEntry

	obj fyne.CanvasObject
}

// newEventStep builds the launch event editor on the session's plan.
func newEventStep(s *session, w fyne.Window) page {
	v := &eventStep{s: s, w: w, hints: hintsBox(planner.StepEvent), attended: map[int64]*widget.Check{}}
	e := &s.plan.Event
	save := s.saveEvent

	v.format = choiceField(planner.EventFormats, labelOrUnset[planner.EventFormat], func() planner.EventFormat { return e.Format }, func(f planner.EventFormat) { e.Format = f }, save)
	v.format.PlaceHolder = "Choose the format"
	v.title = textField(s, "event.title", func() string { return e.Title }, func(t string) { e.Title = t }, save)
	v.description = textArea(s, "event.description", func() string { return e.Description }, func(t string) { e.Description = t }, save)
	v.date = dateField(s, "event.date", w, func() planner.Date { return e.Date }, func(d planner.Date) { e.Date = d }, save)
	v.startTime = timeField(s, "event.time", func() string { return e.Time }, func(t string) { e.Time = t }, save)
	v.timeZone = zoneField(s, "event.zone", func() string { return e.TimeZone }, func(t string) { e.TimeZone = t }, save)
	v.duration = intField(s, "event.duration", func() int { return e.DurationMin }, func(n int) { e.DurationMin = n }, save)
	v.platform = textField(s, "event.platform", func() string { return e.Platform }, func(t string) { e.Platform = t }, save)
	v.schedule = newScheduleCard(s, v.syncWhereWhen)
	v.link = textField(s, "event.link", func() string { return e.Link }, func(t string) { e.Link = t }, save)
	v.link.PlaceHolder = "https://…"
	v.host = textField(s, "event.host", func() string { return e.Host }, func(t string) { e.Host = t }, save)
	v.coHosts = textField(s, "event.cohosts", func() string { return e.CoHosts }, func(t string) { e.CoHosts = t }, save)
	v.recording = checkField("A recording is planned for async viewers", func() bool { return e.Recording }, func(b bool) { e.Recording = b }, save)
	v.start = wrapLabel("")
	v.exportICS = widget.NewButtonWithIcon("Export calendar (.ics)", theme.DocumentSaveIcon(), func() { exportPlan(s, w, exportICS) })

	v.agenda = newListEditor(s, w, listSpec[planner.AgendaItem]{
		kind:    planner.ItemAgenda,
		items:   func() *[]planner.AgendaItem { return &e.Agenda },
		id:      func(a *planner.AgendaItem) int64 { return a.ID },
		label:   func(a *planner.AgendaItem) string { return fmt.Sprintf("%s (%d min)", a.Title, a.Minutes) },
		newItem: func() planner.AgendaItem { return planner.AgendaItem{Title: "New item", Minutes: 10} },
		form:    v.agendaForm,
		save:    func(a *planner.AgendaItem) error { return s.put(a) },
		ordered: true,
		what:    "agenda item",
	})
	v.runOfShow = container.NewVBox()
	v.total = wrapLabel("")

	v.checklist = newListEditor(s, w, listSpec[planner.ChecklistItem]{
		kind:    planner.ItemChecklist,
		items:   func() *[]planner.ChecklistItem { return &e.Checklist },
		id:      func(c *planner.ChecklistItem) int64 { return c.ID },
		label:   v.checklistLabel,
		newItem: func() planner.ChecklistItem { return planner.ChecklistItem{Task: "New task", OffsetDays: -1} },
		form:    v.checklistForm,
		save:    func(c *planner.ChecklistItem) error { return s.put(c) },
		ordered: true,
		what:    "task",
	})

	v.dated = container.NewVBox()
	v.invitees = container.NewVBox()
	v.attendedCount = wrapLabel("")
	v.attendance = intField(s, "event.attendance", func() int { return e.Attendance }, func(n int) { e.Attendance = n }, save)
	v.recordingLink = textField(s, "event.recordingLink", func() string { return e.RecordingLink }, func(t string) { e.RecordingLink = t }, save)
	v.outcomes = textArea(s, "event.outcomes", func() string { return e.Outcomes }, func(t string) { e.Outcomes = t }, save)

	v.pageTabs = newStepTabs(s.flush,
		tab("Event", scrollPage(
			section("The event", form(
				field("Format", v.format),
				field("Title", v.title),
				field("Description", v.description),
				field("Date", v.date.object()),
				fieldHint("Start time", v.startTime, "24-hour local time, e.g. 18:30."),
				fieldHint("Time zone", v.timeZone, "IANA name, e.g. Europe/Berlin; the charter's by default."),
				field("Duration (minutes)", v.duration),
				field("", v.start),
				field("Suggested", v.schedule.object()),
			)),
			section("Where and who", form(
				field("Platform", v.platform),
				field("Link", v.link),
				field("Host", v.host),
				field("Co-hosts", v.coHosts),
				field("", v.recording),
			)),
			section("Calendar", wrapLabel("The .ics file holds the event, the checklist reminders and the charter's recurring practices; calendar apps open it."), container.NewHBox(v.exportICS)),
		), v.refreshStart),
		tab("Run of show", scrollPage(
			section("Agenda", v.agenda.object()),
			section("Timings", v.total, v.runOfShow),
		), v.refreshRunOfShow, v.agenda),
		tab("Checklist", scrollPage(
			section("Checklist", wrapLabel("Offsets count days from the event: −14 is two weeks before, 1 the day after. Overdue tasks are flagged against today."), v.checklist.object()),
			section("Dates", v.dated),
		), v.refreshDated, v.checklist),
		tab("Invitees & after", scrollPage(
			section("Invitees (accepted and joined candidates)", wrapLabel("Tick who attended."), v.invitees, v.attendedCount),
			section("After the event", form(
				fieldHint("Attendance (head count)", v.attendance, "Everyone who came, including people who are not candidates."),
				field("Recording link", v.recordingLink),
				field("Outcomes", v.outcomes),
			)),
		), v.refreshInvitees),
	)
	v.tabs = v.pageTabs.tabs
	v.obj = container.NewBorder(stepHeader(planner.StepEvent, v.hints), nil, nil, nil, v.tabs)
	v.reload()
	return v
}

func (v *eventStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan when the page is shown, forms of the selected items included.
func (v *eventStep) reload() {
	v.hints.shown()
	// The charter's zone and platform are stored in the event, as values to keep or change.
	if planner.FillEventDefaults(v.s.plan) {
		_ = v.s.saveEvent()
	}
	v.syncEntries()
	v.hints.show(v.s.plan)
	v.pageTabs.reload()
}

// refresh re-reads what derives from the plan after a save: the hints, and in the tab shown
// its start, run of show, dates, invitees or list labels (stepTabs). The forms being edited
// are left alone so that focus and typing are never disturbed.
func (v *eventStep) refresh() {
	v.hints.show(v.s.plan)
	v.pageTabs.refresh()
}

// refreshStart says when the event starts and what the survey suggests.
func (v *eventStep) refreshStart() {
	re := planner.ResolveEvent(v.s.plan)
	if _, err := re.StartTime(); err != nil {
		v.start.SetText("Start: not set yet (" + err.Error() + ").")
	} else {
		v.start.SetText("Starts " + re.When())
	}
	v.schedule.refresh()
}

// syncWhereWhen shows the event's date, time, zone and platform as the plan holds them, after
// a suggestion or the charter's defaults changed them.
func (v *eventStep) syncWhereWhen() {
	v.syncEntries()
	v.refresh()
}

// syncEntries sets the date, time, zone and platform entries to what the plan holds.
func (v *eventStep) syncEntries() {
	e := v.s.plan.Event
	for _, f := range []struct {
		entry *widget.Entry
		text  string
	}{{&v.date.entry.Entry, e.Date.String()}, {&v.startTime.Entry, e.Time}, {&v.timeZone.Entry, e.TimeZone}, {v.platform, e.Platform}} {
		setQuiet(f.entry, f.text)
	}
}

// refreshRunOfShow lists each agenda item's computed start and checks the total against the
// duration.
func (v *eventStep) refreshRunOfShow() {
	e := v.s.plan.Event
	slots, total, overrun := planner.AgendaTimes(e)
	v.slotLines = v.slotLines[:0]
	lines := make([]textLine, 0, len(slots)+1)
	for _, sl := range slots {
		at := "--:--"
		if !sl.Start.IsZero() {
			at = sl.Start.Format("15:04")
		}
		line := fmt.Sprintf("%s  %s (%d min)", at, sl.Item.Title, sl.Item.Minutes)
		if sl.Item.Owner != "" {
			line += " — " + sl.Item.Owner
		}
		v.slotLines = append(v.slotLines, line)
		lines = append(lines, textLine{text: line})
	}
	if len(slots) > 0 && slots[0].Start.IsZero() {
		lines = append(lines, textLine{"Set the event's date and start time to see when each item starts.", true})
	}
	setLines(v.runOfShow, lines)
	switch {
	case e.DurationMin <= 0:
		v.total.SetText(fmt.Sprintf("Total %d min; set the event's duration to check it.", total))
	case overrun > 0:
		v.total.SetText(fmt.Sprintf("Warning: the agenda runs %d min over — %d min planned for a %d min event.", overrun, total, e.DurationMin))
	default:
		v.total.SetText(fmt.Sprintf("Total %d min of %d min (%d min to spare).", total, e.DurationMin, -overrun))
	}
}

func (v *eventStep) agendaForm(a *planner.AgendaItem, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("agenda.%d.", a.ID)
	v.agendaTitle = textField(s, key+"title", func() string { return a.Title }, func(t string) { a.Title = t }, save)
	v.agendaMinutes = intField(s, key+"min", func() int { return a.Minutes }, func(n int) { a.Minutes = n }, save)
	return form(
		field("Item", v.agendaTitle),
		field("Minutes", v.agendaMinutes),
		field("Owner", textField(s, key+"owner", func() string { return a.Owner }, func(t string) { a.Owner = t }, save)),
		field("Cue / notes", textArea(s, key+"notes", func() string { return a.Notes }, func(t string) { a.Notes = t }, save)),
	)
}

// dueOf finds a checklist item's due date and overdue flag.
func (v *eventStep) dueOf(id int64) (planner.DueItem, bool) {
	for _, d := range planner.ChecklistDue(v.s.plan.Event, v.s.today()) {
		if d.Item.ID == id {
			return d, true
		}
	}
	return planner.DueItem{}, false
}

// checklistLabel shows the task with its offset, due date and state in words.
func (v *eventStep) checklistLabel(c *planner.ChecklistItem) string {
	mark := "[ ]"
	if c.Done {
		mark = "[x]"
	}
	line := fmt.Sprintf("%s %s %s", mark, planner.Offset(c.OffsetDays), c.Task)
	if d, ok := v.dueOf(c.ID); ok && !d.Due.IsZero() {
		line += " — due " + d.Due.String()
		if d.Overdue {
			line += " — OVERDUE"
		}
	}
	return line
}

func (v *eventStep) checklistForm(c *planner.ChecklistItem, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("checklist.%d.", c.ID)
	due := wrapLabel("")
	showDue := func() {
		d, ok := v.dueOf(c.ID)
		switch {
		case !ok || d.Due.IsZero():
			due.SetText("Due: set the event's date first.")
		case d.Overdue:
			due.SetText("Due " + d.Due.String() + " — overdue.")
		default:
			due.SetText("Due " + d.Due.String() + ".")
		}
	}
	showDue()
	saveAndShow := func() error { err := save(); showDue(); return err }
	v.taskOffset = intField(s, key+"offset", func() int { return c.OffsetDays }, func(n int) { c.OffsetDays = n }, saveAndShow)
	v.taskDone = checkField("Done", func() bool { return c.Done }, func(b bool) { c.Done = b }, saveAndShow)
	v.taskDue = due
	return form(
		field("Task", textField(s, key+"task", func() string { return c.Task }, func(t string) { c.Task = t }, save)),
		fieldHint("Days from the event", v.taskOffset, "Negative: before the event."),
		field("", v.taskDone),
		field("", due),
	)
}

// refreshDated lists every checklist task with its due date and state in words.
func (v *eventStep) refreshDated() {
	due := planner.ChecklistDue(v.s.plan.Event, v.s.today())
	lines := make([]textLine, 0, len(due)+1)
	if len(due) > 0 && due[0].Due.IsZero() {
		lines = append(lines, textLine{"Set the event's date to date the checklist.", true})
	}
	for _, d := range due {
		state := strings.ToLower(d.State())
		if d.Overdue {
			state = "OVERDUE" // stands out in the list
		}
		lines = append(lines, textLine{fmt.Sprintf("%s  %s  %s — %s", orDash(d.Due.String()), planner.Offset(d.Item.OffsetDays), d.Item.Task, state), true})
	}
	setLines(v.dated, lines)
}

// refreshInvitees rebuilds the attended checks when the set of invitees changed, and updates
// their state and the count.
func (v *eventStep) refreshInvitees() {
	e := &v.s.plan.Event
	inv := planner.Invitees(v.s.plan)
	ids := make([]int64, len(inv))
	for i, c := range inv {
		ids[i] = c.ID
	}
	if !slices.Equal(ids, v.inviteeIDs) {
		v.inviteeIDs = ids
		v.invitees.RemoveAll()
		names := planner.CandidateNames(v.s.plan)
		cl := newCheckList(ids,
			func(id int64) string { return names[id] },
			func(id int64) bool { return slices.Contains(e.AttendeeIDs, id) },
			func(id int64, on bool) {
				if on && !slices.Contains(e.AttendeeIDs, id) {
					e.AttendeeIDs = append(e.AttendeeIDs, id)
				} else if !on {
					e.AttendeeIDs = slices.DeleteFunc(e.AttendeeIDs, func(x int64) bool { return x == id })
				}
				_ = v.s.saveEvent()
			})
		v.attended = cl.checks
		v.invitees.Add(cl.obj)
		if len(inv) == 0 {
			v.invitees.Add(wrapLabel("No accepted or joined candidates yet (step 2)."))
		}
		v.invitees.Refresh()
	}
	n := 0
	for _, id := range ids {
		if slices.Contains(e.AttendeeIDs, id) {
			n++
		}
	}
	v.attendedCount.SetText(fmt.Sprintf("%d of %d invitees attended.", n, len(ids)))
}

// agendaText is the run of show as text, e.g. for tests and the status of the page.
func (v *eventStep) agendaText() string { return strings.Join(v.slotLines, "\n") }
