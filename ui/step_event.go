package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
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
	title                         *keyEntry
	description                   *keyEntry
	date                          *dateInput
	startTime, timeZone           *parsedEntry
	duration                      *parsedEntry
	platform, link, host, coHosts *keyEntry
	recording                     *widget.Check
	schedule                      *scheduleCard // the suggested date and time, with why
	holidays                      *holidayField // whose public holidays the suggestion skips
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
	agendaTitle   *keyEntry
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
	recordingLink *keyEntry
	outcomes      *keyEntry

	obj fyne.CanvasObject
}

// newEventStep builds the launch event editor on the session's plan.
func newEventStep(s *session, w fyne.Window) page {
	v := &eventStep{s: s, w: w, hints: hintsBox(planner.StepEvent), attended: map[int64]*widget.Check{}}
	e := &s.plan.Event
	save := s.saveEvent
	tr := s.tr

	v.format = choiceField(planner.EventFormats, choiceIn[planner.EventFormat](tr), func() planner.EventFormat { return e.Format }, func(f planner.EventFormat) { e.Format = f }, save)
	v.format.PlaceHolder = tr.T("ui.event.format_placeholder")
	v.title = textField(s, "event.title", func() string { return e.Title }, func(t string) { e.Title = t }, save)
	v.description = textArea(s, "event.description", func() string { return e.Description }, func(t string) { e.Description = t }, save)
	v.date = dateField(s, "event.date", w, func() planner.Date { return e.Date }, func(d planner.Date) { e.Date = d }, save)
	v.startTime = timeField(s, "event.time", func() string { return e.Time }, func(t string) { e.Time = t }, save)
	v.timeZone = zoneField(s, "event.zone", func() string { return e.TimeZone }, func(t string) { e.TimeZone = t }, save)
	v.duration = intField(s, "event.duration", func() int { return e.DurationMin }, func(n int) { e.DurationMin = n }, save)
	v.platform = textField(s, "event.platform", func() string { return e.Platform }, func(t string) { e.Platform = t }, save)
	v.schedule = newScheduleCard(s, v.syncWhereWhen)
	v.holidays = newHolidayField(s)
	v.link = textField(s, "event.link", func() string { return e.Link }, func(t string) { e.Link = t }, save)
	v.link.PlaceHolder = "https://…"
	v.host = textField(s, "event.host", func() string { return e.Host }, func(t string) { e.Host = t }, save)
	v.coHosts = textField(s, "event.cohosts", func() string { return e.CoHosts }, func(t string) { e.CoHosts = t }, save)
	v.recording = checkField(tr.T("ui.event.field.recording"), func() bool { return e.Recording }, func(b bool) { e.Recording = b }, save)
	v.start = wrapLabel("")
	v.exportICS = widget.NewButtonWithIcon(tr.T("ui.event.export_ics"), theme.DocumentSaveIcon(), func() { exportPlan(s, w, exportICS) })

	v.agenda = newListEditor(s, w, listSpec[planner.AgendaItem]{
		kind:  planner.ItemAgenda,
		items: func() *[]planner.AgendaItem { return &e.Agenda },
		id:    func(a *planner.AgendaItem) int64 { return a.ID },
		label: func(a *planner.AgendaItem) string {
			return tr.T("ui.event.agenda_item", "title", a.Title, "min", tr.Int(a.Minutes))
		},
		newItem: func() planner.AgendaItem {
			return planner.AgendaItem{Title: tr.T("ui.event.new_agenda_item"), Minutes: 10}
		},
		form:    v.agendaForm,
		save:    func(a *planner.AgendaItem) error { return s.put(a) },
		ordered: true,
		what:    "agenda item",
		confirmText: func(a *planner.AgendaItem) string {
			return tr.T("ui.event.delete_agenda_item", "name", titleOrUntitled(tr, a.Title))
		},
	})
	v.runOfShow = container.NewVBox()
	v.total = wrapLabel("")

	v.checklist = newListEditor(s, w, listSpec[planner.ChecklistItem]{
		kind:  planner.ItemChecklist,
		items: func() *[]planner.ChecklistItem { return &e.Checklist },
		id:    func(c *planner.ChecklistItem) int64 { return c.ID },
		label: v.checklistLabel,
		newItem: func() planner.ChecklistItem {
			return planner.ChecklistItem{Task: tr.T("ui.event.new_task"), OffsetDays: -1}
		},
		form:    v.checklistForm,
		save:    func(c *planner.ChecklistItem) error { return s.put(c) },
		ordered: true,
		what:    "task",
		confirmText: func(c *planner.ChecklistItem) string {
			return tr.T("ui.event.delete_task", "name", titleOrUntitled(tr, c.Task))
		},
	})

	v.dated = container.NewVBox()
	v.invitees = container.NewVBox()
	v.attendedCount = wrapLabel("")
	v.attendance = intField(s, "event.attendance", func() int { return e.Attendance }, func(n int) { e.Attendance = n }, save)
	v.recordingLink = textField(s, "event.recordingLink", func() string { return e.RecordingLink }, func(t string) { e.RecordingLink = t }, save)
	v.outcomes = textArea(s, "event.outcomes", func() string { return e.Outcomes }, func(t string) { e.Outcomes = t }, save)

	v.pageTabs = newStepTabs(s.flush,
		tab(tr.T("ui.event.tab.event"), scrollPage(
			section(tr.T("ui.event.section.event"), form(
				field(tr.T("ui.event.field.format"), v.format),
				field(tr.T("ui.event.field.title"), v.title),
				field(tr.T("ui.event.field.description"), v.description),
				field(tr.T("ui.event.field.date"), v.date.object()),
				fieldHint(tr.T("ui.event.field.start"), v.startTime, tr.T("ui.event.field.start_hint")),
				fieldHint(tr.T("ui.event.field.zone"), v.timeZone, tr.T("ui.event.field.zone_hint")),
				field(tr.T("ui.event.field.duration"), v.duration),
				field("", v.start),
				field(tr.T("ui.event.field.suggested"), v.schedule.object()),
				fieldHint(tr.T("ui.event.field.holidays"), v.holidays.sel, tr.T("ui.event.field.holidays_hint")),
			)),
			section(tr.T("ui.event.section.where_who"), form(
				field(tr.T("ui.event.field.platform"), v.platform),
				field(tr.T("ui.event.field.link"), v.link),
				field(tr.T("ui.event.field.host"), v.host),
				field(tr.T("ui.event.field.cohosts"), v.coHosts),
				field("", v.recording),
			)),
			section(tr.T("ui.event.section.calendar"), wrapLabel(tr.T("ui.event.calendar_help")), container.NewHBox(v.exportICS)),
		), v.refreshStart),
		tab(tr.T("ui.event.tab.run_of_show"), scrollPage(
			section(tr.T("ui.event.section.agenda"), v.agenda.object()),
			section(tr.T("ui.event.section.timings"), v.total, v.runOfShow),
		), v.refreshRunOfShow, v.agenda),
		tab(tr.T("ui.event.tab.checklist"), scrollPage(
			section(tr.T("ui.event.section.checklist"), wrapLabel(tr.T("ui.event.checklist_help")), v.checklist.object()),
			section(tr.T("ui.event.section.dates"), v.dated),
		), v.refreshDated, v.checklist),
		tab(tr.T("ui.event.tab.after"), scrollPage(
			section(tr.T("ui.event.section.invitees"), wrapLabel(tr.T("ui.event.tick_attended")), v.invitees, v.attendedCount),
			section(tr.T("ui.event.section.after"), form(
				fieldHint(tr.T("ui.event.field.attendance"), v.attendance, tr.T("ui.event.field.attendance_hint")),
				field(tr.T("ui.event.field.recording_link"), v.recordingLink),
				field(tr.T("ui.event.field.outcomes"), v.outcomes),
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
	tr := v.s.tr
	re := planner.ResolveEvent(v.s.plan)
	if _, err := re.StartTime(); err != nil {
		v.start.SetText(tr.T("ui.event.start_unknown", "why", whyIn(tr, err)))
	} else {
		v.start.SetText(tr.T("ui.event.starts", "when", re.WhenIn(tr)))
	}
	v.holidays.refresh() // the time zone names the first choice
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
	}{{&v.date.entry.Entry, e.Date.String()}, {&v.startTime.Entry, e.Time}, {&v.timeZone.Entry, e.TimeZone}, {&v.platform.Entry, e.Platform}} {
		setQuiet(f.entry, f.text)
	}
}

// refreshRunOfShow lists each agenda item's computed start and checks the total against the
// duration.
func (v *eventStep) refreshRunOfShow() {
	e, tr := v.s.plan.Event, v.s.tr
	slots, total, overrun := planner.AgendaTimes(e)
	v.slotLines = v.slotLines[:0]
	lines := make([]textLine, 0, len(slots)+1)
	for _, sl := range slots {
		at := "--:--"
		if !sl.Start.IsZero() {
			at = sl.Start.Format("15:04")
		}
		line := at + "  " + tr.T("ui.event.agenda_item", "title", sl.Item.Title, "min", tr.Int(sl.Item.Minutes))
		if sl.Item.Owner != "" {
			line += " — " + sl.Item.Owner
		}
		v.slotLines = append(v.slotLines, line)
		lines = append(lines, textLine{text: line})
	}
	if len(slots) > 0 && slots[0].Start.IsZero() {
		lines = append(lines, textLine{tr.T("ui.event.set_start_for_timings"), true})
	}
	setLines(v.runOfShow, lines)
	switch {
	case e.DurationMin <= 0:
		v.total.SetText(tr.T("ui.event.total_no_duration", "total", tr.Int(total)))
	case overrun > 0:
		v.total.SetText(tr.T("ui.event.total_over", "over", tr.Int(overrun), "total", tr.Int(total), "duration", tr.Int(e.DurationMin)))
	default:
		v.total.SetText(tr.T("ui.event.total_fits", "total", tr.Int(total), "duration", tr.Int(e.DurationMin), "spare", tr.Int(-overrun)))
	}
}

func (v *eventStep) agendaForm(a *planner.AgendaItem, save func() error) fyne.CanvasObject {
	s, tr := v.s, v.s.tr
	key := fmt.Sprintf("agenda.%d.", a.ID)
	v.agendaTitle = textField(s, key+"title", func() string { return a.Title }, func(t string) { a.Title = t }, save)
	v.agendaMinutes = intField(s, key+"min", func() int { return a.Minutes }, func(n int) { a.Minutes = n }, save)
	return form(
		field(tr.T("ui.event.field.item"), v.agendaTitle),
		field(tr.T("ui.event.field.minutes"), v.agendaMinutes),
		field(tr.T("ui.event.field.owner"), textField(s, key+"owner", func() string { return a.Owner }, func(t string) { a.Owner = t }, save)),
		field(tr.T("ui.event.field.cue"), textArea(s, key+"notes", func() string { return a.Notes }, func(t string) { a.Notes = t }, save)),
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
	tr := v.s.tr
	line := fmt.Sprintf("%s %s %s", mark, planner.Offset(c.OffsetDays), c.Task)
	if d, ok := v.dueOf(c.ID); ok && !d.Due.IsZero() {
		line += " — " + tr.T("ui.event.due_on", "date", dateText(tr, d.Due))
		if d.Overdue {
			line += " — " + tr.T("ui.event.overdue_flag")
		}
	}
	return line
}

func (v *eventStep) checklistForm(c *planner.ChecklistItem, save func() error) fyne.CanvasObject {
	s, tr := v.s, v.s.tr
	key := fmt.Sprintf("checklist.%d.", c.ID)
	due := wrapLabel("")
	showDue := func() {
		d, ok := v.dueOf(c.ID)
		switch {
		case !ok || d.Due.IsZero():
			due.SetText(tr.T("ui.event.due_no_date"))
		case d.Overdue:
			due.SetText(tr.T("ui.event.due_overdue", "date", dateText(tr, d.Due)))
		default:
			due.SetText(tr.T("ui.event.due", "date", dateText(tr, d.Due)))
		}
	}
	showDue()
	saveAndShow := func() error { err := save(); showDue(); return err }
	v.taskOffset = intField(s, key+"offset", func() int { return c.OffsetDays }, func(n int) { c.OffsetDays = n }, saveAndShow)
	v.taskDone = checkField(tr.T("ui.event.field.done"), func() bool { return c.Done }, func(b bool) { c.Done = b }, saveAndShow)
	v.taskDue = due
	return form(
		field(tr.T("ui.event.field.task"), textField(s, key+"task", func() string { return c.Task }, func(t string) { c.Task = t }, save)),
		fieldHint(tr.T("ui.event.field.offset"), v.taskOffset, tr.T("ui.event.field.offset_hint")),
		field("", v.taskDone),
		field("", due),
	)
}

// refreshDated lists every checklist task with its due date and state in words.
func (v *eventStep) refreshDated() {
	tr := v.s.tr
	due := planner.ChecklistDue(v.s.plan.Event, v.s.today())
	lines := make([]textLine, 0, len(due)+1)
	if len(due) > 0 && due[0].Due.IsZero() {
		lines = append(lines, textLine{tr.T("ui.event.set_date_for_checklist"), true})
	}
	for _, d := range due {
		state := strings.ToLower(d.StateIn(tr))
		if d.Overdue {
			state = tr.T("ui.event.overdue_flag") // stands out in the list
		}
		lines = append(lines, textLine{fmt.Sprintf("%s  %s  %s — %s", orDash(dateText(tr, d.Due)), planner.Offset(d.Item.OffsetDays), d.Item.Task, state), true})
	}
	setLines(v.dated, lines)
}

// refreshInvitees rebuilds the attended checks when the set of invitees changed, and updates
// their state and the count.
func (v *eventStep) refreshInvitees() {
	e, tr := &v.s.plan.Event, v.s.tr
	inv := planner.Invitees(v.s.plan)
	ids := make([]int64, len(inv))
	names := make(map[int64]string, len(inv))
	for i, c := range inv {
		ids[i] = c.ID
		names[c.ID] = c.NameIn(tr)
	}
	if !slices.Equal(ids, v.inviteeIDs) {
		v.inviteeIDs = ids
		v.invitees.RemoveAll()
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
			v.invitees.Add(wrapLabel(tr.T("ui.event.no_invitees")))
		}
		v.invitees.Refresh()
	}
	n := 0
	for _, id := range ids {
		if slices.Contains(e.AttendeeIDs, id) {
			n++
		}
	}
	v.attendedCount.SetText(tr.N("ui.event.attended", len(ids), "attended", tr.Int(n)))
}

// agendaText is the run of show as text, e.g. for tests and the status of the page.
func (v *eventStep) agendaText() string { return strings.Join(v.slotLines, "\n") }

// whyIn words why an event's start is unknown in tr's language: the sentence of a rule that
// has one, else the error as it is.
func whyIn(tr *i18n.Printer, err error) string {
	var ve *planner.ValidationError
	if errors.As(err, &ve) && ve.Says.Key != "" {
		return ve.Says.In(tr)
	}
	if ve != nil {
		return ve.Msg
	}
	return err.Error()
}

// titleOrUntitled is a title as typed, or "(untitled)" in tr's language when it is blank.
func titleOrUntitled(tr *i18n.Printer, title string) string {
	if strings.TrimSpace(title) == "" {
		return tr.T("ui.event.untitled")
	}
	return title
}
